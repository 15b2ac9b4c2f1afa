import type { ProbeRun } from '../engine/run.ts';
import { pseudoOp } from '../engine/run.ts';
import type { Exchange } from '../http/exchange.ts';
import { is2xx } from '../http/exchange.ts';
import type { AuthScheme, Operation } from '../operations/operation.ts';
import { authFlowKind, bodyProps, passwordField } from '../operations/operation.ts';
import type { LoginRecipe } from '../options.ts';
import type { Identity } from './identity.ts';
import { learnFromToken } from './identity.ts';
import { looksLikeJwt } from './jwt.ts';

const ID_FIELDS = [
  'username',
  'email',
  'login',
  'user',
  'identifier',
  'userName',
  'user_name',
  'name',
  'phone',
  'handle',
];
const TOKEN_KEYS = [
  'access_token',
  'accessToken',
  'token',
  'jwt',
  'id_token',
  'idToken',
  'authToken',
  'auth_token',
  'sessionToken',
  'session_token',
  'apiKey',
  'api_key',
  'key',
];
const TOKEN_HEADERS = ['authorization', 'x-auth-token', 'x-access-token', 'x-api-key', 'x-session-token'];

/** The login route: an explicit recipe, else the best-scoring public POST with a password field. */
export function findLoginOp(ops: Operation[], recipe?: LoginRecipe): Operation | null {
  if (recipe) {
    const known = ops.find((o) => o.path === recipe.path && o.method === (recipe.method ?? 'POST'));
    return known ?? { ...pseudoOp(recipe.method ?? 'POST', recipe.path) };
  }
  const scored = ops
    .filter((o) => authFlowKind(o) === 'login')
    .map((o) => ({
      o,
      score: (passwordField(o) ? 3 : 0) + (o.auth !== 'required' ? 1 : 0) + (/log-?in|sign-?in/i.test(o.path) ? 2 : 0),
    }))
    .sort((a, b) => b.score - a.score);
  return scored[0]?.o ?? null;
}

/** Login bodies to try for one identity, best guess first (at most two, to spare rate-limited routes). */
export function loginBodies(op: Operation, id: Identity, recipe?: LoginRecipe): Record<string, unknown>[] {
  const user = id.username ?? '';
  const pass = id.password ?? '';
  if (recipe?.body) {
    const fill = (v: unknown): unknown =>
      typeof v === 'string' ? v.replace('{username}', user).replace('{password}', pass) : v;
    return [Object.fromEntries(Object.entries(recipe.body).map(([k, v]) => [k, fill(v)]))];
  }
  const props = bodyProps(op);
  const pw = passwordField(op) ?? 'password';
  const required = new Set(Array.isArray(op.body?.schema.required) ? (op.body?.schema.required as string[]) : []);
  const candidates = props.length ? ID_FIELDS.filter((f) => props.includes(f)) : ['username', 'email'];
  // an e-mail-shaped user name goes to an e-mail field first
  const ordered = user.includes('@')
    ? [...candidates.filter((f) => /mail/i.test(f)), ...candidates.filter((f) => !/mail/i.test(f))]
    : [...candidates.filter((f) => !/mail/i.test(f)), ...candidates.filter((f) => /mail/i.test(f))];
  const extra: Record<string, unknown> = {};
  for (const name of props) {
    if (name === pw || ID_FIELDS.includes(name) || !required.has(name)) continue;
    const props = (op.body?.schema.properties ?? {}) as Record<string, Record<string, unknown>>;
    const schema = props[name] ?? {};
    extra[name] = Array.isArray(schema.enum)
      ? schema.enum[0]
      : (schema.default ?? schema.example ?? (schema.type === 'boolean' ? true : ''));
  }
  const fields =
    props.length && ordered.length ? ordered.slice(0, 2) : ordered.length ? ordered.slice(0, 2) : ['username'];
  // `--user alice:pw` against an e-mail login: try alice@<the spec example's domain, else example.com> first
  const bodies: Record<string, unknown>[] = [];
  for (const f of fields) {
    if (/mail/i.test(f) && user && !user.includes('@'))
      bodies.push({ ...extra, [f]: `${user}@${exampleDomain(op, f)}`, [pw]: pass });
    bodies.push({ ...extra, [f]: user, [pw]: pass });
  }
  return bodies.slice(0, 2);
}

