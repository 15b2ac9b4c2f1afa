import { singular } from '../../core/words.ts';
import type { Identity } from '../auth/identity.ts';
import type { JsonSchema, Operation } from '../operations/operation.ts';
import type { StoredObject } from './objects.ts';
import { lastStatic } from './objects.ts';
import type { CallInput, ProbeRun } from './run.ts';
import { words } from './values.ts';

/** Where a request value came from. `object` and `identity` values are what a cross-user test substitutes. */
export interface Ref {
  where: 'path' | 'query' | 'body';
  name: string;
  value: string | number;
  kind: 'object' | 'identity' | 'fact' | 'pool' | 'generated' | 'config';
  owner: string;
  object?: StoredObject;
}

export interface BuiltRequest {
  input: CallInput;
  refs: Ref[];
}

export type BodyMode = 'create' | 'minimal' | 'noop' | 'none';

export interface BuildOptions {
  body?: BodyMode;
  /** skip objects that this identity has seen in its own listings (a victim's object must be private to it) */
  notSeenBy?: string;
  /** when a path value cannot be resolved, use a random one (canaries) */
  randomPath?: boolean;
  /** extra query params */
  query?: Record<string, string>;
}

const USERISH = new Set([
  'user',
  'owner',
  'author',
  'member',
  'customer',
  'creator',
  'profile',
  'account_holder',
  'uid',
  'person',
  'recipient',
  'assignee',
]);
const PREFIXES = new Set([
  'from',
  'to',
  'source',
  'src',
  'target',
  'dest',
  'destination',
  'parent',
  'new',
  'old',
  'my',
  'other',
  'sender',
  'receiver',
]);
const SEARCH = /^(q|query|search|term|keyword|keywords|filter|name_?like)$/i;

/** The collection template a path parameter indexes: `/rooms/{roomId}/messages/{id}` + `id` → `/rooms/{roomId}/messages`. */
export function collectionOf(path: string, param: string): string {
  const at = path.indexOf(`{${param}}`);
  return at <= 0 ? '/' : path.slice(0, at).replace(/\/+$/, '') || '/';
}

/** The collection an operation lists or creates into: `/bookmarks/{id}` → `/bookmarks`, `/bookmarks` → itself. */
export function itemCollection(path: string): string {
  return path.replace(/\/\{[^}]+\}$/, '');
}

/**
 * Builds the request `actor` would send for `op` using `owner`'s objects and facts. With owner = actor it is an
 * ordinary request; with owner = someone else it is the cross-user variant. Returns null when a required value
 * cannot be found yet.
 */
export function buildRequest(
  run: ProbeRun,
  op: Operation,
  _actor: Identity,
  owner: Identity,
  opts: BuildOptions = {},
): BuiltRequest | null {
  const refs: Ref[] = [];
  const used = new Set<string>();
  const path: Record<string, string> = {};
  const parents: Record<string, string> = {};
  for (const name of [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '')) {
    const collection = collectionOf(op.path, name);
    const ref = resolvePath(run, name, collection, owner, { ...parents }, opts.notSeenBy, used);
    if (!ref) {
      if (!opts.randomPath) return null;
      path[name] = `vas-none-${run.values.runId}`;
      continue;
    }
    path[name] = String(ref.value);
    parents[name] = String(ref.value);
    used.add(String(ref.value));
    refs.push(ref);
  }
  const query: Record<string, string> = { ...opts.query };
  for (const p of op.params) {
    if (p.in !== 'query' || p.in === undefined) continue;
    const ref = resolveNamed(run, p.name, p.schema, 'query', owner, used, opts.notSeenBy);
    if (!p.required && !(ref && (ref.kind === 'object' || ref.kind === 'identity' || ref.kind === 'config'))) continue;
    if (!ref) return null;
    query[p.name] = String(ref.value);
    refs.push(ref);
  }
  const input: CallInput = { path, query };
  const mode = opts.body ?? defaultBodyMode(op);
  if (op.body && mode !== 'none') {
    const body = buildBody(run, op.body.schema, mode, owner, used, refs, opts.notSeenBy);
    input.body = body;
  } else if (!op.body && mode === 'create' && op.method !== 'GET' && op.method !== 'DELETE') input.body = {};
  return { input, refs };
}

function defaultBodyMode(op: Operation): BodyMode {
  if (op.method === 'GET' || op.method === 'DELETE') return 'none';
  if (op.method === 'PATCH') return 'noop';
  return 'minimal';
}

