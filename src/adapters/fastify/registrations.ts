import { calleeName, isFunction, type Node, parentOf, stringValue, type T, unwrap, walk } from '../../parse/ast.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver, Value } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { returnedFunction } from '../shared/links.ts';
import { loopElements } from '../shared/values.ts';
import { autoloadEntries, isAutoload } from './autoload.ts';

export const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'all']);
/** Instance methods that return the instance, so `app.register(a).register(b)` stays on `app`. */
const CHAINABLE = new Set([
  ...ROUTE_METHODS,
  'route',
  'register',
  'after',
  'addHook',
  'decorate',
  'decorateRequest',
  'decorateReply',
  'setErrorHandler',
  'setNotFoundHandler',
  'use',
  'addSchema',
  'addContentTypeParser',
  'setValidatorCompiler',
  'setSerializerCompiler',
  'withTypeProvider',
]);

/**
 * An encapsulation context: the root instance (`Fastify()`) or a plugin function, whose first parameter
 * is the child instance. Identified by the node that creates it, so every file that reaches the same
 * plugin shares one Ctx.
 */
export interface Ctx {
  kind: 'app' | 'plugin';
  file: SourceFile;
  node: Node;
  regs: Reg[];
}

interface RegBase {
  file: SourceFile;
  call: T.CallExpression;
}

/** One call on an instance, in source order. */
export type Reg =
  | (RegBase & { kind: 'route'; method: string; args: Node[] })
  | (RegBase & { kind: 'hook'; phase: string; fn: Node })
  | (RegBase & { kind: 'use'; path: string | null; fns: Node[] })
  | (RegBase & { kind: 'register'; plugin: Node; opts: Node | null; awaited: boolean })
  | (RegBase & { kind: 'decorate'; name: string; value: Node })
  | (RegBase & { kind: 'error'; fn: Node })
  /** `await app.after()` / `await app.ready()` / `await app`: queued plugins load here */
  | { kind: 'flush'; file: SourceFile; call: Node };

/** What a `register(x)` argument is: a plugin function (maybe `fp`-wrapped) or a package plugin. */
export interface PluginRef {
  fn: { file: SourceFile; node: Node } | null;
  /** wrapped in fastify-plugin: no encapsulation, no prefix; its hooks and decorators land on the parent */
  fp: boolean;
  pkg: string | null;
}

export class Contexts {
  readonly ctxs = new Map<Node, Ctx>();
  private readonly bindings = new Map<Node, Map<number, Ctx>>();
  private readonly resolver: Resolver;

  constructor(resolver: Resolver) {
    this.resolver = resolver;
  }

  /** The context an expression denotes (an instance variable, a plugin parameter, `this`, a chained call). */
  ctxOf(file: SourceFile, expr: Node | null | undefined, depth = 0): Ctx | null {
    const n = unwrap(expr);
    if (!n || depth > 12) return null;
    // a plugin function itself is not an instance (only its first parameter is)
    const direct = this.ctxs.get(n);
    if (direct?.kind === 'app') return direct;
    if (n.type === 'ThisExpression') {
      for (let p = parentOf(n); p; p = parentOf(p)) {
        if (p.type === 'FunctionExpression' || p.type === 'FunctionDeclaration') return this.ctxs.get(p) ?? null;
      }
      return null;
    }
    if (n.type === 'CallExpression') {
      const callee = unwrap(n.callee as Node);
      if (callee?.type === 'MemberExpression' && CHAINABLE.has(calleeName(n) ?? ''))
        return this.ctxOf(file, callee.object as Node, depth + 1);
    }
    const v = this.resolver.valueOf(file, n);
    return this.ctxOfValue(v, depth + 1);
  }

  private ctxOfValue(v: Value, depth: number): Ctx | null {
    if (v.kind === 'param') {
      if (v.path.length !== 0) return null;
      const bound = this.bindings.get(v.fn)?.get(v.index);
      if (bound) return bound;
      return v.index === 0 ? (this.ctxs.get(v.fn) ?? null) : null;
    }
    if (v.kind !== 'node') return null;
    const node = unwrap(v.node);
    if (!node) return null;
    const direct = this.ctxs.get(node);
    if (direct?.kind === 'app') return direct;
    if (node.type === 'CallExpression') {
      const callee = unwrap(node.callee as Node);
      if (callee?.type === 'MemberExpression' && CHAINABLE.has(calleeName(node) ?? ''))
        return this.ctxOf(v.file, callee.object as Node, depth + 1);
      // `const app = await buildApp()`: the instance the builder returns
      const fn = this.resolver.functionOf(this.resolver.valueOf(v.file, node.callee as Node));
      if (fn) return this.returnedCtx(fn.file, fn.fn, depth + 1);
    }
    return null;
  }

