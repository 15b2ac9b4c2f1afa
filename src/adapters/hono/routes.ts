import type { ChainLink, Endpoint, HandlerRef } from '../../core/endpoint.ts';
import { type Node, unwrap } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { makeHandler } from '../shared/links.ts';
import { honoLinks, isFactoryMember } from './middleware.ts';
import type { RouteEntry } from './mounts.ts';

/**
 * Registered handler arguments, with arrays and spreads opened: `...factory.createHandlers(mw, h)`,
 * `...authChain` (an array of middleware).
 */
export function flattenArgs(resolver: Resolver, file: SourceFile, args: Node[], depth = 0): Node[] {
  const out: Node[] = [];
  for (const raw of args) {
    const a = unwrap(raw) ?? raw;
    if (a.type === 'SpreadElement' && depth < 4) {
      const inner = unwrap(a.argument as Node)!;
      if (inner.type === 'CallExpression' && isFactoryMember(resolver, file, inner.callee as Node, 'createHandlers')) {
        out.push(...flattenArgs(resolver, file, inner.arguments as Node[], depth + 1));
        continue;
      }
      const v = resolver.valueOf(file, inner);
      const arr = v.kind === 'node' ? unwrap(v.node) : null;
      if (arr?.type === 'ArrayExpression' && v.kind === 'node' && v.file === file) {
        out.push(...flattenArgs(resolver, file, arr.elements.filter(Boolean) as Node[], depth + 1));
        continue;
      }
      out.push(inner);
      continue;
    }
    if (a.type === 'ArrayExpression') {
      out.push(...flattenArgs(resolver, file, a.elements.filter(Boolean) as Node[], depth + 1));
      continue;
    }
    out.push(a);
  }
  return out;
}

/** One endpoint: the chain so far, then the route's own middleware, then the handler (its wrappers join the chain). */
export function routeEndpoint(resolver: Resolver, e: RouteEntry, active: ChainLink[]): Endpoint {
  const chain = [...active];
  if (e.openapi) {
    const r = e.openapi;
    for (const m of r.middleware)
      chain.push(...honoLinks(resolver, r.file, m, 'route', { method: e.method, path: e.path }));
    for (const v of r.validated) {
      chain.push({
        name: `openapi request.${v.target === 'body' ? 'body' : v.target}`,
        scope: 'route',
        file: r.file,
        node: v.node,
        fn: null,
        hint: { kind: 'validation', target: v.target, detail: '@hono/zod-openapi route schema' },
      });
    }
  }
  const handlers: HandlerRef[] = [];
  e.args.forEach((arg, i) => {
    if (i < e.args.length - 1) {
      chain.push(...honoLinks(resolver, e.file, arg, 'route', { method: e.method, path: e.path }));
      return;
    }
    const { handler, wrappers } = makeHandler(resolver, e.file, arg);
    chain.push(...wrappers);
    // the handler receives Hono's context `c` (c.req, c.json, c.get('user'))
    if (handler) handlers.push({ ...handler, bindings: { 0: { kind: 'context' } } });
  });
  return { method: e.method, path: e.path, framework: 'hono', file: e.file, node: e.at, chain, handlers };
}
