// Generates the synthetic benchmark corpus: a monorepo of API services written in Express, Fastify,
// NestJS and Next.js (TS and JS, ESM and CommonJS, five data layers), from templates with seeded
// variation. Deterministic for a given seed and size.
//
//   node bench/generate.ts                      writes bench/.corpus (gitignored)
//   node bench/generate.ts --out DIR --services 40 --seed 7
//
// The code is meant to look like real application code to a parser and to a scanner: routers mounted
// with prefixes, auth middleware, validators, controllers calling services calling the database, a mix
// of secure and insecure handlers. It is never run.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GenerateOptions {
  out: string;
  services?: number;
  seed?: number;
}

export interface CorpusStats {
  files: number;
  lines: number;
  bytes: number;
  services: number;
  /** routes written (health checks included), to check a scanner's inventory against */
  endpoints: number;
  byFramework: Record<string, number>;
}

export const CORPUS_VERSION = 2;
export const DEFAULT_SERVICES = 64;

type Framework = 'express' | 'fastify' | 'nestjs' | 'nextjs';
type DataLayer = 'prisma' | 'mongoose' | 'sequelize' | 'pg' | 'drizzle';
type Validator = 'zod' | 'joi' | 'express-validator';
type FieldType = 'string' | 'number' | 'boolean' | 'date';

interface Field {
  name: string;
  type: FieldType;
  sensitive?: boolean;
}

interface Resource {
  name: string; // invoice
  Name: string; // Invoice
  plural: string; // invoices
  kebab: string; // line-item
  table: string; // line_items
  fields: Field[];
  owner: string; // userId / ownerId / accountId
  /** how the by-id handlers authorise: scoped where, check after load, or not at all */
  ownership: 'where' | 'after' | 'none';
  /** how bodies reach the database */
  input: 'schema' | 'pick' | 'raw';
  errors: 'next' | 'leak';
  hasExport: boolean;
  hasStats: boolean;
}

interface Service {
  name: string;
  framework: Framework;
  ts: boolean;
  esm: boolean;
  db: DataLayer;
  validator: Validator;
  resources: Resource[];
  rateLimit: 'global' | 'auth' | 'none';
  prefix: string;
  /** swagger-jsdoc blocks above Express routes / @nestjs/swagger decorators */
  swagger: boolean;
  tests: boolean;
}

// ---------------------------------------------------------------------------------------------------
// deterministic randomness

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((n, [, w]) => n + w, 0);
    let r = this.next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r <= 0) return value;
    }
    return entries[entries.length - 1]![0];
  }
}

// ---------------------------------------------------------------------------------------------------
// vocabulary

const NOUNS = [
  'invoice',
  'customer',
  'order',
  'product',
  'ticket',
  'comment',
  'project',
  'task',
  'team',
  'member',
  'subscription',
  'payment',
  'shipment',
  'warehouse',
  'supplier',
  'coupon',
  'review',
  'article',
  'category',
  'notification',
  'webhook',
  'apiKey',
  'auditLog',
  'report',
  'booking',
  'room',
  'device',
  'sensor',
  'alert',
  'message',
  'channel',
  'document',
  'folder',
  'course',
  'lesson',
  'enrollment',
  'quiz',
  'playlist',
  'track',
  'vehicle',
  'driver',
  'route',
  'expense',
  'budget',
  'campaign',
  'lead',
  'contact',
  'deal',
  'note',
  'asset',
  'lineItem',
  'refund',
  'dispute',
  'voucher',
  'survey',
  'response',
  'event',
  'venue',
  'attendee',
  'recipe',
];

const FIELD_POOL: Field[] = [
  { name: 'title', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'description', type: 'string' },
  { name: 'status', type: 'string' },
  { name: 'amount', type: 'number' },
  { name: 'currency', type: 'string' },
  { name: 'quantity', type: 'number' },
  { name: 'priority', type: 'number' },
  { name: 'dueDate', type: 'date' },
  { name: 'startsAt', type: 'date' },
  { name: 'endsAt', type: 'date' },
  { name: 'notes', type: 'string' },
  { name: 'email', type: 'string' },
  { name: 'phone', type: 'string' },
  { name: 'city', type: 'string' },
  { name: 'country', type: 'string' },
  { name: 'sku', type: 'string' },
  { name: 'price', type: 'number' },
  { name: 'rating', type: 'number' },
  { name: 'url', type: 'string' },
  { name: 'color', type: 'string' },
  { name: 'isActive', type: 'boolean' },
  { name: 'archived', type: 'boolean' },
  { name: 'score', type: 'number' },
  { name: 'durationMinutes', type: 'number' },
  { name: 'reference', type: 'string' },
  { name: 'code', type: 'string' },
  { name: 'publishedAt', type: 'date' },
  { name: 'isPublic', type: 'boolean' },
  { name: 'weight', type: 'number' },
];

const SENSITIVE_POOL: Field[] = [
  { name: 'internalNotes', type: 'string', sensitive: true },
  { name: 'costPrice', type: 'number', sensitive: true },
  { name: 'secretToken', type: 'string', sensitive: true },
  { name: 'riskScore', type: 'number', sensitive: true },
];

const SERVICE_WORDS = [
  'billing',
  'catalog',
  'orders',
  'support',
  'crm',
  'inventory',
  'shipping',
  'identity',
  'analytics',
  'content',
  'learning',
  'booking',
  'fleet',
  'payments',
  'marketing',
  'events',
  'messaging',
  'documents',
  'iot',
  'hr',
  'finance',
  'partners',
  'reviews',
  'search',
  'media',
  'tenants',
  'reports',
  'onboarding',
  'compliance',
  'loyalty',
];

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const pluralize = (s: string) =>
  s.endsWith('y') && !/[aeiou]y$/.test(s)
    ? `${s.slice(0, -1)}ies`
    : s.endsWith('s') || s.endsWith('ch')
      ? `${s}es`
      : `${s}s`;

function makeResource(rng: Rng, noun: string): Resource {
  const fields = rng.sample(FIELD_POOL, rng.int(4, 9));
  if (rng.chance(0.35)) fields.push(rng.pick(SENSITIVE_POOL));
  const plural = pluralize(noun);
  return {
    name: noun,
    Name: cap(noun),
    plural,
    kebab: kebab(noun),
    table: snake(plural),
    fields,
    owner: rng.pick(['userId', 'ownerId', 'accountId', 'createdById']),
    ownership: rng.weighted([
      ['where', 5],
      ['after', 3],
      ['none', 2],
    ] as const),
    input: rng.weighted([
      ['schema', 5],
      ['pick', 3],
      ['raw', 2],
    ] as const),
    errors: rng.weighted([
      ['next', 8],
      ['leak', 2],
    ] as const),
    hasExport: rng.chance(0.4),
    hasStats: rng.chance(0.5),
  };
}

function makeService(rng: Rng, index: number): Service {
  const framework = rng.weighted([
    ['express', 4],
    ['fastify', 2],
    ['nestjs', 2],
    ['nextjs', 2],
  ] as const);
  const ts = framework === 'nestjs' || framework === 'nextjs' ? true : rng.chance(0.55);
  const esm = framework === 'nestjs' ? false : framework === 'nextjs' ? true : ts ? rng.chance(0.7) : rng.chance(0.45);
  const db: DataLayer =
    framework === 'nestjs'
      ? rng.pick(['prisma', 'mongoose'] as const)
      : framework === 'nextjs'
        ? rng.pick(['prisma', 'drizzle'] as const)
        : framework === 'fastify'
          ? rng.pick(['prisma', 'pg', 'drizzle'] as const)
          : rng.pick(['prisma', 'mongoose', 'sequelize', 'pg', 'drizzle'] as const);
  const validator: Validator =
    framework === 'express'
      ? rng.pick(['zod', 'joi', 'express-validator'] as const)
      : framework === 'fastify'
        ? 'zod'
        : 'zod';
  const nouns = rng.sample(NOUNS, rng.int(7, 12));
  return {
    name: `${SERVICE_WORDS[index % SERVICE_WORDS.length]}${index >= SERVICE_WORDS.length ? `-${Math.floor(index / SERVICE_WORDS.length) + 1}` : ''}-api`,
    framework,
    ts,
    esm,
    db,
    validator,
    resources: nouns.map((n) => makeResource(rng, n)),
    rateLimit: rng.weighted([
      ['global', 4],
      ['auth', 3],
      ['none', 3],
    ] as const),
    prefix: rng.weighted([
      ['/api/v1', 6],
      ['/api', 2],
      ['/v2', 1],
    ] as const),
    swagger: rng.chance(0.55),
    tests: rng.chance(0.6),
  };
}

// ---------------------------------------------------------------------------------------------------
// small code helpers

class Files {
  readonly list: { path: string; text: string }[] = [];
  add(path: string, text: string) {
    this.list.push({ path, text: text.replace(/^\n/, '') });
  }
}

/** `T(svc)` returns helpers that render TS-only syntax as empty strings in JS services. */
function T(svc: Service) {
  return {
    ty: (annotation: string) => (svc.ts ? annotation : ''),
    ext: svc.ts ? 'ts' : 'js',
    /** import specifier suffix: ESM needs an explicit extension (TS NodeNext writes .js) */
    spec: (path: string) => (svc.esm ? `${path}.js` : path),
    imp: (names: string, from: string) =>
      svc.esm || svc.ts
        ? `import ${names} from '${from}';`
        : names.startsWith('* as ')
          ? `const ${names.slice(5)} = require('${from}');`
          : `const ${names.replace(/ as /g, ': ')} = require('${from}');`,
    impDefault: (name: string, from: string) =>
      svc.esm || svc.ts ? `import ${name} from '${from}';` : `const ${name} = require('${from}');`,
    exportFn: (code: string) => (svc.esm || svc.ts ? `export ${code}` : code),
    exportDefault: (name: string) => (svc.esm || svc.ts ? `export default ${name};` : `module.exports = ${name};`),
    exportNames: (names: string[]) => (svc.esm || svc.ts ? '' : `module.exports = { ${names.join(', ')} };`),
  };
}

const tsType = (f: Field) => (f.type === 'date' ? 'Date' : f.type);
const zodType = (f: Field) =>
  f.type === 'string'
    ? f.name === 'email'
      ? 'z.string().email()'
      : f.name === 'url'
        ? 'z.string().url()'
        : `z.string().min(1).max(${f.name === 'description' || f.name === 'notes' ? 5000 : 200})`
    : f.type === 'number'
      ? 'z.number().nonnegative()'
      : f.type === 'boolean'
        ? 'z.boolean()'
        : 'z.coerce.date()';
const joiType = (f: Field) =>
  f.type === 'string'
    ? f.name === 'email'
      ? 'Joi.string().email()'
      : `Joi.string().max(${f.name === 'description' ? 5000 : 200})`
    : f.type === 'number'
      ? 'Joi.number().min(0)'
      : f.type === 'boolean'
        ? 'Joi.boolean()'
        : 'Joi.date().iso()';
const sampleValue = (f: Field) =>
  f.type === 'string'
    ? `'${f.name}-sample'`
    : f.type === 'number'
      ? '42'
      : f.type === 'boolean'
        ? 'true'
        : 'new Date()';
const publicFields = (r: Resource) => r.fields.filter((f) => !f.sensitive);
const editable = (r: Resource) => publicFields(r).filter((f) => f.name !== 'status' || r.fields.length < 5);

// ---------------------------------------------------------------------------------------------------
// shared utility files (every service gets a handful, with variation)

