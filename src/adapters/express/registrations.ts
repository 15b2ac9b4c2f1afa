import { calleeName, type Node, nameOf, stringValue, type T, unwrap, walk } from '../../parse/ast.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver, Value } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { type Located, loopValues, staticString } from '../shared/values.ts';

export const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head']);

/** An `express()` app or an `express.Router()`, identified by the call that creates it. */
export interface RouterDef {
  kind: 'app' | 'router';
  file: SourceFile;
  node: Node;
  regs: Registration[];
}

/**
 * One `x.use(...)` or `x.get(...)` on a router, in source order. Arguments carry their file: in a loop over a
 * mount table (`routes.forEach((r) => router.use(r.path, r.route))`) they are the table's entries.
 */
export type Registration =
  | { kind: 'use'; file: SourceFile; call: T.CallExpression; path: string | null; args: Located[] }
  | {
      kind: 'route';
      file: SourceFile;
      call: T.CallExpression;
      method: string;
      path: string;
      args: Located[];
      at: Node;
    };

function isExpressFactory(v: Value, kind: 'app' | 'router'): boolean {
  if (v.kind !== 'external' || v.pkg !== 'express') return false;
  if (kind === 'app') return v.path.length === 0 || (v.path.length === 1 && v.path[0] === 'default');
  return v.path[v.path.length - 1] === 'Router';
}

/** The apps and routers by creating call, and the routers functions receive as parameters. */
export interface Routers {
  routers: Map<Node, RouterDef>;
  /** function → parameter index → the router passed there (`registerRoutes(app)`) */
  /** routers bound to a function's parameters, by index (`registerRoutes(app)`) or `index.key` (`load({ app })`) */
  params: Map<Node, Map<number | string, RouterDef>>;
}

/**
 * Finds every Express app and router, and every registration on them, across all files.
 * A router is identified by the call that creates it, so `const r = Router()` in one file and
 * `import r from './r'` in another refer to the same RouterDef.
 */
