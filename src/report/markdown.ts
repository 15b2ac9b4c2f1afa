import { CATEGORIES } from '../core/category.ts';
import type { Finding } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
import { SEVERITIES, type Severity } from '../core/severity.ts';
import { mdCode, mdText } from './markdown-text.ts';
import type { ReporterOptions } from './options.ts';
import { docsUrl, entryForFinding, ruleKindOf } from './rule-catalog.ts';
import { countByCategory, countBySeverity, plural, scopeLine, severityLine, sortFindings } from './summary.ts';

const BADGE: Record<Severity, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵', info: '⚪' };

/**
 * GitHub rejects comments over 65,536 characters; stop adding finding rows well before that and say how many
 * were left out (the SARIF upload and the HTML report carry all of them).
 */
const BUDGET = 60_000;

function row(f: Finding, kind: 'check' | 'probe'): string {
  const entry = entryForFinding(f, kind);
  const where = f.location
    ? `${f.location.file}:${f.location.line}`
    : f.endpoint
      ? `${f.endpoint.method} ${f.endpoint.path}`
      : 'app-wide';
  return `| ${BADGE[f.severity]} ${f.severity} | [${entry.id}](${docsUrl(entry)}) | ${mdCode(where, true)} | ${mdText(f.message)} | ${mdText(f.fix.summary)} |`;
}

/**
 * A compact summary for pull-request comments and $GITHUB_STEP_SUMMARY: counts by severity and category,
 * then one table row per finding (most severe first) with the fix in a sentence.
 */
export function formatMarkdown(report: Report, _options: ReporterOptions): string {
  const findings = sortFindings(report.findings);
  const lines: string[] = [];
  const title =
    findings.length === 0 ? 'no findings ✅' : `${plural(findings.length, 'finding')} (${severityLine(findings)})`;
  lines.push(`## vas: ${title}`, '', mdText(scopeLine(report)), '');
  if (findings.length === 0) return `${lines.join('\n')}\n`;

  const counts = countBySeverity(findings);
  lines.push(`| ${SEVERITIES.map((s) => `${BADGE[s]} ${s}`).join(' | ')} |`, `|${' ---: |'.repeat(SEVERITIES.length)}`);
  lines.push(`| ${SEVERITIES.map((s) => counts[s]).join(' | ')} |`, '');

  lines.push('| Category | OWASP API Top 10 2023 | Findings |', '| --- | --- | ---: |');
  for (const [category, n] of countByCategory(findings)) {
    const c = CATEGORIES[category];
    lines.push(`| ${c.title} | ${c.owasp} | ${n} |`);
  }
  lines.push('', '| Severity | Rule | Where | Problem | Fix |', '| --- | --- | --- | --- | --- |');

  let size = lines.join('\n').length;
  let shown = 0;
  for (const f of findings) {
    const r = row(f, ruleKindOf(report));
    if (size + r.length > BUDGET) break;
    lines.push(r);
    size += r.length + 1;
    shown++;
  }
  if (shown < findings.length) {
    lines.push(
      '',
      `_${findings.length - shown} more not shown here; see the SARIF or HTML report (\`--format sarif|html\`)._`,
    );
  }
  return `${lines.join('\n')}\n`;
}
