import type { Finding } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
import type { ReadSource } from '../report/source.ts';
import { normaliseRuleId } from './rule-ids.ts';

export const SUPPRESSION_RULE_ID = 'vas/suppression-without-reason';

/** One `vas-ignore` or `vas-ignore-next-line` comment. */
export interface Suppression {
  file: string;
  /** the line the comment is on */
  line: number;
  column: number;
  /** the line whose findings it silences */
  target: number;
  /** normalised `vas/...` ids; empty means every rule */
  ruleIds: string[];
  reason: string;
}

// `// vas-ignore <ids> -- <reason>` or `/* ... */` (which also covers JSX `{/* ... */}`)
const DIRECTIVE = /(\/\/|\/\*)\s*vas-ignore(-next-line)?(?=[\s*]|$)(.*)$/;

/** Parses every suppression comment of one file. */
export function parseSuppressions(file: string, text: string): Suppression[] {
  const out: Suppression[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((content, index) => {
    const m = DIRECTIVE.exec(content);
    if (!m) return;
    let body = m[3] ?? '';
    if (m[1] === '/*') body = body.replace(/\*\/.*$/, '');
    const dash = body.indexOf('--');
    const idsPart = dash === -1 ? body : body.slice(0, dash);
    const reason = dash === -1 ? '' : body.slice(dash + 2).trim();
    const line = index + 1;
    out.push({
      file,
      line,
      column: m.index + 1,
      target: m[2] ? line + 1 : line,
      ruleIds: idsPart
        .split(/[\s,]+/)
        .filter((id) => id !== '')
        .map(normaliseRuleId),
      reason,
    });
  });
  return out;
}

function silences(s: Suppression, finding: Finding): boolean {
  if (!finding.location || finding.location.file !== s.file || finding.location.line !== s.target) return false;
  return s.ruleIds.length === 0 || s.ruleIds.includes(finding.ruleId);
}

function missingReasonFinding(s: Suppression, hidden: Finding[]): Finding {
  const first = hidden[0]!;
  const ids = s.ruleIds.length > 0 ? s.ruleIds.join(', ') : 'every rule';
  return {
    ruleId: SUPPRESSION_RULE_ID,
    // The category is that of the finding it hides: that is the risk now accepted without a recorded review.
    category: first.category,
    severity: 'low',
    confidence: 'high',
    message: `vas-ignore for ${ids} gives no reason; it hides: ${hidden.map((f) => f.message).join('; ')}`,
    location: { file: s.file, line: s.line, column: s.column },
    endpoint: first.endpoint,
    fix: {
      summary: 'Say why the finding is acceptable, after " -- " in the comment',
      steps: [
        'Confirm the hidden finding is a false positive or an accepted risk',
        'Append " -- <reason>" to the comment so reviewers and auditors can see why',
      ],
      example: `// vas-ignore${s.target === s.line ? '' : '-next-line'} ${s.ruleIds[0] ?? first.ruleId} -- <why this is safe>`,
    },
    evidence: [],
  };
}

/**
 * Removes the findings silenced by `vas-ignore` / `vas-ignore-next-line` comments. A comment without a
 * reason still silences (the author's intent is clear) but is reported as `vas/suppression-without-reason`,
 * so an unexplained suppression stays visible in CI and code review.
 */
export function applySuppressions(report: Report, readFile: ReadSource): Report {
  const byFile = new Map<string, Suppression[]>();
  for (const f of report.findings) {
    const file = f.location?.file;
    if (file === undefined || byFile.has(file)) continue;
    const text = readFile(file);
    byFile.set(file, text === undefined ? [] : parseSuppressions(file, text));
  }
  const hiddenBy = new Map<Suppression, Finding[]>();
  const kept: Finding[] = [];
  for (const finding of report.findings) {
    const suppression = byFile.get(finding.location?.file ?? '')?.find((s) => silences(s, finding));
    if (!suppression || finding.ruleId === SUPPRESSION_RULE_ID) {
      kept.push(finding);
      continue;
    }
    hiddenBy.set(suppression, [...(hiddenBy.get(suppression) ?? []), finding]);
  }
  for (const [s, hidden] of hiddenBy) if (s.reason === '') kept.push(missingReasonFinding(s, hidden));
  return { ...report, findings: kept };
}
