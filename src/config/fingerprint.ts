import { createHash } from 'node:crypto';
import type { Finding } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
import { lineAt, type ReadSource } from '../report/source.ts';

/**
 * Whitespace carries no meaning for a match: a formatter run or re-indentation must not resurface a
 * baselined finding, so all of it goes.
 */
export function normaliseCode(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * A fingerprint that survives line moves: rule, file, endpoint and the flagged line's code with whitespace
 * removed. The line number and the message are left out on purpose, since inserting code above a finding or
 * rewording a message are unrelated edits. Dynamic findings without a source location fall back to
 * rule + endpoint, which is what identifies them across runs.
 */
export function computeFingerprint(finding: Finding, snippetText: string | undefined): string {
  const endpoint = finding.endpoint ? `${finding.endpoint.method} ${finding.endpoint.path}` : '';
  const parts = ['v1', finding.ruleId, finding.location?.file ?? '', endpoint, normaliseCode(snippetText ?? '')];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

/** Fills in `fingerprint` on every finding that has none, reading the flagged line through `read`. */
export function addFingerprints(report: Report, read: ReadSource): Report {
  const findings = report.findings.map((f) =>
    f.fingerprint ? f : { ...f, fingerprint: computeFingerprint(f, f.location ? lineAt(read, f.location) : undefined) },
  );
  return { ...report, findings };
}

/** The finding's fingerprint, computed on the spot when the report does not carry one. */
export function fingerprintOf(finding: Finding, read: ReadSource): string {
  return (
    finding.fingerprint ?? computeFingerprint(finding, finding.location ? lineAt(read, finding.location) : undefined)
  );
}
