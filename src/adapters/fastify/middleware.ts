import type { ChainLink, LinkHint } from '../../core/endpoint.ts';
import { table } from '../../core/table.ts';
import { KEEPS_UNKNOWN, schemaText } from '../../facts/request.ts';
import { calleeName, type Node, nameOf, unwrap } from '../../parse/ast.ts';
import { anyFileMatches } from '../../parse/project.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { displayName, makeLink, resolveCallable, returnedFunction } from '../shared/links.ts';
import { arrayElements, destructuredFrom, type Located, objectProps, staticString } from '../shared/values.ts';
import type { Contexts } from './contexts.ts';

/** Request-lifecycle hooks that run before the handler, in the order Fastify runs them. */
export const PHASES = ['onRequest', 'preParsing', 'preValidation', 'preHandler'] as const;
export type Phase = (typeof PHASES)[number];

export function phaseOf(name: string): Phase | null {
  if (name === 'beforeHandler') return 'preHandler'; // Fastify 1.x name, still seen in old code
  return (PHASES as readonly string[]).includes(name) ? (name as Phase) : null;
}

export interface LinkContext {
  resolver: Resolver;
  cx: Contexts;
  /** the function registered with `decorate(name, fn)`, as seen from the current context */
  decoration: (name: string) => Located | null;
}

/** Decorators that packages add, for hooks written as `onRequest: fastify.basicAuth`. */
const PACKAGE_DECORATORS = table<LinkHint>({
  basicAuth: { kind: 'auth', detail: '@fastify/basic-auth' },
  verifyBearerAuth: { kind: 'auth', detail: '@fastify/bearer-auth' },
});

/**
 * The chain links of a hook value: a function, a name, an array of them, `fastify.authenticate` (the
 * decorated function, so its body is analysed), `fastify.auth([a, b])` (@fastify/auth: each strategy),
 * `fastify.rateLimit({...})`, or a package's built-in (`fastifyPassport.authenticate('jwt')`).
 */
export function hookLinks(lc: LinkContext, loc: Located, scope: ChainLink['scope']): ChainLink[] {
  const els = arrayElements(lc.resolver, loc.file, loc.node);
  if (els) return els.flatMap((e) => hookLinks(lc, e, scope));
  const { resolver } = lc;
  const { file } = loc;
  const n = unwrap(loc.node) ?? loc.node;
  // `onRequest: [auth, undefined]`, `preHandler: null`: nothing runs
  if ((n.type === 'Literal' && n.value === null) || (n.type === 'Identifier' && n.name === 'undefined')) return [];
  const base = (fn: { file: SourceFile; fn: Node } | null, hint?: LinkHint): ChainLink => ({
    name: displayName(file, n),
    scope,
    file,
    node: n,
    fn,
    ...(hint ? { hint } : {}),
  });
  if (n.type === 'CallExpression') {
    const callee = unwrap(n.callee as Node);
    const method = calleeName(n);
    const v = resolver.valueOf(file, n.callee as Node);
    if (v.kind === 'external' && v.pkg === '@fastify/passport' && v.path[v.path.length - 1] === 'authenticate') {
      return [base(null, { kind: 'auth', detail: '@fastify/passport' })];
    }
    if (callee?.type === 'MemberExpression' && method && isInstance(lc, file, callee.object as Node)) {
      const decorated = lc.decoration(method);
      if (decorated) {
        // a decorated factory: `fastify.requireRole('admin')` runs the function the factory returns
        const { fn } = resolveCallable(resolver, decorated.file, decorated.node);
        const ret = fn ? returnedFunction(fn.fn) : null;
        return [base(ret && fn ? { file: fn.file, fn: ret } : fn)];
      }
      if (method === 'auth' && n.arguments[0]) {
        // @fastify/auth: the strategies run in turn; each is analysed on its own — all must pass with
        // `{ relation: 'and' }`, any one by default (`or`)
        const strategies = hookLinks(lc, { file, node: n.arguments[0] as Node }, scope);
        const relation = objectProps(resolver, file, n.arguments[1] as Node | undefined).get('relation');
        const and = relation !== undefined && staticString(resolver, relation.file, relation.node) === 'and';
        if (and || strategies.length < 2) return strategies;
        return [{ ...base(null), anyOf: strategies }];
      }
      if (method === 'rateLimit') return [base(null, { kind: 'rate-limit', detail: '@fastify/rate-limit' })];
    }
  }
  if (n.type === 'MemberExpression') {
    const { fn } = resolveCallable(resolver, file, n);
    if (fn) return [base(fn)];
    const prop = nameOf(n.property as Node);
    if (prop && isInstance(lc, file, n.object as Node)) {
      const decorated = lc.decoration(prop);
      if (decorated) {
        const r = resolveCallable(resolver, decorated.file, decorated.node);
        return [base(r.fn)];
      }
      const hint = PACKAGE_DECORATORS[prop];
      if (hint) return [base(null, hint)];
    }
    return [base(null)];
  }
  if (n.type === 'Identifier') {
    const link = makeLink(resolver, file, n, scope);
    if (link.some((l) => l.fn)) return link;
    // `const { authorize } = fastify; fastify.addHook('onRequest', authorize)`: the decorated function
    const from = destructuredFrom(file, n);
    const decorated = from && isInstance(lc, file, from.object) ? lc.decoration(from.key) : null;
    if (decorated) return [base(resolveCallable(resolver, decorated.file, decorated.node).fn)];
    const hint = from && isInstance(lc, file, from.object) ? PACKAGE_DECORATORS[from.key] : undefined;
    if (hint) return [base(null, hint)];
    // `const staffOnly = fastify.requireRole('staff')`: the decorated factory's call, under the name it was given
    const v = resolver.valueOf(file, n);
    const call = v.kind === 'node' ? unwrap(v.node) : null;
    if (v.kind === 'node' && call?.type === 'CallExpression') {
      const inner = hookLinks(lc, { file: v.file, node: call }, scope);
      if (inner.some((l) => l.fn || l.hint)) return inner.map((l) => ({ ...l, name: displayName(file, n) }));
    }
    return link;
  }
  return makeLink(resolver, file, n, scope);
}

