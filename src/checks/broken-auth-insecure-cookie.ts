import { staticString } from '../adapters/shared/values.ts';
import { defineCheck, type Report } from '../core/check.ts';
import { calleeName, type Node, nameOf, propertyValue, stringValue, type T, unwrap } from '../parse/ast.ts';
import type { Resolver } from '../parse/resolve.ts';
import { locationOf, type SourceFile } from '../parse/source.ts';
import { projectCalls, reachableCalls } from './_calls.ts';
import { endpointLabel } from './_idiom.ts';
import { AUTH_FLOW } from './_predicates.ts';

const SETS_SESSION = new RegExp(
  `${AUTH_FLOW.source}|/(?:session|sessions|logout|signout|refresh|oauth|callback|sso|impersonate|switch)(?:/|$)`,
  'i',
);
const AUTH_COOKIE = /sess|token|auth|jwt|sid|login|remember/i;
/** What a session cookie carries: a token, a session id, a signed JWT. */
const SESSION_VALUE = /token|sess|jwt|\bsid\b|sign\(/i;
/** A CSRF token cookie is meant to be read by the page's scripts (double-submit): not a session cookie. */
const CSRF_COOKIE = /csrf|xsrf/i;
const FIX = {
  summary: 'Mark session cookies httpOnly, secure and sameSite',
  steps: [
    'Set httpOnly: true so scripts cannot read the cookie, secure: true so it only travels over HTTPS, and sameSite: "lax" (or "strict").',
  ],
  example: "res.cookie('session', token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 15 * 60 * 1000 });",
};

/** A cookie option as the call sees it: `undefined` when unset, null when a spread we cannot read may set it. */
type Option = Node | undefined | null;

/**
 * The options object of a cookie call, followed through constants and spreads (`{ ...baseCookieOptions, maxAge }`):
 * the last property that names the key wins, as in the object itself.
 */
function cookieOption(resolver: Resolver, file: SourceFile, opts: Node | null, key: string, depth = 0): Option {
  const o = unwrap(opts);
  if (o && (o.type === 'Identifier' || o.type === 'MemberExpression') && depth < 4) {
    const v = resolver.valueOf(file, o);
    if (v.kind !== 'node' || v.node === o) return null;
    return cookieOption(resolver, v.file, v.node, key, depth + 1);
  }
  if (o?.type !== 'ObjectExpression') return null;
  for (let i = o.properties.length - 1; i >= 0; i--) {
    const p = o.properties[i]!;
    if (p.type === 'SpreadElement') {
      const inner = depth < 4 ? cookieOption(resolver, file, p.argument as Node, key, depth + 1) : null;
      if (inner !== undefined) return inner;
    } else if (!p.computed && nameOf(p.key as Node) === key) return p.value as Node;
  }
  return undefined;
}

const isFalse = (n: Option) => !!n && n.type === 'Literal' && n.value === false;

function weakFlags(resolver: Resolver, file: SourceFile, opts: Node | null): string | null {
  if (!opts) return 'no httpOnly/secure flags';
  const http = cookieOption(resolver, file, opts, 'httpOnly');
  if (http === null) return null; // options we cannot read: say nothing
  if (http === undefined) return 'no httpOnly flag';
  if (isFalse(http)) return 'httpOnly: false';
  if (isFalse(cookieOption(resolver, file, opts, 'secure'))) return 'secure: false';
  return null;
}

function explicitWeakFlags(resolver: Resolver, file: SourceFile, opts: Node | null): string | null {
  if (!opts) return null;
  if (isFalse(cookieOption(resolver, file, opts, 'httpOnly'))) return 'httpOnly: false';
  if (isFalse(cookieOption(resolver, file, opts, 'secure'))) return 'secure: false';
  return null;
}

export default defineCheck({
  meta: {
    id: 'broken-auth-insecure-cookie',
    kind: 'check',
    title: 'Session cookie without httpOnly/secure',
    category: 'broken-auth',
    severity: 'medium',
    description:
      'A session or token cookie is set without httpOnly (readable by injected scripts) or with secure disabled (sent over plain HTTP).',
    cwe: 'CWE-1004',
  },
  endpoint(e, ctx) {
    // session cookies are set where a session starts (also a sign-up that signs the new account in)
    if (!SETS_SESSION.test(e.path) && !/^sign-(?:in|up)$/.test(e.facts?.public.reason ?? '')) return null;
    for (const { file, call } of reachableCalls(ctx.resolver, e)) {
      const name = calleeName(call);
      if (name === 'setHeader' || name === 'header' || name === 'append') {
        // res.setHeader('Set-Cookie', `token=${token}; Path=/`) without HttpOnly/Secure
        if (!/^set-cookie$/i.test(stringValue(call.arguments[0] as Node) ?? '')) continue;
        const value = call.arguments[1] as Node | undefined;
        const text = value ? file.text.slice(value.start, value.end) : '';
        const cookie = text.match(/[`'"]\s*([\w.-]+)=/)?.[1] ?? '';
        if (AUTH_COOKIE.test(cookie) && !/httponly/i.test(text)) {
          return {
            message: `${endpointLabel(e)} sets the "${cookie}" cookie without HttpOnly`,
            location: locationOf(file, call),
            endpoint: e,
            fix: FIX,
          };
        }
        continue;
      }
      if (name !== 'cookie' && name !== 'setCookie' && name !== 'set') continue;
      const args = call.arguments as Node[];
      const offset = name === 'setCookie' && args.length >= 4 ? 1 : 0; // hono: setCookie(c, name, value, opts)
      // the name is often a constant (`ctx.cookies.set(SESSION_COOKIE, token, …)`)
      const cookieName = staticString(ctx.resolver, file, args[offset]);
      if (!cookieName || CSRF_COOKIE.test(cookieName)) continue;
      if (
        name === 'set' &&
        !/cookies/.test(file.text.slice(call.start, call.end).slice(0, 40)) &&
        !cookieStore(ctx.resolver, file, call)
      )
        continue;
      // clearing a cookie (`set('token', null)`, maxAge 0) exposes nothing
      const value = unwrap(args[offset + 1]);
      // a cookie named for the app (`nl_reader`) is a session cookie when what it carries is a token
      const carried = value ? file.text.slice(value.start, Math.min(value.end, value.start + 80)) : '';
      if (!AUTH_COOKIE.test(cookieName) && !(value && SESSION_VALUE.test(carried) && !CSRF_COOKIE.test(carried)))
        continue;
      if (
        !value ||
        (value.type === 'Literal' && (value.value === null || value.value === '')) ||
        /maxAge\s*:\s*0\b|expires\s*:\s*new Date\(0\)/.test(file.text.slice(call.start, call.end))
      )
        continue;
      // Koa's ctx.cookies.set is httpOnly unless told otherwise (Next.js `res.cookies.set` is not)
      const koaDefault =
        name === 'set' &&
        e.framework === 'koa' &&
        /cookies\.set/.test(file.text.slice(call.start, call.end).slice(0, 40));
      const problem = koaDefault
        ? explicitWeakFlags(ctx.resolver, file, (args[offset + 2] as Node) ?? null)
        : weakFlags(ctx.resolver, file, (args[offset + 2] as Node) ?? null);
      if (problem) {
        return {
          message: `${endpointLabel(e)} sets the "${cookieName}" cookie with ${problem}`,
          location: locationOf(file, call),
          endpoint: e,
          fix: FIX,
        };
      }
    }
    return null;
  },
  app(ctx) {
    const out: Report[] = [];
    for (const { file, call } of projectCalls(ctx.project)) {
      if (calleeName(call) !== 'session' && calleeName(call) !== 'cookieSession') continue;
      const opts = unwrap(call.arguments[0] as Node);
      if (opts?.type !== 'ObjectExpression') continue;
      const cookie = propertyValue(opts, 'cookie') ?? opts;
      const http = propertyValue(cookie, 'httpOnly');
      const secure = propertyValue(cookie, 'secure');
      const bad =
        (http?.type === 'Literal' && http.value === false) || (secure?.type === 'Literal' && secure.value === false);
      if (bad)
        out.push({
          message: 'The session middleware sets its cookie without httpOnly or with secure: false',
          location: locationOf(file, call),
          endpoint: null,
          fix: FIX,
        });
    }
    return out;
  },
});

/** `const store = await cookies(); store.set(…)`: the receiver is Next.js's cookie store, held in a variable. */
function cookieStore(resolver: Resolver, file: SourceFile, call: T.CallExpression): boolean {
  const callee = unwrap(call.callee as Node);
  const receiver = callee?.type === 'MemberExpression' ? unwrap(callee.object as Node) : null;
  if (receiver?.type !== 'Identifier') return false;
  const v = resolver.valueOf(file, receiver);
  let made = v.kind === 'node' ? unwrap(v.node) : null;
  if (made?.type === 'AwaitExpression') made = unwrap(made.argument as Node);
  return made?.type === 'CallExpression' && calleeName(made) === 'cookies';
}
