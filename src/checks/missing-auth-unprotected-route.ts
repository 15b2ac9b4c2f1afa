import { defineCheck } from '../core/check.ts';
import { locationOf } from '../parse/source.ts';
import { endpointLabel, idiom } from './_idiom.ts';
import { isAdminPath, isHealth } from './_predicates.ts';

const AUTH_LIBRARIES = new Set([
  'passport',
  'passport-jwt',
  'express-jwt',
  'jsonwebtoken',
  'jose',
  'express-session',
  'cookie-session',
  '@fastify/jwt',
  '@fastify/auth',
  'koa-jwt',
  'koa-session',
  '@nestjs/jwt',
  '@nestjs/passport',
  'next-auth',
  'auth.js',
  'clerk',
  'lucia',
  'better-auth',
]);
const SENSITIVE_PATH =
  /\/(?:admin|users?|me|account|accounts|billing|payments?|orders?|invoices?|settings|export|internal|profile)(?:\/|$)/i;

export default defineCheck({
  meta: {
    id: 'missing-auth-unprotected-route',
    kind: 'check',
    title: 'Route without authentication',
    category: 'missing-auth',
    severity: 'high',
    description:
      'A route that is not public by design runs without any authentication, so anyone on the network can call it.',
    cwe: 'CWE-306',
  },
  endpoint(e, ctx) {
    const f = e.facts;
    if (f?.auth.status !== 'none' || f.public.intended || isHealth(e)) return null;
    // a read behind optional auth serves anonymous visitors on purpose (and personalises for signed-in ones)
    if (e.method === 'GET' && ctx.app.links.get(e)?.some((l) => l.facts.roles.has('optional-auth'))) return null;
    // in an app with no authentication at all we cannot tell a public API from a forgotten guard — unless the route is plainly private
    // a GET that reads no data (a page shell, a static asset, a redirect) exposes nothing
    const touchesData = f.data.length > 0 || e.method !== 'GET';
    if (!touchesData) return null;
    // an app that installed an auth library but protects nothing forgot it; one without any may be public by design
    const authExpected = ctx.app.anyAuth || ctx.stack.auth.some((a) => AUTH_LIBRARIES.has(a));
    if (!authExpected && !SENSITIVE_PATH.test(e.path)) return null;
    if (!ctx.app.anyAuth && e.method === 'GET' && !SENSITIVE_PATH.test(e.path)) return null;
    const i = idiom(e.framework);
    const guard = ctx.app.anyAuth ? 'the authentication the other routes use' : 'an authentication middleware';
    return {
      message: `${endpointLabel(e)} has no authentication${isAdminPath(e) ? ' (an admin route)' : ''}: anyone can call it`,
      location: locationOf(e.file, e.node),
      endpoint: e,
      severity: isAdminPath(e) || e.method !== 'GET' ? 'critical' : 'high',
      confidence: ctx.app.anyAuth ? 'high' : 'medium',
      fix: {
        summary: `Require authentication on ${endpointLabel(e)}`,
        steps: [
          `Add ${guard} to this route (or to the router/plugin it belongs to, before the route is registered).`,
          'If the route really is public, list it under "publicRoutes" in vas.config.json so the decision is recorded.',
        ],
        example: authExample(e.framework, e.method.toLowerCase(), e.path, i.user),
      },
    };
  },
});

function authExample(framework: string, method: string, path: string, user: string): string {
  switch (framework) {
    case 'fastify':
      return `fastify.${method}('${path}', { onRequest: [fastify.authenticate] }, handler)`;
    case 'hono':
      return `app.use('${path}', jwt({ secret: process.env.JWT_SECRET! }))`;
    case 'koa':
      return `router.${method}('${path}', requireAuth, handler)`;
    case 'nestjs':
      return '@UseGuards(JwtAuthGuard)\n@Get(...)';
    case 'nextjs':
      return `const session = await auth();\nif (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });`;
    default:
      return `router.${method}('${path}', requireAuth, handler); // requireAuth sets ${user.replace(/\.id$/, '')}`;
  }
}
