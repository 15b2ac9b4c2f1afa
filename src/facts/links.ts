import type { ChainLink, LinkHint } from '../core/endpoint.ts';
import {
  calleeName,
  isFunction,
  memberLeaf,
  memberPath,
  type Node,
  nameOf,
  parentOf,
  type T,
  unwrap,
  walk,
} from '../parse/ast.ts';
import type { Resolver } from '../parse/resolve.ts';
import { importsNamed, type SourceFile } from '../parse/source.ts';
import { analyzeFunction, type FlowResult, LIMITER_NAME } from './flow.ts';
import { modelKey } from './models.ts';
import { KEEPS_UNKNOWN, schemaText } from './request.ts';

/** `ownership`: the middleware loads the addressed object (or membership) and rejects callers it does not belong to. */
export type LinkRole = LinkHint['kind'] | 'user-loader' | 'ownership' | 'optional-auth';

export interface LinkFacts {
  roles: Set<LinkRole>;
  /** validator name when it validates, with its target */
  validation: {
    target: 'body' | 'params' | 'query' | 'all';
    detail: string;
    keepsUnknown: boolean;
    /** the middleware puts the checked value back (`req[source] = value`): the handler reads only what the schema let through */
    replaces?: boolean;
    /** the body fields an express-validator chain names (`body('email').isEmail()`): the others go unchecked */
    fields?: string[];
  } | null;
  /** the middleware stores a loaded record as the caller (`req.user = await User.findById(payload.id)`) */
  userIsRecord: boolean;
  /** it authenticates with jwt.decode (no signature check) */
  decodesOnly: boolean;
  /**
   * path parameters it proves to be the caller's own, letting through callers with enough rights otherwise
   * (`if (!hasRequiredRights && req.params.userId !== user.id) reject(403)`)
   */
  selfParams: Set<string>;
  /**
   * client values this middleware proves are the caller's to use: it looks up the caller's membership of what they
   * name (`orgId: req.params.orgId, userId: me`) and rejects without one
   */
  provenKeys: Set<string>;
  /**
   * client values an ownership middleware proved, by a load scoped to the caller or compared with them (`showId` of
   * `assertShowAccess(parseId(c.req.param('showId')), me)`): the records it guards. Empty when it cannot be told.
   */
  ownedKeys: Set<string>;
  /**
   * it admits a service rather than a user: a key of the server's own (`INTERNAL_API_KEY`) or a signed delivery (a
   * webhook, a queue callback). Object ownership means nothing to such a caller.
   */
  service: boolean;
  flow: FlowResult | null;
}

/** Package middleware known by its name or factory. Custom middleware is recognised by behaviour instead. */
/** Tables whose rows make their user staff: being in one is a role. */
const STAFF_MODEL =
  /^(?:staff|staffmember|staffassignment|employee|admin|administrator|moderator|agent|operator|teammember)$/;

const AUTH_NAME =
  /(?:^|\.)(?:authenticate|authenticateJWT|authenticateToken|requireAuth\w*|requireUser|requireLogin|requireSession|isAuthenticated|ensureAuthenticated|ensureLoggedIn|isLoggedIn|loggedIn|verifyToken|verifyJwt|verifyJWT|checkJwt|checkAuth|auth|authMiddleware|authGuard|protect|protected|withAuth|jwtAuth|expressjwt|expressJwt|jwt|requiresAuth|ClerkExpressRequireAuth|bearerAuth|basicAuth|passport\.authenticate|mustBeLoggedIn|needsAuth|userRequired|loginRequired|authRequired|authenticated|requireAuthentication|verifySession|validateToken|tokenRequired|guard)$/i;
