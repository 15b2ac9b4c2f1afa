import { dirname, resolve, sep } from 'node:path';
import { nearestPackage, type PackageInfo } from './packages.ts';
import type { ProjectPlan } from './project.ts';
import { readPathConfigs } from './tsconfig.ts';

/** Sources that can be analysed without the rest of the project: no import leads out of the group. */
export interface SourceGroup {
  sources: string[];
  /** the schemas of the group's packages */
  schemas: string[];
  /** the group's own packages, and the packages above them (a workspace root's dependencies count for all) */
  packages: PackageInfo[];
  /** source text size, to balance groups across threads */
  bytes: number;
}

/** `import … from 'x'`, `export … from 'x'`, `import 'x'`, `import('x')`, `require('x')` */
const SPECIFIER = /(?:\bfrom|\bimport\s*\(?|\brequire\s*\()\s*['"]([^'"\n]{1,300})['"]/g;

/**
 * Splits a monorepo into groups of workspace packages that never import each other, so that each group can be
 * scanned on its own (one after the other, or on worker threads) with exactly the result a scan of the whole
 * would give. Two packages share a group when one declares the other as a dependency, imports it by name or
 * by a relative path, or reaches it through a tsconfig `paths` alias. Files outside every package form their
 * own group. A project with one package is one group.
 *
 * The imports are found with a regular expression over the text, before parsing: a specifier inside a string
 * or comment can only merge groups that did not need merging, never split ones that did.
 */
export function groupSources(plan: ProjectPlan, textOf: (abs: string) => string): SourceGroup[] {
  const { root, packages, sources } = plan;
  const bytesOf = (list: string[]) => list.reduce((n, abs) => n + textOf(abs).length, 0);
  if (packages.length <= 1) return [{ sources, schemas: plan.schemas, packages, bytes: bytesOf(sources) }];

  // package index per folder, the nearest package.json above it; `loose` for folders outside every package
  const loose = packages.length;
  const indexOf = new Map(packages.map((p, i) => [p, i] as const));
  const nearest = nearestPackage(packages, root);
  const ownerOfDir = (dir: string): number => {
    const p = nearest(dir);
    return p ? indexOf.get(p)! : loose;
  };

  const parent = Array.from({ length: packages.length + 1 }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const byName = new Map<string, number>();
  packages.forEach((p, i) => {
    if (p.name === null) return;
    const other = byName.get(p.name);
    if (other !== undefined) union(i, other);
    else byName.set(p.name, i);
  });
  packages.forEach((p, i) => {
    for (const dep of p.deps) {
      const other = byName.get(dep);
      if (other !== undefined) union(i, other);
    }
  });

  // a `paths` alias applies to every file under its config's folder, and leads to its targets' packages
  for (const cfg of readPathConfigs([root, ...packages.map((p) => p.dir)])) {
    const users = [ownerOfDir(cfg.dir), ...packages.flatMap((p, i) => (p.dir.startsWith(cfg.dir + sep) ? [i] : []))];
    for (const [, targets] of cfg.paths) {
      for (const target of targets) {
        const dir = resolve(cfg.base, target.replace(/\*.*$/, ''));
        if (!dir.startsWith(root)) continue;
        const to = ownerOfDir(dir);
        for (const u of users) union(u, to);
      }
    }
  }

  const ownerOfFile = new Map<string, number>();
  for (const abs of sources) {
    const from = ownerOfDir(dirname(abs));
    ownerOfFile.set(abs, from);
    for (const m of textOf(abs).matchAll(SPECIFIER)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) {
        const target = resolve(dirname(abs), spec);
        if (target.startsWith(root)) union(from, ownerOfDir(target));
        continue;
      }
      const parts = spec.split('/');
      const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
      const to = byName.get(name);
      if (to !== undefined) union(from, to);
    }
  }

  const groups = new Map<number, SourceGroup>();
  for (const abs of sources) {
    const key = find(ownerOfFile.get(abs)!);
    let g = groups.get(key);
    if (!g) {
      g = { sources: [], schemas: [], packages: [], bytes: 0 };
      groups.set(key, g);
    }
    g.sources.push(abs);
    g.bytes += textOf(abs).length;
  }
  for (const [key, g] of groups) {
    const members = packages.filter((_, i) => find(i) === key);
    g.packages = packages.filter((p) => members.some((m) => m === p || m.dir.startsWith(p.dir + sep)));
    // a schema belongs to its package; one above every package (a root prisma/ folder) to all of them
    g.schemas = plan.schemas.filter((s) => {
      const owner = ownerOfDir(dirname(s));
      return owner === loose || g.packages.includes(packages[owner]!);
    });
  }
  // in the order of their first file: the same project always gives the same groups in the same order
  return [...groups.values()];
}
