import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { UsageError } from '../cli/errors.ts';
import { CATEGORY_IDS } from '../core/category.ts';
import type { Finding } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
import { atOrAbove, SEVERITIES } from '../core/severity.ts';
import { findingPrompt } from '../report/prompt.ts';
import { docsUrl, findRule, readRuleDocs } from '../report/rule-catalog.ts';
import { sourceReader } from '../report/source.ts';
import { scopeLine, severityLine, sortFindings, whereOf } from '../report/summary.ts';
import type { Session } from './session.ts';

const FindingSummary = z.object({
  id: z.string().describe('pass to get_fix'),
  ruleId: z.string(),
  severity: z.enum(SEVERITIES),
  category: z.enum(CATEGORY_IDS as [string, ...string[]]),
  message: z.string(),
  where: z.string(),
  endpoint: z.string().nullable(),
});

function summarise(f: Finding): z.infer<typeof FindingSummary> {
  return {
    id: f.fingerprint ?? '',
    ruleId: f.ruleId,
    severity: f.severity,
    category: f.category,
    message: f.message,
    where: whereOf(f),
    endpoint: f.endpoint ? `${f.endpoint.method} ${f.endpoint.path}` : null,
  };
}

function text(value: string): CallToolResult {
  return { content: [{ type: 'text', text: value }] };
}

function failure(message: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: message }] };
}

/** User mistakes become a tool error the assistant can read and correct; anything else is a real failure. */
async function guarded(fn: () => Promise<CallToolResult>): Promise<CallToolResult> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof UsageError) return failure(err.message);
    throw err;
  }
}

function findingLines(findings: Finding[]): string {
  return findings
    .map((f) => `- [${f.severity}] ${f.message} (${whereOf(f)}; ${f.ruleId}; id ${f.fingerprint})`)
    .join('\n');
}

function scanSummary(report: Report): string {
  const findings = sortFindings(report.findings);
  const head = `${scopeLine(report)}. ${findings.length === 0 ? 'No findings.' : `${findings.length} findings: ${severityLine(findings)}.`}`;
  if (findings.length === 0) return head;
  return `${head}\n\n${findingLines(findings.slice(0, 20))}${findings.length > 20 ? `\n… ${findings.length - 20} more: call list_findings` : ''}\n\nCall get_fix with a finding id for the code, the reason and the fix.`;
}

export function registerTools(server: McpServer, session: Session): void {
  server.registerTool(
    'scan',
    {
      title: 'Scan an API project',
      description:
        'Statically scan a JavaScript/TypeScript API project (Express, Fastify, Hono, Koa, NestJS, Next.js) for security problems: missing auth, BOLA/IDOR, broken auth, data exposure, missing rate limits, missing validation, error leaks. Applies vas.config.json, inline vas-ignore comments and a baseline when present.',
      inputSchema: {
        path: z.string().min(1).describe('project directory (absolute, or relative to the server’s working directory)'),
        config: z.string().optional().describe('path of a vas.config.json to use instead of <path>/vas.config.json'),
        baseline: z.string().optional().describe('baseline file: findings recorded there are not reported'),
      },
      outputSchema: {
        target: z.string(),
        endpoints: z.number(),
        files: z.number(),
        counts: z.record(z.string(), z.number()),
        findings: z.array(FindingSummary),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ path, config, baseline }) =>
      guarded(async () => {
        const report = await session.scan(path, { ...(config ? { config } : {}), ...(baseline ? { baseline } : {}) });
        const counts = Object.fromEntries(
          SEVERITIES.map((s) => [s, report.findings.filter((f) => f.severity === s).length]),
        );
        return {
          ...text(scanSummary(report)),
          structuredContent: {
            target: report.target,
            endpoints: report.endpoints.length,
            files: report.stats.files,
            counts,
            findings: sortFindings(report.findings).map(summarise),
          },
        };
      }),
  );

  server.registerTool(
    'list_findings',
    {
      title: 'List findings',
      description:
        'List the findings of the last scan (or of the scan of `path`), most severe first, optionally filtered.',
      inputSchema: {
        path: z.string().optional().describe('a directory scanned before; default: the last scan'),
        minSeverity: z.enum(SEVERITIES).optional().describe('only findings at or above this severity'),
        category: z.enum(CATEGORY_IDS as [string, ...string[]]).optional(),
        ruleId: z.string().optional(),
        limit: z.number().int().min(1).max(500).optional().describe('default 50'),
      },
      outputSchema: { total: z.number(), findings: z.array(FindingSummary) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ path, minSeverity, category, ruleId, limit }) =>
      guarded(async () => {
        const scanned = session.report(path);
        if (!scanned)
          throw new UsageError(
            path ? `no scan of ${path} yet: call scan first` : 'nothing scanned yet: call scan first',
          );
        const wanted = ruleId ? (ruleId.startsWith('vas/') ? ruleId : `vas/${ruleId}`) : undefined;
        const matching = sortFindings(scanned.report.findings).filter(
          (f) =>
            (!minSeverity || atOrAbove(f.severity, minSeverity)) &&
            (!category || f.category === category) &&
            (!wanted || f.ruleId === wanted),
        );
        const shown = matching.slice(0, limit ?? 50);
        const body = shown.length === 0 ? 'No findings match.' : findingLines(shown);
        return {
          ...text(`${matching.length} of ${scanned.report.findings.length} findings match.\n\n${body}`),
          structuredContent: { total: matching.length, findings: shown.map(summarise) },
        };
      }),
  );

  server.registerTool(
    'explain_rule',
    {
      title: 'Explain a rule',
      description:
        'The documentation of a vas rule: what it detects, why it matters, vulnerable and secure examples, how to fix.',
      inputSchema: {
        ruleId: z.string().min(1).describe('e.g. "vas/bola-missing-ownership-check" or "bola-missing-ownership-check"'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ ruleId }) =>
      guarded(async () => {
        const entry = findRule(ruleId);
        if (!entry) throw new UsageError(`unknown rule "${ruleId}"`);
        const docs = readRuleDocs(entry);
        return text(docs ?? `# ${entry.title}\n\n${entry.description}\n\nDocs: ${docsUrl(entry)}`);
      }),
  );

  server.registerTool(
    'get_fix',
    {
      title: 'Get the fix for a finding',
      description:
        'Everything needed to fix one finding: the flagged code, why it matters, the evidence for probe findings, and fix steps for the detected stack.',
      inputSchema: { id: z.string().min(1).describe('a finding id from scan or list_findings') },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ id }) =>
      guarded(async () => {
        const found = session.finding(id);
        if (!found) throw new UsageError(`no finding with id ${id}: ids come from scan or list_findings`);
        return text(findingPrompt(found.finding, found.report, sourceReader(found.root)));
      }),
  );
}
