import type { AppInfo, ChainLink, Endpoint, FunctionRef, HandlerRef, Inventory } from '../../core/endpoint.ts';
import { isUnder, joinPaths } from '../../core/path.ts';
import { isFunction, memberPath, type Node, unwrap } from '../../parse/ast.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { dedupe } from '../shared/dedupe.ts';
import { makeHandler, resolveCallable } from '../shared/links.ts';
import { type Located, objectProps } from '../shared/values.ts';
import {
  type Body,
  type BodyEnv,
  compareKeys,
  expandInto,
  type Key,
  registeredPackages,
  registeredPlugins,
} from './body.ts';
import type { Ctx, PluginRef } from './contexts.ts';
import {
  hookLinks,
  isRateLimitPackage,
  type LinkContext,
  PHASES,
  type Phase,
  packageEffects,
  phaseOf,
  responseSerializer,
  schemaLinks,
} from './middleware.ts';
import { collectContexts } from './registrations.ts';
import { isFalseLiteral, isTrueLiteral, routeSpecs } from './routes.ts';

interface Hook {
  key: Key;
  phase: Phase;
  links: ChainLink[];
  /** full path a middie `use('/x', fn)` is limited to */
  under: string | null;
}

interface Limit {
  key: Key;
  link: ChainLink;
}

interface Inherited {
  hooks: Hook[];
  limits: Limit[];
  /** the error handler a plugin set (`setErrorHandler` in an encapsulated context): it answers for the plugin's routes */
  errors: FunctionRef[];
}

/**
 * The Fastify adapter: routes of every instance and plugin with their full prefix, and the hooks that run
 * before each handler. Encapsulation is modelled as Fastify does it: a plugin's hooks apply to its own
 * routes and its children, `fastify-plugin` plugins act on their parent, context hooks apply whatever their
 * position, and a child sees only the parent hooks added before it loaded.
 */
