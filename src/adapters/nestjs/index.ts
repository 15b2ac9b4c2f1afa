import type { AppInfo, ChainLink, Endpoint, FunctionRef, Inventory } from '../../core/endpoint.ts';
import { joinPaths } from '../../core/path.ts';
import { type Node, unwrap } from '../../parse/ast.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver } from '../../parse/resolve.ts';
import { asClass } from '../../parse/this-members.ts';
import { dedupe } from '../shared/dedupe.ts';
import { type AppliedPipe, bindParameters } from './bindings.ts';
import { type Deco, detailOf, isDeco, type Located } from './decorators.ts';
import { pipeInfo, resolveEnhancer } from './enhancers.ts';
import { type GuardInfo, guardInfo, guardLinks, routeMeta } from './guards.ts';
import { consumerApplies, filterFn, interceptorLink, middlewareLinks } from './middleware.ts';
import { collectModules, type ModuleDef, reachableModules } from './modules.ts';
import { collectApps, type NestApp } from './mounts.ts';
import { type ControllerDef, collectControllers, NEUTRAL, type RouteDef } from './routes.ts';

/** One application: its bootstrap (when found) and the modules whose providers and middleware it runs. */
interface AppContext {
  app: NestApp | null;
  info: AppInfo | null;
  modules: ModuleDef[];
  routerPaths: Map<ModuleDef, string>;
  /** controller class → the module that registers it */
  owners: Map<Node, ModuleDef>;
  guards: { info: GuardInfo; scope: ChainLink['scope'] }[];
  pipes: AppliedPipe[];
  interceptors: Located[];
}

/**
 * The NestJS adapter: every `@Get()`/`@Post()`… handler of every `@Controller`, with the full path
 * (global prefix, URI version, RouterModule path, controller and method paths) and what runs before it
 * (app middleware, consumer middleware, global/controller/method guards, interceptors, validation pipes).
 */
export function extractNest(project: Project, resolver: Resolver): Inventory {
  if (![...project.files.values()].some((f) => f.text.includes('@nestjs/'))) return { endpoints: [], apps: [] };
  const controllers = collectControllers(project, resolver);
  const modules = collectModules(project, resolver);
  const contexts = buildContexts(project, resolver, modules);
  const endpoints: Endpoint[] = [];
  const guardCache = new Map<Node, GuardInfo>();
  const guardOf = (at: Located): GuardInfo => {
    const cached = guardCache.get(at.node);
    if (cached) return cached;
    const g = guardInfo(resolver, at);
    guardCache.set(at.node, g);
    return g;
  };
  for (const ctx of contexts) {
    ctx.guards = [...ctx.modules.flatMap((m) => m.enhancers.guards), ...(ctx.app?.guards ?? [])].map((at) => ({
      info: guardOf(at),
      scope: 'app' as const,
    }));
    ctx.pipes = [...ctx.modules.flatMap((m) => m.enhancers.pipes), ...(ctx.app?.pipes ?? [])].map((at) => ({
      at,
      scope: 'app' as const,
      info: pipeInfo(resolver, resolveEnhancer(resolver, at)),
    }));
    ctx.interceptors = [...ctx.modules.flatMap((m) => m.enhancers.interceptors), ...(ctx.app?.interceptors ?? [])];
    if (ctx.info) fillAppInfo(resolver, ctx, ctx.info);
  }
  // a controller no module graph reaches (registered by a dynamic module chosen at run time) belongs to the one app
  // that serves controllers at all (seed scripts bootstrap apps of their own, with none)
  const serving = contexts.filter((x) => x.owners.size > 0);
  const fallback = contexts.length === 1 ? contexts[0]! : serving.length === 1 ? serving[0]! : null;
  /** each route's metadata that no guard of its chain requires, by endpoint (judged once every guard is known) */
  const declared = new Map<Endpoint, Deco[]>();
  for (const c of controllers) {
    const ctx = contexts.find((x) => x.owners.has(c.node)) ?? fallback;
    for (const r of c.routes)
      for (const { endpoint, unread } of routeEndpoints(resolver, ctx, c, r, guardOf)) {
        endpoints.push(endpoint);
        if (unread.length > 0) declared.set(endpoint, unread);
      }
    // route-level exception filters are error handlers of the app too
    for (const d of [...c.decos, ...c.routes.flatMap((r) => r.decos)]) {
      if (!ctx?.info || !isDeco(d, '@nestjs/common', 'UseFilters')) continue;
      for (const a of d.args) addHandler(ctx.info, filterFn(resolver, { file: d.expr.file, node: a }));
    }
  }
  // `@Roles('HR_ADMIN')` on a controller without the RolesGuard: metadata some guard of the app requires elsewhere, which
  // no guard of this route reads — the route declares a requirement that nothing enforces
  const required = new Set([...guardCache.values()].flatMap((g) => [...g.require.keys()]));
  for (const [endpoint, unread] of declared) {
    const d = unread.find((x) => x.meta && required.has(x.meta.key));
    if (d?.meta) endpoint.unenforced = { detail: d.meta.detail, file: d.at.file, node: d.at.node };
  }
  return { endpoints: dedupe(endpoints), apps: contexts.flatMap((c) => (c.info ? [c.info] : [])) };
}

