import type { FunctionRef, ParamBinding } from '../core/endpoint.ts';
import { CLIENT, type DataAccess, type Sources, SRC } from '../core/facts.ts';
import type { Location } from '../core/location.ts';
import {
  boundNames,
  calleeName,
  enclosingFunction,
  type FunctionNode,
  isFunction,
  memberLeaf,
  memberPath,
  memberRoot,
  type Node,
  nameOf,
  parentOf,
  propertyValue,
  returnedExpressions,
  stringValue,
  type T,
  unwrap,
  walk,
} from '../parse/ast.ts';
import { decoratedFunction } from '../parse/decorations.ts';
import type { Resolver } from '../parse/resolve.ts';
import { locationOf, type SourceFile } from '../parse/source.ts';
import { enclosingClass, resolveMethodCall, resolveThisMember } from '../parse/this-members.ts';
import {
  callChain,
  detectAccess,
  localArray,
  MEMBERSHIP_MODEL,
  mayAccessData,
  OWNER_KEY,
  taggedQuery,
} from './data-access.ts';
import { identityKeys } from './identity-keys.ts';
import { modelKey, PERSON_MODEL, PUBLIC_STATES, WORKFLOW_MODEL } from './models.ts';
import {
  COERCE,
  IDENTITY_CALL,
  IDENTITY_KEYS,
  isRawWholeBody,
  isTokenCall,
  KEEPS_UNKNOWN,
  LOOSE,
  requestPathSources,
  schemaText,
  WHOLE,
} from './request.ts';
import {
  inPrivilegedBranch,
  ordinaryBranch,
  PRIVILEGED_FLAG,
  PRIVILEGED_ROLE,
  privilegedTest,
  ROLE_FIELD,
  requiredRole,
  SUBJECT_ROLE,
} from './role-branch.ts';
import type { NumericFields } from './schema-types.ts';

/** What one reading of a function found: its data accesses, responses, checks and rejections. */
export interface FlowResult {
  accesses: DataAccess[];
  /**
   * comparisons of records with the caller; `sideBranch` when the comparison only decides whether a branch that neither
   * leaves nor answers runs (`if (msg.to === me) { msg.readAt = now; await msg.save() }`, then the message is sent
   * to anyone)
   */
  ownershipChecks: {
    vars: ReadonlySet<string>;
    node: Node;
    file: SourceFile;
    sideBranch?: true;
    /** the comparison binds only callers of one ordinary role (`role === 'driver' && trip.driverId !== me`) */
    forRole?: true;
  }[];
  /** every rejection sits under `if (x.role === 'some-role')`: nobody without a role is turned away */
  roleDenyListOnly?: true;
  /** comparisons of the caller's role/admin flag */
  roleChecks: Node[];
  /** the handler answers 429 itself (a limiter called inside the handler) */
  limits: boolean;
  /** a header secret is compared with the addressed record's key (device/API keys) */
  apiKeyChecks: boolean;
  /** callers are admitted by a key of the server's own (`INTERNAL_API_KEY`): a service, not a user of the app */
  serviceKey?: boolean;
  /** client values compared with the caller's id and rejected when different */
  provenKeys: Set<string>;
  responses: ResponseSite[];
  /** the function rejects with 401/403 (or throws an Unauthorized/Forbidden error, or redirects to login) */
  rejects: boolean;
  /**
   * it answers 404 itself (`res.status(404)`, `ctx.throw(404)`, `throw new NotFoundException()`): a membership or
   * ownership lookup that hides what the caller may not see denies as surely as a 403
   */
  hidesMissing: boolean;
  /** it reads the caller's identity from a verifier/session helper or checks `req.user` presence */
  identityCalls: string[];
  /** `if (!req.user) return 401`-style presence checks */
  identityGuard: boolean;
  validatedBody: string | null;
  /** the body's schema hands undeclared keys through (zod `.passthrough()`, yup without `stripUnknown`) */
  bodyKeepsUnknown?: boolean;
  reads: { params: boolean; body: boolean; query: boolean };
  /** (model, field) pairs read off loaded records: evidence of the model's fields when no schema is in the project */
  fieldUses: [string, string][];
  /** every call expression of the function (in its file, `env.file`), for checks that look for specific APIs */
  calls: T.CallExpression[];
  /** catch clauses: (param name, body) for error-leak; `inHelper` for those of the functions it calls */
  catches: { file: SourceFile; clause: T.CatchClause; inHelper?: boolean }[];
  /** `Object.assign(record, body)` / `record.update(body)` with the whole unvalidated body, here or in a helper */
  bodyMerges: Location[];
  /** Hono's raw body is read (`c.req.json()`, `c.req.parseBody()`): what a validator middleware checked was a copy */
  readsRawBody: boolean;
  /** it signs a session or access token (`jwt.sign`, `new SignJWT(…).sign`, `reply.jwtSign`), here or in a helper */
  issuesToken: boolean;
  /** SQL fragments written from request text and passed through unescaped (`sql.raw(\`… '%${q}%'\`)`), here or in a helper */
  rawSql: Location[];
  /**
   * the request is turned away unless a project helper verifies an HMAC or a timing-safe comparison of what the client
   * sent (`if (!validSignature(raw, c.req.header('x-signature'))) return 401`, a receipt link's token): the client
   * proves it holds a secret, and the values signed are proven with it
   */
  signedRequest?: boolean;
  /** the server's own keys a request header is compared with (`x-internal-key !== INTERNAL_KEY`), where they are named */
  serverKeys: Node[];
  /** calls of async checks whose answer is used without `await` (`const allowed = isPlanOwner(id, me)`): they check nothing */
  floatingChecks: T.CallExpression[];
  env: Env;
}

export interface ResponseSite {
  file: SourceFile;
  node: Node;
  arg: Node | null;
  sources: Sources;
  /** record variables the sent value derives from without being shaped */
  wholeRecords: string[];
  /** sent only in a branch for privileged callers (`if (user.role === 'admin') return row`) */
  staffOnly: boolean;
  shaped: boolean;
  status: number | null;
  /**
   * records sent less some fields taken out by a rest pattern (`const { passwordHash, ...safe } = user`,
   * `rows.map(({ passwordHash, ...m }) => m)`): what else they carry still goes out
   */
  lessFields?: { record: string; removed: string[] }[];
}

export interface Env {
  file: SourceFile;
  /** variable → sources */
  vars: Map<string, Sources>;
  /** variable → record variables it is (unshaped) derived from (sets are never changed once stored: shared) */
  records: Map<string, ReadonlySet<string>>;
  /** variables holding a shaped copy (DTO, picked fields, rest-omit) */
  shaped: Set<string>;
  /** rest-omit copies of records: variable → the fields taken out (`const { passwordHash, ...safe } = user`) */
  lessFields: Map<string, string[]>;
  /** variables holding the caller's role as a helper looked it up (`const role = await getProfileRole(req.user.id)`) */
  callerRoles: Set<string>;
  /** object variables whose fields are known apart (`{ ...req.body, ownerId: me }`): field → sources (see objectFields) */
  fields: Map<string, ObjectFields>;
  /** names that denote the request object (handler params, `getRequest()` results) */
  requestRoots: Map<string, boolean>;
  /** record variable → the access that produced it */
  recordAccess: Map<string, DataAccess>;
  /** data-layer calls recognised so far, by node (a response may send one directly: `return prisma.user.findMany()`) */
  accessByNode: Map<Node, DataAccess>;
  /** helper calls that looked something up scoped to the caller (`findMembership(labId, userId)` in `assertLabRole`) */
  scopedHelperCalls: Node[];
  /** helper calls whose row is handed on without a name (`assertSameCompany(await this.getRequest(id), user)`) → key */
  callRecords: Map<Node, string>;
  /** parameters holding a row the caller proved the caller's (AnalyzeOptions.ownedParams) */
  handedIn: Set<string>;
  /**
   * fields of a helper's answer that are an argument it was given, by the caller's name for them: `ctx.orgId` → the
   * `params.orgId` of `const ctx = await requireMember(params.orgId)`, whose helper returns `{ orgId, role }`
   */
  aliases: Map<string, Node>;
  resolver?: Resolver;
  /** where this app's auth middleware puts the caller, besides the usual names (`req.driver`, `c.get('member')`) */
  identityKeys: ReadonlySet<string>;
  depth: number;
  /** an authenticating middleware runs first, so identity headers it sets (x-user-id) can be trusted */
  trustHeaders: boolean;
  /** the body the handler sees was already checked by a strict schema middleware */
  validatedBody?: boolean;
  /** …or by a schema middleware that hands undeclared keys on (`zValidator('json', z.object({…}).passthrough())`) */
  looseBody?: boolean;
  /** request fields the route's schemas make numbers */
  numeric?: NumericFields;
}

function newEnv(file: SourceFile, resolver: Resolver, depth: number, trustHeaders: boolean): Env {
  return {
    file,
    vars: new Map(),
    records: new Map(),
    shaped: new Set(),
    lessFields: new Map(),
    callerRoles: new Set(),
    fields: new Map(),
    requestRoots: new Map(),
    recordAccess: new Map(),
    accessByNode: new Map(),
    scopedHelperCalls: [],
    callRecords: new Map(),
    handedIn: new Set(),
    aliases: new Map(),
    resolver,
    identityKeys: identityKeys(resolver),
    depth,
    trustHeaders,
  };
}

const DATA_ROOT =
  /^(?:prisma|db|knex|pool|client|supabase|sql|conn|connection|database|orm|em|manager|this|console|JSON|Object|Math|Array|Promise|[A-Z]\w*)$/;

/** Model methods that store a row and return it (`create`, `createWithCtx`, `findOrCreate`, `save`). */
const STORE_CALL = /^(?:create|insert|save|upsert|build|findOrCreate)[A-Z]?\w*$/;

const RETURN_CACHE = new WeakMap<Node, Map<string, Sources>>();
/** …and the fields of the objects they return, known apart (see returnedFields) */
const RETURN_FIELDS = new WeakMap<Node, Map<string, ObjectFields>>();
const HELPER_MEMO = new WeakMap<Node, Map<string, FlowResult>>();

/**
 * The fields of the objects a helper returns that hold a row or the caller (`{ ticket, membership }`), when every
 * `return` hands back an object written out; null otherwise.
 */
function rowFields(inner: FlowResult): ReadonlySet<string> | null {
  const keys = new Set<string>();
  if (inner.responses.length === 0) return null;
  for (const r of inner.responses) {
    const o = unwrap(r.arg);
    if (o?.type === 'Literal' && o.value === null) continue;
    if (o?.type !== 'ObjectExpression') return null;
    for (const p of o.properties) {
      if (p.type !== 'Property' || p.computed) return null;
      const k = nameOf(p.key as Node);
      const v = p.value as Node;
      if (k === null) return null;
      if (recordsOf(inner.env, v).size > 0 || sourcesOf(inner.env, v) & (SRC.record | SRC.user)) keys.add(k);
    }
  }
  return keys;
}

/** `node` is the branch of an `if` that runs only when one of `absent` is given (`if (websiteId) { … }`). */
function onlyWhenGiven(node: Node, absent: ReadonlySet<string>): boolean {
  const parent = parentOf(node);
  if (parent?.type !== 'IfStatement' || parent.consequent !== node) return false;
  // (the leading operand of a chain of `&&`: `if (websiteId && params.segment)`)
  let test = unwrap(parent.test as Node);
  while (test?.type === 'LogicalExpression' && test.operator === '&&') test = unwrap(test.left as Node);
  return test?.type === 'Identifier' && absent.has(test.name);
}

/**
 * Every value the helper returns is plainly no row: text, a literal, or a name that holds no record (`return token` of a
 * verified token, `return 'You must be logged in.'`).
 */
function returnsNoRow(inner: FlowResult): boolean {
  const returns = inner.responses.filter((r) => r.node.type === 'ReturnStatement');
  return (
    returns.length > 0 &&
    returns.every((r) => {
      const a = unwrap(r.arg);
      if (!a || a.type === 'Literal' || a.type === 'TemplateLiteral') return true;
      return (
        a.type === 'Identifier' &&
        recordsOf(inner.env, a).size === 0 &&
        !((inner.env.vars.get(a.name) ?? 0) & SRC.record)
      );
    })
  );
}

/** The call is a statement of its own (`limiter(req);`, `await limiter.check(req);`): its answer is not used. */
function asStatement(call: Node): boolean {
  let p = parentOf(call);
  if (p?.type === 'AwaitExpression') p = parentOf(p);
  return p?.type === 'ExpressionStatement';
}

/** A helper that hands back only a yes or no: every `return` is `Boolean(x)`, `!!x`, a comparison or a boolean literal. */
const ANSWERS_ONLY = new WeakMap<Node, boolean>();

function answersOnly(fn: Node): boolean {
  let known = ANSWERS_ONLY.get(fn);
  if (known === undefined) {
    const returns = returnedExpressions(fn);
    known =
      returns.length > 0 &&
      returns.every(
        (v) =>
          (v?.type === 'CallExpression' && calleeName(v) === 'Boolean') ||
          (v?.type === 'UnaryExpression' && v.operator === '!') ||
          (v?.type === 'BinaryExpression' && /^(?:[!=]==?|[<>]=?)$/.test(v.operator)) ||
          (v?.type === 'Literal' && typeof v.value === 'boolean'),
      );
    ANSWERS_ONLY.set(fn, known);
  }
  return known;
}

/** The project function a call runs and the kinds of its arguments (-1: the request object itself), or null. */
function helperCall(
  env: Env,
  call: T.CallExpression,
  resolved?: { file: SourceFile; fn: Node },
): { target: { file: SourceFile; fn: Node }; argKinds: number[] } | null {
  // the callee first: most calls are not of project helpers, and their arguments are read by the caller anyway
  // (reading them here too doubled the work at every level of nested calls)
  const target = resolved ?? env.resolver!.calleeFunction(env.file, call);
  if (!target) return null;
  const argKinds = call.arguments.map((a) => {
    const u = unwrap(a as Node);
    return u?.type === 'Identifier' && env.requestRoots.has(u.name) ? -1 : sourcesOf(env, a as Node);
  });
  return { target, argKinds };
}

/**
 * Sources of what a project helper returns when given these arguments: `currentUserId(req)` returns the
 * caller's id, `getTodoId(req)` a path param. Request objects passed in stay request objects inside.
 */
function returnedSources(env: Env, call: T.CallExpression): Sources | null {
  const h = helperCall(env, call);
  if (!h) return null;
  const s = helperReturns(env, h.target, h.argKinds);
  // nothing from the request goes in: whatever the helper returns is not request data, but it may be the caller's
  // identity, read from the session inside (`const { businessId } = await requireMember()`)
  return h.argKinds.every((k) => k === 0) ? (s & SRC.user ? SRC.user : null) : s;
}

/**
 * The fields of the object a project helper returns, known apart: `const { auth, query } = await parseRequest(request,
 * schema)` where the helper returns `{ query, body, auth, error }` — the caller's identity is not the query string.
 */
function returnedFields(env: Env, call: T.CallExpression): ObjectFields | null {
  // (most helpers hand back no object written out: their arguments need not be read again)
  const target = env.resolver!.calleeFunction(env.file, call);
  if (!target || !returnsObjectLiteral(target.fn)) return null;
  const h = helperCall(env, call, target);
  if (!h) return null;
  helperReturns(env, h.target, h.argKinds);
  const fields = RETURN_FIELDS.get(h.target.fn)?.get(returnKey(env, h.argKinds));
  if (!fields || !h.argKinds.every((k) => k === 0)) return fields ?? null;
  return new Map([...fields].map(([k, v]) => [k, v & SRC.user]));
}

const RETURNS_OBJECT = new WeakMap<Node, boolean>();

/** Some `return` of the function (not of a function inside it) hands back an object written out. */
function returnsObjectLiteral(fn: Node): boolean {
  let known = RETURNS_OBJECT.get(fn);
  if (known === undefined) {
    known = returnedExpressions(fn).some((r) => r?.type === 'ObjectExpression');
    RETURNS_OBJECT.set(fn, known);
  }
  return known;
}

function returnKey(env: Env, argKinds: number[]): string {
  return `${env.trustHeaders ? 't' : 'u'}${argKinds.join(',')}`;
}

function helperReturns(env: Env, target: { file: SourceFile; fn: Node }, argKinds: number[]): Sources {
  const resolver = env.resolver!;
  const fn = target.fn as T.Function | T.ArrowFunctionExpression;
  const key = returnKey(env, argKinds);
  let cache = RETURN_CACHE.get(target.fn);
  const hit = cache?.get(key);
  if (hit !== undefined) return hit;
  if (!cache) {
    cache = new Map();
    RETURN_CACHE.set(target.fn, cache);
  }
  cache.set(key, 0); // recursion guard
  const inner = newEnv(target.file, resolver, env.depth + 1, env.trustHeaders);
  fn.params.forEach((p, i) => {
    const kind = argKinds[i];
    for (const name of boundNames(p as Node)) {
      if (kind === -1) inner.requestRoots.set(name, false);
      else if (kind !== undefined) inner.vars.set(name, kind);
    }
  });
  let s = 0;
  /** the fields of the objects every `return` hands back (null once one returns something else) */
  let fields: Map<string, Sources> | null | undefined;
  const subs = new Map<string, ObjectFields | null>();
  const returned = (value: Node): void => {
    s |= sourcesOf(inner, value);
    if (fields === null) return;
    const u = unwrap(value);
    if (u?.type === 'Literal' && u.value === null) return;
    const f = u?.type === 'ObjectExpression' ? propertySources(inner, u) : null;
    if (!f) fields = null;
    else {
      fields ??= new Map();
      for (const [k, v] of f) fields.set(k, (fields.get(k) ?? 0) | v);
      // (a field's own fields, while every return that names them agrees)
      for (const [k, sub] of SUBFIELDS.get(f) ?? []) subs.set(k, subs.has(k) && subs.get(k) !== sub ? null : sub);
    }
  };
  const body = fn.body as Node | null;
  if (body && body.type !== 'BlockStatement') returned(body);
  else if (body) {
    walk(body, (n) => {
      if (n !== body && isFunction(n)) return false;
      if (n.type === 'VariableDeclarator') declare(inner, n.id as Node, n.init as Node | null);
      // `let body; try { body = await req.json() } catch { throw … }`: what the variable holds after it is assigned
      if (n.type === 'AssignmentExpression' && n.operator === '=' && n.left.type === 'Identifier') {
        const before = inner.vars.get(n.left.name) ?? 0;
        declare(inner, n.left as Node, n.right as Node);
        inner.vars.set(n.left.name, (inner.vars.get(n.left.name) ?? 0) | before);
      }
      if (n.type === 'ReturnStatement' && n.argument) returned(n.argument as Node);
      return undefined;
    });
  }
  cache.set(key, s);
  if (fields) {
    let byKey = RETURN_FIELDS.get(target.fn);
    if (!byKey) {
      byKey = new Map();
      RETURN_FIELDS.set(target.fn, byKey);
    }
    byKey.set(key, fields);
    const agreed = [...subs].filter((e): e is [string, ObjectFields] => e[1] !== null);
    if (agreed.length > 0) SUBFIELDS.set(fields, new Map(agreed));
  }
  return s;
}

/** The request parts a `matchedData(req, { locations })` call reads (all of body, query and params without a list). */
function matchedLocations(call: T.CallExpression): Sources {
  const opts = unwrap(call.arguments[1] as Node | undefined);
  const list = opts?.type === 'ObjectExpression' ? unwrap(propertyValue(opts, 'locations')) : null;
  if (list?.type !== 'ArrayExpression') return SRC.body | SRC.query | SRC.params;
  let s = 0;
  for (const el of list.elements) {
    const v = stringValue(el as Node | null);
    s |= v === 'body' ? SRC.body : v === 'query' ? SRC.query : v === 'params' ? SRC.params : 0;
  }
  return s;
}

const VALIDATE_CALL =
  /^(?:parse|safeParse|parseAsync|safeParseAsync|validate|validateSync|validateAsync|assert|cast|matchedData|plainToInstance|plainToClass|valid)$/;
/** Headers a trusted middleware/gateway sets with the authenticated user (the gateway must strip client copies). */
const USER_HEADER = /^x-(?:user|auth|authenticated)-?(?:id|sub|user)?$|^x-user$/i;
export const SHAPE_CALL =
  /^(?:to[A-Z]\w*|serialize\w*|sanitize\w*|pick|omit|strip\w*|public\w*|present\w*|format\w*|map\w*To\w*|dto|transform\w*|without\w*|safe\w*|redact\w*|clean\w*|\w+(?:Mapper|Dto|DTO|Presenter|Serializer|View|Resource|Response))$/;
/** Names of rate limiters: middleware (`loginLimiter`, `rateLimit(…)`) and objects called in handlers (`authLimiter.check`). */
export const LIMITER_NAME = /(?:rate_?limit|ratelimit|limiter|slow_?down|throttle|brute)/i;
/**
 * The session keys that name the signed-in caller (`req.session.user`, `request.session.set('uid', …)`,
 * `request.session.memberId`, `patient_id`, `staffId`).
 */
const SESSION_IDENTITY_KEY =
  /^(?:uid|(?:user|account|member|customer|staff|admin|person|patient|student|employee|librarian|profile)(?:_?[iI]d)?)$/;
/** Helpers that answer whether someone holds an administrative role: `isPlatformAdmin(id)`, `userIsStaff(id)`. */
const ROLE_PREDICATE = /^(?:is|has|check|user|caller)\w*(?:admin|staff|superuser|moderator)$/i;
const INJECTED_IDENTITY = /^(?:user|currentUser|authUser|sessionUser|session|principal|viewer|me|claims|auth|caller)$/;
const DENY_STATUS = new Set([401, 403]);
/** Query builders whose `raw(text)` pastes text into the statement: Drizzle's `sql`, `Prisma`, knex. */
const RAW_SQL_ROOT = /^(?:sql|Prisma|knex|db|trx|tx)$/;
/** Query-builder methods that take a condition as SQL text (TypeORM's `where('u.role = :role', { role })`). */
const BUILDER_TEXT = /^(?:where|andWhere|orWhere|having|andHaving|orHaving)$/;
/**
 * How deep calls are followed from a handler: a route → a service → an access helper → the query
 * (`assertGreenhouseOwner` → `assertGreenhouseAccess` → `findGreenhouseForMember`). Each function is analysed once per
 * kind of arguments (HELPER_MEMO), so the depth costs little.
 */
