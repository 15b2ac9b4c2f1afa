import type { ChainLink, FunctionRef, LinkHint } from '../../core/endpoint.ts';
import type { EndpointMethod } from '../../core/finding.ts';
import { normalisePath } from '../../core/path.ts';
import {
  calleeName,
  isFunction,
  memberPath,
  type Node,
  nameOf,
  stringValue,
  type T,
  unwrap,
  walk,
} from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { makeLink } from '../shared/links.ts';
import { arrayElements, type Located, objectProps, staticString } from '../shared/values.ts';

/** A package middleware the adapter recognises: the call that builds it and the package it comes from. */
interface PackageCall {
  pkg: string;
  path: string[];
  call: T.CallExpression;
  file: SourceFile;
}

const RATE_LIMIT = new Set([
  'koa-ratelimit',
  'koa2-ratelimit',
  'koa-simple-ratelimit',
  'koa-better-ratelimit',
  'koa-limit',
]);

/**
 * `true` for a request that `.unless({ path, method })` (koa-unless, used by koa-jwt) lets through without
 * running the middleware. Strings match the whole path, regexes are tested, `{ url, methods }` entries
 * match both.
 */
export type Unless = (method: EndpointMethod, path: string) => boolean;

export interface KoaMiddleware {
  links: ChainLink[];
  unless: Unless | null;
}

/** The chain links of a registered middleware expression, with the package hint when it is a known one. */
export function middlewareOf(
  resolver: Resolver,
  file: SourceFile,
  node: Node,
  scope: ChainLink['scope'],
): KoaMiddleware {
  const links = makeLink(resolver, file, node, scope);
  const pkgCall = packageCall(resolver, file, node);
  const hint = pkgCall ? hintOf(resolver, pkgCall) : null;
  const last = links[links.length - 1];
  if (hint && last) last.hint = hint;
  return { links, unless: unlessOf(resolver, file, node) };
}

function hintOf(resolver: Resolver, p: PackageCall): LinkHint | null {
  if (p.pkg === 'koa-jwt') {
    // passthrough: the request goes on without a valid token (ctx.state.user simply stays unset)
    const passthrough = unwrap(objectProps(resolver, p.file, p.call.arguments[0] as Node).get('passthrough')?.node);
    if (passthrough?.type === 'Literal' && passthrough.value === true) return null;
    return { kind: 'auth', detail: 'koa-jwt' };
  }
  if (RATE_LIMIT.has(p.pkg)) return { kind: 'rate-limit', detail: p.pkg };
  if ((p.pkg === 'koa-passport' || p.pkg === 'passport') && p.path[p.path.length - 1] === 'authenticate')
    return { kind: 'auth', detail: p.pkg };
  if (p.pkg === 'koa-basic-auth' || p.pkg === 'koa-basic-auth-middleware') return { kind: 'auth', detail: p.pkg };
  return null;
}

/** Follows a middleware expression to the package call that builds it (`jwt({...})`, `jwt({...}).unless(...)`). */
function packageCall(resolver: Resolver, file: SourceFile, node: Node, depth = 0): PackageCall | null {
  const n = unwrap(node);
  if (!n || depth > 8) return null;
  if (n.type === 'CallExpression') {
    const callee = unwrap(n.callee as Node);
    if (callee?.type === 'MemberExpression' && calleeName(n) === 'unless')
      return packageCall(resolver, file, callee.object as Node, depth + 1);
    const v = resolver.valueOf(file, n.callee as Node);
    return v.kind === 'external' ? { pkg: v.pkg, path: v.path, call: n, file } : null;
  }
  if (n.type === 'Identifier' || n.type === 'MemberExpression') {
    const v = resolver.valueOf(file, n);
    if (v.kind === 'node' && unwrap(v.node) !== n) return packageCall(resolver, v.file, v.node, depth + 1);
  }
  return null;
}

/** The `.unless(...)` rule wrapped around a middleware, followed through constants. */
function unlessOf(resolver: Resolver, file: SourceFile, node: Node, depth = 0): Unless | null {
  const n = unwrap(node);
  if (!n || depth > 8) return null;
  if (
    n.type === 'CallExpression' &&
    calleeName(n) === 'unless' &&
    unwrap(n.callee as Node)?.type === 'MemberExpression'
  ) {
    return parseUnless(resolver, file, n.arguments[0] as Node | undefined);
  }
  if (n.type === 'Identifier') {
    const v = resolver.valueOf(file, n);
    if (v.kind === 'node' && unwrap(v.node) !== n) return unlessOf(resolver, v.file, v.node, depth + 1);
  }
  return null;
}

type PathRule = { test: (path: string) => boolean; methods: string[] | null };