export function collectRouters(project: Project, resolver: Resolver): Routers {
  const routers = new Map<Node, RouterDef>();
  const paramBindings = new Map<Node, Map<number | string, RouterDef>>();
  const calls: { file: SourceFile; call: T.CallExpression }[] = [];
  for (const file of project.files.values()) {
    if (!mentionsExpress(file)) continue;
    for (const call of file.index.CallExpression) calls.push({ file, call });
  }
  // 1. creations: only files that import express can call express() or Router()
  for (const { file, call } of calls) {
    if (!importsExpress(file)) continue;
    const callee = unwrap(call.callee as Node);
    if (!callee || (callee.type !== 'Identifier' && callee.type !== 'MemberExpression')) continue;
    const v = resolver.valueOf(file, callee);
    if (isExpressFactory(v, 'app')) routers.set(call, { kind: 'app', file, node: call, regs: [] });
    else if (isExpressFactory(v, 'router')) routers.set(call, { kind: 'router', file, node: call, regs: [] });
  }
  if (routers.size === 0) return { routers, params: paramBindings };
  // 2. functions that receive a router as a parameter: `registerRoutes(app)`, `module.exports = (app) => …`. A
  // router passed on from a parameter (`module.exports = (router) => { users(router) }`) is known only once the outer
  // function's binding is: those calls are retried until nothing changes, whatever the order of the files.
  const bind = (file: SourceFile, call: T.CallExpression, i: number | string, r: RouterDef): boolean => {
    const fn = resolver.functionOf(resolver.valueOf(file, call.callee as Node));
    if (!fn) return false;
    let m = paramBindings.get(fn.fn);
    if (!m) {
      m = new Map();
      paramBindings.set(fn.fn, m);
    }
    if (m.get(i) === r) return false;
    m.set(i, r);
    return true;
  };
  let pending: { file: SourceFile; call: T.CallExpression; i: number; arg: Node }[] = [];
  for (const { file, call } of calls) {
    // only a call of a project function can bind a router to its parameter: its arguments are resolved only then
    // (resolving every argument of every call was the adapter's largest cost)
    let callsProjectFunction: boolean | undefined;
    const bindable = () =>
      (callsProjectFunction ??= !!resolver.functionOf(resolver.valueOf(file, call.callee as Node)));
    call.arguments.forEach((arg, i) => {
      if ((arg.type === 'ObjectExpression' || arg.type === 'Identifier') && !bindable()) return;
      // `expressLoader({ app: expressApp })`: a router handed over inside an options object, read back by a
      // destructuring parameter (`({ app }) => { app.use(…) }`)
      if (arg.type === 'ObjectExpression') {
        for (const p of arg.properties) {
          if (p.type !== 'Property' || p.computed || unwrap(p.value as Node)?.type !== 'Identifier') continue;
          const key = nameOf(p.key as Node);
          const r = key ? routerOf(resolver, routers, paramBindings, file, p.value as Node) : null;
          if (key && r) bind(file, call, `${i}.${key}`, r);
        }
        return;
      }
      // routers are passed by name (`registerRoutes(app)`); anything else cannot be one
      if (arg.type !== 'Identifier') return;
      const r = routerOf(resolver, routers, paramBindings, file, arg as Node);
      if (r) bind(file, call, i, r);
      else if (resolver.valueOf(file, arg as Node).kind === 'param') pending.push({ file, call, i, arg: arg as Node });
    });
  }
  for (let round = 0, changed = true; changed && pending.length > 0 && round < 4; round++) {
    changed = false;
    pending = pending.filter(({ file, call, i, arg }) => {
      const r = routerOf(resolver, routers, paramBindings, file, arg);
      if (!r) return true;
      if (bind(file, call, i, r)) changed = true;
      return false;
    });
  }
  // 3. registrations
  for (const { file, call } of calls) {
    const callee = unwrap(call.callee as Node);
    if (callee?.type !== 'MemberExpression') continue;
    const method = calleeName(call)?.toLowerCase();
    if (!method || (method !== 'use' && !ROUTE_METHODS.has(method))) continue;
    const receiver = unwrap(callee.object as Node)!;
    // app.route('/x').get(...).post(...)
    const routeChain = routeChainOf(receiver);
    if (routeChain) {
      const r = routerOf(resolver, routers, paramBindings, file, routeChain.receiver);
      if (r && ROUTE_METHODS.has(method)) {
        const args = (call.arguments as Node[]).map((node) => ({ file, node }));
        r.regs.push({ kind: 'route', file, call, method, path: routeChain.path, args, at: callee.property as Node });
      }
      continue;
    }
    const r = routerOf(resolver, routers, paramBindings, file, receiver);
    if (!r) continue;
    for (const args of iterations(resolver, file, call.arguments as Node[])) {
      const first = args[0] ? staticString(resolver, args[0].file, args[0].node) : null;
      if (method === 'use') {
        r.regs.push({ kind: 'use', file, call, path: first, args: first !== null ? args.slice(1) : args });
      } else if (first !== null || isPathArray(args[0]?.node)) {
        const path = first ?? firstOfArray(args[0]?.node);
        // `app.get('setting')` with one argument reads a setting; a route has a handler
        if (args.length < 2 || path === null) continue;
        // in a chain (`Router().get(…).post(…)`) each route is located at its method name
        const at = receiver.type === 'CallExpression' ? (callee.property as Node) : call;
        r.regs.push({ kind: 'route', file, call, method, path, args: args.slice(1), at });
      }
    }
  }
  // source order of the method names: in a chain `Router().use(a).get(…)` the inner call runs first
  for (const r of routers.values())
    r.regs.sort((a, b) =>
      a.file === b.file ? methodStart(a.call) - methodStart(b.call) : a.file.rel.localeCompare(b.file.rel),
    );
  return { routers, params: paramBindings };
}

function methodStart(call: T.CallExpression): number {
  const callee = unwrap(call.callee as Node);
  return callee?.type === 'MemberExpression' ? callee.property.start : call.start;
}

/**
 * A call's arguments once, or once per element when they read a loop variable over a literal array
 * (`defaultRoutes.forEach((r) => router.use(r.path, r.route))`, `for (const { path, route } of routes) …`).
 */
function iterations(resolver: Resolver, file: SourceFile, args: Node[]): Located[][] {
  const plain = args.map((node) => ({ file, node }));
  let bound: ((Located | null)[] | null)[] | null = null;
  let count = 0;
  for (let i = 0; i < args.length; i++) {
    const a = unwrap(args[i]);
    // only names and member reads can be loop variables; spreads and calls are left as written
    if (a?.type !== 'Identifier' && a?.type !== 'MemberExpression') continue;
    const values = loopValues(resolver, file, a);
    if (!values) continue;
    bound ??= args.map(() => null);
    bound[i] = values;
    count = values.length;
  }
  if (!bound) return [plain];
  const out: Located[][] = [];
  for (let e = 0; e < count; e++) out.push(plain.map((p, i) => bound[i]?.[e] ?? p));
  return out;
}

const IMPORTS_EXPRESS = new WeakMap<SourceFile, boolean>();

function importsExpress(file: SourceFile): boolean {
  let v = IMPORTS_EXPRESS.get(file);
  if (v === undefined) {
    v = importsExpressUncached(file);
    IMPORTS_EXPRESS.set(file, v);
  }
  return v;
}