function utilityFiles(svc: Service, files: Files, base: string, rng: Rng) {
  const { ty, ext, exportFn, exportNames } = T(svc);
  files.add(
    `${base}/utils/pagination.${ext}`,
    `
${svc.ts ? 'export interface Page<T> {\n  items: T[];\n  total: number;\n  page: number;\n  pageSize: number;\n  pages: number;\n}\n' : ''}
const DEFAULT_PAGE_SIZE = ${rng.pick([20, 25, 50])};
const MAX_PAGE_SIZE = ${rng.pick([100, 200, 250])};

/**
 * Reads ?page= and ?pageSize= from a query object, clamps them and returns skip/take values.
 */
${exportFn(`function parsePagination(query${ty(': Record<string, unknown>')})${ty(': { page: number; pageSize: number; skip: number; take: number }')} {
  const rawPage = Number(query.page ?? 1);
  const rawSize = Number(query.pageSize ?? query.limit ?? DEFAULT_PAGE_SIZE);
  const page = Number.isFinite(rawPage) && rawPage > 0 ? Math.floor(rawPage) : 1;
  const pageSize = Number.isFinite(rawSize) && rawSize > 0 ? Math.min(Math.floor(rawSize), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  return { page, pageSize, skip: (page - 1) * pageSize, take: pageSize };
}`)}

${exportFn(`function toPage${ty('<T>')}(items${ty(': T[]')}, total${ty(': number')}, page${ty(': number')}, pageSize${ty(': number')})${ty(': Page<T>')} {
  return {
    items,
    total,
    page,
    pageSize,
    pages: Math.max(1, Math.ceil(total / pageSize)),
  };
}`)}

${exportFn(`function parseSort(value${ty(': unknown')}, allowed${ty(': readonly string[]')}, fallback${ty(': string')})${ty(": { field: string; direction: 'asc' | 'desc' }")} {
  if (typeof value !== 'string' || value.length === 0) {
    return { field: fallback, direction: 'desc' };
  }
  const direction = value.startsWith('-') ? 'desc' : 'asc';
  const field = value.replace(/^[-+]/, '');
  return allowed.includes(field) ? { field, direction } : { field: fallback, direction: 'desc' };
}`)}
${exportNames(['parsePagination', 'toPage', 'parseSort'])}
`,
  );

  files.add(
    `${base}/utils/logger.${ext}`,
    `
${svc.ts ? "type Level = 'debug' | 'info' | 'warn' | 'error';\n" : ''}
const LEVELS${ty(': Record<Level, number>')} = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = LEVELS[(process.env.LOG_LEVEL${ty(' as Level')}) || 'info'] ?? LEVELS.info;

function write(level${ty(': Level')}, message${ty(': string')}, meta${ty('?: Record<string, unknown>')}) {
  if (LEVELS[level] < threshold) return;
  const line = JSON.stringify({
    level,
    time: new Date().toISOString(),
    service: '${svc.name}',
    message,
    ...meta,
  });
  if (level === 'error') {
    process.stderr.write(line + '\\n');
  } else {
    process.stdout.write(line + '\\n');
  }
}

${exportFn(`const logger = {
  debug: (message${ty(': string')}, meta${ty('?: Record<string, unknown>')}) => write('debug', message, meta),
  info: (message${ty(': string')}, meta${ty('?: Record<string, unknown>')}) => write('info', message, meta),
  warn: (message${ty(': string')}, meta${ty('?: Record<string, unknown>')}) => write('warn', message, meta),
  error: (message${ty(': string')}, meta${ty('?: Record<string, unknown>')}) => write('error', message, meta),
  child(bindings${ty(': Record<string, unknown>')}) {
    return {
      info: (message${ty(': string')}, meta${ty('?: Record<string, unknown>')}) => write('info', message, { ...bindings, ...meta }),
      error: (message${ty(': string')}, meta${ty('?: Record<string, unknown>')}) => write('error', message, { ...bindings, ...meta }),
    };
  },
};`)}
${exportNames(['logger'])}
`,
  );

  files.add(
    `${base}/utils/dates.${ext}`,
    `
const DAY_MS = 24 * 60 * 60 * 1000;

${exportFn(`function startOfDay(date${ty(': Date')})${ty(': Date')} {
  const d = new Date(date);
  d.setUTCHours(0, 0, 0, 0);
  return d;
}`)}

${exportFn(`function addDays(date${ty(': Date')}, days${ty(': number')})${ty(': Date')} {
  return new Date(date.getTime() + days * DAY_MS);
}`)}

${exportFn(`function parseDateRange(from${ty('?: unknown')}, to${ty('?: unknown')})${ty(': { from: Date; to: Date }')} {
  const end = typeof to === 'string' && !Number.isNaN(Date.parse(to)) ? new Date(to) : new Date();
  const start = typeof from === 'string' && !Number.isNaN(Date.parse(from)) ? new Date(from) : addDays(end, -${rng.pick([7, 30, 90])});
  if (start > end) {
    return { from: end, to: start };
  }
  return { from: startOfDay(start), to: end };
}`)}

${exportFn(`function formatIsoDate(date${ty(': Date | string | null | undefined')})${ty(': string | null')} {
  if (!date) return null;
  const d = typeof date === 'string' ? new Date(date) : date;
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}`)}

${exportFn(`function daysBetween(a${ty(': Date')}, b${ty(': Date')})${ty(': number')} {
  return Math.round(Math.abs(b.getTime() - a.getTime()) / DAY_MS);
}`)}
${exportNames(['startOfDay', 'addDays', 'parseDateRange', 'formatIsoDate', 'daysBetween'])}
`,
  );

  files.add(
    `${base}/utils/csv.${ext}`,
    `
function escapeCell(value${ty(': unknown')})${ty(': string')} {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  return /[",\\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** Serialises rows to CSV with a header line; columns default to the keys of the first row. */
${exportFn(`function toCsv(rows${ty(': Record<string, unknown>[]')}, columns${ty('?: string[]')})${ty(': string')} {
  if (rows.length === 0) return '';
  const cols = columns ?? Object.keys(rows[0]${ty('!')});
  const lines = [cols.join(',')];
  for (const row of rows) {
    lines.push(cols.map((c) => escapeCell(row[c])).join(','));
  }
  return lines.join('\\n') + '\\n';
}`)}
${exportNames(['toCsv'])}
`,
  );

  files.add(
    `${base}/utils/http-error.${ext}`,
    `
${exportFn(`class HttpError extends Error {
  ${svc.ts ? 'readonly status: number;\n  readonly expose: boolean;\n  readonly details?: unknown;\n' : ''}
  constructor(status${ty(': number')}, message${ty(': string')}, details${ty('?: unknown')}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.expose = status < 500;
    this.details = details;
  }

  static badRequest(message = 'Bad request', details${ty('?: unknown')}) {
    return new HttpError(400, message, details);
  }

  static unauthorized(message = 'Unauthorized') {
    return new HttpError(401, message);
  }

  static forbidden(message = 'Forbidden') {
    return new HttpError(403, message);
  }

  static notFound(what = 'Resource') {
    return new HttpError(404, what + ' not found');
  }

  static conflict(message = 'Conflict') {
    return new HttpError(409, message);
  }
}`)}

${exportFn(`function isHttpError(err${ty(': unknown')})${ty(': err is HttpError')} {
  return err instanceof HttpError;
}`)}
${exportNames(['HttpError', 'isHttpError'])}
`,
  );

  if (rng.chance(0.6)) {
    files.add(
      `${base}/utils/cache.${ext}`,
      `
${svc.ts ? 'interface Entry<V> {\n  value: V;\n  expiresAt: number;\n}\n' : ''}
/** A tiny in-process TTL cache for hot lookups (feature flags, settings). */
${exportFn(`class TtlCache${ty('<K, V>')} {
  ${svc.ts ? 'private readonly store = new Map<K, Entry<V>>();\n  private readonly ttlMs: number;\n  private readonly maxEntries: number;' : ''}

  constructor(ttlMs = ${rng.pick([30_000, 60_000, 300_000])}, maxEntries = ${rng.pick([500, 1000, 5000])}) {
    ${svc.ts ? '' : 'this.store = new Map();\n    '}this.ttlMs = ttlMs;
    this.maxEntries = maxEntries;
  }

  get(key${ty(': K')})${ty(': V | undefined')} {
    const entry = this.store.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt < Date.now()) {
      this.store.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key${ty(': K')}, value${ty(': V')})${ty(': void')} {
    if (this.store.size >= this.maxEntries) {
      const oldest = this.store.keys().next().value;
      if (oldest !== undefined) this.store.delete(oldest);
    }
    this.store.set(key, { value, expiresAt: Date.now() + this.ttlMs });
  }

  async getOrLoad(key${ty(': K')}, load${ty(': () => Promise<V>')})${ty(': Promise<V>')} {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const value = await load();
    this.set(key, value);
    return value;
  }

  clear()${ty(': void')} {
    this.store.clear();
  }
}`)}
${exportNames(['TtlCache'])}
`,
    );
  }

  if (rng.chance(0.5)) {
    files.add(
      `${base}/utils/strings.${ext}`,
      `
${exportFn(`function slugify(input${ty(': string')})${ty(': string')} {
  return input
    .normalize('NFKD')
    .replace(/[\\u0300-\\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, ${rng.pick([60, 80, 120])});
}`)}

${exportFn(`function truncate(input${ty(': string')}, max${ty(': number')})${ty(': string')} {
  return input.length <= max ? input : input.slice(0, Math.max(0, max - 1)) + '…';
}`)}

${exportFn(`function maskEmail(email${ty(': string')})${ty(': string')} {
  const [user, domain] = email.split('@');
  if (!user || !domain) return email;
  return user[0] + '***@' + domain;
}`)}

${exportFn(`function randomCode(length = 8)${ty(': string')} {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let out = '';
  for (let i = 0; i < length; i++) {
    out += alphabet[Math.floor(Math.random() * alphabet.length)];
  }
  return out;
}`)}
${exportNames(['slugify', 'truncate', 'maskEmail', 'randomCode'])}
`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// Express

function expressService(svc: Service, files: Files, rng: Rng) {
  const { ty, ext, spec, imp, impDefault, exportFn, exportDefault, exportNames } = T(svc);
  const base = 'src';
  const deps: Record<string, string> = { express: '^4.21.2', jsonwebtoken: '^9.0.2', cors: '^2.8.5', helmet: '^8.0.0' };
  if (svc.rateLimit !== 'none') deps['express-rate-limit'] = '^7.5.0';
  const dbDeps: Record<DataLayer, Record<string, string>> = {
    prisma: { '@prisma/client': '^6.2.1' },
    mongoose: { mongoose: '^8.9.2' },
    sequelize: { sequelize: '^6.37.5', pg: '^8.13.1' },
    pg: { pg: '^8.13.1' },
    drizzle: { 'drizzle-orm': '^0.38.3', postgres: '^3.4.5' },
  };
  Object.assign(deps, dbDeps[svc.db]);
  deps[svc.validator === 'express-validator' ? 'express-validator' : svc.validator] =
    svc.validator === 'zod' ? '^3.24.1' : svc.validator === 'joi' ? '^17.13.3' : '^7.2.0';
  files.add(
    'package.json',
    JSON.stringify(
      {
        name: `@corp/${svc.name}`,
        version: `1.${rng.int(0, 20)}.${rng.int(0, 9)}`,
        private: true,
        ...(svc.esm ? { type: 'module' } : {}),
        scripts: {
          start: `node ${svc.ts ? 'dist' : 'src'}/server.js`,
          dev: svc.ts ? 'tsx watch src/server.ts' : 'nodemon src/server.js',
        },
        dependencies: deps,
      },
      null,
      2,
    ) + '\n',
  );

  // db
  const dbFile: Record<DataLayer, string> = {
    prisma: `${imp('{ PrismaClient }', '@prisma/client')}\n\n${exportFn('const prisma = new PrismaClient();')}\n${exportNames(['prisma'])}\n`,
    mongoose: `${impDefault('mongoose', 'mongoose')}\n\n${exportFn(`async function connect(uri = process.env.MONGO_URL${ty(' as string')}) {\n  await mongoose.connect(uri);\n  return mongoose.connection;\n}`)}\n${exportNames(['connect'])}\n`,
    sequelize: `${imp('{ Sequelize }', 'sequelize')}\n\n${exportFn(`const sequelize = new Sequelize(process.env.DATABASE_URL${ty(' as string')}, { logging: false });`)}\n${exportNames(['sequelize'])}\n`,
    pg: `${impDefault('pg', 'pg')}\n\n${exportFn(`const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: ${rng.int(5, 20)} });`)}\n${exportNames(['pool'])}\n`,
    drizzle: `${imp('{ drizzle }', 'drizzle-orm/postgres-js')}\n${impDefault('postgres', 'postgres')}\n${imp('* as schema', spec('./schema'))}\n\nconst client = postgres(process.env.DATABASE_URL${ty(' as string')});\n${exportFn('const db = drizzle(client, { schema });')}\n${exportNames(['db'])}\n`,
  };
  files.add(`${base}/db/index.${ext}`, dbFile[svc.db]);
  if (svc.db === 'drizzle') files.add(`${base}/db/schema.${ext}`, drizzleSchema(svc));

  // middleware
  const secretExpr = rng.chance(0.2)
    ? "process.env.JWT_SECRET || 'change-me'"
    : `process.env.JWT_SECRET${ty(' as string')}`;
  files.add(
    `${base}/middleware/auth.${ext}`,
    `
${impDefault('jwt', 'jsonwebtoken')}
${svc.ts ? "import type { NextFunction, Request, Response } from 'express';\n" : ''}
const JWT_SECRET = ${secretExpr};

${svc.ts ? 'export interface AuthUser {\n  id: string;\n  role: string;\n}\n' : ''}
${exportFn(`function requireAuth(req${ty(': Request')}, res${ty(': Response')}, next${ty(': NextFunction')}) {
  const header = req.headers.authorization || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) {
    return res.status(401).json({ error: 'Missing token' });
  }
  try {
    const payload = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] })${ty(' as jwt.JwtPayload')};
    ${svc.ts ? '(req as any).user' : 'req.user'} = { id: String(payload.sub), role: payload.role };
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'Invalid token' });
  }
}`)}

${exportFn(`function requireRole(...roles${ty(': string[]')}) {
  return (req${ty(': Request')}, res${ty(': Response')}, next${ty(': NextFunction')}) => {
    const user = ${svc.ts ? '(req as any).user as AuthUser | undefined' : 'req.user'};
    if (!user || !roles.includes(user.role)) {
      return res.status(403).json({ error: 'Forbidden' });
    }
    return next();
  };
}`)}
${exportNames(['requireAuth', 'requireRole'])}
`,
  );

  files.add(
    `${base}/middleware/error-handler.${ext}`,
    `
${imp('{ HttpError }', spec('../utils/http-error'))}
${imp('{ logger }', spec('../utils/logger'))}
${svc.ts ? "import type { NextFunction, Request, Response } from 'express';\n" : ''}
${exportFn(`function notFoundHandler(req${ty(': Request')}, res${ty(': Response')}) {
  res.status(404).json({ error: 'Route not found', path: req.path });
}`)}

// eslint-disable-next-line @typescript-eslint/no-unused-vars
${exportFn(`function errorHandler(err${ty(': any')}, req${ty(': Request')}, res${ty(': Response')}, _next${ty(': NextFunction')}) {
  if (err instanceof HttpError) {
    return res.status(err.status).json({ error: err.message, details: err.details });
  }
  logger.error('unhandled error', { path: req.path, method: req.method, err: String(err) });
  ${rng.chance(0.3) ? "return res.status(500).json({ error: err.message, stack: process.env.NODE_ENV === 'production' ? undefined : err.stack });" : "return res.status(500).json({ error: 'Internal server error' });"}
}`)}
${exportNames(['notFoundHandler', 'errorHandler'])}
`,
  );

  files.add(`${base}/middleware/validate.${ext}`, expressValidateMiddleware(svc));
  if (svc.rateLimit !== 'none') {
    files.add(
      `${base}/middleware/rate-limit.${ext}`,
      `
${imp('{ rateLimit }', 'express-rate-limit')}

${exportFn(`const apiLimiter = rateLimit({ windowMs: ${rng.pick([60_000, 900_000])}, limit: ${rng.pick([100, 300, 1000])}, standardHeaders: 'draft-7', legacyHeaders: false });`)}

${exportFn(`const authLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: ${rng.pick([5, 10, 20])}, skipSuccessfulRequests: true });`)}
${exportNames(['apiLimiter', 'authLimiter'])}
`,
    );
  }

  utilityFiles(svc, files, base, rng);

  // auth routes
  files.add(`${base}/routes/auth.routes.${ext}`, expressAuthRoutes(svc, rng));

  for (const r of svc.resources) {
    files.add(`${base}/validators/${r.kebab}.schema.${ext}`, validatorFile(svc, r));
    files.add(`${base}/services/${r.kebab}.service.${ext}`, serviceFile(svc, r, rng));
    files.add(`${base}/controllers/${r.kebab}.controller.${ext}`, expressController(svc, r));
    files.add(`${base}/routes/${r.kebab}.routes.${ext}`, expressRoutes(svc, r, rng));
    if (svc.db === 'mongoose') files.add(`${base}/models/${r.kebab}.model.${ext}`, mongooseModel(svc, r));
    if (svc.db === 'sequelize') files.add(`${base}/models/${r.kebab}.model.${ext}`, sequelizeModel(svc, r));
    if (svc.db === 'pg' && rng.chance(0.5))
      files.add(`${base}/repositories/${r.kebab}.mapper.${ext}`, pgMapper(svc, r));
    if (svc.tests) files.add(`tests/${r.kebab}.test.${ext}`, expressTest(svc, r));
  }

  // routes index + app
  const routeImports = svc.resources.map((r) => impDefault(`${r.name}Routes`, spec(`./${r.kebab}.routes`))).join('\n');
  files.add(
    `${base}/routes/index.${ext}`,
    `
${imp('{ Router }', 'express')}
${impDefault('authRoutes', spec('./auth.routes'))}
${routeImports}

const router = Router();

router.use('/auth', authRoutes);
${svc.resources.map((r) => `router.use('/${r.kebab}s', ${r.name}Routes);`).join('\n')}

${exportDefault('router')}
`,
  );
  files.add(
    `${base}/app.${ext}`,
    `
${impDefault('express', 'express')}
${impDefault('cors', 'cors')}
${impDefault('helmet', 'helmet')}
${impDefault('routes', spec('./routes/index'))}
${imp('{ errorHandler, notFoundHandler }', spec('./middleware/error-handler'))}
${svc.rateLimit === 'global' ? imp('{ apiLimiter }', spec('./middleware/rate-limit')) : ''}

const app = express();

app.disable('x-powered-by');
app.use(helmet());
app.use(cors({ origin: process.env.CORS_ORIGIN?.split(',') ?? true }));
app.use(express.json({ limit: '${rng.pick(['100kb', '1mb', '5mb'])}' }));
${svc.rateLimit === 'global' ? 'app.use(apiLimiter);' : ''}

app.get('/health', (_req, res) => {
  res.json({ status: 'ok', service: '${svc.name}' });
});

app.use('${svc.prefix}', routes);

app.use(notFoundHandler);
app.use(errorHandler);

${exportDefault('app')}
`,
  );
  files.add(
    `${base}/server.${ext}`,
    `
${impDefault('app', spec('./app'))}
${imp('{ logger }', spec('./utils/logger'))}

const port = Number(process.env.PORT) || ${rng.int(3000, 4999)};

app.listen(port, () => {
  logger.info('listening', { port });
});
`,
  );
}

