import type { Command } from 'commander';
import { UsageError } from '../errors.ts';

// Placeholder: `vas rules` (issue 5) replaces this file.
export function registerRules(program: Command, _setExit: (code: number) => void): void {
  program
    .command('rules [id]')
    .description('list the checks and probes, or print one rule’s docs (not available yet)')
    .action(() => {
      throw new UsageError('vas rules is not available yet');
    });
}
