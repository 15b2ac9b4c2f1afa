import type { ChainLink, FunctionRef, LinkHint } from '../../core/endpoint.ts';
import { table } from '../../core/table.ts';
import { KEEPS_UNKNOWN, schemaText } from '../../facts/request.ts';
import {
  isFunction,
  type Node,
  nameOf,
  returnedExpressions,
  stringValue,
  type T,
  unwrap,
  walk,
} from '../../parse/ast.ts';
import type { Resolver, Value } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { displayName, makeLink } from '../shared/links.ts';
import { runsForMethod } from '../shared/method-condition.ts';
import { type Combine, combineOf } from './combine.ts';
import { patternCovers } from './paths.ts';

/** Hono's validator targets → the request part they validate. Headers and cookies have no target of their own. */
const TARGETS = table<'body' | 'params' | 'query'>({
  json: 'body',
  form: 'body',
  param: 'params',
  query: 'query',
});

/** Auth middleware shipped in packages: their behaviour is in node_modules, so the adapter names it. */
function authPackage(v: Value): string | null {
  if (v.kind !== 'external') return null;
  const name = v.path[v.path.length - 1] ?? '';
  const known: Record<string, string[]> = {
    'hono/jwt': ['jwt'],
    'hono/jwk': ['jwk'],
    'hono/bearer-auth': ['bearerAuth'],
    'hono/basic-auth': ['basicAuth'],
    '@hono/auth-js': ['verifyAuth'],
    '@hono/firebase-auth': ['verifyFirebaseAuth'],
    '@hono/oidc-auth': ['oidcAuthMiddleware'],
  };
  if (known[v.pkg]?.includes(name)) return `${v.pkg} ${name}()`;
  // the @hono/*-auth family: `Consumer.authenticateSessionLocal()` (stytch), `verifyAuth()`, `requireAuth()`
  if (/^@hono\/[\w-]*auth/.test(v.pkg) && /^(?:verify|authenticate|require|protect)/i.test(name))
    return `${v.pkg} ${v.path.join('.')}()`;
  // the same middleware re-exported by the umbrella entry points (hono/middleware on Deno, hono/jwt via 'hono/...')
  if ((v.pkg === 'hono' || v.pkg.startsWith('hono/')) && ['jwt', 'jwk', 'bearerAuth', 'basicAuth'].includes(name))
    return `hono ${name}()`;
  return null;
}

function rateLimitPackage(v: Value): string | null {
  if (v.kind !== 'external') return null;
  return /rate-?limit/i.test(v.pkg) ? v.pkg : null;
}

/** `zValidator('json', schema)`, `validator('param', fn)`, `vValidator(...)`, `sValidator(...)` … */
function validatorPackage(v: Value): boolean {
  if (v.kind !== 'external') return false;
  const name = v.path[v.path.length - 1] ?? '';
  if (v.pkg === 'hono/validator' && name === 'validator') return true;
  return /^@hono\/[\w-]*validator$/.test(v.pkg) || (/^@hono\/zod-openapi$/.test(v.pkg) && name === 'zValidator');
}

/** The call an expression evaluates to (following `const auth = jwt({...})` across files). */
function callOf(resolver: Resolver, file: SourceFile, expr: Node): { file: SourceFile; call: T.CallExpression } | null {
  let n = unwrap(expr);
  let f = file;
  for (let i = 0; i < 6 && n; i++) {
    if (n.type === 'CallExpression') return { file: f, call: n };
    if (n.type !== 'Identifier' && n.type !== 'MemberExpression') return null;
    const v = resolver.valueOf(f, n);
    if (v.kind !== 'node' || v.node === n) return null;
    n = unwrap(v.node);
    f = v.file;
  }
  return null;
}

/** What a registered middleware expression is known to do, from the package it comes from. */
export function hintOf(resolver: Resolver, file: SourceFile, expr: Node, depth = 0): LinkHint | undefined {
  const c = callOf(resolver, file, expr);
  if (c) {
    const callee = resolver.valueOf(c.file, c.call.callee as Node);
    // `authJwt()` where the project's `authJwt = () => jwt({ secret, alg })`: the package middleware it hands back
    const factory = callee.kind === 'node' && depth < 3 ? resolver.functionOf(callee) : null;
    const made = factory ? returnedExpressions(factory.fn) : [];
    const only = made.length === 1 ? unwrap(made[0]) : null;
    if (factory && only?.type === 'CallExpression') return hintOf(resolver, factory.file, only, depth + 1);
    const auth = authPackage(callee);
    if (auth) return { kind: 'auth', detail: auth };
    const rl = rateLimitPackage(callee);
    if (rl) return { kind: 'rate-limit', detail: rl };
    if (validatorPackage(callee)) {
      const target = TARGETS[stringValue(c.call.arguments[0] as Node) ?? ''];
      // (a zod schema that hands undeclared keys on: `z.object({…}).passthrough()`)
      const schema = c.call.arguments[1] as Node | undefined;
      const keepsUnknown = !!schema && KEEPS_UNKNOWN.test(schemaText(resolver, c.file, schema));
      if (target)
        return {
          kind: 'validation',
          target,
          detail: `${nameOf(unwrap(c.call.callee as Node)) ?? 'validator'}('${stringValue(c.call.arguments[0] as Node)}')`,
          ...(keepsUnknown ? { keepsUnknown } : {}),
        };
    }
  }
  return undefined;
}

