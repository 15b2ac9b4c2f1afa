import { parseSync } from 'oxc-parser';
import { describe, expect, it } from 'vitest';
import { extractHono } from '../../src/adapters/hono/index.ts';
import { honoPath, mergePath, patternCovers } from '../../src/adapters/hono/paths.ts';
import { methodCondition } from '../../src/adapters/shared/method-condition.ts';
import type { Node } from '../../src/parse/ast.ts';
import { scan } from '../../src/scan.ts';
import { app, byRoute, cliScan, find, fixture, inventory, lineOf } from './hono-next-helpers.ts';

describe('hono paths', () => {
  it('merges base paths and prefixes the way Hono does', () => {
    expect(mergePath('/', '/api', '*')).toBe('/api/*');
    expect(mergePath('/api/v1/', '/notes')).toBe('/api/v1/notes');
    expect(mergePath('/api', '/')).toBe('/api');
    expect(mergePath('/', '/')).toBe('/');
  });

  it('normalises params with regex patterns and optional marks', () => {
    expect(honoPath('/notes/:id{[0-9]+}')).toBe('/notes/{id}');
    expect(honoPath('/posts/:slug{[a-z]{2,}}/raw')).toBe('/posts/{slug}/raw');
    expect(honoPath('/users/:id?')).toBe('/users/{id}');
  });

  it('evaluates conditions on the request method', () => {
    const cond = (src: string, m: string) => {
      const program = parseSync('x.ts', `if (${src}) {}`).program as unknown as { body: { test: Node }[] };
      return methodCondition(program.body[0]!.test, m);
    };
    expect(cond("c.req.method !== 'GET'", 'GET')).toBe(false);
    expect(cond("c.req.method !== 'GET'", 'POST')).toBe(true);
    expect(cond("['POST', 'PUT'].includes(req.method)", 'PUT')).toBe(true);
    expect(cond("req.method.toUpperCase() === 'post' || isAdmin", 'GET')).toBeNull();
  });

  it('matches middleware patterns against route paths', () => {
    expect(patternCovers('*', '/anything/{id}')).toBe(true);
    expect(patternCovers('/api/*', '/api')).toBe(true);
    expect(patternCovers('/api/*', '/api/users/{id}')).toBe(true);
    expect(patternCovers('/api/*', '/apix')).toBe(false);
    // a path without a wildcard is exact in Hono
    expect(patternCovers('/admin', '/admin/stats')).toBe(false);
    expect(patternCovers('/users/:id', '/users/{id}')).toBe(true);
    // a literal segment does not cover every value of a parameter
    expect(patternCovers('/users/me', '/users/{id}')).toBe(false);
  });
});

