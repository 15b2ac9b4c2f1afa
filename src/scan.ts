import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { type Diagnostic, type Report, SCHEMA_VERSION } from './core/report.ts';
import { severityRank } from './core/severity.ts';
import { table } from './core/table.ts';
import { groupSources } from './parse/groups.ts';
import type { PackageInfo } from './parse/packages.ts';
import { planProject } from './parse/project.ts';
import { type GroupResult, scanGroup } from './scan-group.ts';
import { scanGroupsInThreads } from './scan-threads.ts';
import { stackOf } from './stack/detect.ts';
import { VERSION } from './version.ts';

/** Server frameworks we do not model yet: their routes are missing from the inventory, and the user must know. */
const UNSUPPORTED = table<string>({
  'routing-controllers': 'routing-controllers',
  tsoa: 'tsoa',
  '@hapi/hapi': 'hapi',
  hapi: 'hapi',
  restify: 'restify',
  '@adonisjs/core': 'AdonisJS',
  sails: 'Sails',
  '@loopback/core': 'LoopBack',
  '@trpc/server': 'tRPC',
  '@apollo/server': 'Apollo GraphQL',
  'graphql-yoga': 'GraphQL Yoga',
  elysia: 'Elysia',
  '@feathersjs/feathers': 'Feathers',
});

/**
 * Below this much source, threads cost more than they save (a thread takes ~0.3 s to load the scanner and
 * its code starts cold).
 */
const THREADS_MIN_BYTES = 2_000_000;
/**
 * With fewer CPUs, one thread is faster for a one-off scan: V8 already runs garbage collection and
 * compilation on the second CPU, and every extra thread compiles the scanner's code again
 * (measured on 2 vCPUs for the 216k-line benchmark: 3.0–3.6 s on one thread, 3.0–4.1 s on two).
 */
const THREADS_MIN_CPUS = 4;
const THREADS_MAX = 8;

function autoThreads(bytes: number): number {
  const cpus = availableParallelism();
  return bytes >= THREADS_MIN_BYTES && cpus >= THREADS_MIN_CPUS ? Math.min(cpus, THREADS_MAX) : 1;
}

function coverageWarnings(packages: PackageInfo[], files: number, endpoints: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const pkg of packages) {
    for (const dep of pkg.deps) {
      const name = UNSUPPORTED[dep];
      if (!name || seen.has(name)) continue;
      seen.add(name);
      out.push({
        kind: 'warning',
        message: `${name} is not supported yet: routes it defines are not in the inventory and were not checked`,
        file: `${pkg.rel === '.' ? '' : `${pkg.rel}/`}package.json`,
      });
    }
  }
  if (endpoints === 0 && files > 0) {
    out.push({
      kind: 'warning',
      message: 'no API routes recognised (supported: Express, Fastify, Hono, Koa, NestJS, Next.js)',
    });
  }
  return out;
}

export interface ScanOptions {
  /** called while files are parsed (done, total) */
  onProgress?: (done: number, total: number) => void;
  /** the target as the user typed it (defaults to root) */
  target?: string;
  /**
   * Threads for a monorepo whose packages can be scanned apart, the calling thread included (default: one per
   * CPU, up to 8, when the project is large and the machine has 4 CPUs or more). 1 scans on the calling thread
   * alone. The report is the same either way.
   */
  threads?: number;
}

/**
 * The static scan: parse once, build one inventory through the framework adapters, attach facts to
 * every endpoint, run every check. A monorepo is scanned per group of packages that import each other
 * (src/parse/groups.ts), on worker threads when it is large. Pure of I/O besides reading the project.
 */
export async function scan(root: string, options: ScanOptions = {}): Promise<Report> {
  const started = performance.now();
  const plan = planProject(root);
  const texts = new Map<string, string>();
  const textOf = (abs: string): string => {
    let text = texts.get(abs);
    if (text === undefined) {
      try {
        text = readFileSync(abs, 'utf8');
      } catch {
        return ''; // the loader reads it again and reports why it cannot
      }
      texts.set(abs, text);
    }
    return text;
  };
  const groups = groupSources(plan, textOf);
  const total = plan.sources.length;
  const bytes = groups.reduce((n, g) => n + g.bytes, 0);
  const threads = Math.min(groups.length, options.threads ?? autoThreads(bytes));

  let results: GroupResult[];
  if (threads > 1) {
    ({ results } = await scanGroupsInThreads(plan.root, groups, threads, {
      texts,
      onProgress: (done) => options.onProgress?.(done, total),
    }));
  } else {
    let before = 0;
    results = groups.map((group) => {
      const r = scanGroup(plan.root, group, {
        texts,
        onProgress: options.onProgress && ((done) => options.onProgress!(before + done, total)),
      });
      before += group.sources.length;
      return r;
    });
  }
  options.onProgress?.(total, total);

  const endpoints = results.flatMap((r) => r.endpoints);
  const files = results.reduce((n, r) => n + r.files, 0);
  // each group's findings are sorted by severity; keep that order across groups
  const findings = results
    .flatMap((r) => r.findings)
    .map((f, i) => [f, i] as const)
    .sort((a, b) => severityRank(a[0].severity) - severityRank(b[0].severity) || a[1] - b[1])
    .map(([f]) => f);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'vas', version: VERSION },
    mode: 'static',
    target: options.target ?? root,
    stack: stackOf(results.flatMap((r) => r.stackPackages)),
    endpoints,
    findings,
    diagnostics: [
      ...plan.diagnostics,
      ...results.flatMap((r) => r.diagnostics),
      ...coverageWarnings(plan.packages, files, endpoints.length),
    ],
    stats: {
      files,
      endpoints: endpoints.length,
      durationMs: Math.round(performance.now() - started),
      lines: results.reduce((n, r) => n + r.lines, 0),
    },
  };
}
