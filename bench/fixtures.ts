// Compares `scan()` against the hand-written expectations of every fixture app.
//
//   node bench/fixtures.ts                 all apps under test/fixtures/apps plus examples/*
//   node bench/fixtures.ts todo-koa shop   only apps whose directory name contains one of the words
//   node bench/fixtures.ts --verbose       also list the unlabelled findings of every app
//   node bench/fixtures.ts --json          machine-readable result
//
// An app is a directory with an `expected.json`:
//   findings  [{category, method, path}]  must be reported (method/path "*" = an app-wide finding, endpoint null)
//             [{anyOf: [{category, method, path}, ...]}]  must be reported in at least one of these places
//   absent    [{category, method, path}]  must not be reported
//   allowed   [{category, method, path}]  may be reported (not counted either way)
//   endpoints [{method, path}]            must be in the inventory
// Findings the file says nothing about are listed as "unlabelled"; they are not scored.
// Exit code: 0 when every app matches, 1 otherwise.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

interface Expectation {
  category: string;
  method: string;
  path: string;
  note?: string;
}
interface AnyOf {
  anyOf: Expectation[];
  note?: string;
}
interface Expected {
  findings?: (Expectation | AnyOf)[];
  absent?: Expectation[];
  allowed?: Expectation[];
  endpoints?: { method: string; path: string }[];
}
interface ReportFinding {
  category: string;
  ruleId?: string;
  message?: string;
  endpoint: { method: string; path: string } | null;
}
interface ReportLike {
  endpoints: { method: string; path: string }[];
  findings: ReportFinding[];
}
interface AppResult {
  app: string;
  error?: string;
  missingEndpoints: string[];
  missedFindings: string[];
  falsePositives: string[];
  unlabelled: string[];
  counts: { endpoints: number; expectedEndpoints: number; findings: number; expected: number; absent: number };
}

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const filters = args.filter((a) => !a.startsWith('--'));

function appDirs(): string[] {
  const dirs: string[] = [];
  for (const base of ['test/fixtures/apps', 'examples']) {
    const abs = join(root, base);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) {
      const dir = join(abs, name);
      if (existsSync(join(dir, 'expected.json'))) dirs.push(dir);
    }
  }
  return dirs.filter((d) => filters.length === 0 || filters.some((f) => relative(root, d).includes(f)));
}

const key = (e: { category?: string; method: string; path: string }) =>
  `${e.category ? `${e.category} ` : ''}${e.method} ${e.path}`;

function matches(exp: Expectation, f: ReportFinding): boolean {
  if (exp.category !== f.category) return false;
  if (exp.method === '*' && exp.path === '*') return f.endpoint === null;
  return f.endpoint !== null && f.endpoint.method === exp.method && f.endpoint.path === exp.path;
}

function describe(f: ReportFinding): string {
  const where = f.endpoint ? `${f.endpoint.method} ${f.endpoint.path}` : '* * (app-wide)';
  return `${f.category} ${where}${f.ruleId ? `  [${f.ruleId}]` : ''}`;
}

async function loadScan(): Promise<((root: string) => Promise<ReportLike>) | null> {
  const path = join(root, 'src/scan.ts');
  if (!existsSync(path)) return null;
  const mod = (await import(path)) as { scan?: (root: string) => Promise<ReportLike> };
  return typeof mod.scan === 'function' ? mod.scan : null;
}