function expressValidateMiddleware(svc: Service): string {
  const { ty, imp, exportFn, exportNames } = T(svc);
  const types = svc.ts ? "import type { NextFunction, Request, Response } from 'express';\n" : '';
  if (svc.validator === 'zod') {
    return `
${types}${svc.ts ? "import type { ZodTypeAny } from 'zod';\n" : ''}
${exportFn(`function validate(schema${ty(': ZodTypeAny')}, source${ty(": 'body' | 'query' | 'params'")} = 'body') {
  return (req${ty(': Request')}, res${ty(': Response')}, next${ty(': NextFunction')}) => {
    const result = schema.safeParse(req[source]);
    if (!result.success) {
      return res.status(400).json({ error: 'Validation failed', issues: result.error.flatten() });
    }
    if (source === 'body') req.body = result.data;
    return next();
  };
}`)}
${exportNames(['validate'])}
`;
  }
  if (svc.validator === 'joi') {
    return `
${types}${svc.ts ? "import type { ObjectSchema } from 'joi';\n" : ''}
${exportFn(`function validate(schema${ty(': ObjectSchema')}, source${ty(": 'body' | 'query' | 'params'")} = 'body') {
  return (req${ty(': Request')}, res${ty(': Response')}, next${ty(': NextFunction')}) => {
    const { value, error } = schema.validate(req[source], { abortEarly: false, stripUnknown: true });
    if (error) {
      return res.status(400).json({ error: 'Validation failed', details: error.details.map((d) => d.message) });
    }
    if (source === 'body') req.body = value;
    return next();
  };
}`)}
${exportNames(['validate'])}
`;
  }
  return `
${types}${imp('{ validationResult }', 'express-validator')}

${exportFn(`function validate(req${ty(': Request')}, res${ty(': Response')}, next${ty(': NextFunction')}) {
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return res.status(400).json({ errors: errors.array() });
  }
  return next();
}`)}
${exportNames(['validate'])}
`;
}

function validatorFile(svc: Service, r: Resource): string {
  const { imp, exportFn, exportNames } = T(svc);
  const fields = editable(r);
  if (svc.validator === 'zod' || svc.framework !== 'express') {
    return `
${imp('{ z }', 'zod')}

${exportFn(`const create${r.Name}Schema = z.object({
${fields.map((f) => `  ${f.name}: ${zodType(f)}${f === fields[0] ? '' : '.optional()'},`).join('\n')}
});`)}

${exportFn(`const update${r.Name}Schema = create${r.Name}Schema.partial();`)}

${exportFn(`const list${r.Name}QuerySchema = z.object({
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
  sort: z.string().optional(),
  q: z.string().max(100).optional(),
});`)}
${svc.ts ? `\nexport type Create${r.Name}Input = z.infer<typeof create${r.Name}Schema>;\nexport type Update${r.Name}Input = z.infer<typeof update${r.Name}Schema>;\n` : ''}
${exportNames([`create${r.Name}Schema`, `update${r.Name}Schema`, `list${r.Name}QuerySchema`])}
`;
  }
  if (svc.validator === 'joi') {
    return `
${svc.esm || svc.ts ? "import Joi from 'joi';" : "const Joi = require('joi');"}

${exportFn(`const create${r.Name}Schema = Joi.object({
${fields.map((f) => `  ${f.name}: ${joiType(f)}${f === fields[0] ? '.required()' : ''},`).join('\n')}
});`)}

${exportFn(`const update${r.Name}Schema = create${r.Name}Schema.fork(['${fields[0]!.name}'], (s) => s.optional()).min(1);`)}

${exportFn(`const list${r.Name}QuerySchema = Joi.object({
  page: Joi.number().integer().min(1),
  pageSize: Joi.number().integer().min(1).max(200),
  sort: Joi.string(),
  q: Joi.string().max(100),
});`)}
${exportNames([`create${r.Name}Schema`, `update${r.Name}Schema`, `list${r.Name}QuerySchema`])}
`;
  }
  return `
${imp('{ body, param, query }', 'express-validator')}

${exportFn(`const create${r.Name}Rules = [
${fields
  .map(
    (f, i) =>
      `  body('${f.name}')${i === 0 ? '' : '.optional()'}${f.type === 'string' ? '.isString().trim()' : f.type === 'number' ? '.isNumeric()' : f.type === 'boolean' ? '.isBoolean()' : '.isISO8601()'},`,
  )
  .join('\n')}
];`)}

${exportFn(`const update${r.Name}Rules = [param('id').isString(), ...create${r.Name}Rules.slice(1)];`)}

${exportFn(`const list${r.Name}Rules = [query('page').optional().isInt({ min: 1 }), query('pageSize').optional().isInt({ min: 1, max: 200 })];`)}
${exportNames([`create${r.Name}Rules`, `update${r.Name}Rules`, `list${r.Name}Rules`])}
`;
}

