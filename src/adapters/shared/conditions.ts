import { isFunction, type Node, nameOf, stringValue, type T, unwrap } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { matcherCovers } from '../nextjs/matcher.ts';

/**
 * A value the evaluator knows: a string, a boolean, a regex, a list, an object literal (`{ method: 'POST', pattern: /…/ }`
 * in a list of public routes), or a route matcher (Clerk's createRouteMatcher).
 */
type Val =
  | { s: string }
  | { b: boolean }
  | { re: RegExp }
  | { arr: (Val | null)[] }
  | { obj: ReadonlyMap<string, Val | null> }
  | { matcher: string[] };

interface Env {
  resolver: Resolver;
  file: SourceFile;
  /** the request path the middleware is evaluated for */
  path: string;
  /** properties of the request that read its path (`nextUrl.pathname`; `ctx.path`, `req.originalUrl`) */
  pathProps: ReadonlySet<string>;
  /** the request method (`GET`), when the middleware is evaluated for one route's method */
  method: string | null;
  /** callback/function parameters bound while evaluating `PUBLIC.some((p) => pathname.startsWith(p))` */
  locals: Map<string, Val | null>;
  depth: number;
}

/** The request path as Next.js middleware reads it. */
const NEXT_PATH = new Set(['pathname']);
/** …and as Express and Koa middleware do (`req.path`, `req.originalUrl`, `ctx.path`, `ctx.url`). */
export const SERVER_PATH: ReadonlySet<string> = new Set(['pathname', 'path', 'url', 'originalUrl']);

/**
 * Evaluates a middleware condition for one request path: `pathname.startsWith('/api/admin')`,
 * `PUBLIC_PATHS.includes(pathname)`, `PUBLIC.some((p) => pathname.startsWith(p))`, `/^\/api/.test(pathname)`,
 * `isProtectedRoute(req)` (Clerk createRouteMatcher), `PUBLIC_ROUTES.some(([method, re]) => ctx.method === method &&
 * re.test(ctx.path))`, with `!`, `&&`, `||`, `===`. Null when unknown. `pathProps` names the request properties that
 * read the path (Next.js's `pathname` by default).
 */
export function evalCondition(
  resolver: Resolver,
  file: SourceFile,
  test: Node,
  path: string,
  method: string | null = null,
  pathProps: ReadonlySet<string> = NEXT_PATH,
): boolean | null {
  return truth(evaluate(test, { resolver, file, path, pathProps, method, locals: new Map(), depth: 0 }));
}

/** Does an expression read the request path? (decides whether a middleware branches on it) */
function readsPath(node: Node, env: Env): boolean {
  return node.type === 'MemberExpression' && env.pathProps.has(nameOf(node.property as Node) ?? '');
}

function truth(v: Val | null): boolean | null {
  if (!v) return null;
  if ('b' in v) return v.b;
  if ('s' in v) return v.s !== '';
  return true;
}

