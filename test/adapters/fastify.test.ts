import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFastify } from '../../src/adapters/fastify/index.ts';
import { locationOf } from '../../src/parse/source.ts';
import { scan } from '../../src/scan.ts';
import { FIXTURES, inventoryOf, rows } from './_inventory.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('fastify adapter: plugins, prefixes and encapsulation', () => {
  const inv = inventoryOf('fastify-encapsulation', extractFastify);

  it('joins plugin prefixes and models hooks per encapsulation context and load order', () => {
    expect(rows(inv)).toEqual([
      // declared before @fastify/rate-limit loaded (non-awaited register, no flush yet): its onRoute hook misses them
      'GET /early server.js:11 [requestTimer*, auditLog*]',
      'GET /before-flush server.js:15 [requestTimer*, auditLog*]',
      // root hooks apply to root routes wherever they are added; the fp plugin's hook lands on the root
      'GET /health server.js:19 [requestTimer*, @fastify/rate-limit<rate-limit>, auditLog*]',
      'GET /multi server.js:37 [requestTimer*, @fastify/rate-limit<rate-limit>, auditLog*]',
      'POST /multi server.js:37 [requestTimer*, @fastify/rate-limit<rate-limit>, auditLog*]',
      // the admin plugin loaded at the `await` before `auditLog` was added: it does not inherit it
      'GET /api/v1/admin/users routes/admin.js:6 [requestTimer*, fastify.authenticate*, @fastify/rate-limit<rate-limit>, fastify.requireRole()*]',
      'DELETE /api/v1/admin/users/{id} routes/admin.js:10 [requestTimer*, fastify.authenticate*, @fastify/rate-limit<rate-limit>]',
      // a child of the admin plugin inherits its hook
      'GET /api/v1/admin/reports routes/reports.js:2 [requestTimer*, fastify.authenticate*, @fastify/rate-limit<rate-limit>]',
      // a sibling plugin does not
      'GET /api/v1/notes routes/notes.js:2 [requestTimer*, @fastify/rate-limit<rate-limit>]',
      'GET /api/v1/notes/{noteId} routes/notes.js:4 [requestTimer*, @fastify/rate-limit<rate-limit>, fastify.authenticate*]',
      'GET /inline/status server.js:30 [requestTimer*, @fastify/rate-limit<rate-limit>, auditLog*]',
      // fp(plugin, { encapsulate: true }) keeps its prefix and its hook to itself
      'GET /internal/audit/log plugins/audit.js:7 [requestTimer*, encapsulatedHook*, @fastify/rate-limit<rate-limit>, auditLog*]',
    ]);
  });

  it('resolves a decorated hook to the function passed to decorate()', () => {
    const users = inv.endpoints.find((e) => e.path === '/api/v1/admin/users')!;
    const auth = users.chain.find((l) => l.name === 'fastify.authenticate')!;
    expect(auth.fn?.file.rel).toBe('plugins/auth.js');
    expect(auth.fn && locationOf(auth.fn.file, auth.fn.fn).line).toBe(7);
    // a decorated factory runs the function it returns
    const role = users.chain.find((l) => l.name.startsWith('fastify.requireRole'))!;
    expect(role.fn && locationOf(role.fn.file, role.fn.fn).line).toBe(15);
  });

  it('describes the app: global hooks, the limiter and the error handler', () => {
    expect(inv.apps).toHaveLength(1);
    const app = inv.apps[0]!;
    expect(locationOf(app.file, app.node).line).toBe(9);
    expect(app.globalMiddleware.map((l) => l.name)).toEqual(['requestTimer', 'auditLog', '@fastify/rate-limit']);
    expect(app.errorHandlers.map((h) => locationOf(h.file, h.fn).line)).toEqual([43]);
  });
});

