import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS, type CheckId } from '../../src/checks/index.ts';
import type { Finding } from '../../src/core/finding.ts';
import { normalisePath } from '../../src/core/path.ts';
import type { Report } from '../../src/core/report.ts';
import { scan } from '../../src/scan.ts';

/**
 * One case of a check's table: a tiny virtual project (path → source), scanned by the real scanner.
 * `endpoint` is `'METHOD /path'` (any param style: `:id`, `[id]`, `{id}`).
 * - invalid case: the check must report on that endpoint (or app-wide when `endpoint` is left out).
 * - valid case: the check must report nothing; when `endpoint` is given, the scanner must also have
 *   found that endpoint, so a case cannot pass only because its route was never seen.
 * A `package.json` in `files` is used as is; otherwise one is written with every imported package as a dependency.
 */
export interface Case {
  name: string;
  files: Record<string, string>;
  endpoint?: string;
  /** invalid cases: the finding must also say this (what the user reads is part of the rule) */
  message?: RegExp;
}

export interface CaseTable {
  invalid: Case[];
  valid: Case[];
}

const METHOD_PATH = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ALL) (\/\S*)$/;

/** Declares one vitest test per case (ESLint RuleTester style); throws at collection time on a malformed table. */
export function runCheckCases(checkId: CheckId, table: CaseTable): void {
  const check = CHECKS[checkId];
  if (!check) throw new Error(`Unknown check "${checkId}"`);
  const endpointOnly = !!check.endpoint && !check.app;
  const seen = new Set<string>();
  for (const [kind, cases] of [
    ['invalid', table.invalid],
    ['valid', table.valid],
  ] as const) {
    for (const c of cases) {
      if (seen.has(c.name)) throw new Error(`${checkId}: duplicate case name "${c.name}"`);
      seen.add(c.name);
      if (Object.keys(c.files).length === 0) throw new Error(`${checkId}: case "${c.name}" has no files`);
      if (c.endpoint !== undefined && !METHOD_PATH.test(c.endpoint))
        throw new Error(`${checkId}: case "${c.name}": endpoint must be 'METHOD /path', got "${c.endpoint}"`);
      if (kind === 'invalid' && endpointOnly && c.endpoint === undefined) {
        throw new Error(
          `${checkId}: invalid case "${c.name}" needs an expected endpoint ('METHOD /path'): the check reports per endpoint`,
        );
      }
      if (kind === 'invalid' && !check.endpoint && c.endpoint !== undefined) {
        throw new Error(`${checkId}: invalid case "${c.name}" names an endpoint, but the check only reports app-wide`);
      }
    }
  }
  const ruleId = `vas/${checkId}`;

  describe(checkId, () => {
    describe('invalid', () => {
      for (const c of table.invalid) {
        it(c.name, async () => {
          const report = await scanCase(c.files);
          const mine = report.findings.filter((f) => f.ruleId === ruleId);
          const hit = mine.some(
            (f) =>
              (c.endpoint === undefined ? f.endpoint === null : onEndpoint(f, c.endpoint)) &&
              (c.message === undefined || c.message.test(f.message)),
          );
          expect(
            hit,
            `expected ${ruleId} ${c.endpoint ? `on ${c.endpoint}` : 'app-wide'}${c.message ? ` saying ${c.message}` : ''}\n${describeReport(report)}`,
          ).toBe(true);
        });
      }
    });
    describe('valid', () => {
      for (const c of table.valid) {
        it(c.name, async () => {
          const report = await scanCase(c.files);
          if (c.endpoint !== undefined) {
            const [method, path] = splitEndpoint(c.endpoint);
            const found = report.endpoints.some((e) => e.method === method && normalisePath(e.path) === path);
            expect(
              found,
              `the scanner did not find ${c.endpoint}, so this valid case proves nothing\n${describeReport(report)}`,
            ).toBe(true);
          }
          const mine = report.findings.filter((f) => f.ruleId === ruleId);
          expect(mine.map(findingLine), `expected no ${ruleId} finding\n${describeReport(report)}`).toEqual([]);
        });
      }
    });
  });
}

/** Writes the files into a fresh temp dir, scans it, and removes the dir. */
export async function scanCase(files: Record<string, string>): Promise<Report> {
  const root = mkdtempSync(join(tmpdir(), 'vas-check-'));
  try {
    const all = { ...files };
    all['package.json'] ??= JSON.stringify(
      { name: 'case', private: true, type: 'module', dependencies: inferDependencies(files) },
      null,
      2,
    );
    for (const [rel, text] of Object.entries(all)) {
      const abs = join(root, rel);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
    return await scan(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;
const BUILTINS = new Set(builtinModules);

/** Every bare package imported or required by the sources, as `{ name: '*' }`. */
export function inferDependencies(files: Record<string, string>): Record<string, string> {
  const deps: Record<string, string> = {};
  for (const [path, text] of Object.entries(files)) {
    if (!/\.(?:[cm]?[jt]sx?)$/.test(path)) continue;
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1]!;
      if (
        spec.startsWith('.') ||
        spec.startsWith('/') ||
        spec.startsWith('node:') ||
        spec.startsWith('@/') ||
        spec.startsWith('~/')
      )
        continue;
      const parts = spec.split('/');
      const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
      if (BUILTINS.has(name)) continue;
      deps[name] = '*';
    }
  }
  return deps;
}

function splitEndpoint(endpoint: string): [string, string] {
  const m = METHOD_PATH.exec(endpoint)!;
  return [m[1]!, normalisePath(m[2]!)];
}

function onEndpoint(f: Finding, endpoint: string): boolean {
  const [method, path] = splitEndpoint(endpoint);
  return f.endpoint !== null && f.endpoint.method === method && normalisePath(f.endpoint.path) === path;
}

function findingLine(f: Finding): string {
  return `${f.ruleId} ${f.endpoint ? `${f.endpoint.method} ${normalisePath(f.endpoint.path)}` : 'app-wide'}: ${f.message}`;
}

/** What vas saw, for failure messages: endpoints (with auth) and findings. */
export function describeReport(r: Report): string {
  const eps = r.endpoints.map(
    (e) => `  ${e.method} ${normalisePath(e.path)} auth=${e.auth}${e.public ? ' public' : ''}`,
  );
  const fs = r.findings.map((f) => `  ${findingLine(f)}`);
  return `endpoints:\n${eps.join('\n') || '  (none)'}\nfindings:\n${fs.join('\n') || '  (none)'}`;
}
