import { calleeName, isFunction, type Node, parentOf, stringValue, type T, unwrap, walk } from '../../parse/ast.ts';
import type { Resolver, Value } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { returnedFunction } from '../shared/links.ts';
import { CallSites } from '../shared/order.ts';
import { loopElements, objectProps } from '../shared/values.ts';

export const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'all']);
/** Instance methods that return the instance, so `app.register(a).register(b)` stays on `app`. */
export const CHAINABLE = new Set([
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
  private readonly registeredFns = new Set<Node>();
  readonly sites = new CallSites();
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
  bind(fn: Node, index: number, ctx: Ctx, site: { file: SourceFile; node: Node }): boolean {
    const m = this.bindings.get(fn) ?? new Map<number, Ctx>();
    this.bindings.set(fn, m);
    if (m.has(index)) return false;
    m.set(index, ctx);
    this.sites.record(fn, site);
    return true;
  }

  /** A plugin function passed to `register()` (or loaded by autoload): its own encapsulation context. */
  registered(file: SourceFile, fn: Node): boolean {
    const added = !this.registeredFns.has(fn);
    this.registeredFns.add(fn);
    // a binding from a direct call would route its registrations to the caller: registration wins
    this.bindings.delete(fn);
    this.sites.forget(fn);
    return this.ensurePlugin(file, fn) || added;
  }

  isRegistered(fn: Node): boolean {
    return this.registeredFns.has(fn);
  }

  ensurePlugin(file: SourceFile, fn: Node): boolean {
    if (this.ctxs.has(fn)) return false;
    this.ctxs.set(fn, { kind: 'plugin', file, node: fn, regs: [] });
    return true;
  }

  /**
   * The plugins a `register(x)` argument stands for: one, or each element when `x` is a loop variable
   * (`for (const p of [users, posts]) app.register(p, { prefix: '/api' })`).
   */
  pluginsOf(file: SourceFile, expr: Node): PluginRef[] {
    const one = this.pluginOf(file, expr);
    if (one.fn || one.pkg) return [one];
    const els = loopElements(this.resolver, file, expr);
    return els ? els.map((e) => this.pluginOf(e.file, e.node)) : [one];
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
          // `fp(plugin, { encapsulate: true })` keeps its own context (fastify-plugin v4+)
          const enc = unwrap(
            objectProps(this.resolver, f, cur.arguments[1] as Node | undefined).get('encapsulate')?.node,
          );
          fp = !(enc?.type === 'Literal' && enc.value === true);
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

export function isFastifyFactory(v: Value): boolean {
  return (
    v.kind === 'external' &&
    v.pkg === 'fastify' &&
    (v.path.length === 0 || (v.path.length === 1 && (v.path[0] === 'default' || v.path[0] === 'fastify')))
  );
}
