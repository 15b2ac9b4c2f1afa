import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractNext } from '../../src/adapters/nextjs/index.ts';
import { compile, matcherCovers } from '../../src/adapters/nextjs/matcher.ts';
import { appRouterPath } from '../../src/adapters/nextjs/roots.ts';
import { locationOf } from '../../src/parse/source.ts';
import { scan } from '../../src/scan.ts';
import { app, byRoute, cliScan, find, fixture, inventory, lineOf } from './hono-next-helpers.ts';

describe('next.js paths and matchers', () => {
  it('maps App Router folders to URLs', () => {
    expect(appRouterPath(['api', '(admin)', 'users', '[id]'])).toBe('/api/users/{id}');
    expect(appRouterPath(['docs', '[...slug]'])).toBe('/docs/{slug}');
    expect(appRouterPath(['files', '[[...path]]'])).toBe('/files/{path}');
    expect(appRouterPath(['api', '@modal', 'x'])).toBe('/api/x');
    expect(appRouterPath(['api', '_lib'])).toBeNull();
    expect(appRouterPath(['%5Fescaped'])).toBe('/_escaped');
    expect(appRouterPath([])).toBe('/');
  });

  it('compiles path-to-regexp matchers as Next does', () => {
    expect(matcherCovers('/api/:path*', '/api')).toBe(true);
    expect(matcherCovers('/api/:path*', '/api/v1/events/{id}')).toBe(true);
    expect(matcherCovers('/api/:path+', '/api')).toBe(false);
    expect(matcherCovers('/api/v1/events/:path*', '/api/v1/me/rsvps')).toBe(false);
    expect(matcherCovers('/users/:id(\\d+)', '/users/{id}')).toBe(true);
    expect(matcherCovers('/about', '/about')).toBe(true);
    expect(matcherCovers('/about', '/about/team')).toBe(false);
    // the usual "everything but static files and the API" matcher
    expect(matcherCovers('/((?!api|_next/static|_next/image|favicon.ico).*)', '/api/todos')).toBe(false);
    expect(matcherCovers('/((?!api|_next/static|_next/image|favicon.ico).*)', '/dashboard')).toBe(true);
    expect(matcherCovers('/(api|trpc)(.*)', '/api/projects')).toBe(true);
    expect(compile('/(unclosed')).toBeNull();
  });
});

