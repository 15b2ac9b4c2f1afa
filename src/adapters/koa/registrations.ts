import { calleeName, isFunction, type Node, nameOf, type T, unwrap, walk } from '../../parse/ast.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver, Value } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { CallSites } from '../shared/order.ts';
import { isTestFile } from '../shared/test-files.ts';
import { arrayElements, loopElements, objectProps, staticString } from '../shared/values.ts';

export const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'head', 'options']);
/** Methods that return the receiver, so `router.get(…).post(…)` and `app.use(a).use(b)` stay on it. */
const CHAINABLE = new Set([...ROUTE_METHODS, 'use', 'param', 'prefix', 'redirect', 'on', 'route']);

/** A Koa app (`new Koa()`) or a @koa/router / koa-router instance, identified by the expression that creates it. */
export interface RouterDef {
  kind: 'app' | 'router';
  file: SourceFile;
  node: Node;
  /** `new Router({ prefix })`, or the last `router.prefix('/x')` (which rewrites every layer) */
  prefix: string;
  regs: Registration[];
}

interface RegBase {
  file: SourceFile;
  call: T.CallExpression;
}

/** One call on an app or router, in source order. */
export type Registration =
  /** `x.use([path,] ...mw)`; paths null when none is given */
  | (RegBase & { kind: 'use'; paths: string[] | null; args: Node[] })
  | (RegBase & { kind: 'route'; method: string; paths: string[]; args: Node[] })
  /** `router.param('id', fn)`: runs for every route of the router with that parameter */
  | (RegBase & { kind: 'param'; name: string; fn: Node })
  /** `app.on('error', fn)` */
  | (RegBase & { kind: 'error'; fn: Node })
  /** koa-joi-router `router.route({ method, path, validate, handler })` */
  | (RegBase & { kind: 'spec'; spec: Node });

function isKoaFactory(v: Value): boolean {
  return (
    v.kind === 'external' &&
    v.pkg === 'koa' &&
    (v.path.length === 0 || (v.path.length === 1 && (v.path[0] === 'default' || v.path[0] === 'Koa')))
  );
}

/**
 * Router packages with the @koa/router API: @koa/router, koa-router, koa-swagger-decorator's
 * `SwaggerRouter` (a koa-router subclass), koa-tree-router, and koa-joi-router (which adds `route(spec)`).
 */
export function isRouterFactory(v: Value): boolean {
  if (v.kind !== 'external') return false;
  const bare = v.path.length === 0 || (v.path.length === 1 && v.path[0] === 'default');
  switch (v.pkg) {
    case '@koa/router':
    case 'koa-router':
      return bare || (v.path.length === 1 && v.path[0] === 'Router');
    case 'koa-swagger-decorator':
      return v.path.length === 1 && v.path[0] === 'SwaggerRouter';
    case 'koa-tree-router':
    case 'koa-joi-router':
      return bare;
    default:
      return false;
  }
}

export class Routers {
  readonly defs = new Map<Node, RouterDef>();
  readonly params = new Map<Node, Map<number, RouterDef>>();
  readonly sites = new CallSites();
  private readonly resolver: Resolver;

  constructor(resolver: Resolver) {
    this.resolver = resolver;
  }

  /** The app or router an expression denotes (a variable, an import, a parameter, a chained call, a builder's result). */
  of(file: SourceFile, expr: Node | null | undefined, depth = 0): RouterDef | null {
    const n = unwrap(expr);
    if (!n || depth > 12) return null;
    const direct = this.defs.get(n);
    if (direct) return direct;
    if (n.type === 'CallExpression') {
      const callee = unwrap(n.callee as Node);
      if (callee?.type === 'MemberExpression' && CHAINABLE.has(calleeName(n) ?? ''))
        return this.of(file, callee.object as Node, depth + 1);
    }
    const v = this.resolver.valueOf(file, n);
    if (v.kind === 'param') {
      if (v.path.length !== 0) return null;
      const bound = this.params.get(v.fn)?.get(v.index);
      if (bound) return bound;
      // `function init(app = new Koa())` called without an app: the default is the app
      const param = (v.fn as T.Function).params[v.index] as Node | undefined;
      return param?.type === 'AssignmentPattern' ? this.of(v.file, param.right as Node, depth + 1) : null;
    }
    if (v.kind !== 'node') return null;
    const node = unwrap(v.node);
    if (!node || node === n) {
      if (node?.type === 'CallExpression') return this.built(v.file, node, depth + 1);
      return null;
    }
    return this.of(v.file, node, depth + 1);
  }

