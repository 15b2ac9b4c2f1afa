import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../src/checks/index.ts';
import { CATEGORIES } from '../src/core/category.ts';
import { ruleId } from '../src/core/rule.ts';
import { scan } from '../src/scan.ts';

/**
 * Docs are tests (typescript-eslint docs.test.mts, ESLint check-rule-examples.js): every check has
 * docs/rules/<id>.md with the required headings, its Category/Severity/OWASP/CWE line matches `meta`,
 * and its examples run through the real scanner — the ✗ example yields the check's finding, the ✓ one does not.
 */

const DOCS = join(import.meta.dirname, '..', 'docs', 'rules');
const HEADINGS = [
  '## What it finds',
  '## Why it matters',
  '## Vulnerable',
  '## Secure',
  '## How to fix',
  '## When it does not apply',
  '## References',
];

/**
 * Secure examples the scanner still flags. Each entry is a scanner bug, not a doc bug: the case runs as
 * `it.fails`, so it turns red (and must be removed from here) once the scanner is fixed.
 */
const KNOWN_SCANNER_BUGS: Record<string, string> = {};

interface Page {
  text: string;
  sections: Map<string, string>;
}

function readPage(id: string): Page {
  const text = readFileSync(join(DOCS, `${id}.md`), 'utf8');
  const sections = new Map<string, string>();
  let current: string | null = null;
  let inFence = false;
  for (const line of text.split('\n')) {
    if (/^```/.test(line)) inFence = !inFence;
    if (!inFence && line.startsWith('## ')) {
      current = line.trim();
      sections.set(current, '');
    } else if (current) sections.set(current, `${sections.get(current)}${line}\n`);
  }
  return { text, sections };
}

/** The fenced ```js / ```ts examples of a section. */
function examples(section: string): { lang: 'js' | 'ts'; code: string }[] {
  return [...section.matchAll(/^```(js|ts)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1] as 'js' | 'ts',
    code: m[2]!,
  }));
}

/** Bare package names an example imports (`@prisma/client`, `express-rate-limit`; not `node:` built-ins). */
function importedPackages(code: string): string[] {
  const names = new Set<string>();
  for (const m of code.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const spec = (m[1] ?? m[2])!;
    if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:')) continue;
    const parts = spec.split('/');
    names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
  }
  return [...names];
}

const tempDirs: string[] = [];
afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

/** Writes the example as a one-file app (app.js or app.ts) with a package.json declaring what it imports, and scans it. */
async function scanExample(example: { lang: 'js' | 'ts'; code: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'vas-docs-'));
  tempDirs.push(dir);
  const dependencies: Record<string, string> = { express: '^4.21.0' };
  for (const name of importedPackages(example.code)) dependencies[name] ??= '*';
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'docs-example', private: true, type: 'module', dependencies }, null, 2),
  );
  writeFileSync(join(dir, example.lang === 'ts' ? 'app.ts' : 'app.js'), example.code);
  return scan(dir);
}

describe.each(Object.entries(CHECKS))('docs/rules/%s.md', (id, check) => {
  const path = join(DOCS, `${id}.md`);

  it('exists with the required headings, in order', () => {
    expect(existsSync(path), `missing ${path}`).toBe(true);
    const { text } = readPage(id);
    expect(text.split('\n')[0]).toBe(`# ${id}`);
    const positions = HEADINGS.map((h) => text.search(new RegExp(`^${h}$`, 'm')));
    for (const [i, h] of HEADINGS.entries()) expect(positions[i], `heading "${h}"`).toBeGreaterThan(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('has a Category/Severity/OWASP/CWE line that matches meta', () => {
    const { meta } = check;
    const owasp = meta.owasp ?? CATEGORIES[meta.category].owasp;
    const cwe = meta.cwe ?? CATEGORIES[meta.category].cwe;
    expect(readPage(id).text).toContain(
      `\nCategory: ${meta.category} · Severity: ${meta.severity} · OWASP ${owasp} · ${cwe}\n`,
    );
  });

  it('links the OWASP API Top 10 2023 entry and the CWE', () => {
    const { meta } = check;
    const owasp = meta.owasp ?? CATEGORIES[meta.category].owasp;
    const cwe = meta.cwe ?? CATEGORIES[meta.category].cwe;
    const refs = readPage(id).sections.get('## References') ?? '';
    const n = Number(owasp.match(/^API(\d+):2023$/)![1]);
    expect(refs).toMatch(new RegExp(`https://owasp\\.org/API-Security/editions/2023/en/0xa${n}-`));
    expect(refs).toContain(`https://cwe.mitre.org/data/definitions/${cwe.replace('CWE-', '')}.html`);
  });

  it('has exactly one example under Vulnerable and one under Secure', () => {
    const page = readPage(id);
    expect(examples(page.sections.get('## Vulnerable') ?? '')).toHaveLength(1);
    expect(examples(page.sections.get('## Secure') ?? '')).toHaveLength(1);
  });

  it(`the Vulnerable example is reported as ${ruleId(id)}`, async () => {
    const [example] = examples(readPage(id).sections.get('## Vulnerable') ?? '');
    const report = await scanExample(example!);
    const hits = report.findings.filter((f) => f.ruleId === ruleId(id));
    expect(hits.length, `findings: ${report.findings.map((f) => f.ruleId).join(', ') || 'none'}`).toBeGreaterThan(0);
    expect(hits[0]!.category).toBe(check.meta.category);
  });

  const secureCase = KNOWN_SCANNER_BUGS[`${id}:secure`] ? it.fails : it;
  secureCase(`the Secure example is not reported as ${ruleId(id)}`, async () => {
    const [example] = examples(readPage(id).sections.get('## Secure') ?? '');
    const report = await scanExample(example!);
    expect(report.endpoints.length, 'the example must have routes for the check to judge').toBeGreaterThan(0);
    const hits = report.findings.filter((f) => f.ruleId === ruleId(id));
    expect(hits.map((f) => f.message)).toEqual([]);
  });
});

describe('docs/rules/README.md', () => {
  it('lists every check once', () => {
    const index = readFileSync(join(DOCS, 'README.md'), 'utf8');
    for (const [id, check] of Object.entries(CHECKS)) {
      const row = index.split('\n').filter((l) => l.includes(`[${id}](./${id}.md)`));
      expect(row, id).toHaveLength(1);
      expect(row[0]).toContain(`| ${check.meta.category} | ${check.meta.severity} |`);
    }
  });
});