  private returnedCtx(file: SourceFile, fn: Node, depth: number): Ctx | null {
    let found: Ctx | null = null;
    walk(fn, (node) => {
      if (found) return false;
      if (node !== fn && isFunction(node)) return false;
      if (node.type === 'ReturnStatement' && node.argument) found = this.ctxOf(file, node.argument as Node, depth);
    });
    const body = (fn as T.ArrowFunctionExpression).body as Node | undefined;
    if (!found && body && body.type !== 'BlockStatement') found = this.ctxOf(file, body, depth);
    return found;
  }

  /** Records that parameter `index` of `fn` receives the instance of `ctx` (`registerRoutes(app)`). */
  bind(fn: Node, index: number, ctx: Ctx): boolean {
    const m = this.bindings.get(fn) ?? new Map<number, Ctx>();
    this.bindings.set(fn, m);
    if (m.has(index)) return false;
    m.set(index, ctx);
    return true;
  }

  ensurePlugin(file: SourceFile, fn: Node): boolean {
    if (this.ctxs.has(fn)) return false;
    this.ctxs.set(fn, { kind: 'plugin', file, node: fn, regs: [] });
    return true;
  }

  /**
   * Resolves a `register(x)` argument: `routes`, `fp(routes)`, `import('./routes.js')`, `require('./routes')`,
   * `{ default: … }` namespaces, factories returning a plugin, or a package (`@fastify/rate-limit`).
   */
  pluginOf(file: SourceFile, expr: Node): PluginRef {
    let fp = false;
    let cur: Node | null = unwrap(expr);
    let f = file;
    for (let depth = 0; cur && depth < 10; depth++) {
      if (isFunction(cur)) return { fn: { file: f, node: cur }, fp, pkg: null };
      if (cur.type === 'ImportExpression') {
        const spec = stringValue(cur.source as Node);
        if (spec === null) break;
        const target = this.resolver.resolveModule(f, spec);
        if (!target) return { fn: null, fp, pkg: spec.startsWith('.') ? null : spec };
        const v = this.resolver.exportOf(target, 'default');
        if (v.kind !== 'node') break;
        f = v.file;
        cur = unwrap(v.node);
        continue;
      }
      if (cur.type === 'MemberExpression' && unwrap(cur.object as Node)?.type === 'ImportExpression') {
        cur = unwrap(cur.object as Node); // (await import('./x')).default
        continue;
      }
      if (cur.type === 'CallExpression') {
        const cv = this.resolver.valueOf(f, cur.callee as Node);
        if (isFastifyPlugin(cv)) {
          fp = true;
          cur = unwrap(cur.arguments[0] as Node);
          continue;
        }
      }
      const v = this.resolver.valueOf(f, cur);
      if (v.kind === 'external') return { fn: null, fp, pkg: v.pkg };
      if (v.kind === 'module') {
        const d = this.resolver.exportOf(v.file, 'default');
        if (d.kind !== 'node') break;
        f = d.file;
        cur = unwrap(d.node);
        continue;
      }
      if (v.kind !== 'node') break;
      const node = unwrap(v.node);
      if (node === cur && node?.type === 'CallExpression') {
        // a factory: `register(buildRoutes(deps))` registers the function it returns
        const fn = this.resolver.functionOf(this.resolver.valueOf(f, node.callee as Node));
        const ret = fn ? returnedFunction(fn.fn) : null;
        return { fn: ret && fn ? { file: fn.file, node: ret } : null, fp, pkg: null };
      }
      if (node === cur) break;
      f = v.file;
      cur = node;
    }
    return { fn: null, fp, pkg: null };
  }
}

export function isFastifyPlugin(v: Value): boolean {
  return (
    v.kind === 'external' &&
    v.pkg === 'fastify-plugin' &&
    (v.path.length === 0 || v.path[0] === 'default' || v.path[0] === 'fastifyPlugin')
  );
}

function isFastifyFactory(v: Value): boolean {
  return (
    v.kind === 'external' &&
    v.pkg === 'fastify' &&
    (v.path.length === 0 || (v.path.length === 1 && (v.path[0] === 'default' || v.path[0] === 'fastify')))
  );
}