describe('next.js App Router (nextjs-app)', async () => {
  const dir = fixture('nextjs-app');
  const routes = byRoute(await scan(dir));
  const inv = inventory(dir, extractNext);

  it('finds every exported method, with basePath, groups dropped, catch-alls and private folders', () => {
    expect([...routes.keys()].sort()).toEqual(
      [
        'GET /portal/api/admin/users',
        'DELETE /portal/api/admin/users',
        'GET /portal/api/auth/{nextauth}',
        'POST /portal/api/auth/{nextauth}',
        'POST /portal/api/auth/login',
        'GET /portal/api/files/{path}',
        'GET /portal/api/health',
        'GET /portal/api/public/posts/{slug}',
        'GET /portal/status',
        'HEAD /portal/status',
        'POST action:app/actions.ts#createPost',
        'POST action:app/actions.ts#deletePost',
        'POST action:app/dashboard/page.tsx#rename',
      ].sort(),
    );
    expect(routes.get('DELETE /portal/api/admin/users')).toMatchObject({
      file: 'app/(admin)/api/admin/users/route.ts',
      line: 8,
    });
    expect(routes.get('GET /portal/api/files/{path}')?.line).toBe(3);
    expect(routes.get('HEAD /portal/status')?.line).toBe(5);
  });

  it('puts middleware.ts on the routes its matcher covers, minus the paths it waves through', () => {
    expect(routes.get('GET /portal/api/admin/users')?.middleware).toEqual(['middleware']);
    expect(routes.get('GET /portal/api/files/{path}')?.middleware).toEqual(['middleware']);
    // PUBLIC_PATHS.includes(pathname) / startsWith('/api/public/') / startsWith('/api/auth/') return NextResponse.next()
    expect(routes.get('GET /portal/api/health')?.middleware).toEqual([]);
    expect(routes.get('GET /portal/api/public/posts/{slug}')?.middleware).toEqual([]);
    expect(routes.get('POST /portal/api/auth/login')?.middleware).toEqual([]);
    // outside the matcher
    expect(routes.get('GET /portal/status')?.middleware).toEqual([]);
  });

  it('hands the facts layer only the middleware statements that run for the path', () => {
    const link = find(inv, 'GET', '/portal/api/admin/users').chain[0]!;
    expect(link.scope).toBe('middleware-file');
    expect(link.fn?.statements?.map((s) => locationOf(link.fn!.file, s).line)).toEqual([8, 12, 13, 14, 19]);
  });

  it('turns a wrapped export into a chain link with its function, and binds the request', () => {
    const del = find(inv, 'DELETE', '/portal/api/admin/users');
    expect(del.chain.map((l) => l.name)).toEqual(['middleware', 'withAdmin()']);
    expect(del.chain[1]!.fn?.file.rel).toBe('lib/admin.ts');
    expect(del.handlers[0]!.bindings).toEqual({ 0: { kind: 'request' } });
  });

  it('lists server actions as POST endpoints whose arguments are client input', () => {
    const a = find(inv, 'POST', 'action:app/actions.ts#createPost');
    expect(a.handlers[0]!.bindings).toEqual({ 0: { kind: 'body' } });
    expect(a.chain).toEqual([]);
  });

  it('describes one app at middleware.ts', () => {
    expect(inv.apps).toHaveLength(1);
    expect(inv.apps[0]!.file.rel).toBe('middleware.ts');
    expect(lineOf(inv.apps[0]!)).toBe(7);
    expect(inv.apps[0]!.globalMiddleware).toEqual([]);
  });
});

describe('next.js pages/api (nextjs-pages)', async () => {
  const dir = fixture('nextjs-pages');
  const routes = byRoute(await scan(dir));
  const inv = inventory(dir, extractNext);

  it('splits method dispatch into endpoints located at their branch', () => {
    expect([...routes.keys()].sort()).toEqual(
      [
        'GET /api/items',
        'POST /api/items',
        'POST /api/login',
        'ALL /api/me',
        'ALL /api/ping',
        'GET /api/projects',
        'POST /api/projects',
        'PUT /api/projects',
        'GET /api/projects/{id}',
        'HEAD /api/projects/{id}',
        'DELETE /api/projects/{id}',
        'GET /api/tags',
        'DELETE /api/tags',
        'GET /api/labels',
        'POST /api/labels',
      ].sort(),
    );
    // if / else-if chain
    expect(routes.get('GET /api/projects')?.line).toBe(6);
    expect(routes.get('PUT /api/projects')?.line).toBe(8);
    // switch (method) with grouped cases, inside a try
    expect(routes.get('HEAD /api/projects/{id}')?.line).toBe(8);
    expect(routes.get('DELETE /api/projects/{id}')?.line).toBe(11);
    // a `!== 'POST'` guard: one method, at the export default
    expect(routes.get('POST /api/login')?.line).toBe(3);
    // no dispatch: every method, at the export default
    expect(routes.get('ALL /api/ping')).toMatchObject({ file: 'src/pages/api/ping.ts', line: 5 });
  });

  it('limits each branch to its own statements plus the code before it and the shared catch', () => {
    const lines = (m: string, p: string) => {
      const h = find(inv, m, p).handlers[0]!;
      return h.statements?.map((s) => locationOf(h.file, s).line);
    };
    expect(lines('GET', '/api/projects')).toEqual([5, 7]);
    expect(lines('POST', '/api/projects')).toEqual([5, 9]);
    expect(lines('DELETE', '/api/projects/{id}')).toEqual([4, 5, 11, 19]);
    expect(find(inv, 'GET', '/api/projects').handlers[0]!.bindings).toEqual({
      0: { kind: 'request' },
      1: { kind: 'response' },
    });
  });

  it('keeps wrappers as chain links, hinting package ones (withApiAuthRequired)', () => {
    expect(routes.get('GET /api/projects')?.middleware).toEqual(['withSession()']);
    expect(find(inv, 'GET', '/api/projects').chain[0]!.fn?.file.rel).toBe('src/lib/session.ts');
    expect(find(inv, 'ALL', '/api/me').chain[0]!.hint).toMatchObject({ kind: 'auth' });
  });

  it('reads method maps: a router call over { GET, DELETE } and a handlers[req.method] lookup', () => {
    const tags = find(inv, 'GET', '/api/tags');
    expect(lineOf(tags)).toBe(9);
    expect(tags.chain.map((l) => l.name)).toEqual(['methodRouter()']);
    expect(tags.chain[0]!.fn?.file.rel).toBe('src/lib/method-router.ts');
    expect(lineOf({ file: tags.handlers[0]!.file, node: tags.handlers[0]!.fn })).toBe(4);
    const post = find(inv, 'POST', '/api/labels');
    expect(lineOf(post)).toBe(5);
    // the handler's own code (the cookie check) runs before the mapped function
    expect(post.chain.map((l) => l.name)).toEqual(['labels']);
  });

  it('reads next-connect routers: one endpoint per method, use() middleware before it', () => {
    const get = find(inv, 'GET', '/api/items');
    expect(lineOf(get)).toBe(11);
    expect(get.chain).toHaveLength(1);
    expect(get.chain[0]!.fn).not.toBeNull();
    expect(get.handlers).toHaveLength(1);
  });
});