describe('hono adapter: order, mounts, hints (hono-chain)', async () => {
  const dir = fixture('hono-chain');
  const routes = byRoute(await scan(dir));
  const inv = inventory(dir, extractHono);

  it('finds every route with its full path and registration line', () => {
    expect([...routes.keys()].sort()).toEqual(
      [
        'GET /health',
        'GET /api/v1/early',
        'POST /api/v1/auth/login',
        'GET /api/v1/notes',
        'POST /api/v1/notes',
        'GET /api/v1/notes/{id}',
        'PUT /api/v1/notes/{id}',
        'PATCH /api/v1/notes/{id}',
        'ALL /api/v1/notes/{id}/raw',
        'GET /api/v1/tags',
        'POST /api/v1/tags',
        'DELETE /api/v1/tags/{tag}',
        'GET /api/v1/me',
        'GET /api/v1/admin/stats',
        'GET /api/v1/admin',
        'GET /api/v1/late',
      ].sort(),
    );
    expect(routes.get('GET /health')).toMatchObject({ file: 'src/health.ts', line: 4 });
    expect(routes.get('POST /api/v1/notes')).toMatchObject({ file: 'src/routes/notes.ts', line: 16 });
    // chained registration: the line of `.post(`, not of `new Hono()`
    expect(routes.get('GET /api/v1/tags')?.line).toBe(6);
    expect(routes.get('DELETE /api/v1/tags/{tag}')?.line).toBe(8);
  });

  it('applies middleware registered before a route, never after', () => {
    expect(routes.get('GET /api/v1/early')?.middleware).toEqual(['logger()']);
    expect(routes.get('GET /api/v1/me')?.middleware).toEqual(['logger()', 'jwt()']);
    // the `use('/api/v1/late', …)` comes after the route: Hono never runs it for it
    expect(routes.get('GET /api/v1/late')?.middleware).toEqual(['logger()', 'jwt()']);
  });

  it('carries parent middleware into mounted sub-apps, then the sub-app middleware, then the route own', () => {
    expect(routes.get('POST /api/v1/notes')?.middleware).toEqual(['logger()', 'jwt()', 'requireOwner', 'zValidator()']);
    expect(routes.get('POST /api/v1/tags')?.middleware).toEqual(['logger()', 'jwt()', 'zValidator()']);
  });

  it('limits a wildcard-less use() to its exact path', () => {
    expect(routes.get('GET /api/v1/admin')?.middleware).toContain('bearerAuth()');
    expect(routes.get('GET /api/v1/admin/stats')?.middleware).not.toContain('bearerAuth()');
  });

  it('hints package middleware: hono/jwt, bearerAuth, hono-rate-limiter, zValidator targets', () => {
    const hints = (m: string, p: string) => find(inv, m, p).chain.map((l) => l.hint ?? null);
    expect(hints('GET', '/api/v1/me')[1]).toMatchObject({ kind: 'auth' });
    expect(hints('GET', '/api/v1/admin').at(-1)).toMatchObject({ kind: 'auth' });
    expect(hints('POST', '/api/v1/auth/login').at(-1)).toMatchObject({ kind: 'rate-limit' });
    expect(hints('POST', '/api/v1/notes').at(-1)).toEqual(
      expect.objectContaining({ kind: 'validation', target: 'body' }),
    );
    expect(hints('GET', '/api/v1/notes/{id}').at(-1)).toEqual(
      expect.objectContaining({ kind: 'validation', target: 'params' }),
    );
    expect(hints('POST', '/api/v1/tags').at(-1)).toEqual(
      expect.objectContaining({ kind: 'validation', target: 'query' }),
    );
    expect(hints('GET', '/api/v1/early')).toEqual([null]);
  });

  it('resolves createMiddleware() to the function inside, and the handler with its context binding', () => {
    const e = find(inv, 'GET', '/api/v1/notes');
    const owner = e.chain.find((l) => l.name === 'requireOwner')!;
    expect(owner.fn?.file.rel).toBe('src/routes/notes.ts');
    expect(lineOf({ file: owner.fn!.file, node: owner.fn!.fn })).toBe(6);
    expect(e.handlers).toHaveLength(1);
    expect(e.handlers[0]!.bindings).toEqual({ 0: { kind: 'context' } });
  });

  it('describes the app: setup line, global middleware, onError', () => {
    expect(inv.apps).toHaveLength(1);
    const a = inv.apps[0]!;
    expect(lineOf(a)).toBe(10);
    expect(a.globalMiddleware.map((l) => l.name)).toEqual(['logger()']);
    expect(a.errorHandlers.map((f) => lineOf({ file: f.file, node: f.fn }))).toEqual([34]);
  });
});

describe('hono adapter: basePath, factories, openapi (hono-features)', () => {
  const inv = inventory(fixture('hono-features'), extractHono);
  const keys = inv.endpoints.map((e) => `${e.method} ${e.path}`);

  it('prefixes basePath(), follows functions that return apps and path-less chained methods, reads constant paths', () => {
    expect(keys.sort()).toEqual(
      [
        'GET /api/v2/files/{name}',
        'GET /api/v2/things',
        'POST /api/v2/things',
        'GET /api/v2/docs/{id}',
        'POST /api/v2/docs',
        'GET /api/v2/users/{id}',
        'GET /api/v2/search',
        'GET /api/v3/ping',
        'GET /api/v5/status',
        'GET /api/v5/meta/version',
      ].sort(),
    );
  });

  it('treats a (c, next) function on a method route as middleware for that method and path', () => {
    const names = find(inv, 'GET', '/api/v2/files/{name}').chain.map((l) => l.name);
    // per-request jwt, the header middleware registered with app.get('/v2/files/*'), then createHandlers' audit
    expect(names).toEqual(['<inline>', '<inline>', 'audit']);
    expect(find(inv, 'GET', '/api/v2/things').chain).toHaveLength(1);
  });

  it('hints a package auth middleware built inside an inline middleware', () => {
    expect(find(inv, 'GET', '/api/v2/users/{id}').chain[0]!.hint).toMatchObject({ kind: 'auth' });
    // the /v3 view of the same app is outside /api/v2/*
    expect(find(inv, 'GET', '/api/v3/ping').chain).toEqual([]);
  });

  it('reads @hono/zod-openapi routes: method, {param} path, route middleware, validated request parts', () => {
    const get = find(inv, 'GET', '/api/v2/docs/{id}');
    expect(lineOf(get)).toBe(14);
    expect(get.chain.map((l) => l.hint?.kind)).toEqual(['auth', 'auth', 'validation']);
    expect(get.chain.at(-1)!.hint).toMatchObject({ target: 'params' });
    const post = find(inv, 'POST', '/api/v2/docs');
    expect(post.chain.at(-1)!.hint).toMatchObject({ kind: 'validation', target: 'body' });
    expect(post.handlers).toHaveLength(1);
  });

  it('hints hono/validator validators with their target', () => {
    const e = find(inv, 'GET', '/api/v2/search');
    expect(lineOf(e)).toBe(32);
    expect(e.chain.at(-1)!.hint).toEqual(expect.objectContaining({ kind: 'validation', target: 'query' }));
  });

  it('collects the error handler of a mounted sub-app', () => {
    expect(inv.apps).toHaveLength(1);
    expect(inv.apps[0]!.errorHandlers.map((f) => f.file.rel)).toEqual(['src/docs.ts']);
  });
});

