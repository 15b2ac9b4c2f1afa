import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractExpress } from '../../src/adapters/express/index.ts';
import { locationOf } from '../../src/parse/source.ts';
import { scan } from '../../src/scan.ts';
import { FIXTURES, inventoryOf, rows } from './_inventory.ts';

describe('express adapter: routers mounted from a table in a loop', () => {
  it('mounts each entry of `routes.forEach((r) => router.use(r.path, r.route))` and `for (const r of routes)` at its path', () => {
    expect(rows(inventoryOf('express-mount-loop', extractExpress))).toEqual([
      // forEach over `[{ path, route }]` reading members of the element
      'POST /v1/session/start routes/v1/session.route.js:4 []',
      // destructured element `({ path, route })`, with middleware written in the loop; the same router at two paths
      'GET /v1/account routes/v1/account.route.js:4 [requireLogin*]',
      'GET /v1/profile routes/v1/account.route.js:4 [requireLogin*]',
      // for…of over a constant array with other key names
      'GET /v2/items/{itemId} routes/v2/items.js:4 []',
      'GET /v2/health routes/v2/health.js:4 []',
    ]);
  });

  it('scan() reports the full paths and the login guard', async () => {
    const report = await scan(join(FIXTURES, 'express-mount-loop'));
    expect(report.endpoints.map((e) => `${e.method} ${e.path} ${e.facts.middleware}`)).toEqual([
      'POST /v1/session/start ',
      'GET /v1/account requireLogin',
      'GET /v1/profile requireLogin',
      'GET /v2/items/{itemId} ',
      'GET /v2/health ',
    ]);
  });
});

describe('express adapter: routers created and chained without a name', () => {
  it("keeps the prefix of `module.exports = Router().use('/api', api)` and routes of `Router().get(…).post(…)`", () => {
    expect(rows(inventoryOf('express-chained-router', extractExpress))).toEqual([
      'GET /api/articles articles.js:4 [express.json()]',
      'POST /api/articles articles.js:5 [express.json()]',
      'GET /api/me routes.js:7 [express.json(), checkToken*]',
    ]);
  });

  it('scan() reports the prefixed paths', async () => {
    const report = await scan(join(FIXTURES, 'express-chained-router'));
    expect(report.endpoints.map((e) => `${e.method} ${e.path} ${e.location?.file}:${e.location?.line}`)).toEqual([
      'GET /api/articles articles.js:4',
      'POST /api/articles articles.js:5',
      'GET /api/me routes.js:7',
    ]);
  });
});

describe('express adapter: a router passed on from function to function', () => {
  // `app.use('/api', routes(router))`, where `routes` hands its parameter to one module per resource; the file that
  // binds the outer parameter sorts after the ones that use it, so the bindings must settle whatever the file order
  it('mounts the routes each module registers on the parameter at the prefix of the outer call', () => {
    expect(rows(inventoryOf('express-router-passed-on', extractExpress))).toEqual([
      'POST /api/v1/notes src/api/notes.js:4 [express.json(), requireAuth*]',
      'GET /api/v1/users src/api/users.js:4 [express.json(), requireAuth*]',
      'POST /api/v1/users src/api/users.js:4 [express.json()]',
      'GET /api/v1/users/{id} src/api/users.js:5 [express.json(), requireAuth*]',
    ]);
  });
});

describe('express adapter: the app handed to a loader inside an options object', () => {
  // `expressLoader({ app })` with `export default ({ app }) => { app.use(config.api.prefix, routes()) }` (the
  // "bulletproof" layout): the destructured parameter is the app, so its mounts carry their prefixes
  it('mounts the routers the loader registers at the full prefix', () => {
    expect(rows(inventoryOf('express-loader-options', extractExpress))).toEqual([
      'GET /status src/loaders/express.js:4 []',
      'POST /api/auth/signin src/api/routes/auth.js:5 []',
    ]);
  });
});

describe('express adapter: handlers defined by an ES5 constructor function', () => {
  // `function SessionHandler(db) { this.handleLogin = (req, res) => … }`, then `new SessionHandler(db).handleLogin`
  it("resolves `this.member = fn` of the constructor, not of a nested function's own `this`", () => {
    const inv = inventoryOf('express-constructor-handlers', extractExpress);
    const handlerAt = (e: (typeof inv.endpoints)[number]) =>
      e.handlers.map((h) => `${h.file.rel}:${locationOf(h.file, h.fn).line}`).join(' ') || 'unresolved';
    expect(rows(inv).map((r, i) => `${r} → ${handlerAt(inv.endpoints[i]!)}`)).toEqual([
      'POST /api/v1/login routes/index.js:7 [] → routes/session.js:9',
      'GET /api/v1/profile routes/index.js:8 [isLoggedIn*] → routes/session.js:14',
      'GET /api/v1/stats routes/index.js:9 [] → unresolved',
    ]);
  });
});
