import type { Report } from '../core/report.ts';
import type { ReporterOptions } from './options.ts';

// Placeholder: issue 5 replaces this reporter.
export function formatPrompt(_report: Report, _options: ReporterOptions): string {
  throw new Error('the prompt format is not available yet');
}
