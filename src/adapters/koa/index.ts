import type { AppInfo, ChainLink, Endpoint, FunctionRef, HandlerRef, Inventory } from '../../core/endpoint.ts';
import type { EndpointMethod } from '../../core/finding.ts';
import { isUnder, joinPaths } from '../../core/path.ts';
import type { Node } from '../../parse/ast.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { dedupe } from '../shared/dedupe.ts';
import { makeHandler, makeLink, resolveCallable } from '../shared/links.ts';
import { publicLink, type Skip } from '../shared/skips.ts';
import { arrayElements, type Located, objectProps, staticString } from '../shared/values.ts';
import { inlineRoutes, isErrorMiddleware, middlewareOf } from './middleware.ts';
import { flatten } from './mounts.ts';
import { collectRouters, type RouterDef } from './registrations.ts';

/** Middleware active at some point of an app or router, limited to a path prefix. */
interface Active {
  links: ChainLink[];
  under: string;
  /** routes it lets through (`.unless({ path })`, its own public table): they get a `public` link instead */
  unless: Skip | null;
  /** error middleware used on a router (not the app): it catches the errors of the routes under it */
  errors?: FunctionRef[];
}

/**
 * The Koa adapter (@koa/router and koa-router): every route with its full path (`app` → router prefix →
 * nested `router.use('/sub', sub.routes())` → route) and the middleware that runs before its handler.
 * Order matters at both levels: Koa runs app middleware registered before `app.use(router.routes())`,
 * and @koa/router (since v7) runs a router's `use()` layers in registration order, so middleware
 * registered after a route does not protect it.
 */
export function extractKoa(project: Project, resolver: Resolver): Inventory {
  const rs = collectRouters(project, resolver);
  if (rs.defs.size === 0) return { endpoints: [], apps: [] };
  const endpoints: Endpoint[] = [];
  const apps: AppInfo[] = [];
  const mounted = new Set<RouterDef>();

  const visit = (
    r: RouterDef,
    mountPrefix: string,
    inherited: Active[],
    app: AppInfo | null,
    stack: Set<RouterDef>,
  ): void => {
    if (stack.has(r)) return;
    stack.add(r);
    mounted.add(r);
    const base = joinPaths(mountPrefix, r.prefix);
    const scope: ChainLink['scope'] = r.kind === 'app' ? 'app' : 'router';
    const active = [...inherited];
    const params = r.regs.flatMap((g) =>
      g.kind === 'param' ? [{ name: g.name, links: paramLinks(resolver, g.file, g.fn, g.name) }] : [],
    );
    // app middleware is global only when it runs before every route (Koa runs `use` in order)
    let routed = false;
    for (const reg of r.regs) {
      if (reg.kind === 'error') {
        const { fn } = resolveCallable(resolver, reg.file, reg.fn);
        if (fn && app) app.errorHandlers.push(fn);
        continue;
      }
      if (reg.kind === 'param') continue;
      if (reg.kind === 'use') {
        const local: Active[] = [];
        for (const p of reg.paths ?? ['']) {
          for (const used of flatten(resolver, rs, reg.file, reg.args)) {
            if (used.kind === 'skip') continue;
            const at = joinPaths(base, p, used.prefix);
            if (used.kind === 'router' || used.kind === 'app') {
              visit(used.kind === 'router' ? used.router : used.app, at, [...active, ...local], app, stack);
              routed = true;
              continue;
            }
            const { fn } = resolveCallable(resolver, used.file, used.node);
            if (fn && isErrorMiddleware(fn)) {
              // the app's error middleware answers for every route; a router's only for the routes under it
              if (r.kind !== 'app') local.push({ links: [], under: at, unless: null, errors: [fn] });
              else if (app && !app.errorHandlers.some((h) => h.fn === fn.fn)) app.errorHandlers.push(fn);
              continue;
            }
            if (fn && r.kind === 'app') {
              // a middleware that answers a path itself: `if (ctx.path === '/health') { ctx.body = … }`
              for (const ir of inlineRoutes(fn)) {
                endpoints.push({
                  method: ir.method,
                  path: joinPaths(at, ir.path),
                  framework: 'koa',
                  file: fn.file,
                  node: ir.node,
                  chain: chainFor(active, ir.method, joinPaths(at, ir.path)),
                  handlers: [fn],
                });
                routed = true;
              }
            }
            const mw = middlewareOf(resolver, used.file, used.node, scope);
            local.push({ links: mw.links, under: at, unless: mw.unless });
            if (app && r.kind === 'app' && at === '/' && !inherited.length && !routed)
              app.globalMiddleware.push(...mw.links);
          }
        }
        active.push(...local);
        continue;
      }
      const route =
        reg.kind === 'spec'
          ? specRoute(resolver, reg.file, reg.spec)
          : { methods: [toMethod(reg.method)], paths: reg.paths, fns: reg.args, validation: [], validateAt: -1 };
      if (!route) continue;
      for (const p of route.paths) {
        const path = joinPaths(base, p);
        for (const method of route.methods) {
          const chain = chainFor(active, method, path);
          for (const param of params) if (path.includes(`{${param.name}}`)) chain.push(...param.links);
          // (`...vendorOnly`: the middleware array spread into the registration, as a literal array is)
          const fns = route.fns.flatMap((a) => {
            const listed = a.type === 'SpreadElement' ? (a.argument as Node) : a;
            return arrayElements(resolver, reg.file, listed)?.map((e) => e.node) ?? [listed];
          });
          const handlers: HandlerRef[] = [];
          fns.forEach((arg, i) => {
            // koa-joi-router validates after `pre` and before the handlers
            if (i === route.validateAt) chain.push(...route.validation);
            if (i < fns.length - 1) {
              const mw = middlewareOf(resolver, reg.file, arg, 'route');
              chain.push(...(mw.unless?.(method, path) ? mw.links.map(publicLink) : mw.links));
              return;
            }
            const { handler, wrappers } = makeHandler(resolver, reg.file, arg);
            chain.push(...wrappers);
            if (handler) handlers.push(handler);
          });
          const errorHandlers = errorsFor(active, path);
          endpoints.push({
            method,
            path,
            framework: 'koa',
            file: reg.file,
            node: reg.call,
            chain,
            handlers,
            ...(errorHandlers.length > 0 ? { errorHandlers } : {}),
          });
        }
      }
    }
    stack.delete(r);
  };

  // sub-apps mounted with koa-mount are visited through their parent
  const subApps = new Set<RouterDef>();
  for (const r of rs.defs.values()) {
    for (const reg of r.regs) {
      if (reg.kind !== 'use') continue;
      for (const used of flatten(resolver, rs, reg.file, reg.args))
        if (used.kind === 'app' && used.app !== r) subApps.add(used.app);
    }
  }
  for (const r of rs.defs.values()) {
    if (r.kind !== 'app' || subApps.has(r)) continue;
    const app: AppInfo = { framework: 'koa', file: r.file, node: r.node, globalMiddleware: [], errorHandlers: [] };
    apps.push(app);
    visit(r, '/', [], app, new Set());
  }
  // routers whose mount we could not see (mounted by code outside the scanned folder)
  for (const r of rs.defs.values()) {
    if (!mounted.has(r) && r.regs.some((g) => g.kind === 'route' || g.kind === 'spec'))
      visit(r, '/', [], null, new Set());
  }
  return { endpoints: dedupe(endpoints), apps };
}

