import {
  calleeName,
  enclosingFunction,
  isFunction,
  memberPath,
  type Node,
  nameOf,
  parentOf,
  stringValue,
  type T,
  unwrap,
  walk,
} from '../parse/ast.ts';
import type { Project } from '../parse/project.ts';
import type { Resolver } from '../parse/resolve.ts';
import type { SourceFile } from '../parse/source.ts';

/**
 * Where an app's own auth middleware puts the caller: `req.driver = payload`, `ctx.state.member = …`,
 * `c.set('volunteer', …)`, `res.locals.coach = …`. The built-in names (`user`, `auth`, `session`, …) cover most
 * apps; a domain app names the caller after its domain, and only its middleware tells us.
 *
 * A key counts when it is set in a function that verifies something (a token, a session): the same assignment
 * in a body parser or a logger (`req.startedAt = Date.now()`) is not the caller.
 */
const KEYS = new WeakMap<Project, ReadonlySet<string>>();

/**
 * A function body that checks a token or a session, or builds on the caller an earlier middleware verified
 * (`const { sub } = c.get('jwtPayload')` then `c.set('recruiter', { id: user.id, companyId: user.companyId })`),
 * or reads an API key header (`c.req.header('x-device-key')`, then the device it names is the caller).
 */
const VERIFIES =
  /\bverify\w*\s*[(:]|\bvalidate\w*(?:ApiKey|Key|Token|Session)\s*\(|\bjwtVerify\s*\(|\bdecode\w*\s*\(|\bgetSession\s*\(|\bgetServerSession\s*\(|\bgetToken\s*\(|\bisAuthenticated\s*\(|\bsessions?\b|\b(?:c|ctx|context)\.get\(\s*['"](?:jwtPayload|user|auth)['"]\s*\)|\b(?:req|request)\.(?:user|auth)\b|\bctx\.state\.user\b|\b(?:header|get)\(\s*['"][\w-]*(?:key|token)['"]\s*\)|\bheaders\[\s*['"][\w-]*(?:key|token)['"]\s*\]/i;
/** Options of auth libraries that take the verification as a function (hono/bearer-auth, basic-auth, passport). */
const VERIFY_HOOK = /^(?:verify\w*|validate\w*|authenticate\w*|authorizer)$/;
/** Request parts and framework members that are never the caller. */
const NOT_A_KEY =
  /^(?:body|params|query|headers|cookies|session|state|locals|var|raw|url|method|path|ip|id|requestId|startTime|startedAt|log|logger|t|i18n|lang|locale)$/;

export function identityKeys(resolver: Resolver): ReadonlySet<string> {
  const { project } = resolver;
  const known = KEYS.get(project);
  if (known) return known;
  const keys = new Set<string>();
  for (const file of project.files.values()) {
    // cheap substring tests first: the pattern runs only on files that may verify something and set a key
    const t = file.text;
    if (
      !(
        t.includes('req.') ||
        t.includes('request.') ||
        t.includes('locals.') ||
        t.includes('state.') ||
        t.includes('.set(')
      ) ||
      !VERIFIES.test(t)
    )
      continue;
    for (const a of file.index.AssignmentExpression) {
      const p = memberPath(a.left as Node);
      if (!p) continue;
      const key =
        // (also the request under a name of its own: `const apiRequest = request as …; apiRequest.apiAuth = principal`)
        p.length === 2 && /^(?:req|request|\w+Req|\w+Request)$/.test(p[0]!)
          ? p[1]!
          : p.length === 3 && ((p[0] === 'ctx' && p[1] === 'state') || (p[0] === 'res' && p[1] === 'locals'))
            ? p[2]!
            : null;
      if (key && !NOT_A_KEY.test(key) && (inVerifyingFunction(file, a) || fromVerifyingHelper(resolver, file, a)))
        keys.add(key);
    }
    for (const call of file.index.CallExpression) {
      if (calleeName(call) !== 'set') continue;
      const p = memberPath(call.callee as Node);
      if (p?.length !== 2 || !/^(?:c|ctx|context)$/.test(p[0]!)) continue;
      const key = stringValue(call.arguments[0] as Node);
      if (
        key &&
        /^\w+$/.test(key) &&
        !NOT_A_KEY.test(key) &&
        !fromRequestInput(file, call.arguments[1] as Node | undefined) &&
        inVerifyingFunction(file, call)
      )
        keys.add(key);
    }
  }
  KEYS.set(project, keys);
  return keys;
}

/** What the client sends: Hono's `c.req.param('showId')`, `c.req.query(…)`, `c.req.valid(…)`, `c.req.json()`, headers. */
const REQUEST_INPUT = /\.req\.(?:param|query|queries|valid|json|parseBody|header)\b/;

/**
 * `c.set('showId', showId)` after `const showId = c.req.param('showId')`: a value the client sent, kept for the handler
 * (a membership middleware's), not the caller — even in a function that also reads who the caller is.
 */
function fromRequestInput(file: SourceFile, value: Node | undefined): boolean {
  return isRequestRead(file, heldValue(file, value));
}

/** What a value is: an expression as it is, or what a name declared in the same function was initialised with. */
function heldValue(file: SourceFile, value: Node | null | undefined): Node | null {
  const v = unwrap(value);
  if (v?.type !== 'Identifier') return v;
  const name = v.name;
  const fn = enclosingFunction(v);
  const decl = file.index.VariableDeclarator.find(
    (d) => d.id.type === 'Identifier' && d.id.name === name && enclosingFunction(d) === fn,
  );
  return unwrap(decl?.init as Node | null | undefined);
}

/** The value is read off the request as it is (`c.req.param('showId') ?? c.req.query('showId')`), not computed from it. */
function isRequestRead(file: SourceFile, node: Node | null): boolean {
  const n = unwrap(node);
  if (!n) return false;
  if (n.type === 'LogicalExpression')
    return [n.left, n.right].every((x) => unwrap(x as Node)?.type === 'Literal' || isRequestRead(file, x as Node));
  const callee = n.type === 'CallExpression' ? (n.callee as Node) : n.type === 'MemberExpression' ? n : null;
  return !!callee && REQUEST_INPUT.test(file.text.slice(callee.start, callee.end));
}

/**
 * The key is set to what a project function that reads the caller returns: `const membership = await
 * loadMembership(req); …; req.membership = membership`, where `loadMembership` looks the membership up by `req.user.id`.
 */
function fromVerifyingHelper(resolver: Resolver, file: SourceFile, a: T.AssignmentExpression): boolean {
  const value = heldValue(file, a.right as Node);
  if (value?.type !== 'CallExpression') return false;
  // (…through a helper of a helper: `currentUserId(ctx)` returning `Number(claims(ctx).sub)`, `claims` reading
  // `ctx.state.user`)
  const verifying = (call: T.CallExpression, at: SourceFile = file, depth = 0): boolean => {
    const helper = resolver.calleeFunction(at, call);
    if (!helper) return false;
    if (VERIFIES.test(helper.file.text.slice(helper.fn.start, helper.fn.end))) return true;
    let inner = false;
    if (depth < 1)
      walk(helper.fn, (n) => {
        if (inner) return false;
        if (n.type === 'CallExpression' && verifying(n, helper.file, depth + 1)) inner = true;
        return undefined;
      });
    return inner;
  };
  if (verifying(value)) return true;
  // (…or a row looked up by what such a function says: `Vendor.findOne({ where: { ownerId: currentUserId(ctx) } })`)
  let found = false;
  walk(value, (n) => {
    if (found || isFunction(n)) return false;
    if (n !== value && n.type === 'CallExpression' && verifying(n)) found = true;
    return undefined;
  });
  return found;
}

function inVerifyingFunction(file: SourceFile, node: Node): boolean {
  for (let n = parentOf(node); n; n = parentOf(n)) {
    if (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression') {
      // the verification may sit in the enclosing middleware factory, not in the inner callback
      if (VERIFIES.test(file.text.slice(n.start, n.end))) return true;
      // …or the function is a library's verification hook: `bearerAuth({ verifyToken: async (token, c) => … })`
      const owner = parentOf(n);
      if (owner?.type === 'Property' && VERIFY_HOOK.test(nameOf(owner.key as Node) ?? '')) return true;
    }
  }
  return false;
}
