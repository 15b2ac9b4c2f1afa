import { createHash } from 'node:crypto';
import type { Finding } from '../core/finding.ts';
import type { Report, ReportEndpoint } from '../core/report.ts';
import { SCHEMA_VERSION } from '../core/report.ts';
import { ruleId } from '../core/rule.ts';
import { severityRank } from '../core/severity.ts';
import { emptyStack } from '../core/stack.ts';
import { VERSION } from '../version.ts';
import { toEvidence } from './engine/evidence.ts';
import type { ProbeRun } from './engine/run.ts';
import type { Operation } from './operations/operation.ts';
import type { Probe, ProbeResult } from './probes/define.ts';

export function toFinding(probe: Probe, result: ProbeResult): Finding {
  const endpoint = result.op ? { method: result.op.method, path: result.op.path } : null;
  const id = ruleId(probe.meta.id);
  return {
    ruleId: id,
    category: probe.meta.category,
    severity: result.severity ?? probe.meta.severity,
    confidence: 'confirmed',
    message: result.message,
    location: result.op?.location ?? null,
    endpoint,
    fix: probe.fix,
    evidence: result.evidence.map((e) => toEvidence(e.ex, e.description)),
    fingerprint: createHash('sha256')
      .update(`${id} ${endpoint ? `${endpoint.method} ${endpoint.path}` : '*'}`)
      .digest('hex')
      .slice(0, 16),
  };
}

/**
 * One finding per (category, endpoint), as the report contract asks: the most severe stays, the others' messages
 * and evidence are folded into it.
 */
export function dedupe(findings: Finding[]): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.category} ${f.endpoint ? `${f.endpoint.method} ${f.endpoint.path}` : `* ${f.ruleId}`}`;
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, { ...f });
      continue;
    }
    const [keep, fold] = severityRank(f.severity) < severityRank(prev.severity) ? [{ ...f }, prev] : [prev, f];
    keep.message = `${keep.message}; also: ${fold.message}`;
    keep.evidence = [...keep.evidence, ...fold.evidence];
    byKey.set(key, keep);
  }
  return [...byKey.values()].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      (a.endpoint?.path ?? '').localeCompare(b.endpoint?.path ?? ''),
  );
}

export function toEndpoint(op: Operation): ReportEndpoint {
  return {
    method: op.method,
    path: op.path,
    location: op.location,
    framework: 'openapi',
    public: op.public,
    auth: op.auth,
    facts: { source: op.source, ...(op.summary ? { summary: op.summary } : {}) },
  };
}

export function buildReport(run: ProbeRun, findings: Finding[], started: number): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'vas', version: VERSION },
    mode: 'dynamic',
    target: run.options.target,
    stack: emptyStack(),
    endpoints: run.operations.map(toEndpoint),
    findings: dedupe(findings),
    diagnostics: run.diagnostics,
    stats: {
      files: 0,
      endpoints: run.operations.length,
      durationMs: Math.round(performance.now() - started),
      requests: run.scope.sent,
    },
  };
}