describe('next.js middleware packages (nextjs-clerk, nextjs-forward)', () => {
  it('follows Clerk createRouteMatcher and auth.protect(), and an upstash limiter on one path', () => {
    const inv = inventory(fixture('nextjs-clerk'), extractNext);
    const names = (m: string, p: string) =>
      find(inv, m, p).chain.map((l) => `${l.name}${l.hint ? `<${l.hint.kind}>` : ''}`);
    expect(names('GET', '/api/projects')).toEqual(['clerkMiddleware()', 'auth.protect()<auth>']);
    expect(names('POST', '/api/reports')).toEqual([
      'clerkMiddleware()',
      'ratelimit.limit()<rate-limit>',
      'auth.protect()<auth>',
    ]);
    // a public webhook: the callback does nothing for it
    expect(names('POST', '/api/webhooks/stripe')).toEqual([]);
    expect(inv.apps[0]!.file.rel).toBe('src/middleware.ts');
  });

  it('attaches a header-forwarding middleware only where its matcher reaches, without an auth hint', () => {
    const inv = inventory(fixture('nextjs-forward'), extractNext);
    const notes = find(inv, 'GET', '/api/v1/notes');
    expect(notes.chain.map((l) => l.name)).toEqual(['middleware']);
    expect(notes.chain[0]!.hint).toBeUndefined();
    expect(notes.chain[0]!.fn).not.toBeNull();
    // the header the handler reads is the middleware's own value on this route, the client's elsewhere
    expect(notes.chain[0]!.setsHeaders).toEqual(['x-user-id']);
    expect(find(inv, 'GET', '/api/v1/profile').chain).toEqual([]);
  });
});

describe('next.js with next-auth middleware (nextjs-nextauth, nextjs-nextauth-open)', () => {
  it('hints the package middleware re-exported from next-auth/middleware on the matched routes', () => {
    const inv = inventory(fixture('nextjs-nextauth'), extractNext);
    expect(find(inv, 'GET', '/api/private/notes').chain.map((l) => l.hint?.kind)).toEqual(['auth']);
    expect(find(inv, 'GET', '/api/hello').chain).toEqual([]);
  });

  it('does not hint withAuth when its authorized callback lets everyone through; the function is analysed instead', () => {
    const inv = inventory(fixture('nextjs-nextauth-open'), extractNext);
    const link = find(inv, 'GET', '/api/private/notes').chain[0]!;
    expect(link.hint).toBeUndefined();
    expect(link.fn).not.toBeNull();
    // for /api/hello the only check is skipped by its path condition
    expect(find(inv, 'GET', '/api/hello').chain).toEqual([]);
  });
});

