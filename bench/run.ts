// `npm run bench`: how fast is `vas scan` on a large codebase, next to the floor (parsing alone) and a
// peer (ESLint with eslint-plugin-security)?
//
//   node bench/run.ts                        generate bench/.corpus if missing, then measure everything
//   node bench/run.ts --only parse,scan      a subset of phases (parse, lazy, scan, scan1, scanmt, eslint)
//   node bench/run.ts --runs 5               timed runs per phase (median is reported; default 3)
//   node bench/run.ts --eslint-runs 3        ESLint is slow: one timed run unless asked (default 1)
//   node bench/run.ts --services 80          regenerate the corpus at another size
//   node bench/run.ts --json                 print the results as JSON
//
// Every phase runs in its own child process, so its peak RSS (process.resourceUsage().maxRSS) is its
// own. Within a phase: one warm-up run, then the timed runs, with a GC in between; the median counts.
// A script, not a test: the numbers depend on the machine and on whatever else it is doing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CORPUS_VERSION, DEFAULT_SERVICES, generateCorpus } from './generate.ts';

type Phase = 'parse' | 'lazy' | 'scan' | 'scan1' | 'scanmt' | 'eslint';

interface PhaseResult {
  phase: Phase;
  ok: boolean;
  message?: string;
  files: number;
  lines: number;
  bytes: number;
  runsMs: number[];
  warmup: boolean;
  maxRssMB: number;
  extra?: Record<string, number | string>;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = join(here, '..');
const corpusDir = join(here, '.corpus');
/** typescript-eslint needs TypeScript < 6.1; the repo's devDependency is TypeScript 7 (no JS parser API). */
const eslintDepsDir = join(repoRoot, 'node_modules/.cache/vas-bench-eslint');
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

// ---------------------------------------------------------------------------------------------------
// corpus

function listSources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listSources(path, out);
    else if (SOURCE.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

function ensureCorpus(services: number, force: boolean) {
  const meta = join(corpusDir, 'corpus.json');
  let current: { version?: number; services?: number } = {};
  try {
    current = JSON.parse(readFileSync(meta, 'utf8'));
  } catch {
    // missing or unreadable: regenerate
  }
  if (!force && current.version === CORPUS_VERSION && current.services === services) return;
  process.stderr.write(
    `generating the benchmark corpus (${services} services) into ${relative(repoRoot, corpusDir)}/ ...\n`,
  );
  const stats = generateCorpus({ out: corpusDir, services });
  process.stderr.write(`  ${stats.files} files, ${stats.lines} lines, ${(stats.bytes / 1e6).toFixed(1)} MB\n`);
}

// ---------------------------------------------------------------------------------------------------
// child side: one phase, printed as one JSON line

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function timed(runs: number, warmup: boolean, fn: () => unknown | Promise<unknown>): Promise<number[]> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (warmup) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc?.();
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

async function runPhase(phase: Phase, runs: number): Promise<PhaseResult> {
  const files = listSources(corpusDir);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const lines = texts.reduce((n, t) => n + t.split('\n').length, 0);
  const base = { phase, files: files.length, lines, bytes, warmup: true };
  const rss = () => Math.round(process.resourceUsage().maxRSS / 1024);

  if (phase === 'parse' || phase === 'lazy') {
    const oxc = await import('oxc-parser');
    if (!oxc.rawTransferSupported()) {
      return {
        ...base,
        ok: false,
        message: 'oxc raw transfer needs Node >= 22 on a 64-bit little-endian machine',
        runsMs: [],
        maxRssMB: rss(),
      };
    }
    // the scanner's own options (src/parse/project.ts) for the eager path
    // (both options are experimental and missing from the published typings)
    const options = (phase === 'parse'
      ? { experimentalRawTransfer: true, preserveParens: false }
      : { experimentalLazy: true }) as unknown as Parameters<typeof oxc.parseSync>[2];
    let errors = 0;
    let nodes = 0;
    const runsMs = await timed(runs, true, () => {
      errors = 0;
      nodes = 0;
      for (let i = 0; i < files.length; i++) {
        const result = oxc.parseSync(files[i]!, texts[i]!, options) as {
          program: { body: unknown[] };
          errors: unknown[];
          dispose?: () => void;
        };
        nodes += result.program.body.length; // materialise the program (eager: whole tree; lazy: top level)
        errors += result.errors.length;
        result.dispose?.();
      }
    });
    return {
      ...base,
      ok: true,
      runsMs,
      maxRssMB: rss(),
      extra: { 'files with parse errors': errors, 'top-level statements': nodes },
    };
  }

  if (phase === 'scan' || phase === 'scan1' || phase === 'scanmt') {
    const scanPath = join(repoRoot, 'src/scan.ts');
    if (!existsSync(scanPath)) {
      return {
        ...base,
        ok: false,
        message: 'src/scan.ts does not exist yet (the scanner API is not in this checkout)',
        runsMs: [],
        maxRssMB: rss(),
      };
    }
    const mod = (await import(pathToFileURL(scanPath).href)) as {
      scan?: (
        root: string,
        options?: { threads?: number },
      ) => Promise<{
        endpoints: unknown[];
        findings: unknown[];
        diagnostics?: { kind: string }[];
        stats: { files: number; lines?: number };
      }>;
    };
    if (typeof mod.scan !== 'function') {
      return {
        ...base,
        ok: false,
        message: 'src/scan.ts does not export scan(root, options) yet',
        runsMs: [],
        maxRssMB: rss(),
      };
    }
    texts.length = 0; // the scanner reads the files itself
    let last: Awaited<ReturnType<NonNullable<typeof mod.scan>>> | undefined;
    const runsMs = await timed(runs, true, async () => {
      // `scan`: as the CLI runs it (worker threads on 4+ CPUs); `scan1`: one thread; `scanmt`: one thread per CPU
      const threads = phase === 'scan1' ? 1 : phase === 'scanmt' ? os.availableParallelism() : undefined;
      last = await mod.scan!(corpusDir, threads === undefined ? {} : { threads });
    });
    const diagnostics = last?.diagnostics ?? [];
    return {
      ...base,
      ok: true,
      runsMs,
      maxRssMB: rss(),
      extra: {
        'files scanned': last?.stats.files ?? 0,
        endpoints: last?.endpoints.length ?? 0,
        findings: last?.findings.length ?? 0,
        'parse errors': diagnostics.filter((d) => d.kind === 'parse-error').length,
      },
    };
  }

  // eslint
  texts.length = 0;
  const { ESLint } = await import('eslint');
  // the plugin ships no typings; load it through require so the import stays untyped on purpose
  const security = createRequire(import.meta.url)('eslint-plugin-security') as { configs: { recommended: object } };
  const requireTs = createRequire(join(eslintDepsDir, 'package.json'));
  const tsParser = requireTs('@typescript-eslint/parser');
  const eslint = new ESLint({
    cwd: corpusDir,
    overrideConfigFile: true,
    cache: false,
    overrideConfig: [
      { files: ['**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts}'] },
      { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
      { files: ['**/*.{js,jsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
      security.configs.recommended,
    ] as never,
  });
  let problems = 0;
  let fatal = 0;
  const runsMs = await timed(runs, false, async () => {
    const results = await eslint.lintFiles(files);
    problems = results.reduce((n, r) => n + r.messages.length, 0);
    fatal = results.filter((r) => r.messages.some((m) => m.fatal)).length;
  });
  return {
    ...base,
    warmup: false,
    ok: true,
    runsMs,
    maxRssMB: rss(),
    extra: { problems, 'files with parse errors': fatal },
  };
}

// ---------------------------------------------------------------------------------------------------
// parent side

function ensureEslintDeps(): string | null {
  if (existsSync(join(eslintDepsDir, 'node_modules/@typescript-eslint/parser/package.json'))) return null;
  process.stderr.write(
    'installing typescript-eslint + typescript@5.9 for the ESLint baseline into node_modules/.cache/vas-bench-eslint/\n' +
      "  (ESLint's default parser cannot parse TypeScript, and typescript-eslint needs TypeScript < 6.1 while this repo uses 7)\n",
  );
  mkdirSync(eslintDepsDir, { recursive: true });
  writeFileSync(
    join(eslintDepsDir, 'package.json'),
    JSON.stringify({ name: 'vas-bench-eslint-deps', private: true }, null, 2),
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const res = spawnSync(
    npm,
    ['install', '--prefix', eslintDepsDir, '--no-audit', '--no-fund', 'typescript-eslint@^8.74.0', 'typescript@~5.9.3'],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return res.status === 0 ? null : 'could not install typescript-eslint (offline?); the ESLint phase is skipped';
}

function runChild(phase: Phase, runs: number): PhaseResult {
  const res = spawnSync(
    process.execPath,
    ['--expose-gc', fileURLToPath(import.meta.url), '--child', phase, '--runs', String(runs)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
  );
  const line = res.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as PhaseResult;
  } catch {
    return {
      phase,
      ok: false,
      message: `child exited with ${res.status}${res.signal ? ` (${res.signal})` : ''}`,
      files: 0,
      lines: 0,
      bytes: 0,
      runsMs: [],
      warmup: false,
      maxRssMB: 0,
    };
  }
}

function versionOf(pkg: string, from = repoRoot): string {
  try {
    return (createRequire(join(from, 'package.json'))(`${pkg}/package.json`) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function printTable(results: PhaseResult[]) {
  const label: Record<Phase, string> = {
    parse: 'oxc parse, raw transfer (floor)',
    lazy: 'oxc parse, lazy (no AST built)',
    scan: 'vas scan (full static scan, as the CLI runs it)',
    scan1: 'vas scan, one thread (--threads 1)',
    scanmt: `vas scan, ${os.availableParallelism()} threads (--threads ${os.availableParallelism()})`,
    eslint: 'ESLint + security (recommended)',
  };
  const header = ['phase', 'median', 'files/s', 'lines/s', 'MB/s', 'peak RSS', 'runs'];
  const rows = results.map((r) => {
    if (!r.ok) return [label[r.phase], `skipped: ${r.message}`];
    const s = median(r.runsMs) / 1000;
    return [
      label[r.phase],
      `${s.toFixed(s < 10 ? 2 : 1)} s`,
      fmt(r.files / s),
      fmt(r.lines / s),
      fmt(r.bytes / 1e6 / s, 1),
      `${fmt(r.maxRssMB)} MB`,
      `${r.warmup ? '1+' : ''}${r.runsMs.length}`,
    ];
  });
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.filter((r) => r.length > 2).map((r) => (r[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells.length === 2
      ? `${cells[0]!.padEnd(widths[0]!)}  ${cells[1]}`
      : cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

async function main() {
  if (flag('--child')) {
    const phase = option('--child') as Phase;
    let result: PhaseResult;
    try {
      result = await runPhase(phase, Number(option('--runs') ?? 3));
    } catch (err) {
      process.stderr.write(`${phase} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      const message = `threw ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
      result = { phase, ok: false, message, files: 0, lines: 0, bytes: 0, runsMs: [], warmup: false, maxRssMB: 0 };
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }

  const services = Number(option('--services') ?? DEFAULT_SERVICES);
  ensureCorpus(services, flag('--regenerate') || option('--services') !== undefined);
  const runs = Number(option('--runs') ?? 3);
  const eslintRuns = Number(option('--eslint-runs') ?? 1);
  const only = (option('--only') ?? 'parse,lazy,scan,scan1,scanmt,eslint').split(',') as Phase[];

  const results: PhaseResult[] = [];
  for (const phase of only) {
    if (phase === 'eslint') {
      const problem = ensureEslintDeps();
      if (problem) {
        results.push({
          phase,
          ok: false,
          message: problem,
          files: 0,
          lines: 0,
          bytes: 0,
          runsMs: [],
          warmup: false,
          maxRssMB: 0,
        });
        continue;
      }
    }
    process.stderr.write(`running ${phase} ...\n`);
    results.push(runChild(phase, phase === 'eslint' ? eslintRuns : runs));
  }

  if (flag('--json')) {
    console.log(JSON.stringify({ node: process.version, cpus: os.cpus().length, results }, null, 2));
    return;
  }

  const corpus = JSON.parse(readFileSync(join(corpusDir, 'corpus.json'), 'utf8')) as {
    endpoints: number;
    files: number;
    lines: number;
    bytes: number;
    services: number;
    seed: number;
  };
  const cpu = os.cpus();
  console.log('');
  console.log(
    `vas benchmark: ${fmt(corpus.files)} files, ${fmt(corpus.lines)} lines, ${(corpus.bytes / 1e6).toFixed(1)} MB ` +
      `(${relative(process.cwd(), corpusDir) || '.'}, ${corpus.services} services, seed ${corpus.seed}, generated ${statSync(join(corpusDir, 'corpus.json')).mtime.toISOString().slice(0, 16)})`,
  );
  console.log(
    `Node ${process.version} on ${os.type()} ${os.release()} ${os.arch()}; ${cpu.length} x ${cpu[0]?.model.trim() ?? 'unknown CPU'}; ` +
      `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM; load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  console.log(
    `oxc-parser ${versionOf('oxc-parser')}, eslint ${versionOf('eslint')}, eslint-plugin-security ${versionOf('eslint-plugin-security')}, ` +
      `@typescript-eslint/parser ${versionOf('@typescript-eslint/parser', eslintDepsDir)} with typescript ${versionOf('typescript', eslintDepsDir)}`,
  );
  console.log('');
  printTable(results);
  console.log('');

  const byPhase = new Map(results.filter((r) => r.ok).map((r) => [r.phase, median(r.runsMs)]));
  const parse = byPhase.get('parse');
  const scan = byPhase.get('scan');
  const scan1 = byPhase.get('scan1');
  const scanmt = byPhase.get('scanmt');
  const eslint = byPhase.get('eslint');
  if (parse && scan)
    console.log(
      `scan / parse  = ${(scan / parse).toFixed(1)}x  (the scanner's cost relative to parsing the same files)`,
    );
  if (parse && scan1) console.log(`scan1 / parse = ${(scan1 / parse).toFixed(1)}x  (the same, on one thread)`);
  if (parse && scanmt)
    console.log(`scanmt / parse = ${(scanmt / parse).toFixed(1)}x  (the same, one thread per CPU, threads kept warm)`);
  if (scan && eslint)
    console.log(
      `ESLint / scan = ${(eslint / scan).toFixed(1)}x  (ESLint + eslint-plugin-security takes this many times as long as vas scan)`,
    );
  if (scanmt && eslint) console.log(`ESLint / scanmt = ${(eslint / scanmt).toFixed(1)}x`);
  for (const r of results.filter((r) => r.ok && r.extra)) {
    console.log(
      `${r.phase}: ${Object.entries(r.extra!)
        .map(([k, v]) => `${k} ${typeof v === 'number' ? fmt(v) : v}`)
        .join(', ')}`,
    );
  }
  const scanResult = results.find((r) => r.phase === 'scan' && r.ok);
  if (scanResult?.extra) {
    console.log(
      `vas inventory: ${fmt(Number(scanResult.extra.endpoints))} endpoints; the generator wrote ${fmt(corpus.endpoints)} routes`,
    );
  }
  if (scanResult?.extra && Number(scanResult.extra['files scanned']) !== scanResult.files) {
    console.log(`note: vas scanned ${scanResult.extra['files scanned']} files, the other phases ${scanResult.files}`);
  }
  console.log(
    'Parse phases hold every source in memory and time parsing only; scan and ESLint read the files themselves.',
  );
  console.log(
    "The parse floor and ESLint run on one thread (ESLint's default, no --concurrency). vas scan runs as the CLI does: one\n" +
      'thread below 4 CPUs, else worker threads for a large monorepo. Worker threads stay warm between timed runs, as in a\n' +
      'long-lived process (the MCP server); a one-off CLI run starts them cold. Per-run times (ms):',
  );
  for (const r of results.filter((r) => r.ok))
    console.log(`  ${r.phase}: ${r.runsMs.map((m) => Math.round(m)).join(', ')}`);
}

await main();
