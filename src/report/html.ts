import type { Report } from '../core/report.ts';
import type { ReporterOptions } from './options.ts';

// Placeholder: issue 5 replaces this reporter.
export function formatHtml(_report: Report, _options: ReporterOptions): string {
  throw new Error('the html format is not available yet');
}