function evaluate(expr: Node | null | undefined, env: Env): Val | null {
  const n = unwrap(expr);
  if (!n || env.depth > 12) return null;
  const sub = (e: Node | null | undefined, file = env.file): Val | null =>
    evaluate(e, { ...env, file, depth: env.depth + 1 });
  switch (n.type) {
    case 'Literal': {
      const lit = n as { value: unknown; regex?: { pattern: string; flags: string } };
      if (lit.regex) return regexOf(lit.regex.pattern, lit.regex.flags);
      if (typeof lit.value === 'string') return { s: lit.value };
      if (typeof lit.value === 'boolean') return { b: lit.value };
      return null;
    }
    case 'TemplateLiteral': {
      const s = stringValue(n);
      return s === null ? null : { s };
    }
    case 'ArrayExpression':
      return { arr: n.elements.map((e) => (e && e.type !== 'SpreadElement' ? sub(e as Node) : null)) };
    case 'ObjectExpression': {
      const obj = new Map<string, Val | null>();
      for (const p of n.properties) {
        const key = p.type === 'Property' && !p.computed ? nameOf(p.key as Node) : null;
        if (key === null) return null; // a spread or computed key: the object is not known
        obj.set(key, sub((p as T.ObjectProperty).value as Node));
      }
      return { obj };
    }
    case 'Identifier': {
      if (env.locals.has(n.name)) return env.locals.get(n.name) ?? null;
      const v = env.resolver.valueOf(env.file, n);
      if (v.kind === 'param') return env.pathProps.has(v.path[v.path.length - 1] ?? '') ? { s: env.path } : null;
      if (v.kind === 'node' && v.node !== n) return sub(v.node, v.file);
      return null;
    }
    case 'MemberExpression': {
      // `r.method` / `r.path` of an element of a list of public routes
      const key = n.computed ? null : nameOf(n.property as Node);
      if (key !== null) {
        const owner = unwrap(n.object as Node);
        const o = owner?.type === 'Identifier' ? env.locals.get(owner.name) : undefined;
        if (o && 'obj' in o) return o.obj.get(key) ?? null;
      }
      if (readsPath(n, env)) return { s: env.path };
      // `req.method === 'POST'`: known when the middleware is evaluated for one route's method
      if (nameOf(n.property as Node) === 'method' && unwrap(n.object as Node)?.type === 'Identifier')
        return env.method === null ? null : { s: env.method };
      const v = env.resolver.valueOf(env.file, n);
      if (v.kind === 'param' && env.pathProps.has(v.path[v.path.length - 1] ?? '')) return { s: env.path };
      if (v.kind === 'node' && v.node !== n) return sub(v.node, v.file);
      return null;
    }
    case 'NewExpression': {
      if (n.callee.type === 'Identifier' && n.callee.name === 'RegExp') {
        const p = stringValue(n.arguments[0] as Node);
        return p === null ? null : regexOf(p, stringValue(n.arguments[1] as Node) ?? '');
      }
      return null;
    }
    case 'UnaryExpression': {
      if (n.operator !== '!') return null;
      const t = truth(sub(n.argument as Node));
      return t === null ? null : { b: !t };
    }
    case 'LogicalExpression': {
      const a = truth(sub(n.left as Node));
      const b = truth(sub(n.right as Node));
      if (n.operator === '&&') return a === false || b === false ? { b: false } : a && b ? { b: true } : null;
      if (n.operator === '||')
        return a === true || b === true ? { b: true } : a === false && b === false ? { b: false } : null;
      return null;
    }
    case 'BinaryExpression': {
      if (!['===', '==', '!==', '!='].includes(n.operator)) return null;
      const a = sub(n.left as Node);
      const b = sub(n.right as Node);
      if (!a || !b) return null;
      const eq = 's' in a && 's' in b ? a.s === b.s : 'b' in a && 'b' in b ? a.b === b.b : null;
      return eq === null ? null : { b: n.operator.startsWith('!') ? !eq : eq };
    }
    case 'CallExpression':
      return call(n, env, sub);
    default:
      return null;
  }
}