function buildContexts(project: Project, resolver: Resolver, modules: Map<Node, ModuleDef>): AppContext[] {
  const apps = collectApps(project, resolver);
  const contexts: AppContext[] = apps.map((app) => {
    const { order, routerPaths, extraControllers } = reachableModules(resolver, modules, app.rootModule);
    const info: AppInfo = {
      framework: 'nestjs',
      file: app.file,
      node: app.node,
      globalMiddleware: [],
      errorHandlers: [],
    };
    return {
      app,
      info,
      modules: order,
      routerPaths,
      owners: owners(resolver, order, extraControllers),
      guards: [],
      pipes: [],
      interceptors: [],
    };
  });
  if (contexts.length === 0 && modules.size > 0) {
    // no bootstrap in the scanned folder (a library, a serverless entry we do not recognise): one implicit
    // app anchored on the root module (the module no other module imports)
    const imported = new Set<Node>();
    for (const m of modules.values())
      for (const i of m.imports) {
        const c = asClass(resolver.valueOf(i.file, i.node));
        if (c) imported.add(c.node);
      }
    const root = [...modules.values()].find(
      (m) => !imported.has(m.node) && m.controllers.length + m.imports.length > 0,
    );
    const { routerPaths, extraControllers } = reachableModules(resolver, modules, root ?? null);
    const info: AppInfo | null = root
      ? { framework: 'nestjs', file: root.file, node: root.node, globalMiddleware: [], errorHandlers: [] }
      : null;
    const all = [...modules.values()];
    contexts.push({
      app: null,
      info,
      modules: all,
      routerPaths,
      owners: owners(resolver, all, extraControllers),
      guards: [],
      pipes: [],
      interceptors: [],
    });
  }
  // a single app runs every module's global providers, also those of modules we could not reach
  // statically (dynamic modules, computed import lists)
  if (contexts.length === 1) {
    const ctx = contexts[0]!;
    for (const m of modules.values()) if (!ctx.modules.includes(m)) ctx.modules.push(m);
    ctx.owners = owners(resolver, ctx.modules, new Map());
  }
  return contexts;
}

function owners(resolver: Resolver, mods: ModuleDef[], extra: Map<ModuleDef, Located[]>): Map<Node, ModuleDef> {
  const out = new Map<Node, ModuleDef>();
  for (const m of mods) {
    for (const c of [...m.controllers, ...(extra.get(m) ?? [])]) {
      const cls = asClass(resolver.valueOf(c.file, c.node));
      if (cls && !out.has(cls.node)) out.set(cls.node, m);
    }
  }
  return out;
}