function expressRoutes(svc: Service, r: Resource, rng: Rng): string {
  const { imp, impDefault, spec, exportDefault } = T(svc);
  const ev = svc.validator === 'express-validator';
  const v = (kind: 'create' | 'update' | 'list') =>
    ev
      ? `${kind}${r.Name}Rules, validate, `
      : `validate(${kind}${r.Name}${kind === 'list' ? 'QuerySchema' : 'Schema'}${kind === 'list' ? ", 'query'" : ''}), `;
  const validated = (kind: 'create' | 'update') => (r.input === 'raw' ? '' : v(kind));
  const authPerRoute = rng.chance(0.35);
  const a = authPerRoute ? 'requireAuth, ' : '';
  const adminGuard = rng.chance(0.5) ? "requireRole('admin'), " : '';
  const doc = (method: string, path: string, summary: string, extra = '') =>
    svc.swagger
      ? `/**
 * @openapi
 * ${svc.prefix}/${r.kebab}s${path.replace(/:(\w+)/g, '{$1}')}:
 *   ${method}:
 *     summary: ${summary}
 *     tags: [${cap(r.plural)}]
 *     security:
 *       - bearerAuth: []${path.includes(':id') ? '\n *     parameters:\n *       - in: path\n *         name: id\n *         required: true\n *         schema:\n *           type: string' : ''}${extra}
 *     responses:
 *       ${method === 'post' ? 201 : method === 'delete' ? 204 : 200}:
 *         description: ${method === 'delete' ? 'Deleted' : 'OK'}
 *       401:
 *         description: Missing or invalid token
 */
`
      : '';
  const body = (schema: string) =>
    `\n *     requestBody:\n *       required: true\n *       content:\n *         application/json:\n *           schema:\n *             $ref: '#/components/schemas/${schema}'`;
  return `
${imp('{ Router }', 'express')}
${imp(`{ requireAuth${adminGuard ? ', requireRole' : ''} }`, spec('../middleware/auth'))}
${imp('{ validate }', spec('../middleware/validate'))}
${imp(
  ev
    ? `{ create${r.Name}Rules, update${r.Name}Rules, list${r.Name}Rules }`
    : `{ create${r.Name}Schema, update${r.Name}Schema, list${r.Name}QuerySchema }`,
  spec(`../validators/${r.kebab}.schema`),
)}
${impDefault('controller', spec(`../controllers/${r.kebab}.controller`))}

const router = Router();
${authPerRoute ? '' : '\nrouter.use(requireAuth);\n'}
${doc('get', '', `List the caller's ${r.plural}`, '\n *     parameters:\n *       - in: query\n *         name: page\n *         schema:\n *           type: integer\n *       - in: query\n *         name: pageSize\n *         schema:\n *           type: integer')}router.get('/', ${a}${v('list')}controller.list);
${doc('get', '/summary', `Daily summary of ${r.plural}`)}router.get('/summary', ${a}controller.summary);
${r.hasExport ? `${doc('get', '/export', `Export ${r.plural} as CSV`)}router.get('/export', ${a}controller.exportCsv);\n` : ''}${r.hasStats ? `${doc('get', '/stats', `${r.Name} statistics (admin)`)}router.get('/stats', ${a}${adminGuard}controller.stats);\n` : ''}${doc('post', '/import', `Import ${r.plural} from parsed CSV rows`)}router.post('/import', ${a}controller.importRows);
${doc('post', '/bulk-delete', `Delete several ${r.plural}`)}router.post('/bulk-delete', ${a}controller.bulkRemove);
${doc('get', '/:id', `Get one ${r.name}`)}router.get('/:id', ${a}controller.getById);
${doc('post', '', `Create a ${r.name}`, body(`Create${r.Name}`))}router.post('/', ${a}${validated('create')}controller.create);
${doc('patch', '/:id', `Update a ${r.name}`, body(`Update${r.Name}`))}router.patch('/:id', ${a}${validated('update')}controller.update);
${doc('post', '/:id/duplicate', `Duplicate a ${r.name}`)}router.post('/:id/duplicate', ${a}controller.duplicate);
${doc('delete', '/:id', `Delete a ${r.name}`)}router.delete('/:id', ${a}controller.remove);

${exportDefault('router')}
`;
}

function expressController(svc: Service, r: Resource): string {
  const { ty, imp, spec, exportDefault } = T(svc);
  const types = svc.ts ? "import type { NextFunction, Request, Response } from 'express';\n" : '';
  const userId = svc.ts ? '(req as any).user.id as string' : 'req.user.id';
  const params = `req${ty(': Request')}, res${ty(': Response')}, next${ty(': NextFunction')}`;
  const fail = r.errors === 'leak' ? 'res.status(500).json({ error: (err as Error).message })' : 'next(err)';
  const failJs = r.errors === 'leak' ? 'res.status(500).json({ error: err.message })' : 'next(err)';
  const onError = svc.ts ? fail : failJs;
  const body =
    r.input === 'pick'
      ? `{ ${editable(r)
          .map((f) => `${f.name}: req.body.${f.name}`)
          .join(', ')} }`
      : 'req.body';
  return `
${types}${imp(`* as ${r.name}Service`, spec(`../services/${r.kebab}.service`))}
${imp('{ parsePagination }', spec('../utils/pagination'))}
${imp('{ parseDateRange }', spec('../utils/dates'))}
${r.hasExport ? imp('{ toCsv }', spec('../utils/csv')) : ''}

async function list(${params}) {
  try {
    const { page, pageSize, skip, take } = parsePagination(req.query${ty(' as Record<string, unknown>')});
    const result = await ${r.name}Service.list(${userId}, { skip, take, q: req.query.q${ty(' as string | undefined')} });
    res.json({ ...result, page, pageSize });
  } catch (err) {
    ${onError};
  }
}

async function getById(${params}) {
  try {
    const item = await ${r.name}Service.getById(${userId}, req.params.id);
    if (!item) {
      return res.status(404).json({ error: '${r.Name} not found' });
    }
    res.json(item);
  } catch (err) {
    ${onError};
  }
}

async function create(${params}) {
  try {
    const item = await ${r.name}Service.create(${userId}, ${body});
    res.status(201).json(item);
  } catch (err) {
    ${onError};
  }
}

async function update(${params}) {
  try {
    const item = await ${r.name}Service.update(${userId}, req.params.id, ${body});
    if (!item) {
      return res.status(404).json({ error: '${r.Name} not found' });
    }
    res.json(item);
  } catch (err) {
    ${onError};
  }
}

async function remove(${params}) {
  try {
    const removed = await ${r.name}Service.remove(${userId}, req.params.id);
    if (!removed) {
      return res.status(404).json({ error: '${r.Name} not found' });
    }
    res.status(204).end();
  } catch (err) {
    ${onError};
  }
}
${
  r.hasExport
    ? `
async function exportCsv(${params}) {
  try {
    const { items } = await ${r.name}Service.list(${userId}, { skip: 0, take: 10000 });
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="${r.plural}.csv"');
    res.send(toCsv(items${ty(' as Record<string, unknown>[]')}));
  } catch (err) {
    next(err);
  }
}
`
    : ''
}${
  r.hasStats
    ? `
async function stats(${params}) {
  try {
    res.json(await ${r.name}Service.stats());
  } catch (err) {
    next(err);
  }
}
`
    : ''
}
async function bulkRemove(${params}) {
  try {
    const ids = Array.isArray(req.body?.ids) ? req.body.ids.filter((id${ty(': unknown')}) => typeof id === 'string') : [];
    if (ids.length === 0) {
      return res.status(400).json({ error: 'ids must be a non-empty array of strings' });
    }
    res.json(await ${r.name}Service.bulkRemove(${userId}, ids));
  } catch (err) {
    next(err);
  }
}

async function duplicate(${params}) {
  try {
    const copy = await ${r.name}Service.duplicate(${userId}, req.params.id);
    if (!copy) {
      return res.status(404).json({ error: '${r.Name} not found' });
    }
    res.status(201).json(${r.name}Service.toDto(copy));
  } catch (err) {
    next(err);
  }
}

async function importRows(${params}) {
  try {
    const rows = req.body?.rows;
    if (!Array.isArray(rows) || rows.length > 1000) {
      return res.status(400).json({ error: 'rows must be an array of at most 1000 objects' });
    }
    const result = await ${r.name}Service.importRows(${userId}, rows);
    res.status(result.errors.length > 0 ? 207 : 201).json(result);
  } catch (err) {
    next(err);
  }
}

async function summary(${params}) {
  try {
    const { from, to } = parseDateRange(req.query.from, req.query.to);
    const days = await ${r.name}Service.summarize(${userId}, from, to);
    res.json({ from: from.toISOString(), to: to.toISOString(), days });
  } catch (err) {
    next(err);
  }
}

${exportDefault(`{ list, getById, create, update, remove, bulkRemove, duplicate, importRows, summary${r.hasExport ? ', exportCsv' : ''}${r.hasStats ? ', stats' : ''} }`)}
`;
}

function expressTest(svc: Service, r: Resource): string {
  const { ty, spec } = T(svc);
  const url = `${svc.prefix}/${r.kebab}s`;
  const esm = svc.esm || svc.ts;
  const first = editable(r)[0]!;
  return `
${esm ? "import request from 'supertest';\nimport jwt from 'jsonwebtoken';\nimport { beforeEach, describe, expect, it, vi } from 'vitest';" : "const request = require('supertest');\nconst jwt = require('jsonwebtoken');\nconst { beforeEach, describe, expect, it, vi } = require('vitest');"}
${esm ? `import app from '${spec('../src/app')}';\nimport * as service from '${spec(`../src/services/${r.kebab}.service`)}';` : `const app = require('../src/app');\nconst service = require('../src/services/${r.kebab}.service');`}

vi.mock('${spec(`../src/services/${r.kebab}.service`)}');

process.env.JWT_SECRET = process.env.JWT_SECRET || 'test-secret-for-unit-tests-only';

function tokenFor(sub${ty(': string')}, role = 'member') {
  return jwt.sign({ sub, role }, process.env.JWT_SECRET${ty(' as string')}, { expiresIn: '5m' });
}

const sample = {
  id: '11111111-1111-1111-1111-111111111111',
${editable(r)
  .map((f) => `  ${f.name}: ${sampleValue(f)},`)
  .join('\n')}
};

describe('${url}', () => {
  beforeEach(() => {
    vi.resetAllMocks();
  });

  it('rejects requests without a token', async () => {
    const res = await request(app).get('${url}');
    expect(res.status).toBe(401);
  });

  it('lists the caller\\'s ${r.plural}', async () => {
    vi.mocked(service.list).mockResolvedValue({ items: [sample], total: 1 }${ty(' as any')});
    const res = await request(app).get('${url}').set('Authorization', \`Bearer \${tokenFor('user-1')}\`);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(service.list).toHaveBeenCalledWith('user-1', expect.objectContaining({ skip: 0 }));
  });

  it('returns 404 for an unknown id', async () => {
    vi.mocked(service.getById).mockResolvedValue(null${ty(' as any')});
    const res = await request(app).get('${url}/does-not-exist').set('Authorization', \`Bearer \${tokenFor('user-1')}\`);
    expect(res.status).toBe(404);
  });

  it('creates a ${r.name}', async () => {
    vi.mocked(service.create).mockResolvedValue(sample${ty(' as any')});
    const res = await request(app)
      .post('${url}')
      .set('Authorization', \`Bearer \${tokenFor('user-1')}\`)
      .send({ ${first.name}: ${sampleValue(first).replace('new Date()', "'2025-01-01'")} });
    expect(res.status).toBe(201);
    expect(res.body.id).toBe(sample.id);
  });

  it('deletes a ${r.name}', async () => {
    vi.mocked(service.remove).mockResolvedValue(true);
    const res = await request(app).delete(\`${url}/\${sample.id}\`).set('Authorization', \`Bearer \${tokenFor('user-1')}\`);
    expect(res.status).toBe(204);
  });

  it('reports missing ids on bulk delete', async () => {
    vi.mocked(service.bulkRemove).mockResolvedValue({ removed: 1, missing: ['x'] });
    const res = await request(app)
      .post('${url}/bulk-delete')
      .set('Authorization', \`Bearer \${tokenFor('user-1')}\`)
      .send({ ids: [sample.id, 'x'] });
    expect(res.status).toBe(200);
    expect(res.body.missing).toEqual(['x']);
  });
});
`;
}

function expressAuthRoutes(svc: Service, rng: Rng): string {
  const { ty, imp, impDefault, spec, exportDefault } = T(svc);
  const limiter = svc.rateLimit === 'auth' ? 'authLimiter, ' : '';
  const userLookup: Record<DataLayer, string> = {
    prisma: 'await prisma.user.findUnique({ where: { email } })',
    mongoose: "await User.findOne({ email }).select('+passwordHash')",
    sequelize: 'await User.findOne({ where: { email } })',
    pg: '(await pool.query(\'SELECT id, email, password_hash AS "passwordHash", role FROM users WHERE email = $1\', [email])).rows[0]',
    drizzle: '(await db.select().from(users).where(eq(users.email, email)))[0]',
  };
  const dbImport: Record<DataLayer, string> = {
    prisma: imp('{ prisma }', spec('../db/index')),
    mongoose: impDefault('User', spec('../models/user.model')),
    sequelize: impDefault('User', spec('../models/user.model')),
    pg: imp('{ pool }', spec('../db/index')),
    drizzle: `${imp('{ db }', spec('../db/index'))}\n${imp('{ users }', spec('../db/schema'))}\n${imp('{ eq }', 'drizzle-orm')}`,
  };
  const expires = rng.chance(0.85) ? `, { expiresIn: '${rng.pick(['15m', '1h', '12h', '7d'])}' }` : '';
  return `
${imp('{ Router }', 'express')}
${impDefault('bcrypt', 'bcryptjs')}
${impDefault('jwt', 'jsonwebtoken')}
${dbImport[svc.db]}
${svc.rateLimit === 'auth' ? imp('{ authLimiter }', spec('../middleware/rate-limit')) : ''}

const router = Router();

router.post('/login', ${limiter}async (req, res, next) => {
  try {
    const { email, password } = req.body${ty(' as { email?: unknown; password?: unknown }')};
    if (typeof email !== 'string' || typeof password !== 'string') {
      return res.status(400).json({ error: 'email and password are required' });
    }
    const user${ty(': any')} = ${userLookup[svc.db]};
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      return res.status(401).json({ error: 'Invalid credentials' });
    }
    const token = jwt.sign({ sub: String(user.id), role: user.role }, process.env.JWT_SECRET${ty(' as string')}${expires});
    res.json({ token });
  } catch (err) {
    next(err);
  }
});

router.post('/logout', (_req, res) => {
  res.status(204).end();
});

${exportDefault('router')}
`;
}

// ---------------------------------------------------------------------------------------------------
// data-layer services (shared by Express and Fastify)

function serviceFile(svc: Service, r: Resource, rng: Rng): string {
  const { ty, imp, impDefault, spec, exportFn, exportNames } = T(svc);
  const fields = publicFields(r);
  const typeDecl = svc.ts
    ? `export interface ${r.Name} {\n  id: string;\n  ${r.owner}: string;\n${r.fields.map((f) => `  ${f.name}: ${tsType(f)} | null;`).join('\n')}\n  createdAt: Date;\n  updatedAt: Date;\n}\n\nexport interface ListOptions {\n  skip: number;\n  take: number;\n  q?: string;\n}\n`
    : '';
  const q = rng.pick(
    fields
      .filter((f) => f.type === 'string')
      .map((f) => f.name)
      .concat(['name']),
  );
  const select = fields.map((f) => f.name);
  const fn = (code: string) => exportFn(code);
  let impl = '';
  switch (svc.db) {
    case 'prisma': {
      const m = `prisma.${r.name}`;
      const sel = `{ id: true, ${select.map((s) => `${s}: true`).join(', ')}, createdAt: true }`;
      impl = `
${imp('{ prisma }', spec('../db/index'))}

const ${r.name}Select = ${sel};

${fn(`async function list(ownerId${ty(': string')}, { skip, take, q }${ty(': ListOptions')}) {
  const where = {
    ${r.owner}: ownerId,
    ...(q ? { ${q}: { contains: q, mode: 'insensitive'${ty(' as const')} } } : {}),
  };
  const [items, total] = await Promise.all([
    ${m}.findMany({ where, select: ${r.name}Select, skip, take, orderBy: { createdAt: 'desc' } }),
    ${m}.count({ where }),
  ]);
  return { items, total };
}`)}

${fn(`async function getById(ownerId${ty(': string')}, id${ty(': string')}) {
  ${
    r.ownership === 'where'
      ? `return ${m}.findFirst({ where: { id, ${r.owner}: ownerId }, select: ${r.name}Select });`
      : r.ownership === 'after'
        ? `const item = await ${m}.findUnique({ where: { id } });\n  if (!item || item.${r.owner} !== ownerId) return null;\n  return item;`
        : `return ${m}.findUnique({ where: { id } });`
  }
}`)}

${fn(`async function create(ownerId${ty(': string')}, data${ty(': Record<string, any>')}) {
  return ${m}.create({ data: { ...data, ${r.owner}: ownerId }, select: ${r.name}Select });
}`)}

${fn(`async function update(ownerId${ty(': string')}, id${ty(': string')}, data${ty(': Record<string, any>')}) {
  const existing = await ${m}.findFirst({ where: { id, ${r.owner}: ownerId }, select: { id: true } });
  if (!existing) return null;
  return ${m}.update({ where: { id }, data, select: ${r.name}Select });
}`)}

${fn(`async function remove(ownerId${ty(': string')}, id${ty(': string')}) {
  const { count } = await ${m}.deleteMany({ where: { id${r.ownership === 'none' ? '' : `, ${r.owner}: ownerId`} } });
  return count > 0;
}`)}

${fn(`async function stats() {
  const [total, recent] = await Promise.all([
    ${m}.count(),
    ${m}.count({ where: { createdAt: { gte: new Date(Date.now() - 7 * 24 * 3600 * 1000) } } }),
  ]);
  return { total, recent };
}`)}
`;
      break;
    }
    case 'mongoose': {
      impl = `
${impDefault(r.Name + 'Model', spec(`../models/${r.kebab}.model`))}

const PUBLIC_FIELDS = '${select.join(' ')} createdAt';

${fn(`async function list(ownerId${ty(': string')}, { skip, take, q }${ty(': ListOptions')}) {
  const filter${ty(': Record<string, unknown>')} = { ${r.owner}: ownerId };
  if (q) filter.${q} = { $regex: q.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&'), $options: 'i' };
  const [items, total] = await Promise.all([
    ${r.Name}Model.find(filter).select(PUBLIC_FIELDS).sort({ createdAt: -1 }).skip(skip).limit(take).lean(),
    ${r.Name}Model.countDocuments(filter),
  ]);
  return { items, total };
}`)}

${fn(`async function getById(ownerId${ty(': string')}, id${ty(': string')}) {
  ${
    r.ownership === 'where'
      ? `return ${r.Name}Model.findOne({ _id: id, ${r.owner}: ownerId }).select(PUBLIC_FIELDS).lean();`
      : r.ownership === 'after'
        ? `const doc = await ${r.Name}Model.findById(id).lean();\n  if (!doc || String(doc.${r.owner}) !== ownerId) return null;\n  return doc;`
        : `return ${r.Name}Model.findById(id).lean();`
  }
}`)}

${fn(`async function create(ownerId${ty(': string')}, data${ty(': Record<string, any>')}) {
  const doc = await ${r.Name}Model.create({ ...data, ${r.owner}: ownerId });
  return doc.toObject();
}`)}

${fn(`async function update(ownerId${ty(': string')}, id${ty(': string')}, data${ty(': Record<string, any>')}) {
  return ${r.Name}Model.findOneAndUpdate({ _id: id, ${r.owner}: ownerId }, data, { new: true, runValidators: true })
    .select(PUBLIC_FIELDS)
    .lean();
}`)}

${fn(`async function remove(ownerId${ty(': string')}, id${ty(': string')}) {
  const res = await ${r.Name}Model.deleteOne({ _id: id${r.ownership === 'none' ? '' : `, ${r.owner}: ownerId`} });
  return res.deletedCount > 0;
}`)}

${fn(`async function stats() {
  const rows = await ${r.Name}Model.aggregate([
    { $group: { _id: '$${r.owner}', count: { $sum: 1 } } },
    { $sort: { count: -1 } },
    { $limit: 10 },
  ]);
  return { top: rows };
}`)}
`;
      break;
    }
    case 'sequelize': {
      impl = `
${impDefault(r.Name, spec(`../models/${r.kebab}.model`))}
${imp('{ Op }', 'sequelize')}

const ATTRIBUTES = ['id', ${select.map((s) => `'${s}'`).join(', ')}, 'createdAt'];

${fn(`async function list(ownerId${ty(': string')}, { skip, take, q }${ty(': ListOptions')}) {
  const where${ty(': any')} = { ${r.owner}: ownerId };
  if (q) where.${q} = { [Op.iLike]: '%' + q + '%' };
  const { rows, count } = await ${r.Name}.findAndCountAll({ where, attributes: ATTRIBUTES, offset: skip, limit: take, order: [['createdAt', 'DESC']] });
  return { items: rows, total: count };
}`)}

${fn(`async function getById(ownerId${ty(': string')}, id${ty(': string')}) {
  ${
    r.ownership === 'where'
      ? `return ${r.Name}.findOne({ where: { id, ${r.owner}: ownerId }, attributes: ATTRIBUTES });`
      : r.ownership === 'after'
        ? `const row${ty(': any')} = await ${r.Name}.findByPk(id);\n  if (!row || row.${r.owner} !== ownerId) return null;\n  return row;`
        : `return ${r.Name}.findByPk(id);`
  }
}`)}

${fn(`async function create(ownerId${ty(': string')}, data${ty(': Record<string, any>')}) {
  return ${r.Name}.create({ ...data, ${r.owner}: ownerId });
}`)}

${fn(`async function update(ownerId${ty(': string')}, id${ty(': string')}, data${ty(': Record<string, any>')}) {
  const row = await ${r.Name}.findOne({ where: { id, ${r.owner}: ownerId } });
  if (!row) return null;
  await row.update(data);
  return row;
}`)}

${fn(`async function remove(ownerId${ty(': string')}, id${ty(': string')}) {
  const count = await ${r.Name}.destroy({ where: { id${r.ownership === 'none' ? '' : `, ${r.owner}: ownerId`} } });
  return count > 0;
}`)}

${fn(`async function stats() {
  const total = await ${r.Name}.count();
  return { total };
}`)}
`;
      break;
    }
    case 'pg': {
      const cols = ['id', ...select.map(snake), 'created_at'].join(', ');
      const injected = rng.chance(0.25);
      impl = `
${imp('{ pool }', spec('../db/index'))}

const COLUMNS = '${cols}';

${fn(`async function list(ownerId${ty(': string')}, { skip, take, q }${ty(': ListOptions')}) {
  ${
    injected
      ? `const search = q ? \` AND ${snake(q)} ILIKE '%\${q}%'\` : '';
  const { rows } = await pool.query(
    \`SELECT \${COLUMNS} FROM ${r.table} WHERE ${snake(r.owner)} = $1\${search} ORDER BY created_at DESC LIMIT $2 OFFSET $3\`,
    [ownerId, take, skip],
  );`
      : `const params${ty(': unknown[]')} = [ownerId, take, skip];
  let search = '';
  if (q) {
    params.push('%' + q + '%');
    search = ' AND ${snake(q)} ILIKE $4';
  }
  const { rows } = await pool.query(
    \`SELECT \${COLUMNS} FROM ${r.table} WHERE ${snake(r.owner)} = $1\${search} ORDER BY created_at DESC LIMIT $2 OFFSET $3\`,
    params,
  );`
  }
  const { rows: countRows } = await pool.query('SELECT COUNT(*)::int AS total FROM ${r.table} WHERE ${snake(r.owner)} = $1', [ownerId]);
  return { items: rows, total: countRows[0].total };
}`)}

${fn(`async function getById(ownerId${ty(': string')}, id${ty(': string')}) {
  ${
    r.ownership === 'none'
      ? `const { rows } = await pool.query('SELECT * FROM ${r.table} WHERE id = $1', [id]);`
      : `const { rows } = await pool.query(\`SELECT \${COLUMNS} FROM ${r.table} WHERE id = $1 AND ${snake(r.owner)} = $2\`, [id, ownerId]);`
  }
  return rows[0] ?? null;
}`)}

${fn(`async function create(ownerId${ty(': string')}, data${ty(': Record<string, any>')}) {
  const { rows } = await pool.query(
    \`INSERT INTO ${r.table} (${snake(r.owner)}, ${select.map(snake).join(', ')}) VALUES ($1, ${select.map((_, i) => `$${i + 2}`).join(', ')}) RETURNING \${COLUMNS}\`,
    [ownerId, ${select.map((s) => `data.${s} ?? null`).join(', ')}],
  );
  return rows[0];
}`)}

${fn(`async function update(ownerId${ty(': string')}, id${ty(': string')}, data${ty(': Record<string, any>')}) {
  const { rows } = await pool.query(
    \`UPDATE ${r.table} SET ${select.map((s, i) => `${snake(s)} = COALESCE($${i + 3}, ${snake(s)})`).join(', ')}, updated_at = now()
      WHERE id = $1 AND ${snake(r.owner)} = $2 RETURNING \${COLUMNS}\`,
    [id, ownerId, ${select.map((s) => `data.${s} ?? null`).join(', ')}],
  );
  return rows[0] ?? null;
}`)}

${fn(`async function remove(ownerId${ty(': string')}, id${ty(': string')}) {
  const { rowCount } = await pool.query('DELETE FROM ${r.table} WHERE id = $1${r.ownership === 'none' ? "'" : ` AND ${snake(r.owner)} = $2'`}, [id${r.ownership === 'none' ? '' : ', ownerId'}]);
  return (rowCount ?? 0) > 0;
}`)}

${fn(`async function stats() {
  const { rows } = await pool.query('SELECT date_trunc(\\'day\\', created_at) AS day, COUNT(*)::int AS count FROM ${r.table} GROUP BY 1 ORDER BY 1 DESC LIMIT 30');
  return { daily: rows };
}`)}
`;
      break;
    }
    case 'drizzle': {
      impl = `
${imp('{ db }', spec('../db/index'))}
${imp(`{ ${r.plural} }`, spec('../db/schema'))}
${imp('{ and, count, desc, eq, ilike }', 'drizzle-orm')}

const columns = {
  id: ${r.plural}.id,
${select.map((s) => `  ${s}: ${r.plural}.${s},`).join('\n')}
  createdAt: ${r.plural}.createdAt,
};

${fn(`async function list(ownerId${ty(': string')}, { skip, take, q }${ty(': ListOptions')}) {
  const where = q ? and(eq(${r.plural}.${r.owner}, ownerId), ilike(${r.plural}.${q}, '%' + q + '%')) : eq(${r.plural}.${r.owner}, ownerId);
  const items = await db.select(columns).from(${r.plural}).where(where).orderBy(desc(${r.plural}.createdAt)).limit(take).offset(skip);
  const [{ value }] = await db.select({ value: count() }).from(${r.plural}).where(where);
  return { items, total: value };
}`)}

${fn(`async function getById(ownerId${ty(': string')}, id${ty(': string')}) {
  ${
    r.ownership === 'where'
      ? `const [row] = await db.select(columns).from(${r.plural}).where(and(eq(${r.plural}.id, id), eq(${r.plural}.${r.owner}, ownerId)));\n  return row ?? null;`
      : r.ownership === 'after'
        ? `const [row] = await db.select().from(${r.plural}).where(eq(${r.plural}.id, id));\n  if (!row || row.${r.owner} !== ownerId) return null;\n  return row;`
        : `const [row] = await db.select().from(${r.plural}).where(eq(${r.plural}.id, id));\n  return row ?? null;`
  }
}`)}

${fn(`async function create(ownerId${ty(': string')}, data${ty(': Record<string, any>')}) {
  const [row] = await db.insert(${r.plural}).values({ ...data, ${r.owner}: ownerId }).returning(columns);
  return row;
}`)}

${fn(`async function update(ownerId${ty(': string')}, id${ty(': string')}, data${ty(': Record<string, any>')}) {
  const [row] = await db
    .update(${r.plural})
    .set({ ...data, updatedAt: new Date() })
    .where(and(eq(${r.plural}.id, id), eq(${r.plural}.${r.owner}, ownerId)))
    .returning(columns);
  return row ?? null;
}`)}

${fn(`async function remove(ownerId${ty(': string')}, id${ty(': string')}) {
  const rows = await db.delete(${r.plural}).where(${r.ownership === 'none' ? `eq(${r.plural}.id, id)` : `and(eq(${r.plural}.id, id), eq(${r.plural}.${r.owner}, ownerId))`}).returning({ id: ${r.plural}.id });
  return rows.length > 0;
}`)}

${fn(`async function stats() {
  const [{ value }] = await db.select({ value: count() }).from(${r.plural});
  return { total: value };
}`)}
`;
      break;
    }
  }
  const split = impl.indexOf('\n\n', 1);
  const imports = `${impl.slice(0, split)}\n${imp('{ formatIsoDate }', spec('../utils/dates'))}`;
  return `${imports}\n\n${typeDecl}${impl.slice(split)}${extraServiceMethods(svc, r)}${exportNames([
    'list',
    'getById',
    'create',
    'update',
    'remove',
    'stats',
    'toDto',
    'bulkRemove',
    'duplicate',
    'importRows',
    'summarize',
  ])}\n`;
}

/** Data-layer independent helpers built on the CRUD functions: what services grow into over time. */
function extraServiceMethods(svc: Service, r: Resource): string {
  const { ty, exportFn } = T(svc);
  const fields = editable(r);
  const numeric = fields.filter((f) => f.type === 'number');
  const label = fields.find((f) => f.type === 'string');
  const check = (f: Field) => {
    switch (f.type) {
      case 'number':
        return `    if (row.${f.name} !== undefined && row.${f.name} !== '') {
      const value = Number(row.${f.name});
      if (!Number.isFinite(value) || value < 0) {
        error = '${f.name} must be a non-negative number';
      } else {
        data.${f.name} = value;
      }
    }`;
      case 'boolean':
        return `    if (row.${f.name} !== undefined) {
      data.${f.name} = row.${f.name} === true || row.${f.name} === 'true' || row.${f.name} === '1';
    }`;
      case 'date':
        return `    if (row.${f.name}) {
      const date = new Date(String(row.${f.name}));
      if (Number.isNaN(date.getTime())) {
        error = '${f.name} is not a valid date';
      } else {
        data.${f.name} = date;
      }
    }`;
      default:
        return `    if (typeof row.${f.name} === 'string' && row.${f.name}.trim() !== '') {
      data.${f.name} = row.${f.name}.trim().slice(0, ${f.name === 'description' || f.name === 'notes' ? 5000 : 200});
    }`;
    }
  };
  return `
/** Fields a client may set when creating, duplicating or importing ${r.plural}. */
const WRITABLE_FIELDS = [${fields.map((f) => `'${f.name}'`).join(', ')}];
${
  svc.ts
    ? `
export interface ImportResult {
  created: number;
  errors: { row: number; message: string }[];
}
`
    : ''
}
/** Maps a stored ${r.name} to the shape the API returns. */
${exportFn(`function toDto(row${ty(': any')}) {
  return {
    id: String(row.id ?? row._id),
${publicFields(r)
  .map((f) => `    ${f.name}: ${f.type === 'date' ? `formatIsoDate(row.${f.name})` : `row.${f.name} ?? null`},`)
  .join('\n')}
    createdAt: formatIsoDate(row.createdAt),
  };
}`)}

/**
 * Deletes several ${r.plural} of the owner. Unknown or foreign ids are reported back, not treated as errors.
 */
${exportFn(`async function bulkRemove(ownerId${ty(': string')}, ids${ty(': string[]')})${ty(': Promise<{ removed: number; missing: string[] }>')} {
  const missing${ty(': string[]')} = [];
  let removed = 0;
  for (const id of [...new Set(ids)].slice(0, 500)) {
    if (await remove(ownerId, id)) {
      removed++;
    } else {
      missing.push(id);
    }
  }
  return { removed, missing };
}`)}

${exportFn(`async function duplicate(ownerId${ty(': string')}, id${ty(': string')}) {
  const source${ty(': any')} = await getById(ownerId, id);
  if (!source) return null;
  const copy${ty(': Record<string, unknown>')} = {};
  for (const field of WRITABLE_FIELDS) {
    if (source[field] !== undefined && source[field] !== null) copy[field] = source[field];
  }
${label ? `  copy.${label.name} = \`\${source.${label.name} ?? ''} (copy)\`.trim();\n` : ''}  return create(ownerId, copy);
}`)}

/**
 * Imports rows parsed from a CSV upload. Each row is checked field by field; invalid rows are skipped
 * and reported with their 1-based row number.
 */
${exportFn(`async function importRows(ownerId${ty(': string')}, rows${ty(': Record<string, unknown>[]')})${ty(': Promise<ImportResult>')} {
  const result${ty(': ImportResult')} = { created: 0, errors: [] };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]${ty('!')};
    const data${ty(': Record<string, unknown>')} = {};
    let error${ty(': string | null')} = null;
${fields.map(check).join('\n')}
    if (error) {
      result.errors.push({ row: i + 1, message: error });
      continue;
    }
    try {
      await create(ownerId, data);
      result.created++;
    } catch {
      result.errors.push({ row: i + 1, message: 'could not be saved' });
    }
  }
  return result;
}`)}

/** Daily counts${numeric.length ? ' and totals' : ''} of the owner's ${r.plural} between two dates. */
${exportFn(`async function summarize(ownerId${ty(': string')}, from${ty(': Date')}, to${ty(': Date')}) {
  const { items } = await list(ownerId, { skip: 0, take: 5000 });
  const buckets = new Map${ty(`<string, { count: number${numeric.map((f) => `; ${f.name}: number`).join('')} }>`)}();
  for (const item of items${ty(' as any[]')}) {
    const created = new Date(item.createdAt);
    if (created < from || created > to) continue;
    const key = formatIsoDate(created) ?? 'unknown';
    const bucket = buckets.get(key) ?? { count: 0${numeric.map((f) => `, ${f.name}: 0`).join('')} };
    bucket.count++;
${numeric.map((f) => `    bucket.${f.name} += Number(item.${f.name} ?? 0);`).join('\n')}
    buckets.set(key, bucket);
  }
  return [...buckets.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, bucket]) => ({ day, ...bucket }));
}`)}
`;
}

function mongooseModel(svc: Service, r: Resource): string {
  const { impDefault, exportDefault } = T(svc);
  const mt = (f: Field) =>
    f.type === 'string' ? 'String' : f.type === 'number' ? 'Number' : f.type === 'boolean' ? 'Boolean' : 'Date';
  return `
${impDefault('mongoose', 'mongoose')}

const ${r.name}Schema = new mongoose.Schema(
  {
    ${r.owner}: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true, index: true },
${r.fields.map((f) => `    ${f.name}: { type: ${mt(f)}${f.sensitive ? ', select: false' : ''}${f.name === 'title' || f.name === 'name' ? ', required: true, trim: true' : ''} },`).join('\n')}
  },
  { timestamps: true },
);

${r.fields.some((f) => f.name === 'title' || f.name === 'name') ? `${r.name}Schema.index({ ${r.fields.find((f) => f.name === 'title' || f.name === 'name')!.name}: 'text' });\n` : ''}
const ${r.Name}Model = mongoose.models.${r.Name} || mongoose.model('${r.Name}', ${r.name}Schema);

${exportDefault(`${r.Name}Model`)}
`;
}

function sequelizeModel(svc: Service, r: Resource): string {
  const { imp, spec, exportDefault } = T(svc);
  const dt = (f: Field) =>
    f.type === 'string'
      ? f.name === 'description' || f.name === 'notes'
        ? 'TEXT'
        : 'STRING'
      : f.type === 'number'
        ? 'DECIMAL(12, 2)'
        : f.type === 'boolean'
          ? 'BOOLEAN'
          : 'DATE';
  return `
${imp('{ DataTypes }', 'sequelize')}
${imp('{ sequelize }', spec('../db/index'))}

const ${r.Name} = sequelize.define(
  '${r.Name}',
  {
    id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
    ${r.owner}: { type: DataTypes.UUID, allowNull: false },
${r.fields.map((f) => `    ${f.name}: { type: DataTypes.${dt(f)}, allowNull: true },`).join('\n')}
  },
  {
    tableName: '${r.table}',
    underscored: true,
    ${
      r.fields.some((f) => f.sensitive)
        ? `defaultScope: { attributes: { exclude: [${r.fields
            .filter((f) => f.sensitive)
            .map((f) => `'${f.name}'`)
            .join(', ')}] } },`
        : ''
    }
  },
);

${exportDefault(r.Name)}
`;
}

function pgMapper(svc: Service, r: Resource): string {
  const { ty, exportFn, exportNames } = T(svc);
  return `
${svc.ts ? `export interface ${r.Name}Row {\n  id: string;\n${r.fields.map((f) => `  ${snake(f.name)}: ${tsType(f)} | null;`).join('\n')}\n  created_at: Date;\n}\n` : ''}
${exportFn(`function to${r.Name}Dto(row${ty(`: ${r.Name}Row`)}) {
  return {
    id: row.id,
${publicFields(r)
  .map((f) => `    ${f.name}: row.${snake(f.name)},`)
  .join('\n')}
    createdAt: row.created_at,
  };
}`)}
${exportNames([`to${r.Name}Dto`])}
`;
}

function drizzleSchema(svc: Service): string {
  const { imp, exportFn } = T(svc);
  const col = (f: Field) =>
    f.type === 'string'
      ? `text('${snake(f.name)}')`
      : f.type === 'number'
        ? `integer('${snake(f.name)}')`
        : f.type === 'boolean'
          ? `boolean('${snake(f.name)}').default(false)`
          : `timestamp('${snake(f.name)}')`;
  const owners = new Set(svc.resources.map((r) => r.owner));
  return `
${imp('{ boolean, integer, pgTable, text, timestamp, uuid }', 'drizzle-orm/pg-core')}

${exportFn(`const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  role: text('role').notNull().default('member'),
  createdAt: timestamp('created_at').notNull().defaultNow(),
});`)}
${svc.resources
  .map(
    (r) => `
${exportFn(`const ${r.plural} = pgTable('${r.table}', {
  id: uuid('id').primaryKey().defaultRandom(),
  ${r.owner}: uuid('${snake(r.owner)}').notNull().references(() => users.id),
${r.fields.map((f) => `  ${f.name}: ${col(f)},`).join('\n')}
  createdAt: timestamp('created_at').notNull().defaultNow(),
  updatedAt: timestamp('updated_at').notNull().defaultNow(),
});`)}`,
  )
  .join('\n')}
${owners.size > 0 ? '' : ''}
`;
}

