import { type CheckContext, defineCheck, type Report } from '../core/check.ts';
import type { Endpoint } from '../core/endpoint.ts';
import type { FlowResult } from '../facts/flow.ts';
import { importsTokenDecode } from '../facts/links.ts';
import { schemaText } from '../facts/request.ts';
import {
  calleeName,
  enclosingFunction,
  isFunction,
  memberPath,
  type Node,
  nameOf,
  parentOf,
  propertyValue,
  stringValue,
  type T,
  unwrap,
  walk,
} from '../parse/ast.ts';
import type { Project } from '../parse/project.ts';
import type { Resolver } from '../parse/resolve.ts';
import { locationOf, type SourceFile } from '../parse/source.ts';
import { type CallSite, projectCalls, reachableCalls, reachableFunctions } from './_calls.ts';
import { endpointLabel } from './_idiom.ts';
import { hasKey, isJwtCall, optionsArg } from './_jwt.ts';
import { AUTH_FLOW, isAuthFlow } from './_predicates.ts';

/**
 * Per-endpoint token handling: tokens issued without expiry, identity taken from `jwt.decode` (no
 * signature check), verification that accepts the `none` algorithm.
 */
export default defineCheck({
  meta: {
    id: 'broken-auth-token-handling',
    kind: 'check',
    title: 'Unsafe JWT handling',
    category: 'broken-auth',
    severity: 'high',
    description:
      'Tokens are issued without expiry, decoded without verifying the signature, or verified with algorithms that include "none".',
    cwe: 'CWE-347',
  },
  endpoint(e, ctx) {
    const links = ctx.app.links.get(e) ?? [];
    const decoder = links.find((l) => l.facts.decodesOnly);
    if (decoder && !verifiesItself(e, ctx.app.flows.get(e) ?? [], decoder.link.setsHeaders ?? [], ctx.resolver)) {
      return {
        message: `${endpointLabel(e)} trusts a token decoded with jwt.decode in ${decoder.link.name === '<inline>' ? 'an inline hook' : decoder.link.name}: the signature is never checked, so anyone can forge an identity`,
        location: locationOf(decoder.link.fn?.file ?? decoder.link.file, decoder.link.fn?.fn ?? decoder.link.node),
        endpoint: e,
        severity: 'critical',
        fix: {
          summary: 'Verify the token’s signature, with a pinned algorithm',
          steps: [
            'Replace jwt.decode with jwt.verify (or jose jwtVerify) and pin the algorithm.',
            'Reject the request with 401 when verification fails.',
          ],
          example: "const payload = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });",
        },
      };
    }
    // the handler authenticates itself through a helper that only decodes: `const session = getSessionUser(req)`
    // where getSessionUser returns `jwt.decode(token)`, then `if (!session) return res.status(401)…`
    const auth = e.facts?.auth;
    const decodes = projectDecodes(ctx.project);
    if (
      auth?.status === 'required' &&
      auth.kind === 'handler' &&
      (decodes || ctx.stack.dataLayers.includes('supabase'))
    ) {
      const calls = reachableCalls(ctx.resolver, e, 2);
      const decoded = decodedWithoutVerify(calls);
      if (decoded) return decodedIdentity(e, decoded, 'JWT_SECRET');
      const session = ctx.stack.dataLayers.includes('supabase') ? unverifiedSupabaseSession(calls) : null;
      if (session) return supabaseSessionTrusted(e, session);
    }
    // a route without sign-in that trusts a token it only decodes (`jwt.decode(passToken)` to redeem a visitor pass,
    // a link's token): the token is the credential, and anyone can forge one
    if (auth?.status === 'none' && decodes) {
      const decoded = decodedWithoutVerify(reachableCalls(ctx.resolver, e));
      if (decoded) return decodedIdentity(e, decoded, 'JWT_SECRET');
    }
    // a signed-in route that trusts a second token the client hands in (`jwt.decode(body.passToken)` to check a
    // member in, a ticket, a transfer code): the caller was verified, the token's claims were not
    if (decodes && auth?.status === 'required' && auth.kind !== 'handler' && !LOGOUT.test(e.path)) {
      const decoded = decodedWithoutVerify(reachableCalls(ctx.resolver, e));
      if (decoded && !decodesCallersToken(ctx.resolver, decoded)) return decodedIdentity(e, decoded, 'JWT_SECRET');
    }
    // a reset or verification code accepted without its expiry read: the model keeps one, the route never looks
    const stale = e.method !== 'GET' && isAuthFlow(e) ? expiryNeverRead(e, ctx) : null;
    if (stale) return stale;
    // `algorithms` lists with 'none' are reported once, app-wide, where they are configured (app() below).
    // Tokens are issued by the authentication flow, and by routes seen signing one (a client portal's link, a
    // download pass): only those routes are followed into their helpers.
    if (e.method === 'GET') return null;
    if (!ISSUES_TOKENS.test(e.path) && !ctx.app.flows.get(e)?.some((f) => f.issuesToken)) return null;
    const calls = reachableCalls(ctx.resolver, e);
    // a reset or verification code made with Math.random(): predictable, so it can be guessed or reproduced
    if (SECRET_ISSUING.test(e.path)) {
      const weak = calls.find((c) => calleeText(c.call) === 'Math.random' && namesSecret(c.call));
      if (weak)
        return {
          message: `${endpointLabel(e)} makes its token with Math.random(), which is predictable: an attacker can guess or reproduce it`,
          location: locationOf(weak.file, weak.call),
          endpoint: e,
          fix: {
            summary: 'Make one-time tokens with a cryptographic random source',
            steps: [
              'Generate the token with crypto.randomBytes(32) (or crypto.randomUUID()), never Math.random().',
              'Store only its hash, give it a short expiry, and compare it in constant time.',
            ],
            example: "const token = crypto.randomBytes(32).toString('hex');",
          },
        };
    }
    // a refresh that decodes the old token without verifying it, and signs a new one from it
    // (a logout that decodes the token only to find what to revoke grants nothing)
    const decode = LOGOUT.test(e.path) ? null : decodedWithoutVerify(calls);
    if (decode) return decodedIdentity(e, decode, 'JWT_REFRESH_SECRET');
    for (const { file, call } of calls) {
      // Nest: this.jwtService.sign(payload) where JwtModule was registered without signOptions.expiresIn
      if (
        calleeName(call) === 'sign' &&
        /jwtService|jwt_service/i.test(memberPath(call.callee as Node)?.join('.') ?? '') &&
        ctx.app.apps.some((a) => a.framework === 'nestjs')
      ) {
        if (!hasKey(optionsArg(call, 1), 'expiresIn') && jwtModuleLacksExpiry(ctx))
          return tokenWithoutExpiry(e, locationOf(file, call));
      }
    }
    for (const { file, call } of calls) {
      // jwt.verify(token, secret, { ignoreExpiration: true }): an expired (stolen, revoked) token still works
      if (isJwtCall(ctx.resolver, file, call, 'verify')) {
        const v = propertyValue(optionsArg(call, 2), 'ignoreExpiration');
        if (v?.type === 'Literal' && (v as { value?: unknown }).value === true)
          return {
            message: `${endpointLabel(e)} accepts expired tokens (ignoreExpiration: true): a stolen token never stops working`,
            location: locationOf(file, call),
            endpoint: e,
            fix: {
              summary: 'Let tokens expire',
              steps: ['Remove ignoreExpiration; refresh with a separate, revocable refresh token instead.'],
              example: "jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] })",
            },
          };
      }
      // @fastify/jwt: reply.jwtSign(payload) / fastify.jwt.sign(payload) without expiresIn, registered without one
      if (
        /^(?:jwtSign|sign)$/.test(calleeName(call) ?? '') &&
        /(?:^|\.)(?:jwtSign|jwt\.sign)$/.test(memberPath(call.callee as Node)?.join('.') ?? '') &&
        !isJwtCall(ctx.resolver, file, call, 'sign') &&
        !hasKey(optionsArg(call, 1), 'expiresIn') &&
        fastifyJwtLacksExpiry(ctx)
      )
        return tokenWithoutExpiry(e, locationOf(file, call));
      // hono/jwt: sign(payload, secret, alg) expires only through the payload's own `exp`
      const signer = calleeName(call) === 'sign' ? ctx.resolver.valueOf(file, call.callee as Node) : null;
      if (signer?.kind === 'external' && signer.pkg === 'hono/jwt' && signer.path.join('.') === 'sign') {
        if (payloadLacksExpiry(ctx.resolver, file, call, calls)) return tokenWithoutExpiry(e, locationOf(file, call));
        continue;
      }
      if (!isJwtCall(ctx.resolver, file, call, 'sign')) continue;
      const opts = optionsArg(call, 2);
      const optsExpr = unwrap(call.arguments[2] as Node);
      if (optsExpr && !opts) continue; // options from a variable: cannot tell
      if (hasKey(opts, 'expiresIn')) continue;
      // the payload may carry its own `exp`: only a payload we can read, without one, is a finding
      if (!payloadLacksExpiry(ctx.resolver, file, call, calls)) continue;
      return tokenWithoutExpiry(e, locationOf(file, call));
    }
    // jose: new SignJWT(payload)…sign(key) without setExpirationTime
    for (const { file, call } of calls) {
      if (calleeName(call) !== 'sign') continue;
      const chainText = file.text.slice(call.start, call.end);
      if (/new\s+SignJWT/.test(chainText) && !/setExpirationTime/.test(chainText))
        return tokenWithoutExpiry(e, locationOf(file, call));
      const held = joseBuilderWithoutExpiry(ctx.resolver, file, call, calls);
      if (held) return tokenWithoutExpiry(e, locationOf(held.file, held.node));
    }
    return null;
  },
  app(ctx) {
    // verification that accepts `alg: none`, wherever it is configured (jwt.verify options, passport-jwt, express-jwt)
    const out: Report[] = [];
    // calls and constructors alike: `new JwtStrategy({ algorithms })` configures passport-jwt
    // only files that mention `algorithms` can configure them (one text search instead of every call's arguments)
    const files = [...ctx.project.files.values()].filter((file) => file.text.includes('algorithms'));
    const sites = files.flatMap((file) => [
      ...file.index.CallExpression.map((call) => ({ file, call })),
      ...file.index.NewExpression.map((call) => ({ file, call })),
    ]);
    for (const { file, call } of sites) {
      for (const a of call.arguments) {
        const algs = propertyValue(unwrap(a as Node), 'algorithms');
        if (
          algs &&
          unwrap(algs)?.type === 'ArrayExpression' &&
          /['"`]none['"`]/i.test(file.text.slice(algs.start, algs.end))
        ) {
          out.push({
            message: 'Token verification accepts the "none" algorithm: anyone can forge a token without a signature',
            location: locationOf(file, algs),
            endpoint: null,
            severity: 'critical',
            fix: {
              summary: 'Pin the algorithm',
              steps: ['Allow only the algorithm you sign with.'],
              example: "jwt.verify(token, secret, { algorithms: ['HS256'] })",
            },
          });
        }
      }
    }
    // `new JwtStrategy({ …, ignoreExpiration: true })`, `expressjwt({ … })`: the app's token check accepts expired
    // tokens on every route it guards (a route's own `jwt.verify(…, { ignoreExpiration })` is reported on the route)
    for (const file of ctx.project.files.values()) {
      if (!file.text.includes('ignoreExpiration')) continue;
      for (const call of [...file.index.NewExpression, ...file.index.CallExpression]) {
        if (call.type === 'CallExpression' && isJwtCall(ctx.resolver, file, call, 'verify')) continue;
        for (const a of call.arguments) {
          let opts = unwrap(a as Node);
          if (opts?.type === 'Identifier') {
            const v = ctx.resolver.valueOf(file, opts);
            opts = v.kind === 'node' && v.file === file ? unwrap(v.node) : null;
          }
          const v = propertyValue(opts, 'ignoreExpiration');
          if (v?.type !== 'Literal' || (v as { value?: unknown }).value !== true) continue;
          out.push({
            message:
              'The token check accepts expired tokens (ignoreExpiration: true): a stolen token never stops working',
            location: locationOf(file, v),
            endpoint: null,
            fix: {
              summary: 'Let tokens expire',
              steps: ['Remove ignoreExpiration; refresh with a separate, revocable refresh token instead.'],
              example:
                "new JwtStrategy({ jwtFromRequest, secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'] }, verify)",
            },
          });
        }
      }
    }
    return out;
  },
});

const ISSUES_TOKENS = new RegExp(
  `${AUTH_FLOW.source}|/(?:session|sessions|tokens?|refresh|invite|invites|magic|oauth|callback|sso|impersonate|auth|[\\w-]+-tokens?)(?:/|$)`,
  'i',
);

/** Routes that hand out a one-time secret: password resets, e-mail verification, invitations, magic links, codes. */
const SECRET_ISSUING =
  /\/(?:forgot[\w-]*|reset[\w-]*|password-reset[\w-]*|verify[\w-]*|verification|invite[\w-]*|invitations?|magic[\w-]*|otp|codes?|request)(?:\/|$)/i;

/** The random value is kept under a secret's name (`const resetToken = …`, `{ code: … }`). */
function namesSecret(call: Node): boolean {
  for (let p = parentOf(call), i = 0; p && i < 8; p = parentOf(p), i++) {
    const name =
      p.type === 'VariableDeclarator' ? nameOf(p.id as Node) : p.type === 'Property' ? nameOf(p.key as Node) : null;
    if (name !== null) return /token|code|otp|secret|pin|nonce/i.test(name);
  }
  return false;
}

const LOGOUT = /\/(?:logout|log-out|signout|sign-out|revoke)(?:\/|$)/i;

const CALLEE_TEXT = new WeakMap<Node, string>();

/**
 * The dotted callee of a call (`jwt.decode`), memoised per call: the calls reachable from a handler are read for
 * every endpoint that reaches them.
 */
function calleeText(call: T.CallExpression): string {
  let text = CALLEE_TEXT.get(call);
  if (text === undefined) {
    text = memberPath(call.callee as Node)?.join('.') ?? '';
    CALLEE_TEXT.set(call, text);
  }
  return text;
}

/** The call decodes a token: `jwt.decode(t)`, `jwtDecode(t)`, or a bare `decode(t)` imported from `hono/jwt` or jsonwebtoken. */
function isDecode(c: CallSite): boolean {
  // (the callee's last name first, without building its dotted text: most calls are of something else)
  if (!DECODE_NAME.test(calleeName(c.call) ?? '')) return false;
  const callee = calleeText(c.call);
  return DECODE.test(callee) || (callee === 'decode' && importsTokenDecode(c.file));
}

/** The first call that decodes a token, when no call on the way verifies one. */
function decodedWithoutVerify(calls: CallSite[]): CallSite | null {
  const decode = calls.find(isDecode);
  return decode && !calls.some((c) => VERIFY.test(calleeText(c.call))) ? decode : null;
}

const DECODES = new WeakMap<Project, boolean>();

/**
 * Some call of the project decodes a token. Most projects have none, and then no endpoint's reachable calls need
 * to be listed to look for one (listing them resolves every call an endpoint reaches).
 */
function projectDecodes(project: Project): boolean {
  let v = DECODES.get(project);
  if (v === undefined) {
    v = projectCalls(project).some(isDecode);
    DECODES.set(project, v);
  }
  return v;
}

/**
 * The decoded token is the caller's own, which the auth middleware verified (`jwt.decode(req.headers.authorization…)`,
 * a cookie, `req.token`): reading its claims again is harmless. Followed one step through a local variable.
 */
function decodesCallersToken(resolver: Resolver, decode: CallSite): boolean {
  const arg = unwrap(decode.call.arguments[0] as Node | undefined);
  if (!arg) return true;
  const text = (n: Node, f: SourceFile) => f.text.slice(n.start, n.end);
  if (CALLERS_TOKEN.test(text(arg, decode.file))) return true;
  if (arg.type !== 'Identifier') return false;
  // `const token = cookies().get(SESSION_COOKIE)?.value`: the declaration's own text, wherever its value leads
  const fn = enclosingFunction(decode.call);
  const decl = decode.file.index.VariableDeclarator.find(
    (d) => d.id.type === 'Identifier' && d.id.name === arg.name && d.init && enclosingFunction(d) === fn,
  );
  if (decl?.init) return CALLERS_TOKEN.test(text(decl.init as Node, decode.file));
  const v = resolver.valueOf(decode.file, arg);
  return v.kind === 'node' && CALLERS_TOKEN.test(text(v.node, v.file));
}
const CALLERS_TOKEN = /headers|authorization|bearer|cookie|session|\.token\b|state\.(?:user|token)/i;

/**
 * Supabase's `auth.getSession()` on the server reads the session from the cookie without asking Supabase Auth whether
 * it is still valid (its docs: never trust it in server code); `auth.getUser()` / `auth.getClaims()` check it.
 */
function unverifiedSupabaseSession(calls: CallSite[]): CallSite | null {
  // (asked only of apps on Supabase: next-auth's `getSession()` is a different function)
  const callee = (c: CallSite) => memberPath(c.call.callee as Node) ?? [];
  const named = (c: CallSite, method: RegExp) => {
    const p = callee(c);
    return p.length >= 2 && p[p.length - 2] === 'auth' && method.test(p[p.length - 1]!);
  };
  const session = calls.find((c) => named(c, /^getSession$/));
  return session && !calls.some((c) => named(c, /^(?:getUser|getClaims)$/)) ? session : null;
}

function supabaseSessionTrusted(e: Endpoint, at: CallSite): Report {
  return {
    message: `${endpointLabel(e)} trusts supabase.auth.getSession() on the server: the session comes from the cookie and is never re-validated, so a forged or revoked one passes`,
    location: locationOf(at.file, at.call),
    endpoint: e,
    severity: 'high',
    fix: {
      summary: 'Identify the caller with supabase.auth.getUser()',
      steps: [
        'On the server, call supabase.auth.getUser() (or getClaims()), which validates the token with Supabase Auth.',
        'Keep getSession() for the browser, where the session is the user’s own.',
      ],
      example:
        "const { data: { user }, error } = await supabase.auth.getUser();\nif (error || !user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });",
    },
  };
}

/** Identity read from a decoded, unverified token; the fix verifies with the secret the route should use. */
function decodedIdentity(e: Endpoint, decode: CallSite, secretEnv: string): Report {
  return {
    message: `${endpointLabel(e)} reads a token with ${memberPath(decode.call.callee as Node)!.join('.')} and never verifies its signature: anyone can forge one`,
    location: locationOf(decode.file, decode.call),
    endpoint: e,
    severity: 'critical',
    fix: {
      summary: 'Verify the token’s signature, with a pinned algorithm',
      steps: [
        'Replace decode with verify (jwt.verify, fastify.jwt.verify, jose jwtVerify) and pin the algorithm.',
        'Reject the request with 401 when verification fails.',
      ],
      example: `const payload = jwt.verify(token, process.env.${secretEnv}, { algorithms: ['HS256'] });`,
    },
  };
}

/** Decoding a JWT without checking it: `jwt.decode`, `fastify.jwt.decode`, `jwtDecode`, `decodeJwt`. */
const DECODE = /(?:^|\.)(?:jwt|jsonwebtoken|jsonWebToken|JWT|jwtLib)\.decode$|^(?:jwtDecode|jwt_decode|decodeJwt)$/i;
/** The last name of every callee DECODE matches. */
const DECODE_NAME = /^(?:decode|jwtDecode|jwt_decode|decodeJwt)$/i;
/** Any signature check on the way: `jwt.verify`, `fastify.jwt.verify`, `request.jwtVerify`, `jose.jwtVerify`. */
const VERIFY = /(?:^|\.)(?:verify|verifyAsync|jwtVerify)$/;

/**
 * The text of a registration and of the options it names by reference (`fastify.register(fastifyJwt, jwtConfig)`,
 * `JwtModule.register(jwtOptions)` with the object in a config module).
 */
function registrationText(ctx: CheckContext, file: SourceFile, call: T.CallExpression): string {
  const named = (call.arguments as Node[])
    .map((a) => unwrap(a))
    .filter((u): u is Node => u?.type === 'Identifier' || u?.type === 'MemberExpression');
  return [file.text.slice(call.start, call.end), ...named.map((u) => schemaText(ctx.resolver, file, u))].join('\n');
}

const FASTIFY_EXPIRY = new WeakMap<object, boolean>();

/** fastify.register(fastifyJwt, { secret }) without `sign: { expiresIn }` (and @fastify/jwt in use). */
function fastifyJwtLacksExpiry(ctx: CheckContext): boolean {
  const cached = FASTIFY_EXPIRY.get(ctx.project);
  if (cached !== undefined) return cached;
  let registered = false;
  let expiry = false;
  for (const { file, call } of projectCalls(ctx.project)) {
    if (calleeName(call) !== 'register' || !/@fastify\/jwt|fastify-jwt/.test(file.text)) continue;
    const v = ctx.resolver.valueOf(file, call.arguments[0] as Node);
    if (v.kind !== 'external' || !/^(?:@fastify\/jwt|fastify-jwt)$/.test(v.pkg)) continue;
    registered = true;
    if (/expiresIn/.test(registrationText(ctx, file, call))) expiry = true;
  }
  const lacks = registered && !expiry;
  FASTIFY_EXPIRY.set(ctx.project, lacks);
  return lacks;
}

const NEST_EXPIRY = new WeakMap<object, boolean>();

/** JwtModule.register({ secret }) without signOptions.expiresIn anywhere in the project. */
function jwtModuleLacksExpiry(ctx: CheckContext): boolean {
  const cached = NEST_EXPIRY.get(ctx.project);
  if (cached !== undefined) return cached;
  let registered = false;
  let expiry = false;
  for (const { file, call } of projectCalls(ctx.project)) {
    const p = memberPath(call.callee as Node);
    if (p?.[0] !== 'JwtModule') continue;
    registered = true;
    if (/expiresIn/.test(registrationText(ctx, file, call))) expiry = true;
  }
  const lacks = registered && !expiry;
  NEST_EXPIRY.set(ctx.project, lacks);
  return lacks;
}

function tokenWithoutExpiry(e: Endpoint, location: ReturnType<typeof locationOf>) {
  return {
    message: `${endpointLabel(e)} issues a token without an expiry: a stolen token works forever`,
    location,
    endpoint: e,
    fix: {
      summary: 'Give tokens a short lifetime',
      steps: ['Set `expiresIn` (e.g. 15 minutes for access tokens) and use refresh tokens for longer sessions.'],
      example: "jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m', algorithm: 'HS256' })",
    },
  };
}

/** The token's payload (the call's first argument) is an object we can read, and it sets no `exp` claim. */
function payloadLacksExpiry(
  resolver: Resolver,
  file: SourceFile,
  call: T.CallExpression,
  calls: readonly { file: SourceFile; call: T.CallExpression }[],
): boolean {
  const pv = resolver.valueOf(file, call.arguments[0] as Node);
  let payload = pv.kind === 'node' ? unwrap(pv.node) : null;
  // `createInviteToken(payload)` signing its parameter: the payload the route hands it (`createInviteToken({ showId, email })`)
  if (pv.kind === 'param' && pv.path.length === 0)
    for (const c of calls) {
      const arg = unwrap(c.call.arguments[pv.index] as Node | undefined);
      if (arg?.type === 'ObjectExpression' && resolver.calleeFunction(c.file, c.call)?.fn === pv.fn) payload = arg;
    }
  return payload?.type === 'ObjectExpression' && objectLacksKey(resolver, file, payload, 'exp');
}

/**
 * An object literal that sets no `key`, counting what it spreads: `{ ...claims }` with `const claims = { sub, kind }`
 * has none; a spread of anything we cannot read might.
 */
function objectLacksKey(
  resolver: Resolver,
  file: SourceFile,
  obj: T.ObjectExpression,
  key: string,
  depth = 0,
): boolean {
  if (hasKey(obj, key)) return false;
  for (const p of obj.properties) {
    if (p.type !== 'SpreadElement') continue;
    const v = depth < 3 ? resolver.valueOf(file, p.argument as Node) : null;
    if (v?.kind !== 'node') return false;
    const spread = unwrap(v.node);
    if (spread?.type !== 'ObjectExpression' || !objectLacksKey(resolver, v.file, spread, key, depth + 1)) return false;
  }
  return true;
}

/**
 * jose, the builder kept in a variable: `const jwt = new SignJWT(claims).setSubject(…); …; return jwt.sign(secret)`.
 * No `jwt.setExpirationTime(…)` in the function: the token never expires (at the sign call). Set only when the
 * caller asks (`if (opts.expiresIn) jwt.setExpirationTime(opts.expiresIn)`): the route's call that does not ask
 * (`signJwt({ typ: 'refresh' }, { subject })`) makes a token that never expires.
 */
function joseBuilderWithoutExpiry(
  resolver: Resolver,
  file: SourceFile,
  call: T.CallExpression,
  calls: readonly CallSite[],
): { file: SourceFile; node: Node } | null {
  const callee = unwrap(call.callee as Node);
  const receiver = callee?.type === 'MemberExpression' ? unwrap(callee.object as Node) : null;
  if (receiver?.type !== 'Identifier') return null;
  const v = resolver.valueOf(file, receiver);
  if (v.kind !== 'node' || !/\bnew\s+SignJWT\b/.test(v.file.text.slice(v.node.start, v.node.end))) return null;
  if (/setExpirationTime/.test(v.file.text.slice(v.node.start, v.node.end))) return null;
  const fn = enclosingFunction(call);
  if (!fn) return null;
  const setters = calls.filter(
    (c) =>
      c.file === file &&
      calleeName(c.call) === 'setExpirationTime' &&
      memberPath(c.call.callee as Node)?.[0] === receiver.name &&
      enclosingFunction(c.call) === fn,
  );
  if (setters.length === 0) return { file, node: call };
  // set unless an option of a parameter says otherwise: `if (opts.expiresIn) jwt.setExpirationTime(…)`
  const params = (fn as T.Function).params ?? [];
  for (const setter of setters) {
    const test = conditionAbove(setter.call, fn);
    if (!test) return null;
    const path = memberPath(test);
    const index = path?.length === 2 ? params.findIndex((p) => nameOf(p as Node) === path[0]) : -1;
    if (index < 0) return null;
    const unasked = calls.find((c) => {
      if (resolver.calleeFunction(c.file, c.call)?.fn !== fn) return false;
      const arg = unwrap(c.call.arguments[index] as Node | undefined);
      return arg?.type === 'ObjectExpression' && objectLacksKey(resolver, c.file, arg, path![1]!);
    });
    if (!unasked) return null;
    return { file: unasked.file, node: unasked.call };
  }
  return null;
}

/** The test of the `if` that `node` runs under, inside `fn` (null when it runs unconditionally). */
function conditionAbove(node: Node, fn: Node): Node | null {
  for (let p = parentOf(node); p && p !== fn; p = parentOf(p)) {
    if (p.type === 'IfStatement') return unwrap(p.test as Node);
    if (p.type === 'ConditionalExpression' || p.type === 'LogicalExpression') return null;
  }
  return null;
}

/** Calls that verify the caller's token or session themselves (directly or through a helper the flow followed). */
const VERIFYING_CALL = /verify|getServerSession|next-auth getToken|^auth$|getUser/i;

/**
 * A Next.js middleware that only decodes the token and forwards its claims in headers (`x-user-id`) endangers the
 * routes that read those headers. A handler that verifies the session itself (`getSession()` → `jwtVerify`) and
 * never reads the forwarded headers does not rely on the decoded identity.
 */
function verifiesItself(
  e: Endpoint,
  flows: readonly FlowResult[],
  forwarded: readonly string[],
  resolver: Resolver,
): boolean {
  if (forwarded.length === 0) return false;
  if (!flows.some((f) => f.identityCalls.some((c) => VERIFYING_CALL.test(c)))) return false;
  const names = new Set(forwarded.map((h) => h.toLowerCase()));
  return !reachableCalls(resolver, e, 2).some(({ call }) =>
    call.arguments.some((a) => names.has((stringValue(a as Node) ?? '').toLowerCase())),
  );
}

/** Columns that hold a one-time secret of the account flow: reset, recovery, verification and login codes. */
const ONE_TIME_FIELD =
  /^(?:(?:password_?)?reset|recovery|verif\w*|email_?verif\w*|otp|magic(?:_?link)?|login|confirm\w*)_?(?:code|token|token_?hash|code_?hash|hash|otp)$/i;
/** …and the column that says until when it is good (`resetCodeExpiresAt`, `reset_expires_at`, `otpExpiry`). */
const EXPIRY_FIELD = /^(\w*?)_?(?:expires?_?(?:at|on)?|expiry|expiration|expiresAt|valid_?until)$/i;

/**
 * `POST /password-reset/confirm` that finds the account by its reset code (or compares it) and sets the new password,
 * where the model keeps the code's expiry (`resetCodeExpiresAt`) that nothing on the way reads: a code mailed last
 * year, or leaked in an old inbox, still resets the password. Writing the expiry (`resetExpiresAt: null` after the
 * reset) is no check; a filter on it (`where: { resetExpiresAt: { gt: now } }`, `gt(users.resetExpiresAt, now)`) or a
 * comparison (`member.resetExpiresAt < new Date()`) is.
 */
function expiryNeverRead(e: Endpoint, ctx: CheckContext): Report | null {
  // (a handler narrowed to the statements of one branch, `if (action === 'login' && req.method === 'POST')`, is read
  // there only: the reset branch beside it is another endpoint)
  const own = e.handlers.flatMap((h) => (h.statements ?? [h.fn]).map((fn) => ({ file: h.file, fn })));
  const fns = [...own, ...reachableFunctions(ctx.resolver, e, 2)];
  const mentioned = new Set<string>();
  for (const { fn } of fns)
    walk(fn, (n) => {
      if (n.type === 'Identifier' && ONE_TIME_FIELD.test(n.name)) mentioned.add(n.name);
      return undefined;
    });
  const tables = (e.facts?.data ?? []).filter(
    (a) => !!a.model && (a.operation === 'read' || a.operation === 'list') && ONE_TIME_TABLE.test(a.model),
  );
  if (mentioned.size === 0 && tables.length === 0) return null;
  // (a check we cannot read, such as a model's own method: `user.consumeToken(token, ip, 'passwordReset')`)
  const unreadCheck = fns.some(({ file, fn }) => {
    let found = false;
    walk(fn, (n) => {
      if (found) return false;
      if (
        n.type === 'CallExpression' &&
        UNREAD_CHECK.test(calleeName(n) ?? '') &&
        !ctx.resolver.calleeFunction(file, n)
      )
        found = true;
      return undefined;
    });
    return found;
  });
  if (unreadCheck) return null;
  for (const info of ctx.app.models.values()) {
    // (a code the route checks — looks the account up by it, compares it — not one it makes and stores)
    const secret = [...mentioned].find((f) => info.fields.has(f) && fns.some(({ fn }) => readsField(fn, f)));
    if (!secret) continue;
    const expiry = [...info.fields].find((f) => {
      const m = EXPIRY_FIELD.exec(f);
      // (the expiry of that secret: `resetCodeExpiresAt` beside `resetCode`, `resetExpiresAt` beside `resetTokenHash`)
      return (
        !!m &&
        m[1] !== undefined &&
        m[1].length > 0 &&
        secret.toLowerCase().startsWith(m[1].toLowerCase().replace(/_$/, ''))
      );
    });
    if (!expiry || fns.some(({ fn }) => readsField(fn, expiry))) continue;
    return staleCode(e, secret, expiry);
  }
  // …or a row of a table of such codes (`password_resets` with `token_hash` and `expires_at`), looked up by its code
  for (const a of tables) {
    const column = codeColumn(fns.map((f) => f.fn));
    const expiry = column ? tableExpiry(ctx, a.model!) : null;
    if (!column || !expiry || fns.some(({ fn }) => readsField(fn, expiry))) continue;
    return staleCode(e, column, expiry, a.model!);
  }
  return null;
}

/** Tables that keep one row per reset, verification or sign-in code. */
const ONE_TIME_TABLE =
  /^(?:(?:password_?)?resets?|(?:password_?)?reset_?(?:tokens?|codes?|requests?)|(?:email_?)?verifications?|verification_?(?:tokens?|codes?)|otps?|otp_?codes?|magic_?links?|login_?(?:tokens?|codes?))$/i;
/** The column of such a table that holds the code (or its hash). */
const CODE_COLUMN = /^(?:token|token_?hash|code|code_?hash|otp)$/i;

/** The code column the route looks a row up by (`where({ token_hash: hashToken(token) })`), if any. */
function codeColumn(fns: readonly Node[]): string | null {
  let found: string | null = null;
  for (const fn of fns)
    walk(fn, (n) => {
      if (found) return false;
      if (n.type === 'Property' && !n.computed) {
        const key = nameOf(n.key as Node);
        if (key && CODE_COLUMN.test(key) && readsField(fn, key)) found = key;
      }
      return undefined;
    });
  return found;
}

const TABLE_EXPIRY = new WeakMap<CheckContext, Map<string, string | null>>();

/**
 * The expiry column the project writes into a table of codes where it makes one (`db('password_resets').insert({ …,
 * expires_at: … })`, `prisma.passwordReset.create({ data: { …, expiresAt } })`): the key that says until when a code
 * is good, within the call that names the table. Null when none is written.
 */
function tableExpiry(ctx: CheckContext, table: string): string | null {
  let memo = TABLE_EXPIRY.get(ctx);
  if (!memo) {
    memo = new Map();
    TABLE_EXPIRY.set(ctx, memo);
  }
  if (memo.has(table)) return memo.get(table)!;
  const named = new RegExp(
    `(?:['"\\x60]|\\.)${table}\\b[\\s\\S]{0,400}?\\b(\\w*(?:expires?|expiry|expiration)\\w*)\\s*:`,
  );
  let expiry: string | null = null;
  for (const f of ctx.resolver.project.files.values()) {
    if (!f.text.includes(table)) continue;
    const m = named.exec(f.text);
    if (m) {
      expiry = m[1]!;
      break;
    }
  }
  memo.set(table, expiry);
  return expiry;
}

/** The finding for a code accepted without a look at its expiry. */
function staleCode(e: Endpoint, secret: string, expiry: string, table?: string): Report {
  const what = table ? `${secret} of a ${table} row` : secret;
  return {
    message: `${endpointLabel(e)} accepts the ${what} without checking ${expiry}: an old code still works`,
    location: locationOf(e.file, e.node),
    endpoint: e,
    fix: {
      summary: 'Check the expiry where the code is looked up',
      steps: [
        `Look the code up only while it is valid (filter on ${expiry} later than now), and answer 400 otherwise.`,
        'Clear the code and its expiry once used, and keep codes short-lived (15–60 minutes).',
      ],
      example: `where: { ${secret}: hash(code), ${expiry}: { gt: new Date() } }`,
    },
  };
}

/** Calls that may check a code's age where we cannot follow (a model method, a library). */
const UNREAD_CHECK =
  /expir|consume|redeem|^(?:verify|check|validate|isValid)\w*(?:Token|Code|Reset|Otp|OTP)\w*$|^isValid$|TokenValid|CodeValid/;

/** Calls that compare or filter on a value: Drizzle operators, date helpers, constant-time compares. */
const COMPARE_CALL =
  /^(?:eq|ne|gt|gte|lt|lte|isNull|isNotNull|and|or|compare|timingSafeEqual|equals|isBefore|isAfter|isPast|isFuture|\w*[Ee]xpir\w*|\w*[Vv]alid\w*)$/;
/** Calls whose object argument is a query filter. */
const FILTER_CALL = /^(?:find\w*|where|andWhere|orWhere|count\w*|exists|first|get|getOne|getMany|select|delete\w*)$/;
/** Keys whose object lists the columns a query reads back. */
const PROJECTION_KEY = /^(?:columns|select|attributes|projection|fields)$/;
/** Keys whose object is a query filter. */
const FILTER_KEY = /^(?:where|filter|\$match|query|\$and|\$or)$/;

/**
 * The function checks `field`: compares it (`user.resetExpires < Date.now()`, `eq(users.resetCode, code)`), tests it
 * in a condition, or filters a query on it (`where: { resetExpiresAt: { gt: now } }`, `findOne({ resetToken })`).
 * Writing it (`data: { resetExpiresAt: null }`) or sending it (`res.json({ resetToken })`) checks nothing.
 */
function readsField(fn: Node, field: string): boolean {
  let read = false;
  // (in SQL text or a query builder's column name: `.andWhere('reset_expires_at', '>', now)`, `… AND expires > now()`)
  const inText = new RegExp(`\\b${field}\\b\\s*(?:[<>]=?|IS\\s+NOT\\s+NULL)|[<>]=?\\s*\\b${field}\\b`, 'i');
  walk(fn, (n) => {
    if (read) return false;
    if (n.type === 'Literal' && n.value === field) {
      const p = parentOf(n);
      if (p?.type === 'CallExpression' && FILTER_CALL.test(calleeName(p) ?? '')) read = true;
      return undefined;
    }
    if ((n.type === 'Literal' && typeof n.value === 'string') || n.type === 'TemplateElement') {
      const text = n.type === 'Literal' ? String(n.value) : (n.value.cooked ?? n.value.raw);
      if (inText.test(text)) read = true;
      return undefined;
    }
    if (n.type !== 'Identifier' || n.name !== field) return undefined;
    const parent = parentOf(n);
    if (parent?.type === 'MemberExpression' && parent.property === n) {
      for (let child: Node = parent, p = parentOf(parent); p && p !== fn; child = p, p = parentOf(p)) {
        if (p.type === 'BinaryExpression' || p.type === 'UnaryExpression') read = true;
        else if ((p.type === 'IfStatement' || p.type === 'ConditionalExpression') && p.test === child) read = true;
        else if (p.type === 'CallExpression' && p.callee !== child && COMPARE_CALL.test(calleeName(p) ?? ''))
          read = true;
        if (read || p.type === 'ExpressionStatement' || p.type === 'VariableDeclarator' || isFunction(p)) break;
      }
      return undefined;
    }
    if (parent?.type === 'Property' && parent.key === n) {
      for (let child: Node = parent, p = parentOf(parent); p && p !== fn; child = p, p = parentOf(p)) {
        // (a column picked to be read back, `columns: { resetExpiresAt: true }`, is not yet compared with anything)
        if (p.type === 'Property' && PROJECTION_KEY.test(nameOf(p.key as Node) ?? '')) break;
        if (p.type === 'Property' && FILTER_KEY.test(nameOf(p.key as Node) ?? '')) read = true;
        else if (p.type === 'CallExpression' && p.callee !== child && FILTER_CALL.test(calleeName(p) ?? ''))
          read = true;
        if (read || p.type === 'CallExpression' || isFunction(p)) break;
      }
    }
    return undefined;
  });
  return read;
}