export function extractFastify(project: Project, resolver: Resolver): Inventory {
  const cx = collectContexts(project, resolver);
  if (cx.ctxs.size === 0) return { endpoints: [], apps: [] };
  const endpoints: Endpoint[] = [];
  const apps: AppInfo[] = [];
  const visited = new Set<Ctx>();
  const globalDecorations = new Map<string, Located>();
  const env: BodyEnv = { cx, resolver, project };
  // per-route `config.rateLimit` does something only when @fastify/rate-limit is registered
  const rateLimitRegistered = [...registeredPackages(env)].some(isRateLimitPackage);
  for (const ctx of cx.ctxs.values()) {
    for (const reg of ctx.regs) {
      if (reg.kind === 'decorate' && !globalDecorations.has(reg.name))
        globalDecorations.set(reg.name, { file: reg.file, node: reg.value });
    }
  }

  const visit = (
    ctx: Ctx,
    prefix: string,
    inh: Inherited,
    ancestors: Body[],
    app: AppInfo | null,
    inline: PluginRef[],
    stack: Set<Ctx>,
  ): void => {
    if (stack.has(ctx)) return;
    stack.add(ctx);
    visited.add(ctx);
    const body: Body = { routes: [], hooks: [], packages: [], children: [], decorations: new Map(), errors: [] };
    // autoload `autohooks`: loaded first inside the folder's encapsulated context
    inline.forEach((p, k) => {
      const c = p.fn ? cx.ctxs.get(p.fn.node) : undefined;
      if (c) expandInto(env, body, c, [-1, k], new Set());
    });
    expandInto(env, body, ctx, [], new Set());
    const lc: LinkContext = {
      resolver,
      cx,
      decoration: (name) => {
        for (const b of [body, ...[...ancestors].reverse()]) {
          const d = b.decorations.get(name);
          if (d) return d;
        }
        return globalDecorations.get(name) ?? null;
      },
    };
    const scope: ChainLink['scope'] = ancestors.length === 0 ? 'app' : 'router';
    const hooks: Hook[] = body.hooks.map((h) => ({
      key: h.key,
      phase: h.phase,
      links: hookLinks(lc, h.loc, scope),
      under: h.under === null ? null : joinPaths(prefix, h.under),
    }));
    const limits: Limit[] = [];
    for (const p of body.packages) {
      for (const e of packageEffects(resolver, p.pkg, p.at, p.opts, scope)) {
        if (e.kind === 'limit') limits.push({ key: p.key, link: e.link });
        else hooks.push({ key: p.key, phase: 'onRequest', links: [e.link], under: null });
      }
    }
    hooks.sort((a, b) => compareKeys(a.key, b.key));
    if (app && ancestors.length === 0) {
      for (const phase of PHASES)
        for (const h of hooks) if (h.phase === phase && h.under === null) app.globalMiddleware.push(...h.links);
      app.globalMiddleware.push(...limits.map((l) => l.link));
    }
    // the root's error handler is the app's; a plugin's answers for its own routes and its children's (the nearest wins)
    const own = body.errors.flatMap((e) => resolveCallable(resolver, e.file, e.node).fn ?? []);
    if (app && ancestors.length === 0)
      for (const fn of own) if (!app.errorHandlers.some((h) => h.fn === fn.fn)) app.errorHandlers.push(fn);
    const errors = ancestors.length === 0 ? [] : own.length > 0 ? own : inh.errors;

    for (const { key, reg } of body.routes) {
      for (const spec of routeSpecs(resolver, reg)) {
        const path = joinPaths(prefix, spec.url);
        const config = objectProps(resolver, spec.opts.get('config')?.file ?? reg.file, spec.opts.get('config')?.node);
        const rateLimit = config.get('rateLimit');
        const chain: ChainLink[] = [];
        for (const phase of PHASES) {
          for (const h of [...inh.hooks, ...hooks]) {
            if (h.phase !== phase || (h.under !== null && !isUnder(path, h.under))) continue;
            // (a hook that lets routes marked in their config through: `if (request.routeOptions.config.public) return`)
            chain.push(
              ...h.links.filter((l) => {
                const key = configSkip(l);
                return key === null || !isTrueLiteral(config.get(key));
              }),
            );
          }
          if (phase === 'onRequest') {
            // @fastify/rate-limit adds its hook through onRoute: routes declared before it loaded are not limited
            if (!isFalseLiteral(rateLimit)) {
              chain.push(
                ...inh.limits.map((l) => l.link),
                ...limits.filter((l) => compareKeys(l.key, key) < 0).map((l) => l.link),
              );
            }
            if (rateLimit && !isFalseLiteral(rateLimit) && rateLimitRegistered) {
              chain.push({
                name: 'config.rateLimit',
                scope: 'route',
                file: rateLimit.file,
                node: rateLimit.node,
                fn: null,
                hint: { kind: 'rate-limit', detail: '@fastify/rate-limit' },
              });
            }
          }
          for (const [k, loc] of spec.opts) if (phaseOf(k) === phase) chain.push(...hookLinks(lc, loc, 'route'));
          // schema validation runs between preValidation and preHandler
          const schema = spec.opts.get('schema');
          if (phase === 'preValidation' && schema && !isTrueLiteral(spec.opts.get('attachValidation')))
            chain.push(...schemaLinks(resolver, schema));
        }
        const handlers: HandlerRef[] = [];
        if (spec.handler) {
          const { handler, wrappers } = makeHandler(resolver, spec.handler.file, spec.handler.node);
          chain.push(...wrappers);
          if (handler) handlers.push(handler);
        }
        const constraints = spec.opts.get('constraints');
        if (
          app &&
          !app.versioning &&
          constraints &&
          objectProps(resolver, constraints.file, constraints.node).has('version')
        ) {
          // route constraints `{ version }` match on the Accept-Version header
          app.versioning = { kind: 'header', node: constraints.node, file: constraints.file };
        }
        // the success answer serialized through a response schema (fast-json-stringify drops what it does not declare)
        const routeSchema = spec.opts.get('schema');
        const serializer = routeSchema ? responseSerializer(resolver, routeSchema) : null;
        for (const method of spec.methods) {
          endpoints.push({
            method,
            path,
            framework: 'fastify',
            file: spec.at.file,
            node: spec.at.node,
            chain: [...chain],
            handlers,
            ...(errors.length > 0 ? { errorHandlers: errors } : {}),
            ...(serializer ? { serializer } : {}),
          });
        }
      }
    }

    for (const child of body.children) {
      const before = (k: Key): boolean => compareKeys(k, child.key) < 0;
      visit(
        child.ctx,
        joinPaths(prefix, child.prefix),
        {
          hooks: [...inh.hooks, ...hooks.filter((h) => before(h.key))],
          limits: [...inh.limits, ...limits.filter((l) => before(l.key))],
          errors,
        },
        [...ancestors, body],
        app,
        child.inline,
        stack,
      );
    }
    stack.delete(ctx);
  };

  const empty: Inherited = { hooks: [], limits: [], errors: [] };
  for (const ctx of cx.ctxs.values()) {
    if (ctx.kind !== 'app') continue;
    const app: AppInfo = {
      framework: 'fastify',
      file: ctx.file,
      node: ctx.node,
      globalMiddleware: [],
      errorHandlers: [],
    };
    apps.push(app);
    visit(ctx, '/', empty, [], app, [], new Set());
  }
  // plugins whose registration we could not see (fastify-cli's root plugin, a loader outside the folder):
  // roots first, so that what they register keeps its prefix
  const skipped: SourceFile[] = [];
  const registered = registeredPlugins(cx, resolver, project, skipped);
  // modules autoload never loads (a sibling index file wins) are dead code, not unmounted plugins
  for (const f of skipped) {
    const fn = resolver.functionOf(resolver.exportOf(f, 'default'));
    const c = fn ? cx.ctxs.get(fn.fn) : undefined;
    if (c) visited.add(c);
  }
  for (const ctx of cx.ctxs.values()) {
    if (visited.has(ctx) || registered.has(ctx) || ctx.regs.length === 0) continue;
    const registers = ctx.regs.some((r) => r.kind === 'register');
    const app: AppInfo | null = registers
      ? { framework: 'fastify', file: ctx.file, node: ctx.node, globalMiddleware: [], errorHandlers: [] }
      : null;
    if (app) apps.push(app);
    visit(ctx, '/', empty, [], app, [], new Set());
  }
  for (const ctx of cx.ctxs.values()) {
    if (!visited.has(ctx) && ctx.regs.some((r) => r.kind === 'route')) visit(ctx, '/', empty, [], null, [], new Set());
  }
  return { endpoints: dedupe(endpoints), apps };
}