/** `fastify`, `app`, `this`, `instance` …: an expression that is (or likely is) a Fastify instance. */
function isInstance(lc: LinkContext, file: SourceFile, expr: Node): boolean {
  const n = unwrap(expr);
  if (!n) return false;
  if (n.type === 'ThisExpression') return true;
  if (lc.cx.ctxOf(file, n)) return true;
  // a parameter we could not bind (a hook module receiving the instance from code we do not see)
  const v = lc.resolver.valueOf(file, n);
  return v.kind === 'param' || v.kind === 'unknown';
}

/** `schema: { body, params, querystring }` (JSON schema, TypeBox, zod type providers): one link per target. */
export function schemaLinks(resolver: Resolver, schema: Located): ChainLink[] {
  const out: ChainLink[] = [];
  const targets: [string, 'body' | 'params' | 'query'][] = [
    ['params', 'params'],
    ['querystring', 'query'],
    ['query', 'query'],
    ['body', 'body'],
  ];
  const props = objectProps(resolver, schema.file, schema.node);
  for (const [key, target] of targets) {
    const v = props.get(key);
    if (!v) continue;
    // a zod schema through a type provider that hands undeclared keys on (`z.object({…}).passthrough()`)
    const schemaNode = resolver.valueOf(v.file, v.node);
    const keepsUnknown =
      KEEPS_UNKNOWN.test(schemaText(resolver, v.file, v.node)) ||
      (target === 'body' && schemaNode.kind === 'node' && jsonSchemaKeepsUnknown(resolver, schemaNode));
    out.push({
      name: `schema.${key}`,
      scope: 'route',
      file: v.file,
      node: v.node,
      fn: null,
      // (Fastify validates the request in place: what the handler reads is what the schema let through)
      hint: {
        kind: 'validation',
        target,
        detail: 'fastify schema',
        ...(keepsUnknown ? { keepsUnknown } : { replaces: true }),
      },
    });
  }
  return out;
}

/**
 * The schema of a route's success answer (`schema: { response: { 200: UserOut } }`, also `2xx` and `default`), when it
 * drops what it does not declare: not `additionalProperties: true`, a zod `.passthrough()`, `z.any()` or `Type.Any()`.
 */
