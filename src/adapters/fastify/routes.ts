import type { EndpointMethod } from '../../core/finding.ts';
import { type Node, unwrap } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import {
  arrayElements,
  type Located,
  loopElements,
  objectLiteral,
  objectProps,
  staticString,
} from '../shared/values.ts';
import type { Reg } from './contexts.ts';

/** A route as declared: `app.get(url, [opts], handler)`, `app.get(url, { handler })` or `app.route({ … })`. */
export interface RouteSpec {
  methods: EndpointMethod[];
  url: string;
  /** route options: hooks, schema, config, constraints */
  opts: Map<string, Located>;
  handler: Located | null;
  /** where the route is declared: the call, or the object literal of a route table entry */
  at: Located;
}

const KNOWN = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/**
 * The routes one registration declares. `app.route(r)` inside `routes.forEach((r) => app.route(r))` or
 * `for (const r of routes)` declares one route per entry of the table.
 */
export function routeSpecs(resolver: Resolver, reg: Extract<Reg, { kind: 'route' }>): RouteSpec[] {
  const { file, args } = reg;
  if (reg.method === 'route') {
    const table = objectLiteral(resolver, file, args[0]) ? null : loopElements(resolver, file, args[0] as Node);
    const entries = table ?? [{ file, node: args[0] as Node }];
    const out: RouteSpec[] = [];
    for (const entry of entries) {
      const spec = optionsRoute(resolver, entry, table ? entry : { file, node: reg.call });
      if (spec) out.push(spec);
    }
    return out;
  }
  const url = staticString(resolver, file, args[0]);
  if (url === null) return [];
  const methods: EndpointMethod[] = reg.method === 'all' ? ['ALL'] : [reg.method.toUpperCase() as EndpointMethod];
  const at = { file, node: reg.call as Node };
  if (args.length >= 3) {
    return [
      { methods, url, opts: objectProps(resolver, file, args[1]), handler: { file, node: args[args.length - 1]! }, at },
    ];
  }
  // two arguments: a handler, or options that carry the handler
  const second = args[1] as Node;
  if (objectLiteral(resolver, file, second)) {
    const opts = objectProps(resolver, file, second);
    return [{ methods, url, opts, handler: opts.get('handler') ?? null, at }];
  }
  return [{ methods, url, opts: new Map(), handler: { file, node: second }, at }];
}

/** `{ method, url | path, handler, …options }` */
function optionsRoute(resolver: Resolver, obj: Located, at: Located): RouteSpec | null {
  const opts = objectProps(resolver, obj.file, obj.node);
  const urlNode = opts.get('url') ?? opts.get('path');
  const url = urlNode ? staticString(resolver, urlNode.file, urlNode.node) : null;
  const m = opts.get('method');
  if (url === null || !m) return null;
  const methods = methodsOf(resolver, m);
  return methods.length ? { methods, url, opts, handler: opts.get('handler') ?? null, at } : null;
}

function methodsOf(resolver: Resolver, m: Located): EndpointMethod[] {
  const els = arrayElements(resolver, m.file, m.node) ?? [m];
  const out: EndpointMethod[] = [];
  for (const e of els) {
    const s = staticString(resolver, e.file, e.node)?.toUpperCase();
    if (s && KNOWN.has(s) && !out.includes(s as EndpointMethod)) out.push(s as EndpointMethod);
  }
  return out;
}

/** True for `key: false` in an options object. */
export function isFalseLiteral(loc: Located | undefined): boolean {
  const v = unwrap(loc?.node);
  return !!v && v.type === 'Literal' && v.value === false;
}

export function isTrueLiteral(loc: Located | undefined): boolean {
  const v = unwrap(loc?.node);
  return !!v && v.type === 'Literal' && v.value === true;
}
