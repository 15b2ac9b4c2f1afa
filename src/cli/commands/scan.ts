import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { atOrAbove, isSeverity, type Severity } from '../../core/severity.ts';
import { REPORTERS, isFormat } from '../../report/index.ts';
import { scan } from '../../scan.ts';
import { UsageError } from '../errors.ts';
import { EXIT_FINDINGS, EXIT_OK } from '../exit.ts';

interface ScanFlags {
  format: string;
  output?: string;
  failOn: string;
  color?: boolean;
  quiet?: boolean;
}

export function registerScan(program: Command, setExit: (code: number) => void): void {
  program
    .command('scan')
    .description('scan the source of an API project and report security problems')
    .argument('[dir]', 'project folder', '.')
    .option('-f, --format <format>', `output format: ${Object.keys(REPORTERS).join(', ')}`, 'text')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity (critical, high, medium, low, info)', 'low')
    .option('--no-color', 'disable colours')
    .option('-q, --quiet', 'no progress output')
    .action(async (dir: string, flags: ScanFlags) => {
      if (!isFormat(flags.format)) throw new UsageError(`unknown format "${flags.format}" (use one of: ${Object.keys(REPORTERS).join(', ')})`);
      if (!isSeverity(flags.failOn)) throw new UsageError(`unknown severity "${flags.failOn}" for --fail-on (use critical, high, medium, low or info)`);
      const failOn: Severity = flags.failOn;
      const tty = process.stderr.isTTY && !flags.quiet;
      const report = await scan(dir, {
        target: dir,
        onProgress: tty
          ? (done, total) => process.stderr.write(`\rparsing ${done}/${total} files`.padEnd(40) + (done === total ? '\r'.padEnd(41) + '\r' : ''))
          : undefined,
      });
      const color = flags.format === 'text' && !flags.output && flags.color !== false && process.stdout.isTTY === true && !process.env.NO_COLOR;
      const text = REPORTERS[flags.format](report, { color, root: dir });
      if (flags.output) writeFileSync(flags.output, text);
      else process.stdout.write(text);
      if (report.stats.files === 0 && !flags.quiet) {
        process.stderr.write(`vas: no JavaScript or TypeScript sources found in ${dir}\n`);
      } else if (report.endpoints.length === 0 && !flags.quiet) {
        process.stderr.write(`vas: no API routes recognised in ${dir} (supported: Express, Fastify, Hono, Koa, NestJS, Next.js)\n`);
      }
      setExit(report.findings.some((f) => atOrAbove(f.severity, failOn)) ? EXIT_FINDINGS : EXIT_OK);
    });
}