const MAX_FOLLOW = 3;
/** Helpers named for checking a signature or a token: `validSignature`, `verifyReceiptToken`, `checkHmac`. */
const SIGNATURE_HELPER = /verif|valid|check|signature|signed|hmac/i;
/** A function body that computes an HMAC or compares secrets in constant time. */
const HMAC_CHECK = /\btimingSafeEqual\s*\(|\bcreateHmac\s*\(/;
/** Owners that are groups of people rather than a person: a household, a team, an organisation. */
const GROUP_OWNER = /^(?:household|team|org|organi[sz]ation|workspace|company|tenant|clinic|group|club|family)$/i;
/** The caller's own id (not the id of a group the caller belongs to). */
const PERSON_ID = /^(?:id|_id|sub|userId|user_id|uid)$/;

/**
 * `if (loan.household.id !== user.id) throw 403`: a group's id compared with the caller's own id — the wrong field (the
 * caller's `householdId` was meant), so it proves nothing about the record.
 */
function groupComparedWithPerson(a: Node, b: Node): boolean {
  const group = (n: Node): boolean => {
    const p = memberPath(unwrap(n));
    if (!p || p.length < 2) return false;
    const leaf = p[p.length - 1]!;
    const entity = /^_?id$/.test(leaf) ? p[p.length - 2]! : leaf.replace(/_?[iI]d$/, '');
    return entity !== leaf && GROUP_OWNER.test(entity);
  };
  const person = (n: Node): boolean => {
    const p = memberPath(unwrap(n));
    if (!p) return false;
    const leaf = p[p.length - 1]!;
    // `user.id`, `ctx.state.user.sub`, `session.user.id`, or a bare `userId`
    return PERSON_ID.test(leaf) && (p.length === 1 ? leaf !== 'id' : !GROUP_OWNER.test(p[p.length - 2]!));
  };
  return (group(a) && person(b)) || (group(b) && person(a));
}

/**
 * Kinds of token a claim names (`type: 'refresh'`): a token's purpose, not a role. Also the machines a token may be
 * issued to (`if (request.user.kind === 'device') return 401` keeps sensor tokens off the people's routes: every
 * person still passes).
 */
const TOKEN_KIND =
  /^(?:refresh|access|id|reset|password_?reset|verify|verification|email_?verification|magic|otp|mfa|2fa|api|invite|device|machine|kiosk|sensor|bot|service_?account|integration)$/i;
/** Names a call's result carries beside its records: tokens, errors, counts, paging. */
const NOT_A_RECORD =
  /^(?:token|\w+Token|jwt|error|err|errors|count|total|totalCount|meta|ok|success|message|page|pages|cursor|nextCursor|hasMore|(?:deleted|modified|matched|upserted|inserted|affected|changed)Count|acknowledged|rowCount|affectedRows|changes)$/;
/** What an ORM hands back beside the rows in a tuple: whether the row was made (`findOrCreate`), how many changed. */
const BESIDE_ROWS = /^(?:created|isNew|wasCreated|inserted|affected|affectedCount|affectedRows|updated)$/;
/** The file imports Hono (its context's `get` reads what middleware `set`, not a header). */
const HONO_IMPORT = /\bfrom\s+['"]hono(?:\/[\w-]+)?['"]/;
/** A table of server-side sessions (`sessions`, `user_sessions`): a row in it is a signed-in session. */
const SESSION_TABLE = /^(?:(?:user|auth|login|member)_?)?session$/i;
/** Coercions that leave a number. */
const NUMERIC_COERCE = /^(?:Number|parseInt|parseFloat|BigInt)$/;
/** Clients of third-party services whose calls answer with the service's own objects (a payment intent, a message). */
const EXTERNAL_SERVICE =
  /^(?:stripe|openai|anthropic|twilio|octokit|resend|sendgrid|sgMail|mailgun|postmark|slack|cloudinary|posthog|paypal)$/i;

export interface AnalyzeOptions {
  /** how each parameter is bound (Nest decorators) */
  bindings?: Record<number, ParamBinding>;
  /** sources of each parameter, when following a call into a helper */
  paramSources?: Sources[];
  /** per argument given as an object literal, the sources of each of its named properties */
  paramProps?: (ReadonlyMap<string, Sources> | null)[];
  /** parameter indexes that are the request object */
  requestParams?: number[];
  /**
   * rows the caller handed in that it had proven the caller's (`schedulePerformance(festival, body)` after
   * `getOwnedFestival(id, user.org)`), by parameter index: their ids bound the helper's lookups as they did the caller's
   */
  ownedParams?: ReadonlyMap<number, DataAccess>;
  depth?: number;
  trustHeaders?: boolean;
  /** a middleware checked the body against a strict schema and put the result back (see LinkFacts.validation.replaces) */
  validatedBody?: boolean;
  /** a schema middleware checked the body but lets undeclared keys through */
  looseBody?: boolean;
  /** request fields the route's schemas make numbers (`days: { type: 'integer' }`) */
  numeric?: NumericFields;
}

/** Reads a function once, in source order, tracking where values come from (a small intraprocedural taint pass). */
export function analyzeFunction(resolver: Resolver, ref: FunctionRef, options: AnalyzeOptions = {}): FlowResult {
  const { file } = ref;
  const fn = ref.fn as T.Function | T.ArrowFunctionExpression;
  const env = newEnv(file, resolver, options.depth ?? 0, options.trustHeaders ?? false);
  if (options.validatedBody) env.validatedBody = true;
  if (options.looseBody) env.looseBody = true;
  if (options.numeric) env.numeric = options.numeric;
  const result: FlowResult = {
    accesses: [],
    ownershipChecks: [],
    roleChecks: [],
    provenKeys: new Set(),
    apiKeyChecks: false,
    limits: false,
    responses: [],
    rejects: false,
    hidesMissing: false,
    identityCalls: [],
    identityGuard: false,
    validatedBody: null,
    reads: { params: false, body: false, query: false },
    calls: [],
    fieldUses: [],
    catches: [],
    bodyMerges: [],
    readsRawBody: false,
    issuesToken: false,
    rawSql: [],
    serverKeys: [],
    floatingChecks: [],
    env,
  };
  bindParams(env, fn, options);
  // a wrapper (`withInternalKey(handler)` returning `async (req, res) => …`): the function it returns runs per request,
  // and its leading parameters are the request and the response
  if (!options.paramSources && !options.bindings) {
    const perRequest = returnedExpressions(fn).find((r) => isFunction(r)) as FunctionNode | undefined;
    if (perRequest) bindParams(env, perRequest, options);
  }
  const depth = options.depth ?? 0;

  const body = fn.body as Node | null;
  if (!body) return result;
  // responses are read after the walk, once every data access in them is known
  const pending: [SourceFile, Node, Node | null, number | null][] = [];
  /** result variables of the caller's membership lookups → the records whose fields picked them */
  const memberships = new Map<string, ReadonlySet<string>>();
  /** helper calls checking a row another call written as their argument hands them (resolved after the walk) */
  const inlineChecks: { argument: Node; node: T.CallExpression }[] = [];
  /** loaded rows compared with a client value, the function turning a mismatch away (see DataAccess.keyedBy) */
  const keyed: { records: ReadonlySet<string>; key: string }[] = [];
  /** `const isOwner = doc.ownerId === user.id`: conditions kept in a variable, read where the variable is tested */
  const namedConditions = new Map<string, Node>();
  /** `const m = await getMembership(orgId, me)`: the client values the membership names, proven once `m` is tested */
  const membershipKeys = new Map<string, string[]>();
  /** every place so far that turns requests away sits under a test of a role's value (`if (session.role === 'student') 403`) */
  let roleDeniesOnly = true;
  /** The function turns requests away here (a 401/403, a throw of an auth error, a helper that does). */
  const deny = (at: Node, inHelper = false): void => {
    result.rejects = true;
    if (inHelper || !underRoleEquality(at)) roleDeniesOnly = false;
  };
  /** Some `if` around `at`, inside the function, tests the caller's role (an administrator's override is by design). */
  const underRoleTest = (at: Node): boolean => {
    for (let p = parentOf(at); p && p !== fn; p = parentOf(p)) {
      if (p.type !== 'IfStatement') continue;
      const t = unwrap(p.test as Node);
      if (t?.type === 'BinaryExpression' && (isRoleValue(env, t.left as Node) || isRoleValue(env, t.right as Node)))
        return true;
      if (privilegedTest(t, (x) => isRoleValue(env, x)) !== null) return true;
    }
    return false;
  };
  /** The nearest `if` around `at` tests a role for equality with a value (a deny-list of roles). */
  const underRoleEquality = (at: Node): boolean => {
    for (let p = parentOf(at); p; p = parentOf(p)) {
      if (isFunction(p)) return false;
      if (p.type !== 'IfStatement') continue;
      const t = unwrap(p.test as Node);
      return (
        t?.type === 'BinaryExpression' &&
        (t.operator === '===' || t.operator === '==') &&
        (isRoleValue(env, t.left as Node) || isRoleValue(env, t.right as Node))
      );
    }
    return false;
  };
  if (body.type !== 'BlockStatement') {
    // expression-bodied arrow: its value is the response for return-style frameworks
    pending.push([file, body, body, null]);
  }
  // an adapter may narrow a function to the statements that run for one endpoint (a Next.js method branch)
  const roots = ref.statements ?? [body];
  // parameters the caller left out (`getQueryFilters(query)` of `(params, websiteId?)`): undefined here, so what runs
  // only when they are given (`if (websiteId) { … }`) does not run for this call
  const absent = new Set<string>();
  if (options.paramSources)
    fn.params.forEach((p, i) => {
      if (i >= options.paramSources!.length && (p as Node).type === 'Identifier')
        absent.add((p as T.IdentifierName).name);
    });
  for (const root of roots)
    walk(root, (node) => {
      if (absent.size > 0 && onlyWhenGiven(node, absent)) return false;
      switch (node.type) {
        // type annotations carry no values: skip their subtrees
        case 'TSTypeAnnotation':
        case 'TSTypeParameterInstantiation':
        case 'TSTypeParameterDeclaration':
        case 'TSInterfaceDeclaration':
        case 'TSTypeAliasDeclaration':
          return false;
        case 'VariableDeclarator': {
          declare(env, node.id as Node, node.init as Node | null);
          const init = unwrap(node.init as Node | null);
          // (a `&&`/`||` initialiser is read as a condition where it stands)
          // (…and so is a choice of such conditions by role: `const allowed = user.role === 'ADMIN' ? s.schoolId ===
          // user.schoolId : s.guardianId === user.id`)
          if (
            init &&
            node.id.type === 'Identifier' &&
            (init.type === 'BinaryExpression' || init.type === 'UnaryExpression' || conditionChoice(init))
          )
            namedConditions.set(node.id.name, init);
          break;
        }
        case 'AssignmentExpression': {
          const left = unwrap(node.left as Node);
          // `record = await Model.findByPk(record.id, …)` reloads the same record: the call is read before it runs,
          // with `record` as it was (declaring first would make its own arguments look like their result)
          if (left?.type === 'Identifier' && !reloads(left.name, node.right as Node)) {
            // `let companyId; if (requested) companyId = Number(requested); else companyId = membership.companyId`:
            // assigned in one branch of a choice, the variable holds either value after it
            const before = env.vars.get(left.name);
            const beforeRecords = env.records.get(left.name);
            declare(env, left, node.right as Node);
            // `let owner = req.user.id; if (isStaff(req.user)) owner = body.customerId`: what staff pick is theirs to
            // pick by design; every other caller keeps the value (as `isStaff(user) ? body.customerId : user.id` does)
            if (
              before !== undefined &&
              node.operator === '=' &&
              inPrivilegedBranch(node, fn, (n) => isRoleValue(env, n))
            ) {
              env.vars.set(left.name, before);
              if (beforeRecords) env.records.set(left.name, beforeRecords);
              else env.records.delete(left.name);
            } else if (before !== undefined && node.operator === '=' && inBranch(node, fn) && !underRoleTest(node)) {
              env.vars.set(left.name, (env.vars.get(left.name) ?? 0) | before);
              if (beforeRecords)
                env.records.set(left.name, new Set([...beforeRecords, ...(env.records.get(left.name) ?? [])]));
            }
          }
          // Koa: ctx.status = 401
          if (
            left?.type === 'MemberExpression' &&
            nameOf(left.property as Node) === 'status' &&
            DENY_STATUS.has(numberValue(node.right as Node) ?? 0)
          )
            deny(node);
          // ctx.body = x (Koa), ctx.response.body = x
          const lp = memberPath(left);
          // `req.session.user = { id: user.id }`, `ctx.session.userId = user.id`: the session now names the caller —
          // a sign-in, as a token signed for them is
          // (…also an iron-session object of its own: `session.user = toSessionUser(user); await session.save()`)
          if (
            lp &&
            lp.length >= (lp[0] === 'session' ? 2 : 3) &&
            lp[lp.length - 2] === 'session' &&
            SESSION_IDENTITY_KEY.test(lp[lp.length - 1]!) &&
            (isRequestRoot(env, lp[0]!) || lp[0] === 'ctx' || lp[0] === 'session')
          )
            result.issuesToken = true;
          if (lp && lp.length >= 2 && lp[lp.length - 1] === 'body' && (isRequestRoot(env, lp[0]!) || lp[0] === 'ctx')) {
            pending.push([file, node, node.right as Node, null]);
          }
          break;
        }
        case 'CallExpression':
          onCall(node);
          break;
        case 'TaggedTemplateExpression': {
          const query = taggedQuery(resolver, file, node);
          if (query) onCall(query);
          break;
        }
        case 'ReturnStatement':
          if (node.argument && enclosingFunction(node) === fn) {
            pending.push([file, node, node.argument as Node, null]);
          }
          if (node.argument) checkRejection(node.argument as Node);
          // a predicate helper's answer is the comparison it returns (`return project.userId === user.id`): the
          // caller testing that answer checks what the comparison checks
          if (depth > 0 && node.argument && enclosingFunction(node) === fn) {
            const answer = unwrap(node.argument as Node);
            if (answer?.type === 'BinaryExpression' && /^[!=]==?$/.test(answer.operator)) onCondition(answer);
          }
          break;
        case 'ThrowStatement':
          checkThrow(node.argument as Node);
          break;
        case 'IfStatement':
          onCondition(node.test as Node);
          // `if (typeof email !== 'string') ctx.throw(400)`: past the guard, email is a primitive
          for (const name of typeGuardExit(node)) env.vars.set(name, (env.vars.get(name) ?? 0) | SRC.coerced);
          // `if (!event || !event.resultsPublished) throw 404`: the record goes on only once published
          // (…not an approved pay run or expense: a decided record of a workflow, not published content)
          for (const name of publishedGuard(node)) {
            const access = env.recordAccess.get(name);
            if (access && !WORKFLOW_MODEL.test(modelKey(access.model ?? ''))) access.publicRow = true;
          }
          break;
        case 'ConditionalExpression':
          onCondition(node.test as Node);
          break;
        case 'LogicalExpression':
          onCondition(node as Node);
          break;
        case 'CatchClause':
          result.catches.push({ file, clause: node });
          break;
        case 'MemberExpression': {
          if (
            node.computed &&
            node.object.type === 'Identifier' &&
            !isRequestRoot(env, node.object.name) &&
            !env.vars.has(node.object.name) &&
            !isLookupTable(resolver, file, node.object)
          ) {
            const ps = sourcesOf(env, node.property as Node);
            if (ps & CLIENT && !(ps & SRC.user) && !(ps & SRC.record)) {
              const parent = parentOf(node);
              const written = parent?.type === 'AssignmentExpression' && parent.left === node;
              const access: DataAccess = {
                layer: 'memory',
                model: node.object.name,
                operation: written ? 'update' : 'read',
                byClientId: true,
                scopedToCaller: false,
                ownerFromClient: false,
                selected: false,
                writesBody: false,
                filterFromClient: false,
                sqlConcat: false,
                resultVar: null,
                publicRow: false,
                includes: [],
                byHeader: false,
                clientKeys: [memberPath(unwrap(node.property as Node))?.join('.') ?? ''],
                location: locationOf(file, node),
              };
              result.accesses.push(access);
              env.accessByNode.set(node, access);
              assignRecord(node, access);
            }
          }
          if (!node.computed && node.object.type === 'Identifier') {
            const acc = env.recordAccess.get(node.object.name);
            const field = nameOf(node.property as Node);
            if (acc?.model && field) result.fieldUses.push([acc.model, field]);
          }
          const root = memberRoot(node);
          const p = root !== null && isRequestRoot(env, root) ? memberPath(node) : null;
          // `ctx.body = …` (Koa) writes the response; it reads nothing from the request
          const target = parentOf(node);
          const written = target?.type === 'AssignmentExpression' && target.left === node;
          if (p && !written) {
            const s = requestPathSources(p, env.requestRoots.get(p[0]!) === true, env.identityKeys);
            if (s & SRC.params) result.reads.params = true;
            if (s & SRC.body) result.reads.body = true;
            if (s & SRC.query) result.reads.query = true;
          }
          break;
        }
        case 'ArrowFunctionExpression':
        case 'FunctionExpression':
          bindCallbackParams(env, node);
          break;
        default:
          break;
      }
    });
  // (only role deny-lists: an anonymous caller, whose role is undefined, passes them all)
  if (result.rejects && roleDeniesOnly) result.roleDenyListOnly = true;
  // `const team = …where(eq(teams.id, match.teamBId)); if (team.captainId !== me) 403`: the record whose field picked
  // the row found to be the caller's is checked too (the caller captains a team of that match)
  for (const c of [...result.ownershipChecks]) {
    const more = new Set<string>();
    for (const v of c.vars) {
      const a = env.recordAccess.get(v);
      if (!a) continue;
      for (const [node, acc] of env.accessByNode)
        if (acc === a && node.type === 'CallExpression')
          for (const r of recordsIn(node, true)) if (!c.vars.has(r)) more.add(r);
    }
    if (more.size > 0) result.ownershipChecks.push({ ...c, vars: more });
  }
  // `if (user.role !== 'admin' && String(invoice.company) !== user.companyId) throw 403`: the role only lets an
  // administrator past the ownership check beside it — everyone else is checked as an owner, not by role
  if (result.ownershipChecks.length > 0) {
    const owned = new Set<Node>(result.ownershipChecks.map((c) => c.node));
    const besideOwnership = (n: Node): boolean => {
      const p = parentOf(n);
      if (p?.type !== 'LogicalExpression' || p.operator !== '&&') return false;
      const other = (p.left === n ? p.right : p.left) as Node;
      let found = false;
      walk(other, (x) => {
        if (owned.has(x)) found = true;
        return !found;
      });
      return found;
    };
    result.roleChecks = result.roleChecks.filter((n) => !besideOwnership(n));
  }
  // `ctx.body = isStaff(user) ? reservation : toGuestView(reservation)`: the whole row is the privileged branch of the
  // value sent, and every other caller gets another value — one with no whole row in it, or a view a function makes
  // of the row (what the view leaves out is the developer's choice of who sees what)
  const staffChoice = (arg: Node | null): boolean => {
    const c = unwrap(arg);
    if (c?.type !== 'ConditionalExpression') return false;
    const privileged = privilegedTest(c.test as Node, (n) => isRoleValue(env, n));
    if (privileged === null) return false;
    const other = unwrap((privileged ? c.alternate : c.consequent) as Node);
    return !!other && (other.type === 'CallExpression' || unshapedRecords(env, other).length === 0);
  };
  for (const { argument, node } of inlineChecks) {
    // (…or a data-layer call written as the argument: `assertSameBrewery(await Tank.findById(id).lean(), membership)`)
    let key = env.callRecords.get(argument);
    for (let c: Node | null = argument; !key && c?.type === 'CallExpression'; c = calleeObject(c)) {
      const access = env.accessByNode.get(c);
      if (!access) continue;
      key = access.resultVar ?? `@${c.start}`;
      if (!access.resultVar) {
        access.resultVar = key;
        env.recordAccess.set(key, access);
      }
    }
    if (key) result.ownershipChecks.push({ vars: new Set([key]), node, file });
  }
  // (only a function that turns requests away binds its rows by those comparisons)
  if (result.rejects || result.hidesMissing)
    for (const { records, key } of keyed)
      for (const r of records) {
        const access = env.recordAccess.get(r);
        if (access && !access.keyedBy?.includes(key)) access.keyedBy = [...(access.keyedBy ?? []), key];
      }
  for (const [f, node, arg, status] of pending) {
    const site = responseSite(env, f, node, arg, status);
    if (site.wholeRecords.length > 0)
      site.staffOnly = inPrivilegedBranch(node, fn, (n) => isRoleValue(env, n)) || staffChoice(arg);
    result.responses.push(site);
  }
  // `if (role === 'vet' && rx.clinicId === clinicId) return rx; … return toRxDto(rx)`: the whole row goes to one role
  // on purpose and everyone else gets a value made of it — the app chose who sees what (unless the role is one of the
  // people the records are about: an owner shown the staff's notes on their own pet is still shown them)
  for (const site of result.responses) {
    if (site.staffOnly || site.wholeRecords.length === 0) continue;
    const role = requiredRole(
      site.node,
      fn,
      (n) => isRoleValue(env, n),
      (id) => {
        const v = resolver.valueOf(file, id);
        return v.kind === 'node' && v.file === file ? v.node : null;
      },
    );
    if (role === null || SUBJECT_ROLE.test(role) || /^(?:owners?|members?)$/i.test(role)) continue;
    const models = new Set(site.wholeRecords.map((r) => env.recordAccess.get(r)?.model));
    site.staffOnly = result.responses.some(
      (r) =>
        r !== site &&
        r.wholeRecords.length === 0 &&
        r.arg !== null &&
        recordModelsIn(env, r.arg).some((m) => models.has(m)),
    );
  }
  // a person picked by the client only to be referred to (`vet = findOneBy({ id: dto.vetId })` → `vetId: vet.id`)
  // (also a person's membership looked up to check they belong: `groupMember.findUnique(… userId: body.toUserId)`)
  // — not when the route goes on to change or delete people of that kind (`User.updateOne({ _id: user._id }, …)`)
  const changed = new Set(
    result.accesses
      .filter((a) => a.model && (a.operation === 'update' || a.operation === 'delete'))
      .map((a) => modelKey(a.model!)),
  );
  for (const a of result.accesses)
    if (
      (a.byClientId || a.ownerFromClient) &&
      !changed.has(modelKey(a.model ?? '')) &&
      (a.operation === 'read' || a.operation === 'list') &&
      a.resultVar &&
      (PERSON_MODEL.test(modelKey(a.model ?? '')) ||
        // (a person's profile of some kind: `contractorProfile.findUnique({ where: { userId: body.contractorId } })`)
        /profile$/.test(modelKey(a.model ?? '')) ||
        (a.ownerFromClient && MEMBERSHIP_MODEL.test(modelKey(a.model ?? ''))))
    )
      if (onlyReferred(body, a.resultVar)) a.referenceOnly = true;
  // a row looked up only to see whether it exists (`if (taken) throw 409` for a slug): nothing of it is read or sent
  // (…or, picked by a narrow select, to test a field of it and nothing else — `if (job.status !== 'OPEN') throw 400`
  // — when the route goes on to change no row of its kind)
  for (const a of result.accesses)
    if (
      a.byClientId &&
      a.operation === 'read' &&
      a.resultVar &&
      !a.referenceOnly &&
      (onlyReferred(body, a.resultVar, true) ||
        (a.selected && !changed.has(modelKey(a.model ?? '')) && onlyReferred(body, a.resultVar, false, false)))
    )
      a.referenceOnly = true;
  return result;

  function onCall(call: T.CallExpression): void {
    result.calls.push(call);
    const name = calleeName(call);
    const path = memberPath(call.callee as Node);
    // Object.assign(pet, changes) with the whole body; req.user.update(req.body) on the caller's own record
    if (
      (name === 'assign' && path?.[0] === 'Object' && call.arguments.slice(1).some((a) => wholeBody(a as Node))) ||
      // TypeORM: repository.merge(entity, dto)
      (name === 'merge' &&
        path !== null &&
        path.length >= 2 &&
        call.arguments.length >= 2 &&
        call.arguments.slice(1).some((a) => wholeBody(a as Node))) ||
      (name !== null &&
        /^(?:update|set|updateOne)$/.test(name) &&
        path !== null &&
        path.length === 3 &&
        isRequestRoot(env, path[0]!) &&
        requestPathSources(path.slice(0, 2), false, env.identityKeys) === SRC.user &&
        call.arguments.length === 1 &&
        wholeBody(call.arguments[0] as Node))
    )
      result.bodyMerges.push(locationOf(file, call));
    if (
      name === 'jwtSign' ||
      (name === 'sign' && path && (path.length === 1 || /jwt|token|jose/i.test(path.join('.')))) ||
      // jose: `new SignJWT({ role }).setProtectedHeader(…).setExpirationTime('1h').sign(key)`
      (name === 'sign' && !path && /\bnew\s+SignJWT\b/.test(file.text.slice(call.callee.start, call.callee.end))) ||
      // @fastify/secure-session `request.session.set('uid', user.id)`
      (name === 'set' &&
        path?.[path.length - 2] === 'session' &&
        SESSION_IDENTITY_KEY.test(stringValue(call.arguments[0] as Node) ?? '')) ||
      // an auth provider signs the caller in and sets the session: Supabase `auth.signInWithPassword`, better-auth
      // `auth.api.signInEmail`, Firebase `signInWithEmailAndPassword(auth, …)` (…or renews it: `auth.refreshSession(…)`)
      (!!name &&
        /^(?:signInWith\w+|signIn(?:Email|Username)|verifyOtp|refreshSession)$/.test(name) &&
        /auth/i.test(path?.join('.') ?? name))
    )
      result.issuesToken = true;
    // Drizzle `sql.raw(…)`, `Prisma.raw(…)`, `knex.raw(…)`: the text goes into the statement as is
    // …and TypeORM query-builder conditions written as text: `qb.andWhere(\`u.email ILIKE '%${query.email}%'\`)`
    const first = unwrap(call.arguments[0] as Node | undefined);
    const rawFragment =
      (name === 'raw' && path?.length === 2 && RAW_SQL_ROOT.test(path[0]!)) ||
      (!!name &&
        BUILDER_TEXT.test(name) &&
        ((first?.type === 'TemplateLiteral' && first.expressions.length > 0) ||
          (first?.type === 'BinaryExpression' && first.operator === '+')));
    if (rawFragment && first) {
      // each interpolated value on its own: a string is still text after `typeof q === 'string'` or `String(q)`,
      // only a number cannot break out
      const parts =
        first.type === 'TemplateLiteral'
          ? (first.expressions as Node[])
          : first.type === 'BinaryExpression'
            ? [first.left as Node, first.right as Node]
            : [first];
      const textFromClient = (p: Node) => {
        const s = sourcesOf(env, p);
        return (s & CLIENT) !== 0 && (s & SRC.numeric) === 0;
      };
      if (parts.some(textFromClient)) result.rawSql.push(locationOf(file, call));
    }
    if (
      (name === 'json' || name === 'parseBody') &&
      path?.length === 3 &&
      path[1] === 'req' &&
      isRequestRoot(env, path[0]!) &&
      call.arguments.length === 0
    )
      result.readsRawBody = true;
    // `where.push(\`m.status = '${filters.status}'\`)` into a local list: the list carries what was pushed, so
    // `${where.join(' AND ')}` in a statement pastes it (a number cannot break out: `${Number(id)}` does not count)
    if ((name === 'push' || name === 'unshift') && path?.length === 2 && env.vars.has(path[0]!)) {
      let s = 0;
      for (const a of call.arguments) {
        const v = unwrap(a as Node);
        if (v?.type === 'TemplateLiteral')
          for (const e of v.expressions) {
            const es = sourcesOf(env, e as Node);
            if (!(es & SRC.numeric)) s |= es;
          }
        else if (v) s |= sourcesOf(env, v);
      }
      if (s & CLIENT) env.vars.set(path[0]!, env.vars.get(path[0]!)! | (s & ~WHOLE));
    }
    // users.push(user) into a module-level store: `user` is now a stored row of that model
    if (
      (name === 'push' || name === 'unshift') &&
      path &&
      path.length >= 2 &&
      !env.vars.has(path[0]!) &&
      !isRequestRoot(env, path[0]!)
    ) {
      const stored = unwrap(call.arguments[0] as Node);
      if (stored?.type === 'Identifier' && !env.recordAccess.has(stored.name)) {
        const model = path[path.length - 2]!;
        const access: DataAccess = {
          layer: 'memory',
          model,
          operation: 'create',
          byClientId: false,
          scopedToCaller: false,
          ownerFromClient: false,
          selected: false,
          writesBody: false,
          filterFromClient: false,
          sqlConcat: false,
          resultVar: stored.name,
          publicRow: false,
          includes: [],
          byHeader: false,
          clientKeys: [],
          location: locationOf(file, call),
        };
        env.records.set(stored.name, new Set([stored.name]));
        env.recordAccess.set(stored.name, access);
      }
    }
    // responses: res.json(x), res.status(404).send(x), reply.send(x), c.json(x), NextResponse.json(x), Response.json(x)
    if (name && /^(?:json|send|jsonp|end|html|text|body)$/.test(name) && path && isResponder(env, path)) {
      const status = statusOfChain(call) ?? statusArg(call);
      if (status !== null && DENY_STATUS.has(status)) deny(call);
      if (status === 404) result.hidesMissing = true;
      pending.push([file, call, (call.arguments[0] as Node) ?? null, status]);
    }
    if (name === 'redirect' && call.arguments.some((a) => /login|signin|auth/i.test(stringValue(a as Node) ?? '')))
      deny(call);
    if (name === 'sendStatus' || name === 'status' || name === 'code' || name === 'throw') {
      const s = Number(stringValue(call.arguments[0] as Node) ?? numberValue(call.arguments[0] as Node));
      if (DENY_STATUS.has(s)) deny(call);
      if (s === 404) result.hidesMissing = true;
      if (s === 429) result.limits = true;
    }
    if (statusArg(call) === 429) result.limits = true;
    // `await authLimiter.check(res, 5, key)`, `await limiter.consume(ip)`: a limiter of the project's, called here
    // (…or asked and answered: `const perIp = loginLimiter.hit(ip); if (!perIp.allowed) throw …`)
    if (
      path &&
      path.length === 2 &&
      LIMITER_NAME.test(path[0]!) &&
      (parentOf(call)?.type === 'AwaitExpression' || resultTested(call))
    )
      result.limits = true;
    // `if (!forgotLimiter(req, res)) return`: a limiter the project built (`createRateLimiter({ max: 5 })`), asked
    // whether the request may go on
    // (…or called as a statement of its own, `signupLimiter(req);`: it can only act by throwing its 429)
    if (
      call.callee.type === 'Identifier' &&
      LIMITER_NAME.test(call.callee.name) &&
      (resultTested(call) || asStatement(call))
    )
      result.limits = true;
    if (
      name === 'next' &&
      call.arguments.length > 0 &&
      /Unauthori[sz]ed|Forbidden|401|403/.test(file.text.slice(call.start, call.end))
    )
      deny(call);
    if (name && IDENTITY_CALL.test(name) && !/^(?:verify)$/.test(name)) result.identityCalls.push(name);
    if (name === 'verify' && path && /jwt|token|jose/i.test(path.join('.'))) result.identityCalls.push(path.join('.'));
    // `app.jwt.decode(token)` / `jwt.decode(token)` then a 401 when it yields nothing: the handler authenticates,
    // badly (the broken-auth check reports the missing signature check; the route is not one without any)
    if (name === 'decode' && path && path.length >= 2 && /^(?:jwt|jsonwebtoken)$/i.test(path[path.length - 2]!))
      result.identityCalls.push(path.join('.'));
    else if (
      (name === 'verify' || name === 'verifyAsync') &&
      path?.length === 1 &&
      isTokenLibrary(resolver, file, call)
    )
      result.identityCalls.push(name); // `import { verify } from 'hono/jwt'`
    if (name === 'jwtVerify' || name === 'getUser') result.identityCalls.push(name);
    // next-auth's `getToken({ req, secret })` decodes and verifies the session JWT (a project's own `getToken(req)`
    // usually just reads a header, so only the package's counts)
    if (name === 'getToken' && isTokenLibrary(resolver, file, call)) result.identityCalls.push('next-auth getToken');
    // Nest: `this.jwtService.verifyAsync(token)` where jwtService is an injected @nestjs/jwt JwtService
    if (name && /^verify(?:Async)?$/.test(name) && path?.length === 3 && path[0] === 'this') {
      const cls = enclosingClass(call);
      const t = cls ? resolveThisMember(resolver, file, cls, path[1]!) : null;
      if (t?.kind === 'value' && t.value.kind === 'external' && t.value.pkg === '@nestjs/jwt')
        result.identityCalls.push(`JwtService.${name}`);
    }
    // validation of the body: schema.parse(req.body), validationResult(req)
    const bodyArgs =
      name && VALIDATE_CALL.test(name) ? call.arguments.filter((a) => sourcesOf(env, a as Node) & SRC.body) : [];
    // (one field of it checked, `passwordSchema.safeParse(password)`, says nothing of the others: `token` beside it)
    const oneField = bodyArgs.every((a) => {
      const u = unwrap(a as Node);
      return (u?.type === 'Identifier' || u?.type === 'MemberExpression') && !(sourcesOf(env, u) & WHOLE);
    });
    if (bodyArgs.length > 0 && !oneField) {
      result.validatedBody = path?.slice(0, -1).join('.') || name;
      if (keepsUnknownKeys(env, call, name!)) result.bodyKeepsUnknown = true;
    }
    if (name === 'validationResult') result.validatedBody = 'express-validator';
    // data access
    if (isOutermostInChain(call)) {
      // `this.todos.findOne(id)`: a method of an injected service of the project, not a data-layer call
      const method = depth < MAX_FOLLOW ? resolveMethodCall(resolver, file, call) : null;
      let access = method ? null : detectAccess(resolver, env, call, (n) => sourcesOf(env, n));
      // `publicationsRepo.update(id, publisherId, fields)`: a method of the project's own repository object named like
      // a data-layer call, whose arguments mean what its body makes of them; read inside when it queries there
      // (…also named like Mongoose's: `userRepo.findById(id)` of a repository module running SQL)
      if (
        (access?.layer === 'unknown' || access?.layer === 'mongoose') &&
        depth < MAX_FOLLOW &&
        resolver.calleeFunction(file, call) &&
        followCall(call)
      )
        access = null;
      else if (access) {
        if (inTransaction(call, fn)) access.inTransaction = true;
        // `return (await this.enrollments.count({ where: { studentId, classId } })) > 0`: a count that only decides
        // hands back a yes or no, no row of anyone's
        if (
          callChain(call).some((c) => COUNT_CALL.test(calleeName(c) ?? '')) &&
          (onlyDecides(call) || onlyTestedAfter(call))
        ) {
          access.referenceOnly = true;
          // (…and asked within what is already proven the caller's — `Trainer.exists({ userId: trainerId, studioId })`
          // with `studioId` proven — it proves the other values it names, once the route turns a no away)
          if (access.clientKeys.some((k) => result.provenKeys.has(k)))
            for (const k of access.clientKeys) result.provenKeys.add(k);
        }
        env.accessByNode.set(call, access);
        result.accesses.push(access);
        // a row added to the sessions table (`db.insert(sessions).values({ id: hash(token), memberId })`): a session
        // opened for someone — a sign-in, as a token signed for them is
        if (access.operation === 'create' && SESSION_TABLE.test(modelKey(access.model ?? '')))
          result.issuesToken = true;
        // (a row made if missing, `Ballot.findOrCreate({ where: { voteId: vote.id, userId: me } })`, proves nothing)
        const guarded = access.scopedToCaller && calleeName(call) !== 'findOrCreate' ? recordsIn(call) : null;
        assignRecord(call, access);
        // `membership = select … where projectId = task.projectId and userId = me`: the caller's membership of what
        // the task belongs to; once the handler tests it, the task is checked
        if (guarded && guarded.size > 0)
          for (const n of boundNames((declaratorOf(call)?.id as Node) ?? null)) memberships.set(n, guarded);
        // `const m = await prisma.membership.findFirst({ where: { orgId: params.orgId, userId: me } }); if (!m) 403`:
        // the caller's membership of what the client names, proven once tested (as through a helper, in followCall)
        if (access.membership && access.scopedToCaller && access.clientKeys.length > 0)
          for (const n of boundNames((declaratorOf(call)?.id as Node) ?? null))
            membershipKeys.set(n, [...access.clientKeys]);
      } else if (depth < MAX_FOLLOW) {
        followCall(call);
      }
    } else if (
      depth < MAX_FOLLOW &&
      call.arguments.some((a) => {
        const u = unwrap(a as Node);
        return u?.type === 'Identifier' && env.recordAccess.has(u.name);
      }) &&
      resolver.calleeFunction(file, call)
    ) {
      // `scopeApplications(query, user).first()`: the helper that narrows a query built here runs inside the chain
      followCall(call);
    } else if (depth < MAX_FOLLOW && catchCallOf(call) !== null && resolver.calleeFunction(file, call)) {
      // `await assertClubMember(clubId, me).catch(() => null)`: the helper runs all the same
      followCall(call);
    }
    // `secureCompare(req.headers.get('x-internal-key'), env.INTERNAL_API_KEY)`: a header compared in constant time
    // with a key of the server's own
    if (name && CONSTANT_TIME.test(name) && call.arguments.length === 2) {
      const [a, b] = call.arguments as Node[];
      for (const [h, k] of [
        [a!, b!],
        [b!, a!],
      ] as const)
        if (serverKeyCompared(h, k)) noteServerKey(k);
    }
    if (name && SIGNATURE_HELPER.test(name) && testedWhereCalled(call)) checkSignature(call);
    // `if (!timingSafeEqual(expected, sha256(dto.code))) throw …`: a secret the client sent, compared in constant time
    // (…also through the project's own wrapper: `if (!token || !safeEqual(token, booking.joinToken)) return 404`)
    else if (
      name &&
      CONSTANT_TIME.test(name) &&
      testedWhereCalled(call) &&
      call.arguments.some((a) => sourcesOf(env, a as Node) & CLIENT)
    )
      result.signedRequest = true;
    // `if (!coordinator.organization.equals(req.body.orgId)) return 403`: the client's value is proven to be the caller's
    // (as with `if (orgId !== user.orgId) 403`)
    if (name === 'equals' && call.callee.type === 'MemberExpression' && call.arguments.length === 1) {
      const parent = parentOf(call);
      const negated = parent?.type === 'UnaryExpression' && parent.operator === '!';
      const arg = call.arguments[0] as Node;
      const sa = sourcesOf(env, arg);
      if (negated && sa & CLIENT && !(sa & SRC.user) && isUserValue(env, call.callee.object as Node)) prove(arg);
    }
    // ownership compared through a helper or a method: post.author.equals(userId), room.members.includes(userId)
    if (
      name &&
      (name === 'equals' ||
        name === 'includes' ||
        name === 'has' ||
        name === 'some' ||
        name === 'every' ||
        name === 'find')
    ) {
      const obj = unwrap((call.callee as T.MemberExpression).object as Node);
      let recs = obj ? recordsOf(env, obj) : NO_RECORDS;
      // `const captains = [match.homeTeam.captainId, match.awayTeam.captainId]; captains.includes(me)`
      const list = recs.size === 0 ? localArray(resolver, file, obj) : null;
      if (list) recs = new Set(list.elements.flatMap((el) => (el ? [...recordsOf(env, el as Node)] : [])));
      if (recs.size > 0 && call.arguments.some((a) => isUserValue(env, a as Node) || callbackComparesUser(a as Node))) {
        result.ownershipChecks.push({ vars: recs, node: call, file });
      }
    }
    // CASL: `ability.cannot(Action.Read, subject('Case', found))`, `ForbiddenError.from(ability).throwUnlessCan(…, doc)`
    // with the ability built for the caller (`abilities.createForUser(user)`, `defineAbilityFor(req.user)`): the rules
    // decide about that record
    if (name && /^(?:can|cannot|throwUnlessCan)$/.test(name) && call.callee.type === 'MemberExpression') {
      const ability = unwrap(call.callee.object as Node);
      const built = ability?.type === 'Identifier' ? abilityOf(env, ability) : ability;
      if (
        (built && callerAbility(env, built)) ||
        (!built && ability?.type === 'Identifier' && handedAbility(env, ability))
      ) {
        const recs = new Set<string>();
        for (const a of call.arguments) {
          const u = unwrap(a as Node);
          // (`subject('Case', found)` names the record's type beside it)
          const rec = u?.type === 'CallExpression' && calleeName(u) === 'subject' ? (u.arguments[1] as Node) : u;
          if (rec) for (const r of recordsOf(env, rec)) recs.add(r);
        }
        if (recs.size > 0) result.ownershipChecks.push({ vars: recs, node: call, file });
      }
    }
    // (not a mapper such as `toPermitDto(permit)`)
    if (
      name &&
      /own|access|permi|authori[sz]|^can[A-Z]|allowed|member|belongs|participant|involve/i.test(name) &&
      // (`canView(collection, me)` is a predicate, not a view mapper)
      (!SHAPE_CALL.test(name) || /^(?:can|is|has)[A-Z]/.test(name))
    ) {
      const recs = new Set<string>();
      let user = false;
      for (const a of call.arguments) {
        const argRecords = recordsOf(env, a as Node);
        for (const r of argRecords) recs.add(r);
        // (the caller's own account loaded as a record is the caller, not the object checked)
        if (isUserValue(env, a as Node) && argRecords.size === 0) user = true;
      }
      if (recs.size > 0 && user) result.ownershipChecks.push({ vars: recs, node: call, file });
    }
  }

  /** A header compared with a key of the server's own (`INTERNAL_API_KEY`), not a client's, a record's or the caller's. */
  function serverKeyCompared(header: Node, key: Node): boolean {
    return (
      (sourcesOf(env, header) & SRC.headers) !== 0 &&
      /key|token|secret/i.test(memberLeaf(key) ?? '') &&
      (sourcesOf(env, key) & (CLIENT | SRC.record | SRC.user)) === 0
    );
  }

  /** The function admits callers holding that key: a service (its literal value is judged as a hard-coded secret). */
  function noteServerKey(key: Node): void {
    result.apiKeyChecks = true;
    result.serviceKey = true;
    if (key.type === 'MemberExpression' || key.type === 'Identifier') result.serverKeys.push(key);
  }

  /** `const taken = await X.exists(…); if (!taken) return 400`: the value is held only to be tested. */
  function onlyTestedAfter(call: T.CallExpression): boolean {
    const d = declaratorOf(call);
    return d?.id.type === 'Identifier' && resultTested(call) && onlyReferred(fn.body as Node, d.id.name, true);
  }

  /** The call's value decides: tested where it is called, or held in a variable an `if` of the function tests. */
  function resultTested(call: T.CallExpression): boolean {
    if (testedWhereCalled(call)) return true;
    const d = declaratorOf(call);
    if (d?.id.type !== 'Identifier') return false;
    const name = d.id.name;
    let tested = false;
    walk(fn, (n) => {
      if (tested) return false;
      if (n.type !== 'IfStatement' || n.start < d.end) return undefined;
      walk(n.test as Node, (x) => {
        if (x.type === 'Identifier' && x.name === name) tested = true;
        return tested ? false : undefined;
      });
      return undefined;
    });
    return tested;
  }

  /** The fields of the helper's answer that are arguments it was given, under the caller's name for the answer. */
  function noteAliases(call: T.CallExpression, helper: Node, inner: FlowResult): void {
    const id = declaratorOf(call)?.id;
    if (id?.type !== 'Identifier') return;
    const params = (helper as T.Function).params ?? [];
    for (const r of inner.responses) {
      const o = r.node.type === 'ReturnStatement' ? unwrap(r.arg) : null;
      if (o?.type !== 'ObjectExpression') continue;
      for (const p of o.properties) {
        const key = p.type === 'Property' && !p.computed ? nameOf(p.key as Node) : null;
        const v = p.type === 'Property' ? unwrap(p.value as Node) : null;
        if (key === null || v?.type !== 'Identifier') continue;
        const i = params.findIndex((q) => (q as Node).type === 'Identifier' && (q as T.IdentifierName).name === v.name);
        const arg = i >= 0 ? (call.arguments[i] as Node | undefined) : undefined;
        if (arg && memberPath(unwrap(arg))) env.aliases.set(`${id.name}.${key}`, arg);
      }
    }
  }

  function wholeBody(n: Node): boolean {
    return isRawWholeBody(sourcesOf(env, n));
  }

  /** Reads the project function a call runs, with what the caller gives it; whether it accesses data. */
  function followCall(call: T.CallExpression): boolean {
    const target =
      resolver.calleeFunction(file, call) ?? resolveMethodCall(resolver, file, call) ?? decoratedOnInstance(call);
    if (!target || target.fn === fn) return false;
    // (a row another project call looks up, awaited right in the argument — `assertSameCompany(await
    // this.getRequest(id), user)` — is a stored record to the helper)
    const paramSources = call.arguments.map((a) => {
      const s = sourcesOf(env, a as Node);
      const inner = (a as Node).type === 'AwaitExpression' ? unwrap(a as Node) : null;
      // (…as is a data-layer read awaited there: `assertSameBrewery(await Tank.findById(id).lean(), membership)`)
      return inner?.type === 'CallExpression' &&
        (resolver.calleeFunction(file, inner) ?? resolveMethodCall(resolver, file, inner) ?? mayAccessData(inner))
        ? s | SRC.record
        : s;
    });
    // `creator(ctx, { urlId: body.urlId, user })`: a destructuring helper sees each option with its own sources
    const paramProps = call.arguments.map((a) => propertySources(env, a as Node));
    // the same service method is reached from many handlers with the same kinds of arguments: analyse it once
    const props = paramProps.map((m) => (m ? [...m].map(([k, v]) => `${k}:${v}`).join(';') : '')).join('/');
    // (the request object itself, passed on: `assertFleetMember(ctx)` reads `ctx.params` and `ctx.state.user`)
    const requestParams = call.arguments.flatMap((a, i) => {
      const n = unwrap(a as Node);
      return n?.type === 'Identifier' && env.requestRoots.get(n.name) === false ? [i] : [];
    });
    // (rows proven the caller's, handed in: see AnalyzeOptions.ownedParams)
    const ownedParams = new Map<number, DataAccess>();
    call.arguments.forEach((a, i) => {
      for (const r of recordsOf(env, a as Node)) {
        const access = env.recordAccess.get(r);
        if (access?.scopedToCaller && !ownedParams.has(i)) ownedParams.set(i, access);
      }
    });
    const key = `${paramSources.join(',')}|${props}|${requestParams.join(',')}|${[...ownedParams.keys()].join(',')}|${env.trustHeaders ? 1 : 0}|${depth}`;
    let memo = HELPER_MEMO.get(target.fn);
    if (!memo) {
      memo = new Map();
      HELPER_MEMO.set(target.fn, memo);
    }
    let inner = memo.get(key);
    if (!inner) {
      inner = analyzeFunction(resolver, target, {
        paramSources,
        paramProps,
        ...(requestParams.length > 0 ? { requestParams } : {}),
        ...(ownedParams.size > 0 ? { ownedParams } : {}),
        depth: depth + 1,
        trustHeaders: env.trustHeaders,
      });
      memo.set(key, inner);
    }
    noteAliases(call, target.fn, inner);
    // `const allowed = isPlanOwner(planId, me)` with no `await` on an async helper: the answer is a promise, always
    // truthy, and what the helper throws rejects that promise, not the request — it proves and denies nothing
    const floating = floatingPromise(target.fn, call);
    if (
      floating &&
      (inner.ownershipChecks.length > 0 ||
        inner.provenKeys.size > 0 ||
        inner.rejects ||
        inner.accesses.some((a) => a.membership || a.scopedToCaller))
    )
      result.floatingChecks.push(call);
    // a helper that reads the session (`verifyCurrentUserHasAccessToPost(id)` calling getServerSession) identifies
    // the caller for the handler, whether or not it also queries
    if (inner.identityCalls.length) result.identityCalls.push(...inner.identityCalls);
    // what the helper proved the caller's (`assertLabMember(labId, me)` inside `listForLab(labId, me)`), in the caller's terms
    if (!floating) for (const k of inner.provenKeys) result.provenKeys.add(argumentKey(target.fn, call, k));
    // `if (!(await canViewEmployee(req.user, req.params.id))) return 404`: a predicate given the caller and a value the
    // client named, which compares that value with the caller's own, decides whether the route goes on — the value is
    // proven the caller's to act on (whatever else the predicate lets through, a manager's team, is its decision)
    // (…also when its answer is kept and tested: `const membership = findMembership(req.user, orgId); if (!membership)
    // throw 403`)
    // (…or one that turns the request away itself: `assertPatientAccess(ctx, patientId)` returning early for the
    // patient's own id and throwing 404 otherwise)
    if (
      !floating &&
      (testedWhereCalled(call) || resultTested(call) || inner.rejects || inner.hidesMissing) &&
      comparesClientWithCaller(inner, target.fn)
    )
      for (const a of call.arguments) {
        const s = sourcesOf(env, a as Node);
        if (s & CLIENT && !(s & SRC.record)) prove(a as Node);
      }
    // `await requireUser(req, { role: 'admin' })`: a helper that compares the caller's role with the one it is asked
    // for, and denies (the call names the role; without one, `opts.role && …` checks nothing)
    // …or one that compares it with a role of its own (`requireAdmin()`: `if (session.role !== 'admin') throw 403`)
    const fixedRole = inner.roleChecks.some((n) => /['"`][\w-]+['"`]/.test(inner.env.file.text.slice(n.start, n.end)));
    // …or with the roles the function itself was given (`withUser(handler, { roles })` running `opts.roles ?
    // requireRole(...opts.roles) : requireUser()`: whether a route gets the check is read at its call, in links.ts)
    if (
      !floating &&
      inner.roleChecks.length > 0 &&
      inner.rejects &&
      (call.arguments.some((a) => namesRole(a as Node) || rolesParameter(a as Node, fn)) || fixedRole)
    )
      result.roleChecks.push(call);
    // `assertSameTenant(user, existing)`: a helper that compares a record it is given with the caller, and denies,
    // checks the caller's record here
    // (…or one that answers whether the caller may, the caller turning a no away: `const role = getShowRole(show,
    // me); if (!role) throw 404` where the helper compares `show.ownerId` with the caller)
    if (!floating && inner.ownershipChecks.length > 0 && (inner.rejects || inner.hidesMissing || resultTested(call))) {
      const checked = new Set(inner.ownershipChecks.flatMap((c) => [...c.vars]));
      const params = (target.fn as T.Function).params ?? [];
      const recs = new Set<string>();
      call.arguments.forEach((a, i) => {
        const p = params[i] as Node | undefined;
        if (p?.type !== 'Identifier' || !checked.has(p.name)) return;
        for (const r of recordsOf(env, a as Node)) recs.add(r);
        // (…also the row of a helper call written as the argument, read after this call: `assertSameCompany(await
        // this.getRequest(id), user)`)
        const inline = unwrap(a as Node);
        if (inline?.type === 'CallExpression') inlineChecks.push({ argument: inline, node: call });
      });
      if (recs.size > 0) result.ownershipChecks.push({ vars: recs, node: call, file });
    }
    result.bodyMerges.push(...inner.bodyMerges);
    result.rawSql.push(...inner.rawSql);
    if (inner.issuesToken) result.issuesToken = true;
    if (inner.signedRequest) result.signedRequest = true;
    // (a service's `catch (err) { throw new InternalServerErrorException({ detail: err.message }) }` reaches the client)
    for (const c of inner.catches) result.catches.push(c.inHelper ? c : { ...c, inHelper: true });
    if (inner.hidesMissing && !floating) result.hidesMissing = true;
    // `await enforceLimit(authLimiter, \`login:${ip}\`)`: the project's helper consults a limiter and answers 429
    if (inner.limits && !floating) result.limits = true;
    // `if (!isValidInternalApiKey(request.headers)) return 401`: a helper that compares a header with the server's key
    if (inner.serviceKey && !floating && resultTested(call)) {
      result.apiKeyChecks = true;
      result.serviceKey = true;
    }
    // `scopeApplications(query, user)`: a query this function built, handed to one that narrows it to the caller's rows
    call.arguments.forEach((a, i) => {
      const arg = unwrap(a as Node);
      if (arg?.type !== 'Identifier') return;
      const built = result.accesses.filter((access) => access.resultVar === arg.name);
      if (built.length > 0 && narrowsToCaller(inner, target.fn, i))
        for (const access of built) access.scopedToCaller = true;
    });
    if (inner.accesses.length === 0) {
      if (inner.rejects && !floating) deny(call, true);
      return false;
    }
    // copies: the memoised analysis is shared; if the helper checked ownership inside, its queries count as scoped
    const scoped = !floating && inner.ownershipChecks.length > 0;
    // (the client values each names, said in the caller's terms: the helper's `clinicId` is `req.params.clinicId` here)
    // (…but not a row it changed before comparing it with the caller: `const r = await update(…); if (r.vetId !== me)
    // throw 403` — the change is made)
    // (…nor a row it changed before any comparison: `update({ id }, patch)`, then `findOneBy({ id })` and
    // `assertDepartmentAccess(user, shift.departmentId)`)
    const checkedAfterWrite = (a: DataAccess) =>
      (a.operation === 'update' || a.operation === 'delete') &&
      !a.inTransaction &&
      ((!!a.resultVar && inner.ownershipChecks.every((c) => c.vars.has(a.resultVar!))) ||
        inner.ownershipChecks.every((c) => {
          const at = locationOf(c.file, c.node);
          return at.file === a.location.file && at.line > a.location.line;
        }));
    const copies = inner.accesses.map((a) => ({
      ...a,
      // (a row the helper read only to decide decides nothing when its answer is a floating promise)
      ...(floating && a.referenceOnly ? { referenceOnly: false } : {}),
      resultVar: null,
      scopedToCaller: a.scopedToCaller || (scoped && !checkedAfterWrite(a)),
      clientKeys: a.clientKeys.map((k) => argumentKey(target.fn, call, k)),
      ...(a.clientOwnerValues
        ? { clientOwnerValues: a.clientOwnerValues.map((k) => argumentKey(target.fn, call, k)) }
        : {}),
      ...(a.keyedBy ? { keyedBy: a.keyedBy.map((k) => argumentKey(target.fn, call, k)) } : {}),
    }));
    // `if (!(await hasRole(req.body.mechanicId, order.org_id, ['mechanic'])))`: another person's membership asked about
    // only to decide (as a membership row read and only tested is, below)
    if (testedWhereCalled(call))
      for (const a of copies)
        if (
          a.ownerFromClient &&
          (a.operation === 'read' || a.operation === 'list') &&
          MEMBERSHIP_MODEL.test(modelKey(a.model ?? ''))
        )
          a.referenceOnly = true;
    result.accesses.push(...copies);
    if (copies.some((a) => a.scopedToCaller)) env.scopedHelperCalls.push(call);
    // `if (!(await getMembership(workspaceId, me))) return 404`: the caller's membership of what the client names,
    // once tested, proves those values (as a membership middleware does)
    // (…as does the caller's own row of what the client names, looked up only to answer: `isTeamCaptain(teamId, me)`
    // finding `{ id: teamId, captainId: me }` and returning `Boolean(team)`)
    const memberKeys = floating
      ? []
      : copies
          .filter(
            (a) =>
              a.membership || (a.scopedToCaller && a.byClientId && a.operation === 'read' && answersOnly(target.fn)),
          )
          .flatMap((a) => a.clientKeys);
    if (memberKeys.length > 0) {
      // (tested where it is called, or by the helper itself, which denies: `requireMember(teamId, me)` throws 404)
      if (testedWhereCalled(call) || inner.rejects || inner.hidesMissing)
        for (const k of memberKeys) result.provenKeys.add(k);
      else for (const n of boundNames((declaratorOf(call)?.id as Node) ?? null)) membershipKeys.set(n, memberKeys);
    }
    // `await assertShowRole(episode.showId, me)`: a helper that looks up the caller's membership of what a loaded record
    // belongs to, and denies without one, checks that record (as `membership = … where projectId = task.projectId` does
    // in the handler) — so does one that only answers, once the handler tests the answer (`const role = await
    // getShowRole(episode.show_id, me); if (!role) throw notFound()`, or `if (!(await getShowRole(…)))`)
    const guarded = floating ? NO_RECORDS : recordsPicking(call, target.fn, inner);
    if (guarded.size > 0) {
      if (inner.rejects || inner.hidesMissing || testedWhereCalled(call))
        result.ownershipChecks.push({ vars: guarded, node: call, file });
      // (…also one of several ways in: `const allowed = findMembership(me, [m.teamAId, m.teamBId]) || findManaged(…)`,
      // or asked only of a signed-in caller: `const role = user ? await getShowRole(user.id, episode.showId) : null`)
      else
        for (const n of boundNames(
          ((declaratorOf(call) ?? eitherDeclarator(call) ?? branchDeclarator(call))?.id as Node) ?? null,
        ))
          memberships.set(n, guarded);
    }
    // the read whose row the helper hands back (`assertMember(…)` first, then `return warehouse.findUnique(…)`), else the
    // first read
    // (what it `return`s first: `verifyUser({ req, res })` answers a 401 with the token it read through `res`, and
    // hands the user back)
    const withRows = inner.responses.filter(
      (r) => r.wholeRecords.length > 0 && !(r.status !== null && r.status >= 400),
    );
    const returnedRows = withRows.filter((r) => r.node.type === 'ReturnStatement');
    const sent = (returnedRows.length > 0 ? returnedRows : withRows)
      .map((r) => inner.accesses.indexOf(inner.env.recordAccess.get(r.wholeRecords[0]!)!))
      .find((i) => i >= 0);
    // …or the data call it returns as it is (`return prisma.user.create({ data, select })` after a look-up by e-mail)
    const returned = inner.responses
      .map((r) => {
        const a = unwrap(r.arg);
        return a?.type === 'CallExpression' ? inner.env.accessByNode.get(a) : undefined;
      })
      .map((a) => (a ? inner.accesses.indexOf(a) : -1))
      .find((i) => i >= 0);
    const reading =
      (sent !== undefined ? copies[sent] : undefined) ??
      (returned !== undefined ? copies[returned] : undefined) ??
      // (not a row the helper only looked at: `verifyToken()` reads a revoked-token row to refuse, and returns the token)
      (returnsNoRow(inner)
        ? undefined
        : copies.find((a) => a.operation === 'read' || a.operation === 'list' || a.operation === 'query'));
    // (a floating promise holds no row)
    if (reading && !floating) {
      assignRecord(call, reading, rowFields(inner));
      // (a row handed straight to another call is known by the call: see callRecords)
      const key = reading.resultVar ?? `@${call.start}`;
      if (!reading.resultVar) {
        (reading as DataAccess).resultVar = key;
        env.recordAccess.set(key, reading);
      }
      env.callRecords.set(call, key);
      if (returned !== undefined && reading === copies[returned]) env.accessByNode.set(call, reading);
      // the helper hands back a mapped/DTO value (`return profileMapper(user)`), not the row
      // (`return null` when nothing is found hands back nothing)
      const answers = inner.responses.filter((r) => !r.arg || !isNullish(r.arg));
      if (answers.length > 0 && answers.every((r) => r.wholeRecords.length === 0 && r.shaped)) {
        const decl = declaratorOf(call);
        if (decl) for (const n of boundNames(decl.id as Node)) env.shaped.add(n);
      }
      // `return this.users.findAll()`: the service hands back its query result unshaped, so the handler sends it as is
      const whole = inner.responses.filter((r) => r.wholeRecords.length > 0);
      if (whole.length > 0) {
        // the row reaches only staff (`if (user.role === 'staff') return Application.findOne(…)`): their notes are theirs
        if (whole.every((r) => r.staffOnly)) reading.staffView = true;
        env.accessByNode.set(call, reading);
      }
    }
    if (inner.rejects && !floating) deny(call, true);
    if (inner.validatedBody) result.validatedBody = inner.validatedBody;
    if (inner.bodyKeepsUnknown) result.bodyKeepsUnknown = true;
    return true;
  }

  /**
   * `return app.authenticate(request, reply)` in a hook: what the Fastify instance was decorated with — run as a step
   * of the request (returned or awaited on its own), not asked for a value (`const viewer = app.viewerFromHeader(req)`
   * reads an optional viewer, judged where it is used)
   */
  function decoratedOnInstance(call: T.CallExpression): FunctionRef | null {
    let up = parentOf(call);
    if (up?.type === 'AwaitExpression') up = parentOf(up);
    if (up?.type !== 'ReturnStatement' && up?.type !== 'ExpressionStatement') return null;
    const callee = unwrap(call.callee as Node);
    const receiver = callee?.type === 'MemberExpression' ? memberPath(callee.object as Node) : null;
    const instance =
      receiver?.length === 1
        ? /^(?:app|fastify|server|instance|api|f)$/.test(receiver[0]!)
        : receiver?.length === 2 && receiver[1] === 'server' && isRequestRoot(env, receiver[0]!);
    return instance ? decoratedFunction(resolver, call) : null;
  }

  /**
   * `if (!verifyReceiptToken(request.params.id, request.query.token)) return 404`: a helper of the project that checks
   * an HMAC of client values (or compares them in constant time) decides whether the request goes on.
   */
  function checkSignature(call: T.CallExpression): void {
    const target = resolver.calleeFunction(file, call);
    if (!target || !HMAC_CHECK.test(target.file.text.slice(target.fn.start, target.fn.end))) return;
    const fromClient = call.arguments.filter((a) => sourcesOf(env, a as Node) & CLIENT);
    if (fromClient.length === 0) return;
    result.signedRequest = true;
    // (the object ids signed with the token are the ones the link was made for)
    for (const a of fromClient) prove(a as Node);
  }

  /** The client value an expression names (`req.params.id`) is proven the caller's to act on. */
  function prove(value: Node): void {
    const path = memberPath(unwrap(value));
    if (path && !path.includes('()')) result.provenKeys.add(path.join('.'));
  }

  /** Records whose field the call hands to a parameter the helper's lookup scoped to the caller is keyed by. */
  function recordsPicking(call: T.CallExpression, helper: Node, inner: FlowResult): Set<string> {
    const out = new Set<string>();
    const fnParams = (helper as T.Function).params ?? [];
    call.arguments.forEach((a, i) => {
      const arg = unwrap(a as Node);
      const param = fnParams[i] as Node | undefined;
      if (param?.type !== 'Identifier') return;
      // (`findMembership(me, [match.teamAId, match.teamBId])`: either of the record's groups)
      // (…also coerced: `findProjectForUser(user, String(doc.projectId))`)
      const field = (x: Node | null): Node | null =>
        x?.type === 'CallExpression' && COERCE.has(calleeName(x) ?? '') && x.arguments.length === 1
          ? unwrap(x.arguments[0] as Node)
          : x;
      const picked = (
        arg?.type === 'ArrayExpression' ? arg.elements.map((el) => unwrap(el as Node | null)) : [arg]
      ).map(field);
      const fields = picked.filter((x): x is T.MemberExpression => x?.type === 'MemberExpression');
      if (fields.length === 0 || fields.length !== picked.length || !scopesBy(inner, param.name)) return;
      for (const f of fields) for (const r of recordsOf(env, f.object as Node)) out.add(r);
    });
    return out;
  }

  /**
   * Record variables whose fields constrain a data-layer call (`task.projectId` in its filter); with `locals`, also
   * through a local the filter names (`opponentTeamId = report.teamId === match.teamAId ? match.teamBId : …`).
   */
  function recordsIn(call: T.CallExpression, locals = false): Set<string> {
    const out = new Set<string>();
    const visit = (root: Node, follow: boolean) =>
      walk(root, (n) => {
        if (n.type === 'MemberExpression') {
          for (const r of recordsOf(env, n.object as Node)) out.add(r);
          return false;
        }
        if (follow && n.type === 'Identifier') {
          const v = resolver.valueOf(file, n);
          if (v.kind === 'node' && v.file === file && v.node.start >= fn.start && v.node.end <= fn.end)
            visit(v.node, false);
        }
        return undefined;
      });
    for (let c: Node | null = call; c?.type === 'CallExpression'; c = calleeObject(c))
      for (const a of (c as T.CallExpression).arguments) visit(a as Node, locals);
    return out;
  }

  function calleeObject(call: Node): Node | null {
    const callee = unwrap((call as T.CallExpression).callee as Node);
    return callee?.type === 'MemberExpression' ? unwrap(callee.object as Node) : null;
  }

  /**
   * @param rowKeys the fields of the object a helper returns that hold its rows or the caller (null: not known apart)
   */
  function assignRecord(call: Node, access: DataAccess, rowKeys: ReadonlySet<string> | null = null): void {
    // `const user = await User.create(…)`, or `user = await User.create(…)` into a `let` declared before a try
    // (also through a helper that hands the result back: `const account = unwrap(await db.from('accounts')…)`)
    const at = unwrapperAround(resolver, file, call) ?? call;
    const target =
      (declaratorOf(at)?.id as Node | undefined) ?? assignedName(at) ?? (branchDeclarator(at)?.id as Node | undefined);
    if (!target) return;
    // (knex answers a write with the number of rows it changed, unless it is asked to return them)
    if (
      access.layer === 'knex' &&
      (access.operation === 'update' || access.operation === 'delete') &&
      call.type === 'CallExpression' &&
      !callChain(call).some((c) => calleeName(c) === 'returning')
    )
      return;
    const callee = call.type === 'CallExpression' ? calleeName(call) : null;
    // (…and so is the caller's own row, looked up by the caller's identity alone: `getOwnerForUser(req.user.id)`
    // loading the caller's owner profile, whose id then stands for the caller)
    const keepsCaller =
      (!!callee && IDENTITY_CALL.test(callee)) ||
      (access.operation === 'read' &&
        access.scopedToCaller &&
        !access.byClientId &&
        !access.ownerFromClient &&
        !access.filterFromClient);
    // (`const { user, token } = await auth.register(input)`: the token beside the record is not the record)
    const skipped = new Set<string>();
    // (…nor what a helper hands back beside its rows: `const { auth, query } = await parseRequest(request)` returns the
    // query string beside the caller's account)
    if (target.type === 'ObjectPattern')
      for (const p of target.properties) {
        if (p.type !== 'Property') continue;
        const key = nameOf(p.key as Node) ?? '';
        if (NOT_A_RECORD.test(key) || (rowKeys && !rowKeys.has(key)))
          for (const n of boundNames(p.value as Node)) skipped.add(n);
      }
    // (`const [rows, total] = await qb.getManyAndCount()`: the count that comes with the rows; `const [ballot, created] =
    // await Ballot.findOrCreate(…)`: whether it was made)
    // (…not the first element: `const [created] = await db.insert(t).values(v).returning()` is the row)
    if (target.type === 'ArrayPattern')
      for (const el of target.elements.slice(1))
        for (const n of boundNames((el as Node | null) ?? null))
          if (NOT_A_RECORD.test(n) || BESIDE_ROWS.test(n)) skipped.add(n);
    for (const n of boundNames(target)) {
      if (skipped.has(n)) continue;
      // what the data layer returned is stored data, no longer the client value that picked it (but the caller's
      // session, `const user = await requireUser(req)` loading the account, stays the caller)
      env.vars.set(n, keepsCaller ? SRC.record | SRC.user : SRC.record);
      // (its fields are the row's: what a helper's object was guessed to hold, read without its data calls, no longer)
      env.fields.delete(n);
      env.records.set(n, new Set([n]));
      env.recordAccess.set(n, access);
      access.resultVar ??= n;
      // (a select that names a secret still sends it)
      if (access.selected && !access.selectedSensitive) env.shaped.add(n);
    }
  }

  /**
   * `if (session.coach !== me && me.role !== 'coach') return 403`: the owner test is waived for everyone holding the
   * role it tests for (any coach passes), so it checks nothing (`… && role !== 'admin'` is the usual owner-or-admin
   * rule).
   */
  function waivedForOrdinaryRole(cmp: Node): boolean {
    if (cmp.type !== 'BinaryExpression') return false;
    if (cmp.operator !== '!==' && cmp.operator !== '!=') return false;
    const role = conjoinedRole(cmp, false);
    if (role === null || PRIVILEGED_ROLE.test(role)) return false;
    // (the waived role is the one the compared field names: every coach passes a test of `session.coach`; a
    // pharmacist let past `rx.patient` is staff of another kind)
    const field = (x: Node) => {
      let u = unwrap(x);
      // (through `String(session.coach)` and `session.coach.toString()`)
      if (u?.type === 'CallExpression' && calleeName(u) === 'String') u = unwrap(u.arguments[0] as Node);
      else if (u?.type === 'CallExpression' && calleeName(u) === 'toString' && u.callee.type === 'MemberExpression')
        u = unwrap(u.callee.object as Node);
      return (memberLeaf(u) ?? '').replace(/_?id$/i, '').toLowerCase();
    };
    const r = role.toLowerCase().replace(/s$/, '');
    return field(cmp.left as Node) === r || field(cmp.right as Node) === r;
  }

  /**
   * `if (user.role === 'driver' && trip.driverId !== user.driverId) throw 403`: the comparison binds drivers only; a
   * caller of any other role goes on without it.
   */
  function onlyForOneRole(cmp: Node): boolean {
    const role = conjoinedRole(cmp, true);
    return role !== null && !PRIVILEGED_ROLE.test(role);
  }

  /**
   * The role the other side of `… && cmp` compares the caller's role with — for equality (`role === 'driver'`) or
   * inequality (`role !== 'coach'`) as asked — or null when `cmp` stands in no such conjunction.
   */
  function conjoinedRole(cmp: Node, equal: boolean): string | null {
    const p = parentOf(cmp);
    if (p?.type !== 'LogicalExpression' || p.operator !== '&&') return null;
    const other = unwrap((p.left === cmp ? p.right : p.left) as Node);
    const ops = equal ? ['===', '=='] : ['!==', '!='];
    if (other?.type !== 'BinaryExpression' || !ops.includes(other.operator)) return null;
    const [a, b] = [other.left as Node, other.right as Node];
    return isRoleValue(env, a) ? stringValue(b) : isRoleValue(env, b) ? stringValue(a) : null;
  }

  /**
   * `if (dto.role === 'admin' && user.role !== 'admin') throw 403`: the role is checked only for some of what the client
   * may ask (granting admin), so any signed-in user may do the rest (make themselves organizer).
   */
  function onlyWhenClientAsks(cmp: Node): boolean {
    let top: Node = cmp;
    for (let p = parentOf(top); p?.type === 'LogicalExpression' && p.operator === '&&'; p = parentOf(p)) top = p;
    if (top === cmp) return false;
    let asks = false;
    walk(top, (x) => {
      if (asks || x === cmp) return false;
      if (x.type !== 'BinaryExpression') return undefined;
      const s = sourcesOf(env, x.left as Node) | sourcesOf(env, x.right as Node);
      if (s & (SRC.body | SRC.query) && !(s & SRC.user)) asks = true;
      return false;
    });
    return asks;
  }

  /**
   * `if (!invoice || (!companyId && invoice.userId !== user.id)) 404` with `companyId` from the query: the comparison
   * runs only when the client leaves the parameter out — the client can switch the check off.
   */
  function waivedByClient(n: Node): boolean {
    for (let child = n, p = parentOf(n); p?.type === 'LogicalExpression'; child = p, p = parentOf(p)) {
      if (p.operator !== '&&') continue;
      let other = unwrap((p.left === child ? p.right : p.left) as Node);
      if (other?.type === 'UnaryExpression' && other.operator === '!') other = unwrap(other.argument as Node);
      if (!other) continue;
      const s =
        other.type === 'BinaryExpression'
          ? sourcesOf(env, other.left as Node) | sourcesOf(env, other.right as Node)
          : sourcesOf(env, other);
      if (s & CLIENT && !(s & (SRC.user | SRC.record))) return true;
    }
    return false;
  }

  function onCondition(test: Node): void {
    const whole = unwrap(test);
    const first = whole?.type === 'LogicalExpression' && whole.operator === '&&' ? unwrap(whole.left as Node) : whole;
    if (first && (first.type === 'MemberExpression' || first.type === 'Identifier') && isUserValue(env, first)) {
      result.identityGuard = true;
    }
    // `if (device.ownerId) return 409`: the object's owner is examined before the caller acts on it (a claim
    // flow that refuses objects someone already owns)
    const ownerPresence = (n: Node | null | undefined) => {
      const m = unwrap(n);
      if (m?.type !== 'MemberExpression' || !OWNER_KEY.test(nameOf(m.property as Node) ?? '')) return;
      // (of an object the client addressed: the caller's own account having a `companyId` proves nothing)
      const recs = new Set([...recordsOf(env, m.object as Node)].filter((r) => env.recordAccess.get(r)?.byClientId));
      if (recs.size > 0) result.ownershipChecks.push({ vars: recs, node: m, file });
    };
    ownerPresence(whole);
    walk(test, (n) => {
      if (n.type === 'Identifier') {
        const guarded = memberships.get(n.name);
        if (guarded) result.ownershipChecks.push({ vars: guarded, node: n, file });
        for (const k of membershipKeys.get(n.name) ?? []) result.provenKeys.add(k);
        // `if (isCandidate) return …` tests what `const isCandidate = app.candidateId === user.id` compared
        const named = namedConditions.get(n.name);
        if (named) {
          namedConditions.delete(n.name); // read once (and no cycle through `const a = b && …`)
          onCondition(named);
        }
      }
      if (n.type === 'LogicalExpression') {
        ownerPresence(n.left as Node);
        ownerPresence(n.right as Node);
      }
      if (n.type === 'UnaryExpression' && n.operator === '!') ownerPresence(n.argument as Node);
      if (n.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(n.operator)) {
        const l = n.left as Node;
        const r = n.right as Node;
        if (isNullish(r)) ownerPresence(l);
        if (isNullish(l)) ownerPresence(r);
        const lRec = recordsOf(env, l);
        const rRec = recordsOf(env, r);
        if (
          ((lRec.size > 0 && isUserValue(env, r)) || (rRec.size > 0 && isUserValue(env, l))) &&
          !waivedForOrdinaryRole(n) &&
          !deniesWhenEqual(n) &&
          !groupComparedWithPerson(l, r) &&
          !waivedByClient(n)
        ) {
          const vars = new Set([...lRec, ...rRec]);
          result.ownershipChecks.push({
            vars,
            node: n,
            file,
            ...(gatesSideBranch(n) ? { sideBranch: true } : {}),
            ...(onlyForOneRole(n) ? { forRole: true } : {}),
          });
        }
        // `if (req.headers['x-device-key'] !== device.apiKey) return 401`: a per-object API key
        for (const [a, b] of [
          [l, r],
          [r, l],
        ] as const) {
          const sa = sourcesOf(env, a);
          const bRec = recordsOf(env, b);
          const bName = memberLeaf(b) ?? '';
          if (sa & SRC.headers && bRec.size > 0 && /key|token|secret/i.test(bName)) {
            result.apiKeyChecks = true;
            result.ownershipChecks.push({ vars: bRec, node: n, file });
          }
          // `if (req.headers.get('x-internal-key') !== INTERNAL_KEY) return 401`: a shared key of the server's own
          else if (serverKeyCompared(a, b)) noteServerKey(b);
        }
        // `if (id !== req.user.id) return 403`: the client id is proven to be the caller's own
        // (`if (memberId === me) throw 400` proves the opposite)
        const differs = n.operator === '!==' || n.operator === '!=';
        for (const [a, b] of [
          [l, r],
          [r, l],
        ] as const) {
          const sa = sourcesOf(env, a);
          if (differs && sa & CLIENT && !(sa & SRC.user) && isUserValue(env, b)) prove(a);
          // `if (signup.shift.orgId !== orgId) throw 404`: a loaded row bound to a value the client named (a group a
          // guard may prove the caller's)
          // (…also through a helper's answer: `invoice.orgId !== ctx.orgId` where `ctx = await requireMember(params.orgId)`
          // returns `{ orgId }`, the value the client named)
          const path = memberPath(unwrap(a));
          const alias = path?.length === 2 ? env.aliases.get(path.join('.')) : undefined;
          const sk = alias ? sourcesOf(env, alias) : sa;
          const bRecs = differs && sk & CLIENT && !(sk & (SRC.user | SRC.record)) ? recordsOf(env, b) : NO_RECORDS;
          const key = bRecs.size > 0 ? (alias ? memberPath(unwrap(alias)) : path) : null;
          if (key && !key.includes('()')) keyed.push({ records: bRecs, key: key.join('.') });
        }
        // (`request.user.type === 'refresh'`: which kind of token it is, not who holds it)
        const tokenKind = TOKEN_KIND.test(stringValue(l) ?? stringValue(r) ?? '');
        if (
          (isRoleValue(env, l) || isRoleValue(env, r)) &&
          !onlyWhenClientAsks(n) &&
          !tokenKind &&
          !privilegedOverride(file, n)
        )
          result.roleChecks.push(n);
      }
      // `roleRank[member.role] < roleRank['committee']`: the caller's role ranked against the one required
      if (
        n.type === 'BinaryExpression' &&
        /^[<>]=?$/.test(n.operator) &&
        (isRoleValue(env, n.left as Node) || isRoleValue(env, n.right as Node))
      )
        result.roleChecks.push(n);
      if (n.type === 'UnaryExpression' && n.operator === '!') {
        const arg = unwrap(n.argument as Node);
        if (arg && isUserValue(env, arg)) result.identityGuard = true;
        // (`!user.isAdmin` tests a flag; `if (!uid || !role) 401` only whether the session holds a role at all)
        if (arg && isRoleValue(env, arg) && PRIVILEGED_FLAG.test(memberLeaf(arg) ?? nameOf(arg) ?? ''))
          result.roleChecks.push(n);
        // `if (!(await isPlatformAdmin(session.userId))) return forbidden()`: a role predicate asked about the caller
        if (
          arg?.type === 'CallExpression' &&
          ROLE_PREDICATE.test(calleeName(arg) ?? '') &&
          arg.arguments.some((a) => isUserValue(env, a as Node))
        )
          result.roleChecks.push(n);
      }
      if (n.type === 'CallExpression' && calleeName(n) === 'includes') {
        const obj = (n.callee as T.MemberExpression).object as Node;
        if (isRoleValue(env, obj) || n.arguments.some((a) => isRoleValue(env, a as Node))) result.roleChecks.push(n);
      }
      if (
        (n.type === 'MemberExpression' || n.type === 'Identifier') &&
        isRoleValue(env, n) &&
        /admin|staff|super/i.test(memberPath(n)?.join('.') ?? '')
      ) {
        result.roleChecks.push(n);
      }
    });
  }

  function checkRejection(arg: Node): void {
    const text = file.text.slice(arg.start, Math.min(arg.end, arg.start + 300));
    if (
      /status\s*:\s*40[13]\b|\b40[13]\b.*(?:Unauthori|Forbidden)|Unauthori[sz]ed|Forbidden|UNAUTHORI|redirect\([^)]*(?:login|signin)/i.test(
        text,
      )
    ) {
      deny(arg);
    }
  }

  function checkThrow(arg: Node): void {
    let text = file.text.slice(arg.start, Math.min(arg.end, arg.start + 200));
    // `const err = new Error('Not found'); err.status = 404; throw err`: the status set before the throw
    const thrown = unwrap(arg);
    if (thrown?.type === 'Identifier') {
      const before = file.text.slice(enclosingFunction(arg)?.start ?? 0, arg.start);
      const set = new RegExp(`\\b${thrown.name}\\.(?:status|statusCode)\\s*=\\s*(\\d{3})\\b`).exec(before);
      if (set) text = set[1]!;
    }
    // `throw unauthorized()`: an error factory of the project's own says which status it carries
    if (thrown?.type === 'CallExpression') {
      const made = resolver.calleeFunction(file, thrown);
      if (made && made.fn.end - made.fn.start < 300) text += ` ${made.file.text.slice(made.fn.start, made.fn.end)}`;
    }
    if (/NotFound|\b404\b|NOT_FOUND/.test(text)) result.hidesMissing = true;
    if (/TooManyRequests|\b429\b|TOO_MANY_REQUESTS/.test(text)) result.limits = true;
    if (DENY_TEXT.test(text)) deny(arg);
  }
}

/** `SORT_COLUMNS[req.query.sort]`: a constant map of literals is an allow-list, not a data store. */
function isLookupTable(resolver: Resolver, file: SourceFile, id: T.IdentifierReference): boolean {
  if (/^[A-Z][A-Z0-9_]+$/.test(id.name)) return true;
  const v = resolver.valueOf(file, id);
  const o = v.kind === 'node' ? unwrap(v.node) : null;
  return (
    !!o &&
    o.type === 'ObjectExpression' &&
    o.properties.every((p) => p.type === 'Property' && unwrap(p.value as Node)?.type === 'Literal')
  );
}

function numberValue(n: Node | undefined): number | null {
  const u = unwrap(n);
  return u && u.type === 'Literal' && typeof u.value === 'number' ? u.value : null;
}

function bindParams(env: Env, fn: T.Function | T.ArrowFunctionExpression, options: AnalyzeOptions): void {
  fn.params.forEach((p, i) => {
    const param = p as Node;
    const binding = options.bindings?.[i];
    const names = boundNames(param);
    if (binding) {
      const s = bindingSources(binding);
      for (const n of names) env.vars.set(n, s);
      if (binding.kind === 'request' || binding.kind === 'context')
        for (const n of names) env.requestRoots.set(n, false);
      return;
    }
    // `assertFleetMember(ctx)`: the caller's request object, handed to a helper whole
    if (options.requestParams?.includes(i) && param.type === 'Identifier') {
      env.requestRoots.set(param.name, false);
      return;
    }
    const given = options.paramSources?.[i];
    if (given !== undefined) {
      for (const n of names) env.vars.set(n, given);
      // a loaded record handed in (`assertSameTenant(user, existing)`): comparisons of its fields check that record
      if (given & SRC.record && !(given & SRC.user) && param.type === 'Identifier') {
        env.records.set(param.name, new Set([param.name]));
        const owned = options.ownedParams?.get(i);
        if (owned) {
          env.recordAccess.set(param.name, { ...owned });
          env.handedIn.add(param.name);
        }
      }
      const props = options.paramProps?.[i];
      const pattern = param.type === 'AssignmentPattern' ? param.left : param;
      if (props && pattern.type === 'Identifier') env.fields.set(pattern.name, props);
      if (props && pattern.type === 'ObjectPattern') {
        for (const prop of pattern.properties) {
          if (prop.type !== 'Property' || prop.computed) continue;
          // an option the caller did not pass is undefined: it carries nothing
          const s = props.get(nameOf(prop.key as Node) ?? '') ?? props.get(REST_FIELD) ?? 0;
          for (const n of boundNames(prop.value as Node)) env.vars.set(n, s);
        }
      }
      return;
    }
    if (options.paramSources) return; // a helper: unknown params carry nothing
    // a handler or middleware: its leading params are the request/response/context objects
    if (i <= 1) {
      const destructured =
        param.type === 'ObjectPattern' || (param.type === 'AssignmentPattern' && param.left.type === 'ObjectPattern');
      if (destructured) {
        // ({ params }) in Next.js, ({ body, user }) in some wrappers: names are request parts themselves
        for (const n of names) env.requestRoots.set(n, true);
      } else for (const n of names) env.requestRoots.set(n, false);
    } else if (param.type === 'Identifier' && INJECTED_IDENTITY.test(param.name)) {
      // withAuth((req, res, user) => …): the wrapper hands the authenticated caller in
      env.vars.set(param.name, SRC.user);
    }
  });
}

/**
 * The sources of each named field of an object, and under REST_FIELD those of the fields it does not name (what its
 * spreads bring in). Later properties win, as in JavaScript: `{ ...req.body, ownerId: me }` has the caller's owner,
 * `{ ownerId: me, ...req.body }` one the client may choose.
 */
export type ObjectFields = ReadonlyMap<string, Sources>;
export const REST_FIELD = '...';
/**
 * The fields of a field's own value, where those are known apart too: `{ query, auth }` handed back by a helper, with
 * `auth` itself `{ token, user }` — the caller's row is not the bearer token it was found by. Kept beside the maps
 * rather than in them: most fields are plain values.
 */
const SUBFIELDS = new WeakMap<ObjectFields, ReadonlyMap<string, ObjectFields>>();

function propertySources(env: Env, arg: Node): ObjectFields | null {
  const o = unwrap(arg);
  if (o?.type === 'Identifier') return env.fields.get(o.name) ?? null;
  if (o?.type === 'CallExpression' && env.resolver) return returnedFields(env, o);
  if (o?.type !== 'ObjectExpression') return null;
  const out = new Map<string, Sources>();
  let subs: Map<string, ObjectFields> | undefined;
  for (const p of o.properties) {
    if (p.type === 'SpreadElement') {
      const spread = propertySources(env, p.argument as Node);
      const s = spread ? 0 : sourcesOf(env, p.argument as Node) & ~WHOLE;
      // what the spread may carry replaces every field named so far
      for (const [k, v] of out) out.set(k, spread ? (spread.get(k) ?? spread.get(REST_FIELD) ?? v) : v | s);
      if (spread) for (const [k, v] of spread) if (!out.has(k)) out.set(k, v);
      out.set(REST_FIELD, (out.get(REST_FIELD) ?? 0) | (spread ? (spread.get(REST_FIELD) ?? 0) : s));
      continue;
    }
    if (p.type !== 'Property' || p.computed) return null;
    const k = nameOf(p.key as Node);
    if (k === null) return null;
    out.set(k, sourcesOf(env, p.value as Node));
    const value = unwrap(p.value as Node);
    const sub = value?.type === 'Identifier' && env.fields.size > 0 ? env.fields.get(value.name) : undefined;
    if (sub) (subs ??= new Map()).set(k, sub);
  }
  if (subs) SUBFIELDS.set(out, subs);
  return out;
}

function bindingSources(b: ParamBinding): Sources {
  switch (b.kind) {
    case 'params':
      return SRC.params | (b.key ? 0 : WHOLE);
    case 'body':
      return SRC.body | (b.validated ? SRC.validated : 0) | (b.loose ? LOOSE : 0) | (b.key ? 0 : WHOLE);
    case 'query':
      return SRC.query | (b.key ? 0 : WHOLE);
    case 'headers':
      return SRC.headers;
    case 'user':
      return SRC.user;
    default:
      return 0;
  }
}

function isRequestRoot(env: Env, name: string): boolean {
  return env.requestRoots.has(name);
}

/** `res.json`, `reply.send`, `c.json`, `ctx.body`, `NextResponse.json`, `Response.json`, `h.response` */
function isResponder(env: Env, path: string[]): boolean {
  const root = path[0]!;
  if (root === 'NextResponse' || root === 'Response' || root === 'HttpResponse') return true;
  if (/^(?:res|reply|response|resp|c|ctx|context|h)$/.test(root)) return true;
  return env.requestRoots.has(root) && path.length >= 2;
}

function statusOfChain(call: T.CallExpression): number | null {
  // res.status(403).json(...) / reply.code(401).send(...)
  let n = unwrap(call.callee as Node);
  while (n && n.type === 'MemberExpression') {
    const obj = unwrap(n.object as Node);
    if (obj?.type === 'CallExpression') {
      const nm = calleeName(obj);
      if (nm === 'status' || nm === 'code') return numberValue(obj.arguments[0] as Node);
      n = unwrap(obj.callee as Node);
    } else break;
  }
  return null;
}

function statusArg(call: T.CallExpression): number | null {
  // c.json(x, 401) / NextResponse.json(x, { status: 401 }) / res.send(401)
  for (const a of call.arguments.slice(1)) {
    const v = numberValue(a as Node);
    if (v !== null) return v;
    const u = unwrap(a as Node);
    if (u?.type === 'ObjectExpression') {
      for (const p of u.properties)
        if (p.type === 'Property' && nameOf(p.key as Node) === 'status') return numberValue(p.value as Node);
    }
  }
  return null;
}

/** `null` or `undefined`. */
function isNullish(n: Node): boolean {
  const u = unwrap(n);
  return (u?.type === 'Literal' && u.value === null) || (u?.type === 'Identifier' && u.name === 'undefined');
}

/** `name = await call(… name …)`: a call whose arguments read the variable it is assigned to. */
function reloads(name: string, right: Node): boolean {
  const call = unwrap(right);
  if (call?.type !== 'CallExpression') return false;
  let found = false;
  for (const a of call.arguments)
    walk(a as Node, (n, parent) => {
      if (found) return false;
      // (the variable itself, not a property of that name: `Number(req.query.companyId)` reloads nothing)
      const member = parent?.type === 'MemberExpression' && parent.property === n && !parent.computed;
      if (n.type === 'Identifier' && n.name === name && !member) found = true;
      return undefined;
    });
  return found;
}

/** Nodes that hand on the value inside them: `await x`, `(x)`, `x as T`, `x!`, `a?.b()`. */
const PASS_THROUGH = new Set([
  'AwaitExpression',
  'TSAsExpression',
  'TSNonNullExpression',
  'ParenthesizedExpression',
  'ChainExpression',
]);

/** The outermost expression that is `node`'s value, through awaits, parentheses, casts and optional chains. */
/** Nest's `context.switchToHttp().getRequest()` (a service's `getRequest(id)`, a purchase request, is a record). */
function isNestRequest(node: Node | null | undefined): boolean {
  const u = unwrap(node);
  return u?.type === 'CallExpression' && calleeName(u) === 'getRequest' && u.arguments.length === 0;
}

function valueHolder(node: Node): Node {
  let at = node;
  for (let p = parentOf(at); p && PASS_THROUGH.has(p.type); p = parentOf(p)) at = p;
  return at;
}

function declaratorOf(call: Node): T.VariableDeclarator | null {
  let at = valueHolder(call);
  // `await assertClubMember(clubId, me).catch(() => null)`: the result, or nothing when the helper threw
  for (let caught = catchCallOf(at); caught; caught = catchCallOf(at)) at = valueHolder(caught);
  const p = parentOf(at);
  return p && p.type === 'VariableDeclarator' ? p : null;
}

/**
 * `const opponent = teamId ? db.select()…get() : undefined`: the declarator that holds the row, or nothing.
 * (…or the row of either query: `const users = role ? await prisma.$queryRaw\`…\` : await prisma.$queryRaw\`…\``)
 */
function branchDeclarator(call: Node): T.VariableDeclarator | null {
  const at = valueHolder(call);
  const cond = parentOf(at);
  if (cond?.type !== 'ConditionalExpression' || cond.test === at) return null;
  const other = (cond.consequent === at ? cond.alternate : cond.consequent) as Node;
  const awaited = other.type === 'AwaitExpression' ? unwrap(other) : null;
  return isNullish(other) || awaited?.type === 'CallExpression' || awaited?.type === 'TaggedTemplateExpression'
    ? declaratorOf(cond)
    : null;
}

/**
 * `const allowed = a(…) || b(…)`: the declarator whose value is this call or one of its alternatives (also beside an
 * administrator's pass and a presence test: `role === 'admin' || (match && (a(…) || b(…)))`).
 */
function eitherDeclarator(call: Node): T.VariableDeclarator | null {
  let at = valueHolder(call);
  for (let p = parentOf(at); p && (p.type === 'LogicalExpression' || PASS_THROUGH.has(p.type)); p = parentOf(p)) at = p;
  const p = parentOf(at);
  return p?.type === 'VariableDeclarator' ? p : null;
}

/**
 * The call of a project helper that hands back what it is given, or a member of it (`unwrap(await query)` returning
 * `result.data` after throwing on `result.error`), around a data-layer call: the helper's result is the row.
 */
function unwrapperAround(resolver: Resolver, file: SourceFile, call: Node): T.CallExpression | null {
  const at = valueHolder(call);
  const p = parentOf(at);
  if (p?.type !== 'CallExpression' || p.arguments[0] !== at) return null;
  const target = resolver.calleeFunction(file, p);
  const fn = target?.fn as T.Function | T.ArrowFunctionExpression | undefined;
  const param = fn?.params[0];
  const body = fn?.body as Node | null | undefined;
  if (param?.type !== 'Identifier' || !body) return null;
  const passes = (n: Node | null | undefined) => {
    const r = unwrap(n);
    return !!r && memberRoot(r) === param.name && (r.type === 'Identifier' || r.type === 'MemberExpression');
  };
  if (body.type !== 'BlockStatement') return passes(body) ? p : null;
  let returns = 0;
  let others = false;
  walk(body, (n) => {
    if (others || (n !== body && isFunction(n))) return false;
    if (n.type === 'ReturnStatement') {
      returns++;
      if (!passes(n.argument as Node | null)) others = true;
    }
    return undefined;
  });
  return returns > 0 && !others ? p : null;
}

/**
 * `if (payment.recordedById === me) return 403`: the caller is turned away when the record IS theirs — a rule against
 * confirming one's own payment, not a check that it is theirs.
 */
function deniesWhenEqual(cmp: Node): boolean {
  if (cmp.type !== 'BinaryExpression' || (cmp.operator !== '===' && cmp.operator !== '==')) return false;
  let c: Node = cmp;
  let p = parentOf(c);
  while (p && ((p.type === 'LogicalExpression' && p.operator === '&&') || p.type === 'ParenthesizedExpression')) {
    c = p;
    p = parentOf(p);
  }
  return p?.type === 'IfStatement' && p.test === c && deniesIn(p.consequent as Node);
}

/** Flags and states that mean "shown to the public" (`resultsPublished`, `isPublic`, `status === 'published'`). */
const PUBLISHED_FLAG = /^(?:\w*[pP]ublished|is_?[pP]ublic|public|is_?[lL]isted|listed|is_?[vV]isible|visible)$/;
const PUBLISHED_STATE = new RegExp(`^(?:${PUBLIC_STATES})$`, 'i');

/**
 * Records an `if` turns away unless they are published (`if (!event || !event.resultsPublished) throw 404`,
 * `if (post.status !== 'published') return 404`): what follows reads only public records.
 */
function publishedGuard(st: T.IfStatement): string[] {
  if (!deniesIn(st.consequent as Node)) return [];
  const out: string[] = [];
  for (const d of disjuncts(st.test as Node)) {
    // (…also with an exception for some viewers after it: `course.status !== 'published' && !canSeeDraft`, the drafts
    // their instructor may see)
    let u = d;
    while (u.type === 'LogicalExpression' && u.operator === '&&') {
      const left = unwrap(u.left as Node);
      if (!left) break;
      u = left;
    }
    const flag = u.type === 'UnaryExpression' && u.operator === '!' ? unwrap(u.argument as Node) : null;
    if (flag?.type === 'MemberExpression' && PUBLISHED_FLAG.test(nameOf(flag.property as Node) ?? '')) {
      const root = memberRoot(flag);
      if (root) out.push(root);
    }
    if (u.type === 'BinaryExpression' && (u.operator === '!==' || u.operator === '!=')) {
      const [m, v] = unwrap(u.left as Node)?.type === 'MemberExpression' ? [u.left, u.right] : [u.right, u.left];
      const state = stringValue(v as Node);
      const mm = unwrap(m as Node);
      if (
        mm?.type === 'MemberExpression' &&
        /^(?:status|state)$/.test(nameOf(mm.property as Node) ?? '') &&
        state &&
        PUBLISHED_STATE.test(state)
      ) {
        const root = memberRoot(mm);
        if (root) out.push(root);
      }
    }
  }
  return out;
}

/** The alternatives of a condition: `a || b || c` → a, b, c (unwrapped); any other condition is its own only one. */
function disjuncts(test: Node | null): Node[] {
  const u = unwrap(test);
  if (!u) return [];
  return u.type === 'LogicalExpression' && u.operator === '||'
    ? [...disjuncts(u.left as Node), ...disjuncts(u.right as Node)]
    : [u];
}

/** The branch turns the request away: a throw, or a 4xx status. */
function deniesIn(branch: Node): boolean {
  let denies = false;
  walk(branch, (n) => {
    if (denies || isFunction(n)) return false;
    if (n.type === 'ThrowStatement') denies = true;
    else if (n.type === 'CallExpression' && /^(?:status|code|sendStatus|throw)$/.test(calleeName(n) ?? '')) {
      const s = numberValue(n.arguments[0] as Node);
      if (s !== null && s >= 400 && s < 500) denies = true;
    }
    return undefined;
  });
  return denies;
}

/** The names of calls that answer or leave: a response, a redirect, an error handed on. */
const ANSWER_CALL = /^(?:json|send|status|code|redirect|end|sendStatus|next|throw|notFound|forbidden|unauthorized)$/;

/**
 * A condition of an `if` without `else` whose branch neither leaves (return, throw) nor answers: it only decides
 * whether a side effect runs, and what follows runs either way.
 */
function gatesSideBranch(cond: Node): boolean {
  let c = cond;
  let p = parentOf(c);
  while (
    p &&
    (p.type === 'LogicalExpression' || p.type === 'UnaryExpression' || p.type === 'ParenthesizedExpression')
  ) {
    c = p;
    p = parentOf(p);
  }
  if (p?.type !== 'IfStatement' || p.test !== c || p.alternate) return false;
  let answers = false;
  walk(p.consequent as Node, (n) => {
    if (answers || isFunction(n)) return false;
    if (n.type === 'ReturnStatement' || n.type === 'ThrowStatement') answers = true;
    else if (n.type === 'CallExpression' && ANSWER_CALL.test(calleeName(n) ?? '')) answers = true;
    return undefined;
  });
  return !answers;
}

/** The plain name a call's (awaited) result is assigned to: `user = await User.create(…)`. */
function assignedName(call: Node): Node | null {
  const p = parentOf(valueHolder(call));
  return p?.type === 'AssignmentExpression' && p.operator === '=' && p.left.type === 'Identifier'
    ? (p.left as Node)
    : null;
}

/** The `.catch(…)` call an expression's promise is handed to directly (`helper(x).catch(() => null)`), if any. */
function catchCallOf(node: Node): T.CallExpression | null {
  const p = parentOf(node);
  const gp = p ? parentOf(p) : null;
  return p?.type === 'MemberExpression' &&
    p.object === node &&
    nameOf(p.property as Node) === 'catch' &&
    gp?.type === 'CallExpression' &&
    gp.callee === p
    ? gp
    : null;
}

function isOutermostInChain(call: T.CallExpression): boolean {
  let p = parentOf(call);
  while (p && (p.type === 'AwaitExpression' || p.type === 'ChainExpression')) p = parentOf(p);
  if (p && p.type === 'MemberExpression') {
    const gp = parentOf(p);
    if (gp && gp.type === 'CallExpression' && gp.callee === p) return false;
  }
  return true;
}

/** Records where a declared variable's value comes from. */
export function declare(env: Env, id: Node, init: Node | null): void {
  if (!init) return;
  const s = sourcesOf(env, init);
  const recs = recordsOf(env, init);
  const shaped = isShapedExpr(env, init);
  if (id.type === 'Identifier') {
    // a whole request object stays whole through a plain alias (`const data = req.body`)
    env.vars.set(id.name, s);
    if (isRoleCall(env, unwrap(init))) env.callerRoles.add(id.name);
    else env.callerRoles.delete(id.name);
    const fields = propertySources(env, init);
    if (fields) env.fields.set(id.name, fields);
    else env.fields.delete(id.name);
    // (a name given a new value no longer stands for the record it held)
    if (recs.size > 0) env.records.set(id.name, recs);
    else env.records.delete(id.name);
    if (shaped) env.shaped.add(id.name);
    if (isNestRequest(init)) env.requestRoots.set(id.name, false);
    return;
  }
  if (id.type === 'ObjectPattern') {
    const hasRest = id.properties.some((p) => p.type === 'RestElement');
    const u = unwrap(init);
    const p2 = u ? memberPath(u) : null;
    // (…or returned so by a project helper: `const { auth, query } = await parseRequest(request)`)
    const returned = u?.type === 'CallExpression' && env.resolver ? returnedFields(env, u) : null;
    for (const p of id.properties) {
      if (p.type === 'RestElement') {
        // const { password, ...safe } = user → safe is shaped (fields removed); from req.body it stays whole
        for (const n of boundNames(p.argument as Node)) {
          env.vars.set(n, s);
          if (s & WHOLE) env.vars.set(n, s);
          else if (recs.size > 0) {
            // (still the record, less the fields taken out: `const { hrNote, ...visible } = request`)
            env.shaped.add(n);
            env.records.set(n, recs);
            env.lessFields.set(n, restRemoved(id));
          }
        }
        continue;
      }
      const key = nameOf(p.key as Node);
      for (const n of boundNames(p.value as Node)) {
        let v = s & ~WHOLE;
        // const { id } = req.params; const { params } = ctx; const { user } = req
        if (p2 && isRequestRoot(env, p2[0]!) && key)
          v = requestSources(env, [...p2, key], env.requestRoots.get(p2[0]!) === true) || v;
        if (u?.type === 'Identifier' && isRequestRoot(env, u.name) && key)
          v = requestSources(env, [u.name, key], false) || v;
        // `const { period, accountId } = options` where the fields of `options` are known apart (`{ ...query, accountId }`)
        const fields = u?.type === 'Identifier' && key ? env.fields.get(u.name) : key ? returned : null;
        if (fields && key) v = (fields.get(key) ?? fields.get(REST_FIELD) ?? 0) & ~WHOLE;
        env.vars.set(n, v);
        const sub = fields && key ? SUBFIELDS.get(fields)?.get(key) : undefined;
        if (sub) env.fields.set(n, sub);
        else env.fields.delete(n);
        // (`const { user, token } = await auth.register(input)`, `const { data, error } = await supabase…`: the token,
        // the error and the count that come with a record are not the record)
        // (…nor the query string a helper hands back beside the caller's row: `{ query, auth }`)
        if (recs.size > 0 && !hasRest && !NOT_A_RECORD.test(key ?? '') && !(returned && !(v & (SRC.record | SRC.user))))
          env.records.set(n, recs);
      }
    }
    return;
  }
  for (const n of boundNames(id)) {
    env.vars.set(n, s & ~WHOLE);
    if (recs.size > 0) env.records.set(n, recs);
  }
}

/**
 * A client key named inside a helper, as the caller wrote it: the helper's parameter `orgId` is the argument it was
 * given (`req.params.orgId`); keys that are not parameters stay as they are.
 */
function argumentKey(fn: Node, call: T.CallExpression, key: string): string {
  const params = (fn as T.Function).params ?? [];
  const [head, ...rest] = key.split('.');
  const i = params.findIndex((p) => (p as Node).type === 'Identifier' && (p as T.IdentifierName).name === head);
  let arg = i >= 0 ? unwrap(call.arguments[i] as Node | undefined) : null;
  // `Number(req.params.labId)`: the value coerced is the one the client named
  if (arg?.type === 'CallExpression' && COERCE.has(calleeName(arg) ?? '') && arg.arguments.length === 1)
    arg = unwrap(arg.arguments[0] as Node);
  const path = arg ? memberPath(arg) : null;
  return path && !path.includes('()') ? [...path, ...rest].join('.') : key;
}

/** A role named at a call: `{ role: 'admin' }`, `{ roles: ['admin', 'staff'] }`, `'admin'`. */
function namesRole(arg: Node): boolean {
  const a = unwrap(arg);
  if (!a) return false;
  if (a.type === 'Literal') return typeof a.value === 'string' && PRIVILEGED_ROLE.test(a.value);
  // `requireClubRole(user.id, clubId, ['owner', 'treasurer'])`: the roles the helper is asked to admit
  if (a.type === 'ArrayExpression')
    return a.elements.length > 0 && a.elements.every((e) => /^[A-Za-z][\w-]*$/.test(stringValue(e as Node) ?? ''));
  if (a.type !== 'ObjectExpression') return false;
  return a.properties.some((p) => {
    if (p.type !== 'Property' || !ROLE_FIELD.test(nameOf(p.key as Node) ?? '')) return false;
    const v = unwrap(p.value as Node);
    return (
      (v?.type === 'Literal' && typeof v.value === 'string') ||
      (v?.type === 'ArrayExpression' && v.elements.some((e) => stringValue(e as Node) !== null))
    );
  });
}

/** What a local ability was built from (`const ability = this.abilities.createForUser(user)`). */
function abilityOf(env: Env, id: Node): Node | null {
  if (!env.resolver) return null;
  const v = env.resolver.valueOf(env.file, id);
  return v.kind === 'node' && v.node !== id ? unwrap(v.node) : null;
}

/**
 * A CASL ability made for the caller: a call that builds one (`createForUser(user)`, `defineAbilityFor(req.user)`,
 * `ForbiddenError.from(ability)`) from the caller's identity.
 */
function callerAbility(env: Env, built: Node): boolean {
  if (built.type !== 'CallExpression') return false;
  const name = calleeName(built) ?? '';
  if (name === 'from') {
    const inner = unwrap(built.arguments[0] as Node);
    const made = inner?.type === 'Identifier' ? abilityOf(env, inner) : inner;
    if (!made && inner?.type === 'Identifier') return handedAbility(env, inner);
    return !!made && made !== built && callerAbility(env, made);
  }
  return (
    /abilit|ForUser|defineRules|createFor|forUser/i.test(name) &&
    built.arguments.some((a) => isUserValue(env, a as Node))
  );
}

/**
 * An ability handed in, built for the caller elsewhere: a guard's `req.ability = factory.createForUser(req.user)` passed
 * to a service as `findOne(req.ability, id)`.
 */
function handedAbility(env: Env, id: { name: string } & Node): boolean {
  return /abilit/i.test(id.name) && (sourcesOf(env, id) & SRC.user) !== 0;
}

/** `call` runs in a callback handed to a transaction (`prisma.$transaction(async (tx) => …)`, `db.transaction(…)`). */
function inTransaction(call: Node, fn: Node): boolean {
  for (let p = parentOf(call); p && p !== fn; p = parentOf(p))
    if (isFunction(p)) {
      const owner = parentOf(p);
      if (owner?.type === 'CallExpression' && /transaction/i.test(calleeName(owner) ?? '')) return true;
    }
  return false;
}

/** `...opts.roles`, `allowedRoles`: roles the function `fn` was given by its caller, handed on. */
function rolesParameter(arg: Node, fn: Node): boolean {
  const a = unwrap(arg.type === 'SpreadElement' ? (arg.argument as Node) : arg);
  const path = a ? memberPath(a) : null;
  if (!path || path.length > 2 || !/^(?:roles|allowed(?:Roles)?|allow|permitted(?:Roles)?)$/i.test(path.at(-1)!))
    return false;
  const params = new Set(((fn as T.Function).params ?? []).flatMap((p) => boundNames(p as Node)));
  return params.has(path[0]!);
}

/** A query of the helper constrained to the caller names this parameter in its arguments. */
function scopesBy(flow: FlowResult, param: string): boolean {
  const own = new RegExp(`\\b${param}\\b`);
  if (scopesByName(flow, own)) return true;
  // (…also under a name derived from it: `const ids = teamIds.filter(…)`; looked for only when the name itself is not
  // in a scoped query, which is rare)
  const text = flow.env.file.text;
  const fns = new Set([...flow.env.accessByNode.keys()].map((n) => enclosingFunction(n)));
  const derived = flow.env.file.index.VariableDeclarator.filter(
    (d) =>
      d.id.type === 'Identifier' &&
      !!d.init &&
      fns.has(enclosingFunction(d)) &&
      own.test(text.slice(d.init.start, d.init.end)),
  ).map((d) => (d.id as T.BindingIdentifier).name);
  return derived.length > 0 && scopesByName(flow, new RegExp(`\\b(?:${derived.join('|')})\\b`));
}

function scopesByName(flow: FlowResult, named: RegExp): boolean {
  const text = flow.env.file.text;
  for (const [node, access] of flow.env.accessByNode)
    if (access.scopedToCaller && named.test(text.slice(node.start, node.end))) return true;
  // (…or a helper of its own does: `assertLabRole(labId, me)` calling `findMembership(labId, me)`)
  for (const node of flow.env.scopedHelperCalls) if (named.test(text.slice(node.start, node.end))) return true;
  // …or it loads the record the parameter names and compares that record with the caller (`findUnique({ where: { id }
  // })`, then `if (application.recruiterId !== user.id) throw`)
  const checked = new Set(flow.ownershipChecks.flatMap((c) => [...c.vars]));
  for (const [node, access] of flow.env.accessByNode)
    if (access.resultVar && checked.has(access.resultVar) && named.test(text.slice(node.start, node.end))) return true;
  return false;
}

/**
 * `if (globalRole === 'admin') return 'admin';` followed by other checks (`if (!pantryRole) throw 403`): an
 * administrator let through early, not a gate on the role — unless the function then turns everyone else away
 * without a further test (`if (user.role === 'admin') return next(); return res.status(403).end()`).
 */
function privilegedOverride(file: SourceFile, test: T.BinaryExpression | T.PrivateInExpression): boolean {
  if (test.operator !== '===' && test.operator !== '==') return false;
  if (!PRIVILEGED_ROLE.test(stringValue(test.right as Node) ?? stringValue(test.left as Node) ?? '')) return false;
  const stmt = parentOf(test);
  if (stmt?.type !== 'IfStatement' || stmt.test !== test || stmt.alternate) return false;
  const then = stmt.consequent as Node;
  const exit = then.type === 'BlockStatement' ? then.body[then.body.length - 1] : then;
  if (exit?.type !== 'ReturnStatement' || DENY_TEXT.test(file.text.slice(then.start, then.end))) return false;
  const block = parentOf(stmt);
  if (block?.type !== 'BlockStatement') return false;
  const after = block.body.slice(block.body.indexOf(stmt as T.Statement) + 1);
  return !after.some(
    (x) =>
      (x.type === 'ReturnStatement' || x.type === 'ThrowStatement') && DENY_TEXT.test(file.text.slice(x.start, x.end)),
  );
}
/** Text of an answer or error that turns the request away. */
const DENY_TEXT =
  /Unauthori[sz]ed|Forbidden|\b40[13]\b|AuthenticationError|AuthError|NotAuthenticated|UNAUTHORI|FORBIDDEN/;

/** Calls that count rows or ask whether one exists. */
const COUNT_CALL = /^(?:count|countBy|countDocuments|exists|existsBy|getCount)$/;

/** The value of `call` is only tested or compared (`if (!(await …))`, `(await …) > 0`, `!!(await …)`): a yes or no. */
function onlyDecides(call: Node): boolean {
  let n: Node = call;
  for (let p = parentOf(n); p; n = p, p = parentOf(p)) {
    if (p.type === 'IfStatement' || p.type === 'ConditionalExpression' || p.type === 'WhileStatement')
      return (p as T.IfStatement).test === n;
    if (p.type === 'BinaryExpression') return /^(?:[<>]=?|[!=]==?)$/.test(p.operator);
    if (p.type === 'UnaryExpression') return p.operator === '!';
    if (p.type !== 'AwaitExpression' && p.type !== 'ParenthesizedExpression') return false;
  }
  return false;
}

/** The call's value is tested where it is made: `if (!(await getMembership(…)))`, `cond ? … : …`. */
function testedWhereCalled(call: Node): boolean {
  let n: Node = call;
  for (let p = parentOf(n); p; n = p, p = parentOf(p)) {
    if (p.type === 'IfStatement' || p.type === 'ConditionalExpression') return (p as T.IfStatement).test === n;
    if (
      p.type !== 'AwaitExpression' &&
      p.type !== 'UnaryExpression' &&
      p.type !== 'LogicalExpression' &&
      p.type !== 'ParenthesizedExpression'
    )
      return false;
  }
  return false;
}

/**
 * A schema that checks the keys it declares and hands the others through: zod `.passthrough()`, or a yup schema
 * validated without `stripUnknown` (yup keeps unknown keys by default; Joi rejects them, zod strips them).
 */
function keepsUnknownKeys(env: Env, call: T.CallExpression, name: string): boolean {
  const callee = unwrap(call.callee as Node);
  if (callee?.type !== 'MemberExpression' || !env.resolver) return false;
  const schema = env.resolver.valueOf(env.file, callee.object as Node);
  const text = schemaText(env.resolver, env.file, callee.object as Node);
  if (KEEPS_UNKNOWN.test(text)) return true;
  if (name !== 'validate' && name !== 'validateSync') return false;
  const yup = /\byup\b/.test(schema.kind === 'node' ? schema.file.text : env.file.text);
  if (!yup || /\bnoUnknown\(/.test(text)) return false;
  let opts = unwrap(call.arguments[1] as Node | undefined);
  // (options kept in a constant, also of another module: `validate(body, opts)` with `opts = { stripUnknown: true }`)
  if (opts?.type === 'Identifier' || opts?.type === 'MemberExpression') {
    const v = env.resolver.valueOf(env.file, opts);
    opts = v.kind === 'node' ? unwrap(v.node) : null;
  }
  const strip = opts?.type === 'ObjectExpression' ? propertyValue(opts, 'stripUnknown') : null;
  return !(strip?.type === 'Literal' && strip.value === true);
}

/**
 * `const allowed = isPlanOwner(id, me)`, `if (!isPlanOwner(id, me))`: an async function called without `await`, its
 * answer kept or tested as it is (a promise, which is always truthy).
 */
function floatingPromise(fn: Node, call: T.CallExpression): boolean {
  if (!(fn as T.Function).async) return false;
  let n: Node = call;
  for (let p = parentOf(n); p; n = p, p = parentOf(p)) {
    if (
      p.type === 'ParenthesizedExpression' ||
      p.type === 'TSAsExpression' ||
      p.type === 'TSNonNullExpression' ||
      p.type === 'LogicalExpression' ||
      (p.type === 'UnaryExpression' && p.operator === '!')
    )
      continue;
    if (p.type === 'VariableDeclarator') return p.init === n;
    if (p.type === 'IfStatement' || p.type === 'ConditionalExpression') return p.test === n;
    return false;
  }
  return false;
}

/** `at` runs in a branch of an `if` inside `fn` (so a value it assigns may not be the only one). */
function inBranch(at: Node, fn: Node): boolean {
  for (let p = parentOf(at); p && p !== fn; p = parentOf(p)) if (p.type === 'IfStatement') return true;
  return false;
}

/**
 * Every later use of `name` in the function is its id (`vet.id`) or a test of its existence (`if (!vet)`): the
 * record is not sent, changed or handed on.
 */
function onlyReferred(body: Node, name: string, testsOnly = false, idUse = true): boolean {
  let ok = true;
  let uses = 0;
  walk(body, (n, parent) => {
    if (!ok) return false;
    if (n.type !== 'Identifier' || n.name !== name || !parent) return undefined;
    if (parent.type === 'VariableDeclarator' && parent.id === n) return undefined;
    if (parent.type === 'ArrayPattern') return undefined; // const [vet] = await …
    // const { data: vet } = await supabase…
    if (parent.type === 'Property' && parent.value === n && parentOf(parent)?.type === 'ObjectPattern')
      return undefined;
    // a property name is not the variable (`req.user.id`, `{ user: x }`; a shorthand `{ user }` is read as its value)
    if (parent.type === 'MemberExpression' && parent.property === n && !parent.computed) return undefined;
    if (parent.type === 'Property' && parent.key === n && !parent.computed) return undefined;
    uses++;
    if (parent.type === 'MemberExpression' && parent.object === n && !parent.computed) {
      if (testsOnly) {
        ok = false;
        return false;
      }
      // its id, or a field compared or tested to decide (`target.role === 'owner'`, `if (!contractor?.verified)`):
      // checked, not sent
      let use = parentOf(parent);
      if (use?.type === 'ChainExpression') use = parentOf(use);
      // (…also as a date or a number: `new Date(shift.startsAt) <= now`, `count >= shift.capacity`)
      while (
        (use?.type === 'NewExpression' || use?.type === 'CallExpression') &&
        use.arguments.length === 1 &&
        /^(?:Date|Number|parseInt|parseFloat|parse)$/.test(calleeName(use) ?? nameOf(use.callee as Node) ?? '')
      )
        use = parentOf(use);
      ok =
        (idUse && /^(?:id|_id|uuid)$/.test(nameOf(parent.property as Node) ?? '')) ||
        (use?.type === 'BinaryExpression' && /^(?:[!=]==?|[<>]=?)$/.test(use.operator)) ||
        (use?.type === 'UnaryExpression' && use.operator === '!') ||
        (use?.type === 'IfStatement' && unwrap(use.test as Node) === parent);
      return undefined;
    }
    if (parent.type === 'UnaryExpression' && parent.operator === '!') return undefined;
    if (parent.type === 'IfStatement' && parent.test === n) return undefined;
    // (`return membership !== null`: whether there is one)
    if (
      parent.type === 'BinaryExpression' &&
      /^[!=]==?$/.test(parent.operator) &&
      isNullish((parent.left === n ? parent.right : parent.left) as Node)
    )
      return undefined;
    // handed to a mapper beside what was made (`toPlayerDto(player, user)`): shown as the mapper chooses, not acted on
    if (
      !testsOnly &&
      parent.type === 'CallExpression' &&
      parent.callee !== n &&
      parent.arguments.length > 1 &&
      SHAPE_CALL.test(calleeName(parent) ?? '')
    )
      return undefined;
    ok = false;
    return false;
  });
  return ok && uses > 0;
}

/**
 * Names an `if` rejects unless they are primitives: `if (typeof email !== 'string' || …) { ctx.throw(400) }`,
 * `if (typeof token !== 'string') return res.status(400).end()`. Only a guard whose branch leaves the handler counts.
 */
function typeGuardExit(n: T.IfStatement): string[] {
  const c = n.consequent as Node;
  const last = c.type === 'BlockStatement' ? (c.body[c.body.length - 1] as Node | undefined) : c;
  const exits =
    !!last &&
    (last.type === 'ReturnStatement' ||
      last.type === 'ThrowStatement' ||
      (last.type === 'ExpressionStatement' &&
        unwrap(last.expression as Node)?.type === 'CallExpression' &&
        calleeName(unwrap(last.expression as Node) as T.CallExpression) === 'throw'));
  if (!exits) return [];
  const names: string[] = [];
  for (const u of disjuncts(n.test as Node)) {
    // `!mongoose.isValidObjectId(id)`, `!Types.ObjectId.isValid(id)`, `!Number.isInteger(n)`
    if (u.type === 'UnaryExpression' && u.operator === '!') {
      const call = unwrap(u.argument as Node);
      const arg = call?.type === 'CallExpression' ? unwrap(call.arguments[0] as Node) : null;
      if (
        call?.type === 'CallExpression' &&
        arg?.type === 'Identifier' &&
        /^(?:isValidObjectId|isValid|isObjectId|isMongoId|isValidId|isInteger|isSafeInteger|isFinite|isUUID|isUuid)$/.test(
          calleeName(call) ?? '',
        )
      )
        names.push(arg.name);
      continue;
    }
    if (u.type !== 'BinaryExpression' || !/^!==?$/.test(u.operator)) continue;
    const arg = unwrap(primitiveTypeofOperand(u));
    if (arg?.type === 'Identifier') names.push(arg.name);
  }
  return names;
}

/** `typeof x === 'string' ? x : …` (or `!== … ? … : x`): the branch taken with x has x checked as a primitive. */
function typeGuarded(n: T.ConditionalExpression): boolean {
  const t = unwrap(n.test as Node);
  if (t?.type !== 'BinaryExpression' || !/^[!=]==?$/.test(t.operator)) return false;
  const operand = primitiveTypeofOperand(t);
  if (!operand) return false;
  const guarded = t.operator.startsWith('=') ? n.consequent : n.alternate;
  const other = t.operator.startsWith('=') ? n.alternate : n.consequent;
  const same = (a: Node, b: Node) => {
    const pa = memberPath(unwrap(a));
    const pb = memberPath(unwrap(b));
    return !!pa && !!pb && pa.join('.') === pb.join('.');
  };
  // the other branch must not hand the raw value on either
  return same(guarded as Node, operand) && !same(other as Node, operand);
}

/** `typeof x === 'string'` (either side, any equality operator): x, when the type named is a primitive. */
function primitiveTypeofOperand(t: T.BinaryExpression | T.PrivateInExpression): Node | null {
  const [op, lit] = unwrap(t.left as Node)?.type === 'UnaryExpression' ? [t.left, t.right] : [t.right, t.left];
  const u = unwrap(op as Node);
  if (u?.type !== 'UnaryExpression' || u.operator !== 'typeof') return null;
  return /^(?:string|number|boolean)$/.test(stringValue(lit as Node) ?? '') ? (u.argument as Node) : null;
}

/** A call of a function imported from a token or session library (`verify` from hono/jwt, next-auth's `getToken`). */
function isTokenLibrary(resolver: Resolver, file: SourceFile, call: T.CallExpression): boolean {
  const v = resolver.valueOf(file, call.callee as Node);
  return (
    v.kind === 'external' &&
    /^(?:jsonwebtoken|jose|hono\/jwt|next-auth(?:\/jwt)?|@fastify\/jwt|@tsndr\/cloudflare-worker-jwt|jwt-simple|fast-jwt)$/.test(
      v.pkg,
    )
  );
}

/**
 * Sources of what an inline `map` callback returns, its element bound to `element` (its index carries nothing). The
 * bindings are the callback's own: they are undone afterwards, so the handler's walk reads the callback as before.
 */
function mappedSources(env: Env, cb: FunctionNode, element: Sources): Sources {
  const saved = new Map(env.vars);
  const [item, index] = cb.params as Node[];
  for (const n of item ? boundNames(item) : []) env.vars.set(n, element);
  for (const n of index ? boundNames(index) : []) env.vars.set(n, 0);
  const body = cb.body as Node | null;
  let s = 0;
  if (body && body.type !== 'BlockStatement') s = sourcesOf(env, body);
  else if (body)
    walk(body, (x) => {
      if (x !== body && isFunction(x)) return false;
      if (x.type === 'VariableDeclarator') declare(env, x.id as Node, x.init as Node | null);
      if (x.type === 'ReturnStatement' && x.argument) s |= sourcesOf(env, x.argument as Node);
      return undefined;
    });
  env.vars = saved;
  return s;
}

/**
 * The helper compares a value that came from the client with the caller's own identity (`viewer.id === targetId`,
 * with the caller and the client's id among its arguments), in a test or in what it returns.
 */
function comparesClientWithCaller(inner: FlowResult, fn: Node): boolean {
  const env = inner.env;
  const client = (x: Node) => {
    const s = sourcesOf(env, x);
    return (s & CLIENT) !== 0 && (s & SRC.record) === 0;
  };
  const pair = (l: Node, r: Node) => (isUserValue(env, l) && client(r)) || (isUserValue(env, r) && client(l));
  let found = false;
  walk(fn, (n) => {
    if (found) return false;
    if (n !== fn && isFunction(n)) return false;
    if (n.type === 'BinaryExpression' && /^[!=]==?$/.test(n.operator) && pair(n.left as Node, n.right as Node))
      found = true;
    // (…or through an equality helper of the project: `sameId(user.studioId, studioId)` returning `String(a) ===
    // String(b)`)
    if (
      n.type === 'CallExpression' &&
      n.arguments.length === 2 &&
      pair(n.arguments[0] as Node, n.arguments[1] as Node)
    ) {
      const helper = env.resolver?.calleeFunction(env.file, n);
      if (helper && returnedExpressions(helper.fn).some((r) => r !== null && comparesEquality(r))) found = true;
    }
    // (…or looked for among the caller's own: `user.memberships.find((m) => String(m.organisation) === String(orgId))`,
    // `user.orgIds.includes(orgId)`)
    if (n.type === 'CallExpression' && searchesCallerList(env, n, client)) found = true;
    return undefined;
  });
  return found;
}

/** Array methods that look for an element by a test of it. */
const ELEMENT_SEARCH = /^(?:find|findIndex|some|filter)$/;

/**
 * `user.orgIds.includes(orgId)`, `user.memberships.find((m) => String(m.organisation) === String(orgId))`,
 * `me.teams.some((t) => t.id.equals(teamId))`: a value the client named, looked for in a list the caller holds.
 */
function searchesCallerList(env: Env, call: T.CallExpression, client: (x: Node) => boolean): boolean {
  const callee = unwrap(call.callee as Node);
  if (callee?.type !== 'MemberExpression') return false;
  const method = nameOf(callee.property as Node) ?? '';
  if (method !== 'includes' && !ELEMENT_SEARCH.test(method)) return false;
  if (!isUserValue(env, callee.object as Node)) return false;
  const first = call.arguments[0] as Node | undefined;
  if (method === 'includes') return !!first && client(first);
  const test = unwrap(first);
  if (!isFunction(test)) return false;
  const param = test.params[0] as Node | undefined;
  if (param?.type !== 'Identifier') return false;
  const element = param.name;
  /** the element or a field of it, maybe coerced: `m`, `m.organisation`, `String(m.orgId)`, `m.id.toString()` */
  const ofElement = (x: Node): boolean => {
    const u = unwrap(x);
    if (u?.type !== 'CallExpression') return memberRoot(u) === element;
    if (!COERCE.has(calleeName(u) ?? '')) return false;
    const coerced = u.arguments[0] ?? (u.callee.type === 'MemberExpression' ? u.callee.object : null);
    return !!coerced && ofElement(coerced as Node);
  };
  let found = false;
  walk(test.body as Node, (x) => {
    if (found) return false;
    if (x.type === 'BinaryExpression' && (x.operator === '===' || x.operator === '==')) {
      const [l, r] = [x.left as Node, x.right as Node];
      if ((ofElement(l) && client(r)) || (ofElement(r) && client(l))) found = true;
    }
    // (Mongoose ids: `m.organisation.equals(orgId)`)
    if (
      x.type === 'CallExpression' &&
      x.callee.type === 'MemberExpression' &&
      nameOf(x.callee.property as Node) === 'equals'
    )
      if (ofElement(x.callee.object as Node) && x.arguments[0] && client(x.arguments[0] as Node)) found = true;
    return undefined;
  });
  return found;
}

/** The expression compares two values for equality somewhere (`a !== null && String(a) === String(b)`). */
function comparesEquality(expr: Node): boolean {
  let found = false;
  walk(expr, (n) => {
    if (n.type === 'BinaryExpression' && (n.operator === '===' || n.operator === '==')) found = true;
    return found ? false : undefined;
  });
  return found;
}

/** Constant-time comparisons of two secrets. */
const CONSTANT_TIME =
  /^(?:timingSafeEqual|secureCompare|safeCompare|safeEqual|constantTimeEqual|timingSafeCompare|tsscmp)$/;

/** Conditions a query builder is narrowed by (knex, TypeORM query builders). */
const BUILDER_FILTER = /^(?:where|andWhere|whereIn|whereExists|whereRaw|andWhereRaw|innerJoin|join)$/;

/** Some value in the subtree comes from the caller's identity. */
function mentionsCaller(env: Env, root: Node): boolean {
  let found = false;
  walk(root, (n) => {
    if (found) return false;
    if ((n.type === 'Identifier' || n.type === 'MemberExpression') && sourcesOf(env, n) & SRC.user) found = true;
    return undefined;
  });
  return found;
}

/**
 * The helper hands back the query builder it is given (parameter `index`) narrowed by the caller's identity:
 * `return query.where('applications.applicant_id', user.sub)` — or, in a branch that tests the caller (`if
 * (isStaff(user)) return query`), as it is. Every path of it narrows, or the caller's role decides.
 */
function narrowsToCaller(inner: FlowResult, fn: Node, index: number): boolean {
  if (!isFunction(fn)) return false;
  const param = fn.params[index] as Node | undefined;
  if (param?.type !== 'Identifier') return false;
  let narrowed = false;
  for (const r of returnedExpressions(fn)) {
    const e = unwrap(r);
    if (e?.type === 'Identifier' && e.name === param.name) {
      let branch: Node | null = parentOf(e);
      while (branch && branch !== fn && branch.type !== 'IfStatement') branch = parentOf(branch);
      if (branch?.type !== 'IfStatement' || !mentionsCaller(inner.env, branch.test as Node)) return false;
      continue;
    }
    if (e?.type !== 'CallExpression') return false;
    const chain = callChain(e);
    const head = chain[0]!;
    const on = head.callee.type === 'MemberExpression' ? unwrap(head.callee.object as Node) : null;
    if (on?.type !== 'Identifier' || on.name !== param.name) return false;
    const filters = chain.filter((c) => BUILDER_FILTER.test(calleeName(c) ?? ''));
    if (!filters.some((c) => c.arguments.some((a) => mentionsCaller(inner.env, a as Node)))) return false;
    narrowed = true;
  }
  return narrowed;
}

/**
 * Sources of a request path (`req.body.title`), validated when a strict schema middleware checked the body, and a
 * number when the route's schema makes that field one (`request.query.days` with `days: { type: 'integer' }`).
 */
function requestSources(env: Env, path: string[], fromRoot: boolean): Sources {
  const s = requestPathSources(path, fromRoot, env.identityKeys);
  const checked = env.validatedBody && s & SRC.body ? s | SRC.validated : s;
  return env.numeric && numericField(env.numeric, path) ? checked | SRC.numeric : checked;
}

/** `[…, 'query', 'days']`: a field the route's schema for that request part makes a number. */
function numericField(numeric: NumericFields, path: string[]): boolean {
  const part = path[path.length - 2];
  const field = path[path.length - 1]!;
  if (part === 'params' || part === 'param') return numeric.params.has(field);
  if (part === 'query' || part === 'querystring') return numeric.query.has(field);
  return part === 'body' && numeric.body.has(field);
}

/** Sources of an expression. */
export function sourcesOf(env: Env, expr: Node | null | undefined): Sources {
  const n = unwrap(expr);
  if (!n) return 0;
  switch (n.type) {
    case 'Identifier': {
      const v = env.vars.get(n.name);
      if (v !== undefined) return v;
      if (env.requestRoots.get(n.name) === true) return requestSources(env, [n.name], true);
      return 0;
    }
    case 'MemberExpression': {
      const root = memberRoot(n);
      if (root !== null && isRequestRoot(env, root)) {
        const path = memberPath(n)!;
        // a field of what a request method returns (`c.get('driver').id`): the call decides
        if (!path.includes('()')) return requestSources(env, path, env.requestRoots.get(root) === true);
      }
      // Nest's `context.switchToHttp().getRequest().user`: a field of the request, read in one go
      if (!n.computed && isNestRequest(n.object as Node))
        return requestSources(env, ['request', nameOf(n.property as Node) ?? ''], false);
      // the length of anything is a number it cannot smuggle text or an identity through (`$${params.length}`)
      if (!n.computed && n.property.type === 'Identifier' && n.property.name === 'length') return 0;
      // `const params = new URL(req.url).searchParams`: the query string, whatever URL object it came through
      if (!n.computed && n.property.type === 'Identifier' && n.property.name === 'searchParams') return SRC.query;
      // the id the database gave a new row (`insert.run(row).lastInsertRowid`, MySQL's `insertId`) is the server's
      if (
        !n.computed &&
        n.property.type === 'Identifier' &&
        /^(?:lastInsertRowid|insertId|lastID)$/.test(n.property.name)
      )
        return SRC.record;
      // a field of an object built here or handed in by the caller, known apart (`row.owner_id`)
      if (n.object.type === 'Identifier' && !n.computed) {
        const fields = env.fields.get(n.object.name);
        const v = fields ? (fields.get(nameOf(n.property as Node) ?? '') ?? fields.get(REST_FIELD)) : undefined;
        if (v !== undefined) return v;
      }
      // a field of a value keeps its sources, but is no longer the whole object
      return sourcesOf(env, n.object as Node) & ~WHOLE;
    }
    case 'CallExpression': {
      const name = calleeName(n);
      const path = memberPath(n.callee as Node);
      const root = path?.[0];
      // createHash('sha256').update(key).digest('hex'): the digest of a value carries the value's origin
      const hashAt = path ? path.findIndex((p) => p === 'createHash' || p === 'createHmac') : -1;
      if (hashAt === 0 || hashAt === 1) {
        let s = 0;
        for (const c of callChain(n)) if (calleeName(c) === 'update') s |= sourcesOf(env, c.arguments[0] as Node);
        return s;
      }
      if (root && isRequestRoot(env, root)) {
        // Hono: c.req.param('id'), c.req.query('x'), c.req.json(), c.req.valid('json'), c.get('user')
        if (name === 'param') return SRC.params;
        if (name === 'query' || name === 'queries') return SRC.query;
        if (name === 'json' || name === 'formData' || name === 'parseBody' || name === 'text') return SRC.body | WHOLE;
        // (the whole checked body; with a schema that passes undeclared keys on, they come along)
        if (name === 'valid')
          return env.looseBody && /^(?:json|form)$/.test(stringValue(n.arguments[0] as Node) ?? '')
            ? SRC.body | SRC.validated | LOOSE | WHOLE
            : SRC.body | SRC.validated;
        if ((name === 'header' || name === 'get') && USER_HEADER.test(stringValue(n.arguments[0] as Node) ?? ''))
          return env.trustHeaders ? SRC.user : SRC.headers;
        if (name === 'header') return SRC.headers;
        // Hono's c.get('user') / c.get('driver') (not `req.nextUrl.searchParams.get('userId')`)
        if (name === 'get' && path.length === 2) {
          const key = stringValue(n.arguments[0] as Node) ?? '';
          if (IDENTITY_KEYS.test(key) || env.identityKeys.has(key)) return SRC.user;
        }
        if (name === 'get' && path.length === 2) return SRC.headers;
        if (name === 'getRequest') return 0;
      }
      if (name === 'get' && path && path.includes('searchParams')) return SRC.query;
      // `new URL(request.url).searchParams.get('q')` (no member path through the `new`)
      if (name === 'get' && !path && n.callee.type === 'MemberExpression') {
        const owner = unwrap(n.callee.object as Node);
        if (owner?.type === 'MemberExpression' && nameOf(owner.property as Node) === 'searchParams') return SRC.query;
      }
      // request.headers.get('x-user-id'): the identity a middleware or gateway put on the request
      if (
        name === 'get' &&
        path &&
        path.includes('headers') &&
        USER_HEADER.test(stringValue(n.arguments[0] as Node) ?? '')
      ) {
        return env.trustHeaders ? SRC.user : SRC.headers;
      }
      if (name === 'fromEntries') return sourcesOf(env, n.arguments[0] as Node);
      // `readings.map((r, i) => \`($\${i * 3 + 1}, …)\`)`: what the callback makes of each element, not the elements
      if ((name === 'map' || name === 'flatMap') && n.callee.type === 'MemberExpression') {
        const cb = unwrap(n.arguments[0] as Node);
        if (cb && isFunction(cb)) return mappedSources(env, cb, sourcesOf(env, n.callee.object as Node) & ~WHOLE);
      }
      // `Object.keys(patch)` of a schema-parsed object: the schema's own keys, not text the client chose
      if (name === 'keys' && path?.[0] === 'Object') {
        const s = sourcesOf(env, n.arguments[0] as Node);
        return s & SRC.validated ? SRC.validated : s;
      }
      if ((name && IDENTITY_CALL.test(name)) || isTokenCall(name, path)) return SRC.user;
      // `import { verify } from 'hono/jwt'`: the payload of a verified token is the caller
      // …and `import { decode } from 'hono/jwt'` behind a middleware that verified the same token: decode reads what it verified
      if (
        (name === 'verify' || name === 'getToken' || (name === 'decode' && env.trustHeaders)) &&
        path?.length === 1 &&
        env.resolver &&
        isTokenLibrary(env.resolver, env.file, n)
      )
        return SRC.user;
      // data-layer clients and models (`prisma.todo.findMany`, `User.findOne`, `this.repo.find`) are not helpers
      // whose return value carries request data; skip resolving them
      if (env.resolver && env.depth < 2 && !(root && DATA_ROOT.test(root))) {
        const r = returnedSources(env, n);
        if (r !== null) return r;
      }
      if (name && COERCE.has(name)) {
        const inner =
          n.arguments.length > 0
            ? sourcesOf(env, n.arguments[0] as Node)
            : sourcesOf(env, (n.callee as T.MemberExpression).object as Node);
        return (inner & ~WHOLE) | (inner ? SRC.coerced | (NUMERIC_COERCE.test(name) ? SRC.numeric : 0) : 0);
      }
      // express-validator's `matchedData(req, { locations: ['body'] })`: the request's fields its chains checked
      if (name === 'matchedData') {
        const req = unwrap(n.arguments[0] as Node | undefined);
        if (req?.type === 'Identifier' && env.requestRoots.has(req.name)) return matchedLocations(n) | SRC.validated;
      }
      if (name && VALIDATE_CALL.test(name)) {
        const inner = n.arguments.reduce((acc, a) => acc | sourcesOf(env, a as Node), 0);
        return inner ? inner | SRC.validated | (keepsUnknownKeys(env, n, name) ? LOOSE : 0) : 0;
      }
      // `Template.createWithCtx(ctx, {…})`: a model's own create/save method hands back the stored row
      if (root && /^[A-Z]/.test(root) && path!.length === 2 && name && STORE_CALL.test(name)) return SRC.record;
      // `await stripe.paymentIntents.create({ amount, metadata: { payer_id: me } })`: the service's own object (its id,
      // its status), not the values sent to it
      if (root && path!.length >= 3 && EXTERNAL_SERVICE.test(root)) return 0;
      let s = 0;
      for (const a of n.arguments) s |= sourcesOf(env, a as Node) & ~WHOLE;
      if (n.callee.type === 'MemberExpression') s |= sourcesOf(env, n.callee.object as Node) & ~WHOLE;
      return s;
    }
    case 'ConditionalExpression': {
      // `actor.role === 'admin' ? dto.labId : actor.labId`: an administrator picks by design; what every other caller
      // gets is the value
      const ordinary = ordinaryBranch(n, (x) => isRoleValue(env, x));
      if (ordinary) return sourcesOf(env, ordinary);
      const s = sourcesOf(env, n.consequent as Node) | sourcesOf(env, n.alternate as Node);
      // `typeof q.role === 'string' ? q.role : undefined`: a primitive by then, no operator object
      return s && typeGuarded(n) ? (s & ~WHOLE) | SRC.coerced : s;
    }
    case 'LogicalExpression':
      return sourcesOf(env, n.left as Node) | sourcesOf(env, n.right as Node);
    case 'BinaryExpression':
      return (sourcesOf(env, n.left as Node) | sourcesOf(env, n.right as Node)) & ~WHOLE;
    case 'TemplateLiteral':
      return n.expressions.reduce((acc, e) => acc | sourcesOf(env, e as Node), 0) & ~WHOLE;
    case 'ObjectExpression': {
      let s = 0;
      for (const p of n.properties) {
        if (p.type === 'SpreadElement') s |= sourcesOf(env, p.argument as Node);
        else s |= sourcesOf(env, p.value as Node) & ~WHOLE;
      }
      return s;
    }
    case 'ArrayExpression':
      return n.elements.reduce((acc, e) => acc | (e ? sourcesOf(env, e as Node) & ~WHOLE : 0), 0);
    case 'NewExpression': {
      const s = n.arguments.reduce((acc, a) => acc | (sourcesOf(env, a as Node) & ~WHOLE), 0);
      // `new Date(query.from)`: a Date, whatever text it was made from — no operator object, no string left
      return s && nameOf(n.callee as Node) === 'Date' ? s | SRC.coerced : s;
    }
    default:
      return 0;
  }
}

const NO_RECORDS: ReadonlySet<string> = new Set();

/**
 * Record variables an expression is an unshaped copy of (or a field of, for comparisons). The set returned may be
 * one stored in `env.records` (or a shared empty one): callers read it, never change it.
 */
export function recordsOf(env: Env, expr: Node | null | undefined): ReadonlySet<string> {
  const n = unwrap(expr);
  if (!n) return NO_RECORDS;
  if (n.type === 'Identifier') return env.records.get(n.name) ?? NO_RECORDS;
  if (n.type === 'MemberExpression') {
    const own = recordsOf(env, n.object as Node);
    // messages[idx].authorId where idx came from messages.findIndex(...)
    const index = n.computed ? recordsOf(env, n.property as Node) : NO_RECORDS;
    if (index.size === 0) return own;
    return own.size === 0 ? index : new Set([...own, ...index]);
  }
  if (n.type === 'CallExpression') {
    const name = calleeName(n);
    if (name && (COERCE.has(name) || name === 'toString' || name === 'toHexString')) {
      const target = n.arguments[0] ?? (n.callee.type === 'MemberExpression' ? n.callee.object : null);
      return recordsOf(env, target as Node);
    }
    // `users.map((u) => ({ ...u, companyRole }))`: each row spread whole into its new object is still the row
    if ((name === 'map' || name === 'flatMap') && n.callee.type === 'MemberExpression' && spreadsElement(n))
      return recordsOf(env, n.callee.object as Node);
  }
  return NO_RECORDS;
}

/** The callback of a `.map` returns an object spreading its element whole (`(u) => ({ ...u, role })`). */
function spreadsElement(call: T.CallExpression): boolean {
  const cb = unwrap(call.arguments[0] as Node | undefined);
  if (!cb || !isFunction(cb)) return false;
  const param = cb.params[0] as Node | undefined;
  const body = unwrap(cb.body as Node);
  return (
    param?.type === 'Identifier' &&
    body?.type === 'ObjectExpression' &&
    body.properties.some((p) => p.type === 'SpreadElement' && nameOf(unwrap(p.argument as Node) as Node) === param.name)
  );
}

/** True when the value is (derived from) the caller's identity and not mixed with client input. */
export function isUserValue(env: Env, expr: Node): boolean {
  const s = sourcesOf(env, expr);
  return (s & SRC.user) !== 0 && (s & CLIENT) === 0;
}

function isRoleValue(env: Env, expr: Node): boolean {
  const n = unwrap(expr);
  if (!n) return false;
  if (n.type === 'CallExpression') return isRoleCall(env, n);
  // `roleRank[member.role] < roleRank[minimum]`: the rank of the caller's role in a table of ranks
  if (n.type === 'MemberExpression' && n.computed && isRoleValue(env, n.property as Node)) return true;
  if (n.type === 'Identifier' && env.callerRoles.has(n.name)) return true;
  const last = memberLeaf(n);
  if (last === null || !ROLE_FIELD.test(last)) return false;
  if (n.type === 'Identifier') return !!((env.vars.get(last) ?? 0) & SRC.user);
  const base = n.type === 'MemberExpression' ? (n.object as Node) : null;
  if (!base) return false;
  const s = sourcesOf(env, base);
  // the caller's own profile row (`profile.is_staff`) is as good as the token's role claim
  return (
    (s & SRC.user) !== 0 ||
    ((s & SRC.record) !== 0 &&
      /^(?:is_?[a-z]*_?(?:admin|staff|superuser|moderator)|role|roles|admin|staff)$/i.test(last))
  );
}

/**
 * `roleOf(request.user)`, `getRole(session)`: a helper named for the role, asked about the caller; or one that looks up
 * a role by the caller alone (`getProfileRole(req.user.id)`, `fetchUserRole(me)`: no group named beside the caller, so
 * the caller's own role).
 */
function isRoleCall(env: Env, n: Node | null): boolean {
  if (n?.type !== 'CallExpression') return false;
  const name = calleeName(n) ?? '';
  const fromCaller = (a: unknown) => (sourcesOf(env, a as Node) & SRC.user) !== 0;
  // `request.session.get('role')`, `session.get('isAdmin')`: a role kept in the caller's session
  const callee = unwrap(n.callee as Node);
  // …or in the request context by the auth middleware: Hono `c.get('role')` after `c.set('role', payload.role)` (in
  // Express and Koa, `req.get('role')`/`ctx.get('role')` read a request header the client sets)
  const receiver = callee?.type === 'MemberExpression' ? unwrap(callee.object as Node) : null;
  if (
    name === 'get' &&
    receiver &&
    (/^(?:session|secureSession)$/.test(memberLeaf(receiver) ?? '') ||
      (receiver.type === 'Identifier' && env.requestRoots.has(receiver.name) && HONO_IMPORT.test(env.file.text))) &&
    ROLE_FIELD.test(stringValue(n.arguments[0] as Node) ?? '')
  )
    return true;
  return (
    (/^(?:get|read)?roles?(?:Of|For)?$/i.test(name) && n.arguments.some(fromCaller)) ||
    // `isStaff(user)`, `isAdmin(req.user)`: a predicate named for a privileged role, asked about the caller
    (ROLE_PREDICATE.test(name) && n.arguments.some(fromCaller)) ||
    (/^(?:get|read|fetch|load|lookup|find|resolve)\w*Roles?$/.test(name) &&
      n.arguments.length > 0 &&
      n.arguments.every(fromCaller))
  );
}

function callbackComparesUser(arg: Node): boolean {
  const u = unwrap(arg);
  if (!u || !isFunction(u)) return false;
  let found = false;
  walk(u, (n) => {
    if (n.type === 'MemberExpression') {
      const p = memberPath(n);
      if (p?.some((s) => s === 'user' || s === 'userId' || s === 'auth')) found = true;
    }
  });
  return found;
}

/** Binds callback parameters of `record.items.some((m) => …)` to the record they iterate. */
function bindCallbackParams(env: Env, fn: T.ArrowFunctionExpression | T.Function): void {
  const call = parentOf(fn);
  // `return withAuth((req, res, user) => …)` in a wrapper of the project's own: that wrapper hands the caller in
  if (call?.type === 'CallExpression' && call.callee.type === 'Identifier' && fn.params.length >= 3) {
    const [req, , ...rest] = fn.params as Node[];
    if (req?.type === 'Identifier' && /^(?:req|request|ctx|c)$/.test(req.name))
      for (const p of rest)
        if (p.type === 'Identifier' && INJECTED_IDENTITY.test(p.name)) env.vars.set(p.name, SRC.user);
  }
  if (call?.type !== 'CallExpression' || call.callee.type !== 'MemberExpression') return;
  const recs = recordsOf(env, call.callee.object as Node);
  const first = fn.params[0] as Node | undefined;
  if (!first) return;
  for (const n of boundNames(first)) {
    if (recs.size > 0) env.records.set(n, recs);
    if (env.shaped.has(nameOf(call.callee.object as Node) ?? '')) env.shaped.add(n);
  }
}

/** Classes that present a record to clients: `AppointmentView`, `UserDto`, `PetResponse`. */
const VIEW_CLASS = /^[A-Z]\w*(?:View|Dto|DTO|Presenter|Serializer|Resource|Response)$/;

/** Is the expression a shaped copy (DTO, selected fields, omitted secrets)? */
export function isShapedExpr(env: Env, expr: Node | null | undefined): boolean {
  const n = unwrap(expr);
  if (!n) return false;
  if (n.type === 'Identifier') return env.shaped.has(n.name);
  if (n.type === 'CallExpression') {
    const name = calleeName(n);
    // (`this.landlords.publicProfile(id)` given only the client's id loads a record; a mapper is given one)
    if (name && SHAPE_CALL.test(name) && name !== 'toObject' && name !== 'toJSON' && !loadsByClientValues(env, n))
      return true;
    if (name === 'map' || name === 'flatMap') {
      const cb = unwrap(n.arguments[0] as Node);
      if (cb && isFunction(cb)) return callbackShapes(cb);
      // .map(toPublicDevice), .map(serializeUser)
      const cbName = memberLeaf(cb) ?? undefined;
      if (cbName && SHAPE_CALL.test(cbName)) return true;
    }
    if (name === 'select' || name === 'only' || name === 'attributes' || name === 'lean') return false;
    // `AppointmentView.from(row)`, `UserDto.fromEntity(user)`: a view class's factory copies the fields it declares
    const callee = unwrap(n.callee as Node);
    if (callee?.type === 'MemberExpression' && VIEW_CLASS.test(nameOf(callee.object as Node) ?? '')) return true;
  }
  // `new PetResponse(pet)`
  if (n.type === 'NewExpression' && VIEW_CLASS.test(nameOf(n.callee as Node) ?? '')) return true;
  // (a spread of a value that holds no row, `{ ...tokens, member: toMemberDto(member) }`, copies no record either)
  if (n.type === 'ObjectExpression')
    return !n.properties.some(
      (p) =>
        p.type === 'SpreadElement' &&
        !isShapedExpr(env, p.argument as Node) &&
        (unwrap(p.argument as Node)?.type !== 'Identifier' || recordsOf(env, p.argument as Node).size > 0),
    );
  return false;
}

/** Every argument is a client value, none a record: the call loads something, it does not map a row. */
function loadsByClientValues(env: Env, call: T.CallExpression): boolean {
  return (
    call.arguments.length > 0 &&
    call.arguments.every((a) => {
      const s = sourcesOf(env, a as Node);
      return (s & CLIENT) !== 0 && (s & SRC.record) === 0;
    })
  );
}

function callbackShapes(cb: Node): boolean {
  const f = cb as T.ArrowFunctionExpression;
  const first = f.params[0] as Node | undefined;
  if (first && first.type === 'ObjectPattern' && first.properties.some((p) => p.type === 'RestElement')) return true;
  const body = unwrap(f.body as Node);
  // (an object built around a mapper's output, `({ ...toGradeDTO(g), assignment: g.assignment?.title })`, is shaped)
  if (body && body.type === 'ObjectExpression')
    return !body.properties.some((p) => {
      if (p.type !== 'SpreadElement') return false;
      const arg = unwrap(p.argument as Node);
      return !(arg?.type === 'CallExpression' && SHAPE_CALL.test(calleeName(arg) ?? ''));
    });
  if (body && body.type === 'CallExpression') {
    const nm = calleeName(body);
    return !!nm && SHAPE_CALL.test(nm);
  }
  return false;
}

function responseSite(env: Env, file: SourceFile, node: Node, arg: Node | null, status: number | null): ResponseSite {
  const whole = arg ? unshapedRecords(env, arg) : [];
  const less = arg ? lessFields(env, arg) : [];
  return {
    file,
    node,
    arg,
    sources: arg ? sourcesOf(env, arg) : 0,
    wholeRecords: whole,
    staffOnly: false,
    shaped: arg ? isShapedExpr(env, arg) : false,
    status,
    ...(less.length > 0 ? { lessFields: less } : {}),
  };
}

/**
 * A mapper that hands back its argument less some fields: `({ passwordHash, ...m }) => m`, or `(m) => { const {
 * passwordHash, ...rest } = m; return rest }`. The fields it takes out; null for anything else.
 */
function restMapper(fn: Node): string[] | null {
  if (!isFunction(fn)) return null;
  const param = fn.params[0] as Node | undefined;
  const returned = returnedExpressions(fn);
  const only = returned.length === 1 ? returned[0] : null;
  if (only?.type !== 'Identifier') return null;
  /** the pattern takes fields out before a rest element named as what the mapper returns */
  const restOf = (pattern: Node | null | undefined): string[] | null => {
    if (pattern?.type !== 'ObjectPattern') return null;
    const rest = pattern.properties.find((p) => p.type === 'RestElement');
    return rest && nameOf(rest.argument as Node) === only.name ? restRemoved(pattern) : null;
  };
  if (param?.type === 'ObjectPattern') return restOf(param);
  const body = unwrap(fn.body as Node);
  if (param?.type !== 'Identifier' || body?.type !== 'BlockStatement' || body.body.length !== 2) return null;
  const decl = body.body[0] as Node;
  const d = decl.type === 'VariableDeclaration' && decl.declarations.length === 1 ? decl.declarations[0] : null;
  const init = d ? unwrap(d.init as Node | null) : null;
  return init?.type === 'Identifier' && init.name === param.name ? restOf(d!.id as Node) : null;
}

/** The keys an object pattern takes out before its rest element (`{ passwordHash: _h, salt, ...rest }` → both). */
function restRemoved(pattern: { properties: readonly Node[] }): string[] {
  return pattern.properties
    .flatMap((p) => (p.type === 'Property' ? [nameOf(p.key as Node) ?? ''] : []))
    .filter(Boolean);
}

/**
 * Records a sent value carries less the fields a rest pattern took out: a rest copy sent as it is (`res.json(safe)`,
 * `{ user: safe }`), or rows mapped to their rest (`rows.map(({ passwordHash, ...m }) => m)`).
 */
function lessFields(env: Env, arg: Node): { record: string; removed: string[] }[] {
  const out: { record: string; removed: string[] }[] = [];
  walk(arg, (n) => {
    if (isFunction(n)) return false;
    if (n.type === 'Identifier') {
      const removed = env.lessFields.get(n.name);
      if (removed) for (const record of env.records.get(n.name) ?? []) out.push({ record, removed });
    }
    // …or rows mapped to their rest, inline or by a mapper of the project (`rows.map(toStaffView)`)
    if (n.type === 'CallExpression' && calleeName(n) === 'map' && n.callee.type === 'MemberExpression') {
      const rows = unwrap(n.callee.object as Node);
      const given = unwrap(n.arguments[0] as Node);
      const mapper = isFunction(given)
        ? given
        : given?.type === 'Identifier' && env.resolver
          ? env.resolver.functionOf(env.resolver.valueOf(env.file, given))?.fn
          : null;
      const list = rows?.type === 'Identifier' ? rows.name : null;
      const removed = mapper && list ? restMapper(mapper) : null;
      if (removed) for (const record of env.records.get(list!) ?? []) out.push({ record, removed });
    }
    return undefined;
  });
  return out;
}

/** Models of the records a value names anywhere in it (`toRxDto(rx)` → the prescription's). */
function recordModelsIn(env: Env, expr: Node): string[] {
  const out: string[] = [];
  walk(expr, (n) => {
    if (n.type === 'Identifier')
      for (const r of env.records.get(n.name) ?? []) {
        const model = env.recordAccess.get(r)?.model;
        if (model) out.push(model);
      }
    return undefined;
  });
  return out;
}

/** Record variables sent as a whole: `res.json(todo)`, `{ user }`, `{ ...user, token }`, `[todo]`. */
export function unshapedRecords(env: Env, expr: Node): string[] {
  const n = unwrap(expr);
  if (!n) return [];
  switch (n.type) {
    case 'Identifier':
      return env.shaped.has(n.name) ? [] : [...(env.records.get(n.name) ?? [])].filter(() => !env.shaped.has(n.name));
    case 'ObjectExpression': {
      const out: string[] = [];
      for (const p of n.properties) {
        if (p.type === 'SpreadElement') out.push(...unshapedRecords(env, p.argument as Node));
        else if (p.type === 'Property') {
          const v = unwrap(p.value as Node);
          if (
            v &&
            (v.type === 'Identifier' ||
              v.type === 'MemberExpression' ||
              v.type === 'ObjectExpression' ||
              v.type === 'ArrayExpression' ||
              v.type === 'CallExpression' ||
              v.type === 'ConditionalExpression')
          ) {
            out.push(...unshapedRecords(env, v));
          }
        }
      }
      return out;
    }
    case 'ArrayExpression':
      return n.elements.flatMap((e) => (e ? unshapedRecords(env, e as Node) : []));
    case 'ConditionalExpression':
      return [...unshapedRecords(env, n.consequent as Node), ...unshapedRecords(env, n.alternate as Node)];
    case 'CallExpression': {
      if (isShapedExpr(env, n)) return [];
      const direct = env.accessByNode.get(n);
      if (direct) {
        // `return prisma.user.findMany()`: the query result is sent as is
        // (…unless what it picks names a secret: `select(spaceColumns)` with the door code in it)
        if (
          (direct.selected && !direct.selectedSensitive?.length && !direct.selectedTables?.length) ||
          direct.operation === 'delete'
        )
          return [];
        const key = `@${n.start}`;
        env.recordAccess.set(key, direct);
        return [key];
      }
      const name = calleeName(n);
      // JSON.stringify(x), x.toObject(), x.toJSON(), x.get({ plain: true }), x.filter(...), Array.from(x)
      if (name === 'stringify' || name === 'from')
        return n.arguments[0] ? unshapedRecords(env, n.arguments[0] as Node) : [];
      // `return ok(tool)` where the project's `ok(data)` answers `NextResponse.json({ data })`: the argument is sent
      const sent = env.resolver ? responderParam(env.resolver, env.file, n) : null;
      if (sent !== null) return n.arguments[sent] ? unshapedRecords(env, n.arguments[sent] as Node) : [];
      if (
        name === 'toObject' ||
        name === 'get' ||
        name === 'filter' ||
        name === 'slice' ||
        name === 'sort' ||
        name === 'lean' ||
        name === 'json' ||
        name === 'map'
      ) {
        if (n.callee.type === 'MemberExpression') {
          if (name === 'json' && n.arguments[0]) return unshapedRecords(env, n.arguments[0] as Node);
          return unshapedRecords(env, n.callee.object as Node);
        }
      }
      return [];
    }
    case 'MemberExpression': {
      // rows[0], result.rows, data.items: still the stored row(s)
      const prop = n.computed
        ? n.property.type === 'Literal'
          ? String((n.property as T.NumericLiteral).value)
          : null
        : nameOf(n.property as Node);
      if (prop !== null && (/^\d+$/.test(prop) || /^(?:rows|data|result|items|records|docs|row|record)$/.test(prop)))
        return unshapedRecords(env, n.object as Node);
      return relationPicked(env, n);
    }
    default:
      return [];
  }
}

const RESPONDER_PARAM = new WeakMap<Node, number | null>();

/**
 * The parameter a project's response helper sends as is: `ok(data, status)` returning `NextResponse.json({ data }, {
 * status })` sends its first (also wrapped in an object, `{ data }`, or `{ data: data }`); null for other functions.
 */
function responderParam(resolver: Resolver, file: SourceFile, call: T.CallExpression): number | null {
  const target = resolver.calleeFunction(file, call);
  const fn = target && isFunction(target.fn) ? target.fn : null;
  if (!fn) return null;
  const known = RESPONDER_PARAM.get(fn);
  if (known !== undefined) return known;
  const names = fn.params.map((p) => (p.type === 'Identifier' ? p.name : null));
  let found: number | null = null;
  walk(fn.body as Node, (n) => {
    if (found !== null || (n !== fn.body && isFunction(n))) return false;
    if (n.type !== 'CallExpression' || !/^(?:json|send)$/.test(calleeName(n) ?? '')) return undefined;
    const path = memberPath(n.callee as Node);
    if (!path || !/^(?:NextResponse|Response|res|reply|c|ctx)$/.test(path[0]!)) return undefined;
    const sent = unwrap(n.arguments[0] as Node);
    const value =
      sent?.type === 'ObjectExpression' && sent.properties.length === 1 && sent.properties[0]!.type === 'Property'
        ? unwrap((sent.properties[0] as T.ObjectProperty).value as Node)
        : sent;
    if (value?.type === 'Identifier' && names.includes(value.name)) found = names.indexOf(value.name);
    return undefined;
  });
  RESPONDER_PARAM.set(fn, found);
  return found;
}

/** `students: cls.students` after `.populate('students')`: the related documents, whole. */
function relationPicked(env: Env, n: T.MemberExpression): string[] {
  const obj = unwrap(n.object as Node);
  const rel = n.computed ? null : nameOf(n.property as Node);
  if (obj?.type !== 'Identifier' || !rel) return [];
  for (const key of env.records.get(obj.name) ?? []) {
    const access = env.recordAccess.get(key);
    // (a whole table a column list put under a key: `row.course` of `select({ course: classes, … })`, whose row is
    // otherwise a picked shape)
    const table = access?.selectedTables?.find((t) => t.key === rel);
    if (access && table) {
      const relKey = `@${n.start}`;
      env.recordAccess.set(relKey, { ...access, selectedTables: [table] });
      return [relKey];
    }
    if (env.shaped.has(obj.name) || !access?.includes.includes(rel)) continue;
    const relKey = `@${n.start}`;
    env.recordAccess.set(relKey, { ...access, includes: [], relationOf: rel });
    return [relKey];
  }
  return [];
}

/** `a ? x === y : b ? … : z !== w`: a choice among conditions, every branch itself a test. */
function conditionChoice(n: Node | null | undefined): boolean {
  const u = unwrap(n);
  if (u?.type !== 'ConditionalExpression') return false;
  const test = (b: Node) => {
    const x = unwrap(b);
    return (
      x?.type === 'BinaryExpression' ||
      x?.type === 'UnaryExpression' ||
      x?.type === 'LogicalExpression' ||
      (x?.type === 'Literal' && typeof x.value === 'boolean') ||
      conditionChoice(x)
    );
  };
  return test(u.consequent as Node) && test(u.alternate as Node);
}
