import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractKoa } from '../../src/adapters/koa/index.ts';
import { locationOf } from '../../src/parse/source.ts';
import { scan } from '../../src/scan.ts';
import { FIXTURES, inventoryOf, rows } from './_inventory.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('koa adapter: apps, routers and middleware order', () => {
  const inv = inventoryOf('koa-routers', extractKoa);

  it('joins prefixes, keeps middleware order, and applies koa-jwt unless() per route', () => {
    expect(rows(inv)).toEqual([
      // answered inside an app middleware (`if (ctx.method === 'GET' && ctx.path === '/ping')`)
      'GET /ping app.js:23 [ratelimit()<rate-limit>]',
      // mounted before the jwt middleware: not covered by it
      'GET /public/info routes/public.js:5 [ratelimit()<rate-limit>, <inline>*]',
      // router.prefix() replaces the constructor prefix; unless() paths (string, regex) skip the guard
      'GET /api/v1/status routes/api.js:7 [ratelimit()<rate-limit>, <inline>*, jwt().unless() (skipped)<public>]',
      'POST /api/v1/auth/login routes/api.js:11 [ratelimit()<rate-limit>, <inline>*, jwt().unless() (skipped)<public>]',
      // nested router: router.use(requireRole) registered after this route does not run before it
      'GET /api/v1/users routes/users.js:5 [ratelimit()<rate-limit>, <inline>*, jwt().unless()<auth>]',
      // named route; router.param() runs for routes with that parameter
      'GET /api/v1/users/{id} routes/users.js:11 [ratelimit()<rate-limit>, <inline>*, jwt().unless()<auth>, requireRole()*, param(id)*]',
      'DELETE /api/v1/users/{id} routes/users.js:20 [ratelimit()<rate-limit>, <inline>*, jwt().unless()<auth>, requireRole()*, param(id)*, validateId*]',
      // a path array registers each path
      'GET /api/v1/users/me routes/users.js:24 [ratelimit()<rate-limit>, <inline>*, jwt().unless()<auth>, requireRole()*]',
      'GET /api/v1/users/self routes/users.js:24 [ratelimit()<rate-limit>, <inline>*, jwt().unless()<auth>, requireRole()*]',
      // koa-mount of a sub-app, koa-compose flattened
      'GET /admin/stats admin.js:8 [ratelimit()<rate-limit>, <inline>*, jwt().unless()<auth>, adminOnly*, audit*]',
    ]);
  });

  it('resolves route-level and router-level middleware to their functions', () => {
    const del = inv.endpoints.find((e) => e.method === 'DELETE')!;
    const role = del.chain.find((l) => l.name.startsWith('requireRole'))!;
    // the factory's returned function is what runs
    expect(role.fn && locationOf(role.fn.file, role.fn.fn).line).toBe(29);
    expect(del.handlers.map((h) => locationOf(h.file, h.fn).line)).toEqual([20]);
  });

  it('describes the app: global middleware registered before any route, error middleware and error listeners', () => {
    expect(inv.apps).toHaveLength(1); // the mounted sub-app is part of the main one
    const app = inv.apps[0]!;
    expect(locationOf(app.file, app.node).line).toBe(9);
    // the jwt middleware comes after the first routes, and lateLogger after all of them: not global
    expect(app.globalMiddleware.map((l) => l.name)).toEqual(['ratelimit()']);
    expect(app.errorHandlers.map((h) => locationOf(h.file, h.fn).line)).toEqual([11, 40]);
  });
});

describe('koa adapter: router packages with the koa-router API', () => {
  it('reads koa-joi-router specs, SwaggerRouter, exported routes() middleware, and koa-jwt passthrough', () => {
    expect(rows(inventoryOf('koa-variants', extractKoa))).toEqual([
      // `export const publicRoutes = router.routes()` mounted by name
      'GET /public/ping src/public.ts:5 [jwt()]',
      // koa-joi-router: validate.{body,params} are validation links; `pre` runs before them
      'POST /accounts/signup src/accounts.ts:16 [jwt(), validate.body<validation:body>]',
      'GET /accounts/{id} src/accounts.ts:25 [jwt(), loadAccount*, validate.params<validation:params>, audit*]',
      'HEAD /accounts/{id} src/accounts.ts:25 [jwt(), loadAccount*, validate.params<validation:params>, audit*]',
      'GET /accounts src/accounts.ts:38 [jwt()]',
      // koa-jwt with `passthrough: true` lets requests without a token through: no auth hint
      'GET /docs/spec src/app.ts:14 [jwt()]',
    ]);
  });
});