/**
 * The route-config key a hook returns early on before doing anything (`if (request.routeOptions.config.public)
 * return;`, also `request.routeConfig.x`, `request.context.config.x`): routes that set it to `true` skip the hook.
 */
function configSkip(link: ChainLink): string | null {
  // (asked for every route under the hook: read once)
  const known = CONFIG_SKIP.get(link);
  if (known !== undefined) return known;
  const key = readConfigSkip(link);
  CONFIG_SKIP.set(link, key);
  return key;
}

const CONFIG_SKIP = new WeakMap<ChainLink, string | null>();

function readConfigSkip(link: ChainLink): string | null {
  const fn = link.fn?.fn;
  const body = fn && isFunction(fn) ? unwrap(fn.body as Node) : null;
  const first = body?.type === 'BlockStatement' ? (body.body[0] as Node | undefined) : undefined;
  if (first?.type !== 'IfStatement' || first.alternate) return null;
  const exit = first.consequent.type === 'BlockStatement' ? first.consequent.body[0] : first.consequent;
  if (exit?.type !== 'ReturnStatement') return null;
  const path = memberPath(unwrap(first.test as Node) as Node);
  if (!path || path.length < 3) return null;
  const at = path.findIndex((p, i) => (p === 'config' && i > 0) || p === 'routeConfig');
  return at > 0 && at === path.length - 2 ? path[path.length - 1]! : null;
}
