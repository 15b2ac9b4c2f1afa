import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.ts';
import { registerMcp } from './commands/mcp.ts';
import { registerProbe } from './commands/probe.ts';
import { registerRules } from './commands/rules.ts';
import { registerScan } from './commands/scan.ts';
import { UsageError } from './errors.ts';
import { EXIT_ERROR, EXIT_OK } from './exit.ts';

const EXIT = { ok: EXIT_OK, error: EXIT_ERROR } as const;

export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command('vas')
    .description('API security scanner: finds missing auth, BOLA, broken auth, data exposure and more in REST APIs')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError('(run vas --help for usage)');
  registerScan(program, setExit);
  registerProbe(program, setExit);
  registerRules(program, setExit);
  registerMcp(program, setExit);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with exitCode 0
      return err.exitCode === 0 ? EXIT.ok : EXIT.error;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`vas: ${err.message}\n`);
      return EXIT.error;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`vas: internal error: ${message}\n`);
    if (process.env.VAS_DEBUG) process.stderr.write(`${err instanceof Error ? err.stack : ''}\n`);
    return EXIT.error;
  }
}