// ---------------------------------------------------------------------------------------------------
// Fastify

function fastifyService(svc: Service, files: Files, rng: Rng) {
  const { ty, ext, spec, imp, impDefault, exportDefault } = T(svc);
  const base = 'src';
  const deps: Record<string, string> = {
    fastify: '^5.2.1',
    '@fastify/jwt': '^9.0.3',
    'fastify-plugin': '^5.0.1',
    zod: '^3.24.1',
  };
  if (svc.rateLimit !== 'none') deps['@fastify/rate-limit'] = '^10.2.1';
  if (svc.db === 'prisma') deps['@prisma/client'] = '^6.2.1';
  if (svc.db === 'pg') deps['@fastify/postgres'] = '^6.0.1';
  if (svc.db === 'drizzle') Object.assign(deps, { 'drizzle-orm': '^0.38.3', postgres: '^3.4.5' });
  files.add(
    'package.json',
    JSON.stringify(
      {
        name: `@corp/${svc.name}`,
        version: '1.0.0',
        private: true,
        ...(svc.esm ? { type: 'module' } : {}),
        dependencies: deps,
      },
      null,
      2,
    ) + '\n',
  );
  const dbFile: Record<string, string> = {
    prisma: `${imp('{ PrismaClient }', '@prisma/client')}\n\nexport const prisma = new PrismaClient();\n`,
    pg: `${impDefault('pg', 'pg')}\n\nexport const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });\n`,
    drizzle: `${imp('{ drizzle }', 'drizzle-orm/postgres-js')}\n${impDefault('postgres', 'postgres')}\n${imp('* as schema', spec('./schema'))}\n\nexport const db = drizzle(postgres(process.env.DATABASE_URL${ty(' as string')}), { schema });\n`,
  };
  // Fastify services reuse the shared service templates, which import ../db/index
  const cjs = (s: string) =>
    svc.esm || svc.ts ? s : s.replace(/^export const (\w+) = (.*)$/m, 'const $1 = $2\nmodule.exports = { $1 };');
  files.add(`${base}/db/index.${ext}`, cjs(dbFile[svc.db]!));
  if (svc.db === 'drizzle') files.add(`${base}/db/schema.${ext}`, drizzleSchema(svc));
  utilityFiles(svc, files, base, rng);

  files.add(
    `${base}/plugins/auth.${ext}`,
    `
${impDefault('fp', 'fastify-plugin')}
${impDefault('fastifyJwt', '@fastify/jwt')}
${svc.ts ? "import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';\n\ndeclare module 'fastify' {\n  interface FastifyInstance {\n    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;\n  }\n}\n" : ''}
${exportDefault(`fp(async (fastify${ty(': FastifyInstance')}) => {
  await fastify.register(fastifyJwt, {
    secret: process.env.JWT_SECRET${ty(' as string')},
    sign: { expiresIn: '${rng.pick(['15m', '1h', '8h'])}' },
  });

  fastify.decorate('authenticate', async (request${ty(': FastifyRequest')}, reply${ty(': FastifyReply')}) => {
    try {
      await request.jwtVerify();
    } catch {
      reply.code(401).send({ error: 'Unauthorized' });
    }
  });
})`)}
`,
  );

  for (const r of svc.resources) {
    files.add(`${base}/schemas/${r.kebab}.${ext}`, validatorFile(svc, r));
    files.add(`${base}/services/${r.kebab}.service.${ext}`, serviceFile(svc, r, rng));
    const userId = svc.ts ? '(request.user as { sub: string }).sub' : 'request.user.sub';
    const body = r.input === 'raw' ? 'request.body' : `create${r.Name}Schema.parse(request.body)`;
    const upd = r.input === 'raw' ? 'request.body' : `update${r.Name}Schema.parse(request.body)`;
    const hookInside = rng.chance(0.75);
    files.add(
      `${base}/routes/${r.kebab}.routes.${ext}`,
      `
${svc.ts ? "import type { FastifyPluginAsync } from 'fastify';\n" : ''}${imp(`* as ${r.name}Service`, spec(`../services/${r.kebab}.service`))}
${imp(`{ create${r.Name}Schema, update${r.Name}Schema, list${r.Name}QuerySchema }`, spec(`../schemas/${r.kebab}`))}
${imp('{ parsePagination }', spec('../utils/pagination'))}

const ${r.name}Routes${ty(': FastifyPluginAsync')} = async (fastify) => {
  ${hookInside ? "fastify.addHook('onRequest', fastify.authenticate);" : ''}

  fastify.get('/', ${hookInside ? '' : '{ onRequest: [fastify.authenticate] }, '}async (request) => {
    const query = list${r.Name}QuerySchema.parse(request.query);
    const { skip, take, page, pageSize } = parsePagination(query);
    const result = await ${r.name}Service.list(${userId}, { skip, take, q: query.q });
    return { ...result, page, pageSize };
  });

  fastify.get${ty('<{ Params: { id: string } }>')}('/:id', async (request, reply) => {
    const item = await ${r.name}Service.getById(${userId}, request.params.id);
    if (!item) return reply.code(404).send({ error: '${r.Name} not found' });
    return item;
  });

  fastify.post('/', async (request, reply) => {
    const item = await ${r.name}Service.create(${userId}, ${body}${ty(' as Record<string, unknown>')});
    return reply.code(201).send(item);
  });

  fastify.patch${ty('<{ Params: { id: string } }>')}('/:id', async (request, reply) => {
    const item = await ${r.name}Service.update(${userId}, request.params.id, ${upd}${ty(' as Record<string, unknown>')});
    if (!item) return reply.code(404).send({ error: '${r.Name} not found' });
    return item;
  });

  fastify.delete${ty('<{ Params: { id: string } }>')}('/:id', async (request, reply) => {
    const removed = await ${r.name}Service.remove(${userId}, request.params.id);
    return reply.code(removed ? 204 : 404).send();
  });
};

${exportDefault(`${r.name}Routes`)}
`,
    );
  }
  if (svc.tests) {
    for (const r of svc.resources) {
      const url = `${svc.prefix}/${r.kebab}s`;
      files.add(
        `test/${r.kebab}.test.${ext}`,
        `
${imp('{ after, before, describe, it }', 'node:test')}
${impDefault('assert', 'node:assert/strict')}
${imp('{ buildApp }', spec('../src/app'))}

describe('${url}', () => {
  let app${ty(': Awaited<ReturnType<typeof buildApp>>')};
  let token${ty(': string')};

  before(async () => {
    process.env.JWT_SECRET ??= 'test-secret-for-unit-tests-only';
    app = await buildApp();
    await app.ready();
    token = app.jwt.sign({ sub: 'user-1' });
  });

  after(() => app.close());

  it('requires a token', async () => {
    const res = await app.inject({ method: 'GET', url: '${url}' });
    assert.equal(res.statusCode, 401);
  });

  it('rejects an invalid body', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '${url}',
      headers: { authorization: \`Bearer \${token}\` },
      payload: { ${editable(r)[0]!.name}: ${editable(r)[0]!.type === 'number' ? "'not-a-number'" : '12345'} },
    });
    assert.equal(res.statusCode, 400);
  });

  it('returns 404 for an unknown id', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '${url}/00000000-0000-0000-0000-000000000000',
      headers: { authorization: \`Bearer \${token}\` },
    });
    assert.equal(res.statusCode, 404);
  });
});
`,
      );
    }
  }
  files.add(
    `${base}/app.${ext}`,
    `
${impDefault('Fastify', 'fastify')}
${impDefault('authPlugin', spec('./plugins/auth'))}
${svc.rateLimit !== 'none' ? impDefault('rateLimit', '@fastify/rate-limit') : ''}
${svc.resources.map((r) => impDefault(`${r.name}Routes`, spec(`./routes/${r.kebab}.routes`))).join('\n')}

${svc.esm || svc.ts ? 'export ' : ''}async function buildApp() {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' } });

  ${svc.rateLimit !== 'none' ? `await app.register(rateLimit, { max: ${rng.pick([100, 300])}, timeWindow: '1 minute' });` : ''}
  await app.register(authPlugin);

  app.get('/health', async () => ({ status: 'ok' }));

${svc.resources.map((r) => `  await app.register(${r.name}Routes, { prefix: '${svc.prefix}/${r.kebab}s' });`).join('\n')}

  app.setErrorHandler((error, request, reply) => {
    request.log.error(error);
    if (error.name === 'ZodError') {
      return reply.code(400).send({ error: 'Validation failed' });
    }
    return reply.code(error.statusCode ?? 500).send({ error: error.statusCode && error.statusCode < 500 ? error.message : 'Internal server error' });
  });

  return app;
}
${svc.esm || svc.ts ? '' : 'module.exports = { buildApp };'}
`,
  );
  files.add(
    `${base}/server.${ext}`,
    `
${imp('{ buildApp }', spec('./app'))}

buildApp()
  .then((app) => app.listen({ port: Number(process.env.PORT) || ${rng.int(3000, 4999)}, host: '0.0.0.0' }))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
`,
  );
}

