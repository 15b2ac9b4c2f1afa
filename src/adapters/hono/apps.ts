import { isFunction, type Node, nameOf, type T, unwrap, walk } from '../../parse/ast.ts';
import type { Resolver, Value } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { staticString } from '../shared/values.ts';
import { mergePath } from './paths.ts';

/** A Hono instance, identified by the expression that creates it (`new Hono()`, `factory.createApp()`). */
export interface HonoApp {
  file: SourceFile;
  node: Node;
  regs: Registration[];
}

/**
 * An expression that denotes a Hono instance, seen through `basePath()`: `new Hono().basePath('/api')`
 * registers on the same instance, with every path prefixed by `base`.
 */
export interface View {
  app: HonoApp;
  base: string;
}

/** Where a registration runs, for ordering: the call site of a `register(app)` function, then the position inside. */
export interface Order {
  file: SourceFile;
  pos: number;
  inner: number;
}

/** One registration on an instance, in the order Hono sees it. */
export type Registration =
  | {
      kind: 'route';
      file: SourceFile;
      call: T.CallExpression;
      base: string;
      methods: string[];
      paths: string[] | null;
      args: Node[];
      order: Order;
    }
  | { kind: 'use'; file: SourceFile; call: T.CallExpression; base: string; paths: string[]; args: Node[]; order: Order }
  | { kind: 'mount'; file: SourceFile; call: T.CallExpression; base: string; path: string; sub: Node; order: Order }
  | { kind: 'openapi'; file: SourceFile; call: T.CallExpression; base: string; route: Node; args: Node[]; order: Order }
  | { kind: 'error'; file: SourceFile; call: T.CallExpression; handler: Node; order: Order };

export const ROUTE_METHODS = new Set(['get', 'post', 'put', 'delete', 'patch', 'options', 'all']);
/** Methods that return the instance itself, so `app.get(...).post(...)` keeps registering on it. */
const CHAINING = new Set([
  ...ROUTE_METHODS,
  'on',
  'use',
  'route',
  'onError',
  'notFound',
  'openapi',
  'doc',
  'doc31',
  'mount',
]);

/** `new Hono()` from 'hono' (or a preset: hono/tiny, hono/quick), `new OpenAPIHono()` from @hono/zod-openapi. */
function isHonoClass(v: Value): boolean {
  if (v.kind !== 'external') return false;
  const last = v.path[v.path.length - 1];
  if ((v.pkg === 'hono' || v.pkg.startsWith('hono/')) && last === 'Hono') return true;
  return v.pkg === '@hono/zod-openapi' && last === 'OpenAPIHono';
}

/** `createFactory().createApp()` from hono/factory. */
function isFactoryCreateApp(resolver: Resolver, file: SourceFile, call: T.CallExpression): boolean {
  const callee = unwrap(call.callee as Node);
  if (callee?.type !== 'MemberExpression' || nameOf(callee.property as Node) !== 'createApp') return false;
  let obj: Value = resolver.valueOf(file, callee.object as Node);
  if (obj.kind === 'node') {
    const n = unwrap(obj.node);
    if (n?.type === 'CallExpression') obj = resolver.valueOf(obj.file, n.callee as Node);
  }
  return obj.kind === 'external' && obj.pkg === 'hono/factory' && obj.path[obj.path.length - 1] === 'createFactory';
}