/** `router.param('id', fn)`: named after the parameter, since the function is usually inline. */
function paramLinks(resolver: Resolver, file: SourceFile, fn: Node, name: string): ChainLink[] {
  const links = makeLink(resolver, file, fn, 'router');
  const last = links[links.length - 1];
  if (last && last.name === '<inline>') last.name = `param(${name})`;
  return links;
}

/** The error middleware of the routers a route is mounted through. */
function errorsFor(active: Active[], path: string): FunctionRef[] {
  return active.flatMap((a) => (a.errors && isUnder(path, a.under) ? a.errors : []));
}

function chainFor(active: Active[], method: EndpointMethod, path: string): ChainLink[] {
  const chain: ChainLink[] = [];
  for (const a of active) {
    if (!isUnder(path, a.under)) continue;
    chain.push(...(a.unless?.(method, path) ? a.links.map(publicLink) : a.links));
  }
  return chain;
}

/** koa-joi-router `route({ method, path, validate: { body, params, query }, pre, handler })`. */
function specRoute(
  resolver: Resolver,
  file: SourceFile,
  spec: Node,
): { methods: EndpointMethod[]; paths: string[]; fns: Node[]; validation: ChainLink[]; validateAt: number } | null {
  const props = objectProps(resolver, file, spec);
  const m = props.get('method');
  const p = props.get('path');
  const h = props.get('handler');
  if (!m || !p || !h) return null;
  const list = (loc: Located): string[] =>
    (arrayElements(resolver, loc.file, loc.node) ?? [loc])
      .map((e) => staticString(resolver, e.file, e.node))
      .filter((x): x is string => x !== null);
  const methods = list(m).map((x) => toMethod(x.toLowerCase()));
  const paths = list(p);
  if (!methods.length || !paths.length) return null;
  const validation: ChainLink[] = [];
  const v = props.get('validate');
  const targets: [string, 'body' | 'params' | 'query'][] = [
    ['params', 'params'],
    ['query', 'query'],
    ['body', 'body'],
  ];
  for (const [key, target] of targets) {
    const t = v ? objectProps(resolver, v.file, v.node).get(key) : undefined;
    if (t)
      validation.push({
        name: `validate.${key}`,
        scope: 'route',
        file: t.file,
        node: t.node,
        fn: null,
        hint: { kind: 'validation', target, detail: 'koa-joi-router' },
      });
  }
  const pre = props.get('pre');
  return { methods, paths, fns: [...(pre ? [pre.node] : []), h.node], validation, validateAt: pre ? 1 : 0 };
}

function toMethod(m: string): EndpointMethod {
  if (m === 'del') return 'DELETE';
  return m === 'all' ? 'ALL' : (m.toUpperCase() as EndpointMethod);
}
