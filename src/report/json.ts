import type { Report } from '../core/report.ts';

/** The JSON report, exactly per the contract (../shared/spec/report-format.md). */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