/** Files that can hold a Hono registration: they import hono, or call a registration method on something. */
function mayRegister(file: SourceFile): boolean {
  return /hono|Hono|\.(?:get|post|put|delete|patch|options|all|on|use|route|basePath|onError|openapi)\s*\(/.test(
    file.text,
  );
}

/**
 * Every Hono instance of the project with its registrations in source order. Instances are matched by
 * their creation expression, so a sub-app created in one file and imported by another is one HonoApp.
 */
export class HonoApps {
  readonly apps = new Map<Node, HonoApp>();
  private readonly resolver: Resolver;
  /** function → parameter index → instance passed there (`registerRoutes(app)`), with the first call site */
  private readonly params = new Map<Node, { file: SourceFile; byIndex: Map<number, { view: View; site: Order }> }>();
  private readonly resolving = new Set<Node>();

  constructor(resolver: Resolver, files: Iterable<SourceFile> = resolver.project.files.values()) {
    this.resolver = resolver;
    const calls: { file: SourceFile; call: T.CallExpression }[] = [];
    // the parse pass indexed every `new` and call expression: no walk over the files again
    for (const file of files) {
      if (!mayRegister(file)) continue;
      for (const node of file.index.NewExpression) {
        if (isHonoClass(resolver.valueOf(file, node.callee as Node))) this.apps.set(node, { file, node, regs: [] });
      }
      for (const node of file.index.CallExpression) {
        calls.push({ file, call: node });
        if (isFactoryCreateApp(resolver, file, node)) this.apps.set(node, { file, node, regs: [] });
      }
    }
    if (this.apps.size === 0) return;
    this.bindParams(calls);
    for (const { file, call } of calls) this.register(file, call);
    for (const app of this.apps.values()) app.regs.sort((a, b) => compareOrder(a.order, b.order, app.file));
  }

  /** The instance (and base path) an expression denotes, or null. */
  viewOf(file: SourceFile, expr: Node | null | undefined, depth = 0): View | null {
    const n = unwrap(expr);
    if (!n || depth > 20) return null;
    const direct = this.apps.get(n);
    if (direct) return { app: direct, base: '/' };
    if (n.type === 'CallExpression') {
      const callee = unwrap(n.callee as Node);
      if (callee?.type === 'MemberExpression') {
        const name = nameOf(callee.property as Node);
        if (name === 'basePath') {
          const v = this.viewOf(file, callee.object as Node, depth + 1);
          const p = staticString(this.resolver, file, n.arguments[0] as Node);
          return v && p !== null ? { app: v.app, base: mergePath(v.base, p) } : v;
        }
        if (name && CHAINING.has(name)) return this.viewOf(file, callee.object as Node, depth + 1);
      }
      // a function that builds and returns an app: `app.route('/x', createUsersApp())`
      const fn = this.resolver.functionOf(this.resolver.valueOf(file, n.callee as Node));
      if (fn) return this.returnedView(fn.file, fn.fn, depth + 1);
      return null;
    }
    if (n.type === 'Identifier' || n.type === 'MemberExpression') {
      const v = this.resolver.valueOf(file, n);
      if (v.kind === 'node' && v.node !== n) return this.viewOf(v.file, v.node, depth + 1);
      if (v.kind === 'param' && v.path.length === 0) return this.params.get(v.fn)?.byIndex.get(v.index)?.view ?? null;
    }
    return null;
  }

  private returnedView(file: SourceFile, fn: Node, depth: number): View | null {
    if (this.resolving.has(fn)) return null;
    this.resolving.add(fn);
    try {
      const body = (fn as T.ArrowFunctionExpression).body as Node | undefined;
      if (body && body.type !== 'BlockStatement') return this.viewOf(file, body, depth);
      let found: View | null = null;
      walk(fn, (node) => {
        if (found) return false;
        if (node !== fn && isFunction(node)) return false;
        if (node.type === 'ReturnStatement' && node.argument) found = this.viewOf(file, node.argument as Node, depth);
      });
      return found;
    } finally {
      this.resolving.delete(fn);
    }
  }

  /** `setup(app)`: registrations inside `setup` apply to app, in the order of the call. */
  private bindParams(calls: { file: SourceFile; call: T.CallExpression }[]): void {
    // two rounds so that `a(app)` calling `b(app)` is followed one level deeper
    for (let round = 0; round < 2; round++) {
      for (const { file, call } of calls) {
        call.arguments.forEach((arg, i) => {
          const view = this.viewOf(file, arg as Node);
          if (!view) return;
          const fn = this.resolver.functionOf(this.resolver.valueOf(file, call.callee as Node));
          if (!fn) return;
          let m = this.params.get(fn.fn);
          if (!m) {
            m = { file: fn.file, byIndex: new Map() };
            this.params.set(fn.fn, m);
          }
          if (!m.byIndex.has(i)) m.byIndex.set(i, { view, site: this.orderOf(file, call.start) });
        });
      }
    }
  }

  /** Order key of a position: inside a bound function it is the call site's position. */
  private orderOf(file: SourceFile, pos: number): Order {
    for (const [fn, m] of this.params) {
      if (m.file === file && pos > fn.start && pos < fn.end) {
        const site = [...m.byIndex.values()][0]!.site;
        return { file: site.file, pos: site.pos, inner: pos };
      }
    }
    return { file, pos, inner: 0 };
  }

  private register(file: SourceFile, call: T.CallExpression): void {
    const callee = unwrap(call.callee as Node);
    if (callee?.type !== 'MemberExpression') return;
    const method = nameOf(callee.property as Node);
    if (!method || !CHAINING.has(method) || method === 'notFound' || method === 'doc' || method === 'doc31') return;
    const view = this.viewOf(file, callee.object as Node);
    if (!view) return;
    const args = call.arguments as Node[];
    const order = this.orderOf(file, (callee.property as Node).start);
    const base = view.base;
    // (paths may be built from constants: `app.route(\`${api}/auth\`, authRoutes)` with `const api = '/api/v1'`)
    const str = (n: Node | undefined) => staticString(this.resolver, file, n);
    const reg = ((): Registration | null => {
      switch (method) {
        case 'use': {
          const paths = pathsOf(args[0], str);
          return { kind: 'use', file, call, base, paths: paths ?? ['*'], args: paths ? args.slice(1) : args, order };
        }
        case 'route': {
          const path = str(args[0]);
          return path !== null && args[1] ? { kind: 'mount', file, call, base, path, sub: args[1], order } : null;
        }
        case 'mount':
          return null; // a non-Hono fetch handler: its routes are not Hono's to list
        case 'onError':
          return args[0] ? { kind: 'error', file, call, handler: args[0], order } : null;
        case 'openapi':
          return args[0] ? { kind: 'openapi', file, call, base, route: args[0], args: args.slice(1), order } : null;
        case 'on': {
          const methods = methodsOf(args[0], str);
          const paths = pathsOf(args[1], str);
          return methods && paths
            ? { kind: 'route', file, call, base, methods, paths, args: args.slice(2), order }
            : null;
        }
        default: {
          // `app.get('/x', h)`, or `app.get('/x', h).post(h2)`: without a path Hono reuses the last one
          const paths = pathsOf(args[0], str);
          if (args.length === 0) return null;
          return {
            kind: 'route',
            file,
            call,
            base,
            methods: [method.toUpperCase()],
            paths,
            args: paths ? args.slice(1) : args,
            order,
          };
        }
      }
    })();
    if (reg) view.app.regs.push(reg);
  }
}

/**
 * Registration order. Within a file, source order. Across files, the file that creates the instance runs
 * first (a module that imports the app to add routes is evaluated after the app's own module body), then
 * the others by path.
 */
export function compareOrder(a: Order, b: Order, home: SourceFile): number {
  if (a.file !== b.file) {
    if (a.file === home) return -1;
    if (b.file === home) return 1;
    return a.file.rel.localeCompare(b.file.rel);
  }
  return a.pos - b.pos || a.inner - b.inner;
}

/** The path (or paths) a registration names, each read by `str` (a static string, also built of constants). */
function pathsOf(n: Node | undefined, str: (n: Node | undefined) => string | null): string[] | null {
  const s = str(n);
  if (s !== null) return [s];
  const u = unwrap(n);
  if (u?.type === 'ArrayExpression') {
    const all = u.elements.map((e) => str(e as Node));
    return all.length > 0 && all.every((x): x is string => x !== null) ? all : null;
  }
  return null;
}

function methodsOf(n: Node | undefined, str: (n: Node | undefined) => string | null): string[] | null {
  const list = pathsOf(n, str);
  return list ? list.map((m) => m.toUpperCase()) : null;
}
