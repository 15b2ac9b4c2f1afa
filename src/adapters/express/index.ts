import type { AppInfo, ChainLink, Endpoint, FunctionRef, HandlerRef, Inventory } from '../../core/endpoint.ts';
import type { EndpointMethod } from '../../core/finding.ts';
import { isUnder, joinPaths } from '../../core/path.ts';
import type { Node } from '../../parse/ast.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { dedupe } from '../shared/dedupe.ts';
import { makeHandler, makeLink } from '../shared/links.ts';
import { publicLink, type Skip, skipOf } from '../shared/skips.ts';
import type { Located } from '../shared/values.ts';
import { collectRouters, isErrorHandler, type RouterDef, routerOf } from './registrations.ts';

/** Middleware active at some point of a router, with the path prefix it is limited to. */
/**
 * What a router registration puts in front of the routes under `under` (the full path prefix it was registered under,
 * `router.use('/admin', mw)`): a middleware, or a router's error handler, which answers for those routes' errors.
 */
type Active = { link: ChainLink; under: string; skip: Skip | null } | { error: FunctionRef; under: string };

/**
 * The Express adapter: every route of every app, with its full path (all mount prefixes) and its
 * middleware chain in the order Express runs it (middleware registered after a route does not protect it).
 */
export function extractExpress(project: Project, resolver: Resolver): Inventory {
  // the parameter bindings too: `app.use('/api', routes(router))` mounts the router `routes` returns, its parameter
  const { routers, params } = collectRouters(project, resolver);
  const endpoints: Endpoint[] = [];
  const apps: AppInfo[] = [];
  const mounted = new Set<RouterDef>();

  const visit = (
    r: RouterDef,
    prefix: string,
    inherited: Active[],
    stack: Set<RouterDef>,
    app: AppInfo | null,
    mounts: { file: SourceFile; node: Node }[],
  ): void => {
    if (stack.has(r)) return; // a router mounted inside itself
    stack.add(r);
    const active = [...inherited];
    // what each argument of a `use` is, a router mounted there or middleware links, read once for both passes below
    const used = new Map<Node, RouterDef | ChainLink[]>();
    const useOf = (file: SourceFile, arg: Node): RouterDef | ChainLink[] => {
      let u = used.get(arg);
      if (!u) {
        const sub = routerOf(resolver, routers, params, file, arg);
        u = sub && sub !== r ? sub : makeLink(resolver, file, arg, r.kind === 'app' ? 'app' : 'router');
        used.set(arg, u);
      }
      return u;
    };
    /** the routes a middleware lets through (`expressjwt(…).unless({ path })`, its own table of public routes) */
    const skips = new Map<Node, Skip | null>();
    const skipFor = (file: SourceFile, arg: Node): Skip | null => {
      if (!skips.has(arg)) skips.set(arg, skipOf(resolver, file, arg));
      return skips.get(arg) ?? null;
    };
    // a router's error handlers answer for its routes' errors, registered after them as they usually are (Express
    // hands an error to the next error handler in the stack)
    if (r.kind !== 'app')
      for (const reg of r.regs) {
        if (reg.kind !== 'use') continue;
        const under = joinPaths(prefix, reg.path ?? '/');
        for (const { file, node: arg } of flattenIn(resolver, reg.args)) {
          const u = useOf(file, arg);
          if (Array.isArray(u))
            for (const link of u) if (link.fn && isErrorHandler(link.fn.fn)) active.push({ error: link.fn, under });
        }
      }
    for (const reg of r.regs) {
      if (reg.kind === 'use') {
        const under = joinPaths(prefix, reg.path ?? '/');
        const local: Active[] = [];
        for (const { file, node: arg } of flattenIn(resolver, reg.args)) {
          const u = useOf(file, arg);
          if (!Array.isArray(u)) {
            mounted.add(u);
            visit(u, under, [...active, ...local], stack, app, [...mounts, { file: reg.file, node: reg.call }]);
            continue;
          }
          for (const link of u) {
            if (link.fn && isErrorHandler(link.fn.fn)) {
              // the app's error handler answers for every route; a router's (taken above) only for its own
              if (r.kind === 'app') app?.errorHandlers.push(link.fn);
              continue;
            }
            local.push({ link, under, skip: skipFor(file, arg) });
            if (app && r.kind === 'app' && under === '/') app.globalMiddleware.push(link);
          }
        }
        active.push(...local);
        continue;
      }
      const path = joinPaths(prefix, reg.path);
      const chain: ChainLink[] = [];
      const errorHandlers: FunctionRef[] = [];
      const method = toMethod(reg.method);
      for (const a of active) {
        if (!isUnder(path, a.under)) continue;
        if ('link' in a) chain.push(a.skip?.(method, path) ? publicLink(a.link) : a.link);
        else errorHandlers.push(a.error);
      }
      const fns = flattenIn(resolver, reg.args);
      const handlers: HandlerRef[] = [];
      fns.forEach(({ file, node: arg }, i) => {
        if (i < fns.length - 1) {
          chain.push(...makeLink(resolver, file, arg, 'route'));
          return;
        }
        const { handler, wrappers } = makeHandler(resolver, file, arg);
        chain.push(...wrappers);
        if (handler) handlers.push(handler);
      });
      endpoints.push({
        method,
        path,
        framework: 'express',
        file: reg.file,
        node: reg.at,
        chain,
        handlers,
        ...(mounts.length > 0 ? { mounts } : {}),
        ...(errorHandlers.length > 0 ? { errorHandlers } : {}),
      });
    }
    stack.delete(r);
  };

  for (const r of routers.values()) {
    if (r.kind !== 'app') continue;
    const app: AppInfo = { framework: 'express', file: r.file, node: r.node, globalMiddleware: [], errorHandlers: [] };
    apps.push(app);
    visit(r, '/', [], new Set(), app, []);
  }
  // routers whose mount we could not see (mounted dynamically, or by code outside the scanned folder)
  for (const r of routers.values()) {
    if (r.kind === 'router' && !mounted.has(r) && r.regs.some((g) => g.kind === 'route'))
      visit(r, '/', [], new Set(), null, []);
  }
  return { endpoints: dedupe(endpoints), apps };
}

/** Middleware lists: literal arrays, spreads, and arrays held in variables (`const adminOnly = [auth, role]`). */
function flattenIn(resolver: Resolver, args: Located[], depth = 0): Located[] {
  const out: Located[] = [];
  for (const loc of args) {
    const { file, node: a } = loc;
    if (a.type === 'ArrayExpression') {
      const els = a.elements.filter((e): e is NonNullable<typeof e> => !!e).map((e) => ({ file, node: e as Node }));
      out.push(...flattenIn(resolver, els, depth + 1));
    } else if (a.type === 'SpreadElement')
      out.push(...flattenIn(resolver, [{ file, node: a.argument as Node }], depth + 1));
    else if (a.type === 'Identifier' && depth < 4) {
      const v = resolver.valueOf(file, a);
      if (v.kind === 'node' && v.file === file && v.node.type === 'ArrayExpression')
        out.push(...flattenIn(resolver, [{ file, node: v.node }], depth + 1));
      else out.push(loc);
    } else out.push(loc);
  }
  return out;
}

function toMethod(m: string): EndpointMethod {
  const u = m === 'del' ? 'DELETE' : m.toUpperCase();
  return u === 'ALL' ? 'ALL' : (u as EndpointMethod);
}