export function responseSerializer(resolver: Resolver, schema: Located): Located | null {
  const response = objectProps(resolver, schema.file, schema.node).get('response');
  if (!response) return null;
  // (the status map itself, also behind a constant: `response: { 200: UserOut }`, `response: userResponses`)
  const held = resolver.valueOf(response.file, response.node);
  const at =
    held.kind === 'node'
      ? { file: held.file, node: unwrap(held.node) }
      : { file: response.file, node: unwrap(response.node) };
  const statuses = at.node;
  if (statuses?.type !== 'ObjectExpression') return null;
  for (const p of statuses.properties) {
    // (status keys are numbers as often as strings: `{ 200: UserOut }`, `{ '2xx': … }`)
    const key = p.type === 'Property' ? unwrap(p.key as Node) : null;
    const status = key?.type === 'Literal' ? String(key.value) : key?.type === 'Identifier' ? key.name : '';
    if (p.type !== 'Property' || !/^(?:2\d\d|2xx|default)$/.test(status)) continue;
    const v: Located = { file: at.file, node: p.value as Node };
    const text = schemaText(resolver, v.file, v.node);
    if (
      KEEPS_UNKNOWN.test(text) ||
      /additionalProperties\s*:\s*true|\bz\.(?:any|unknown)\(|\bType\.(?:Any|Unknown)\(/.test(text)
    )
      return null;
    return v;
  }
  return null;
}

/**
 * A JSON schema (or TypeBox `Type.Object`) for an object body that does not set `additionalProperties: false`: Fastify's
 * Ajv (`removeAdditional: true`) then lets undeclared keys through to the handler. Unless the project sets
 * `removeAdditional: 'all'` for its Ajv, which strips them everywhere.
 */
function jsonSchemaKeepsUnknown(resolver: Resolver, schema: Located): boolean {
  const n = unwrap(schema.node);
  let opts: Node | null = null;
  if (n?.type === 'ObjectExpression') {
    const props = objectProps(resolver, schema.file, n);
    const type = props.get('type');
    if (!type || !props.has('properties') || stringOf(type) !== 'object') return false;
    opts = n;
  } else if (n?.type === 'CallExpression' && calleeName(n) === 'Object' && n.arguments.length > 0) {
    opts = (n.arguments[1] as Node | undefined) ?? null; // TypeBox `Type.Object({ … }, { additionalProperties: false })`
  } else return false;
  const extra = opts ? objectProps(resolver, schema.file, opts).get('additionalProperties') : undefined;
  if (extra && unwrap(extra.node)?.type === 'Literal' && (unwrap(extra.node) as { value?: unknown }).value === false)
    return false;
  // (`ajv: { customOptions: { removeAdditional: 'all' } }`: every schema drops undeclared keys)
  return !anyFileMatches(resolver.project, /removeAdditional['"]?\s*:\s*['"]all['"]/);
}

function stringOf(v: Located): string | null {
  const u = unwrap(v.node);
  return u?.type === 'Literal' && typeof u.value === 'string' ? u.value : null;
}

/** What a package plugin adds to every route of the context it is registered in. */
export interface PackageEffect {
  /** `limit` effects apply through an onRoute hook: only to routes declared after the plugin loaded */
  kind: 'hook' | 'limit';
  link: ChainLink;
}

/** Packages whose plugin adds a request hook (the others only decorate, or do not touch requests). */
const HOOK_PACKAGES = new Set([
  '@fastify/helmet',
  'fastify-helmet',
  '@fastify/cors',
  'fastify-cors',
  '@fastify/cookie',
  'fastify-cookie',
  '@fastify/session',
  '@fastify/secure-session',
  '@fastify/csrf-protection',
  '@fastify/under-pressure',
]);

export function packageEffects(
  resolver: Resolver,
  pkg: string,
  at: Located,
  opts: Located | null,
  scope: ChainLink['scope'],
): PackageEffect[] {
  const props = objectProps(resolver, opts?.file ?? at.file, opts?.node);
  const isFalse = (k: string): boolean => {
    const v = unwrap(props.get(k)?.node);
    return !!v && v.type === 'Literal' && v.value === false;
  };
  const link = (hint?: LinkHint): ChainLink => ({
    name: pkg,
    scope,
    file: at.file,
    node: at.node,
    fn: null,
    ...(hint ? { hint } : {}),
  });
  if (pkg === '@fastify/rate-limit' || pkg === 'fastify-rate-limit') {
    // `global: false` limits only the routes that opt in with `config: { rateLimit }`
    return isFalse('global') ? [] : [{ kind: 'limit', link: link({ kind: 'rate-limit', detail: pkg }) }];
  }
  if (pkg === '@fastify/bearer-auth' || pkg === 'fastify-bearer-auth') {
    return isFalse('addHook') ? [] : [{ kind: 'hook', link: link({ kind: 'auth', detail: pkg }) }];
  }
  if (HOOK_PACKAGES.has(pkg)) return [{ kind: 'hook', link: link() }];
  return [];
}

export function isRateLimitPackage(pkg: string | null): boolean {
  return pkg === '@fastify/rate-limit' || pkg === 'fastify-rate-limit';
}
