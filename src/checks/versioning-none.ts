import { defineCheck } from '../core/check.ts';
import type { Endpoint } from '../core/endpoint.ts';
import { locationOf } from '../parse/source.ts';
import { endpointLabel } from './_idiom.ts';
import { isHealth, primaryApp } from './_predicates.ts';

const VERSION_SEGMENT = /\/v\d+(?:\.\d+)?(?:\/|$)|\/(?:api-)?version\d+\//i;

/** A version negotiated by header instead of path. */
const VERSION_HEADER = /accept-version|api-version|x-api-version/i;

export default defineCheck({
  meta: {
    id: 'versioning-none',
    kind: 'check',
    title: 'No API versioning',
    category: 'versioning',
    severity: 'low',
    description:
      'Routes carry no version (no /v1 prefix, no version header), so clients break on every incompatible change and old, unpatched behaviour cannot be retired deliberately.',
    cwe: 'CWE-1059',
  },
  endpoint(e, ctx) {
    let loose = STRAGGLERS.get(ctx.endpoints);
    if (!loose) {
      // (an app that declares its versioning, `enableVersioning`, versions every route)
      loose = ctx.apps.some((a) => a.versioning)
        ? { routes: new Set(), versioned: 0, api: 0 }
        : stragglers(ctx.endpoints);
      STRAGGLERS.set(ctx.endpoints, loose);
    }
    if (!loose.routes.has(e)) return null;
    return {
      message: `${endpointLabel(e)} is not versioned, unlike ${loose.versioned} of the app's ${loose.api} API routes`,
      location: locationOf(e.file, e.node),
      endpoint: e,
      fix: {
        summary: 'Mount the route under the version prefix the rest of the API uses',
        steps: [
          'Register it under the same /v1-style prefix as the other routes.',
          'Keep the old path as a redirect (or a deprecated alias) until clients have moved.',
        ],
        example:
          e.framework === 'fastify'
            ? "fastify.register(purchaseOrderRoutes, { prefix: '/api/v1/purchase-orders' })"
            : e.framework === 'hono'
              ? "api.route('/purchase-orders', purchaseOrders) // api = app.basePath('/api/v1')"
              : "apiV1.use('/purchase-orders', purchaseOrdersRouter);",
      },
    };
  },
  app(ctx) {
    if (ctx.apps.some((a) => a.versioning)) return [];
    const api = apiRoutes(ctx.endpoints);
    if (api.length === 0 || api.some((e) => VERSION_SEGMENT.test(e.path))) return [];
    for (const f of ctx.project.files.values()) if (VERSION_HEADER.test(f.text)) return [];
    const app = primaryApp(ctx.apps);
    const first = api[0]!;
    return [
      {
        message: `None of the ${api.length} API routes is versioned (no /v1-style prefix or version header)`,
        location: app ? locationOf(app.file, app.node) : locationOf(first.file, first.node),
        endpoint: null,
        fix: {
          summary: 'Mount the API under a version prefix',
          steps: [
            'Mount all API routes under /api/v1 (keep health checks unversioned).',
            'Introduce /v2 next to /v1 for breaking changes and retire /v1 on a schedule.',
          ],
          example:
            first.framework === 'nestjs'
              ? "app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });"
              : first.framework === 'fastify'
                ? "fastify.register(routes, { prefix: '/api/v1' })"
                : first.framework === 'hono'
                  ? "app.route('/api/v1', api)"
                  : first.framework === 'nextjs'
                    ? 'move app/api/<route> to app/api/v1/<route>'
                    : "app.use('/api/v1', apiRouter);",
        },
      },
    ];
  },
});

/**
 * Routes that by convention live outside the versioned API: provider callbacks and webhooks, OAuth redirects,
 * well-known documents, metrics, the site root.
 */
const UNVERSIONED_BY_DESIGN =
  /^\/?$|\/(?:webhooks?|hooks|callback|callbacks|oauth|\.well-known|robots\.txt|favicon\.ico)(?:\/|$)|^(?:\/api)?\/(?:metrics|status|ping)$/i;

/** The routes left outside the version, with how many of the API's routes are versioned. */
type Stragglers = { routes: ReadonlySet<Endpoint>; versioned: number; api: number };
const STRAGGLERS = new WeakMap<readonly Endpoint[], Stragglers>();

/** The API's own routes: not health checks, docs or the OpenAPI document. */
function apiRoutes(endpoints: readonly Endpoint[]): Endpoint[] {
  return endpoints.filter((e) => !isHealth(e) && !/\/(?:docs|openapi|swagger)/.test(e.path));
}

/**
 * Most of the API is versioned and a few routes were mounted beside it (`/api/purchase-orders` next to
 * `/api/v1/...`): those have no version to keep stable. Only when the versioned routes are at least twice as many, so
 * the version is the app's evident convention rather than a new API started beside an old one.
 */
function stragglers(endpoints: readonly Endpoint[]): Stragglers {
  const api = apiRoutes(endpoints);
  const versioned = api.filter((e) => VERSION_SEGMENT.test(e.path)).length;
  const loose = api.filter(
    (e) =>
      !VERSION_SEGMENT.test(e.path) &&
      !UNVERSIONED_BY_DESIGN.test(e.path) &&
      // CORS preflights, catch-alls an auth library answers (`/api/auth/[...nextauth]`), files (`rss.xml`), and
      // Next.js server actions, which have no URL of their own
      e.method !== 'OPTIONS' &&
      e.method !== 'HEAD' &&
      !/\*|\{\.\.\.|\.[a-z]{2,4}$/i.test(e.path) &&
      !(e.framework === 'nextjs' && /\[\[?\.\.\./.test(e.file.rel)) &&
      !e.path.startsWith('action:'),
  );
  const convention = versioned > 0 && loose.length > 0 && versioned >= loose.length * 2;
  return { routes: new Set(convention ? loose : []), versioned, api: api.length };
}