/**
 * A middleware written inline that builds a package middleware per request (Workers read secrets from
 * `c.env`): `(c, next) => jwt({ secret: c.env.JWT_SECRET })(c, next)`.
 */
function hintInside(resolver: Resolver, fn: FunctionRef, method: string | null): LinkHint | undefined {
  let hint: LinkHint | undefined;
  walk(fn.fn, (node) => {
    if (hint) return false;
    if (node.type !== 'CallExpression') return;
    // `if (c.req.method !== 'GET') await basicAuth(...)(c, next)`: not a check for GET routes
    if (method && method !== 'ALL' && !runsForMethod(node, fn.fn, method)) return;
    const callee = resolver.valueOf(fn.file, node.callee as Node);
    const auth = authPackage(callee);
    if (auth) hint = { kind: 'auth', detail: auth };
    else {
      const rl = rateLimitPackage(callee);
      if (rl) hint = { kind: 'rate-limit', detail: rl };
    }
  });
  return hint;
}

/** `createMiddleware(fn)` from hono/factory is an identity helper: the middleware is `fn` itself. */
function factoryMiddleware(resolver: Resolver, file: SourceFile, expr: Node): FunctionRef | null {
  const c = callOf(resolver, file, expr);
  if (!c) return null;
  const callee = resolver.valueOf(c.file, c.call.callee as Node);
  const isCreate =
    (callee.kind === 'external' &&
      callee.pkg === 'hono/factory' &&
      callee.path[callee.path.length - 1] === 'createMiddleware') ||
    isFactoryMember(resolver, c.file, c.call.callee as Node, 'createMiddleware');
  if (!isCreate) return null;
  const arg = unwrap(c.call.arguments[0] as Node);
  if (isFunction(arg)) return { file: c.file, fn: arg };
  const fn = resolver.functionOf(resolver.valueOf(c.file, arg));
  return fn;
}

/** `factory.createMiddleware` / `factory.createHandlers` where `factory = createFactory()`. */
export function isFactoryMember(resolver: Resolver, file: SourceFile, callee: Node, member: string): boolean {
  const c = unwrap(callee);
  if (c?.type !== 'MemberExpression' || nameOf(c.property as Node) !== member) return false;
  const obj = callOf(resolver, file, c.object as Node);
  if (!obj) return false;
  const v = resolver.valueOf(obj.file, obj.call.callee as Node);
  return v.kind === 'external' && v.pkg === 'hono/factory' && v.path[v.path.length - 1] === 'createFactory';
}

/** The route a link is computed for: some middleware applies only to some methods or paths. */
export interface RouteContext {
  method: string | null;
  path: string | null;
}

/** The chain links for one registered middleware expression, with what the adapter knows about it. */
export function honoLinks(
  resolver: Resolver,
  file: SourceFile,
  expr: Node,
  scope: ChainLink['scope'],
  route: RouteContext = { method: null, path: null },
): ChainLink[] {
  const combined = combineOf(resolver, file, expr);
  if (combined) return combinedLinks(resolver, combined.file, expr, combined.combine, scope, route);
  const factory = factoryMiddleware(resolver, file, expr);
  const links: ChainLink[] = factory
    ? [{ name: displayName(file, expr), scope, file, node: expr, fn: factory }]
    : makeLink(resolver, file, expr, scope);
  const last = links[links.length - 1]!;
  const hint =
    hintOf(resolver, file, expr) ??
    (last.fn && isFunction(unwrap(expr)) ? hintInside(resolver, last.fn, route.method) : undefined);
  if (hint) last.hint = hint;
  return links;
}

function combinedLinks(
  resolver: Resolver,
  file: SourceFile,
  expr: Node,
  c: Combine,
  scope: ChainLink['scope'],
  route: RouteContext,
): ChainLink[] {
  const inner = (): ChainLink[] => c.inner.flatMap((m) => honoLinks(resolver, file, m, scope, route));
  if (c.kind === 'every') return inner();
  if (c.kind === 'except') {
    // skipped on the excepted paths; elsewhere the inner middleware runs as registered
    if (route.path && c.patterns?.some((p) => patternCovers(p, route.path!))) return [];
    return inner();
  }
  // some(a, b): one passing is enough, so it authenticates only when every alternative does
  const alternatives = inner();
  const link: ChainLink = { name: displayName(file, expr), scope, file, node: expr, fn: null };
  const kinds = new Set(alternatives.map((l) => l.hint?.kind));
  if (kinds.size === 1 && alternatives[0]?.hint) link.hint = alternatives[0].hint;
  return [link];
}

/** A function that calls its `next` parameter is middleware, even when registered with `app.get('/x/*', fn)`. */
export function callsNext(fn: Node): boolean {
  if (!isFunction(fn)) return false;
  const next = fn.params[1] as Node | undefined;
  const name = next?.type === 'Identifier' ? next.name : null;
  if (!name) return false;
  let found = false;
  walk(fn.body as Node, (node) => {
    if (found) return false;
    if (
      node.type === 'CallExpression' &&
      unwrap(node.callee as Node)?.type === 'Identifier' &&
      (unwrap(node.callee as Node) as T.IdentifierReference).name === name
    )
      found = true;
  });
  return found;
}
