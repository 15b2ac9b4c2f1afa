import type { FunctionRef } from '../../core/endpoint.ts';
import type { EndpointMethod } from '../../core/finding.ts';
import { type Node, unwrap } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { resolveCallable } from '../shared/links.ts';
import type { HonoApp, HonoApps } from './apps.ts';
import { callsNext } from './middleware.ts';
import { type OpenApiRoute, openApiRoute } from './openapi.ts';
import { honoPath, mergePath } from './paths.ts';
import { flattenArgs } from './routes.ts';

/** `use()` middleware (or a `(c, next)` function registered with a method) on a path pattern. */
export interface MwEntry {
  kind: 'mw';
  owner: HonoApp;
  file: SourceFile;
  /** raw Hono pattern with every prefix merged: `/api/v1/*` */
  pattern: string;
  /** null: every method */
  methods: string[] | null;
  args: Node[];
  /** registered on the root app for every path */
  global: boolean;
}

export interface RouteEntry {
  kind: 'route';
  owner: HonoApp;
  file: SourceFile;
  method: EndpointMethod;
  path: string;
  /** the registration, for the location */
  at: Node;
  /** route-level middleware then the handler */
  args: Node[];
  openapi: OpenApiRoute | null;
}

export type Entry = MwEntry | RouteEntry;

const HTTP = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ALL']);

/**
 * The registrations of a root app as Hono's router holds them: `route('/p', sub)` copies the sub-app's
 * registrations, prefixed, at the point of the call, so one ordered list decides which middleware
 * runs before which route.
 */
export function flatten(apps: HonoApps, resolver: Resolver, root: HonoApp, errors: FunctionRef[]): Entry[] {
  const out: Entry[] = [];
  const visit = (app: HonoApp, prefix: string, stack: Set<HonoApp>): void => {
    if (stack.has(app)) return;
    stack.add(app);
    // Hono remembers the last path: `app.get('/x', h).post(h2)` registers POST /x
    let lastPath = '/';
    for (const reg of app.regs) {
      switch (reg.kind) {
        case 'use':
          for (const p of reg.paths) {
            lastPath = p;
            out.push({
              kind: 'mw',
              owner: app,
              file: reg.file,
              pattern: mergePath(prefix, reg.base, p),
              methods: null,
              args: flattenArgs(resolver, reg.file, reg.args),
              global: app === root && (p === '*' || p === '/*') && reg.base === '/',
            });
          }
          break;
        case 'route': {
          const paths = reg.paths ?? [lastPath];
          const args = flattenArgs(resolver, reg.file, reg.args);
          const last = args[args.length - 1];
          const lastFn = last ? resolveCallable(resolver, reg.file, last).fn : null;
          for (const p of paths) {
            lastPath = p;
            const methods = reg.methods.filter((m) => HTTP.has(m));
            if (lastFn && callsNext(lastFn.fn)) {
              // `app.get('/api/*', async (c, next) => …)` is middleware for GET requests
              out.push({
                kind: 'mw',
                owner: app,
                file: reg.file,
                pattern: mergePath(prefix, reg.base, p),
                methods: methods.includes('ALL') ? null : methods,
                args,
                global: false,
              });
              continue;
            }
            for (const m of methods) {
              out.push({
                kind: 'route',
                owner: app,
                file: reg.file,
                method: m as EndpointMethod,
                path: honoPath(mergePath(prefix, reg.base, p)),
                at: atOf(reg.call),
                args,
                openapi: null,
              });
            }
          }
          break;
        }
        case 'openapi': {
          const r = openApiRoute(resolver, reg.file, reg.route);
          if (!r || !HTTP.has(r.method)) break;
          // app.openapi(route, handler, hook?): the hook runs after validation fails, not before the handler
          const handler = reg.args[0];
          out.push({
            kind: 'route',
            owner: app,
            file: reg.file,
            method: r.method as EndpointMethod,
            path: honoPath(mergePath(prefix, reg.base, r.path)),
            at: atOf(reg.call),
            args: handler ? [handler] : [],
            openapi: r,
          });
          break;
        }
        case 'mount': {
          const sub = apps.viewOf(reg.file, reg.sub);
          if (sub && sub.app !== app) visit(sub.app, mergePath(prefix, reg.base, reg.path), stack);
          break;
        }
        case 'error': {
          const fn = resolveCallable(resolver, reg.file, reg.handler).fn;
          if (fn && !errors.some((e) => e.fn === fn.fn)) errors.push(fn);
          break;
        }
      }
    }
    stack.delete(app);
  };
  visit(root, '/', new Set());
  return out;
}

/** `app.get(...)` → the call; in a chain `new Hono().get(...).post(...)` → the `.post` name, on its own line. */
function atOf(call: Node): Node {
  if (call.type !== 'CallExpression') return call;
  const callee = call.callee as Node;
  if (callee.type !== 'MemberExpression') return call;
  const obj = unwrap(callee.object as Node);
  if (obj && (obj.type === 'CallExpression' || obj.type === 'NewExpression')) return callee.property as Node;
  return call;
}