// ---------------------------------------------------------------------------------------------------
// NestJS (TypeScript, CommonJS)

function nestService(svc: Service, files: Files, rng: Rng) {
  const base = 'src';
  const deps: Record<string, string> = {
    '@nestjs/common': '^10.4.15',
    '@nestjs/core': '^10.4.15',
    '@nestjs/jwt': '^10.2.0',
    '@nestjs/platform-express': '^10.4.15',
    '@nestjs/swagger': '^8.1.0',
    'class-validator': '^0.14.1',
    'class-transformer': '^0.5.1',
    'reflect-metadata': '^0.2.2',
    rxjs: '^7.8.1',
  };
  if (svc.db === 'prisma') deps['@prisma/client'] = '^6.2.1';
  else Object.assign(deps, { '@nestjs/mongoose': '^10.1.0', mongoose: '^8.9.2' });
  if (svc.rateLimit !== 'none') deps['@nestjs/throttler'] = '^6.3.0';
  files.add(
    'package.json',
    JSON.stringify({ name: `@corp/${svc.name}`, version: '1.0.0', private: true, dependencies: deps }, null, 2) + '\n',
  );
  utilityFiles(svc, files, `${base}/common`, rng);
  files.add(
    `${base}/main.ts`,
    `
import { NestFactory } from '@nestjs/core';
import { ValidationPipe } from '@nestjs/common';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.setGlobalPrefix('${svc.prefix.slice(1)}', { exclude: ['health'] });
  app.useGlobalPipes(new ValidationPipe({ whitelist: ${rng.chance(0.8)}, transform: true }));
  app.enableShutdownHooks();
  await app.listen(process.env.PORT ?? ${rng.int(3000, 4999)});
}
bootstrap();
`,
  );
  files.add(
    `${base}/common/auth.guard.ts`,
    `
import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const [type, token] = (request.headers.authorization ?? '').split(' ');
    if (type !== 'Bearer' || !token) throw new UnauthorizedException();
    try {
      request.user = await this.jwt.verifyAsync(token, { algorithms: ['HS256'] });
      return true;
    } catch {
      throw new UnauthorizedException();
    }
  }
}
`,
  );
  files.add(
    `${base}/common/user.decorator.ts`,
    `
import { createParamDecorator, ExecutionContext } from '@nestjs/common';

export interface JwtUser {
  sub: string;
  role: string;
}

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): JwtUser => {
  return ctx.switchToHttp().getRequest().user;
});
`,
  );
  if (svc.db === 'prisma') {
    files.add(
      `${base}/prisma/prisma.service.ts`,
      `
import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';

@Injectable()
export class PrismaService extends PrismaClient implements OnModuleInit, OnModuleDestroy {
  async onModuleInit() {
    await this.$connect();
  }

  async onModuleDestroy() {
    await this.$disconnect();
  }
}
`,
    );
  }
  files.add(
    `${base}/health.controller.ts`,
    `
import { Controller, Get } from '@nestjs/common';

@Controller('health')
export class HealthController {
  @Get()
  check() {
    return { status: 'ok', uptime: process.uptime() };
  }
}
`,
  );
  for (const r of svc.resources) {
    const dir = `${base}/${r.kebab}s`;
    const fields = editable(r);
    const dec = (f: Field) =>
      f.type === 'string'
        ? f.name === 'email'
          ? '@IsEmail()'
          : '@IsString()\n  @MaxLength(200)'
        : f.type === 'number'
          ? '@IsNumber()\n  @Min(0)'
          : f.type === 'boolean'
            ? '@IsBoolean()'
            : '@IsDateString()';
    files.add(
      `${dir}/dto/create-${r.kebab}.dto.ts`,
      `
import { IsBoolean, IsDateString, IsEmail, IsNumber, IsOptional, IsString, MaxLength, Min } from 'class-validator';

export class Create${r.Name}Dto {
${fields.map((f, i) => `  ${i === 0 ? '' : '@IsOptional()\n  '}${dec(f)}\n  ${f.name}${i === 0 ? '!' : '?'}: ${f.type === 'date' ? 'string' : f.type};`).join('\n\n')}
}
`,
    );
    files.add(
      `${dir}/dto/update-${r.kebab}.dto.ts`,
      `
import { PartialType } from '@nestjs/mapped-types';
import { Create${r.Name}Dto } from './create-${r.kebab}.dto';

export class Update${r.Name}Dto extends PartialType(Create${r.Name}Dto) {}
`,
    );
    const svcBody =
      svc.db === 'prisma'
        ? `
  constructor(private readonly prisma: PrismaService) {}

  findAll(ownerId: string, skip = 0, take = 50) {
    return this.prisma.${r.name}.findMany({ where: { ${r.owner}: ownerId }, skip, take, orderBy: { createdAt: 'desc' } });
  }

  async findOne(ownerId: string, id: string) {
    const item = await this.prisma.${r.name}.findUnique({ where: { id } });
    if (!item${r.ownership === 'none' ? '' : ` || item.${r.owner} !== ownerId`}) throw new NotFoundException('${r.Name} not found');
    return item;
  }

  create(ownerId: string, dto: Create${r.Name}Dto) {
    return this.prisma.${r.name}.create({ data: { ...dto, ${r.owner}: ownerId } });
  }

  async update(ownerId: string, id: string, dto: Update${r.Name}Dto) {
    await this.findOne(ownerId, id);
    return this.prisma.${r.name}.update({ where: { id }, data: dto });
  }

  async remove(ownerId: string, id: string) {
    const { count } = await this.prisma.${r.name}.deleteMany({ where: { id, ${r.owner}: ownerId } });
    if (count === 0) throw new NotFoundException('${r.Name} not found');
  }

  async bulkRemove(ownerId: string, ids: string[]) {
    const unique = [...new Set(ids)].slice(0, 500);
    const { count } = await this.prisma.${r.name}.deleteMany({ where: { id: { in: unique }, ${r.owner}: ownerId } });
    return { requested: unique.length, removed: count };
  }

  async summarize(ownerId: string, from: Date, to: Date) {
    const rows = await this.prisma.${r.name}.findMany({
      where: { ${r.owner}: ownerId, createdAt: { gte: from, lte: to } },
      select: { createdAt: true },
    });
    const days = new Map<string, number>();
    for (const row of rows) {
      const day = row.createdAt.toISOString().slice(0, 10);
      days.set(day, (days.get(day) ?? 0) + 1);
    }
    return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, count]) => ({ day, count }));
  }`
        : `
  constructor(@InjectModel('${r.Name}') private readonly model: Model<any>) {}

  findAll(ownerId: string, skip = 0, take = 50) {
    return this.model.find({ ${r.owner}: ownerId }).sort({ createdAt: -1 }).skip(skip).limit(take).lean();
  }

  async findOne(ownerId: string, id: string) {
    const doc = await this.model.findById(id).lean<any>();
    if (!doc${r.ownership === 'none' ? '' : ` || String(doc.${r.owner}) !== ownerId`}) throw new NotFoundException('${r.Name} not found');
    return doc;
  }

  create(ownerId: string, dto: Create${r.Name}Dto) {
    return this.model.create({ ...dto, ${r.owner}: ownerId });
  }

  async update(ownerId: string, id: string, dto: Update${r.Name}Dto) {
    const doc = await this.model.findOneAndUpdate({ _id: id, ${r.owner}: ownerId }, dto, { new: true }).lean();
    if (!doc) throw new NotFoundException('${r.Name} not found');
    return doc;
  }

  async remove(ownerId: string, id: string) {
    const res = await this.model.deleteOne({ _id: id, ${r.owner}: ownerId });
    if (res.deletedCount === 0) throw new NotFoundException('${r.Name} not found');
  }

  async bulkRemove(ownerId: string, ids: string[]) {
    const unique = [...new Set(ids)].slice(0, 500);
    const res = await this.model.deleteMany({ _id: { $in: unique }, ${r.owner}: ownerId });
    return { requested: unique.length, removed: res.deletedCount };
  }

  async summarize(ownerId: string, from: Date, to: Date) {
    return this.model.aggregate([
      { $match: { ${r.owner}: ownerId, createdAt: { $gte: from, $lte: to } } },
      { $group: { _id: { $dateToString: { format: '%Y-%m-%d', date: '$createdAt' } }, count: { $sum: 1 } } },
      { $sort: { _id: 1 } },
      { $project: { _id: 0, day: '$_id', count: 1 } },
    ]);
  }`;
    files.add(
      `${dir}/${r.kebab}s.service.ts`,
      `
import { Injectable, NotFoundException } from '@nestjs/common';
${svc.db === 'prisma' ? "import { PrismaService } from '../prisma/prisma.service';" : "import { InjectModel } from '@nestjs/mongoose';\nimport { Model } from 'mongoose';"}
import { Create${r.Name}Dto } from './dto/create-${r.kebab}.dto';
import { Update${r.Name}Dto } from './dto/update-${r.kebab}.dto';

@Injectable()
export class ${r.Name}sService {${svcBody}
}
`,
    );
    const guarded = rng.chance(0.85);
    files.add(
      `${dir}/${r.kebab}s.controller.ts`,
      `
import { BadRequestException, Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
${svc.swagger ? "import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';\n" : ''}import { JwtAuthGuard } from '../common/auth.guard';
import { CurrentUser, type JwtUser } from '../common/user.decorator';
import { ${r.Name}sService } from './${r.kebab}s.service';
import { Create${r.Name}Dto } from './dto/create-${r.kebab}.dto';
import { Update${r.Name}Dto } from './dto/update-${r.kebab}.dto';

${svc.swagger ? `@ApiTags('${r.plural}')\n@ApiBearerAuth()\n` : ''}@Controller('${r.kebab}s')
${guarded ? '@UseGuards(JwtAuthGuard)\n' : ''}export class ${r.Name}sController {
  constructor(private readonly service: ${r.Name}sService) {}

  @Get('summary')
${svc.swagger ? `  @ApiOperation({ summary: 'Daily counts of the caller\\'s ${r.plural}' })\n  @ApiOkResponse({ description: 'One entry per day' })\n` : ''}  summary(@CurrentUser() user: JwtUser, @Query('from') from?: string, @Query('to') to?: string) {
    const end = to ? new Date(to) : new Date();
    const start = from ? new Date(from) : new Date(end.getTime() - 30 * 24 * 3600 * 1000);
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
      throw new BadRequestException('from/to must be ISO dates');
    }
    return this.service.summarize(user.sub, start, end);
  }

  @Post('bulk-delete')
${svc.swagger ? `  @ApiOperation({ summary: 'Delete several ${r.plural}' })\n` : ''}  bulkRemove(@CurrentUser() user: JwtUser, @Body('ids') ids: string[]) {
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
      throw new BadRequestException('ids must be an array of strings');
    }
    return this.service.bulkRemove(user.sub, ids);
  }

  @Get()
${svc.swagger ? `  @ApiOperation({ summary: 'List the caller\\'s ${r.plural}' })\n` : ''}  findAll(@CurrentUser() user: JwtUser, @Query('skip') skip?: string, @Query('take') take?: string) {
    return this.service.findAll(user.sub, Number(skip ?? 0), Math.min(Number(take ?? 50), 200));
  }

  @Get(':id')
  findOne(@CurrentUser() user: JwtUser, @Param('id') id: string) {
    return this.service.findOne(user.sub, id);
  }

  @Post()
  create(@CurrentUser() user: JwtUser, @Body() dto: Create${r.Name}Dto) {
    return this.service.create(user.sub, dto);
  }

  @Patch(':id')
  update(@CurrentUser() user: JwtUser, @Param('id') id: string, @Body() dto: Update${r.Name}Dto) {
    return this.service.update(user.sub, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() user: JwtUser, @Param('id') id: string) {
    return this.service.remove(user.sub, id);
  }
}
`,
    );
    if (svc.tests) {
      files.add(
        `${dir}/${r.kebab}s.controller.spec.ts`,
        `
import { Test, TestingModule } from '@nestjs/testing';
import { JwtService } from '@nestjs/jwt';
import { ${r.Name}sController } from './${r.kebab}s.controller';
import { ${r.Name}sService } from './${r.kebab}s.service';

describe('${r.Name}sController', () => {
  let controller: ${r.Name}sController;
  const service = {
    findAll: jest.fn(),
    findOne: jest.fn(),
    create: jest.fn(),
    update: jest.fn(),
    remove: jest.fn(),
    bulkRemove: jest.fn(),
    summarize: jest.fn(),
  };

  beforeEach(async () => {
    const module: TestingModule = await Test.createTestingModule({
      controllers: [${r.Name}sController],
      providers: [
        { provide: ${r.Name}sService, useValue: service },
        { provide: JwtService, useValue: { verifyAsync: jest.fn() } },
      ],
    }).compile();

    controller = module.get(${r.Name}sController);
    jest.clearAllMocks();
  });

  it('passes the caller to findAll', async () => {
    service.findAll.mockResolvedValue([]);
    await controller.findAll({ sub: 'user-1', role: 'member' });
    expect(service.findAll).toHaveBeenCalledWith('user-1', 0, 50);
  });

  it('caps take at 200', async () => {
    service.findAll.mockResolvedValue([]);
    await controller.findAll({ sub: 'user-1', role: 'member' }, '0', '5000');
    expect(service.findAll).toHaveBeenCalledWith('user-1', 0, 200);
  });

  it('rejects a bulk delete without ids', () => {
    expect(() => controller.bulkRemove({ sub: 'user-1', role: 'member' }, 'nope' as unknown as string[])).toThrow();
  });

  it('rejects invalid summary dates', () => {
    expect(() => controller.summary({ sub: 'user-1', role: 'member' }, 'yesterday')).toThrow();
  });
});
`,
      );
    }
    files.add(
      `${dir}/${r.kebab}s.module.ts`,
      `
import { Module } from '@nestjs/common';
${svc.db === 'mongoose' ? `import { MongooseModule } from '@nestjs/mongoose';\nimport { ${r.Name}Schema } from './${r.kebab}.schema';\n` : "import { PrismaService } from '../prisma/prisma.service';\n"}import { ${r.Name}sController } from './${r.kebab}s.controller';
import { ${r.Name}sService } from './${r.kebab}s.service';

@Module({
  ${svc.db === 'mongoose' ? `imports: [MongooseModule.forFeature([{ name: '${r.Name}', schema: ${r.Name}Schema }])],\n  ` : ''}controllers: [${r.Name}sController],
  providers: [${r.Name}sService${svc.db === 'prisma' ? ', PrismaService' : ''}],
})
export class ${r.Name}sModule {}
`,
    );
    if (svc.db === 'mongoose') {
      files.add(
        `${dir}/${r.kebab}.schema.ts`,
        `
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';

@Schema({ timestamps: true })
export class ${r.Name} {
  @Prop({ type: Types.ObjectId, ref: 'User', required: true, index: true })
  ${r.owner}!: Types.ObjectId;

${r.fields.map((f) => `  @Prop(${f.sensitive ? '{ select: false }' : ''})\n  ${f.name}?: ${tsType(f)};`).join('\n\n')}
}

export const ${r.Name}Schema = SchemaFactory.createForClass(${r.Name});
`,
      );
    }
  }
  files.add(
    `${base}/app.module.ts`,
    `
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
${svc.db === 'mongoose' ? "import { MongooseModule } from '@nestjs/mongoose';\n" : ''}${svc.rateLimit !== 'none' ? "import { APP_GUARD } from '@nestjs/core';\nimport { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';\n" : ''}import { HealthController } from './health.controller';
${svc.resources.map((r) => `import { ${r.Name}sModule } from './${r.kebab}s/${r.kebab}s.module';`).join('\n')}

@Module({
  imports: [
    JwtModule.register({ global: true, secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' } }),
${svc.db === 'mongoose' ? "    MongooseModule.forRoot(process.env.MONGO_URL ?? 'mongodb://localhost/app'),\n" : ''}${svc.rateLimit !== 'none' ? '    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 100 }]),\n' : ''}${svc.resources.map((r) => `    ${r.Name}sModule,`).join('\n')}
  ],
  controllers: [HealthController],
  ${svc.rateLimit !== 'none' ? 'providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],' : ''}
})
export class AppModule {}
`,
  );
}

// ---------------------------------------------------------------------------------------------------
// Next.js App Router

function nextService(svc: Service, files: Files, rng: Rng) {
  const deps: Record<string, string> = {
    next: '15.1.4',
    react: '^19.0.0',
    'react-dom': '^19.0.0',
    jose: '^5.9.6',
    zod: '^3.24.1',
  };
  if (svc.db === 'prisma') deps['@prisma/client'] = '^6.2.1';
  else Object.assign(deps, { 'drizzle-orm': '^0.38.3', postgres: '^3.4.5' });
  files.add(
    'package.json',
    JSON.stringify({ name: `@corp/${svc.name}`, version: '0.1.0', private: true, dependencies: deps }, null, 2) + '\n',
  );
  utilityFiles(svc, files, 'lib', rng);
  files.add(
    'lib/db.ts',
    svc.db === 'prisma'
      ? "import { PrismaClient } from '@prisma/client';\n\nconst g = globalThis as unknown as { prisma?: PrismaClient };\nexport const prisma = g.prisma ?? new PrismaClient();\nif (process.env.NODE_ENV !== 'production') g.prisma = prisma;\n"
      : "import { drizzle } from 'drizzle-orm/postgres-js';\nimport postgres from 'postgres';\nimport * as schema from './schema';\n\nexport const db = drizzle(postgres(process.env.DATABASE_URL!), { schema });\n",
  );
  if (svc.db === 'drizzle') files.add('lib/schema.ts', drizzleSchema({ ...svc, esm: true, ts: true }));
  files.add(
    'lib/session.ts',
    `
import { jwtVerify } from 'jose';
import type { NextRequest } from 'next/server';

const secret = new TextEncoder().encode(process.env.AUTH_SECRET);

export type Session = { userId: string; role: string };

export async function getSession(request: NextRequest): Promise<Session | null> {
  const token = request.cookies.get('session')?.value ?? request.headers.get('authorization')?.replace(/^Bearer /, '');
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] });
    return { userId: String(payload.sub), role: String(payload.role ?? 'member') };
  } catch {
    return null;
  }
}

