import { existsSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { applyBaseline, parseBaseline, writeBaseline } from '../../config/baseline.ts';
import { baselinePathFor, scanWithConfig } from '../../config/pipeline.ts';
import { atOrAbove, isSeverity, type Severity } from '../../core/severity.ts';
import { mergeReports, ProbeInputError, probe } from '../../probe/index.ts';
import { isFormat, REPORTERS } from '../../report/index.ts';
import { UsageError } from '../errors.ts';
import { EXIT_FINDINGS, EXIT_OK } from '../exit.ts';

interface ScanFlags {
  format: string;
  output?: string;
  failOn: string;
  color?: boolean;
  quiet?: boolean;
  config?: string;
  baseline?: string;
  updateBaseline?: boolean;
  probe?: string;
  user: string[];
  spec?: string;
  threads?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerScan(program: Command, setExit: (code: number) => void): void {
  program
    .command('scan')
    .description('scan the source of an API project and report security problems')
    .argument('[dir]', 'project folder', '.')
    .option('-f, --format <format>', `output format: ${Object.keys(REPORTERS).join(', ')}`, 'text')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option(
      '--fail-on <severity>',
      'exit 1 when a finding is at or above this severity (critical, high, medium, low, info)',
      'low',
    )
    .option('--no-color', 'disable colours')
    .option('-q, --quiet', 'no progress output')
    .option(
      '-j, --threads <n>',
      'threads for a large monorepo, this one included (default: one per CPU on 4 or more CPUs; 1 = no workers)',
    )
    .option('-c, --config <file>', 'configuration file (default: <dir>/vas.config.json when present)')
    .option('--baseline <file>', 'report only findings that are not in this baseline file')
    .option('--update-baseline', "write the current findings to the baseline file (--baseline or the config's)")
    .option(
      '--probe <url>',
      'also probe the running API at this URL and merge the proof into the report (see vas probe)',
    )
    .option('-u, --user <name:password>', 'with --probe: an identity that logs in (repeat for two users)', collect, [])
    .option('--spec <file|path>', 'with --probe: an OpenAPI document, when the inventory is not enough')
    .action(async (dir: string, flags: ScanFlags, command: Command) => {
      if (!isFormat(flags.format))
        throw new UsageError(`unknown format "${flags.format}" (use one of: ${Object.keys(REPORTERS).join(', ')})`);
      if (!isSeverity(flags.failOn))
        throw new UsageError(
          `unknown severity "${flags.failOn}" for --fail-on (use critical, high, medium, low or info)`,
        );
      const threads = flags.threads === undefined ? undefined : Number(flags.threads);
      if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 64))
        throw new UsageError(`--threads takes a whole number from 1 to 64 (got "${flags.threads}")`);
      const tty = process.stderr.isTTY && !flags.quiet;
      const scanned = await scanWithConfig(dir, {
        target: dir,
        ...(threads === undefined ? {} : { threads }),
        configPath: flags.config,
        baselinePath: flags.baseline,
        onProgress: tty
          ? (done, total) =>
              process.stderr.write(
                `\rparsing ${done}/${total} files`.padEnd(40) + (done === total ? '\r'.padEnd(41) + '\r' : ''),
              )
          : undefined,
      });
      // the flag wins over the config's failOn only when it was given
      const failOn: Severity =
        command.getOptionValueSource('failOn') === 'default'
          ? (scanned.config.config.failOn ?? flags.failOn)
          : flags.failOn;
      const baselineFile = baselinePathFor(scanned.config, flags.baseline);
      let report = scanned.report;
      if (flags.updateBaseline) {
        if (!baselineFile)
          throw new UsageError('--update-baseline needs --baseline <file> or "baseline" in vas.config.json');
        const text = writeBaseline(scanned.unbaselined);
        writeFileSync(baselineFile, text);
        report = applyBaseline(scanned.unbaselined, parseBaseline(text, baselineFile));
        if (!flags.quiet)
          process.stderr.write(`vas: wrote ${scanned.unbaselined.findings.length} findings to ${baselineFile}\n`);
      } else if (baselineFile && !existsSync(baselineFile)) {
        throw new UsageError(`baseline file not found: ${baselineFile} (create it with --update-baseline)`);
      }
      if (flags.probe) {
        // prove what the source suggests: the prober reuses this inventory and maps its proof back to file and line
        const identities = flags.user.map((raw) => {
          const i = raw.indexOf(':');
          if (i <= 0) throw new UsageError(`--user takes name:password (got "${raw}")`);
          return { name: raw.slice(0, i), username: raw.slice(0, i), password: raw.slice(i + 1) };
        });
        const dynamic = await probe({
          target: flags.probe,
          staticReport: report,
          identities,
          ...(flags.spec ? { spec: flags.spec } : {}),
          progress: tty ? process.stderr : null,
          quiet: flags.quiet === true,
        }).catch((err: unknown) => {
          throw err instanceof ProbeInputError ? new UsageError(err.message) : err;
        });
        report = mergeReports(report, dynamic);
      }
      const color =
        flags.format === 'text' &&
        !flags.output &&
        flags.color !== false &&
        process.stdout.isTTY === true &&
        !process.env.NO_COLOR;
      const text = REPORTERS[flags.format](report, { color, root: dir });
      if (flags.output) writeFileSync(flags.output, text);
      else process.stdout.write(text);
      const unparsed = report.diagnostics.filter((d) => d.kind === 'parse-error').length;
      if (report.stats.files === 0 && unparsed > 0 && !flags.quiet) {
        // every source failed to parse: saying "no sources" would send the user looking in the wrong place
        process.stderr.write(
          `vas: none of the ${unparsed} source file${unparsed === 1 ? '' : 's'} in ${dir} could be parsed (see the parse errors in the report)\n`,
        );
      } else if (report.stats.files === 0 && !flags.quiet) {
        process.stderr.write(`vas: no JavaScript or TypeScript sources found in ${dir}\n`);
      } else if (report.endpoints.length === 0 && !flags.quiet) {
        process.stderr.write(
          `vas: no API routes recognised in ${dir} (supported: Express, Fastify, Hono, Koa, NestJS, Next.js)\n`,
        );
      }
      setExit(report.findings.some((f) => atOrAbove(f.severity, failOn)) ? EXIT_FINDINGS : EXIT_OK);
    });
}
