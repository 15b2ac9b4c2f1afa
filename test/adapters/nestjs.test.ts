import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractNest } from '../../src/adapters/nestjs/index.ts';
import type { ChainLink, Endpoint, Inventory } from '../../src/core/endpoint.ts';
import type { ReportEndpoint } from '../../src/core/report.ts';
import { loadProject } from '../../src/parse/project.ts';
import { Resolver } from '../../src/parse/resolve.ts';
import { locationOf } from '../../src/parse/source.ts';
import { scan } from '../../src/scan.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'adapters');
const fixture = (name: string): string => join(FIXTURES, name);

/** The adapter's own inventory (hints and bindings are not part of the JSON report). */
function inventory(name: string): Inventory {
  const project = loadProject(fixture(name));
  return extractNest(project, new Resolver(project));
}

function endpoint(inv: Inventory, method: string, path: string): Endpoint {
  const e = inv.endpoints.find((x) => x.method === method && x.path === path);
  if (!e) throw new Error(`no ${method} ${path} in ${inv.endpoints.map((x) => `${x.method} ${x.path}`).join(', ')}`);
  return e;
}

const line = (e: Endpoint): string => {
  const l = locationOf(e.file, e.node);
  return `${l.file}:${l.line}`;
};
const chain = (e: Endpoint): string[] => e.chain.map((l) => l.name);
const hints = (e: Endpoint): (string | null)[] => e.chain.map((l) => (l.hint ? l.hint.kind : null));
const link = (e: Endpoint, name: string): ChainLink => {
  const l = e.chain.find((x) => x.name === name);
  if (!l) throw new Error(`no link ${name} in ${chain(e).join(', ')}`);
  return l;
};
const fnLine = (l: ChainLink): string | null =>
  l.fn ? `${l.fn.file.rel}:${locationOf(l.fn.file, l.fn.fn).line}` : null;

describe('nestjs adapter: routes and paths', () => {
  it('joins global prefix, URI version, RouterModule, controller and method paths (real pipeline)', async () => {
    const report = await scan(fixture('nestjs-routing'));
    const rows = report.endpoints
      .map((e: ReportEndpoint) => `${e.method} ${e.path} ${e.location?.file}:${e.location?.line}`)
      .sort();
    expect(rows).toEqual(
      [
        // RouterModule.register([{ path: 'backoffice', module: AdminModule }])
        'GET /api/v1/backoffice/users src/admin/admin.controller.ts:5',
        'PATCH /api/v1/backoffice/users/{id}/ban src/admin/admin.controller.ts:10',
        // excluded from the prefix for GET only; VERSION_NEUTRAL controller has no version segment
        'GET /health src/app.module.ts:8',
        'HEAD /api/health src/app.module.ts:13',
        // 'metrics/(.*)' excludes every method
        'GET /metrics/prometheus src/app.module.ts:19',
        'OPTIONS /metrics/prometheus src/app.module.ts:24',
        // defaultVersion '1', @Version('2') on a method, @Version(['1','2']) gives both
        'GET /api/v1/items/{itemId} src/catalog/catalog.controller.ts:7',
        'GET /api/v2/items/{itemId} src/catalog/catalog.controller.ts:13',
        'POST /api/v1/items src/catalog/catalog.controller.ts:19',
        'POST /api/v2/items src/catalog/catalog.controller.ts:19',
        // @Put([a, b]) is two routes
        'PUT /api/v1/items/{itemId} src/catalog/catalog.controller.ts:24',
        'PUT /api/v1/items/{itemId}/replace src/catalog/catalog.controller.ts:24',
        // inherited from the abstract base controller (the overridden `remove` without decorator is no route)
        'GET /api/v1/items src/common/crud.controller.ts:4',
        // @Controller({ path: [..], version: '3' }) + @All('*')
        'ALL /api/v3/entries/{*} src/catalog/catalog.controller.ts:37',
        'ALL /api/v3/records/{*} src/catalog/catalog.controller.ts:37',
      ].sort(),
    );
    expect(report.endpoints.every((e: ReportEndpoint) => e.framework === 'nestjs')).toBe(true);
  });

  it('records the app: bootstrap call and URI versioning', () => {
    const inv = inventory('nestjs-routing');
    expect(inv.apps).toHaveLength(1);
    const app = inv.apps[0]!;
    expect(`${app.file.rel}:${locationOf(app.file, app.node).line}`).toBe('src/main.ts:7');
    expect(app.versioning?.kind).toBe('uri');
    expect(locationOf(app.versioning!.file, app.versioning!.node).line).toBe(11);
  });

  it('finds the corpus-style apps through the real CLI', () => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'vas.js'), 'scan', fixture('nestjs-guards'), '--format', 'json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const report = JSON.parse(r.stdout) as { endpoints: ReportEndpoint[] };
    const byRoute = new Map(report.endpoints.map((e) => [`${e.method} ${e.path}`, e]));
    expect([...byRoute.keys()].sort()).toEqual(
      [
        'DELETE /api/v2/posts/{id}',
        'GET /api/v2/posts',
        'GET /api/v2/posts/{id}',
        'GET /api/v2/status',
        'GET /api/v2/status/deep',
        'POST /api/v2/posts',
        'POST /api/v2/posts/{id}/publish',
      ].sort(),
    );
    // global guards (APP_GUARD in provider order, then useGlobalGuards from a setup function), then route guards
    expect(byRoute.get('DELETE /api/v2/posts/{id}')!.facts.middleware).toEqual([
      'ThrottlerGuard',
      'JwtAuthGuard',
      'AuditGuard()',
      "AuthGuard('jwt')",
      'PermissionsGuard',
    ]);
    // @SkipThrottle() on the controller removes the ThrottlerGuard; `{ default: false }` on a method restores it
    expect(byRoute.get('GET /api/v2/status')!.facts.middleware).toEqual(['JwtAuthGuard', 'AuditGuard()']);
    expect(byRoute.get('GET /api/v2/status/deep')!.facts.middleware).toEqual([
      'ThrottlerGuard',
      'JwtAuthGuard',
      'AuditGuard()',
    ]);
  });
});