/** The domain of the e-mail field's example in the spec (`alice@corp.test` → `corp.test`), else example.com. */
function exampleDomain(op: Operation, field: string): string {
  const props = (op.body?.schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const example = props[field]?.example ?? (op.body?.schema.example as Record<string, unknown> | undefined)?.[field];
  const m = typeof example === 'string' ? example.match(/@([\w.-]+\.[a-z]{2,})$/i) : null;
  return m ? m[1]! : 'example.com';
}

/** Finds the credential in a login response: a token field, any JWT, a token header, or session cookies. */
export function extractCredential(
  ex: Exchange,
  tokenPath?: string,
): { token?: string; cookies: Record<string, string>; source: string } | null {
  const cookies = parseSetCookie(ex.response.headers['set-cookie']);
  const json = ex.response.json;
  if (tokenPath) {
    const v = tokenPath
      .split('.')
      .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), json);
    if (typeof v === 'string' && v) return { token: v, cookies, source: `body ${tokenPath}` };
  }
  const found = findToken(json, '');
  if (found) return { token: found.value, cookies, source: `body ${found.path}` };
  for (const h of TOKEN_HEADERS) {
    const v = ex.response.headers[h];
    if (v) return { token: v.replace(/^Bearer\s+/i, ''), cookies, source: `header ${h}` };
  }
  if (Object.keys(cookies).length) return { cookies, source: `cookie ${Object.keys(cookies).join(', ')}` };
  return null;
}

function findToken(value: unknown, path: string, depth = 0): { value: string; path: string } | null {
  if (!value || typeof value !== 'object' || depth > 3) return null;
  const obj = value as Record<string, unknown>;
  for (const key of TOKEN_KEYS) {
    const v = obj[key];
    if (typeof v === 'string' && v.length >= 16) return { value: v, path: path ? `${path}.${key}` : key };
  }
  for (const [key, v] of Object.entries(obj)) {
    if (looksLikeJwt(v) && !/refresh/i.test(key)) return { value: v, path: path ? `${path}.${key}` : key };
  }
  // an opaque credential under a telling name: `{ "session": "4f9c…" }`, `{ "authKey": "…" }`
  for (const [key, v] of Object.entries(obj)) {
    if (
      typeof v === 'string' &&
      v.length >= 20 &&
      !/\s/.test(v) &&
      /token|session|auth|bearer|key|jwt/i.test(key) &&
      !/refresh|type|expire/i.test(key)
    ) {
      return { value: v, path: path ? `${path}.${key}` : key };
    }
  }
  for (const [key, v] of Object.entries(obj)) {
    if (/refresh/i.test(key)) continue;
    const inner = findToken(v, path ? `${path}.${key}` : key, depth + 1);
    if (inner) return inner;
  }
  return null;
}

function parseSetCookie(raw: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!raw) return out;
  for (const line of raw.split('\n')) {
    const [pair] = line.split(';');
    const eq = pair?.indexOf('=') ?? -1;
    if (pair && eq > 0) {
      const value = pair.slice(eq + 1).trim();
      if (value) out[pair.slice(0, eq).trim()] = value;
    }
  }
  return out;
}

/** How to send a token: the recipe's `send`, else the login operation's documented scheme, else bearer. */
export function schemeFor(op: Operation | null, ops: Operation[], recipe?: LoginRecipe): AuthScheme {
  const send = recipe?.send;
  if (send) {
    const [kind, name] = send.split(':');
    if (kind === 'header' && name) return { kind: 'header', name };
    if (kind === 'cookie' && name) return { kind: 'cookie', name };
    if (kind === 'query' && name) return { kind: 'query', name };
    return { kind: 'bearer' };
  }
  const secured = ops.find((o) => o.auth === 'required' && o.schemes.length);
  return secured?.schemes[0] ?? op?.schemes[0] ?? { kind: 'bearer' };
}

/** Logs one identity in. Learns its user id / e-mail from the token and the response. */
export async function login(
  run: ProbeRun,
  id: Identity,
  op: Operation,
  recipe?: LoginRecipe,
): Promise<Exchange | null> {
  const scheme = schemeFor(op, run.operations, recipe);
  for (const body of loginBodies(op, id, recipe)) {
    const ex = await run.call(op, run.anonymous, {
      body,
      contentType: recipe?.contentType ?? op.body?.contentType,
      noRetry: true,
    });
    if (!ex) return null;
    id.logins++;
    if (!is2xx(ex.response.status)) {
      // a 400/422 may mean the wrong field name; a 401 means wrong credentials, so stop
      if (ex.response.status === 400 || ex.response.status === 422) continue;
      return ex;
    }
    const cred = extractCredential(ex, recipe?.tokenPath);
    if (!cred) return ex;
    id.token = cred.token;
    id.cookies = { ...id.cookies, ...cred.cookies };
    id.scheme = cred.token ? (scheme.kind === 'basic' ? { kind: 'bearer' } : scheme) : null;
    id.loggedIn = true;
    id.loginOp = op;
    learnFromToken(id);
    learnFromBody(id, ex.response.json);
    return ex;
  }
  return null;
}

function learnFromBody(id: Identity, json: unknown): void {
  if (!json || typeof json !== 'object') return;
  const obj = json as Record<string, unknown>;
  const user = (obj.user ?? obj.data ?? obj.profile ?? obj.account) as Record<string, unknown> | undefined;
  for (const src of [user, obj]) {
    if (!src || typeof src !== 'object') continue;
    if (id.userId === undefined && (typeof src.id === 'string' || typeof src.id === 'number')) id.userId = src.id;
    if (!id.email && typeof src.email === 'string') id.email = src.email;
  }
}