  /** `buildRouter()`: the router the called function returns. */
  private built(file: SourceFile, call: T.CallExpression, depth: number): RouterDef | null {
    const fn = this.resolver.functionOf(this.resolver.valueOf(file, call.callee as Node));
    if (!fn) return null;
    let found: RouterDef | null = null;
    walk(fn.fn, (node) => {
      if (found) return false;
      if (node !== fn.fn && isFunction(node)) return false;
      if (node.type === 'ReturnStatement' && node.argument) found = this.of(fn.file, node.argument as Node, depth);
    });
    const body = (fn.fn as T.ArrowFunctionExpression).body as Node | undefined;
    if (!found && body && body.type !== 'BlockStatement') found = this.of(fn.file, body, depth);
    return found;
  }

  /**
   * The routers behind `router.routes()` / `router.middleware()` (several when `router` is a loop variable
   * over a list of routers), or an empty list.
   */
  routesOf(file: SourceFile, expr: Node): RouterDef[] {
    let n = unwrap(expr);
    let f = file;
    if (n && n.type === 'Identifier') {
      const v = this.resolver.valueOf(file, n);
      if (v.kind !== 'node') return [];
      n = unwrap(v.node);
      f = v.file;
    }
    if (n?.type !== 'CallExpression') return [];
    const name = calleeName(n);
    const callee = unwrap(n.callee as Node);
    if ((name !== 'routes' && name !== 'middleware') || callee?.type !== 'MemberExpression') return [];
    return receivers(this, this.resolver, f, callee.object as Node).filter((r) => r.kind === 'router');
  }

  /** A Koa app used as middleware (`mount('/v1', v1App)`). */
  appOf(file: SourceFile, expr: Node): RouterDef | null {
    const r = this.of(file, expr);
    return r?.kind === 'app' ? r : null;
  }
}