describe('nestjs adapter: Nx workspace aliases', () => {
  it("resolves a project's `@acme/api/*` imports through the tsconfig.base.json its tsconfig.json extends", () => {
    const inv = inventory('nestjs-nx-paths');
    // the controller is reached through the alias in app.module.ts, and the composed guard through another
    const one = endpoint(inv, 'GET', '/notes/{id}');
    expect(chain(one)).toEqual(["AuthGuard('jwt')"]);
    expect(one.chain[0]!.hint?.kind).toBe('auth');
  });
});

describe('nestjs adapter: guards', () => {
  const inv = inventory('nestjs-guards');

  it('marks routes whose @SkipAuth() metadata makes the global guard return true as public', () => {
    const list = endpoint(inv, 'GET', '/api/v2/posts');
    expect(link(list, 'JwtAuthGuard').hint).toEqual({ kind: 'public', detail: '@SkipAuth() skips JwtAuthGuard' });
    // the class-level marker covers every route of the controller (getAllAndOverride reads handler and class)
    expect(link(endpoint(inv, 'GET', '/api/v2/status'), 'JwtAuthGuard').hint?.kind).toBe('public');
  });

  it('keeps the passport auth hint and canActivate on routes without the marker', () => {
    const one = endpoint(inv, 'GET', '/api/v2/posts/{id}');
    const guard = link(one, 'JwtAuthGuard');
    expect(guard.hint).toEqual({ kind: 'auth', detail: 'passport jwt' });
    expect(guard.scope).toBe('app');
    expect(fnLine(guard)).toBe('src/auth/jwt-auth.guard.ts:12');
  });

  it('expands composed decorators and sets a role hint when the route carries the metadata the guard requires', () => {
    const remove = endpoint(inv, 'DELETE', '/api/v2/posts/{id}');
    expect(hints(remove)).toEqual(['rate-limit', 'auth', null, 'auth', 'role']);
    const perms = link(remove, 'PermissionsGuard');
    expect(perms.scope).toBe('guard');
    expect(perms.hint).toEqual({ kind: 'role', detail: "@Staff('posts:delete') enforced by PermissionsGuard" });
    expect(fnLine(perms)).toBe('src/auth/permissions.guard.ts:9');
  });

  it('resolves mixin guards to the class the factory returns', () => {
    const publish = endpoint(inv, 'POST', '/api/v2/posts/{id}/publish');
    const role = link(publish, "RoleGuard('editor')");
    expect(fnLine(role)).toBe('src/auth/roles.ts:8');
    expect(role.hint).toBeUndefined();
  });

  it('adds a route-level rate-limit link for @Throttle next to the ThrottlerGuard', () => {
    const create = endpoint(inv, 'POST', '/api/v2/posts');
    expect(chain(create).slice(0, 2)).toEqual(['ThrottlerGuard', '@Throttle({ default: { limit: 3, ttl: 60_000 } })']);
    expect(create.chain[1]!.hint?.kind).toBe('rate-limit');
    expect(create.chain[1]!.scope).toBe('decorator');
  });

  it('lists global guards as the app global middleware, and a /v2 global prefix counts as versioning', () => {
    const app = inv.apps[0]!;
    expect(app.globalMiddleware.map((l) => `${l.name}:${l.hint?.kind ?? '-'}`)).toEqual([
      'ThrottlerGuard:rate-limit',
      'JwtAuthGuard:auth',
      'AuditGuard():-',
    ]);
    expect(app.versioning?.kind).toBe('uri');
  });
});

