import type { Report } from '../core/report.ts';
import { formatHtml } from './html.ts';
import { formatJson } from './json.ts';
import { formatMarkdown } from './markdown.ts';
import type { ReporterOptions } from './options.ts';
import { formatPrompt } from './prompt.ts';
import { formatSarif } from './sarif.ts';
import { formatText } from './text.ts';

export type Reporter = (report: Report, options: ReporterOptions) => string;

/** Reporters are pure functions of the report. */
export const REPORTERS = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  html: formatHtml,
  markdown: formatMarkdown,
  prompt: formatPrompt,
} satisfies Record<string, Reporter>;

export type FormatId = keyof typeof REPORTERS;

export function isFormat(value: string): value is FormatId {
  return Object.hasOwn(REPORTERS, value);
}