function call(
  n: T.CallExpression,
  env: Env,
  sub: (e: Node | null | undefined, file?: SourceFile) => Val | null,
): Val | null {
  const callee = unwrap(n.callee as Node);
  const args = n.arguments as Node[];
  if (callee?.type === 'MemberExpression') {
    const m = nameOf(callee.property as Node);
    const obj = sub(callee.object as Node);
    if (!obj || !m) return null;
    if ('s' in obj) {
      const a = sub(args[0]);
      if (m === 'startsWith' || m === 'endsWith' || m === 'includes')
        return a && 's' in a ? { b: obj.s[m](a.s) } : null;
      if (m === 'match' || m === 'search') return a && 're' in a ? { b: a.re.test(obj.s) } : null;
      if (m === 'toLowerCase' || m === 'toUpperCase' || m === 'trim') return { s: obj.s[m]() };
      return null;
    }
    if ('re' in obj && m === 'test') {
      const a = sub(args[0]);
      return a && 's' in a ? { b: obj.re.test(a.s) } : null;
    }
    if ('arr' in obj) {
      if (m === 'includes') {
        const a = sub(args[0]);
        if (!a || !('s' in a)) return null;
        if (obj.arr.some((x) => x && 's' in x && x.s === a.s)) return { b: true };
        return obj.arr.every((x) => x && 's' in x) ? { b: false } : null;
      }
      if (m === 'some' || m === 'every' || m === 'find' || m === 'findIndex') {
        const cb = unwrap(args[0]);
        if (!isFunction(cb)) return null;
        const param = cb.params[0] as Node | undefined;
        if (param?.type !== 'Identifier' && param?.type !== 'ArrayPattern') return null;
        const results = obj.arr.map((x) => {
          const locals = new Map(env.locals);
          if (param.type === 'Identifier') locals.set(param.name, x);
          // `([method, pattern]) => …` over a list of pairs
          else
            param.elements.forEach((el, i) => {
              if (el?.type === 'Identifier') locals.set(el.name, x && 'arr' in x ? (x.arr[i] ?? null) : null);
            });
          return truth(returned(cb, { ...env, locals, depth: env.depth + 1 }));
        });
        if (m === 'every')
          return results.includes(false) ? { b: false } : results.every((r) => r === true) ? { b: true } : null;
        // some/find/findIndex: truthy when one element matches (findIndex is compared with -1 by callers: unknown)
        if (m === 'findIndex') return null;
        return results.includes(true) ? { b: true } : results.every((r) => r === false) ? { b: false } : null;
      }
    }
    return null;
  }
  // isProtectedRoute(req): Clerk's createRouteMatcher([...patterns])
  const target = env.resolver.valueOf(env.file, n.callee as Node);
  if (target.kind === 'node') {
    const t = unwrap(target.node);
    if (t?.type === 'CallExpression') {
      const factory = env.resolver.valueOf(target.file, t.callee as Node);
      if (factory.kind === 'external' && factory.path[factory.path.length - 1] === 'createRouteMatcher') {
        const list = evaluate(t.arguments[0] as Node, { ...env, file: target.file, depth: env.depth + 1 });
        if (!list || !('arr' in list) || !list.arr.every((x) => x && 's' in x)) return null;
        return { b: list.arr.some((x) => matcherCovers((x as { s: string }).s, env.path)) };
      }
    }
    // a local helper: `function isPublic(pathname) { return PUBLIC.some(…) }`
    const fn = env.resolver.functionOf(target);
    if (fn && isFunction(fn.fn)) {
      const locals = new Map(env.locals);
      fn.fn.params.forEach((p, i) => {
        const pn = p as Node;
        if (pn.type !== 'Identifier') return;
        const argExpr = unwrap(args[i]);
        // a request passed to a helper: its `.nextUrl.pathname` is the path
        locals.set(pn.name, argExpr ? sub(argExpr) : null);
      });
      return returned(fn.fn, { ...env, file: fn.file, locals, depth: env.depth + 1 });
    }
  }
  return null;
}

/** The value a small function returns: an expression body, or a block whose only return is evaluated. */
function returned(fn: T.Function | T.ArrowFunctionExpression, env: Env): Val | null {
  const body = fn.body as Node | null;
  if (!body) return null;
  if (body.type !== 'BlockStatement') return evaluate(body, env);
  const stmts = body.body as Node[];
  const last = stmts[stmts.length - 1];
  // (declarations before the return are read where the return names them: `const { pathname } = req.nextUrl`)
  if (last?.type === 'ReturnStatement' && stmts.slice(0, -1).every((st) => st.type === 'VariableDeclaration'))
    return evaluate(last.argument as Node, env);
  return null;
}

function regexOf(pattern: string, flags: string): Val | null {
  try {
    return { re: new RegExp(pattern, flags) };
  } catch {
    return null;
  }
}