describe('koa adapter: koa-combine-routers, koa-passport, helpers that receive the app', () => {
  it('mounts every router of combineRouters(...) and hints passport.authenticate as auth', () => {
    expect(rows(inventoryOf('koa-combined', extractKoa))).toEqual([
      // `require('koa-router')({ prefix })` without `new`; internalOnly's path checks are guards, not routes;
      // setup.js registers sessionLoader when server.js calls it, before the routers
      'GET /books routes/books.js:4 [requestId*, internalOnly*, sessionLoader*]',
      'POST /books routes/books.js:8 [requestId*, internalOnly*, sessionLoader*, passport.authenticate()<auth>]',
      'GET /healthz routes/health.js:4 [requestId*, internalOnly*, sessionLoader*]',
    ]);
  });
});

describe('koa adapter: guards from app.use() and from objects filled in later', () => {
  it('puts an inline app-level guard in the chain of routers mounted after it only', async () => {
    expect(rows(inventoryOf('koa-app-guard', extractKoa))).toEqual([
      'POST /sessions main.js:8 []',
      'GET /notes main.js:26 [<inline>*]',
      'DELETE /notes/{noteId} main.js:29 [<inline>*]',
    ]);
    const report = await scan(join(FIXTURES, 'koa-app-guard'));
    expect(report.endpoints.map((e) => `${e.method} ${e.path} ${e.auth}`)).toEqual([
      'POST /sessions none',
      'GET /notes required',
      'DELETE /notes/{noteId} required',
    ]);
  });

  it('resolves `guards.signedIn` to the function assigned to a member of `const guards = {}`', async () => {
    const inv = inventoryOf('koa-member-auth', extractKoa);
    expect(rows(inv)).toEqual([
      'PUT /api/profile index.js:9 [guards.signedIn*]',
      'GET /api/reports/{reportId} index.js:12 [guards.staff*, limits.slow*]',
      // only assigned to another object of the same name
      'GET /api/legacy index.js:16 [guards.missing]',
    ]);
    const reports = inv.endpoints.find((e) => e.path === '/api/reports/{reportId}')!;
    expect(reports.chain.map((l) => l.fn && `${l.fn.file.rel}:${locationOf(l.fn.file, l.fn.fn).line}`)).toEqual([
      'lib/guards.js:14',
      // the literal's own member, not the later assignment
      'lib/limits.js:2',
    ]);
    const report = await scan(join(FIXTURES, 'koa-member-auth'));
    expect(report.endpoints.find((e) => e.path === '/api/profile')?.auth).toBe('required');
  });
});

describe('koa adapter through the pipeline', () => {
  it('scan() reports the endpoints with their location and chain', async () => {
    const report = await scan(join(FIXTURES, 'koa-routers'));
    const stats = report.endpoints.find((e) => e.path === '/admin/stats');
    expect(stats).toMatchObject({ method: 'GET', framework: 'koa', location: { file: 'admin.js', line: 8 } });
    expect(stats?.facts.middleware).toEqual(['ratelimit()', '<inline>', 'jwt().unless()', 'adminOnly', 'audit']);
  });

  it('the CLI lists the same inventory as JSON', () => {
    const r = spawnSync(process.execPath, ['bin/vas.js', 'scan', join(FIXTURES, 'koa-routers'), '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
    const report = JSON.parse(r.stdout) as {
      endpoints: { method: string; path: string; location: { file: string; line: number } }[];
    };
    expect(report.endpoints.map((e) => `${e.method} ${e.path} ${e.location.file}:${e.location.line}`)).toEqual([
      'GET /ping app.js:23',
      'GET /public/info routes/public.js:5',
      'GET /api/v1/status routes/api.js:7',
      'POST /api/v1/auth/login routes/api.js:11',
      'GET /api/v1/users routes/users.js:5',
      'GET /api/v1/users/{id} routes/users.js:11',
      'DELETE /api/v1/users/{id} routes/users.js:20',
      'GET /api/v1/users/me routes/users.js:24',
      'GET /api/v1/users/self routes/users.js:24',
      'GET /admin/stats admin.js:8',
    ]);
  });

  it('finds every endpoint of the cross-framework todo fixture (routers mounted in a loop) with koa-jwt', async () => {
    const report = await scan(join(ROOT, 'test/fixtures/apps/todo-koa'));
    expect(report.endpoints.map((e) => `${e.method} ${e.path} ${e.facts.middleware}`)).toEqual([
      'GET /health cors(),bodyParser()',
      'POST /api/v1/auth/login cors(),bodyParser()',
      'GET /api/v1/todos cors(),bodyParser(),requireJwt',
      'GET /api/v1/todos/{id} cors(),bodyParser(),requireJwt',
      'PATCH /api/v1/todos/{id} cors(),bodyParser(),requireJwt',
      'DELETE /api/v1/todos/{id} cors(),bodyParser(),requireJwt',
      'GET /api/v1/users/me cors(),bodyParser(),requireJwt',
      'GET /api/v1/admin/users cors(),bodyParser()',
    ]);
    const todo = report.endpoints.find((e) => e.path === '/api/v1/todos/{id}');
    expect(todo?.auth).toBe('required');
  });
});
