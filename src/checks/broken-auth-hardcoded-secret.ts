import { type CheckContext, defineCheck, type Report } from '../core/check.ts';
import type { FunctionRef } from '../core/endpoint.ts';
import { calleeName, isFunction, type Node, nameOf, propertyValue, type T, unwrap } from '../parse/ast.ts';
import type { Resolver } from '../parse/resolve.ts';
import { locationOf, type SourceFile } from '../parse/source.ts';
import { callsReachedFrom, projectCalls, reachableCalls } from './_calls.ts';
import { endpointLabel } from './_idiom.ts';
import { isJwtCall, SECRET_KEYS, secretValue } from './_jwt.ts';

const SECRET_ORDER = [...SECRET_KEYS];
const SESSION_CALL = /^(?:session|cookieSession)$/;

export default defineCheck({
  meta: {
    id: 'broken-auth-hardcoded-secret',
    kind: 'check',
    title: 'Hard-coded token or session secret',
    category: 'broken-auth',
    severity: 'critical',
    description:
      'The secret that signs tokens or sessions (or the key a route checks) is written in the source, or used as a fallback when the environment variable is missing; anyone with the code can forge a token for any user.',
    cwe: 'CWE-798',
  },
  endpoint(e, ctx) {
    // `if (req.headers.get('x-internal-key') !== INTERNAL_KEY) return 401` with `INTERNAL_KEY = process.env.X || 'dev'`:
    // the key that guards this route is in the source
    for (const flow of ctx.app.flows.get(e) ?? []) {
      for (const key of flow.serverKeys) {
        const v = secretValue(ctx.resolver, flow.env.file, key);
        if (v.kind !== 'literal' && v.kind !== 'fallback') continue;
        return {
          message:
            v.kind === 'fallback'
              ? `${endpointLabel(e)} checks a key that falls back to a hard-coded value ("${mask(v.value)}") when the environment variable is missing`
              : `${endpointLabel(e)} checks a key that is hard-coded in the source ("${mask(v.value)}")`,
          location: locationOf(v.file, v.node),
          endpoint: e,
          fix: {
            summary: 'Load the key from the environment and refuse to start without it',
            steps: [
              'Read the key from an environment variable or a secret manager; remove the literal and any fallback.',
              'Fail at startup when it is missing, and use a long random value; rotate the one in the source.',
            ],
            example:
              "const INTERNAL_KEY = process.env.INTERNAL_API_KEY;\nif (!INTERNAL_KEY) throw new Error('INTERNAL_API_KEY is not set');",
          },
        };
      }
    }
    return null;
  },
  app(ctx) {
    /** one report per secret value: the same secret written (or defaulted) in several places is one problem */
    const out = new Map<string, Report>();
    /** per secret, the jsonwebtoken calls that sign or verify with it (null once it is used anywhere else) */
    const jwtSites = new Map<string, Set<Node> | null>();
    const report = (
      node: Node,
      file: Parameters<typeof locationOf>[0],
      fallback: boolean,
      value: string,
      site: Node | null = null,
    ) => {
      const sites = jwtSites.get(value);
      if (site && sites !== null) jwtSites.set(value, (sites ?? new Set()).add(site));
      else jwtSites.set(value, null);
      if (out.has(value)) return;
      out.set(value, {
        message: fallback
          ? `The signing secret falls back to a hard-coded value ("${mask(value)}") when the environment variable is missing`
          : `The signing secret is hard-coded in the source ("${mask(value)}")`,
        location: locationOf(file, node),
        endpoint: null,
        fix: {
          summary: 'Load the secret from the environment and refuse to start without it',
          steps: [
            'Read the secret from an environment variable or a secret manager; remove the literal and any fallback.',
            'Fail at startup when it is missing, and use at least 32 random bytes (`openssl rand -base64 32`).',
            'Rotate the secret: every token signed with the old one must be considered forged.',
          ],
          example:
            "const JWT_SECRET = process.env.JWT_SECRET;\nif (!JWT_SECRET) throw new Error('JWT_SECRET is not set');",
        },
      });
    };
    for (const { file, call } of projectCalls(ctx.project)) {
      let secretExpr: Node | null = null;
      let secretFile: SourceFile = file;
      const jwtCall = isJwtCall(ctx.resolver, file, call, 'sign') || isJwtCall(ctx.resolver, file, call, 'verify');
      if (jwtCall) secretExpr = call.arguments[1] as Node;
      else {
        const name = calleeName(call);
        // expressjwt({ secret }), session({ secret }), jwt({ secret }) (hono/koa), fastify.register(jwt, { secret }), JwtModule.register({ secret }), new JwtStrategy({ secretOrKey })
        if (
          name &&
          /^(?:expressjwt|expressJwt|session|jwt|koaJwt|register|registerAsync|sign|signAsync|cookieSession|cookieParser|fastifyJwt|NextAuth|getToken|getServerSession|getIronSession|withIronSessionApiRoute|withIronSessionSsr|sealData|unsealData)$/.test(
            name,
          )
        ) {
          // iron-session seals the cookie with `password`
          const iron = /Iron|sealData|unsealData/.test(name);
          for (const a of call.arguments) {
            // NextAuth(authOptions): the options object is usually declared elsewhere
            const found = optionsObject(ctx.resolver, file, a as Node);
            const given = found?.node;
            if (given?.type !== 'ObjectExpression') continue;
            // Nest `JwtModule.registerAsync({ useFactory: (config) => ({ secret: … }) })`: the options the factory builds
            const factory = unwrap(propertyValue(given, 'useFactory'));
            const built = isFunction(factory) ? unwrap(factory.body as Node) : null;
            const o = built?.type === 'ObjectExpression' ? built : given;
            // the first key in SECRET_KEYS order: koa-jwt's `{ secret, key: 'user' }` names the state property in `key`
            let rank = SECRET_ORDER.length;
            for (const p of o.properties) {
              const key = p.type === 'Property' ? (nameOf(p.key as Node) ?? '') : '';
              // (koa-session's and express-session's `key: 'app.sid'` is the cookie's name)
              const at = iron
                ? key === 'password'
                  ? 0
                  : -1
                : key === 'key' && SESSION_CALL.test(name)
                  ? -1
                  : SECRET_ORDER.indexOf(key);
              if (at !== -1 && at < rank) {
                rank = at;
                secretExpr = (p as T.ObjectProperty).value as Node;
                secretFile = found!.file;
              }
            }
          }
          if (name === 'cookieParser' && call.arguments[0]) secretExpr = call.arguments[0] as Node;
        }
      }
      // jose: new TextEncoder().encode('secret') as the HS256 key of SignJWT / jwtVerify
      if (
        !secretExpr &&
        calleeName(call) === 'encode' &&
        /\bjose\b|SignJWT|jwtVerify/.test(file.text) &&
        /TextEncoder/.test(file.text.slice(call.start, call.end))
      ) {
        secretExpr = call.arguments[0] as Node;
      }
      if (!secretExpr) continue;
      const v = secretValue(ctx.resolver, secretFile, secretExpr);
      if (v.kind === 'literal' || v.kind === 'fallback')
        report(v.node, v.file, v.kind === 'fallback', v.value, jwtCall ? call : null);
    }
    // Koa: `app.keys = [process.env.SESSION_SECRET || 'dev-key']` signs the session and every signed cookie
    for (const file of ctx.project.files.values()) {
      if (!file.text.includes('.keys')) continue;
      for (const a of file.index.AssignmentExpression) {
        const left = unwrap(a.left as Node);
        const keys = unwrap(a.right as Node);
        if (
          left?.type !== 'MemberExpression' ||
          nameOf(left.property as Node) !== 'keys' ||
          keys?.type !== 'ArrayExpression'
        )
          continue;
        for (const el of keys.elements) {
          const v = el ? secretValue(ctx.resolver, file, el as Node) : null;
          if (v && (v.kind === 'literal' || v.kind === 'fallback'))
            report(v.node, v.file, v.kind === 'fallback', v.value);
        }
      }
    }
    return [...out].flatMap(([value, appWide]) => routesOfSecret(ctx, jwtSites.get(value) ?? null, appWide));
  },
});

