import { readFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';

export interface PackageInfo {
  /** folder of the package.json, absolute */
  dir: string;
  rel: string;
  name: string | null;
  deps: Set<string>;
  workspaces: string[];
}

export function readPackage(path: string, root: string): PackageInfo | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    return { error: `package.json could not be read: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!json || typeof json !== 'object') return { error: 'package.json is not an object' };
  const pkg = json as Record<string, unknown>;
  const deps = new Set<string>();
  for (const key of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
    const d = pkg[key];
    if (d && typeof d === 'object') for (const name of Object.keys(d)) deps.add(name);
  }
  const ws = pkg.workspaces;
  const workspaces = Array.isArray(ws)
    ? ws.filter((w): w is string => typeof w === 'string')
    : ws && typeof ws === 'object' && Array.isArray((ws as { packages?: unknown }).packages)
      ? (ws as { packages: unknown[] }).packages.filter((w): w is string => typeof w === 'string')
      : [];
  const dir = dirname(path);
  return {
    dir,
    rel: relative(root, dir).split(sep).join('/') || '.',
    name: typeof pkg.name === 'string' ? pkg.name : null,
    deps,
    workspaces,
  };
}

/** The package each folder belongs to: the nearest package.json at or above it, inside `root`; memoised per folder. */
export function nearestPackage(packages: readonly PackageInfo[], root: string): (dir: string) => PackageInfo | null {
  const byDir = new Map(packages.map((p) => [p.dir, p] as const));
  const memo = new Map<string, PackageInfo | null>();
  const lookup = (dir: string): PackageInfo | null => {
    const hit = memo.get(dir);
    if (hit !== undefined) return hit;
    const parent = dirname(dir);
    const result = byDir.get(dir) ?? (parent === dir || !dir.startsWith(root) ? null : lookup(parent));
    memo.set(dir, result);
    return result;
  };
  return lookup;
}