/** Files that could hold an instance or a plugin: cheap text test before walking. */
function mentionsFastify(file: SourceFile): boolean {
  return /fastify|\.(?:register|route|addHook|get|post|put|patch|delete)\s*[<(]/i.test(file.text);
}

/**
 * Finds every Fastify instance and plugin context, and every registration on them, across all files.
 * Plugins are discovered from `register(...)` calls reachable from an instance, from `fp(...)` wrappers and
 * from their shape (a first parameter typed `FastifyInstance`, a `FastifyPluginAsync` declaration), so route
 * modules loaded by code outside the scanned folder (fastify-cli, autoload) are still found.
 */
export function collectContexts(project: Project, resolver: Resolver): Contexts {
  const cx = new Contexts(resolver);
  const calls: { file: SourceFile; call: T.CallExpression }[] = [];
  const awaits: { file: SourceFile; node: T.AwaitExpression }[] = [];
  const usesFastify = project.packages.some((p) => p.deps.has('fastify'));
  for (const file of project.files.values()) {
    if (!mentionsFastify(file)) continue;
    walk(file.program, (node) => {
      if (node.type === 'CallExpression') calls.push({ file, call: node });
      else if (node.type === 'AwaitExpression') awaits.push({ file, node });
      else if (isFunction(node) && (usesFastify || /fastify/i.test(file.text)) && looksLikePlugin(node))
        cx.ensurePlugin(file, node);
    });
  }
  // default-exported functions used as plugins by a loader we may not see (fastify-cli's app.js, autoload)
  if (usesFastify) {
    for (const file of project.files.values()) {
      if (
        !mentionsFastify(file) ||
        /from ['"](?:express|koa|hono)['"]|require\(['"](?:express|koa|hono)['"]\)/.test(file.text)
      )
        continue;
      const fn = resolver.functionOf(resolver.exportOf(file, 'default'));
      if (fn && usesParamAsInstance(fn.fn)) cx.ensurePlugin(fn.file, fn.fn);
    }
  }
  // 1. root instances and fp-wrapped plugins
  for (const { file, call } of calls) {
    const v = resolver.valueOf(file, call.callee as Node);
    if (isFastifyFactory(v)) cx.ctxs.set(call, { kind: 'app', file, node: call, regs: [] });
    else if (isFastifyPlugin(v) && call.arguments[0]) {
      const p = cx.pluginOf(file, call.arguments[0] as Node);
      if (p.fn) cx.ensurePlugin(p.fn.file, p.fn.node);
    }
  }
  if (cx.ctxs.size === 0) return cx;
  // 2. plugins registered on known instances, and functions that receive an instance; until nothing new
  for (let round = 0, changed = true; changed && round < 8; round++) {
    changed = false;
    for (const { file, call } of calls) {
      const callee = unwrap(call.callee as Node);
      if (callee?.type === 'MemberExpression' && calleeName(call) === 'register' && call.arguments[0]) {
        if (!cx.ctxOf(file, callee.object as Node)) continue;
        const p = cx.pluginOf(file, call.arguments[0] as Node);
        if (p.fn) changed = cx.ensurePlugin(p.fn.file, p.fn.node) || changed;
        else if (isAutoload(p.pkg)) {
          for (const entry of autoloadEntries(resolver, project, cx, file, call.arguments[1] as Node | undefined)) {
            if (entry.plugin.fn) changed = cx.ensurePlugin(entry.plugin.fn.file, entry.plugin.fn.node) || changed;
          }
        }
        continue;
      }
      call.arguments.forEach((arg, i) => {
        if (arg.type === 'SpreadElement') return;
        const ctx = cx.ctxOf(file, arg as Node);
        if (!ctx) return;
        const fn = resolver.functionOf(resolver.valueOf(file, call.callee as Node));
        if (fn && !cx.ctxs.has(fn.fn)) changed = cx.bind(fn.fn, i, ctx) || changed;
      });
    }
  }
  // 3. registrations
  for (const { file, call } of calls) {
    const callee = unwrap(call.callee as Node);
    if (callee?.type !== 'MemberExpression') continue;
    const method = calleeName(call);
    if (!method) continue;
    const reg = registrationOf(file, call, method);
    if (!reg) continue;
    for (const ctx of receivers(cx, resolver, file, callee.object as Node)) ctx.regs.push(reg);
  }
  for (const { file, node } of awaits) {
    const arg = unwrap(node.argument as Node);
    if (!arg) continue;
    const isFlushCall = arg.type === 'CallExpression' && ['after', 'ready'].includes(calleeName(arg) ?? '');
    const target = isFlushCall
      ? ((unwrap((arg as T.CallExpression).callee as Node) as T.MemberExpression).object as Node)
      : arg;
    if (!isFlushCall && arg.type !== 'Identifier') continue;
    const ctx = cx.ctxOf(file, target);
    if (ctx) ctx.regs.push({ kind: 'flush', file, call: isFlushCall ? arg : node });
  }
  for (const ctx of cx.ctxs.values()) {
    ctx.regs.sort((a, b) => (a.file === b.file ? a.call.start - b.call.start : a.file.rel.localeCompare(b.file.rel)));
  }
  return cx;
}

/** The contexts a receiver stands for; a loop variable over several instances stands for each. */
function receivers(cx: Contexts, resolver: Resolver, file: SourceFile, expr: Node): Ctx[] {
  const one = cx.ctxOf(file, expr);
  if (one) return [one];
  const els = loopElements(resolver, file, expr);
  if (!els) return [];
  return els.map((e) => cx.ctxOf(e.file, e.node)).filter((c): c is Ctx => !!c);
}

function registrationOf(file: SourceFile, call: T.CallExpression, method: string): Reg | null {
  const args = call.arguments as Node[];
  if (ROUTE_METHODS.has(method) || method === 'route') {
    // `app.get('/x', handler)` / `app.route({ … })`; a one-argument `get` is something else (a decorator lookup)
    if (method === 'route' ? args.length < 1 : args.length < 2) return null;
    return { kind: 'route', file, call, method, args };
  }
  switch (method) {
    case 'addHook': {
      const phase = stringValue(args[0]);
      return phase !== null && args[1] ? { kind: 'hook', file, call, phase, fn: args[1] } : null;
    }
    case 'use': {
      const path = stringValue(args[0]);
      const fns = path !== null ? args.slice(1) : args;
      return fns.length ? { kind: 'use', file, call, path, fns } : null;
    }
    case 'register':
      return args[0]
        ? { kind: 'register', file, call, plugin: args[0], opts: args[1] ?? null, awaited: isAwaited(call) }
        : null;
    case 'decorate': {
      const name = stringValue(args[0]);
      return name !== null && args[1] ? { kind: 'decorate', file, call, name, value: args[1] } : null;
    }
    case 'setErrorHandler':
      return args[0] ? { kind: 'error', file, call, fn: args[0] } : null;
    default:
      return null;
  }
}

/** `await app.register(x)` (also `await app.register(a).register(b)`): the queue is loaded right there. */
function isAwaited(call: Node): boolean {
  let n: Node = call;
  let p = parentOf(n);
  while (p) {
    if (p.type === 'AwaitExpression') return true;
    if (p.type === 'MemberExpression' && p.object === n) {
      const up = parentOf(p);
      if (up?.type !== 'CallExpression' || up.callee !== p || !CHAINABLE.has(calleeName(up) ?? '')) return false;
      n = up;
    } else if (
      p.type === 'TSAsExpression' ||
      p.type === 'TSNonNullExpression' ||
      p.type === 'ParenthesizedExpression'
    ) {
      n = p;
    } else return false;
    p = parentOf(n);
  }
  return false;
}

/**
 * A function shaped like a plugin: `(fastify: FastifyInstance, …)` or declared as `FastifyPluginAsync` /
 * `FastifyPluginCallback` (`const routes: FastifyPluginAsync = async (app) => …`).
 */
function looksLikePlugin(fn: Node): boolean {
  if (!isFunction(fn)) return false;
  const first = fn.params[0] as Node | undefined;
  if (
    first &&
    typeName((first as T.BindingIdentifier).typeAnnotation?.typeAnnotation as Node | undefined) === 'FastifyInstance'
  )
    return true;
  const parent = parentOf(fn);
  if (parent?.type === 'VariableDeclarator' && parent.init === fn) {
    const declared = typeName((parent.id as T.BindingIdentifier).typeAnnotation?.typeAnnotation as Node | undefined);
    return !!declared && /^FastifyPlugin/.test(declared);
  }
  return false;
}

const INSTANCE_METHODS = new Set(['register', 'addHook', 'route', 'decorate', 'setErrorHandler']);

/** The function's first parameter is used as an instance: `fastify.register(…)`, `fastify.get('/x', …)`. */
function usesParamAsInstance(fn: Node): boolean {
  if (!isFunction(fn)) return false;
  const first = fn.params[0] as Node | undefined;
  const name = first?.type === 'Identifier' ? first.name : null;
  if (!name || !fn.body) return false;
  let found = false;
  walk(fn.body as Node, (node) => {
    if (found || node.type !== 'CallExpression') return;
    const callee = unwrap(node.callee as Node);
    if (callee?.type !== 'MemberExpression' || unwrap(callee.object as Node)?.type !== 'Identifier') return;
    if ((unwrap(callee.object as Node) as T.IdentifierReference).name !== name) return;
    const m = calleeName(node) ?? '';
    if (INSTANCE_METHODS.has(m)) found = true;
    else if (
      ROUTE_METHODS.has(m) &&
      node.arguments.length >= 2 &&
      stringValue(node.arguments[0] as Node)?.startsWith('/')
    )
      found = true;
  });
  return found;
}

function typeName(t: Node | undefined): string | null {
  if (t?.type !== 'TSTypeReference') return null;
  const n = t.typeName as Node;
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'TSQualifiedName') return (n.right as T.IdentifierName).name;
  return null;
}
