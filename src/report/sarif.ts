import type {
  Log,
  Notification,
  ReportingDescriptor,
  Result,
  Location as SarifLocation,
  WebRequest,
  WebResponse,
} from 'sarif';
import { fingerprintOf } from '../config/fingerprint.ts';
import type { Evidence, Finding } from '../core/finding.ts';
import type { Location } from '../core/location.ts';
import type { Report } from '../core/report.ts';
import { type Severity, severityRank } from '../core/severity.ts';
import { mdFence } from './markdown-text.ts';
import type { ReporterOptions } from './options.ts';
import {
  type CatalogEntry,
  docsUrl,
  entryForFinding,
  HOMEPAGE,
  readRuleDocs,
  ruleCatalog,
  ruleKindOf,
} from './rule-catalog.ts';
import { lineAt, type ReadSource, readerFor } from './source.ts';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The partialFingerprints key; bump the version when computeFingerprint changes meaning. */
export const FINGERPRINT_KEY = 'vasFingerprint/v1';
const SRCROOT = '%SRCROOT%';

function level(severity: Severity): Result.level {
  if (severity === 'critical' || severity === 'high') return 'error';
  return severity === 'medium' ? 'warning' : 'note';
}

/**
 * GitHub code scanning buckets by this score: >= 9 critical, 7-8.9 high, 4-6.9 medium, 0.1-3.9 low.
 * `info` gets none, so it shows as a plain note rather than a security alert.
 */
const SECURITY_SEVERITY: Record<Severity, string | undefined> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: undefined,
};

function pascalCase(id: string): string {
  return id.replace(/(^|[-_/])([a-z0-9])/g, (_m, _sep: string, c: string) => c.toUpperCase());
}

function tags(entry: CatalogEntry): string[] {
  const out = ['security'];
  if (entry.category) out.push(entry.category);
  // OWASP API Security Top 10 2023, e.g. "OWASP-API1:2023"; CWE in the form CodeQL uses, so GitHub links it
  if (entry.owasp) out.push(`OWASP-${entry.owasp}`);
  if (entry.cwe) out.push(`external/cwe/${entry.cwe.toLowerCase()}`);
  return out;
}

function fixMarkdown(finding: Finding): string {
  const { fix } = finding;
  const steps = fix.steps.map((s, i) => `${i + 1}. ${s}`).join('\n');
  const example = fix.example ? `\n\n${mdFence(fix.example, 'ts')}` : '';
  return `**${fix.summary}**${steps ? `\n\n${steps}` : ''}${example}`;
}

function help(entry: CatalogEntry, sample: Finding | undefined): ReportingDescriptor['help'] {
  const docs = readRuleDocs(entry);
  const standards = [entry.owasp && `OWASP ${entry.owasp}`, entry.cwe].filter(Boolean).join(', ');
  const generated = [
    entry.description,
    standards ? `Maps to ${standards}.` : '',
    sample ? `## How to fix\n\n${fixMarkdown(sample)}` : '',
    `Docs: ${docsUrl(entry)}`,
  ]
    .filter((s) => s !== '')
    .join('\n\n');
  // The docs page is generic; the fix vas wrote for this run is specific to the detected stack, so it follows.
  const markdown = docs
    ? `${docs.trimEnd()}${sample ? `\n\n## Fix for this project\n\n${fixMarkdown(sample)}` : ''}`
    : generated;
  const text = sample
    ? `${entry.description}\n\nFix: ${sample.fix.summary}. ${sample.fix.steps.join(' ')}`
    : entry.description;
  return { text, markdown };
}

function descriptor(entry: CatalogEntry, findings: Finding[]): ReportingDescriptor {
  // Config may have overridden the rule's severity: describe the rule as it was reported in this run.
  const severity =
    findings.map((f) => f.severity).sort((a, b) => severityRank(a) - severityRank(b))[0] ?? entry.severity;
  const properties: Record<string, unknown> = { tags: tags(entry), kind: entry.kind };
  const score = SECURITY_SEVERITY[severity];
  if (score) properties['security-severity'] = score;
  if (entry.owasp) properties.owasp = entry.owasp;
  if (entry.cwe) properties.cwe = entry.cwe;
  return {
    id: entry.ruleId,
    name: pascalCase(entry.id),
    shortDescription: { text: entry.title },
    fullDescription: { text: entry.description },
    helpUri: docsUrl(entry),
    help: help(entry, findings[0]),
    defaultConfiguration: { level: level(severity) },
    properties,
  };
}