function importsExpressUncached(file: SourceFile): boolean {
  return (
    file.text.includes('express') &&
    (file.module.staticImports.some((i) => i.moduleRequest.value === 'express') ||
      /require\(\s*['"]express['"]\s*\)/.test(file.text))
  );
}

function mentionsExpress(file: SourceFile): boolean {
  // files that never touch a router are cheap to skip; routers passed as parameters still mention a method call
  // (`users(router)`, `registerRoutes(app)`)
  return /\.(?:use|get|post|put|patch|delete|all|route)\s*\(|express|[Rr]outer|\bapp\b/.test(file.text);
}

function isPathArray(n: Node | undefined): boolean {
  const u = unwrap(n);
  return !!u && u.type === 'ArrayExpression' && u.elements.length > 0 && stringValue(u.elements[0] as Node) !== null;
}

function firstOfArray(n: Node | undefined): string | null {
  const u = unwrap(n);
  return u && u.type === 'ArrayExpression' ? stringValue(u.elements[0] as Node) : null;
}

/** For `X.route('/p')` or a chain `X.route('/p').get(...)`, the receiver X and the path. */
function routeChainOf(node: Node): { receiver: Node; path: string } | null {
  let n: Node | null = node;
  while (n && n.type === 'CallExpression') {
    const callee = unwrap(n.callee as Node);
    if (callee?.type !== 'MemberExpression') return null;
    const name = nameOf(callee.property as Node);
    if (name === 'route') {
      const path = stringValue(n.arguments[0] as Node);
      return path === null ? null : { receiver: unwrap(callee.object as Node)!, path };
    }
    if (!name || !ROUTE_METHODS.has(name.toLowerCase())) return null;
    n = unwrap(callee.object as Node);
  }
  return null;
}

export function routerOf(
  resolver: Resolver,
  routers: Map<Node, RouterDef>,
  params: Map<Node, Map<number | string, RouterDef>>,
  file: SourceFile,
  expr: Node,
): RouterDef | null {
  const direct = routers.get(chainStart(expr));
  if (direct) return direct;
  const v = resolver.valueOf(file, expr);
  if (v.kind === 'node') {
    const r = routers.get(chainStart(v.node));
    if (r) return r;
    // a function that builds and returns a router: `app.use('/api', buildRouter())`
    const n = unwrap(v.node);
    if (n?.type === 'CallExpression') {
      const fn = resolver.functionOf(resolver.valueOf(v.file, n.callee as Node));
      if (fn) return returnedRouter(resolver, routers, params, fn.file, fn.fn);
    }
  }
  if (v.kind === 'param' && v.path.length === 1) {
    const bound = params.get(v.fn)?.get(`${v.index}.${v.path[0]}`);
    if (bound) return bound;
  }
  if (v.kind === 'param' && v.path.length === 0) {
    const bound = params.get(v.fn)?.get(v.index);
    if (bound) return bound;
    // `function createApp(app = express())` called without an app: the default is the app
    const param = (v.fn as T.Function).params[v.index] as Node | undefined;
    return param?.type === 'AssignmentPattern' ? routerOf(resolver, routers, params, file, param.right as Node) : null;
  }
  return null;
}

/** Router and app methods that return the router itself, so calls chain: `Router().use('/api', api)`. */
const CHAINABLE = new Set([...ROUTE_METHODS, 'use', 'param', 'set', 'enable', 'disable', 'engine']);

/** The start of a chain of router calls (`Router().use(a).get(…)` → `Router()`); the expression itself otherwise. */
function chainStart(expr: Node): Node {
  let n = unwrap(expr)!;
  while (n.type === 'CallExpression') {
    const callee = unwrap(n.callee as Node);
    const name = callee?.type === 'MemberExpression' ? (nameOf(callee.property as Node) ?? '').toLowerCase() : '';
    // `app.get('setting')` returns the setting, not the app
    if (!callee || !CHAINABLE.has(name) || (name === 'get' && n.arguments.length < 2)) break;
    n = unwrap((callee as T.MemberExpression).object as Node)!;
  }
  return n;
}

function returnedRouter(
  resolver: Resolver,
  routers: Map<Node, RouterDef>,
  params: Map<Node, Map<number | string, RouterDef>>,
  file: SourceFile,
  fn: Node,
): RouterDef | null {
  let found: RouterDef | null = null;
  walk(fn, (node) => {
    if (found) return false;
    if (
      node !== fn &&
      (node.type === 'FunctionDeclaration' ||
        node.type === 'FunctionExpression' ||
        node.type === 'ArrowFunctionExpression')
    )
      return false;
    if (node.type === 'ReturnStatement' && node.argument) {
      found = routerOf(resolver, routers, params, file, node.argument as Node);
    }
  });
  const body = (fn as T.ArrowFunctionExpression).body as Node | undefined;
  if (!found && body && body.type !== 'BlockStatement') found = routerOf(resolver, routers, params, file, body);
  return found;
}

/** Express error handlers take four parameters (err, req, res, next). */
export function isErrorHandler(fn: Node): boolean {
  const params = (fn as T.Function).params;
  return Array.isArray(params) && params.length === 4;
}
