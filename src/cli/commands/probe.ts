import type { Command } from 'commander';
import { UsageError } from '../errors.ts';

// Placeholder: the prober (issue 4) replaces this file.
export function registerProbe(program: Command, _setExit: (code: number) => void): void {
  program
    .command('probe <url>')
    .description('probe a running API (not available yet)')
    .action(() => {
      throw new UsageError('vas probe is not available yet');
    });
}