describe('next.js with Auth.js v5 as middleware (nextjs-authjs)', () => {
  const inv = inventory(fixture('nextjs-authjs'), extractNext);

  it('uses the config callbacks.authorized as the middleware check, per path', () => {
    const link = find(inv, 'GET', '/api/admin/stats').chain[0]!;
    expect(link).toMatchObject({ name: 'auth', scope: 'middleware-file', hint: { kind: 'auth' } });
    expect(link.fn?.file.rel).toBe('auth.config.ts');
    expect(link.fn?.statements?.map((s) => locationOf(link.fn!.file, s).line)).toEqual([7, 9]);
    // `return true` for every other path: nothing runs against them
    expect(find(inv, 'GET', '/api/status').chain).toEqual([]);
  });

  it('lists the Auth.js handlers destructured into GET and POST', () => {
    expect(find(inv, 'GET', '/api/auth/{nextauth}').handlers).toEqual([]);
    expect(find(inv, 'POST', '/api/auth/{nextauth}').chain).toEqual([]);
  });
});

describe('next.js route files that forward to a Hono app (nextjs-hono)', () => {
  it('leaves the routes to the Hono adapter instead of listing a catch-all', async () => {
    const report = await scan(fixture('nextjs-hono'));
    expect(report.endpoints.map((e) => `${e.framework} ${e.method} ${e.path}`).sort()).toEqual([
      'hono DELETE /api/admin/cache',
      'hono GET /api/hello',
    ]);
  });
});

describe('next.js adapter on the cross-framework todo fixture', () => {
  it('finds the eight route handlers, none behind middleware (real CLI)', () => {
    const routes = byRoute(cliScan(app('todo-nextjs')));
    expect([...routes.keys()].sort()).toEqual(
      [
        'GET /health',
        'POST /api/v1/auth/login',
        'GET /api/v1/todos',
        'GET /api/v1/todos/{id}',
        'PATCH /api/v1/todos/{id}',
        'DELETE /api/v1/todos/{id}',
        'GET /api/v1/admin/users',
        'GET /api/v1/users/me',
      ].sort(),
    );
    for (const r of routes.values()) expect(r.middleware).toEqual([]);
    expect(routes.get('PATCH /api/v1/todos/{id}')).toMatchObject({ file: 'app/api/v1/todos/[id]/route.ts', line: 21 });
  });
});