function fillAppInfo(resolver: Resolver, ctx: AppContext, info: AppInfo): void {
  const app = ctx.app;
  for (const at of app?.middleware ?? []) info.globalMiddleware.push(...middlewareLinks(resolver, at, 'app'));
  for (const g of ctx.guards) info.globalMiddleware.push(...guardLinks(g.info, 'app', routeMeta([], [])));
  for (const at of ctx.interceptors) info.globalMiddleware.push(interceptorLink(resolver, at, 'app'));
  for (const p of ctx.pipes) {
    const v = p.info.validation;
    if (!v) continue;
    const mode = v.whitelist
      ? v.forbidNonWhitelisted
        ? 'whitelist, forbidNonWhitelisted'
        : 'whitelist'
      : 'no whitelist: unknown properties pass through';
    info.globalMiddleware.push({
      name: 'ValidationPipe',
      scope: 'app',
      file: p.at.file,
      node: p.at.node,
      fn: null,
      hint: { kind: 'validation', target: 'all', detail: `global ValidationPipe; ${mode}`, keepsUnknown: !v.whitelist },
    });
  }
  for (const at of [...ctx.modules.flatMap((m) => m.enhancers.filters), ...(app?.filters ?? [])])
    addHandler(info, filterFn(resolver, at));
  // (URI versioning without a default version leaves unversioned the controllers that name none: their paths tell)
  if (app?.versioning && !(app.versioning.type === 'uri' && !app.versioning.defaultVersion)) {
    const kind = app.versioning.type === 'uri' ? 'uri' : app.versioning.type === 'media-type' ? 'media-type' : 'header';
    info.versioning = { kind, node: app.versioning.at.node, file: app.versioning.at.file };
  } else if (app?.prefixAt && /(?:^|\/)v\d+(?:\/|$)/i.test(app.prefix)) {
    info.versioning = { kind: 'uri', node: app.prefixAt.node, file: app.prefixAt.file };
  }
}

function addHandler(info: AppInfo, fn: FunctionRef | null): void {
  if (fn && !info.errorHandlers.some((h) => h.fn === fn.fn)) info.errorHandlers.push(fn);
}

