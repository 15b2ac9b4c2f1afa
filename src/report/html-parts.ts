import { CATEGORIES } from '../core/category.ts';
import type { Evidence, Finding } from '../core/finding.ts';
import type { Report, ReportEndpoint } from '../core/report.ts';
import { SEVERITIES } from '../core/severity.ts';
import { type Html, html } from './html-escape.ts';
import { docsUrl, entryForFinding } from './rule-catalog.ts';
import { type ReadSource, snippetAt } from './source.ts';
import { countByCategory, countBySeverity } from './summary.ts';

/** The value the endpoint filter matches on: `GET /api/todos/{id}`, or `app-wide`. */
export function endpointKey(ref: { method: string; path: string } | null): string {
  return ref ? `${ref.method} ${ref.path}` : 'app-wide';
}

export function summarySection(report: Report): Html {
  const counts = countBySeverity(report.findings);
  const cards = SEVERITIES.map(
    (
      s,
    ) => html`<button type="button" class="card sev-${s}${counts[s] === 0 ? ' zero' : ''}" data-set-filter="severity" data-value="${s}">
      <b>${counts[s]}</b><span class="badge">${s}</span></button>`,
  );
  const categories = countByCategory(report.findings).map(([c, n]) => {
    const meta = CATEGORIES[c];
    return html`<tr><td><button type="button" class="link" data-set-filter="category" data-value="${c}">${meta.title}</button></td>
      <td>${meta.owasp}</td><td>${meta.cwe}</td><td>${n}</td></tr>`;
  });
  const stack = [
    ...report.stack.frameworks,
    ...report.stack.dataLayers,
    ...report.stack.auth,
    ...report.stack.validation,
    ...report.stack.rateLimit,
  ];
  return html`<section id="summary" aria-label="Summary">
    <div class="cards">${cards}</div>
    ${
      categories.length > 0
        ? html`<table id="categories"><thead><tr><th>Category</th><th>OWASP API Top 10 2023</th><th>CWE</th><th>Findings</th></tr></thead>
      <tbody>${categories}</tbody></table>`
        : html`<p>No findings.</p>`
    }
    <p class="muted">Stack: ${stack.length > 0 ? stack.join(', ') : 'not detected'}</p>
  </section>`;
}

/** A fact from the free-form `facts` bag, shown as short text; the scanner's shape may grow. */
function factText(value: unknown): string {
  if (value === null || value === undefined || value === false || value === '') return 'none';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && !Array.isArray(value)) {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined && v !== false)
      .map(([k, v]) => (typeof v === 'string' ? `${k}: ${v}` : k));
    return parts.length > 0 ? parts.join(', ') : 'none';
  }
  return String(value);
}

function authCell(e: ReportEndpoint): Html {
  const via = (e.facts.auth as { via?: unknown } | undefined)?.via;
  // "none" is only alarming on a route that is not meant to be public
  const cls = e.public && e.auth === 'none' ? 'public' : e.auth;
  return html`<span class="auth-${cls}">${e.auth}</span>${typeof via === 'string' ? html` <span class="muted">(${via})</span>` : ''}`;
}

export function endpointsSection(report: Report): Html {
  const rows = report.endpoints.map((e) => {
    const key = endpointKey(e);
    const n = report.findings.filter((f) => endpointKey(f.endpoint) === key).length;
    const dynamic = Object.keys(e.facts).length === 0;
    return html`<tr data-endpoint="${key}">
      <td><code>${e.method}</code></td>
      <td class="path">${e.path}${e.public ? html`<span class="pill">public</span>` : ''}</td>
      <td>${authCell(e)}</td>
      <td>${dynamic ? '—' : factText(e.facts.validation)}</td>
      <td>${dynamic ? '—' : factText(e.facts.rateLimit)}</td>
      <td>${n > 0 ? html`<button type="button" class="link" data-set-filter="endpoint" data-value="${key}">${n}</button>` : '0'}</td>
    </tr>`;
  });
  return html`<section id="endpoints"><h2>Endpoints (${report.endpoints.length})</h2>
    <table><thead><tr><th>Method</th><th>Path</th><th>Auth</th><th>Validation</th><th>Rate limit</th><th>Findings</th></tr></thead>
    <tbody>${rows}</tbody></table></section>`;
}