const SIGN_IN = /\/(?:login|log-in|signin|sign-in|sessions?|authenticate)(?:\/|$)/i;

/**
 * A secret that only some routes' own code signs or verifies with (`jwt.sign(…, RESET_SECRET)` in the helpers of
 * forgot-password and reset-password) is those routes' problem: reported on each of them. A secret the auth middleware
 * uses, or one used outside jsonwebtoken calls (a session's), is the app's: reported once.
 */
function routesOfSecret(ctx: CheckContext, sites: ReadonlySet<Node> | null, appWide: Report): Report[] {
  if (!sites) return [appWide];
  // (each middleware once: most routes share theirs)
  const middleware = new Map<Node, FunctionRef>();
  for (const e of ctx.endpoints)
    for (const { link } of ctx.app.links.get(e) ?? []) if (link.fn) middleware.set(link.fn.fn, link.fn);
  for (const fn of middleware.values())
    if (callsReachedFrom(ctx.resolver, fn).some((c) => sites.has(c.call))) return [appWide];
  const routes = ctx.endpoints.filter((e) => reachableCalls(ctx.resolver, e).some((c) => sites.has(c.call)));
  // (the secret the sign-in signs with is the app's session secret, whoever verifies the tokens and with which key)
  if (routes.length === 0 || routes.length === ctx.endpoints.length || routes.some((e) => SIGN_IN.test(e.path)))
    return [appWide];
  return routes.map((e) => ({
    ...appWide,
    message: `${endpointLabel(e)} signs or checks tokens with a secret that ${appWide.message.replace(/^The signing secret /, '')}`,
    endpoint: e,
  }));
}

function optionsObject(resolver: Resolver, file: SourceFile, arg: Node): { node: Node; file: SourceFile } | null {
  const o = unwrap(arg);
  if (o?.type !== 'Identifier') return o ? { node: o, file } : null;
  const v = resolver.valueOf(file, o);
  const node = v.kind === 'node' ? unwrap(v.node) : null;
  return v.kind === 'node' && node ? { node, file: v.file } : null;
}

function mask(s: string): string {
  return s.length <= 4 ? '****' : `${s.slice(0, 3)}…`;
}
