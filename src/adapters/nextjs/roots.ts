import { basename, dirname, join, relative, sep } from 'node:path';
import { normalisePath } from '../../core/path.ts';
import { type Node, propertyValue, stringValue, unwrap } from '../../parse/ast.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';

/** A Next.js application: the folder that holds `app/`, `pages/` (or `src/app`, `src/pages`) and middleware.ts. */
export interface NextRoot {
  dir: string;
  /** `basePath` from next.config, prefixed to every route */
  basePath: string;
}

/** Where a file sits in a Next.js app, when it is a route. */
export type RouteFile =
  | { kind: 'app'; root: string; file: SourceFile; path: string }
  | { kind: 'pages'; root: string; file: SourceFile; path: string };

const ROUTE_FILE = /^route\.(?:[cm]?[jt]s|[jt]sx)$/;
const CONFIG_FILE = /^next\.config\.(?:[cm]?[jt]s)$/;
const TEST_FILE = /\.(?:test|spec)\.[cm]?[jt]sx?$|(?:^|\/)__tests__\//;

/**
 * The folders that are Next.js apps: a package.json depending on `next`, or a next.config file. When the
 * scanned folder has neither (a partial checkout), any file importing from `next` makes the scan root one.
 */
export function nextRoots(project: Project): Map<string, { inferred: boolean }> {
  const roots = new Map<string, { inferred: boolean }>();
  for (const p of project.packages) if (p.deps.has('next')) roots.set(p.dir, { inferred: false });
  for (const f of project.files.values())
    if (CONFIG_FILE.test(basename(f.abs))) roots.set(dirname(f.abs), { inferred: false });
  if (roots.size === 0) {
    for (const f of project.files.values()) {
      if (/from\s+['"]next(?:\/[\w/-]+)?['"]|require\(\s*['"]next/.test(f.text)) {
        roots.set(project.root, { inferred: true });
        break;
      }
    }
  }
  return roots;
}

/** Classifies a file as an App Router route file or a pages/api route, with its URL path (without basePath). */
export function routeFileOf(roots: Map<string, { inferred: boolean }>, file: SourceFile): RouteFile | null {
  if (TEST_FILE.test(file.rel)) return null;
  const root = [...roots.keys()].filter((r) => file.abs.startsWith(r + sep)).sort((a, b) => b.length - a.length)[0];
  if (!root) return null;
  const segs = relative(root, file.abs).split(sep);
  // the app/pages folder sits at the root or under src/; a root inferred from imports may be higher up
  const start = findStart(segs, roots.get(root)!.inferred);
  if (!start) return null;
  const appRoot = join(root, ...segs.slice(0, start.index - (start.src ? 1 : 0)));
  const rest = segs.slice(start.index + 1);
  const name = rest[rest.length - 1]!;
  if (start.kind === 'app') {
    if (!ROUTE_FILE.test(name)) return null;
    const path = appRouterPath(rest.slice(0, -1));
    return path === null ? null : { kind: 'app', root: appRoot, file, path };
  }
  if (rest[0] !== 'api') return null;
  const parts = [...rest.slice(0, -1), name.replace(/\.(?:[cm]?[jt]s|[jt]sx)$/, '')];
  if (parts.some((p) => p.startsWith('_'))) return null;
  if (parts[parts.length - 1] === 'index') parts.pop();
  return { kind: 'pages', root: appRoot, file, path: normalisePath(`/${parts.join('/')}`) };
}

function findStart(segs: string[], anywhere: boolean): { kind: 'app' | 'pages'; index: number; src: boolean } | null {
  for (let i = 0; i < segs.length - 1; i++) {
    const s = segs[i]!;
    if (s !== 'app' && s !== 'pages') continue;
    const src = i > 0 && segs[i - 1] === 'src';
    if (!anywhere && !(i === 0 || (i === 1 && src))) continue;
    return { kind: s, index: i, src };
  }
  return null;
}

/**
 * App Router folders → URL: route groups `(x)` and parallel slots `@x` add nothing, `[id]` is a parameter,
 * `[...slug]`/`[[...slug]]` catch-alls; a private folder `_x` (and all below it) is not routed.
 */
export function appRouterPath(folders: string[]): string | null {
  const out: string[] = [];
  for (const raw of folders) {
    if (raw.startsWith('_')) return null;
    if (raw.startsWith('@')) continue;
    if (/^\(.*\)$/.test(raw)) continue;
    // intercepting routes `(.)photo`, `(..)(..)photo` keep the segment after the marker
    const seg = raw.replace(/^(?:\(\.{1,3}\))+/, '').replace(/%5F/gi, '_');
    if (seg) out.push(seg);
  }
  return normalisePath(`/${out.join('/')}`);
}

/** `basePath` from next.config.{js,mjs,ts}: `export default { basePath: '/docs' }`, `module.exports = withX({ … })`. */
export function basePathOf(project: Project, resolver: Resolver, dir: string): string {
  for (const f of project.files.values()) {
    if (dirname(f.abs) !== dir || !CONFIG_FILE.test(basename(f.abs))) continue;
    let v = resolver.exportOf(f, 'default');
    for (let i = 0; i < 4 && v.kind === 'node'; i++) {
      const n = unwrap(v.node);
      if (n?.type === 'ObjectExpression') {
        const bp = stringValue(propertyValue(n, 'basePath'));
        return bp ?? '';
      }
      // plugins wrap the config: withBundleAnalyzer(nextConfig), withSentryConfig(config, opts)
      if (n?.type === 'CallExpression' && n.arguments[0]) v = resolver.valueOf(v.file, n.arguments[0] as Node);
      else if (
        n &&
        (n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration')
      )
        return '';
      else break;
    }
  }
  return '';
}
