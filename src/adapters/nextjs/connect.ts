import type { ChainLink, Endpoint, HandlerRef } from '../../core/endpoint.ts';
import type { EndpointMethod } from '../../core/finding.ts';
import { joinPaths } from '../../core/path.ts';
import { type Node, nameOf, stringValue, type T, unwrap, walk } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { makeHandler, makeLink } from '../shared/links.ts';
import { REQUEST_RESPONSE } from './routes.ts';

const METHODS = new Set(['get', 'head', 'post', 'put', 'patch', 'delete', 'options', 'all']);
const CHAINING = new Set([...METHODS, 'use']);

/**
 * pages/api handlers built with next-connect: `createRouter().use(auth).get(h)` + `export default router.handler()`
 * (v1), or `nc().use(auth).get(h)` + `export default handler` (v0). Each method registration is an endpoint,
 * with the `use()` middleware registered before it. Null when the export is not a next-connect router.
 */
export function connectEndpoints(resolver: Resolver, file: SourceFile, expr: Node, path: string): Endpoint[] | null {
  if (!file.text.includes('next-connect')) return null;
  const creation = routerOf(resolver, file, expr, 0);
  if (!creation) return null;
  const regs: { method: string; call: T.CallExpression; at: Node }[] = [];
  walk(file.program, (node) => {
    if (node.type !== 'CallExpression') return;
    const callee = unwrap(node.callee as Node);
    if (callee?.type !== 'MemberExpression') return;
    const m = nameOf(callee.property as Node);
    if (!m || !CHAINING.has(m)) return;
    if (routerOf(resolver, file, callee.object as Node, 0) !== creation) return;
    regs.push({ method: m, call: node, at: callee.property as Node });
  });
  regs.sort((a, b) => a.at.start - b.at.start);
  const out: Endpoint[] = [];
  const active: { link: ChainLink; under: string }[] = [];
  for (const r of regs) {
    const args = r.call.arguments as Node[];
    const sub = stringValue(args[0]);
    const fns = sub !== null ? args.slice(1) : args;
    const full = joinPaths(path, sub ?? '/');
    if (r.method === 'use') {
      for (const f of fns) for (const link of makeLink(resolver, file, f, 'router')) active.push({ link, under: full });
      continue;
    }
    const chain = active.filter((a) => full.startsWith(a.under)).map((a) => a.link);
    const handlers: HandlerRef[] = [];
    fns.forEach((f, i) => {
      if (i < fns.length - 1) {
        chain.push(...makeLink(resolver, file, f, 'route'));
        return;
      }
      const { handler, wrappers } = makeHandler(resolver, file, f);
      chain.push(...wrappers);
      if (handler) handlers.push({ ...handler, bindings: REQUEST_RESPONSE });
    });
    out.push({
      method: r.method.toUpperCase() as EndpointMethod,
      path: full,
      framework: 'nextjs',
      file,
      node: r.at,
      chain,
      handlers,
    });
  }
  return out;
}

/** The next-connect creation call an expression leads to (through `.handler()`, method chains and variables). */
function routerOf(resolver: Resolver, file: SourceFile, expr: Node, depth: number): Node | null {
  const n = unwrap(expr);
  if (!n || depth > 12) return null;
  if (n.type === 'CallExpression') {
    const callee = unwrap(n.callee as Node);
    const v = resolver.valueOf(file, n.callee as Node);
    if (v.kind === 'external' && v.pkg === 'next-connect') return n;
    if (callee?.type === 'MemberExpression') {
      const m = nameOf(callee.property as Node);
      if (m && (CHAINING.has(m) || m === 'handler' || m === 'run'))
        return routerOf(resolver, file, callee.object as Node, depth + 1);
    }
    return null;
  }
  if (n.type === 'Identifier') {
    const v = resolver.valueOf(file, n);
    if (v.kind === 'node' && v.file === file && v.node !== n) return routerOf(resolver, file, v.node, depth + 1);
  }
  return null;
}