describe('hono adapter: middleware-only sub-apps and method-conditional checks (hono-method-guard)', () => {
  const inv = inventory(fixture('hono-method-guard'), extractHono);

  it('runs a sub-app mounted earlier at the same prefix before the routes of the next one', () => {
    expect(inv.endpoints.map((e) => `${e.method} ${e.path} ${e.chain.length}`).sort()).toEqual([
      'DELETE /v1/recipes/{id} 1',
      'GET /v1/me/recipes 1',
      'GET /v1/recipes 1',
      'POST /v1/recipes 1',
    ]);
  });

  it('hints the package check only for the methods the middleware applies it to', () => {
    expect(find(inv, 'GET', '/v1/recipes').chain[0]!.hint).toBeUndefined();
    expect(find(inv, 'POST', '/v1/recipes').chain[0]!.hint).toMatchObject({ kind: 'auth' });
    expect(find(inv, 'DELETE', '/v1/recipes/{id}').chain[0]!.hint).toMatchObject({ kind: 'auth' });
  });

  it('hints the @hono/*-auth family (stytch Consumer.authenticateSession…)', () => {
    expect(find(inv, 'GET', '/v1/me/recipes').chain[0]!.hint).toMatchObject({ kind: 'auth' });
  });
});

describe('hono adapter: hono/combine (hono-combine)', () => {
  const inv = inventory(fixture('hono-combine'), extractHono);
  const kinds = (m: string, p: string) =>
    find(inv, m, p).chain.map((l) => `${l.name}${l.hint ? `<${l.hint.kind}>` : ''}`);

  it('drops except() middleware on the excepted paths and unwraps it elsewhere', () => {
    expect(kinds('GET', '/api/health')).toEqual([]);
    expect(kinds('GET', '/api/public/posts')).toEqual([]);
    expect(kinds('GET', '/api/me')).toEqual(['jwt()<auth>']);
  });

  it('reads some() as auth only when every alternative authenticates, and unwraps every()', () => {
    expect(kinds('GET', '/admin/users')).toEqual([expect.stringMatching(/^some\(.*\)<auth>$/)]);
    expect(kinds('POST', '/ops/reindex')).toEqual(['logger()', 'bearerAuth()<auth>']);
  });
});

describe('hono adapter: routes added from another module (hono-split)', () => {
  it('runs the creating module first, so its middleware precedes routes registered elsewhere', () => {
    const inv = inventory(fixture('hono-split'), extractHono);
    const e = find(inv, 'GET', '/api/accounts');
    expect(e.file.rel).toBe('src/accounts.ts');
    expect(e.chain.map((l) => l.hint?.kind)).toEqual(['auth']);
  });
});

describe('hono adapter on the cross-framework todo fixture', () => {
  it('finds the eight endpoints with the JWT only inside the todos and users sub-apps (real CLI)', () => {
    const routes = byRoute(cliScan(app('todo-hono')));
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
    for (const k of [
      'GET /api/v1/todos',
      'GET /api/v1/todos/{id}',
      'PATCH /api/v1/todos/{id}',
      'DELETE /api/v1/todos/{id}',
      'GET /api/v1/users/me',
    ]) {
      expect(routes.get(k)?.middleware).toEqual(['logger()', 'cors()', 'jwt()']);
    }
    expect(routes.get('GET /api/v1/admin/users')?.middleware).toEqual(['logger()', 'cors()']);
    expect(routes.get('POST /api/v1/auth/login')?.middleware).toEqual(['logger()', 'cors()', 'zValidator()']);
    expect(routes.get('GET /health')?.middleware).toEqual(['logger()']);
    expect(routes.get('GET /api/v1/todos/{id}')).toMatchObject({ file: 'src/routes/todos.ts', line: 20 });
  });
});

describe('hono adapter: @hono/zod-openapi routes built by local helpers', async () => {
  const dir = fixture('hono-openapi-helper');
  const routes = byRoute(await scan(dir));

  it('binds the helper parameters to the call arguments to read method and path of createRoute()', () => {
    expect([...routes.entries()].map(([k, r]) => `${k} ${r.file}:${r.line} [${r.middleware}]`)).toEqual([
      // api.list = (path) => createRoute({ method: 'get', path })
      'GET /shelves src/index.ts:6 []',
      // a method of the helper object with a block body
      'DELETE /shelves/{shelfId} src/index.ts:7 []',
      // method and path both passed in; the request schema still validates params
      'POST /shelves/{shelfId}/books src/index.ts:8 [openapi request.params]',
    ]);
  });
});