function parseUnless(resolver: Resolver, file: SourceFile, opts: Node | undefined): Unless | null {
  const props = objectProps(resolver, file, opts);
  const rules: PathRule[] = [];
  // `custom` decides at run time: read when it only tests the method and the path (`(ctx) => ctx.method === 'GET' &&
  // /^\/api\/v1\/rooms/.test(ctx.path)`); otherwise which routes it skips cannot be known, so treat none as skipped
  const custom = props.get('custom');
  const customRules = custom ? customRule(resolver, custom) : null;
  if (customRules) rules.push(...customRules);
  else if (custom && !props.has('path') && !props.has('method')) return null;
  const p = props.get('path');
  for (const el of p ? (arrayElements(resolver, p.file, p.node) ?? [p]) : []) {
    const obj = objectProps(resolver, el.file, el.node);
    if (obj.has('url')) {
      const test = pathTest(resolver, obj.get('url')!);
      const m = obj.get('methods') ?? obj.get('method');
      if (test) rules.push({ test, methods: m ? methodList(resolver, m) : null });
      continue;
    }
    const test = pathTest(resolver, el);
    if (test) rules.push({ test, methods: null });
  }
  const m = props.get('method');
  const methods = m ? methodList(resolver, m) : [];
  return (method, path) => {
    if (methods.includes(method)) return true;
    const sample = samplePath(path);
    return rules.some((r) => (r.methods === null || r.methods.includes(method)) && r.test(sample));
  };
}

/**
 * The routes a `custom` predicate of koa-unless skips, when it is an arrow over `ctx` made of `||` and `&&` of method
 * and path tests: `ctx.method === 'GET'`, `/^\/api\/rooms/.test(ctx.path)`, `ctx.path === '/x'`. Null for anything else.
 */
function customRule(resolver: Resolver, loc: Located): PathRule[] | null {
  const fn = unwrap(loc.node);
  if (fn?.type !== 'ArrowFunctionExpression' || fn.body.type === 'BlockStatement') return null;
  const ctx = fn.params[0]?.type === 'Identifier' ? fn.params[0].name : null;
  if (!ctx) return null;
  const isPart = (n: Node | null, part: string) => {
    const path = memberPath(n);
    return !!path && path[0] === ctx && path[path.length - 1] === part && path.length <= 3;
  };
  const alternatives = (n: Node | null): Node[] => {
    const u = unwrap(n);
    return u?.type === 'LogicalExpression' && u.operator === '||'
      ? [...alternatives(u.left as Node), ...alternatives(u.right as Node)]
      : u
        ? [u]
        : [];
  };
  const conjuncts = (n: Node): Node[] => {
    const u = unwrap(n);
    return u?.type === 'LogicalExpression' && u.operator === '&&'
      ? [...conjuncts(u.left as Node), ...conjuncts(u.right as Node)]
      : u
        ? [u]
        : [];
  };
  const rules: PathRule[] = [];
  for (const alt of alternatives(fn.body as Node)) {
    let methods: string[] | null = null;
    const tests: ((path: string) => boolean)[] = [];
    for (const c of conjuncts(alt)) {
      if (c.type === 'BinaryExpression' && (c.operator === '===' || c.operator === '==')) {
        const [l, r] = [c.left as Node, c.right as Node];
        const value = stringValue(r) ?? stringValue(l);
        const other = stringValue(r) !== null ? l : r;
        if (value === null) return null;
        if (isPart(other, 'method')) methods = [...(methods ?? []), value.toUpperCase()];
        else if (isPart(other, 'path') || isPart(other, 'url'))
          tests.push((p) => normalisePath(p) === normalisePath(value));
        else return null;
        continue;
      }
      if (c.type === 'CallExpression' && calleeName(c) === 'test' && isPart(c.arguments[0] as Node, 'path')) {
        const test = pathTest(resolver, { file: loc.file, node: (c.callee as T.MemberExpression).object as Node });
        if (!test) return null;
        tests.push(test);
        continue;
      }
      return null;
    }
    if (tests.length === 0 && methods === null) return null;
    rules.push({ test: (p) => tests.every((t) => t(p)), methods });
  }
  return rules.length > 0 ? rules : null;
}

function pathTest(resolver: Resolver, loc: Located): ((path: string) => boolean) | null {
  const n = unwrap(loc.node);
  const regex = n && n.type === 'Literal' ? (n as { regex?: { pattern: string; flags: string } }).regex : undefined;
  if (regex) {
    try {
      const re = new RegExp(regex.pattern, regex.flags.replace('g', ''));
      return (path) => re.test(path);
    } catch {
      return null;
    }
  }
  const s = staticString(resolver, loc.file, loc.node);
  // koa-unless compares strings with the request path verbatim: '/users/:id' never equals a real URL
  if (s === null || s.includes(':')) return null;
  const want = normalisePath(s);
  return (path) => normalisePath(path) === want;
}

