import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Endpoint, Inventory } from '../../src/core/endpoint.ts';
import type { Report } from '../../src/core/report.ts';
import { loadProject } from '../../src/parse/project.ts';
import { Resolver } from '../../src/parse/resolve.ts';
import { locationOf } from '../../src/parse/source.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

export function fixture(name: string): string {
  return join(ROOT, 'test', 'fixtures', 'adapters', name);
}

export function app(name: string): string {
  return join(ROOT, 'test', 'fixtures', 'apps', name);
}

/** The report's endpoints keyed `METHOD path`, with the location line and the chain names. */
export function byRoute(report: Report): Map<string, { file: string; line: number; middleware: string[] }> {
  const out = new Map<string, { file: string; line: number; middleware: string[] }>();
  for (const e of report.endpoints) {
    out.set(`${e.method} ${e.path}`, {
      file: e.location?.file ?? '',
      line: e.location?.line ?? 0,
      middleware: (e.facts.middleware as string[]) ?? [],
    });
  }
  return out;
}

/** Runs one adapter directly, for what the report does not show (hints, fn, statements). */
export function inventory(
  dir: string,
  extract: (p: ReturnType<typeof loadProject>, r: Resolver) => Inventory,
): Inventory {
  const project = loadProject(dir);
  return extract(project, new Resolver(project));
}

export function find(inv: Inventory, method: string, path: string): Endpoint {
  const e = inv.endpoints.find((x) => x.method === method && x.path === path);
  if (!e) throw new Error(`no ${method} ${path} in ${inv.endpoints.map((x) => `${x.method} ${x.path}`).join(', ')}`);
  return e;
}

export function lineOf(e: { file: Endpoint['file']; node: Endpoint['node'] }): number {
  return locationOf(e.file, e.node).line;
}

/** The real CLI, as a user runs it. */
export function cliScan(dir: string): Report {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'vas.js'), 'scan', dir, '--format', 'json', '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`vas exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Report;
}
