import { performance } from 'node:perf_hooks';
import { buildInventory } from './adapters/index.ts';
import { runChecks } from './checks/run.ts';
import { toReportEndpoint } from './facts/summary.ts';
import { attachFacts } from './facts/index.ts';
import { SCHEMA_VERSION, type Report } from './core/report.ts';
import { loadProject } from './parse/project.ts';
import { Resolver } from './parse/resolve.ts';
import { detectStack } from './stack/detect.ts';
import { VERSION } from './version.ts';

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
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'vas', version: VERSION },
    mode: 'static',
    target: options.target ?? root,
    stack,
    endpoints: inventory.endpoints.map(toReportEndpoint),
    findings,
    diagnostics: project.diagnostics,
    stats: {
      files: project.files.size,
      endpoints: inventory.endpoints.length,
      durationMs: Math.round(performance.now() - started),
      lines: project.lines,
    },
  };
}
