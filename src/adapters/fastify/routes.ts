import type { EndpointMethod } from '../../core/finding.ts';
import { type Node, unwrap } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import { arrayElements, type Located, objectLiteral, objectProps, staticString } from '../shared/values.ts';
import type { Reg } from './contexts.ts';

/** A route as declared: `app.get(url, [opts], handler)`, `app.get(url, { handler })` or `app.route({ … })`. */
export interface RouteSpec {
  methods: EndpointMethod[];
  url: string;
  /** route options: hooks, schema, config, constraints */
  opts: Map<string, Located>;
  handler: Located | null;
}

const KNOWN = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

export function routeSpec(resolver: Resolver, reg: Extract<Reg, { kind: 'route' }>): RouteSpec | null {
  const { file, args } = reg;
  if (reg.method === 'route') {
    const opts = objectProps(resolver, file, args[0]);
    const urlNode = opts.get('url') ?? opts.get('path');
    const url = urlNode ? staticString(resolver, urlNode.file, urlNode.node) : null;
    const m = opts.get('method');
    if (url === null || !m) return null;
    const methods = methodsOf(resolver, m);
    return methods.length ? { methods, url, opts, handler: opts.get('handler') ?? null } : null;
  }
  const url = staticString(resolver, file, args[0]);
  if (url === null) return null;
  const methods: EndpointMethod[] = reg.method === 'all' ? ['ALL'] : [reg.method.toUpperCase() as EndpointMethod];
  if (args.length >= 3) {
    return {
      methods,
      url,
      opts: objectProps(resolver, file, args[1]),
      handler: { file, node: args[args.length - 1]! },
    };
  }
  // two arguments: a handler, or options that carry the handler
  const second = args[1] as Node;
  if (objectLiteral(resolver, file, second)) {
    const opts = objectProps(resolver, file, second);
    return { methods, url, opts, handler: opts.get('handler') ?? null };
  }
  return { methods, url, opts: new Map(), handler: { file, node: second } };
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
