import { defineCheck } from '../core/check.ts';
import type { FrameworkId, Stack } from '../core/stack.ts';
import { locationOf } from '../parse/source.ts';
import { primaryApp } from './_predicates.ts';

export default defineCheck({
  meta: {
    id: 'rate-limit-missing',
    kind: 'check',
    title: 'No rate limiting anywhere in the API',
    category: 'rate-limit',
    severity: 'medium',
    description:
      'The application has no rate limiter at all, so one client can exhaust resources or brute-force any route.',
    cwe: 'CWE-770',
  },
  app(ctx) {
    if (ctx.app.rateLimiter || ctx.endpoints.length === 0) return [];
    const app = primaryApp(ctx.apps);
    const framework = app?.framework ?? ctx.endpoints[0]!.framework;
    const at = app ? locationOf(app.file, app.node) : locationOf(ctx.endpoints[0]!.file, ctx.endpoints[0]!.node);
    return [
      {
        message: 'The API has no rate limiting: no limiter middleware, plugin or guard was found',
        location: at,
        endpoint: null,
        fix: {
          summary: 'Add an app-wide rate limiter, and a stricter one on authentication routes',
          steps: [
            `Install a limiter for ${framework} and register it before the routes.`,
            'Add a stricter limiter on login, sign-up, password reset and OTP routes.',
          ],
          example: limiterExample(ctx.stack, framework, '/', false),
        },
      },
    ];
  },
});

export function limiterExample(stack: Stack, framework: FrameworkId, path: string, strict: boolean): string {
  const max = strict ? 5 : 100;
  switch (framework) {
    case 'fastify':
      return strict
        ? `fastify.post('${path}', { config: { rateLimit: { max: ${max}, timeWindow: '15 minutes' } } }, handler)`
        : `await fastify.register(import('@fastify/rate-limit'), { max: ${max}, timeWindow: '1 minute' })`;
    case 'hono':
      return `import { rateLimiter } from 'hono-rate-limiter';\napp.use('${strict ? path : '*'}', rateLimiter({ windowMs: 15 * 60 * 1000, limit: ${max}, keyGenerator: (c) => c.req.header('x-forwarded-for') ?? '' }));`;
    case 'koa':
      return `import ratelimit from 'koa-ratelimit';\napp.use(ratelimit({ driver: 'memory', db: new Map(), duration: 900000, max: ${max} }));`;
    case 'nestjs':
      return strict
        ? `@Throttle({ default: { limit: ${max}, ttl: 900000 } })\n@Post('login')`
        : `ThrottlerModule.forRoot([{ ttl: 60000, limit: ${max} }])  // + { provide: APP_GUARD, useClass: ThrottlerGuard }`;
    case 'nextjs':
      return `import { Ratelimit } from '@upstash/ratelimit';\nconst limiter = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(${max}, '15 m') });\nconst { success } = await limiter.limit(ip);\nif (!success) return NextResponse.json({ error: 'Too many requests' }, { status: 429 });`;
    default: {
      const installed = stack.rateLimit.includes('express-rate-limit') ? '' : '// npm install express-rate-limit\n';
      return strict
        ? `${installed}import rateLimit from 'express-rate-limit';\nconst loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: ${max}, standardHeaders: 'draft-7' });\nrouter.post('${path}', loginLimiter, handler);`
        : `${installed}import rateLimit from 'express-rate-limit';\napp.use(rateLimit({ windowMs: 60 * 1000, limit: ${max}, standardHeaders: 'draft-7' }));`;
    }
  }
}
