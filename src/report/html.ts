import { createHash } from 'node:crypto';
import { CATEGORIES } from '../core/category.ts';
import type { Report } from '../core/report.ts';
import { SEVERITIES } from '../core/severity.ts';
import { CSS, SCRIPT } from './html-assets.ts';
import { Html, html } from './html-escape.ts';
import { diagnosticsSection, endpointKey, endpointsSection, findingArticle, summarySection } from './html-parts.ts';
import type { ReporterOptions } from './options.ts';
import { ruleKindOf } from './rule-catalog.ts';
import { readerFor } from './source.ts';
import { countByCategory, scopeLine, sortFindings } from './summary.ts';

function cspHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source).digest('base64')}'`;
}

/**
 * `default-src 'none'` forbids every network request; the one stylesheet and one script are allowed by hash,
 * so nothing injected through the report's strings could run or load.
 */
const CSP = [
  "default-src 'none'",
  `style-src ${cspHash(CSS)}`,
  `script-src ${cspHash(SCRIPT)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * One self-contained HTML file: summary by severity and category, the endpoint inventory, every finding with
 * its code, why it matters, the fix, and for probe findings the evidence and a curl repro; filterable by
 * severity, category and endpoint.
 */
export function formatHtml(report: Report, options: ReporterOptions): string {
  const read = readerFor(options.root);
  const findings = sortFindings(report.findings);
  const endpointKeys = [...new Set(findings.map((f) => endpointKey(f.endpoint)))].sort();
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>vas report: ${report.target}</title>
<style>${new Html(CSS)}</style>
</head>
<body>
<main>
<header><h1>vas report</h1><p class="muted">${scopeLine(report)} · vas ${report.tool.version} · ${report.stats.durationMs} ms</p></header>
${summarySection(report)}
${endpointsSection(report)}
<section id="findings"><h2>Findings (${findings.length})</h2>
<div class="filters" role="search">
  <label>Severity <select id="f-severity"><option value="">all</option>${SEVERITIES.map((s) => html`<option value="${s}">${s}</option>`)}</select></label>
  <label>Category <select id="f-category"><option value="">all</option>${countByCategory(findings).map(([c]) => html`<option value="${c}">${CATEGORIES[c].title}</option>`)}</select></label>
  <label>Endpoint <select id="f-endpoint"><option value="">all</option>${endpointKeys.map((k) => html`<option value="${k}">${k}</option>`)}</select></label>
  <output id="f-count" aria-live="polite">${findings.length} of ${findings.length} findings shown</output>
</div>
<p id="f-none" class="muted" hidden>No finding matches these filters.</p>
${findings.map((f, i) => findingArticle(f, i, read, ruleKindOf(report)))}
</section>
${diagnosticsSection(report)}
</main>
<script>${new Html(SCRIPT)}</script>
</body>
</html>
`;
  return page.value;
}