describe('fastify adapter: route options', () => {
  it('reads route(), schema targets, @fastify/auth strategies, per-route limits and constraints', () => {
    const inv = inventoryOf('fastify-route-options', extractFastify);
    expect(rows(inv)).toEqual([
      // tenantHeader is added by a typed helper called with the instance (`setupHooks(server)`) before any plugin
      'PUT /v2/products/{id} src/routes/products.ts:7 [tenantHeader*, app.verifyJwt*, app.verifyAdmin*, schema.params<validation:params>, schema.body<validation:body>]',
      'GET /v2/products/search src/routes/products.ts:15 [tenantHeader*, schema.querystring<validation:query>]',
      // `global: false`: only routes that opt in with config.rateLimit are limited
      'GET /v2/products src/routes/products.ts:17 [tenantHeader*, config.rateLimit<rate-limit>]',
      'GET /v2/products/v src/routes/products.ts:19 [tenantHeader*]',
      'POST /v2/orders src/routes/orders.ts:4 [tenantHeader*, server.rateLimit()<rate-limit>]',
      'GET /v2/orders/export src/routes/orders.ts:5 [tenantHeader*]',
      'ALL /v2/orders/legacy/{*} src/routes/orders.ts:6 [tenantHeader*]',
    ]);
    expect(inv.apps[0]?.versioning?.kind).toBe('header');
    const search = inv.endpoints.find((e) => e.path === '/v2/products/search')!;
    expect(search.handlers.map((h) => locationOf(h.file, h.fn).line)).toEqual([22]);
  });
});

describe('fastify adapter: route tables, plugin lists and callback plugins (CommonJS)', () => {
  it('declares one route per entry of a table passed to route() in a loop, located at the entry', () => {
    const inv = inventoryOf('fastify-route-table', extractFastify);
    expect(rows(inv)).toEqual([
      'GET /api/cars routes/cars.js:10 []',
      'GET /api/cars/{id} routes/cars.js:15 []',
      'POST /api/cars routes/cars.js:20 [schema.body<validation:body>]',
      'DELETE /api/cars/{id} routes/cars.js:26 [requireAdmin*]',
      'GET /api/owners routes/owners.js:2 []',
      'GET /api/owners/{ownerId}/cars routes/owners.js:3 []',
      // plugins registered from a list in a loop
      'GET /api/places/garages routes/garages.js:2 []',
      'GET /api/places/dealers routes/dealers.js:2 []',
    ]);
    // controller methods exported with `exports.x = …` are the handlers
    const del = inv.endpoints.find((e) => e.method === 'DELETE')!;
    expect(del.handlers.map((h) => `${h.file.rel}:${locationOf(h.file, h.fn).line}`)).toEqual([
      'controllers/carController.js:9',
    ]);
  });
});

describe('fastify adapter: @fastify/autoload (fastify-cli layout, no Fastify() call)', () => {
  it('loads folders as prefixed plugins, honours index files, autoPrefix, _param folders and autohooks', () => {
    const inv = inventoryOf('fastify-autoload', extractFastify);
    expect(rows(inv)).toEqual([
      // plugins/ is autoloaded first: its fp plugins (the limiter registered inside one, helmet re-exported
      // with autoConfig) act on the root context and so on every route
      'GET /api routes/root.js:4 [@fastify/helmet, @fastify/rate-limit<rate-limit>]',
      'POST /api/jobs/run routes/batch/jobs.js:4 [@fastify/helmet, @fastify/rate-limit<rate-limit>]',
      // items/autohooks.js adds its hook to the items folder only
      'GET /api/items routes/items/list.js:4 [@fastify/helmet, fastify.verifyUser*, @fastify/rate-limit<rate-limit>]',
      'GET /api/users routes/users/index.js:4 [@fastify/helmet, @fastify/rate-limit<rate-limit>, fastify.verifyUser*]',
      'GET /api/users/{userId} routes/users/_userId/index.js:4 [@fastify/helmet, @fastify/rate-limit<rate-limit>]',
    ]);
    // the root plugin fastify-cli loads stands for the app
    expect(inv.apps.map((a) => `${a.file.rel}:${a.globalMiddleware.map((l) => l.name)}`)).toEqual([
      'app.js:@fastify/helmet,@fastify/rate-limit',
    ]);
  });
});

