import { table } from '../../core/table.ts';
import { calleeName, type Node, nameOf, propertyValue, type T, unwrap, walk } from '../../parse/ast.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { asClass } from '../../parse/this-members.ts';
import { isExport, type Located, staticString } from './decorators.ts';
import { factoryResult, type GlobalEnhancers } from './modules.ts';
import { versionValue } from './routes.ts';

/** A path excluded from the global prefix (`setGlobalPrefix('api', { exclude: ['health'] })`). */
export interface ExcludeRule {
  pattern: RegExp;
  method: string | null;
}

export interface Versioning {
  type: 'uri' | 'header' | 'media-type' | 'custom';
  /** the URI segment prefix ('v' by default) */
  prefix: string;
  defaultVersion: string[] | null;
  at: Located;
}

/** A `NestFactory.create(AppModule)` bootstrap and what main.ts configures on it. */
export interface NestApp extends GlobalEnhancers {
  file: SourceFile;
  node: T.CallExpression;
  rootModule: { file: SourceFile; node: T.Class } | null;
  prefix: string;
  /** the `setGlobalPrefix(...)` call */
  prefixAt: Located | null;
  exclude: ExcludeRule[];
  versioning: Versioning | null;
  /** `app.use(helmet())` */
  middleware: Located[];
}

const APP_METHODS = new Set([
  'setGlobalPrefix',
  'enableVersioning',
  'useGlobalGuards',
  'useGlobalPipes',
  'useGlobalInterceptors',
  'useGlobalFilters',
  'use',
  // Fastify platform: `await app.register(fastifyRateLimit, {...})`
  'register',
]);