describe('next.js pages/api catch-all routes', () => {
  const files: Record<string, string> = {
    'package.json': '{ "dependencies": { "next": "14.2.0" } }',
    'lib/http.ts': `import type { NextApiRequest } from 'next';
export function segments(req: NextApiRequest, key: string): string[] {
  const value = req.query[key];
  return !value ? [] : Array.isArray(value) ? value : [value];
}`,
    'pages/api/clients/[[...id]].ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { segments } from '../../../lib/http';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const [id] = segments(req, 'id');
  if (!id) {
    if (req.method === 'GET') return res.json([]);
    if (req.method === 'POST') return res.status(201).json({});
    return res.status(405).end();
  }
  if (req.method === 'GET') return res.json({ id });
  if (req.method === 'DELETE') return res.status(204).end();
  return res.status(405).end();
}`,
    'pages/api/invoices/[...params].ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { segments } from '../../../lib/http';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const [id, action, subId] = segments(req, 'params');
  if (id && action === 'pdf' && req.method === 'GET') return res.send('%PDF');
  if (action === 'items' && subId && req.method === 'DELETE') return res.status(204).end();
  if (!action) {
    if (req.method === 'GET') return res.json({ id });
    if (req.method === 'PATCH') return res.json({ id });
  }
  return res.status(404).end();
}`,
    'pages/api/admin/[...path].ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { segments } from '../../../lib/http';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const [resource, id] = segments(req, 'path');
  if (resource === 'users') {
    if (!id && req.method === 'GET') return res.json([]);
    if (id && req.method === 'PATCH') return res.json({ id });
  }
  return res.status(404).end();
}`,
    'pages/api/me/[...path].ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { segments } from '../../../lib/http';
async function purchases(req: NextApiRequest, res: NextApiResponse, purchaseId?: string, action?: string) {
  if (!purchaseId) {
    if (req.method === 'GET') return res.json([]);
    return res.status(405).end();
  }
  if (action === 'receipt' && req.method === 'GET') return res.json({ purchaseId });
  return res.status(404).end();
}
async function redeem(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  return res.json({ ok: true });
}
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const [resource, id, action] = segments(req, 'path');
  if (resource === 'purchases') return purchases(req, res, id, action);
  if (resource === 'gifts' && id === 'redeem' && !action) return redeem(req, res);
  return res.status(404).end();
}`,
    // a single dynamic segment the handler dispatches on: `[action].ts` reading `action` off the query
    'pages/api/auth/[action].ts': `import type { NextApiRequest, NextApiResponse } from 'next';
function queryParam(req: NextApiRequest, name: string): string | undefined {
  const value = req.query[name];
  return Array.isArray(value) ? value[0] : value;
}
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const action = queryParam(req, 'action');
  if (action === 'login' && req.method === 'POST') return res.json({ ok: true });
  if (action === 'me' && req.method === 'GET') return res.json({ me: true });
  return res.status(404).end();
}`,
    'pages/api/bookings/[id]/[sub].ts': `import type { NextApiRequest, NextApiResponse } from 'next';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { sub } = req.query;
  if (sub === 'messages' && req.method === 'POST') return res.status(201).json({});
  return res.status(404).end();
}`,
    // an optional catch-all whose segments are read one by one off the query (`const payoutId = segments[0]`)
    'pages/api/payouts/[[...id]].ts': `import type { NextApiRequest, NextApiResponse } from 'next';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const segments = (req.query.id as string[] | undefined) ?? [];
  const payoutId = segments[0];
  if (!payoutId && req.method === 'GET') return res.json([]);
  if (payoutId && req.method === 'PATCH') return res.json({ payoutId });
  return res.status(404).end();
}`,
    // …and one that does not: the file answers its own path
    'pages/api/things/[thingId].ts': `import type { NextApiRequest, NextApiResponse } from 'next';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const thingId = String(req.query.thingId);
  if (req.method === 'GET') return res.json({ thingId });
  return res.status(405).end();
}`,
  };

  it('answers the collection when an optional catch-all has no segment, an item when the segment after it is missing, and the path a test on its segments names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vas-next-catchall-'));
    try {
      for (const [rel, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, rel)), { recursive: true });
        writeFileSync(join(dir, rel), text);
      }
      const routes = [...byRoute(cliScan(dir)).keys()].sort();
      expect(routes).toEqual(
        [
          'GET /api/clients',
          'POST /api/clients',
          'GET /api/clients/{id}',
          'DELETE /api/clients/{id}',
          'GET /api/invoices/{id}',
          'PATCH /api/invoices/{id}',
          'GET /api/invoices/{id}/pdf',
          'DELETE /api/invoices/{id}/items/{subId}',
          'GET /api/admin/users',
          'PATCH /api/admin/users/{id}',
          // (handed on to a function with the segments, which tests them and the method itself)
          'GET /api/me/purchases',
          'GET /api/me/purchases/{purchaseId}/receipt',
          'POST /api/me/gifts/redeem',
          'POST /api/auth/login',
          'GET /api/auth/me',
          'POST /api/bookings/{id}/messages',
          'GET /api/things/{thingId}',
          'GET /api/payouts',
          'PATCH /api/payouts/{payoutId}',
        ].sort(),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