function mentionsKoa(file: SourceFile): boolean {
  return /koa|Router|\.(?:use|get|post|put|patch|delete|del|all)\s*[<(]/.test(file.text);
}

/**
 * Finds every Koa app and router and every registration on them, across all files. Routers passed to
 * functions (`module.exports = (router) => { router.get(…) }`) are followed through the parameter.
 */
export function collectRouters(project: Project, resolver: Resolver): Routers {
  const rs = new Routers(resolver);
  const calls: { file: SourceFile; call: T.CallExpression | T.NewExpression }[] = [];
  for (const file of project.files.values()) {
    if (!mentionsKoa(file) || isTestFile(file)) continue;
    for (const call of file.index.CallExpression) calls.push({ file, call });
    for (const call of file.index.NewExpression) calls.push({ file, call });
  }
  for (const { file, call } of calls) {
    if (!mayBeFactory(call.callee as Node)) continue;
    const v = resolver.valueOf(file, call.callee as Node);
    if (isKoaFactory(v) && call.type === 'NewExpression')
      rs.defs.set(call, { kind: 'app', file, node: call, prefix: '', regs: [] });
    else if (isRouterFactory(v)) {
      const opts = objectProps(resolver, file, call.arguments[0] as Node | undefined);
      const p = opts.get('prefix');
      rs.defs.set(call, {
        kind: 'router',
        file,
        node: call,
        prefix: p ? (staticString(resolver, p.file, p.node) ?? '') : '',
        regs: [],
      });
    }
  }
  if (rs.defs.size === 0) return rs;
  for (let round = 0, changed = true; changed && round < 4; round++) {
    changed = false;
    for (const { file, call } of calls) {
      if (call.type !== 'CallExpression') continue;
      call.arguments.forEach((arg, i) => {
        if (!mayDenoteRouter(arg as Node)) return;
        const r = rs.of(file, arg as Node);
        if (!r) return;
        const fn = resolver.functionOf(resolver.valueOf(file, call.callee as Node));
        if (!fn) return;
        const m = rs.params.get(fn.fn) ?? new Map<number, RouterDef>();
        rs.params.set(fn.fn, m);
        if (!m.has(i)) {
          m.set(i, r);
          rs.sites.record(fn.fn, { file, node: call });
          changed = true;
        }
      });
    }
  }
  for (const { file, call } of calls) {
    if (call.type !== 'CallExpression') continue;
    const callee = unwrap(call.callee as Node);
    if (callee?.type !== 'MemberExpression') continue;
    const method = calleeName(call);
    if (!method || !CHAINABLE.has(method)) continue;
    const targets = receivers(rs, resolver, file, callee.object as Node);
    for (const r of targets) {
      if (method === 'prefix') {
        const p = staticString(resolver, file, call.arguments[0] as Node);
        if (p !== null && r.kind === 'router') r.prefix = p;
        continue;
      }
      const reg = registrationOf(resolver, file, call, method);
      if (reg) r.regs.push(reg);
    }
  }
  for (const r of rs.defs.values()) rs.sites.sort(r.regs);
  return rs;
}

/** Export names under which the Koa and router packages give their constructors (see isKoaFactory, isRouterFactory). */
const FACTORY_EXPORTS = new Set(['default', 'Koa', 'Router', 'SwaggerRouter']);

/**
 * Whether a callee can be a Koa or router constructor, by its shape alone: a name (`new Koa()`, `Router()`), a
 * call (`require('koa-router')()`), or a constructor export read off a module (`new KoaRouter.default()`).
 * Resolving every callee of every file cost a large Koa app (Outline) a tenth of its scan; most are `x.method`.
 */
function mayBeFactory(callee: Node): boolean {
  const n = unwrap(callee);
  if (!n) return false;
  if (n.type === 'Identifier' || n.type === 'CallExpression') return true;
  return n.type === 'MemberExpression' && !n.computed && FACTORY_EXPORTS.has(nameOf(n.property as Node) ?? '');
}

/** Whether an argument can denote an app or router: names, member reads and calls can; literals and functions cannot. */
function mayDenoteRouter(arg: Node): boolean {
  const n = unwrap(arg);
  return (
    !!n &&
    (n.type === 'Identifier' ||
      n.type === 'MemberExpression' ||
      n.type === 'CallExpression' ||
      n.type === 'NewExpression' ||
      n.type === 'ThisExpression')
  );
}

/** The apps/routers a receiver stands for; `for (const r of [a, b]) app.use(r.routes())` stands for each. */
export function receivers(rs: Routers, resolver: Resolver, file: SourceFile, expr: Node): RouterDef[] {
  const one = rs.of(file, expr);
  if (one) return [one];
  return (loopElements(resolver, file, expr) ?? [])
    .map((e) => rs.of(e.file, e.node))
    .filter((r): r is RouterDef => !!r);
}

function registrationOf(
  resolver: Resolver,
  file: SourceFile,
  call: T.CallExpression,
  method: string,
): Registration | null {
  const args = call.arguments as Node[];
  switch (method) {
    case 'use': {
      const paths = pathsOf(resolver, file, args[0]);
      const rest = paths ? args.slice(1) : args;
      return rest.length ? { kind: 'use', file, call, paths, args: rest } : null;
    }
    case 'param': {
      const name = staticString(resolver, file, args[0]);
      return name !== null && args[1] ? { kind: 'param', file, call, name, fn: args[1] } : null;
    }
    case 'on':
      return staticString(resolver, file, args[0]) === 'error' && args[1]
        ? { kind: 'error', file, call, fn: args[1] }
        : null;
    case 'route':
      return args[0] && args.length === 1 ? { kind: 'spec', file, call, spec: args[0] } : null;
    case 'prefix':
    case 'redirect':
      return null;
    default: {
      // `router.get('/path', …mw, handler)` or a named route `router.get('name', '/path', …)`
      const named = args.length >= 3 ? pathsOf(resolver, file, args[1]) : null;
      const first = pathsOf(resolver, file, args[0]);
      const paths = named ?? first;
      const rest = args.slice(named ? 2 : 1);
      if (!paths || rest.length === 0) return null;
      return { kind: 'route', file, call, method, paths, args: rest };
    }
  }
}

/** A path argument: a string, a constant, or an array of them. */
function pathsOf(resolver: Resolver, file: SourceFile, n: Node | undefined): string[] | null {
  if (!n) return null;
  const s = staticString(resolver, file, n);
  if (s !== null) return [s];
  const els = arrayElements(resolver, file, n);
  if (!els || els.length === 0) return null;
  const out = els.map((e) => staticString(resolver, e.file, e.node));
  return out.every((p): p is string => p !== null) ? out : null;
}
