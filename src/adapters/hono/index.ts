import type { AppInfo, ChainLink, Endpoint, FunctionRef, Inventory } from '../../core/endpoint.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver } from '../../parse/resolve.ts';
import { dedupe } from '../shared/dedupe.ts';
import { privilegedClients } from '../shared/privileged-clients.ts';
import { type HonoApp, HonoApps } from './apps.ts';
import { honoLinks } from './middleware.ts';
import { type Entry, flatten, type MwEntry, type RouteEntry } from './mounts.ts';
import { patternCovers } from './paths.ts';
import { routeEndpoint } from './routes.ts';

/**
 * The Hono adapter: every route of every root app (an instance no other instance mounts with `route()`),
 * with the full path (basePath and mount prefixes) and the middleware Hono really runs before it:
 * `use()` middleware registered earlier on a matching path, then the route's own handlers.
 */
export function extractHono(project: Project, resolver: Resolver): Inventory {
  const honoApps = new HonoApps(resolver, project.files.values());
  if (honoApps.apps.size === 0) return { endpoints: [], apps: [] };
  const mounted = new Set<HonoApp>();
  for (const app of honoApps.apps.values()) {
    for (const reg of app.regs) {
      if (reg.kind !== 'mount') continue;
      const sub = honoApps.viewOf(reg.file, reg.sub);
      if (sub && sub.app !== app) mounted.add(sub.app);
    }
  }
  const endpoints: Endpoint[] = [];
  const apps: AppInfo[] = [];
  const clients = privilegedClients(project, resolver);
  for (const root of honoApps.apps.values()) {
    if (mounted.has(root)) continue;
    const errors: FunctionRef[] = [];
    const entries = flatten(honoApps, resolver, root, errors);
    const routes = entries.filter((e): e is RouteEntry => e.kind === 'route');
    if (routes.length === 0) continue;
    const info: AppInfo = {
      framework: 'hono',
      file: root.file,
      node: root.node,
      globalMiddleware: [],
      errorHandlers: errors,
    };
    if (clients.length > 0) info.privilegedClients = clients;
    // links per middleware entry and route: an inline middleware may check only some methods, except() some paths
    const linksOf = new Map<string, ChainLink[]>();
    const ids = new Map<MwEntry, number>();
    const mwLinks = (m: MwEntry, method: string | null, path: string | null): ChainLink[] => {
      if (!ids.has(m)) ids.set(m, ids.size);
      const key = `${ids.get(m)} ${method} ${path}`;
      let l = linksOf.get(key);
      if (!l) {
        const route = { method, path };
        l = m.args.flatMap((a) => honoLinks(resolver, m.file, a, m.owner === root ? 'app' : 'router', route));
        linksOf.set(key, l);
      }
      return l;
    };
    for (const e of entries)
      if (e.kind === 'mw' && e.owner === root && e.global) info.globalMiddleware.push(...mwLinks(e, null, null));
    entries.forEach((e, i) => {
      if (e.kind !== 'route') return;
      const chain = activeBefore(entries, i, e).flatMap((m) => mwLinks(m, e.method, e.path));
      endpoints.push(routeEndpoint(resolver, e, chain));
    });
    apps.push(info);
  }
  return { endpoints: dedupe(endpoints), apps };
}

/** Middleware registered before the route on a path and method that cover it. */
function activeBefore(entries: Entry[], index: number, route: RouteEntry): MwEntry[] {
  const out: MwEntry[] = [];
  for (let i = 0; i < index; i++) {
    const e = entries[i]!;
    if (e.kind !== 'mw') continue;
    if (e.methods && route.method !== 'ALL' && !e.methods.includes(route.method)) continue;
    if (patternCovers(e.pattern, route.path)) out.push(e);
  }
  return out;
}
