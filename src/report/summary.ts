import { CATEGORY_IDS, type Category } from '../core/category.ts';
import type { Finding } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
import { SEVERITIES, type Severity, severityRank } from '../core/severity.ts';

/** Findings counted per severity, every severity present (0 when none). */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Categories that have findings, in contract order, with their count. */
export function countByCategory(findings: readonly Finding[]): [Category, number][] {
  return CATEGORY_IDS.map((c): [Category, number] => [c, findings.filter((f) => f.category === c).length]).filter(
    ([, n]) => n > 0,
  );
}

/** Most severe first, then by file and line, so every reporter lists findings in the same order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/** "3 critical, 1 high" (severities with findings only). */
export function severityLine(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  return SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(', ');
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "static scan of ./api: 6 endpoints in 12 files" / "probe of http://…: 3 endpoints, 27 requests". */
export function scopeLine(report: Report): string {
  if (report.mode === 'dynamic') {
    const requests = report.stats.requests === undefined ? '' : `, ${plural(report.stats.requests, 'request')}`;
    return `probe of ${report.target}: ${plural(report.endpoints.length, 'endpoint')}${requests}`;
  }
  return `static scan of ${report.target}: ${plural(report.endpoints.length, 'endpoint')} in ${plural(report.stats.files, 'file')}`;
}

/** "src/a.ts:12" or "GET /x" or "app-wide". */
export function whereOf(f: Finding): string {
  if (f.location) return `${f.location.file}:${f.location.line}`;
  if (f.endpoint) return `${f.endpoint.method} ${f.endpoint.path}`;
  return 'app-wide';
}
