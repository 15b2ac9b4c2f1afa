import type { ChainLink, FunctionRef } from '../../core/endpoint.ts';
import type { EndpointMethod } from '../../core/finding.ts';
import { type Node, propertyValue, type T, unwrap } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import { asClass } from '../../parse/this-members.ts';
import { makeLink, returnedFunction } from '../shared/links.ts';
import { type Located, linkName, staticString } from './decorators.ts';
import { enhancerMethod, isOrExtends, resolveEnhancer } from './enhancers.ts';
import type { ConsumerRule } from './modules.ts';
import { requestMethod, routePattern } from './mounts.ts';

/**
 * A middleware registered with `app.use(...)` or `consumer.apply(...)`: a Nest middleware class runs its
 * `use(req, res, next)`, anything else is a function (or an npm factory such as `helmet()`).
 */
export function middlewareLinks(resolver: Resolver, at: Located, scope: ChainLink['scope']): ChainLink[] {
  const e = resolveEnhancer(resolver, at);
  if (e.kind === 'class') {
    // Nest 4 middleware classes returned the function from `resolve()`
    const legacy = enhancerMethod(resolver, e, 'resolve');
    const returned = legacy ? returnedFunction(legacy.fn) : null;
    const fn = enhancerMethod(resolver, e, 'use') ?? (legacy && returned ? { file: legacy.file, fn: returned } : null);
    return [{ name: linkName(at.file, at.node), scope, file: at.file, node: at.node, fn }];
  }
  const links = makeLink(resolver, at.file, at.node, scope);
  // limiter packages registered app-wide: `app.use(rateLimit({...}))`, `app.register(fastifyRateLimit)`
  const n = unwrap(at.node);
  const v = resolver.valueOf(at.file, n?.type === 'CallExpression' ? (n.callee as Node) : n);
  const last = links[links.length - 1];
  if (last && v.kind === 'external' && RATE_LIMIT_PACKAGES.has(v.pkg))
    last.hint = { kind: 'rate-limit', detail: v.pkg };
  return links;
}

const RATE_LIMIT_PACKAGES = new Set([
  'express-rate-limit',
  '@fastify/rate-limit',
  'fastify-rate-limit',
  'express-slow-down',
]);

/** An interceptor runs before the handler too (`intercept` until `next.handle()`). */
export function interceptorLink(resolver: Resolver, at: Located, scope: ChainLink['scope']): ChainLink {
  const e = resolveEnhancer(resolver, at);
  // a stable name: the data-exposure check looks for it (responses pass through class-transformer, @Exclude() applies)
  const serializer = isOrExtends(e, '@nestjs/common:ClassSerializerInterceptor');
  return {
    name: serializer ? 'ClassSerializerInterceptor' : linkName(at.file, at.node),
    scope,
    file: at.file,
    node: at.node,
    fn: enhancerMethod(resolver, e, 'intercept'),
  };
}

/** The `catch` method of an exception filter. */
export function filterFn(resolver: Resolver, at: Located): FunctionRef | null {
  return enhancerMethod(resolver, resolveEnhancer(resolver, at), 'catch');
}

/** What a consumer rule is matched against: the route path without global prefix and version. */
export interface RouteTarget {
  local: string;
  method: EndpointMethod;
  controller: T.Class;
}

/** True when a `consumer.apply(...).exclude(...).forRoutes(...)` rule covers the route. */
export function consumerApplies(resolver: Resolver, rule: ConsumerRule, target: RouteTarget): boolean {
  const matches = (list: Located[]): boolean => list.some((r) => routeMatches(resolver, r, target));
  return matches(rule.forRoutes) && !matches(rule.exclude);
}

function routeMatches(resolver: Resolver, r: Located, target: RouteTarget): boolean {
  const n = unwrap(r.node);
  if (!n) return false;
  if (n.type === 'ObjectExpression') {
    const path = staticString(resolver, r.file, propertyValue(n, 'path'));
    const method = requestMethod(resolver, r.file, propertyValue(n, 'method'));
    if (path === null) return false;
    // RequestMethod.ALL registers with `use()`, which matches the path as a prefix; a method matches exactly
    const pattern = method ? routePattern(path) : routePattern(path, true);
    return pattern.test(target.local) && (!method || method === target.method || target.method === 'ALL');
  }
  const path = staticString(resolver, r.file, n);
  if (path !== null) return routePattern(path, true).test(target.local);
  const cls = asClass(resolver.valueOf(r.file, n as Node));
  return cls?.node === target.controller;
}
