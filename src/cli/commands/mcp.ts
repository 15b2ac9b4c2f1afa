import type { Command } from 'commander';
import { UsageError } from '../errors.ts';

// Placeholder: the MCP server (issue 5) replaces this file.
export function registerMcp(program: Command, _setExit: (code: number) => void): void {
  program
    .command('mcp')
    .description('start a Model Context Protocol server over stdio (not available yet)')
    .action(() => {
      throw new UsageError('vas mcp is not available yet');
    });
}
