import type { ChainLink, FunctionRef, LinkHint } from '../../core/endpoint.ts';
import type { EndpointMethod } from '../../core/finding.ts';
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
import { type Skip, skipOf } from '../shared/skips.ts';
import { objectProps } from '../shared/values.ts';

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

export interface KoaMiddleware {
  links: ChainLink[];
  /** the routes it lets through without running (`.unless({ path })`, its own table of public routes) */
  unless: Skip | null;
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
  return { links, unless: skipOf(resolver, file, node) };
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
