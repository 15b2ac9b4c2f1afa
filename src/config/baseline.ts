import { UsageError } from '../cli/errors.ts';
import type { Finding } from '../core/finding.ts';
import type { Report } from '../core/report.ts';

export const BASELINE_VERSION = 1;

/** One accepted finding. Only `fingerprint` is matched; the rest is there for the people reviewing the file. */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  location: string | null;
  endpoint: string | null;
  message: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  tool: 'vas';
  findings: BaselineEntry[];
}

function requireFingerprint(f: Finding): string {
  if (!f.fingerprint) throw new Error(`finding ${f.ruleId} has no fingerprint; run addFingerprints first`);
  return f.fingerprint;
}

/** The baseline file for `report` (JSON text), sorted so that a re-run produces a reviewable diff. */
export function writeBaseline(report: Report): string {
  const findings: BaselineEntry[] = report.findings
    .map((f) => ({
      fingerprint: requireFingerprint(f),
      ruleId: f.ruleId,
      location: f.location ? `${f.location.file}:${f.location.line}` : null,
      endpoint: f.endpoint ? `${f.endpoint.method} ${f.endpoint.path}` : null,
      message: f.message,
    }))
    .sort(
      (a, b) =>
        (a.location ?? '').localeCompare(b.location ?? '', 'en', { numeric: true }) ||
        a.ruleId.localeCompare(b.ruleId) ||
        a.fingerprint.localeCompare(b.fingerprint),
    );
  const baseline: Baseline = { version: BASELINE_VERSION, tool: 'vas', findings };
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Parses a baseline file's text; a one-line UsageError when it is not one. */
export function parseBaseline(text: string, file: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`invalid baseline ${file}: not JSON`);
  }
  const v = value as Partial<Baseline> | null;
  if (typeof v !== 'object' || v === null || v.version !== BASELINE_VERSION || !Array.isArray(v.findings)) {
    throw new UsageError(`invalid baseline ${file}: expected {"version": ${BASELINE_VERSION}, "findings": [...]}`);
  }
  v.findings.forEach((entry, i) => {
    if (typeof entry?.fingerprint !== 'string' || entry.fingerprint === '') {
      throw new UsageError(`invalid baseline ${file}: $.findings[${i}].fingerprint: expected a string`);
    }
  });
  return v as Baseline;
}

/**
 * Keeps only the findings that are not in the baseline. Matching counts occurrences: if the baseline accepted
 * one finding with a fingerprint and the code now has two, the second one is new.
 */
export function applyBaseline(report: Report, baseline: Baseline): Report {
  const remaining = new Map<string, number>();
  for (const e of baseline.findings) remaining.set(e.fingerprint, (remaining.get(e.fingerprint) ?? 0) + 1);
  const findings = report.findings.filter((f) => {
    const left = remaining.get(requireFingerprint(f)) ?? 0;
    if (left === 0) return true;
    remaining.set(f.fingerprint!, left - 1);
    return false;
  });
  return { ...report, findings };
}
