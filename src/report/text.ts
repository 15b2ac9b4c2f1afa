import pc from 'picocolors';
import type { Finding } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
import { SEVERITIES, type Severity } from '../core/severity.ts';
import type { ReporterOptions } from './options.ts';

const SEVERITY_COLOR: Record<Severity, (s: string) => string> = {
  critical: (s) => pc.bold(pc.red(s)),
  high: pc.red,
  medium: pc.yellow,
  low: pc.cyan,
  info: pc.dim,
};

/** The terminal report: stack, findings grouped by severity (what / where / why-fix), then a summary line. */
export function formatText(report: Report, options: ReporterOptions): string {
  const c = pc.createColors(options.color);
  const color = (sev: Severity, s: string) => (options.color ? SEVERITY_COLOR[sev](s) : s);
  const out: string[] = [];
  const s = report.stack;
  const stackLine =
    [...s.frameworks, ...s.dataLayers, ...s.auth, ...s.validation, ...s.rateLimit].join(', ') || 'nothing recognised';
  out.push(`${c.bold('vas')} ${report.mode === 'static' ? 'scan' : 'probe'} ${report.target}`);
  out.push(c.dim(`stack: ${stackLine}`));
  out.push(c.dim(`${report.stats.endpoints} endpoints in ${report.stats.files} files, ${report.stats.durationMs} ms`));
  out.push('');
  for (const sev of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    out.push(color(sev, `${sev.toUpperCase()} (${group.length})`));
    for (const f of group) out.push(...formatFinding(f, c, color));
  }
  const parseErrors = report.diagnostics.filter((d) => d.kind === 'parse-error' || d.kind === 'unreadable');
  if (parseErrors.length > 0) {
    out.push(c.yellow(`${parseErrors.length} file(s) could not be analysed:`));
    for (const d of parseErrors.slice(0, 10))
      out.push(c.dim(`  ${d.file ?? ''}${d.line ? `:${d.line}` : ''} ${d.message}`));
    if (parseErrors.length > 10) out.push(c.dim(`  … and ${parseErrors.length - 10} more (see --format json)`));
    out.push('');
  }
  const counts = SEVERITIES.map((sev) => [sev, report.findings.filter((f) => f.severity === sev).length] as const)
    .filter(([, n]) => n > 0)
    .map(([sev, n]) => color(sev, `${n} ${sev}`));
  out.push(
    report.findings.length === 0 ? c.green('No findings.') : `${report.findings.length} findings: ${counts.join(', ')}`,
  );
  return `${out.join('\n')}\n`;
}

function formatFinding(
  f: Finding,
  c: ReturnType<typeof pc.createColors>,
  color: (s: Severity, t: string) => string,
): string[] {
  const where = f.location ? `${f.location.file}:${f.location.line}` : '(app-wide)';
  const lines = [
    `  ${color(f.severity, '●')} ${c.bold(f.message)}`,
    `    ${c.dim(`${f.ruleId} · ${f.category} · confidence ${f.confidence}`)}`,
    `    at ${c.cyan(where)}${f.endpoint ? `  ${f.endpoint.method} ${f.endpoint.path}` : ''}`,
    `    fix: ${f.fix.summary}`,
  ];
  f.fix.steps.forEach((step, i) => {
    lines.push(`      ${i + 1}. ${step}`);
  });
  if (f.fix.example) {
    lines.push(c.dim('      example:'));
    for (const l of f.fix.example.split('\n')) lines.push(c.green(`        ${l}`));
  }
  for (const e of f.evidence) {
    lines.push(`    evidence: ${e.description}`);
    if (e.curl) lines.push(c.dim(`      ${e.curl}`));
  }
  lines.push('');
  return lines;
}
