import { performance } from 'node:perf_hooks';
import { buildInventory } from './adapters/index.ts';
import { runChecks } from './checks/run.ts';
import { type Diagnostic, type Report, SCHEMA_VERSION } from './core/report.ts';
import { attachFacts } from './facts/index.ts';
import { toReportEndpoint } from './facts/summary.ts';
import { loadProject, type Project } from './parse/project.ts';
import { Resolver } from './parse/resolve.ts';
import { detectStack } from './stack/detect.ts';
import { VERSION } from './version.ts';

/** Server frameworks we do not model yet: their routes are missing from the inventory, and the user must know. */
const UNSUPPORTED: Record<string, string> = {
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
};

function coverageWarnings(project: Project, endpoints: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const pkg of project.packages) {
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
  if (endpoints === 0 && project.files.size > 0) {
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
}

/**
 * The static scan: parse once, build one inventory through the framework adapters, attach facts to
 * every endpoint, run every check. Pure of I/O besides reading the project.
 */
export async function scan(root: string, options: ScanOptions = {}): Promise<Report> {
  const started = performance.now();
  const project = loadProject(root, { onProgress: options.onProgress });
  const stack = detectStack(project);
  const resolver = new Resolver(project);
  const inventory = buildInventory(project, resolver);
  const context = attachFacts(inventory, project, resolver);
  const findings = runChecks({ inventory, project, resolver, stack, facts: context });
  const diagnostics = [...project.diagnostics, ...coverageWarnings(project, inventory.endpoints.length)];
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'vas', version: VERSION },
    mode: 'static',
    target: options.target ?? root,
    stack,
    endpoints: inventory.endpoints.map(toReportEndpoint),
    findings,
    diagnostics,
    stats: {
      files: project.files.size,
      endpoints: inventory.endpoints.length,
      durationMs: Math.round(performance.now() - started),
      lines: project.lines,
    },
  };
}