function compare(app: string, expected: Expected, report: ReportLike): AppResult {
  const inventory = new Set(report.endpoints.map((e) => `${e.method} ${e.path}`));
  const wanted = expected.endpoints ?? [];
  const missingEndpoints = wanted.filter((e) => !inventory.has(`${e.method} ${e.path}`)).map(key);
  const alternatives = (e: Expectation | AnyOf): Expectation[] => ('anyOf' in e ? e.anyOf : [e]);
  const missedFindings = (expected.findings ?? [])
    .filter((exp) => !alternatives(exp).some((alt) => report.findings.some((f) => matches(alt, f))))
    .map((e) =>
      'anyOf' in e
        ? `one of: ${e.anyOf.map((a) => key(a)).join(' | ')}${e.note ? `  -- ${e.note}` : ''}`
        : key(e) + (e.note ? `  -- ${e.note}` : ''),
    );
  const falsePositives: string[] = [];
  for (const exp of expected.absent ?? []) {
    for (const f of report.findings.filter((f) => matches(exp, f))) {
      falsePositives.push(
        `${describe(f)}  -- expected absent: ${exp.note ?? ''}${f.message ? `\n        vas says: ${f.message}` : ''}`,
      );
    }
  }
  const labelled = [
    ...(expected.findings ?? []).flatMap(alternatives),
    ...(expected.absent ?? []),
    ...(expected.allowed ?? []),
  ];
  const unlabelled = report.findings.filter((f) => !labelled.some((exp) => matches(exp, f))).map(describe);
  return {
    app,
    missingEndpoints,
    missedFindings,
    falsePositives,
    unlabelled,
    counts: {
      endpoints: report.endpoints.length,
      expectedEndpoints: wanted.length,
      findings: report.findings.length,
      expected: (expected.findings ?? []).length,
      absent: (expected.absent ?? []).length,
    },
  };
}

const scan = await loadScan();
if (!scan) {
  console.error('bench/fixtures: src/scan.ts does not export scan(root) yet; nothing to compare.');
  process.exit(2);
}

const results: AppResult[] = [];
for (const dir of appDirs()) {
  const app = relative(root, dir);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  try {
    results.push(compare(app, expected, await scan(dir)));
  } catch (err) {
    const e = { missingEndpoints: [], missedFindings: [], falsePositives: [], unlabelled: [] };
    const counts = { endpoints: 0, expectedEndpoints: 0, findings: 0, expected: 0, absent: 0 };
    results.push({ app, error: err instanceof Error ? (err.stack ?? err.message) : String(err), ...e, counts });
  }
}

if (asJson) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const r of results) {
    const ok = !r.error && !r.missingEndpoints.length && !r.missedFindings.length && !r.falsePositives.length;
    const c = r.counts;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${r.app}  endpoints ${c.expectedEndpoints - r.missingEndpoints.length}/${c.expectedEndpoints}` +
        `  findings ${c.expected - r.missedFindings.length}/${c.expected}  false positives ${r.falsePositives.length}/${c.absent}` +
        `  unlabelled ${r.unlabelled.length}`,
    );
    if (r.error) console.log(`     scan threw: ${r.error.split('\n').slice(0, 4).join('\n     ')}`);
    for (const e of r.missingEndpoints) console.log(`     missing endpoint  ${e}`);
    for (const e of r.missedFindings) console.log(`     missed            ${e}`);
    for (const e of r.falsePositives) console.log(`     false positive    ${e}`);
    if (verbose) for (const e of r.unlabelled) console.log(`     unlabelled        ${e}`);
  }
  const sum = (f: (r: AppResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const expectedFindings = sum((r) => r.counts.expected);
  const found = expectedFindings - sum((r) => r.missedFindings.length);
  const expectedEndpoints = sum((r) => r.counts.expectedEndpoints);
  const foundEndpoints = expectedEndpoints - sum((r) => r.missingEndpoints.length);
  console.log(
    `\n${results.length} apps: endpoints ${foundEndpoints}/${expectedEndpoints}, expected findings ${found}/${expectedFindings}, ` +
      `false positives on absent entries ${sum((r) => r.falsePositives.length)}/${sum((r) => r.counts.absent)}, ` +
      `unlabelled findings ${sum((r) => r.unlabelled.length)}, scan errors ${results.filter((r) => r.error).length}`,
  );
}
process.exitCode = results.every(
  (r) => !r.error && !r.missingEndpoints.length && !r.missedFindings.length && !r.falsePositives.length,
)
  ? 0
  : 1;