function buildBody(
  run: ProbeRun,
  schema: JsonSchema,
  mode: BodyMode,
  owner: Identity,
  used: Set<string>,
  refs: Ref[],
  notSeenBy?: string,
): unknown {
  if (mode === 'noop') return {};
  const props =
    schema.properties && typeof schema.properties === 'object'
      ? (schema.properties as Record<string, JsonSchema>)
      : null;
  if (!props) return run.values.generate(schema, '', (n) => pooled(run, n, owner));
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const out: Record<string, unknown> = {};
  for (const [name, sub] of Object.entries(props)) {
    if (sub.readOnly === true) continue;
    if (mode === 'minimal' && !required.has(name)) continue;
    const t = sub.type;
    if (t === 'string' || t === 'integer' || t === 'number' || t === undefined) {
      const ref = resolveNamed(run, name, sub, 'body', owner, used, notSeenBy);
      if (ref && ref.kind !== 'generated') {
        out[name] = t === 'integer' || t === 'number' ? Number(ref.value) : ref.value;
        refs.push(ref);
        continue;
      }
    }
    out[name] = run.values.generate(sub, name, (n) => pooled(run, n, owner));
  }
  return out;
}

function pooled(run: ProbeRun, name: string, owner: Identity): unknown {
  const configured = run.options.values?.[name];
  if (configured !== undefined) return configured;
  return run.store.fieldValues(name, owner.name)[0];
}

function resolvePath(
  run: ProbeRun,
  name: string,
  collection: string,
  owner: Identity,
  parents: Record<string, string>,
  notSeenBy: string | undefined,
  used: Set<string>,
): Ref | null {
  const configured = run.options.values?.[name];
  if (configured !== undefined) return { where: 'path', name, value: configured, kind: 'config', owner: owner.name };
  const objects = run.store
    .owned(collection, owner.name, parents)
    .filter((o) => !used.has(o.id) && (!notSeenBy || !o.seenBy.has(notSeenBy)));
  const obj = objects[0];
  if (obj) {
    // a param named like a field of the object (`{username}`) takes that field, else the id
    const field = obj.data[name];
    const value = name !== 'id' && (typeof field === 'string' || typeof field === 'number') ? field : obj.id;
    return { where: 'path', name, value, kind: 'object', owner: owner.name, object: obj };
  }
  const resource = singular(lastStatic(collection));
  const ident = identityValue(name, owner, USERISH.has(resource));
  if (ident) return { where: 'path', ...ident, name };
  return null;
}

function identityValue(name: string, owner: Identity, userCollection: boolean): Omit<Ref, 'where'> | null {
  const w = words(name);
  const n = w.join('_');
  if (/^(user_?name|login|handle|screen_?name)$/.test(n) || (userCollection && n === 'name')) {
    return owner.username !== undefined ? { name, value: owner.username, kind: 'fact', owner: owner.name } : null;
  }
  if (/(^|_)e?mail$/.test(n)) return owner.email ? { name, value: owner.email, kind: 'fact', owner: owner.name } : null;
  const isIdName = n === 'id' || n.endsWith('_id') || n === 'uid';
  const subject = w.filter((x) => !PREFIXES.has(x) && x !== 'id' && x !== 'ids');
  const userish = (userCollection && isIdName) || (subject.length > 0 && subject.every((x) => USERISH.has(x)));
  if (userish && owner.userId !== undefined) return { name, value: owner.userId, kind: 'identity', owner: owner.name };
  return null;
}

function resolveNamed(
  run: ProbeRun,
  name: string,
  schema: JsonSchema,
  where: 'query' | 'body',
  owner: Identity,
  used: Set<string>,
  notSeenBy?: string,
): Ref | null {
  const configured = run.options.values?.[name];
  if (configured !== undefined) return { where, name, value: configured, kind: 'config', owner: owner.name };
  const w = words(name);
  const last = w[w.length - 1];
  if ((last === 'id' || last === 'ids') && w.length > 1) {
    const subject = w.slice(0, -1).filter((x) => !PREFIXES.has(x));
    const resource = subject[subject.length - 1];
    if (resource && !USERISH.has(resource)) {
      for (const collection of run.store.collectionsFor(resource)) {
        const obj = run.store
          .owned(collection, owner.name)
          .find((o) => !used.has(o.id) && (!notSeenBy || !o.seenBy.has(notSeenBy)));
        if (obj) {
          used.add(obj.id);
          return { where, name, value: coerce(obj.id, schema), kind: 'object', owner: owner.name, object: obj };
        }
      }
    }
  }
  const ident = identityValue(name, owner, false);
  if (ident) return { where, ...ident };
  if (SEARCH.test(name) && owner.username)
    return { where, name, value: owner.username, kind: 'fact', owner: owner.name };
  const pool = run.store.fieldValues(name, owner.name).find((v) => !used.has(String(v)));
  if (pool !== undefined) return { where, name, value: pool as string | number, kind: 'pool', owner: owner.name };
  const generated = run.values.generate(schema, name);
  if (typeof generated === 'string' || typeof generated === 'number')
    return { where, name, value: generated, kind: 'generated', owner: owner.name };
  return null;
}

function coerce(id: string, schema: JsonSchema): string | number {
  return (schema.type === 'integer' || schema.type === 'number') && /^\d+$/.test(id) ? Number(id) : id;
}
