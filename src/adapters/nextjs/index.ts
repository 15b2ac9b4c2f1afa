import type { AppInfo, ChainLink, Endpoint, Inventory } from '../../core/endpoint.ts';
import { joinPaths } from '../../core/path.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver } from '../../parse/resolve.ts';
import { privilegedClients } from '../shared/privileged-clients.ts';
import { serverActions } from './actions.ts';
import { credentialsAuthorize } from './authjs.ts';
import { findMiddleware, middlewareLinks, type NextMiddleware } from './middleware.ts';
import { pagesEndpoints } from './pages.ts';
import { basePathOf, nextRoots, type RouteFile, routeFileOf } from './roots.ts';
import { routeExports } from './routes.ts';

/**
 * The Next.js adapter: App Router route handlers (`app/**\/route.ts`), pages/api handlers (one endpoint per
 * method branch), server actions, and the middleware.ts that runs before each of them (matcher and path
 * checks decide which routes it really covers). One AppInfo per Next.js app folder.
 */
export function extractNext(project: Project, resolver: Resolver): Inventory {
  const roots = nextRoots(project);
  if (roots.size === 0) return { endpoints: [], apps: [] };
  const byApp = new Map<string, RouteFile[]>();
  for (const file of [...project.files.values()].sort((a, b) => a.rel.localeCompare(b.rel))) {
    const rf = routeFileOf(roots, file);
    if (!rf) continue;
    const list = byApp.get(rf.root) ?? [];
    list.push(rf);
    byApp.set(rf.root, list);
  }
  const endpoints: Endpoint[] = [];
  const apps: AppInfo[] = [];
  const clients = privilegedClients(project, resolver);
  for (const [appRoot, files] of byApp) {
    const basePath = basePathOf(project, resolver, appRoot);
    const mw = findMiddleware(project, resolver, appRoot);
    const own: Endpoint[] = [];
    for (const rf of files) {
      if (rf.kind === 'app') {
        const path = joinPaths(basePath, rf.path);
        for (const r of routeExports(resolver, rf.file)) {
          own.push({
            method: r.method,
            path,
            framework: 'nextjs',
            file: rf.file,
            node: r.node,
            chain: [...r.wrappers],
            handlers: r.handler ? [r.handler] : [],
          });
        }
      } else own.push(...pagesEndpoints(resolver, rf.file, rf.path, basePath));
    }
    for (const f of project.files.values()) if (f.abs.startsWith(appRoot)) own.push(...serverActions(resolver, f));
    own.push(...credentialsSignIn(resolver, own));
    if (own.length === 0) continue;
    const covering = mw ? withMiddleware(resolver, mw, own, basePath) : 0;
    const first = files[0]!.file;
    const info: AppInfo = {
      framework: 'nextjs',
      file: mw?.file ?? first,
      node: mw?.node ?? (first.program.body[0] as AppInfo['node'] | undefined) ?? first.program,
      globalMiddleware: [],
      errorHandlers: [],
    };
    if (mw && covering === own.length) info.globalMiddleware.push(...middlewareLinks(resolver, mw, '/'));
    if (clients.length > 0) info.privilegedClients = clients;
    apps.push(info);
    endpoints.push(...own);
  }
  return { endpoints, apps };
}

/**
 * The credentials sign-in behind next-auth's catch-all (`/api/auth/[...nextauth]`): `POST …/callback/credentials` runs
 * the provider's `authorize(credentials, req)`, which checks the password. An endpoint of its own, so the checks and the
 * prober see the login (its rate limit, its lookups) rather than one opaque route.
 */
function credentialsSignIn(resolver: Resolver, own: Endpoint[]): Endpoint[] {
  const catchAll = own.find((e) => /\/\{nextauth\}$/.test(e.path) && (e.method === 'POST' || e.method === 'ALL'));
  if (!catchAll) return [];
  const authorize = credentialsAuthorize(resolver);
  if (!authorize) return [];
  return [
    {
      ...catchAll,
      method: 'POST',
      path: catchAll.path.replace(/\{nextauth\}$/, 'callback/credentials'),
      // (the catch-all's own handler runs first: a wrapper may limit sign-ins before handing over to NextAuth)
      handlers: [...catchAll.handlers, { ...authorize, bindings: { 0: { kind: 'body' }, 1: { kind: 'request' } } }],
    },
  ];
}

/** Puts middleware.ts first in the chain of every route it runs for; returns how many it covers. */
function withMiddleware(resolver: Resolver, mw: NextMiddleware, endpoints: Endpoint[], basePath: string): number {
  let covering = 0;
  for (const e of endpoints) {
    // server actions POST to the page that renders them: the page's path is not known here
    if (e.path.startsWith('action:')) continue;
    // matchers are written without the basePath
    const path = basePath && e.path.startsWith(basePath) ? e.path.slice(basePath.length) || '/' : e.path;
    const links: ChainLink[] = middlewareLinks(resolver, mw, path, /^[A-Z]+$/.test(e.method) ? e.method : null);
    if (links.length > 0) covering++;
    e.chain.unshift(...links);
  }
  return covering;
}