export function unauthorized() {
  return Response.json({ error: 'Unauthorized' }, { status: 401 });
}
`,
  );
  for (const r of svc.resources) {
    const validated = r.input !== 'raw';
    const m = `prisma.${r.name}`;
    const dz = svc.db === 'drizzle';
    files.add(`lib/validators/${r.kebab}.ts`, validatorFile({ ...svc, esm: true, ts: true }, r));
    files.add(
      `app/api/${r.kebab}s/route.ts`,
      `
import { NextResponse, type NextRequest } from 'next/server';
${dz ? `import { and, desc, eq } from 'drizzle-orm';\nimport { db } from '@/lib/db';\nimport { ${r.plural} } from '@/lib/schema';` : "import { prisma } from '@/lib/db';"}
import { getSession, unauthorized } from '@/lib/session';
import { parsePagination } from '@/lib/utils/pagination';
import { create${r.Name}Schema } from '@/lib/validators/${r.kebab}';

export async function GET(request: NextRequest) {
  const session = await getSession(request);
  if (!session) return unauthorized();
  const { skip, take, page, pageSize } = parsePagination(Object.fromEntries(request.nextUrl.searchParams));
  const items = ${dz ? `await db.select().from(${r.plural}).where(eq(${r.plural}.${r.owner}, session.userId)).orderBy(desc(${r.plural}.createdAt)).limit(take).offset(skip)` : `await ${m}.findMany({ where: { ${r.owner}: session.userId }, skip, take, orderBy: { createdAt: 'desc' } })`};
  return NextResponse.json({ items, page, pageSize });
}