function methodList(resolver: Resolver, loc: Located): string[] {
  return (arrayElements(resolver, loc.file, loc.node) ?? [loc])
    .map((e) => staticString(resolver, e.file, e.node)?.toUpperCase())
    .filter((m): m is string => !!m);
}

/** A concrete URL for a route path, so regexes written against real URLs can be tested: `{id}` → `1`. */
function samplePath(path: string): string {
  return path.replace(/\{\*\}/g, 'x').replace(/\{[^}]+\}/g, '1');
}

/** The link that stands for a global guard on a route it skips (`.unless({ path })`). */
export function publicLink(link: ChainLink): ChainLink {
  return { ...link, name: `${link.name} (skipped)`, fn: null, hint: { kind: 'public', detail: 'unless' } };
}

/**
 * Koa error middleware: `async (ctx, next) => { try { await next() } catch (err) { ctx.body = … } }`.
 * It wraps everything registered after it and answers for every error they throw.
 */
export function isErrorMiddleware(fn: FunctionRef): boolean {
  const f = fn.fn as T.Function | T.ArrowFunctionExpression;
  const next = nameOf(f.params[1] as Node | undefined);
  if (!next || !f.body) return false;
  let found = false;
  walkOwn(f.body as Node, (node) => {
    if (found || node.type !== 'TryStatement' || !node.handler) return;
    walkOwn(node.block as Node, (inner) => {
      if (inner.type === 'CallExpression' && nameOf(unwrap(inner.callee as Node)) === next) found = true;
    });
  });
  return found;
}

/**
 * Routes answered inside a middleware: `if (ctx.path === '/health') { ctx.body = …; return }` (with an
 * optional `ctx.method === 'GET'`), where the branch does not call `next()`.
 */
export function inlineRoutes(fn: FunctionRef): { method: EndpointMethod; path: string; node: Node }[] {
  const f = fn.fn as T.Function | T.ArrowFunctionExpression;
  const ctx = nameOf(f.params[0] as Node | undefined);
  const next = nameOf(f.params[1] as Node | undefined);
  if (!ctx || !f.body || f.body.type !== 'BlockStatement') return [];
  const out: { method: EndpointMethod; path: string; node: Node }[] = [];
  walkOwn(f.body as Node, (node) => {
    if (node.type !== 'IfStatement') return;
    let path: string | null = null;
    let method: EndpointMethod = 'ALL';
    // every condition must select the request (`ctx.path === …`, `ctx.method === …`): an `&& !ctx.state.user`
    // makes it a guard, not a route
    for (const c of conjuncts(node.test as Node)) {
      const eq = equality(c, ctx);
      if (!eq) return;
      if (eq.prop === 'method') method = eq.value.toUpperCase() as EndpointMethod;
      else if (eq.value.startsWith('/')) path = eq.value;
    }
    if (path === null) return;
    let callsNext = false;
    let responds = false;
    walkOwn(node.consequent as Node, (inner) => {
      if (inner.type === 'CallExpression' && next && nameOf(unwrap(inner.callee as Node)) === next) callsNext = true;
      // the branch answers: `ctx.body = …` (or `ctx.response.body`), or a redirect
      if (inner.type === 'AssignmentExpression') {
        const p = memberPath(inner.left as Node);
        if (p && p[0] === ctx && p[p.length - 1] === 'body') responds = true;
      }
      if (
        inner.type === 'CallExpression' &&
        calleeName(inner) === 'redirect' &&
        memberPath(inner.callee as Node)?.[0] === ctx
      )
        responds = true;
    });
    if (responds && !callsNext) out.push({ method, path, node });
  });
  return out;
}

function conjuncts(n: Node): Node[] {
  const u = unwrap(n);
  if (u?.type === 'LogicalExpression' && u.operator === '&&')
    return [...conjuncts(u.left as Node), ...conjuncts(u.right as Node)];
  return u ? [u] : [];
}

/** `ctx.path === '/x'` / `ctx.request.method == 'GET'` → the compared property and literal. */
function equality(n: Node, ctx: string): { prop: 'path' | 'method'; value: string } | null {
  if (n.type !== 'BinaryExpression' || (n.operator !== '===' && n.operator !== '==')) return null;
  for (const [a, b] of [
    [n.left, n.right],
    [n.right, n.left],
  ] as [Node, Node][]) {
    const value = stringValue(b);
    const p = memberPath(a);
    if (value === null || !p || p[0] !== ctx) continue;
    const last = p[p.length - 1];
    if (last === 'method') return { prop: 'method', value };
    if (last === 'path' || last === 'url' || last === 'originalUrl') return { prop: 'path', value };
  }
  return null;
}

/** Walks a function body without entering nested functions. */
function walkOwn(root: Node, visit: (node: Node) => void): void {
  walk(root, (node) => {
    if (node !== root && isFunction(node)) return false;
    visit(node);
  });
}
