import { calleeName, isFunction, type Node, parentOf, stringValue, type T, unwrap, walk } from '../../parse/ast.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { isTestFile } from '../shared/test-files.ts';
import { loopElements } from '../shared/values.ts';
import { autoloadEntries, isAutoload } from './autoload.ts';
import {
  CHAINABLE,
  Contexts,
  type Ctx,
  isFastifyFactory,
  isFastifyPlugin,
  type Reg,
  ROUTE_METHODS,
} from './contexts.ts';

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
    if (!mentionsFastify(file) || isTestFile(file)) continue;
    for (const call of file.index.CallExpression) calls.push({ file, call });
    // awaits (queue flushes) and typed plugin functions only matter in files that name Fastify
    if (!/fastify/i.test(file.text)) continue;
    walk(file.program, (node) => {
      if (node.type === 'AwaitExpression') awaits.push({ file, node });
      else if (isFunction(node) && looksLikePlugin(node)) cx.ensurePlugin(file, node);
    });
  }
  // default-exported functions used as plugins by a loader we may not see (fastify-cli's app.js, autoload)
  if (usesFastify) {
    for (const file of project.files.values()) {
      if (
        !mentionsFastify(file) ||
        isTestFile(file) ||
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
  // (the project function each call runs, found once for every round: only such a call can bind an instance, so the
  // arguments of the others are never resolved)
  const callees = new Map<T.CallExpression, { file: SourceFile; fn: Node } | null>();
  const projectCallee = (file: SourceFile, call: T.CallExpression) => {
    let fn = callees.get(call);
    if (fn === undefined) {
      fn = resolver.functionOf(resolver.valueOf(file, call.callee as Node));
      callees.set(call, fn);
    }
    return fn;
  };
  for (let round = 0, changed = true; changed && round < 8; round++) {
    changed = false;
    for (const { file, call } of calls) {
      const callee = unwrap(call.callee as Node);
      if (callee?.type === 'MemberExpression' && calleeName(call) === 'register' && call.arguments[0]) {
        if (!cx.ctxOf(file, callee.object as Node)) continue;
        for (const p of cx.pluginsOf(file, call.arguments[0] as Node)) {
          if (p.fn) changed = cx.registered(p.fn.file, p.fn.node) || changed;
          else if (isAutoload(p.pkg)) {
            for (const entry of autoloadEntries(resolver, project, cx, file, call.arguments[1] as Node | undefined)) {
              if (entry.plugin.fn) changed = cx.registered(entry.plugin.fn.file, entry.plugin.fn.node) || changed;
            }
          }
        }
        continue;
      }
      if (call.arguments.length === 0) continue;
      // `setupAuth(app)`: a helper (even one typed like a plugin) called with the instance acts on it directly
      const fn = projectCallee(file, call);
      if (!fn || cx.isRegistered(fn.fn)) continue;
      call.arguments.forEach((arg, i) => {
        if (arg.type === 'SpreadElement') return;
        const ctx = cx.ctxOf(file, arg as Node);
        if (ctx && !cx.isRegistered(fn.fn)) changed = cx.bind(fn.fn, i, ctx, { file, node: call }) || changed;
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
    cx.sites.sort(ctx.regs);
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