export async function POST(request: NextRequest) {
  const session = await getSession(request);
  if (!session) return unauthorized();
  const body = await request.json();
  ${validated ? `const parsed = create${r.Name}Schema.safeParse(body);\n  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });\n  const data = parsed.data;` : 'const data = body;'}
  const created = ${dz ? `(await db.insert(${r.plural}).values({ ...data, ${r.owner}: session.userId }).returning())[0]` : `await ${m}.create({ data: { ...data, ${r.owner}: session.userId } })`};
  return NextResponse.json(created, { status: 201 });
}
${dz ? '\nvoid and;\n' : ''}`,
    );
    const scoped = r.ownership !== 'none';
    files.add(
      `app/api/${r.kebab}s/[id]/route.ts`,
      `
import { NextResponse, type NextRequest } from 'next/server';
${dz ? `import { and, eq } from 'drizzle-orm';\nimport { db } from '@/lib/db';\nimport { ${r.plural} } from '@/lib/schema';` : "import { prisma } from '@/lib/db';"}
import { getSession, unauthorized } from '@/lib/session';
import { update${r.Name}Schema } from '@/lib/validators/${r.kebab}';

type Ctx = { params: Promise<{ id: string }> };

export async function GET(request: NextRequest, { params }: Ctx) {
  const session = await getSession(request);
  if (!session) return unauthorized();
  const { id } = await params;
  const item = ${
    dz
      ? `(await db.select().from(${r.plural}).where(${scoped ? `and(eq(${r.plural}.id, id), eq(${r.plural}.${r.owner}, session.userId))` : `eq(${r.plural}.id, id)`}))[0]`
      : scoped
        ? `await ${m}.findFirst({ where: { id, ${r.owner}: session.userId } })`
        : `await ${m}.findUnique({ where: { id } })`
  };
  if (!item) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(item);
}

export async function PATCH(request: NextRequest, { params }: Ctx) {
  const session = await getSession(request);
  if (!session) return unauthorized();
  const { id } = await params;
  const body = await request.json();
  ${validated ? `const data = update${r.Name}Schema.parse(body);` : 'const data = body;'}
  ${
    dz
      ? `const [updated] = await db.update(${r.plural}).set(data).where(and(eq(${r.plural}.id, id), eq(${r.plural}.${r.owner}, session.userId))).returning();\n  if (!updated) return NextResponse.json({ error: 'Not found' }, { status: 404 });`
      : `const { count } = await ${m}.updateMany({ where: { id, ${r.owner}: session.userId }, data });\n  if (count === 0) return NextResponse.json({ error: 'Not found' }, { status: 404 });\n  const updated = await ${m}.findUnique({ where: { id } });`
  }
  return NextResponse.json(updated);
}

export async function DELETE(request: NextRequest, { params }: Ctx) {
  const session = await getSession(request);
  if (!session) return unauthorized();
  const { id } = await params;
  ${dz ? `await db.delete(${r.plural}).where(and(eq(${r.plural}.id, id), eq(${r.plural}.${r.owner}, session.userId)));` : `await ${m}.deleteMany({ where: { id, ${r.owner}: session.userId } });`}
  return new NextResponse(null, { status: 204 });
}
`,
    );
    const cols = publicFields(r).slice(0, 5);
    files.add(
      `components/${r.Name}Table.tsx`,
      `
'use client';

import { useMemo, useState } from 'react';

export type ${r.Name}Row = {
  id: string;
${cols.map((f) => `  ${f.name}?: ${f.type === 'date' ? 'string' : f.type} | null;`).join('\n')}
};

type Props = {
  rows: ${r.Name}Row[];
  onSelect?: (row: ${r.Name}Row) => void;
};

export function ${r.Name}Table({ rows, onSelect }: Props) {
  const [filter, setFilter] = useState('');
  const [sortKey, setSortKey] = useState<keyof ${r.Name}Row>('id');

  const visible = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return rows
      .filter((row) => !needle || JSON.stringify(row).toLowerCase().includes(needle))
      .sort((a, b) => String(a[sortKey] ?? '').localeCompare(String(b[sortKey] ?? '')));
  }, [rows, filter, sortKey]);

  return (
    <div className="space-y-3">
      <input
        className="w-full rounded border px-3 py-2"
        placeholder="Filter ${r.plural}…"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <table className="w-full text-sm">
        <thead>
          <tr>
${cols.map((f) => `            <th className="cursor-pointer text-left" onClick={() => setSortKey('${f.name}')}>${cap(f.name)}</th>`).join('\n')}
          </tr>
        </thead>
        <tbody>
          {visible.map((row) => (
            <tr key={row.id} className="hover:bg-gray-50" onClick={() => onSelect?.(row)}>
${cols.map((f) => `              <td>{String(row.${f.name} ?? '—')}</td>`).join('\n')}
            </tr>
          ))}
        </tbody>
      </table>
      {visible.length === 0 && <p className="text-gray-500">No ${r.plural} found.</p>}
    </div>
  );
}
`,
    );
    const formFields = editable(r).slice(0, 6);
    const inputType = (f: Field) =>
      f.type === 'number'
        ? 'number'
        : f.type === 'boolean'
          ? 'checkbox'
          : f.type === 'date'
            ? 'date'
            : f.name === 'email'
              ? 'email'
              : 'text';
    files.add(
      `components/${r.Name}Form.tsx`,
      `
'use client';

import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';

type Values = {
${formFields.map((f) => `  ${f.name}: ${f.type === 'boolean' ? 'boolean' : 'string'};`).join('\n')}
};

const EMPTY: Values = {
${formFields.map((f) => `  ${f.name}: ${f.type === 'boolean' ? 'false' : "''"},`).join('\n')}
};

export function ${r.Name}Form({ initial, id }: { initial?: Partial<Values>; id?: string }) {
  const router = useRouter();
  const [values, setValues] = useState<Values>({ ...EMPTY, ...initial });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  function set<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((v) => ({ ...v, [key]: value }));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const payload = {
${formFields.map((f) => `        ${f.name}: ${f.type === 'number' ? `values.${f.name} === '' ? undefined : Number(values.${f.name})` : f.type === 'boolean' ? `values.${f.name}` : `values.${f.name} || undefined`},`).join('\n')}
      };
      const res = await fetch(id ? \`/api/${r.kebab}s/\${id}\` : '/api/${r.kebab}s', {
        method: id ? 'PATCH' : 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
      });
      if (!res.ok) {
        const body = await res.json().catch(() => ({}));
        throw new Error(typeof body.error === 'string' ? body.error : 'Could not save');
      }
      router.push('/${r.kebab}s');
      router.refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not save');
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
${formFields
  .map((f) =>
    f.type === 'boolean'
      ? `      <label className="flex items-center gap-2">
        <input type="checkbox" checked={values.${f.name}} onChange={(e) => set('${f.name}', e.target.checked)} />
        ${cap(f.name)}
      </label>`
      : `      <label className="block">
        <span className="text-sm font-medium">${cap(f.name)}</span>
        <input
          type="${inputType(f)}"
          className="mt-1 w-full rounded border px-3 py-2"
          value={values.${f.name}}
          onChange={(e) => set('${f.name}', e.target.value)}
        />
      </label>`,
  )
  .join('\n')}
      {error && <p className="text-sm text-red-600">{error}</p>}
      <button type="submit" disabled={saving} className="rounded bg-black px-4 py-2 text-white disabled:opacity-50">
        {saving ? 'Saving…' : id ? 'Save changes' : 'Create ${r.name}'}
      </button>
    </form>
  );
}
`,
    );
    files.add(
      `app/(dashboard)/${r.kebab}s/page.tsx`,
      `
import { ${r.Name}Table } from '@/components/${r.Name}Table';

export const dynamic = 'force-dynamic';

async function load${r.Name}s() {
  const res = await fetch(\`\${process.env.NEXT_PUBLIC_APP_URL}/api/${r.kebab}s\`, { cache: 'no-store' });
  if (!res.ok) return [];
  const data = await res.json();
  return data.items ?? [];
}

export default async function ${r.Name}sPage() {
  const rows = await load${r.Name}s();
  return (
    <main className="mx-auto max-w-5xl p-6">
      <h1 className="mb-4 text-2xl font-semibold">${cap(r.plural)}</h1>
      <${r.Name}Table rows={rows} />
    </main>
  );
}
`,
    );
  }
  files.add('app/api/health/route.ts', "export function GET() {\n  return Response.json({ status: 'ok' });\n}\n");
}

// ---------------------------------------------------------------------------------------------------

/** How many routes a service's templates register (kept next to the templates above). */
function endpointCount(svc: Service): number {
  const perResource = (r: Resource) =>
    svc.framework === 'express' ? 9 + (r.hasExport ? 1 : 0) + (r.hasStats ? 1 : 0) : svc.framework === 'nestjs' ? 7 : 5;
  const fixed = svc.framework === 'express' ? 3 : 1; // health (+ login and logout for Express)
  return fixed + svc.resources.reduce((n, r) => n + perResource(r), 0);
}

export function generateCorpus(options: GenerateOptions): CorpusStats {
  const services = options.services ?? DEFAULT_SERVICES;
  const rng = new Rng(options.seed ?? 20261127);
  rmSync(options.out, { recursive: true, force: true });
  mkdirSync(options.out, { recursive: true });
  const stats: CorpusStats = { files: 0, lines: 0, bytes: 0, services, endpoints: 0, byFramework: {} };
  const root = new Files();
  root.add(
    'package.json',
    JSON.stringify(
      { name: 'vas-bench-corpus', private: true, workspaces: ['services/*'], corpusVersion: CORPUS_VERSION, services },
      null,
      2,
    ) + '\n',
  );
  const write = (path: string, text: string) => {
    const abs = join(options.out, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    if (!path.endsWith('.json')) {
      stats.files++;
      stats.lines += text.split('\n').length;
      stats.bytes += Buffer.byteLength(text);
    }
  };
  for (const f of root.list) write(f.path, f.text);
  // biome.json includes bench/**: keep `npm run lint` out of the generated code
  writeFileSync(
    join(options.out, 'biome.json'),
    '{ "root": false, "linter": { "enabled": false }, "formatter": { "enabled": false }, "assist": { "enabled": false } }\n',
  );
  for (let i = 0; i < services; i++) {
    const svc = makeService(rng, i);
    const files = new Files();
    if (svc.framework === 'express') expressService(svc, files, rng);
    else if (svc.framework === 'fastify') fastifyService(svc, files, rng);
    else if (svc.framework === 'nestjs') nestService(svc, files, rng);
    else nextService(svc, files, rng);
    stats.endpoints += endpointCount(svc);
    const before = stats.files;
    for (const f of files.list) write(`services/${svc.name}/${f.path}`, f.text.replace(/\n{3,}/g, '\n\n'));
    const label = `${svc.framework} (${svc.ts ? 'ts' : 'js'}${svc.framework === 'express' || svc.framework === 'fastify' ? (svc.esm ? ', esm' : ', cjs') : ''})`;
    stats.byFramework[label] = (stats.byFramework[label] ?? 0) + (stats.files - before);
  }
  writeFileSync(
    join(options.out, 'corpus.json'),
    JSON.stringify({ version: CORPUS_VERSION, seed: options.seed ?? 20261127, ...stats }, null, 2) + '\n',
  );
  return stats;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const out = opt('--out') ?? fileURLToPath(new URL('./.corpus', import.meta.url));
  const started = performance.now();
  const stats = generateCorpus({
    out,
    services: Number(opt('--services') ?? DEFAULT_SERVICES),
    seed: Number(opt('--seed') ?? 20261127),
  });
  console.log(
    `generated ${stats.files} files, ${stats.lines} lines, ${(stats.bytes / 1e6).toFixed(1)} MB, ${stats.endpoints} routes in ${stats.services} services ` +
      `(${Math.round(performance.now() - started)} ms) -> ${out}`,
  );
  for (const [k, v] of Object.entries(stats.byFramework).sort()) console.log(`  ${k}: ${v} files`);
}