function uri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function physical(location: Location, read: ReadSource): SarifLocation['physicalLocation'] {
  const text = lineAt(read, location);
  return {
    artifactLocation: { uri: uri(location.file), uriBaseId: SRCROOT },
    region: {
      startLine: location.line,
      startColumn: location.column,
      ...(text !== undefined ? { snippet: { text } } : {}),
    },
  };
}

function sarifLocation(finding: Finding, read: ReadSource): SarifLocation | undefined {
  const logical = finding.endpoint
    ? [{ name: `${finding.endpoint.method} ${finding.endpoint.path}`, kind: 'endpoint' }]
    : undefined;
  if (!finding.location && !logical) return undefined;
  return {
    ...(finding.location ? { physicalLocation: physical(finding.location, read) } : {}),
    ...(logical ? { logicalLocations: logical } : {}),
  };
}

function webRequest(e: Evidence): WebRequest {
  return {
    protocol: 'HTTP',
    method: e.request.method,
    target: e.request.url,
    ...(e.request.headers ? { headers: e.request.headers } : {}),
    ...(e.request.body !== undefined ? { body: { text: e.request.body } } : {}),
  };
}

function webResponse(e: Evidence): WebResponse | undefined {
  if (!e.response) return undefined;
  return {
    protocol: 'HTTP',
    statusCode: e.response.status,
    ...(e.response.headers ? { headers: e.response.headers } : {}),
    ...(e.response.body !== undefined ? { body: { text: e.response.body } } : {}),
  };
}

function result(finding: Finding, ruleIndex: number, read: ReadSource): Result {
  const location = sarifLocation(finding, read);
  // The last exchange is the one that proves the finding (earlier ones set it up).
  const proof = finding.evidence.at(-1);
  const response = proof ? webResponse(proof) : undefined;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: level(finding.severity),
    message: { text: finding.message },
    ...(location ? { locations: [location] } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprintOf(finding, read) },
    ...(proof ? { webRequest: webRequest(proof) } : {}),
    ...(response ? { webResponse: response } : {}),
    properties: {
      category: finding.category,
      severity: finding.severity,
      confidence: finding.confidence,
      ...(finding.endpoint ? { endpoint: finding.endpoint } : {}),
      fix: finding.fix,
      ...(finding.evidence.length > 0 ? { evidence: finding.evidence } : {}),
    },
  };
}

function notification(d: Report['diagnostics'][number]): Notification {
  return {
    level: d.kind === 'warning' || d.kind === 'skipped' ? 'note' : 'warning',
    message: { text: d.message },
    descriptor: { id: d.kind },
    ...(d.file
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(d.file), uriBaseId: SRCROOT },
                ...(d.line ? { region: { startLine: d.line } } : {}),
              },
            },
          ],
        }
      : {}),
  };
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Every rule of the run's kind is listed in
 * tool.driver.rules (plus any rule a finding names), so a viewer can show docs for rules that found nothing.
 * Fixes are not emitted: a `Fix` is advice (summary, steps, example), not an edit with exact regions, and
 * SARIF `fixes` must be concrete replacements.
 */
export function formatSarif(report: Report, options: ReporterOptions): string {
  const read = readerFor(options.root);
  const kind = ruleKindOf(report);
  const entries = new Map<string, CatalogEntry>();
  for (const entry of ruleCatalog()) if (entry.kind === kind || entry.kind === 'meta') entries.set(entry.ruleId, entry);
  for (const finding of report.findings)
    if (!entries.has(finding.ruleId)) entries.set(finding.ruleId, entryForFinding(finding, kind));
  const ruleIds = [...entries.keys()];
  const rules = [...entries.values()].map((entry) =>
    descriptor(
      entry,
      report.findings.filter((f) => f.ruleId === entry.ruleId),
    ),
  );
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vas',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: HOMEPAGE,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(report.diagnostics.length > 0
              ? { toolExecutionNotifications: report.diagnostics.map(notification) }
              : {}),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { description: { text: 'The scanned directory' } } },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f) => result(f, ruleIds.indexOf(f.ruleId), read)),
        properties: { mode: report.mode, target: report.target, stack: report.stack, stats: report.stats },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
