import type { ChainLink, Endpoint, HandlerRef } from '../../core/endpoint.ts';
import type { HttpMethod } from '../../core/finding.ts';
import { type Node, nameOf, type T, unwrap, walk } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { displayName, resolveCallable, returnedFunction } from '../shared/links.ts';
import { throughIdentifier } from '../shared/values.ts';
import { HTTP_METHODS, REQUEST_RESPONSE } from './routes.ts';

const METHODS = new Set<string>(HTTP_METHODS);

/** `{ GET: listTodos, POST: createTodo }`: HTTP method keys whose values are functions. */
interface MethodEntry {
  method: HttpMethod;
  /** the property, for the location */
  node: Node;
  file: SourceFile;
  value: Node;
}

function methodEntries(resolver: Resolver, file: SourceFile, expr: Node | null | undefined): MethodEntry[] | null {
  const at = throughIdentifier(resolver, file, expr);
  if (!at) return null;
  const n = at.node;
  const f = at.file;
  if (n?.type !== 'ObjectExpression' || n.properties.length === 0) return null;
  const out: MethodEntry[] = [];
  for (const p of n.properties) {
    if (p.type !== 'Property') return null;
    const key = nameOf(p.key as Node)?.toUpperCase();
    if (!key || !METHODS.has(key)) return null;
    out.push({ method: key as HttpMethod, node: p as Node, file: f, value: p.value as Node });
  }
  return out;
}

function endpointsOf(resolver: Resolver, entries: MethodEntry[], path: string, before: ChainLink[]): Endpoint[] {
  return entries.map((m) => {
    const { fn, wrappers } = resolveCallable(resolver, m.file, m.value);
    const links: ChainLink[] = wrappers.map((w) => ({
      name: displayName(w.file, w.node),
      scope: 'route',
      file: w.file,
      node: w.node,
      fn: w.fn,
    }));
    const handlers: HandlerRef[] = fn ? [{ ...fn, bindings: REQUEST_RESPONSE }] : [];
    return {
      method: m.method,
      path,
      framework: 'nextjs',
      file: m.file,
      node: m.node,
      chain: [...before, ...links],
      handlers,
    };
  });
}

/**
 * A pages/api handler that dispatches through a method map:
 * `export default methodRouter({ GET: list, POST: create })`, or inside the handler
 * `const handlers = { GET: …, POST: … }; return handlers[req.method](req, res)`. One endpoint per key,
 * located at the key; the router function (or the handler code before the lookup) joins the chain.
 */
export function methodMapEndpoints(
  resolver: Resolver,
  file: SourceFile,
  expr: Node,
  path: string,
  before: ChainLink[],
): Endpoint[] | null {
  const call = unwrap(expr);
  if (call?.type === 'CallExpression') {
    for (const arg of call.arguments) {
      const entries = methodEntries(resolver, file, arg as Node);
      if (!entries) continue;
      const router = resolver.functionOf(resolver.valueOf(file, call.callee as Node));
      const inner = router ? returnedFunction(router.fn) : null;
      const link: ChainLink = {
        name: displayName(file, call),
        scope: 'route',
        file,
        node: call,
        fn: router ? { file: router.file, fn: inner ?? router.fn } : null,
      };
      return endpointsOf(resolver, entries, path, [...before, link]);
    }
  }
  return null;
}

/** `handlers[req.method]` inside a handler function: the map and the lookup. */
export function lookupInHandler(
  resolver: Resolver,
  handler: { file: SourceFile; fn: Node },
  path: string,
  before: ChainLink[],
): Endpoint[] | null {
  const fn = handler.fn as T.Function;
  const first = fn.params?.[0] as Node | undefined;
  const req = first?.type === 'Identifier' ? first.name : null;
  if (!req) return null;
  let entries: MethodEntry[] | null = null;
  walk(fn.body as Node, (node) => {
    if (entries) return false;
    if (node.type !== 'MemberExpression' || !node.computed) return;
    const prop = unwrap(node.property as Node);
    const isMethod =
      prop?.type === 'MemberExpression' &&
      nameOf(prop.property as Node) === 'method' &&
      unwrap(prop.object as Node)?.type === 'Identifier' &&
      (unwrap(prop.object as Node) as T.IdentifierReference).name === req;
    if (isMethod) entries = methodEntries(resolver, handler.file, node.object as Node);
  });
  if (!entries) return null;
  // the handler's own code runs first (a session check before the lookup)
  const outer: ChainLink = {
    name: displayName(handler.file, fn as Node),
    scope: 'route',
    file: handler.file,
    node: fn as Node,
    fn: handler,
  };
  return endpointsOf(resolver, entries, path, [...before, outer]);
}