describe('nestjs adapter: pipes, bindings, middleware, filters', () => {
  const inv = inventory('nestjs-pipes');

  it('binds decorated parameters', () => {
    const search = endpoint(inv, 'GET', '/users');
    expect(search.handlers[0]!.bindings).toEqual({
      0: { kind: 'query', key: 'q', validated: false },
      1: { kind: 'query', validated: false },
      2: { kind: 'headers', key: 'x-tenant', validated: false },
    });
    const raw = endpoint(inv, 'GET', '/users/raw');
    expect(raw.handlers[0]!.bindings).toEqual({ 0: { kind: 'request' }, 1: { kind: 'response' }, 2: { kind: 'user' } });
  });

  it('recognises createParamDecorator factories that return the request user (with a key)', () => {
    expect(endpoint(inv, 'PATCH', '/users/{id}').handlers[0]!.bindings?.[2]).toEqual({ kind: 'user', key: 'id' });
    expect(endpoint(inv, 'POST', '/users/{id}/notes').handlers[0]!.bindings?.[2]).toEqual({ kind: 'user', key: 'id' });
  });

  it('validates a class-validator DTO through the global ValidationPipe and records the missing whitelist', () => {
    const create = endpoint(inv, 'POST', '/users');
    expect(create.handlers[0]!.bindings?.[0]).toEqual({ kind: 'body', validated: true, loose: true });
    expect(link(create, 'ValidationPipe').hint).toEqual({
      kind: 'validation',
      target: 'body',
      detail: 'CreateUserDto (class-validator); no whitelist: unknown properties pass through',
      keepsUnknown: true,
    });
  });

  it('follows PartialType(Dto), @UsePipes whitelist and parse pipes', () => {
    const update = endpoint(inv, 'PATCH', '/users/{id}');
    expect(update.handlers[0]!.bindings?.[0]).toEqual({ kind: 'params', key: 'id', validated: true });
    expect(update.handlers[0]!.bindings?.[1]).toEqual({ kind: 'body', validated: true });
    expect(
      update.chain
        .filter((l) => l.hint?.kind === 'validation')
        .map((l) => `${l.name}:${l.hint?.kind === 'validation' ? l.hint.target : ''}`),
    ).toEqual(['ParseIntPipe:params', 'ValidationPipe:body']);
    expect(link(update, 'ValidationPipe').scope).toBe('route');
    expect(link(update, 'ValidationPipe').hint).toMatchObject({
      detail: 'UpdateUserDto (class-validator); whitelist, forbidNonWhitelisted',
    });
  });

  it('does not call a DTO without class-validator decorators (or a primitive) validated', () => {
    const replace = endpoint(inv, 'PUT', '/users/{id}');
    expect(replace.handlers[0]!.bindings).toEqual({
      0: { kind: 'params', key: 'id', validated: false },
      1: { kind: 'body', validated: false },
      2: { kind: 'body', key: 'email', validated: false },
    });
    expect(hints(replace).filter(Boolean)).toEqual([]);
  });

  it('treats a custom pipe that runs a schema as validation', () => {
    const note = endpoint(inv, 'POST', '/users/{id}/notes');
    expect(note.handlers[0]!.bindings?.[1]).toEqual({ kind: 'body', validated: true });
    expect(link(note, 'ZodPipe').hint).toEqual({ kind: 'validation', target: 'body', detail: 'ZodPipe schema pipe' });
  });

  it('orders app.use, consumer middleware (with forRoutes/exclude), interceptors', () => {
    expect(chain(endpoint(inv, 'POST', '/users'))).toEqual([
      'helmet()',
      'requestId',
      'ClassSerializerInterceptor',
      'TimingInterceptor',
      'ValidationPipe',
    ]);
    const update = endpoint(inv, 'PATCH', '/users/{id}');
    expect(chain(update).slice(0, 5)).toEqual([
      'helmet()',
      'requestId',
      'BearerMiddleware',
      'ClassSerializerInterceptor',
      'TimingInterceptor',
    ]);
    expect(fnLine(link(update, 'BearerMiddleware'))).toBe('src/common/middleware.ts:6');
    expect(fnLine(link(update, 'TimingInterceptor'))).toBe('src/users/timing.interceptor.ts:6');
  });

  it('collects global and route exception filters and header versioning on the app', () => {
    const app = inv.apps[0]!;
    expect(app.errorHandlers.map((f) => `${f.file.rel}:${locationOf(f.file, f.fn).line}`)).toEqual([
      'src/common/filters.ts:5',
      'src/common/filters.ts:12',
    ]);
    expect(app.versioning?.kind).toBe('header');
    expect(app.globalMiddleware.map((l) => l.name)).toEqual([
      'helmet()',
      'ClassSerializerInterceptor',
      'ValidationPipe',
    ]);
  });
});

