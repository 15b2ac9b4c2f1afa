import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalisePath } from '../../src/core/path.ts';
import type { Report } from '../../src/core/report.ts';
import { scan } from '../../src/scan.ts';

/**
 * Every fixture app with an expected.json is scanned by the real scanner: expected endpoints must be in the
 * inventory, expected findings reported, and "absent" ones (secure look-alikes) not reported.
 * Known gaps are marked `fails`: the test then asserts that the gap still exists, so fixing one forces
 * the list to be updated (a gap can neither hide nor silently reappear).
 */
interface Expectation {
  category: string;
  method: string;
  path: string;
}
/** "reported in at least one of these places" (e.g. app-wide, or on each route behind the helper) */
interface AnyOf {
  anyOf: Expectation[];
}
interface Expected {
  findings?: (Expectation | AnyOf)[];
  absent?: Expectation[];
  endpoints?: { method: string; path: string }[];
}

const ROOT = join(import.meta.dirname, '..', '..');
const DIRS = [
  ...readdirSync(join(ROOT, 'test/fixtures/apps')).map((d) => join('test/fixtures/apps', d)),
  ...readdirSync(join(ROOT, 'examples')).map((d) => join('examples', d)),
].filter((d) => existsSync(join(ROOT, d, 'expected.json')));

/** `<app dir name>:<aspect>` pairs that do not hold yet (see CHANGELOG "Known gaps"). */
const KNOWN_GAPS = new Set<string>(
  JSON.parse(readFileSync(join(import.meta.dirname, 'known-gaps.json'), 'utf8')) as string[],
);

const matches = (report: Report, x: Expectation) =>
  report.findings.some(
    (f) =>
      f.category === x.category &&
      (x.method === '*'
        ? f.endpoint === null
        : f.endpoint !== null &&
          f.endpoint.method === x.method &&
          normalisePath(f.endpoint.path) === normalisePath(x.path)),
  );

describe.each(DIRS)('%s', (dir) => {
  const name = dir.split('/').pop()!;
  const expected = JSON.parse(readFileSync(join(ROOT, dir, 'expected.json'), 'utf8')) as Expected;
  let report: Report | undefined;
  const get = async () => (report ??= await scan(join(ROOT, dir)));
  const test = (aspect: string) => (KNOWN_GAPS.has(`${name}:${aspect}`) ? it.fails : it);

  test('endpoints')('finds every expected endpoint', async () => {
    const r = await get();
    const have = new Set(r.endpoints.map((e) => `${e.method} ${normalisePath(e.path)}`));
    const missing = (expected.endpoints ?? []).filter((e) => !have.has(`${e.method} ${normalisePath(e.path)}`));
    expect(missing).toEqual([]);
  });
  test('findings')('reports every expected finding', async () => {
    const r = await get();
    const missed = (expected.findings ?? []).filter((x) =>
      'anyOf' in x ? !x.anyOf.some((a) => matches(r, a)) : !matches(r, x),
    );
    expect(missed).toEqual([]);
  });
  test('absent')('stays silent on the secure look-alikes', async () => {
    const r = await get();
    expect((expected.absent ?? []).filter((x) => matches(r, x))).toEqual([]);
  });
});
