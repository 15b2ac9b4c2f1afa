import type { Finding } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
import { severityRank } from '../core/severity.ts';

/** Categories whose static findings are about the whole app, so any dynamic proof in the category confirms them. */
const APP_WIDE = new Set(['rate-limit', 'error-leak', 'versioning']);

const normPath = (p: string) =>
  p
    .replace(/\{[^}]*\}|:[A-Za-z_]\w*/g, '{}')
    .replace(/\/+$/, '')
    .toLowerCase() || '/';

function sameEndpoint(a: Finding, b: Finding): boolean {
  if (!a.endpoint || !b.endpoint) return false;
  const methods = a.endpoint.method === b.endpoint.method || a.endpoint.method === 'ALL' || b.endpoint.method === 'ALL';
  return methods && normPath(a.endpoint.path) === normPath(b.endpoint.path);
}

/**
 * Joins a static report and a dynamic one: static findings that the prober proved become `confirmed` and carry
 * its evidence; dynamic findings with no static counterpart are added with the static location of their endpoint.
 * Pure: neither input is changed.
 */
export function mergeReports(staticReport: Report, dynamicReport: Report): Report {
  const used = new Set<Finding>();
  const findings: Finding[] = staticReport.findings.map((s) => {
    const proof =
      dynamicReport.findings.find((d) => d.category === s.category && sameEndpoint(s, d)) ??
      (!s.endpoint
        ? dynamicReport.findings.find((d) => d.category === s.category && (!d.endpoint || APP_WIDE.has(s.category)))
        : undefined);
    if (!proof) return { ...s };
    used.add(proof);
    return {
      ...s,
      confidence: 'confirmed',
      severity: severityRank(proof.severity) < severityRank(s.severity) ? proof.severity : s.severity,
      message: `${s.message} (confirmed: ${proof.message})`,
      evidence: [...s.evidence, ...proof.evidence],
    };
  });
  for (const d of dynamicReport.findings) {
    if (used.has(d)) continue;
    const endpoint = d.endpoint
      ? staticReport.endpoints.find(
          (e) =>
            (e.method === d.endpoint?.method || e.method === 'ALL') &&
            normPath(e.path) === normPath(d.endpoint?.path ?? ''),
        )
      : undefined;
    findings.push({ ...d, location: d.location ?? endpoint?.location ?? null });
  }
  findings.sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  return {
    ...staticReport,
    findings,
    diagnostics: [...staticReport.diagnostics, ...dynamicReport.diagnostics],
    stats: {
      ...staticReport.stats,
      durationMs: staticReport.stats.durationMs + dynamicReport.stats.durationMs,
      ...(dynamicReport.stats.requests !== undefined ? { requests: dynamicReport.stats.requests } : {}),
    },
  };
}
