import { type Sources, SRC } from '../core/facts.ts';
import { table } from '../core/table.ts';
import type { Node } from '../parse/ast.ts';
import type { Resolver } from '../parse/resolve.ts';
import type { SourceFile } from '../parse/source.ts';

/**
 * Request-part keywords, as they appear in member chains of every framework:
 * `req.params.id`, `request.body`, `ctx.request.body`, `ctx.query`, `req.headers`, `ctx.state.user`,
 * `res.locals.user`, Next's `{ params }`, Fastify's `querystring`.
 */
const PART = table<Sources>({
  params: SRC.params,
  param: SRC.params,
  body: SRC.body,
  rawBody: SRC.body,
  query: SRC.query,
  querystring: SRC.query,
  searchParams: SRC.query,
  headers: SRC.headers,
  header: SRC.headers,
  cookies: SRC.headers,
  signedCookies: SRC.headers,
});

/** Where the caller's identity lives once auth ran. */
const IDENTITY = new Set([
  'user',
  'auth',
  'userId',
  'currentUser',
  'session',
  'jwtPayload',
  'account',
  'principal',
  'viewer',
  'claims',
  'tokenPayload',
  'uid',
  'sub',
]);

/** Keys of `c.get('…')` / `c.var.…` (Hono) and `ctx.state.…` (Koa) that hold the identity. */
export const IDENTITY_KEYS =
  /^(?:user|userId|currentUser|jwtPayload|session|auth|account|payload|claims|viewer|uid|sub)$/i;

/**
 * Sources of a member path rooted at a request-like object (`req`, `ctx`, `c`, `request`, a destructured
 * `{ params }`). `fromRoot` says whether the root name itself counts (destructured parameters). `appKeys`: where
 * this app's auth middleware puts the caller besides the usual names (identity-keys.ts).
 */
export function requestPathSources(path: string[], fromRoot: boolean, appKeys?: ReadonlySet<string>): Sources {
  for (let i = fromRoot ? 0 : 1; i < path.length; i++) {
    const seg = path[i]!;
    const part = PART[seg];
    if (part !== undefined) {
      // `req.body` itself (not one of its fields) is the whole, client-shaped object
      return i === path.length - 1 && (part === SRC.body || part === SRC.query) ? part | WHOLE : part;
    }
    if (IDENTITY.has(seg) || appKeys?.has(seg)) return SRC.user;
    // (Next.js: `req.nextUrl.searchParams` is the query)
    if (
      seg === 'state' ||
      seg === 'locals' ||
      seg === 'var' ||
      seg === 'request' ||
      seg === 'req' ||
      seg === 'raw' ||
      seg === 'nextUrl'
    )
      continue;
    if (i >= 1) return SRC.none;
  }
  return SRC.none;
}

/** Flag beside the SRC bits: the value is an entire client object (`req.body`), not one field of it. */
export const WHOLE = 1 << 12;

/**
 * Flag beside the SRC bits: validated by a schema that checks the fields it declares and lets any other through
 * (class-validator without `whitelist`): safe to read field by field, not to store whole.
 */
export const LOOSE = 1 << 13;

/** A schema that hands undeclared keys through: zod `.passthrough()` (v4 `.loose()`), Joi `.unknown(true)`. */
export const KEEPS_UNKNOWN = /\.passthrough\(\s*\)|\.loose\(\s*\)|\.unknown\(\s*(?:true\s*)?\)/;

/** The text of the schema an expression names: its definition when it is a constant (`profileSchema`), else itself. */
export function schemaText(resolver: Resolver, file: SourceFile, expr: Node): string {
  const v = resolver.valueOf(file, expr);
  return v.kind === 'node' ? v.file.text.slice(v.node.start, v.node.end) : file.text.slice(expr.start, expr.end);
}

/** The entire request body as the client sent it (`req.body`, `await c.req.json()`), not checked by a schema. */
export function isRawWholeBody(s: Sources): boolean {
  return (s & WHOLE) !== 0 && (s & SRC.body) !== 0 && ((s & SRC.validated) === 0 || (s & LOOSE) !== 0);
}

/** Calls that return the caller's identity (session helpers of Next.js/Auth.js/Clerk/Supabase, token verifiers). */
export const IDENTITY_CALL =
  /^(?:getServerSession|getSession|getIronSession|auth|currentUser|getUser|getCurrentUser|requireUser|requireAuth|getAuth|getAuthUser|getUserFromRequest|getUserFromToken|verifyToken|verifyJwt|verifyJWT|verifyAccessToken|authenticate|getSessionUser|validateRequest|getViewer|getServerUser|jwtVerify|jwtDecode|decodeJwt|jwt_decode)$/;

/** `jwt.verify(token)`, `jose.jwtVerify`, `jwt.decode(token)`: identity only when the receiver is a token library. */
export function isTokenCall(name: string | null, path: string[] | null): boolean {
  return (
    (name === 'verify' || name === 'decode') &&
    !!path &&
    path.length >= 2 &&
    /jwt|token|jose|auth/i.test(path.slice(0, -1).join('.'))
  );
}

/** Calls that turn one value into another of the same origin (`Number(id)`, `id.trim()`), rather than build anything. */
export const COERCE = new Set([
  'Number',
  'String',
  'parseInt',
  'parseFloat',
  'Boolean',
  'BigInt',
  'ObjectId',
  'isValidObjectId',
  'toString',
  'trim',
  'toLowerCase',
  'toUpperCase',
  'escape',
]);

/**
 * A client value that is a secret the client was given: a confirmation code, an access token, a share key (a postal,
 * country or status code is an attribute, not a secret).
 */
export const SECRET_KEY =
  /(?:^|\.)(?!(?:postal|zip|post|country|area|currency|language|lang|locale|region|state|iso|product|sku|color|colour|status|error|tax|vat|bar|qr|promo|discount|coupon|course|class|station|airport)_?code$)(?:\w*code|\w*token|\w*secret|share\w*|\w*Key|key)(?:_?(?:hash|hashed|digest))?$/i;