describe('fastify adapter: autoload with autoPrefix and merged options', () => {
  it('keeps autoPrefix and the Object.assign() prefix when folder names are not prefixes', async () => {
    expect(rows(inventoryOf('fastify-autoload-prefix', extractFastify))).toEqual([
      // `dir: join(import.meta.url, 'services')` is the folder next to app.js
      'GET /v3/billing-admin/open services/billing/invoices.js:4 []',
      // dirNameRoutePrefix: false: no /catalog
      'GET /v3/products/{sku} services/catalog/products.js:2 []',
    ]);
    const report = await scan(join(FIXTURES, 'fastify-autoload-prefix'));
    expect(report.endpoints.map((e) => `${e.method} ${e.path}`)).toEqual([
      'GET /v3/billing-admin/open',
      'GET /v3/products/{sku}',
    ]);
  });
});

describe('fastify adapter: decorated auth functions used as hooks', () => {
  it('resolves `scope.verifySession` and names destructured from the instance to the decorated functions', () => {
    expect(rows(inventoryOf('fastify-decorated-hooks', extractFastify))).toEqual([
      'GET /status server.js:11 []',
      'GET /accounts/{accountId} plugins/accounts.js:4 [scope.verifySession*]',
      // `const { verifySession, onlyStaff: staff } = scope`
      'DELETE /invoices/{invoiceId} plugins/invoices.js:6 [verifySession*, staff*]',
    ]);
  });

  it('scan() finds the routes behind the decorated jwtVerify hook authenticated', async () => {
    const report = await scan(join(FIXTURES, 'fastify-decorated-hooks'));
    expect(report.endpoints.map((e) => `${e.method} ${e.path} ${e.auth}`)).toEqual([
      'GET /status none',
      'GET /accounts/{accountId} required',
      'DELETE /invoices/{invoiceId} required',
    ]);
  });
});

describe('fastify adapter through the pipeline', () => {
  it('scan() reports the endpoints with their location and chain', async () => {
    const report = await scan(join(FIXTURES, 'fastify-encapsulation'));
    const notes = report.endpoints.find((e) => e.method === 'GET' && e.path === '/api/v1/notes/{noteId}');
    expect(notes).toMatchObject({ framework: 'fastify', location: { file: 'routes/notes.js', line: 4 } });
    expect(notes?.facts.middleware).toEqual(['requestTimer', '@fastify/rate-limit', 'fastify.authenticate']);
  });

  it('the CLI lists the same inventory as JSON', () => {
    const r = spawnSync(
      process.execPath,
      ['bin/vas.js', 'scan', join(FIXTURES, 'fastify-route-options'), '--format', 'json'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    // exit 1 means findings were reported; anything else is a failure of the scan itself
    expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
    const out = r.stdout;
    const report = JSON.parse(out) as { endpoints: { method: string; path: string; location: { line: number } }[] };
    expect(report.endpoints.map((e) => `${e.method} ${e.path}:${e.location.line}`)).toEqual([
      'PUT /v2/products/{id}:7',
      'GET /v2/products/search:15',
      'GET /v2/products:17',
      'GET /v2/products/v:19',
      'POST /v2/orders:4',
      'GET /v2/orders/export:5',
      'ALL /v2/orders/legacy/{*}:6',
    ]);
  });

  it('finds every endpoint of the cross-framework todo fixture with its auth hook', async () => {
    const report = await scan(join(ROOT, 'test/fixtures/apps/todo-fastify'));
    expect(report.endpoints.map((e) => `${e.method} ${e.path} ${e.facts.middleware}`)).toEqual([
      'GET /health @fastify/cors',
      'POST /api/v1/auth/login @fastify/cors,schema.body',
      'GET /api/v1/todos @fastify/cors,fastify.authenticate',
      'GET /api/v1/todos/{id} @fastify/cors,fastify.authenticate',
      'PATCH /api/v1/todos/{id} @fastify/cors,fastify.authenticate',
      'DELETE /api/v1/todos/{id} @fastify/cors,fastify.authenticate',
      'GET /api/v1/users/me @fastify/cors,fastify.authenticate',
      'GET /api/v1/admin/users @fastify/cors',
    ]);
  });
});
