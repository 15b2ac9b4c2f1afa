import type { ChainLink, FunctionRef, HandlerRef } from '../../core/endpoint.ts';
import { calleeName, dotted, isFunction, type Node, nameOf, textOf, unwrap } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';

/** A short, readable name for a registered middleware/handler expression. */
export function displayName(file: SourceFile, node: Node): string {
  const n = unwrap(node) ?? node;
  const d = dotted(n);
  if (d) return d;
  if (n.type === 'CallExpression') {
    const callee = dotted(n.callee as Node) ?? calleeName(n) ?? 'call';
    const args = n.arguments.map((a) => {
      const t = textOf(file.text, a as Node);
      return t.length > 30 ? '…' : t;
    });
    return `${callee}(${args.join(', ')})`;
  }
  if (isFunction(n))
    return n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression'
      ? (n.id?.name ?? '<inline>')
      : '<inline>';
  const t = textOf(file.text, n);
  return t.length > 40 ? `${t.slice(0, 37)}…` : t;
}

/** `controller.get.bind(controller)` runs `controller.get`: the bound method, not a call to resolve. */
function unbound(expr: Node): Node {
  const n = unwrap(expr) ?? expr;
  if (
    n.type === 'CallExpression' &&
    n.callee.type === 'MemberExpression' &&
    !n.callee.computed &&
    nameOf(n.callee.property as Node) === 'bind'
  )
    return unwrap(n.callee.object as Node) ?? n;
  return n;
}

/**
 * Resolves a registered expression to the function that runs. A call such as `withAuth(handler)` or
 * `asyncHandler(async (req, res) => …)` is a wrapper: the wrapped function is the handler, and the wrapper
 * itself becomes a chain link (it may authenticate). Factories such as `requireRole('admin')` resolve to the
 * function they return.
 */
export function resolveCallable(
  resolver: Resolver,
  file: SourceFile,
  expr: Node,
): { fn: FunctionRef | null; wrappers: { node: Node; fn: FunctionRef | null; file: SourceFile }[] } {
  const wrappers: { node: Node; fn: FunctionRef | null; file: SourceFile }[] = [];
  let current: Node = unbound(expr);
  let currentFile = file;
  for (let depth = 0; depth < 6; depth++) {
    if (isFunction(current)) return { fn: { file: currentFile, fn: current }, wrappers };
    if (current.type === 'CallExpression') {
      const handlerRef = (u: Node): boolean => {
        if (isFunction(u)) return true;
        const v = resolver.valueOf(currentFile, u);
        return resolver.functionOf(v) !== null && (u.type === 'Identifier' || u.type === 'MemberExpression');
      };
      const inner = [...current.arguments].reverse().find((a) => {
        const u = unbound(a as Node);
        if (!u) return false;
        if (handlerRef(u)) return true;
        // `withApi(withStaff(handler))`: a wrapper of the project around another wrapper's call
        return (
          u.type === 'CallExpression' &&
          resolver.functionOf(resolver.valueOf(currentFile, u.callee as Node)) !== null &&
          u.arguments.some((x) => {
            const w = unbound(x as Node);
            return !!w && handlerRef(w);
          })
        );
      }) as Node | undefined;
      const calleeFn = resolver.functionOf(resolver.valueOf(currentFile, current.callee as Node));
      if (inner) {
        // wrapper(handler): the wrapper runs first (it may check auth), the argument is the handler
        wrappers.push({ node: current, fn: calleeFn, file: currentFile });
        current = unbound(inner);
        continue;
      }
      // factory(options): what it returns is the middleware
      if (calleeFn) {
        const ret = returnedFunction(calleeFn.fn);
        return { fn: ret ? { file: calleeFn.file, fn: ret } : calleeFn, wrappers };
      }
      return { fn: null, wrappers };
    }
    const v = resolver.valueOf(currentFile, current);
    const f = resolver.functionOf(v);
    if (f) return { fn: f, wrappers };
    if (v.kind === 'node' && v.node !== current) {
      current = v.node;
      currentFile = v.file;
      continue;
    }
    return { fn: null, wrappers };
  }
  return { fn: null, wrappers };
}

/**
 * The function a factory returns (`function requireRole(r) { return (req, res, next) => … }`), also through a
 * wrapper around it (`(...roles) => createMiddleware(async (c, next) => …)`, `asyncHandler(async (req, res) => …)`).
 */
export function returnedFunction(fn: Node): Node | null {
  if (!isFunction(fn)) return null;
  const body = fn.body as Node | null;
  if (!body) return null;
  const fnOf = (expr: Node): Node | null => {
    const r = unwrap(expr);
    if (isFunction(r)) return r;
    // `const guard = async (request, reply) => {…}; return guard;`: a function the factory names before it returns it
    if (r?.type === 'Identifier' && body.type === 'BlockStatement') return localFunction(body.body as Node[], r.name);
    if (r?.type === 'CallExpression') {
      const last = unwrap(r.arguments[r.arguments.length - 1] as Node | undefined);
      return isFunction(last) ? last : null;
    }
    return null;
  };
  if (body.type !== 'BlockStatement') return fnOf(body);
  for (const st of body.body as Node[]) {
    if (st.type === 'ReturnStatement' && st.argument) {
      const r = fnOf(st.argument as Node);
      if (r) return r;
    }
  }
  return null;
}

/** A function declared by name among a body's own statements (`const name = () => …`, `function name() {}`). */
function localFunction(statements: readonly Node[], name: string): Node | null {
  for (const st of statements) {
    if (st.type === 'FunctionDeclaration' && st.id?.name === name) return st;
    if (st.type !== 'VariableDeclaration') continue;
    for (const d of st.declarations) {
      const init = unwrap(d.init as Node | null);
      if (d.id.type === 'Identifier' && d.id.name === name && isFunction(init)) return init;
    }
  }
  return null;
}

export function makeLink(resolver: Resolver, file: SourceFile, node: Node, scope: ChainLink['scope']): ChainLink[] {
  const { fn, wrappers } = resolveCallable(resolver, file, node);
  const links: ChainLink[] = wrappers.map((w) => ({
    name: displayName(w.file, w.node),
    scope,
    file: w.file,
    node: w.node,
    fn: w.fn,
  }));
  links.push({ name: displayName(file, node), scope, file, node, fn });
  return links;
}

/** A route's final handler plus the wrappers around it (which join the chain). */
export function makeHandler(
  resolver: Resolver,
  file: SourceFile,
  node: Node,
): { handler: HandlerRef | null; wrappers: ChainLink[] } {
  const { fn, wrappers } = resolveCallable(resolver, file, node);
  return {
    handler: fn,
    wrappers: wrappers.map((w) => ({
      name: displayName(w.file, w.node),
      scope: 'route',
      file: w.file,
      node: w.node,
      fn: w.fn,
    })),
  };
}