function routeEndpoints(
  resolver: Resolver,
  ctx: AppContext | null,
  c: ControllerDef,
  r: RouteDef,
  guardOf: (at: Located) => GuardInfo,
): { endpoint: Endpoint; unread: Deco[] }[] {
  const app = ctx?.app ?? null;
  const owner = ctx?.owners.get(c.node);
  const modulePath = (owner && ctx?.routerPaths.get(owner)) ?? '';
  const meta = routeMeta(c.decos, r.decos);
  const versioning = app?.versioning ?? null;
  // Nest: methodVersion || controllerVersion || defaultVersion, and only URI versioning changes the path
  const version = r.version ?? c.version ?? versioning?.defaultVersion ?? null;
  const segments =
    versioning?.type === 'uri' && version
      ? version.map((v) => (v === NEUTRAL ? '' : `${versioning.prefix}${v}`))
      : [''];

  const head: ChainLink[] = [];
  for (const at of app?.middleware ?? []) head.push(...middlewareLinks(resolver, at, 'app'));
  const guards: ChainLink[] = [];
  /** the metadata keys the route's guards look up */
  const read = new Set<string>();
  for (const g of ctx?.guards ?? []) {
    guards.push(...throttled(g.info, guardLinks(g.info, g.scope, meta), c.decos, r.decos));
    for (const k of [...g.info.require.keys(), ...g.info.skip.keys()]) read.add(k);
  }
  for (const d of [...c.decos, ...r.decos]) {
    if (!isDeco(d, '@nestjs/common', 'UseGuards')) continue;
    for (const a of d.args) {
      const info = guardOf({ file: d.expr.file, node: a });
      guards.push(...throttled(info, guardLinks(info, 'guard', meta), c.decos, r.decos));
      for (const k of [...info.require.keys(), ...info.skip.keys()]) read.add(k);
    }
  }
  // (a guard not analysed, an npm one or one whose canActivate could not be resolved, may read anything)
  const opaque = guards.some((l) => l.scope !== 'decorator' && !l.fn && !l.hint);
  const unread = opaque ? [] : [...meta.handler.values(), ...meta.cls.values()].filter((d) => !read.has(d.meta!.key));
  const interceptors: ChainLink[] = (ctx?.interceptors ?? []).map((at) => interceptorLink(resolver, at, 'app'));
  const pipes: AppliedPipe[] = [...(ctx?.pipes ?? [])];
  for (const d of [...c.decos, ...r.decos]) {
    if (isDeco(d, '@nestjs/common', 'UseInterceptors'))
      for (const a of d.args) interceptors.push(interceptorLink(resolver, { file: d.expr.file, node: a }, 'route'));
    if (isDeco(d, '@nestjs/common', 'UsePipes')) {
      for (const a of d.args) {
        const at = { file: d.expr.file, node: a };
        pipes.push({ at, scope: 'route', info: pipeInfo(resolver, resolveEnhancer(resolver, at)) });
      }
    }
  }
  const { bindings, links: validation } = bindParameters(resolver, r.file, r.fn, pipes);

  const out: { endpoint: Endpoint; unread: Deco[] }[] = [];
  for (const segment of segments) {
    for (const cp of c.paths) {
      for (const rp of r.paths) {
        const local = joinPaths(modulePath, cp, rp);
        const excluded =
          app?.exclude.some((x) => x.pattern.test(local) && (!x.method || x.method === r.httpMethod)) ?? false;
        const path = joinPaths(excluded ? '' : (app?.prefix ?? ''), segment, local);
        const consumer: ChainLink[] = [];
        for (const m of ctx?.modules ?? []) {
          for (const rule of m.middleware) {
            if (!consumerApplies(resolver, rule, { local, method: r.httpMethod, controller: c.node })) continue;
            for (const at of rule.apply) consumer.push(...middlewareLinks(resolver, at, 'router'));
          }
        }
        out.push({
          endpoint: {
            method: r.httpMethod,
            path,
            framework: 'nestjs',
            file: r.file,
            node: r.at,
            chain: [...head, ...consumer, ...guards, ...interceptors, ...validation],
            handlers: [{ file: r.file, fn: r.fn, bindings }],
          },
          unread,
        });
      }
    }
  }
  return out;
}

/**
 * @nestjs/throttler: `@SkipThrottle()` turns the ThrottlerGuard off for a route (method decorators win over
 * class ones), `@Throttle({...})` sets a route-level limit that the guard enforces.
 */
function throttled(info: GuardInfo, links: ChainLink[], classDecos: Deco[], methodDecos: Deco[]): ChainLink[] {
  if (!info.throttler) return links;
  const skipOf = (decos: Deco[]): boolean | null => {
    const d = decos.find((x) => isDeco(x, '@nestjs/throttler', 'SkipThrottle'));
    if (!d) return null;
    const arg = unwrap(d.args[0]);
    if (!arg) return true;
    if (arg.type === 'Literal') return arg.value !== false;
    // `{ default: false }` re-enables a throttler skipped at class level
    if (arg.type === 'ObjectExpression') {
      return !arg.properties.every(
        (p) =>
          p.type === 'Property' &&
          unwrap(p.value as Node)?.type === 'Literal' &&
          (unwrap(p.value as Node) as { value: unknown }).value === false,
      );
    }
    return true;
  };
  const skip = skipOf(methodDecos) ?? skipOf(classDecos) ?? false;
  if (skip) return [];
  const limit =
    methodDecos.find((x) => isDeco(x, '@nestjs/throttler', 'Throttle')) ??
    classDecos.find((x) => isDeco(x, '@nestjs/throttler', 'Throttle'));
  if (!limit) return links;
  return [
    ...links,
    {
      name: detailOf(limit.at),
      scope: 'decorator',
      file: limit.at.file,
      node: limit.at.node,
      fn: null,
      hint: { kind: 'rate-limit', detail: `route-level ${detailOf(limit.at)}` },
    },
  ];
}
