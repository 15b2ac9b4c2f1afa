import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.ts';
import { formatMarkdown } from '../../src/report/markdown.ts';
import { loadReport } from './helpers.ts';

const md = (report: Report) => formatMarkdown(report, { color: false });
const findingRows = (text: string) =>
  text.split('\n').filter((l) => /^\| \S+ (critical|high|medium|low|info) \| \[/u.test(l));
/** Cell separators: pipes not escaped with a backslash. */
const separators = (line: string) => (line.match(/(?<!\\)\|/g) ?? []).length;

describe('markdown reporter', () => {
  it('summarises counts, categories and one row per finding, most severe first', () => {
    const text = md(loadReport('static'));
    expect(text.startsWith('## vas: 9 findings (3 critical, 3 high, 2 medium, 1 low)\n')).toBe(true);
    expect(text).toContain('| 3 | 3 | 2 | 1 | 0 |');
    expect(text).toContain('| Broken object-level authorization (IDOR) | API1:2023 | 2 |');
    const rows = findingRows(text);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toContain('critical');
    expect(rows[8]).toContain('low');
    expect(rows[1]).toBe(
      '| 🔴 critical | [bola-missing-ownership-check](https://github.com/vas-scanner/vas/blob/main/docs/rules/bola-missing-ownership-check.md) | `src/routes/todos.ts:13` | GET /api/todos/{id} returns a todo by id without checking that it belongs to the caller | Scope the query to the caller |',
    );
  });

  it('says so when there is nothing to report', () => {
    const text = md({ ...loadReport('static'), findings: [] });
    expect(text).toBe(
      '## vas: no findings ✅\n\nstatic scan of test/fixtures/reports/todo-api: 6 endpoints in 6 files\n\n',
    );
  });

  it('keeps hostile strings inert: no raw HTML, no links, no broken table cells', () => {
    const text = md(loadReport('hostile'));
    const rows = findingRows(text);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(separators(row)).toBe(6);
    // outside code spans nothing can open a tag or a link
    const prose = text.replace(/(`+)[^`]*?\1/g, '');
    expect(prose).not.toMatch(/<[a-z/]/i);
    expect(prose).not.toMatch(/(?<!\\)\[click(?<!\\)\]\(/);
    expect(text).not.toContain('\n# heading');
  });

  it('stays under the size GitHub accepts for a comment, and says what it left out', () => {
    const base = loadReport('static');
    const many: Report = {
      ...base,
      findings: Array.from({ length: 2000 }, (_, i) => ({ ...base.findings[i % base.findings.length]! })),
    };
    const text = md(many);
    expect(text.length).toBeLessThan(65_536);
    expect(text).toMatch(/_\d+ more not shown here; see the SARIF or HTML report/);
    expect(findingRows(text).length).toBeGreaterThan(100);
  });
});