describe('nestjs adapter: projects without a bootstrap', () => {
  it('still lists the controllers, and anchors an app on the root module', () => {
    const inv = inventory('nestjs-services');
    expect(inv.endpoints.map((e) => `${e.method} ${e.path} ${line(e)}`)).toEqual([
      'GET /orders/{id} src/orders/orders.controller.ts:12',
      'GET /orders src/orders/orders.controller.ts:18',
    ]);
    expect(inv.apps.map((a) => a.file.rel)).toEqual(['src/app.module.ts']);
  });
});

describe('nestjs adapter: configuration read from elsewhere', () => {
  const inv = inventory('nestjs-config');

  it("takes the global prefix from a registerAs() config default and excludes only '/'", () => {
    expect(inv.endpoints.map((e) => `${e.method} ${e.path}`)).toEqual([
      'GET /api/articles/{slug}',
      'POST /api/articles',
      'GET /api/tags',
      'GET /',
    ]);
  });

  it('applies forRoutes({ path, method: ALL }) to the paths below, a specific method exactly', () => {
    expect(chain(endpoint(inv, 'GET', '/api/articles/{slug}'))).toEqual(['AuthMiddleware']);
    expect(chain(endpoint(inv, 'GET', '/api/tags'))).toEqual([]);
    // Nest 4 middleware: the function returned by resolve()
    expect(fnLine(link(endpoint(inv, 'GET', '/api/articles/{slug}'), 'AuthMiddleware'))).toBe(
      'src/shared/auth.middleware.ts:8',
    );
  });

  it('treats the hand-written class-validator pipe of the Nest docs as a ValidationPipe without whitelist', () => {
    const create = endpoint(inv, 'POST', '/api/articles');
    expect(create.handlers[0]!.bindings?.[0]).toEqual({ kind: 'body', key: 'article', validated: true, loose: true });
    expect(link(create, 'ValidationPipe').hint).toEqual({
      kind: 'validation',
      target: 'body',
      detail: 'CreateArticleDto (class-validator); no whitelist: unknown properties pass through',
      keepsUnknown: true,
    });
  });
});

describe('nestjs adapter: several apps in one project', () => {
  const inv = inventory('nestjs-two-apps');

  it('gives each controller the prefix and globals of the app whose module graph registers it', () => {
    expect(inv.endpoints.map((e) => `${e.method} ${e.path} ${chain(e).join(',')}`).sort()).toEqual([
      'DELETE /admin/products/{sku} ',
      'GET /public/v1/products fastifyRateLimit,ApiKeyGuard',
      'GET /public/v1/products/{sku} fastifyRateLimit,ApiKeyGuard',
      'GET /public/v1/products/{sku}/price fastifyRateLimit,ApiKeyGuard',
    ]);
    expect(inv.apps.map((a) => `${a.file.rel} ${a.versioning?.kind ?? '-'}`).sort()).toEqual([
      'src/admin/main.ts -',
      'src/public-api/main.ts uri',
    ]);
  });

  it('recognises a Fastify rate-limit plugin, app.get(Guard) and a decorator constant used without a call', () => {
    const list = endpoint(inv, 'GET', '/public/v1/products');
    expect(hints(list)).toEqual(['rate-limit', 'public']);
    const one = endpoint(inv, 'GET', '/public/v1/products/{sku}');
    expect(hints(one)).toEqual(['rate-limit', null]);
    expect(fnLine(link(one, 'ApiKeyGuard'))).toBe('src/public-api/api-key.guard.ts:11');
  });

  it('treats `if (optional && !credentials) return true` as a skip for the routes carrying the marker', () => {
    expect(link(endpoint(inv, 'GET', '/public/v1/products/{sku}/price'), 'ApiKeyGuard').hint).toEqual({
      kind: 'public',
      detail: '@KeyOptional() skips ApiKeyGuard',
    });
  });
});
