import type { ChainLink, Endpoint, HandlerRef } from '../../core/endpoint.ts';
import { joinPaths } from '../../core/path.ts';
import { memberPath, type Node, nameOf, stringValue, type T, unwrap, walk } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { makeHandler } from '../shared/links.ts';
import { connectEndpoints } from './connect.ts';
import { type Branch, dispatchOf } from './dispatch.ts';
import { wrapperHint } from './hints.ts';
import { lookupInHandler, methodMapEndpoints } from './method-map.ts';
import { delegatesToHono, REQUEST_RESPONSE } from './routes.ts';

/** The default export of a pages/api file: the statement (for the location) and the exported expression. */
export function defaultExport(file: SourceFile): { at: Node; expr: Node } | null {
  for (const st of file.program.body as Node[]) {
    if (st.type === 'ExportDefaultDeclaration') return { at: st, expr: st.declaration as Node };
    if (st.type === 'ExportNamedDeclaration' && !st.source) {
      for (const s of st.specifiers as T.ExportSpecifier[]) {
        if (nameOf(s.exported as Node) === 'default') return { at: st, expr: s.local as Node };
      }
    }
    // CommonJS pages: module.exports = handler
    if (st.type === 'ExpressionStatement') {
      const e = unwrap(st.expression as Node);
      if (
        e?.type === 'AssignmentExpression' &&
        e.left.type === 'MemberExpression' &&
        nameOf(e.left.property as Node) === 'exports'
      ) {
        const obj = e.left.object as Node;
        if (obj.type === 'Identifier' && obj.name === 'module') return { at: st, expr: e.right as Node };
      }
    }
  }
  return null;
}

/**
 * A branch that hands the request on, `if (req.method === 'POST') return createOrder(req, res)`, where
 * `createOrder = withAuth(async (req, res) => …)`: the delegate is the endpoint's handler and its wrappers are
 * links of the chain, as if it had been exported for that method.
 */
function delegateOf(
  resolver: Resolver,
  handler: HandlerRef,
  branch: Branch,
): { handler: HandlerRef; wrappers: ChainLink[] } | null {
  const params = (handler.fn as T.Function).params.map((p) => (p.type === 'Identifier' ? p.name : null));
  if (!params[0] || !params[1]) return null;
  const calls: T.CallExpression[] = [];
  for (const st of branch.own) {
    const e = unwrap(
      st.type === 'ReturnStatement'
        ? (st.argument as Node | null)
        : st.type === 'ExpressionStatement'
          ? st.expression
          : null,
    );
    if (e?.type === 'CallExpression') calls.push(e);
  }
  const passes = calls.filter(
    (c) =>
      c.arguments.length === 2 &&
      c.arguments.every((a, i) => {
        const u = unwrap(a as Node);
        return u?.type === 'Identifier' && u.name === params[i];
      }),
  );
  if (passes.length !== 1) return null;
  const { handler: inner, wrappers } = makeHandler(resolver, handler.file, passes[0]!.callee as Node);
  if (!inner || inner.fn === handler.fn) return null;
  return { handler: { ...inner, bindings: REQUEST_RESPONSE }, wrappers: hinted(resolver, wrappers) };
}

/** Wrapper links with the hint of the package that provides them (next-auth's `withAuth`, …). */
function hinted(resolver: Resolver, wrappers: ChainLink[]): ChainLink[] {
  return wrappers.map((w) => {
    const hint = wrapperHint(resolver, w.file, w.node);
    return hint ? { ...w, hint } : w;
  });
}

/** For a catch-all route file (`[...path].ts`, `[[...id]].ts`), the route's path without its catch-all segment. */
function catchAllBase(file: SourceFile, path: string): { base: string; optional: boolean } | null {
  const m = /(\[)?\[\.\.\.(\w+)\]\]?\.[cm]?[jt]sx?$/.exec(file.rel);
  if (!m) return null;
  const tail = `/{${m[2]}}`;
  return path.endsWith(tail) ? { base: path.slice(0, -tail.length) || '/', optional: !!m[1] } : null;
}

/** `pages/api/auth/[action].ts`: the route's last segment is one dynamic segment; its name and the path above it. */
function singleSegment(file: SourceFile, path: string): { base: string; name: string } | null {
  // (`\w` leaves catch-alls out: `[...slug]` and `[[...slug]]` are read by catchAllBase)
  const m = /\[(\w+)\]\.[cm]?[jt]sx?$/.exec(file.rel);
  if (!m) return null;
  const tail = `/{${m[1]}}`;
  return path.endsWith(tail) ? { base: path.slice(0, -tail.length) || '/', name: m[1]! } : null;
}

/**
 * The local that holds a dynamic segment's value in the handler: `const action = queryParam(req, 'action')`, `const
 * { action } = req.query`, `const action = req.query.action as string`. Null when none does.
 */
