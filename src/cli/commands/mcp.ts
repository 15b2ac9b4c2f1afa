import type { Command } from 'commander';
import { serveStdio } from '../../mcp/server.ts';

export function registerMcp(program: Command, _setExit: (code: number) => void): void {
  program
    .command('mcp')
    .description('start a Model Context Protocol server over stdio (tools: scan, list_findings, explain_rule, get_fix)')
    .action(async () => {
      await serveStdio();
    });
}
