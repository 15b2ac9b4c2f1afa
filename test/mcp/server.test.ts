import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const APP = 'test/fixtures/apps/todo-express';

/** A real MCP client from the SDK, talking to `node bin/vas.js mcp` over stdio. */
async function connect(): Promise<Client> {
  const client = new Client({ name: 'vas-test', version: '0.0.0' });
  await client.connect(
    new StdioClientTransport({ command: process.execPath, args: ['bin/vas.js', 'mcp'], cwd: REPO, stderr: 'pipe' }),
  );
  return client;
}

function textOf(result: unknown): string {
  const content = (result as CallToolResult).content;
  return content.map((c) => (c.type === 'text' ? c.text : '')).join('');
}

interface Summary {
  id: string;
  ruleId: string;
  severity: string;
  category: string;
  endpoint: string | null;
}

describe('vas mcp', () => {
  let client: Client;
  beforeAll(async () => {
    client = await connect();
  });
  afterAll(async () => {
    await client?.close();
  });

  it('identifies itself and lists its four tools with input schemas', async () => {
    expect(client.getServerVersion()?.name).toBe('vas');
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['explain_rule', 'get_fix', 'list_findings', 'scan']);
    const scan = tools.find((t) => t.name === 'scan')!;
    expect(scan.inputSchema.required).toEqual(['path']);
    expect(scan.annotations?.readOnlyHint).toBe(true);
  });

  it('says what to do when asked for findings before any scan', async () => {
    const result = await client.callTool({ name: 'list_findings', arguments: {} });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toBe('nothing scanned yet: call scan first');
  });

  let findings: Summary[] = [];
  it('scans a project through the protocol', async () => {
    const result = await client.callTool({ name: 'scan', arguments: { path: APP } });
    expect(result.isError).toBeFalsy();
    expect(textOf(result)).toMatch(/^static scan of test\/fixtures\/apps\/todo-express: \d+ endpoints in \d+ files\./);
    const structured = result.structuredContent as {
      endpoints: number;
      findings: Summary[];
      counts: Record<string, number>;
    };
    expect(structured.endpoints).toBeGreaterThanOrEqual(8);
    findings = structured.findings;
    // the fixture's planted BOLA is among them, with an id that get_fix understands
    const bola = findings.find((f) => f.category === 'bola' && f.endpoint === 'GET /api/v1/todos/{id}');
    expect(bola?.id).toMatch(/^[0-9a-f]{32}$/);
    expect(Object.values(structured.counts).reduce((a, b) => a + b, 0)).toBe(findings.length);
  });

  it('lists findings with filters', async () => {
    const all = await client.callTool({ name: 'list_findings', arguments: {} });
    expect((all.structuredContent as { total: number }).total).toBe(findings.length);
    const critical = await client.callTool({ name: 'list_findings', arguments: { minSeverity: 'critical' } });
    const list = (critical.structuredContent as { findings: Summary[] }).findings;
    expect(list.length).toBe(findings.filter((f) => f.severity === 'critical').length);
    expect(list.every((f) => f.severity === 'critical')).toBe(true);
    const bola = await client.callTool({ name: 'list_findings', arguments: { category: 'bola', limit: 1 } });
    expect((bola.structuredContent as { findings: Summary[] }).findings).toHaveLength(1);
  });

  it('returns the fix for a finding, with the flagged code', async () => {
    const bola = findings.find((f) => f.category === 'bola')!;
    const result = await client.callTool({ name: 'get_fix', arguments: { id: bola.id } });
    const text = textOf(result);
    expect(text).toContain(`Problem (${bola.severity}, ${bola.ruleId})`);
    expect(text).toMatch(/Code \(line \d+ is flagged with >\):\n```ts\n/);
    expect(text).toContain('Suggested fix: ');
    const missing = await client.callTool({ name: 'get_fix', arguments: { id: 'nope' } });
    expect(missing.isError).toBe(true);
  });

  it('explains a rule, and rejects an unknown one', async () => {
    const result = await client.callTool({ name: 'explain_rule', arguments: { ruleId: findings[0]!.ruleId } });
    expect(result.isError).toBeFalsy();
    expect(textOf(result).length).toBeGreaterThan(50);
    const unknown = await client.callTool({ name: 'explain_rule', arguments: { ruleId: 'vas/no-such-rule' } });
    expect(unknown.isError).toBe(true);
    expect(textOf(unknown)).toBe('unknown rule "vas/no-such-rule"');
  });

  it('reports a bad path as a tool error, not a crash', async () => {
    const result = await client.callTool({ name: 'scan', arguments: { path: APP, config: 'does-not-exist.json' } });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toBe('config file not found: does-not-exist.json');
  });
});