function segmentVariable(fn: Node, name: string): string | null {
  let found: string | null = null;
  walk(fn, (n) => {
    if (found) return false;
    if (n.type !== 'VariableDeclarator' || !n.init) return undefined;
    let init = unwrap(n.init as Node);
    // (`String(req.query.action)`: the value coerced)
    if (
      init?.type === 'CallExpression' &&
      init.arguments.length === 1 &&
      /^(?:String|Number)$/.test(nameOf(init.callee as Node) ?? '')
    )
      init = unwrap(init.arguments[0] as Node);
    const path = init ? (memberPath(init) ?? []) : [];
    if (n.id.type === 'Identifier') {
      const call = init?.type === 'CallExpression' ? init : null;
      const byName = call?.arguments.some((a) => stringValue(a as Node) === name) ?? false;
      const byPath = path.includes('query') && path[path.length - 1] === name;
      if (byName || byPath) found = n.id.name;
    } else if (n.id.type === 'ObjectPattern' && path[path.length - 1] === 'query') {
      for (const p of n.id.properties)
        if (p.type === 'Property' && nameOf(p.key as Node) === name && p.value.type === 'Identifier')
          found = p.value.name;
    }
    return undefined;
  });
  return found;
}

/**
 * The endpoints of one pages/api file. A handler that dispatches on `req.method` gives one endpoint per
 * method at its branch (the handler is the whole function; `statements` narrows it to the branch); a
 * method guard gives the allowed methods; otherwise the file answers every method ('ALL').
 */
export function pagesEndpoints(resolver: Resolver, file: SourceFile, routePath: string, basePath: string): Endpoint[] {
  const exp = defaultExport(file);
  if (!exp) return [];
  // `export default handle(app)` (hono/vercel): the Hono adapter lists the app's routes
  if (delegatesToHono(resolver, file, exp.expr)) return [];
  const path = joinPaths(basePath, routePath);
  const connect = connectEndpoints(resolver, file, exp.expr, path);
  if (connect) return connect;
  const mapped = methodMapEndpoints(resolver, file, exp.expr, path, []);
  if (mapped) return mapped;
  const { handler, wrappers } = makeHandler(resolver, file, exp.expr);
  const chain = hinted(resolver, wrappers);
  const endpoint = (method: Endpoint['method'], node: Node, h: HandlerRef | null): Endpoint => ({
    method,
    path,
    framework: 'nextjs',
    file,
    node,
    chain: [...chain],
    handlers: h ? [h] : [],
  });
  if (!handler) return [endpoint('ALL', exp.at, null)];
  const bound: HandlerRef = { ...handler, bindings: REQUEST_RESPONSE };
  const lookup = lookupInHandler(resolver, handler, path, chain);
  if (lookup) return lookup;
  // (a single dynamic segment the handler dispatches on itself: `pages/api/auth/[action].ts` with `const action =
  // queryParam(req, 'action'); if (action === 'login' && req.method === 'POST') …` answers `/api/auth/login`)
  const single = singleSegment(file, path);
  const segmentVar = single ? segmentVariable(handler.fn, single.name) : null;
  const d = dispatchOf(
    resolver,
    handler.file,
    handler.fn,
    segmentVar ? { names: [segmentVar], scope: { fixed: new Map(), deepest: -1 } } : null,
  );
  const catchAll = catchAllBase(file, path) ?? (single && segmentVar ? { base: single.base, optional: false } : null);
  if (d.branches.length > 0) {
    const out: Endpoint[] = [];
    for (const b of d.branches) {
      const to = b.delegate ? null : delegateOf(resolver, handler, b);
      // (a function the handler handed the request and the catch-all's segments to: its statements, with the
      // parameters that got segments bound as path parameters)
      const handed: HandlerRef | null = b.delegate
        ? {
            file: b.delegate.file,
            fn: b.delegate.fn,
            ...(b.statements.length > 0 ? { statements: b.statements } : {}),
            bindings: {
              ...REQUEST_RESPONSE,
              ...Object.fromEntries(
                [...b.delegate.segmentParams].map(([i, name]) => [i, { kind: 'params', key: name }]),
              ),
              ...Object.fromEntries(b.delegate.callerParams.map((i) => [i, { kind: 'user' }])),
            },
          }
        : null;
      for (const m of b.methods) {
        if (d.allowed && !d.allowed.includes(m)) continue;
        // the branch is in the handler's file, which may not be the route file (`export { default } from …`)
        const e = endpoint(m, b.node, handed ?? (to ? to.handler : { ...bound, statements: b.statements }));
        // (a catch-all's branch for a number of segments: `pages/api/clients/[[...id]].ts` answers `/api/clients` when
        // `id` is missing, `[[...params]].ts` answers `/api/invoices/{id}` when the segment after `id` is)
        if (b.segments && catchAll && (b.segments.length > 0 || catchAll.optional))
          e.path = joinPaths(catchAll.base, b.segments.map((x) => `/${x}`).join(''));
        if (to) e.chain.push(...to.wrappers);
        out.push({ ...e, file: handler.file });
      }
    }
    if (out.length > 0) return out;
  }
  if (d.allowed && d.allowed.length > 0) return d.allowed.map((m) => endpoint(m, exp.at, bound));
  return [endpoint('ALL', exp.at, bound)];
}