function snippetBlock(f: Finding, read: ReadSource): Html {
  if (!f.location) return html``;
  const lines = snippetAt(read, f.location, 3);
  if (!lines) return html`<p class="muted">Source not available in this report.</p>`;
  const width = String(lines.at(-1)?.line ?? 0).length;
  const body = lines.map(
    (l) =>
      html`<span class="${l.flagged ? 'flag' : ''}"><span class="ln">${String(l.line).padStart(width)}  </span>${l.text}</span>\n`,
  );
  return html`<pre class="code"><code>${body}</code></pre>`;
}

function evidenceBlock(e: Evidence): Html {
  const req = [
    `${e.request.method} ${e.request.url}`,
    ...Object.entries(e.request.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
  ];
  if (e.request.body !== undefined) req.push('', e.request.body);
  const res = e.response
    ? [
        `HTTP ${e.response.status}`,
        ...Object.entries(e.response.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
        ...(e.response.body !== undefined ? ['', e.response.body] : []),
      ]
    : null;
  return html`<div class="evidence"><p>${e.description}</p>
    <pre class="request">${req.join('\n')}</pre>
    ${res ? html`<pre class="response">${res.join('\n')}</pre>` : ''}
    ${e.curl ? html`<h4>Reproduce</h4><pre class="curl">${e.curl}</pre>` : ''}</div>`;
}

export function findingArticle(f: Finding, index: number, read: ReadSource, kind: 'check' | 'probe'): Html {
  const entry = entryForFinding(f, kind);
  const where = f.location ? `${f.location.file}:${f.location.line}` : null;
  const standards = [entry.owasp, entry.cwe].filter(Boolean).join(' · ');
  return html`<article class="finding sev-${f.severity}" id="finding-${index + 1}" data-severity="${f.severity}" data-category="${f.category}" data-endpoint="${endpointKey(f.endpoint)}">
    <header><h3><span class="badge">${f.severity}</span>${f.message}</h3>
      <p class="meta"><a href="${docsUrl(entry)}" rel="noopener noreferrer">${f.ruleId}</a> · confidence ${f.confidence}
        ${where ? html` · <code>${where}</code>` : ''} · ${endpointKey(f.endpoint)}${standards ? ` · ${standards}` : ''}</p></header>
    ${snippetBlock(f, read)}
    <h4>Why it matters</h4><p>${entry.description}</p>
    <h4>How to fix</h4><p><strong>${f.fix.summary}</strong></p>
    ${f.fix.steps.length > 0 ? html`<ol>${f.fix.steps.map((s) => html`<li>${s}</li>`)}</ol>` : ''}
    ${f.fix.example ? html`<pre class="example"><code>${f.fix.example}</code></pre>` : ''}
    ${
      f.evidence.length > 0
        ? html`<details open><summary>Evidence (${f.evidence.length} ${f.evidence.length === 1 ? 'request' : 'requests'})</summary>${f.evidence.map(evidenceBlock)}</details>`
        : ''
    }
  </article>`;
}

export function diagnosticsSection(report: Report): Html {
  if (report.diagnostics.length === 0) return html``;
  return html`<section id="diagnostics"><h2>Diagnostics (${report.diagnostics.length})</h2><ul>${report.diagnostics.map(
    (d) =>
      html`<li><code>${d.kind}</code> ${d.file ? html`<code>${d.file}${d.line ? `:${d.line}` : ''}</code> ` : ''}${d.message}</li>`,
  )}</ul></section>`;
}
