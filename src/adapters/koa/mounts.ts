import { joinPaths } from '../../core/path.ts';
import { calleeName, type Node, unwrap } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { arrayElements, staticString } from '../shared/values.ts';
import type { RouterDef, Routers } from './registrations.ts';

/** What one `use(...)` argument is. */
export type Used =
  | { kind: 'router'; router: RouterDef; prefix: string }
  | { kind: 'app'; app: RouterDef; prefix: string }
  | { kind: 'middleware'; file: SourceFile; node: Node; prefix: string }
  | { kind: 'skip' };

/**
 * The arguments of a `use(...)`: `router.routes()`, `mount('/v1', x)`, `compose([a, b])`, arrays, plain
 * middleware. `router.allowedMethods()` answers OPTIONS/405 after the routes and is not part of any chain.
 */
export function flatten(
  resolver: Resolver,
  rs: Routers,
  file: SourceFile,
  args: Node[],
  prefix = '',
  depth = 0,
): Used[] {
  const out: Used[] = [];
  for (const arg of args) {
    const els = arrayElements(resolver, file, arg);
    if (els) {
      for (const e of els) out.push(...flatten(resolver, rs, e.file, [e.node], prefix, depth + 1));
      continue;
    }
    const subs = [...rs.routesOf(file, arg), ...combinedRouters(resolver, rs, file, arg)];
    if (subs.length) {
      for (const router of subs) out.push({ kind: 'router', router, prefix });
      continue;
    }
    const n = unwrap(arg);
    if (n?.type === 'CallExpression' && depth < 6) {
      if (calleeName(n) === 'allowedMethods') {
        out.push({ kind: 'skip' });
        continue;
      }
      const v = resolver.valueOf(file, n.callee as Node);
      if (v.kind === 'external' && v.pkg === 'koa-mount') {
        const a = n.arguments as Node[];
        const p = a.length > 1 ? staticString(resolver, file, a[0]) : null;
        out.push(...flatten(resolver, rs, file, [a[a.length - 1]!], joinPaths(prefix, p ?? ''), depth + 1));
        continue;
      }
      if (v.kind === 'external' && v.pkg === 'koa-compose' && n.arguments[0]) {
        out.push(...flatten(resolver, rs, file, [n.arguments[0] as Node], prefix, depth + 1));
        continue;
      }
    }
    const app = rs.appOf(file, arg);
    if (app) {
      out.push({ kind: 'app', app, prefix });
      continue;
    }
    out.push({ kind: 'middleware', file, node: arg, prefix });
  }
  return out;
}

/** koa-combine-routers: `const router = combineRouters(a, b)` then `app.use(router())`. */
function combinedRouters(resolver: Resolver, rs: Routers, file: SourceFile, arg: Node): RouterDef[] {
  const n = unwrap(arg);
  if (n?.type !== 'CallExpression') return [];
  let f = file;
  let combine = unwrap(n.callee as Node);
  if (combine?.type === 'Identifier') {
    const v = resolver.valueOf(file, combine);
    if (v.kind !== 'node') return [];
    combine = unwrap(v.node);
    f = v.file;
  }
  if (combine?.type !== 'CallExpression') return [];
  const cv = resolver.valueOf(f, combine.callee as Node);
  if (cv.kind !== 'external' || cv.pkg !== 'koa-combine-routers') return [];
  const out: RouterDef[] = [];
  for (const a of combine.arguments as Node[]) {
    for (const e of arrayElements(resolver, f, a) ?? [{ file: f, node: a }]) {
      const r = rs.of(e.file, e.node);
      if (r?.kind === 'router') out.push(r);
    }
  }
  return out;
}
