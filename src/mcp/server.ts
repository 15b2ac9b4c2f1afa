import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { VERSION } from '../version.ts';
import { Session } from './session.ts';
import { registerTools } from './tools.ts';

/** The vas MCP server: scan, list_findings, explain_rule, get_fix. */
export function createServer(): McpServer {
  const server = new McpServer(
    { name: 'vas', version: VERSION },
    {
      instructions:
        'vas finds security problems in REST APIs written in JavaScript/TypeScript. Call scan on the project directory, then get_fix for each finding you are asked to fix; explain_rule gives the background of a rule.',
    },
  );
  registerTools(server, new Session());
  return server;
}

/** Serves MCP over stdin/stdout until the client closes stdin. Nothing else may write to stdout meanwhile. */
export async function serveStdio(): Promise<void> {
  const server = createServer();
  // The client ends the session by closing our stdin. Resolve then, or the CLI's top-level await would be
  // left unsettled when the event loop drains (Node exits 13 on that).
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = () => resolve();
    process.stdin.once('end', () => resolve());
    process.stdin.once('close', () => resolve());
  });
  await server.connect(new StdioServerTransport());
  await closed;
  await server.close();
}
