import { defineCheck } from '../core/check.ts';
import { locationOf } from '../parse/source.ts';
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
  app(ctx) {
    if (ctx.apps.some((a) => a.versioning)) return [];
    const api = ctx.endpoints.filter((e) => !isHealth(e) && !/\/(?:docs|openapi|swagger)/.test(e.path));
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