/** Every `NestFactory.create(...)` of the project with the app-level calls made on it. */
export function collectApps(project: Project, resolver: Resolver): NestApp[] {
  const apps = new Map<Node, NestApp>();
  const calls: { file: SourceFile; call: T.CallExpression }[] = [];
  for (const file of project.files.values()) {
    if (
      !file.text.includes('NestFactory') &&
      !/\.(?:setGlobalPrefix|enableVersioning|useGlobal\w+|use|register)\s*\(/.test(file.text)
    )
      continue;
    walk(file.program, (node) => {
      if (node.type === 'CallExpression') calls.push({ file, call: node });
    });
  }
  for (const { file, call } of calls) {
    if (!isExport(resolver, file, call.callee as Node, '@nestjs/core', 'NestFactory.create')) continue;
    const root = asClass(resolver.valueOf(file, call.arguments[0] as Node));
    apps.set(call, {
      file,
      node: call,
      rootModule: root,
      prefix: '',
      prefixAt: null,
      exclude: [],
      versioning: null,
      middleware: [],
      guards: [],
      pipes: [],
      interceptors: [],
      filters: [],
    });
  }
  if (apps.size === 0) return [];
  // functions that receive the app: `setupApp(app)` in another file
  const params = new Map<Node, Map<number, NestApp>>();
  for (const { file, call } of calls) {
    call.arguments.forEach((arg, i) => {
      const app = appOf(resolver, apps, params, file, arg as Node);
      const fn = app && resolver.functionOf(resolver.valueOf(file, call.callee as Node));
      if (!app || !fn) return;
      const m = params.get(fn.fn) ?? new Map<number, NestApp>();
      params.set(fn.fn, m);
      m.set(i, app);
    });
  }
  const ordered = calls.slice().sort((a, b) => (a.file === b.file ? a.call.start - b.call.start : 0));
  for (const { file, call } of ordered) {
    const method = calleeName(call);
    const callee = unwrap(call.callee as Node);
    if (!method || !APP_METHODS.has(method) || callee?.type !== 'MemberExpression') continue;
    const app = appOf(resolver, apps, params, file, callee.object as Node);
    if (!app) continue;
    const args = call.arguments as Node[];
    const located = args.map((a) => ({ file, node: a }));
    switch (method) {
      case 'setGlobalPrefix':
        app.prefix = staticString(resolver, file, args[0]) ?? configValue(project, resolver, file, args[0]) ?? '';
        app.prefixAt = { file, node: call };
        app.exclude = excludeRules(resolver, file, propertyValue(args[1], 'exclude'));
        break;
      case 'enableVersioning':
        app.versioning = versioningOf(resolver, file, call);
        break;
      case 'useGlobalGuards':
        app.guards.push(...located);
        break;
      case 'useGlobalPipes':
        app.pipes.push(...located);
        break;
      case 'useGlobalInterceptors':
        app.interceptors.push(...located);
        break;
      case 'useGlobalFilters':
        app.filters.push(...located);
        break;
      case 'use':
        app.middleware.push(...located);
        break;
      case 'register':
        // the plugin (its options are not middleware)
        if (located[0]) app.middleware.push(located[0]);
        break;
    }
  }
  return [...apps.values()];
}

/**
 * `configService.get('app.apiPrefix')` with a `registerAs('app', () => ({ apiPrefix: process.env.API_PREFIX || 'api' }))`
 * config namespace: the static default of that key.
 */
function configValue(project: Project, resolver: Resolver, file: SourceFile, expr: Node | undefined): string | null {
  const call = unwrap(expr);
  if (call?.type !== 'CallExpression' || !['get', 'getOrThrow'].includes(calleeName(call) ?? '')) return null;
  const key = staticString(resolver, file, call.arguments[0] as Node);
  if (!key?.includes('.')) return null;
  const [ns, ...path] = key.split('.');
  let found: string | null = null;
  for (const f of project.files.values()) {
    if (found !== null || !f.text.includes('registerAs')) continue;
    walk(f.program, (node) => {
      if (found !== null || node.type !== 'CallExpression' || calleeName(node) !== 'registerAs') return;
      if (staticString(resolver, f, node.arguments[0] as Node) !== ns) return;
      let value: Node | null = factoryResult(node.arguments[1] as Node);
      for (const k of path) value = propertyValue(value, k);
      found = value ? staticString(resolver, f, value) : null;
    });
  }
  return found;
}

/** The app an expression denotes: the create call itself, a variable holding it, a chained app call, a parameter. */
function appOf(
  resolver: Resolver,
  apps: Map<Node, NestApp>,
  params: Map<Node, Map<number, NestApp>>,
  file: SourceFile,
  expr: Node,
): NestApp | null {
  let n = unwrap(expr);
  // app.setGlobalPrefix('api').useGlobalPipes(...) — app methods return the app
  while (n?.type === 'CallExpression' && APP_METHODS.has(calleeName(n) ?? '')) {
    const c = unwrap(n.callee as Node);
    n = c?.type === 'MemberExpression' ? unwrap(c.object as Node) : null;
  }
  if (!n) return null;
  const direct = apps.get(n);
  if (direct) return direct;
  const v = resolver.valueOf(file, n);
  if (v.kind === 'node') return apps.get(unwrap(v.node)!) ?? null;
  if (v.kind === 'param' && v.path.length === 0) return params.get(v.fn)?.get(v.index) ?? null;
  return null;
}

function versioningOf(resolver: Resolver, file: SourceFile, call: T.CallExpression): Versioning {
  const opts = call.arguments[0] as Node | undefined;
  const typeExpr = unwrap(propertyValue(opts, 'type'));
  let type: Versioning['type'] = 'uri';
  if (typeExpr?.type === 'Literal' && typeof typeExpr.value === 'number') {
    // VersioningType is a numeric enum: URI = 0, HEADER = 1, MEDIA_TYPE = 2, CUSTOM = 3
    type = (['uri', 'header', 'media-type', 'custom'] as const)[typeExpr.value] ?? 'uri';
  } else if (typeExpr?.type === 'MemberExpression') {
    const name = nameOf(typeExpr.property as Node);
    const types = table<Versioning['type']>({
      URI: 'uri',
      HEADER: 'header',
      MEDIA_TYPE: 'media-type',
      CUSTOM: 'custom',
    });
    type = (name ? types[name] : undefined) ?? 'uri';
  }
  const prefixExpr = unwrap(propertyValue(opts, 'prefix'));
  const prefix =
    prefixExpr?.type === 'Literal' && prefixExpr.value === false
      ? ''
      : (staticString(resolver, file, prefixExpr) ?? 'v');
  return {
    type,
    prefix,
    defaultVersion: versionValue(resolver, file, propertyValue(opts, 'defaultVersion')),
    at: { file, node: call },
  };
}

/** Exclude entries: `'health'`, `'auth/(.*)'`, `{ path: 'health', method: RequestMethod.GET }`. */
function excludeRules(resolver: Resolver, file: SourceFile, expr: Node | null): ExcludeRule[] {
  const n = unwrap(expr);
  if (n?.type !== 'ArrayExpression') return [];
  const out: ExcludeRule[] = [];
  for (const el of n.elements as Node[]) {
    const e = unwrap(el);
    if (!e) continue;
    if (e.type === 'ObjectExpression') {
      const path = staticString(resolver, file, propertyValue(e, 'path'));
      if (path === null) continue;
      out.push({ pattern: routePattern(path), method: requestMethod(resolver, file, propertyValue(e, 'method')) });
      continue;
    }
    const path = staticString(resolver, file, e);
    if (path !== null) out.push({ pattern: routePattern(path), method: null });
  }
  return out;
}

/** `RequestMethod.GET` → 'GET'; `RequestMethod.ALL` or unknown → null (any method). */
export function requestMethod(resolver: Resolver, file: SourceFile, expr: Node | null): string | null {
  if (!expr) return null;
  const v = resolver.valueOf(file, expr);
  const name = v.kind === 'external' ? v.path[v.path.length - 1] : null;
  return name && name !== 'ALL' ? name : null;
}

/**
 * A path-to-regexp style pattern (as used by exclude/forRoutes) as a RegExp over normalised paths
 * (`/health`, `/auth/{id}`): `*`, `(.*)` and `{*splat}` match anything, `:id` one segment. `asPrefix` also
 * matches the paths below (how `use()`-registered middleware matches).
 */
export function routePattern(path: string, asPrefix = false): RegExp {
  let p = path.trim().replace(/^\/+|\/+$/g, '');
  if (p === '*' || p === '(.*)' || p === '{*splat}') return /^.*$/;
  // `exclude: ['/']` is the root route only
  if (p === '') return /^\/?$/;
  p = p.replace(/\{\*[^}]*\}|\(\.\*\)|\*/g, '\u0001').replace(/:[A-Za-z_$][\w$]*(\([^)]*\))?\??/g, '\u0002');
  const body = p
    .split('')
    .map((c) => (c === '\u0001' ? '.*' : c === '\u0002' ? '[^/]+' : c.replace(/[.+?^$()|[\]\\{}]/g, '\\$&')))
    .join('');
  return new RegExp(asPrefix ? `^/?${body}(?:/.*)?$` : `^/?${body}/?$`, 'i');
}