const ROLE_NAME = /(?:role|admin|permission|authori[sz]e|^can$|ability|staff|superuser|owner)/i;
/** A header that carries an API key: `ctx.get('x-api-key')`, `req.headers['x-device-key']`, `req.header('api-key')`. */
const KEY_HEADER =
  /\b(?:get|header)\(\s*['"](?:x-)?[\w-]*(?:api|access|device|partner)[-_]?key['"]\s*\)|headers\[\s*['"](?:x-)?[\w-]*(?:api|access|device|partner)[-_]?key['"]\s*\]/i;
/** An HMAC over the request compared with what the client sent. */
const SIGNED_REQUEST = /\bcreateHmac\([\s\S]*\b(?:timingSafeEqual|safeCompare|[!=]==)/;
/** Reads a credential the caller may or may not send: a session cookie, the Authorization header, a token. */
const SESSION_READ =
  /\bgetCookie\(|\.cookies\b|\bcookies\(\)|\bauthorization\b|\bAuthorization\b|\bBearer\b|\bsession\b/;
/** Puts the caller on the request for the handlers after it (`c.set('user', …)`, `req.user = …`, `ctx.state.user = …`). */
const SETS_CALLER =
  /\bc\.set\(\s*['"`](?:user|viewer|currentUser|session|account|member)['"`]|\b(?:req|request)\.(?:user|viewer|currentUser|session\w*|account)\s*=[^=]|\bctx\.state\.(?:user|viewer|currentUser|session|account)\s*=[^=]|\bres\.locals\.(?:user|viewer|currentUser|session|account)\s*=[^=]/;
/** Webhook verifiers of payment and messaging providers (they throw on a bad signature). */
const PROVIDER_WEBHOOK = /\b(?:constructEvent(?:Async)?|verifyWebhook\w*|validateRequest|verifySignature\w*)\(/;
const VALIDATE_NAME =
  /(?:^|\.)(?:validate\w*|validator|validation|celebrate|zValidator|checkSchema|checkExact|body|param|query|check|oneOf|schema\w*)$/i;

const CACHE = new WeakMap<Node, LinkFacts>();
/** A validation middleware that writes the checked value back over the request part it read. */
const REPLACES_BODY = /\b(?:req|request|ctx\.request)\s*(?:\.body|\[\s*\w+\s*\])\s*=(?!=)/;

/**
 * The wrapper a wrapper returns around the handler it was given (`return withAuth((req, res, user) => …)`), as a link
 * of its own; null when the wrapper returns anything else.
 */
function handedOn(resolver: Resolver, link: ChainLink): ChainLink | null {
  const ref = link.fn;
  const body = ref ? (ref.fn as T.Function | T.ArrowFunctionExpression).body : null;
  if (!ref || !body) return null;
  const returned =
    body.type === 'BlockStatement'
      ? body.body.flatMap((st) => (st.type === 'ReturnStatement' && st.argument ? [st.argument as Node] : []))
      : [body as Node];
  for (const r of returned) {
    const call = unwrap(r);
    if (call?.type !== 'CallExpression' || !call.arguments.some((a) => isFunction(unwrap(a as Node)))) continue;
    const target = resolver.calleeFunction(ref.file, call);
    if (target && target.fn !== ref.fn)
      return { name: calleeName(call) ?? 'wrapper', scope: link.scope, file: ref.file, node: call, fn: target };
  }
  return null;
}

/** What a middleware/guard/hook does, from the adapter's hint, its name, and (mostly) its behaviour. */
export function classifyLink(resolver: Resolver, link: ChainLink, depth = 0): LinkFacts {
  // any one of several strategies lets the request through: the link does only what every one of them does
  if (link.anyOf && link.anyOf.length > 0) {
    const each = link.anyOf.map((l) => classifyLink(resolver, l, depth));
    // (a strategy that checks the caller's role has a caller: passing it is passing as someone)
    const implied = each.map(
      (f): ReadonlySet<LinkRole> => (f.roles.has('role') ? new Set([...f.roles, 'auth']) : f.roles),
    );
    const roles = new Set([...implied[0]!].filter((r) => implied.every((h) => h.has(r))));
    return { ...each[0]!, roles, provenKeys: new Set(), flow: null };
  }
  const key = link.fn?.fn ?? link.node;
  const sliced = link.fn?.statements !== undefined;
  const cached = sliced ? undefined : CACHE.get(key);
  if (cached && !link.hint) return withCallSiteSchema(resolver, link, withCallSiteRoles(link, cached));
  const facts: LinkFacts = {
    roles: new Set(),
    validation: null,
    userIsRecord: false,
    decodesOnly: false,
    selfParams: new Set(),
    provenKeys: new Set(),
    ownedKeys: new Set(),
    service: false,
    flow: null,
  };
  if (link.hint) {
    facts.roles.add(link.hint.kind);
    if (link.hint.kind === 'validation')
      facts.validation = {
        target: link.hint.target,
        detail: link.hint.detail ?? link.name,
        keepsUnknown: link.hint.keepsUnknown === true,
        ...(link.hint.replaces ? { replaces: true } : {}),
      };
  }
  const name = link.name;
  const callee = calleeText(link.node);
  if (LIMITER_NAME.test(name) || LIMITER_NAME.test(callee)) facts.roles.add('rate-limit');
  // an express-validator chain given to the route itself (`body('email').isEmail()`, then a `validate` middleware that
  // reads validationResult): it checks the fields it names and leaves every other key in `req.body`
  const chains = !link.fn && !link.hint ? expressValidatorChains(resolver, link.file, link.node) : null;
  if (chains) {
    facts.roles.add('validation');
    facts.validation = {
      target: validationTarget(name),
      detail: name,
      keepsUnknown: true,
      fields: validatorFields(chains),
    };
  }
  // …and one that checks only path or query parameters (`param('id').isMongoId()`): it names no body field
  const paramChecks = !chains && !link.fn && !link.hint ? parameterChecks(resolver, link.file, link.node) : null;
  if (paramChecks) {
    facts.roles.add('validation');
    facts.validation = { target: paramChecks, detail: name, keepsUnknown: false, fields: [] };
  }
  if (
    VALIDATE_NAME.test(callee) ||
    /celebrate|checkSchema|zValidator|validateRequest|validateBody|validate\(/i.test(name)
  ) {
    if (!facts.roles.has('rate-limit') && !AUTH_NAME.test(callee)) {
      facts.roles.add('validation');
      // `validate(registerSchema)` where the schema is `z.object({…}).passthrough()`
      // (`celebrate({ [Segments.PARAMS]: … })`, `validate({ params: idSchema })`: only the parts it is given)
      facts.validation ??= {
        target: partsTarget(resolver, link) ?? validationTarget(name),
        detail: name,
        keepsUnknown: false,
      };
    }
  }
  if (link.fn) {
    const flow = analyzeFunction(resolver, link.fn);
    facts.flow = flow;
    const text = link.fn.file.text.slice(link.fn.fn.start, link.fn.fn.end);
    // `import { decode } from 'hono/jwt'` (or jsonwebtoken's): a bare decode() reads a token without checking it
    const bareDecode = /\bdecode\(/.test(text) && importsTokenDecode(link.fn.file);
    const verifies =
      flow.identityCalls.length > 0 ||
      bareDecode ||
      /\b(?:jwt|jsonwebtoken|jose)\.(?:verify|decode)\b|jwtVerify|verifyIdToken|getSession|getServerSession|getUser\(|validateSession|passport\.authenticate|\.verify\(\s*token|isAuthenticated\(\)|session\.(?:user|userId)|req\.session/.test(
        text,
      );
    // request.jwtVerify() / jwt.verify() throw on a bad token: uncaught, the framework answers 401
    // (…unless every such call sits in a try whose catch decides: `catch { req.user = undefined }` lets the request on)
    const throwingVerify =
      /\bjwtVerify\(|\bjwt\.verify\(|\.verifyAsync\(/.test(text) &&
      !/catch\s*(?:\(\s*\w*\s*\))?\s*\{\s*\}/.test(text) &&
      !verifiesOnlyInTry(link.fn.fn);
    if (
      verifies &&
      (flow.rejects || throwingVerify || /next\(\s*(?:new\s+\w*Error|err|error)|throw\s|reply\.send\(\s*err/.test(text))
    )
      facts.roles.add('auth');
    else if (flow.identityGuard && flow.rejects) facts.roles.add('auth');
    // an API key from a header looked up in the data layer, and a 401/403 when it matches nothing
    else if (
      flow.rejects &&
      (flow.apiKeyChecks ||
        flow.accesses.some((a) => a.byHeader) ||
        // (the key read from its header under another name: `const header = ctx.get('x-api-key')`, hashed, looked up)
        (KEY_HEADER.test(text) &&
          flow.accesses.some((a) => a.operation === 'read' || a.operation === 'list' || a.operation === 'query')))
    )
      facts.roles.add('auth');
    // a webhook signature: an HMAC of the request checked against the signature header, 401 when it differs
    // (`crypto.createHmac('sha256', secret).update(body)…` + `timingSafeEqual`), or a provider's verifier
    else if (flow.rejects && (SIGNED_REQUEST.test(text) || PROVIDER_WEBHOOK.test(text)) && /\bheaders?\b/.test(text)) {
      facts.roles.add('auth');
      facts.service = true;
    }
    // a middleware named for authentication that rejects (throws an authentication error, answers 401/403) when
    // its own helpers — too deep to follow — say no: `auth()` → getUserForToken(token) … throw AuthenticationError()
    else if ((AUTH_NAME.test(callee) || AUTH_NAME.test(name)) && flow.rejects && !isOptionalAuth(link))
      facts.roles.add('auth');
    // a middleware of the project that hands the request on to a package's (`return verifyJwt(ctx, next)` with
    // `const verifyJwt = koaJwt({ secret })`): that package authenticates
    else if (delegatesToPackageAuth(resolver, link.fn)) facts.roles.add('auth');
    // (an authentication by a key of the server's own, no user looked up: the caller is a service)
    if (facts.roles.has('auth') && flow.serviceKey && flow.identityCalls.length === 0) facts.service = true;
    // `withRole(roles, handler)` that hands the handler on to `withAuth((req, res, user) => …)`: that wrapper's check
    const inner = depth < 2 ? handedOn(resolver, link) : null;
    if (!facts.roles.has('auth') && inner && classifyLink(resolver, inner, depth + 1).roles.has('auth'))
      facts.roles.add('auth');
    // the project's own optional auth: reads who the caller is, puts them on the request when there is one, and turns
    // no one away (`optionalUser`: `if (sid) { const user = await loadSessionUser(sid); if (user) c.set('user', user) }`)
    if (
      !facts.roles.has('auth') &&
      !flow.rejects &&
      (verifies || SESSION_READ.test(text)) &&
      SETS_CALLER.test(text) &&
      /\bnext\(/.test(text)
    )
      facts.roles.add('optional-auth');
    if (flow.roleChecks.length > 0 && flow.rejects) facts.roles.add('role');
    // `withAdmin(h)` returning `withSession((req, res) => { if (req.session.role !== 'admin') return 403; … })`: the
    // callback it hands on is a handler of that wrapper, and its role check is this wrapper's
    if (!facts.roles.has('role') && inner) {
      const callback =
        inner.node.type === 'CallExpression'
          ? inner.node.arguments.map((a) => unwrap(a as Node)).find((a) => isFunction(a))
          : undefined;
      if (callback) {
        const cb = analyzeFunction(resolver, { file: inner.file, fn: callback }, { requestParams: [0], depth: 1 });
        if (cb.roleChecks.length > 0 && cb.rejects) facts.roles.add('role');
      }
    }
    // the caller's own rows in a staff table (`staffMember.findMany({ where: { userId: sub } })`, 403 without one):
    // being staff is the role
    if (
      flow.rejects &&
      flow.accesses.some(
        (a) => a.scopedToCaller && !a.byClientId && a.model !== null && STAFF_MODEL.test(modelKey(a.model)),
      )
    )
      facts.roles.add('role');
    // (values a membership proves are that membership's, added below: they do not make the link an ownership check)
    const membershipKeys = new Set(flow.accesses.filter((a) => a.membership).flatMap((a) => a.clientKeys));
    const loadsAndCompares =
      flow.ownershipChecks.length > 0 ||
      [...flow.provenKeys].some((k) => !membershipKeys.has(k)) ||
      flow.accesses.some((a) => a.byClientId && a.scopedToCaller && !a.membership);
    // a membership proves only what it names: `/orgs/{orgId}/shifts/{shiftId}` still needs the shift checked
    const denies = flow.rejects || flow.hidesMissing;
    if (denies) for (const a of flow.accesses) if (a.membership) for (const k of a.clientKeys) facts.provenKeys.add(k);
    if (loadsAndCompares && denies) {
      facts.roles.add('ownership');
      const checked = new Set(flow.ownershipChecks.flatMap((c) => [...c.vars]));
      for (const a of flow.accesses)
        if (a.byClientId && (a.scopedToCaller || (a.resultVar !== null && checked.has(a.resultVar))))
          for (const k of a.clientKeys) facts.ownedKeys.add(k);
      for (const k of flow.provenKeys) facts.ownedKeys.add(k);
    }
    if (/\b429\b|tooManyRequests|TooManyRequests|\.consume\(/.test(text)) facts.roles.add('rate-limit');
    if (
      // (type arguments allowed: Fastify's `app.jwt.decode<Claims>(token)`)
      (bareDecode || /\b(?:(?:jwt|jsonwebtoken)\.decode|jwtDecode|jwt_decode|decodeJwt)(?:<[^>()]*>)?\(/.test(text)) &&
      !/\.verify\(|jwtVerify\(|\bverify\(/.test(text)
    )
      facts.decodesOnly = true;
    // (a row loaded whole: `SELECT ${USER_COLUMNS} FROM users` names its columns, and so does a `select`)
    facts.userIsRecord =
      flow.accesses.some((a) => (a.operation === 'read' || a.operation === 'list') && !a.selected) &&
      /(?:req|request|ctx\.state)\.user\s*=/.test(text);
    for (const p of selfParams(link.fn.file, text)) facts.selfParams.add(p);
    // `const { value, error } = schema.validate(req[source], { stripUnknown: true }); … req[source] = value`
    if (facts.validation && REPLACES_BODY.test(text)) facts.validation = { ...facts.validation, replaces: true };
  } else if (isOptionalAuth(link)) {
    // auth.optional, jwt({ credentialsRequired: false }): identity when present, anonymous otherwise
    facts.roles.add('optional-auth');
  } else if (AUTH_NAME.test(callee) || AUTH_NAME.test(name) || isPackageAuth(resolver, link.file, link.node)) {
    facts.roles.add('auth');
  }
  if (
    !facts.roles.has('auth') &&
    !link.fn &&
    /passport\.authenticate|expressjwt|requiresAuth|ClerkExpressRequireAuth/.test(name)
  )
    facts.roles.add('auth');
  if (
    !facts.roles.has('role') &&
    ROLE_NAME.test(callee) &&
    /['"`](?:admin|staff|superuser|owner|moderator|manager|support|agent)/i.test(name)
  ) {
    facts.roles.add('role');
  }
  if (
    facts.roles.has('role') &&
    !facts.roles.has('auth') &&
    link.fn &&
    /\b40[1]\b|Unauthori/.test(link.fn.file.text.slice(link.fn.fn.start, link.fn.fn.end))
  ) {
    // requireAdmin that also rejects anonymous callers authenticates too
    if (facts.flow?.identityCalls.length) facts.roles.add('auth');
  }
  if (!link.hint && !sliced) CACHE.set(key, facts);
  return withCallSiteSchema(resolver, link, withCallSiteRoles(link, facts));
}

/**
 * The validation middleware is shared by its call sites (`validate(registerSchema)`, `validate(loginSchema)`); whether
 * the schema hands undeclared keys through, and which parts of the request it is given schemas for, is read at each.
 */
function withCallSiteSchema(resolver: Resolver, link: ChainLink, facts: LinkFacts): LinkFacts {
  if (!facts.validation || link.hint) return facts;
  const keepsUnknown = passesThrough(resolver, link);
  // (…and so are the parts it is given schemas for: `validate({ body })` here, `validate({ params })` there)
  const target = partsValidated(link) ?? facts.validation.target;
  return keepsUnknown === facts.validation.keepsUnknown && target === facts.validation.target
    ? facts
    : { ...facts, validation: { ...facts.validation, keepsUnknown, target } };
}

/**
 * A wrapper checks roles only when its call asks it to: `withAuth(handler, { roles: ['admin'] })` runs
 * `if (options.roles && !options.roles.includes(user.role)) …`, and `withAuth(handler)` lets every signed-in user
 * through. The analysis of the wrapper is shared by its call sites; the option is read at each.
 */
function withCallSiteRoles(link: ChainLink, facts: LinkFacts): LinkFacts {
  const checks = facts.flow?.roleChecks ?? [];
  if (!facts.roles.has('role') || !link.fn || checks.length === 0) return facts;
  const call = unwrap(link.node);
  if (call?.type !== 'CallExpression') return facts;
  const fn = link.fn.fn;
  if (!checks.every((c) => gatedOnAbsentOption(c, fn, call))) return facts;
  const roles = new Set(facts.roles);
  roles.delete('role');
  return { ...facts, roles };
}

/**
 * The check sits right of `options.roles && …`, where `options` is a parameter of the wrapper (or of the factory
 * around it) that this call leaves out.
 */
function gatedOnAbsentOption(check: Node, fn: Node, call: T.CallExpression): boolean {
  // the functions whose parameters the call can fill: the wrapper itself, or the factory that returned it
  const owners = [fn];
  for (let p = parentOf(fn); p; p = parentOf(p))
    if (isFunction(p)) {
      owners.push(p);
      break;
    }
  for (let child: Node = check, p = parentOf(check); p && child !== fn; child = p, p = parentOf(p)) {
    // (…or in the branch a choice takes when it is given: `opts.roles ? requireRole(...opts.roles) : requireUser()`)
    const gate =
      p.type === 'LogicalExpression' && p.operator === '&&' && p.right === child
        ? (p.left as Node)
        : p.type === 'ConditionalExpression' && p.consequent === child
          ? (p.test as Node)
          : null;
    if (!gate) continue;
    const path = memberPath(gate);
    if (!path || path.length > 2) continue;
    for (const owner of owners) {
      const index = (owner as T.Function).params.findIndex((q) => {
        const id = q.type === 'AssignmentPattern' ? q.left : q;
        return id.type === 'Identifier' && id.name === path[0];
      });
      if (index < 0) continue;
      const arg = unwrap(call.arguments[index] as Node | undefined);
      if (!arg) return true;
      if (path.length === 2 && arg.type === 'ObjectExpression')
        return !arg.properties.some((q) => q.type === 'SpreadElement' || nameOf(q.key as Node) === path[1]);
      return false;
    }
  }
  return false;
}

/** `req.params.userId !== user.id`, `req.user.id === req.params.id`: a path parameter compared with the caller. */
const SELF_PARAM =
  /\breq(?:uest)?\.params\.(\w+)\s*[!=]==?\s*(?:req(?:uest)?\.)?user\.(?:id|_id|sub)\b|\b(?:req(?:uest)?\.)?user\.(?:id|_id|sub)\s*[!=]==?\s*req(?:uest)?\.params\.(\w+)/g;

/**
 * Path parameters the middleware compares with the caller: in its own text, or in the module's functions it calls
 * by name (a passport verify callback built by a helper, `verifyCallback(req, resolve, reject, rights)`).
 */
function selfParams(file: SourceFile, text: string): Set<string> {
  const texts = [text];
  const called = new Set([...text.matchAll(/\b([A-Za-z_$][\w$]*)\s*\(/g)].map((m) => m[1]!));
  for (const d of file.index.VariableDeclarator) {
    if (d.id.type === 'Identifier' && called.has(d.id.name) && d.init)
      texts.push(file.text.slice(d.init.start, d.init.end));
  }
  const out = new Set<string>();
  for (const t of texts) {
    for (const m of t.matchAll(SELF_PARAM)) {
      // only where the comparison turns the caller away: its statement rejects (`… !== user.id) return reject(…);`)
      const from = m.index + m[0].length;
      const end = t.indexOf(';', from);
      if (/\breject\(|\bthrow\b|\b403\b|Forbidden|FORBIDDEN/.test(t.slice(from, end < 0 ? undefined : end + 1)))
        out.add((m[1] ?? m[2])!);
    }
  }
  return out;
}

/** The file imports a token library's bare `decode` (`import { decode } from 'hono/jwt'`), which checks no signature. */
export function importsTokenDecode(file: SourceFile): boolean {
  return importsNamed(file, /^(?:hono\/jwt|jsonwebtoken|@tsndr\/cloudflare-worker-jwt)$/, /^decode$/);
}

/** Every token verification of the function sits in a `try` block (its `catch` says what a bad token means). */
function verifiesOnlyInTry(fn: Node): boolean {
  let verifies = 0;
  let guarded = 0;
  walk(fn, (n, parent) => {
    if (n.type !== 'CallExpression' || !/^(?:verify|jwtVerify|verifyAsync)$/.test(calleeName(n) ?? ''))
      return undefined;
    verifies++;
    for (let p: Node | null = parent; p && p !== fn; p = parentOf(p))
      if (p.type === 'TryStatement') {
        guarded++;
        break;
      }
    return undefined;
  });
  return verifies > 0 && verifies === guarded;
}

function isOptionalAuth(link: ChainLink): boolean {
  // (`body('phone').optional().isMobilePhone()` is an express-validator chain, not an optional sign-in)
  if (VALIDATOR_FIELD_CHAIN.test(link.name)) return false;
  if (
    // (Clerk's `clerkMiddleware()` attaches the session for `getAuth(req)` and rejects nobody: `requireAuth()` does)
    /(?:^|\.)(?:optional|optionalAuth|maybeAuth|softAuth|tryAuth|attachUser|loadUser|passport\.session|clerkMiddleware|ClerkExpressWithAuth)\b/i.test(
      link.name,
    )
  )
    return true;
  const text = link.file.text.slice(link.node.start, link.node.end);
  return /credentialsRequired\s*:\s*false|passthrough\s*:\s*true|optional\s*:\s*true/.test(text);
}

/** Packages whose middleware factories authenticate (`expressjwt({...})`, `passport.authenticate('jwt')`, `koaJwt({...})`). */
const AUTH_PACKAGES =
  /^(?:express-jwt|passport|koa-jwt|koa-passport|@clerk\/express|@clerk\/clerk-sdk-node|express-openid-connect|express-oauth2-jwt-bearer|@auth\/express|hono\/jwt|hono\/bearer-auth|hono\/basic-auth|@fastify\/jwt|@fastify\/auth|express-basic-auth|jwks-rsa)$/;

/**
 * Middleware held in another module's object (`auth.required` where `module.exports = { required: jwt({…}) }`):
 * what it evaluates to is a call to an authentication package's factory.
 */
/** The function returns (or awaits as a statement) a call of a package's auth middleware it holds in a constant. */
function delegatesToPackageAuth(resolver: Resolver, fn: { file: SourceFile; fn: Node }): boolean {
  let found = false;
  walk(fn.fn, (n) => {
    if (found) return false;
    if (n !== fn.fn && isFunction(n)) return false;
    if (n.type !== 'CallExpression' || unwrap(n.callee as Node)?.type !== 'Identifier') return undefined;
    let up = parentOf(n);
    if (up?.type === 'AwaitExpression') up = parentOf(up);
    if (up?.type !== 'ReturnStatement' && up?.type !== 'ExpressionStatement') return undefined;
    const held = resolver.valueOf(fn.file, n.callee as Node);
    if (
      held.kind === 'node' &&
      unwrap(held.node)?.type === 'CallExpression' &&
      isPackageAuth(resolver, held.file, held.node)
    )
      found = true;
    return undefined;
  });
  return found;
}

function isPackageAuth(resolver: Resolver, file: SourceFile, node: Node): boolean {
  let v = resolver.valueOf(file, node);
  for (let i = 0; i < 3 && v.kind === 'node'; i++) {
    const n = unwrap(v.node);
    if (n?.type !== 'CallExpression') return false;
    const callee = resolver.valueOf(v.file, n.callee as Node);
    if (callee.kind === 'external') {
      // passport.initialize()/session() restore a session but reject nobody; optional modes let anonymous callers through
      if (/^(?:initialize|session|use|serializeUser|deserializeUser)$/.test(callee.path[callee.path.length - 1] ?? ''))
        return false;
      if (
        /credentialsRequired\s*:\s*false|passthrough\s*:\s*true|optional\s*:\s*true/.test(
          v.file.text.slice(n.start, n.end),
        )
      )
        return false;
      return AUTH_PACKAGES.test(callee.pkg) && !/decode/i.test(callee.path.join('.'));
    }
    if (callee.kind !== 'node') return false;
    v = callee;
  }
  return false;
}

function calleeText(node: Node): string {
  const n = unwrap(node);
  if (!n) return '';
  if (n.type === 'CallExpression') return memberPath(n.callee as Node)?.join('.') ?? '';
  return memberPath(n)?.join('.') ?? '';
}

/**
 * The parts a validator factory is given schemas for by name: `validate({ params: idParams })` checks the path
 * parameters and leaves the body as the client sent it. Null when the call does not say.
 */
function partsValidated(link: ChainLink): 'body' | 'params' | 'query' | 'all' | null {
  const call = unwrap(link.node as Node);
  const arg = call?.type === 'CallExpression' ? unwrap(call.arguments[0] as Node) : null;
  if (arg?.type !== 'ObjectExpression' || arg.properties.length === 0) return null;
  const keys = arg.properties.map((p) => (p.type === 'Property' && !p.computed ? nameOf(p.key as Node) : null));
  if (!keys.every((k) => k !== null && /^(?:params|query|body|headers|cookies)$/.test(k))) return null;
  if (keys.includes('body')) return keys.length === 1 ? 'body' : 'all';
  return keys.includes('params') ? 'params' : keys.includes('query') ? 'query' : null;
}

function validationTarget(name: string): 'body' | 'params' | 'query' | 'all' {
  if (/Id\b|Id\(|Params\b|\bparam\(/.test(name)) return 'params';
  if (/^body\(|\bbody\b|Body/.test(name)) return 'body';
  if (/^param\(|params/.test(name)) return 'params';
  if (/^query\(|query/i.test(name)) return 'query';
  return 'all';
}

/** A validation middleware given a schema that hands undeclared keys through (zod `.passthrough()`, Joi `.unknown()`). */
function passesThrough(resolver: Resolver, link: ChainLink): boolean {
  const node = unwrap(link.node as Node);
  if (!node || !link.file) return false;
  // (`checkExact([body('name'), …])` turns unknown fields away)
  const exact = /\bcheckExact\s*\(/.test(link.file.text.slice(node.start, node.end));
  if (!exact && expressValidatorChains(resolver, link.file, node) !== null) return true;
  if (node.type !== 'CallExpression') return false;
  return (node.arguments as Node[]).some((a) => {
    const text = schemaText(resolver, link.file, a);
    return KEEPS_UNKNOWN.test(text) || (!exact && expressValidatorChains(resolver, link.file, a) !== null);
  });
}

/** A chain of express-validator's field checks, as a link is named: `body().optional().isMobilePhone()`. */
const VALIDATOR_FIELD_CHAIN = /^(?:body|check|param|query|header|cookie)\(\)\./;
/** express-validator's field chains and schemas: `body('email').isEmail()`, `[param('id').isInt(), …]`, `checkSchema({…})`. */
const VALIDATOR_CHAIN = /^\s*\[?\s*(?:body|check|checkSchema)\s*\(/;

/**
 * express-validator checks the fields its chains name and leaves every other key of the body in `req.body` (only
 * `checkExact` turns unknown fields away): a handler that writes `req.body` itself writes whatever else the client
 * sent. (`matchedData(req)` hands over only the checked fields.) The chains' text, or null when `expr` is none.
 */
function expressValidatorChains(resolver: Resolver, file: SourceFile, expr: Node): string | null {
  const v = resolver.valueOf(file, expr);
  const [f, n] = v.kind === 'node' ? [v.file, v.node] : [file, expr];
  const text = f.text.slice(n.start, n.end);
  return VALIDATOR_CHAIN.test(text) && !/\bcheckExact\s*\(/.test(text) && f.text.includes('express-validator')
    ? text
    : null;
}

/** The request parts a validator is given schemas for, by key: `{ [Segments.PARAMS]: … }`, `{ params, query }`. */
const PART_KEY: Readonly<Record<string, 'body' | 'params' | 'query'>> = {
  body: 'body',
  BODY: 'body',
  params: 'params',
  PARAMS: 'params',
  query: 'query',
  QUERY: 'query',
  querystring: 'query',
};

/**
 * The target of a validator called with one object of per-part schemas (`celebrate({ [Segments.PARAMS]: idSchema })`,
 * `validate({ params, query })`) that names no body: the body goes unchecked. Null when it names the body, or when its
 * argument is no such object.
 */
function partsTarget(resolver: Resolver, link: ChainLink): 'params' | 'query' | null {
  const call = unwrap(link.node as Node);
  if (call?.type !== 'CallExpression' || call.arguments.length !== 1) return null;
  const v = resolver.valueOf(link.file, call.arguments[0] as Node);
  const obj = v.kind === 'node' ? unwrap(v.node) : null;
  if (obj?.type !== 'ObjectExpression' || obj.properties.length === 0) return null;
  const parts = new Set<string>();
  for (const p of obj.properties) {
    if (p.type !== 'Property') return null; // a spread: parts we cannot see
    const key = p.computed ? memberLeaf(p.key as Node) : nameOf(p.key as Node);
    const part = key ? PART_KEY[key] : undefined;
    if (!part) return null; // not a map of request parts (a schema's own fields)
    parts.add(part);
  }
  if (parts.has('body')) return null;
  return parts.has('params') ? 'params' : 'query';
}

/** express-validator chains on path or query parameters only: `param('id').isMongoId()`, `[query('page').isInt()]`. */
const PARAMETER_CHAIN = /^\s*\[?\s*(param|query)\s*\(/;

/** The target of an express-validator link that checks only path parameters or only the query string, else null. */
function parameterChecks(resolver: Resolver, file: SourceFile, expr: Node): 'params' | 'query' | null {
  const v = resolver.valueOf(file, expr);
  const [f, n] = v.kind === 'node' ? [v.file, v.node] : [file, expr];
  const text = f.text.slice(n.start, n.end);
  const m = PARAMETER_CHAIN.exec(text);
  // (a spread of other rules, `[param('id').isString(), ...createRules]`, may bring body checks we do not see)
  if (!m || /\b(?:body|check|checkSchema|oneOf)\s*\(|\.\.\./.test(text) || !f.text.includes('express-validator'))
    return null;
  const kinds = new Set([...text.matchAll(/\b(param|query)\s*\(/g)].map((x) => x[1]));
  return kinds.size === 1 ? (m[1] === 'param' ? 'params' : 'query') : null;
}

/** The body fields express-validator chains name: `body('email')`, `check('code')` (nested paths by their first key). */
function validatorFields(chains: string): string[] {
  return [...chains.matchAll(/\b(?:body|check)\(\s*['"`]([\w$]+)/g)].map((m) => m[1]!);
}
