import { defineCheck } from '../core/check.ts';
import type { FunctionRef } from '../core/endpoint.ts';
import type { DataAccess } from '../core/facts.ts';
import { singular } from '../core/words.ts';
import type { FlowResult } from '../facts/flow.ts';
import { belongsToNoOne, modelKey, PERSON_MODEL } from '../facts/models.ts';
import { IDENTITY_CALL } from '../facts/request.ts';
import { calleeName, isFunction, memberRoot, type Node, parentOf, stringValue, unwrap, walk } from '../parse/ast.ts';
import type { Resolver } from '../parse/resolve.ts';
import { locationAt, locationOf } from '../parse/source.ts';
import { endpointLabel, idiom } from './_idiom.ts';
import { isAdminPath, isHealth } from './_predicates.ts';

const AUTH_LIBRARIES = new Set([
  'passport',
  'passport-jwt',
  'express-jwt',
  'jsonwebtoken',
  'jose',
  'express-session',
  'cookie-session',
  '@fastify/jwt',
  '@fastify/auth',
  'koa-jwt',
  'koa-session',
  '@nestjs/jwt',
  '@nestjs/passport',
  'next-auth',
  'auth.js',
  'clerk',
  'lucia',
  'better-auth',
]);
const SENSITIVE_PATH =
  /\/(?:admin|users?|me|account|accounts|billing|payments?|orders?|invoices?|settings|export|internal|profile)(?:\/|$)/i;

/** `/users/{id}`, `/landlords/{landlordId}`: one person of a kind the app shows to others. */
const PROFILE_PATH =
  /\/(users|profiles|members|authors|landlords|hosts|sellers|tutors|coaches|trainers|artists|creators|vendors|freelancers|instructors|providers|people)\/\{[^}]+\}$/i;
/** Areas that are never the public face of an app. */
const PRIVATE_AREA =
  /\/(?:admin|staff|internal|private|manage|management|backoffice|console|me|account|settings)(?:\/|$)/i;

/**
 * The route only reads, and what the client names is a person: an account (`User.findById`) or the kind the path names
 * (`Landlord` for `/landlords`) — with, at most, what is theirs to show (their listings, their recipes).
 */
function readsAPerson(data: readonly DataAccess[], kind: string): boolean {
  const named = modelKey(singular(kind));
  const person = (a: DataAccess) => !!a.model && (PERSON_MODEL.test(modelKey(a.model)) || modelKey(a.model) === named);
  return (
    data.every((a) => a.operation === 'read' || a.operation === 'list') &&
    data.some((a) => a.byClientId && person(a)) &&
    data.every((a) => !a.byClientId || person(a))
  );
}

export default defineCheck({
  meta: {
    id: 'missing-auth-unprotected-route',
    kind: 'check',
    title: 'Route without authentication',
    category: 'missing-auth',
    severity: 'high',
    description:
      'A route that is not public by design runs without any authentication, so anyone on the network can call it.',
    cwe: 'CWE-306',
  },
  endpoint(e, ctx) {
    const f = e.facts;
    if (f?.auth.status !== 'none' || f.public.intended || isHealth(e)) return null;
    // a read behind optional auth serves anonymous visitors on purpose (and personalises for signed-in ones)
    // (on this route or its router: `passport.session()` for the whole app restores a login, it invites no one in)
    // …as does a form behind it that only adds a record (`POST /donations`: a signed-in donor is linked, anyone may give)
    const readsOrAdds =
      e.method === 'GET' ||
      (e.method === 'POST' &&
        f.data.every((a) => a.operation === 'read' || a.operation === 'list' || a.operation === 'create'));
    if (readsOrAdds && ctx.app.links.get(e)?.some((l) => l.facts.roles.has('optional-auth') && l.link.scope !== 'app'))
      return null;
    // …and so does one whose handler asks who the caller is and lets an anonymous one through on purpose
    // (`const viewer = await getSessionUser(req); … if (!(await canSeeMeetup(meetup, viewer))) throw …`)
    if (
      e.method === 'GET' &&
      e.handlers.some((h) => handlesAnonymousCaller(h, ctx.resolver) && !scopesByCaller(h, f.data))
    )
      return null;
    // declared public over a global guard (`@Public()` on a Nest controller, a path its `.unless()` or the app's own
    // public-routes table lets through): a read of people's profiles, of published rows or of records that belong to no
    // one is the directory the developer opened on purpose (a record of someone's, `@Public()` over `GET
    // /policies/{policyNumber}`, is not) — and so is a plain list of a table whose columns the project does not declare
    // (knex, raw SQL): nothing says whose its rows are, and the developer said they are for everyone
    if (
      e.method === 'GET' &&
      ctx.app.links.get(e)?.some((l) => l.facts.roles.has('public')) &&
      readsOnly(
        f.data,
        (a, model) =>
          a.publicRow ||
          PERSON_MODEL.test(modelKey(model)) ||
          belongsToNoOne(ctx.app.models, model) ||
          (a.operation === 'list' &&
            !a.byClientId &&
            !a.ownerFromClient &&
            !a.filterFromClient &&
            !ctx.app.models.get(modelKey(model))?.defined),
      )
    )
      return null;
    // a read of records that belong to no one (subjects, vehicles for hire, branches: a model that refers to no person,
    // tenant or other owned record) is the catalogue any visitor browses, outside the admin area
    if (
      e.method === 'GET' &&
      !isAdminPath(e, ctx.app.models) &&
      readsOnly(
        f.data,
        (a, model) => !a.ownerFromClient && !a.filterFromClient && belongsToNoOne(ctx.app.models, model, true),
      )
    )
      return null;
    // a person's profile read by id (`/users/{username}`, `/landlords/{id}`) is how marketplaces and communities show
    // people to visitors; what it must not send is judged by data-exposure
    const profile = PROFILE_PATH.exec(e.path);
    if (e.method === 'GET' && profile && !PRIVATE_AREA.test(e.path) && readsAPerson(f.data, profile[1]!)) return null;
    // in an app with no authentication at all we cannot tell a public API from a forgotten guard — unless the route is plainly private
    // a GET that reads no data (a page shell, a static asset, a redirect) exposes nothing, and a handler of any
    // method that reads nothing from the request and only answers (`ctx.status = 405`, `throw 500`) changes nothing
    // (…nor does one that only counts: `SELECT COUNT(*)`, a head-only count)
    const touchesData =
      f.data.some((a) => e.method !== 'GET' || !a.referenceOnly) ||
      (e.method !== 'GET' && !answersOnly(ctx.app.flows.get(e) ?? []));
    if (!touchesData) return null;
    // an app that installed an auth library but protects nothing forgot it; one without any may be public by design
    const authExpected = ctx.app.anyAuth || ctx.stack.auth.some((a) => AUTH_LIBRARIES.has(a));
    if (!authExpected && !SENSITIVE_PATH.test(e.path)) return null;
    if (!ctx.app.anyAuth && e.method === 'GET' && !SENSITIVE_PATH.test(e.path)) return null;
    const i = idiom(e.framework);
    const guard = ctx.app.anyAuth ? 'the authentication the other routes use' : 'an authentication middleware';
    // a webhook whose signature check runs only when the signature header came
    if (f.public.signatureOptional)
      return {
        message: `${endpointLabel(e)} checks the sender's signature only when the signature header is sent: a request without it goes through unchecked`,
        location: locationOf(e.file, e.node),
        endpoint: e,
        severity: 'critical',
        fix: {
          summary: 'Require the signature on every delivery',
          steps: [
            'Answer 401 when the signature header is missing, before anything else runs.',
            'Then compare the HMAC of the raw body with the header in constant time (crypto.timingSafeEqual).',
          ],
          example:
            "const signature = req.get('x-signature');\nif (!signature || !signatureMatches(rawBody, signature, secret)) return res.status(401).end();",
        },
      };
    return {
      message: `${endpointLabel(e)} has no authentication${isAdminPath(e, ctx.app.models) ? ' (an admin route)' : ''}: anyone can call it`,
      location: locationOf(e.file, e.node),
      endpoint: e,
      severity: isAdminPath(e, ctx.app.models) || e.method !== 'GET' ? 'critical' : 'high',
      confidence: ctx.app.anyAuth ? 'high' : 'medium',
      fix: {
        summary: `Require authentication on ${endpointLabel(e)}`,
        steps: [
          `Add ${guard} to this route (or to the router/plugin it belongs to, before the route is registered).`,
          'If the route really is public, list it under "publicRoutes" in vas.config.json so the decision is recorded.',
        ],
        example: authExample(e.framework, e.method.toLowerCase(), e.path, i.user),
      },
    };
  },
});

/** The route only reads or lists records of known models, each of which `ok` accepts. */
function readsOnly(data: readonly DataAccess[], ok: (a: DataAccess, model: string) => boolean): boolean {
  return (
    data.length > 0 &&
    data.every((a) => (a.operation === 'read' || a.operation === 'list') && !!a.model && ok(a, a.model))
  );
}

function authExample(framework: string, method: string, path: string, user: string): string {
  switch (framework) {
    case 'fastify':
      return `fastify.${method}('${path}', { onRequest: [fastify.authenticate] }, handler)`;
    case 'hono':
      return `app.use('${path}', jwt({ secret: process.env.JWT_SECRET! }))`;
    case 'koa':
      return `router.${method}('${path}', requireAuth, handler)`;
    case 'nestjs':
      return '@UseGuards(JwtAuthGuard)\n@Get(...)';
    case 'nextjs':
      return `const session = await auth();\nif (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });`;
    default:
      return `router.${method}('${path}', requireAuth, handler); // requireAuth sets ${user.replace(/\.id$/, '')}`;
  }
}

/**
 * The handler reads the caller's identity (`const viewer = await getSessionUser(req)`) and then deals with its absence
 * itself: it hands it to a decision (`if (!(await canSee(doc, viewer))) throw notFound()`). It did not reject the
 * anonymous caller (else the route would count as authenticated), so it serves them on purpose. Not when the caller
 * only personalises the answer (`canEdit: trip.ownerId === session?.userId`): that route forgot to ask. Nor when the
 * caller's id scopes a query (`where: { userId: viewer?.id }`): there, no caller means no filter.
 */
function handlesAnonymousCaller(h: FunctionRef, resolver: Resolver): boolean {
  const identities = new Set<string>();
  const roots = h.statements ?? [h.fn];
  for (const root of roots)
    walk(root, (n) => {
      if (n.type !== 'VariableDeclarator' || n.id.type !== 'Identifier') return undefined;
      let init = unwrap(n.init as Node | null);
      if (init?.type === 'AwaitExpression') init = unwrap(init.argument as Node);
      if (init?.type === 'CallExpression' && IDENTITY_CALL.test(calleeName(init) ?? '')) identities.add(n.id.name);
      // (…or what an optional session middleware put in the context: Hono `const viewer = c.get('user')`)
      if (
        init?.type === 'CallExpression' &&
        calleeName(init) === 'get' &&
        /^(?:user|viewer|session|currentUser|me|account)$/.test(stringValue(init.arguments[0] as Node) ?? '')
      )
        identities.add(n.id.name);
      return undefined;
    });
  if (identities.size === 0) return false;
  let decides = false;
  for (const root of roots)
    walk(root, (n) => {
      if (decides) return false;
      // (the identity or a part of it: `canViewCategory(session?.user, thread.category)`)
      if (n.type !== 'CallExpression' || !n.arguments.some((a) => identities.has(memberRoot(unwrap(a as Node)) ?? '')))
        return undefined;
      // `canSee(doc, viewer)` in the test of an `if` or a ternary
      if (inTest(n)) decides = true;
      // …or a helper of the project that decides itself, turning the viewer away (`getVisibleRecipe(id, viewer)` throws
      // 404 unless the recipe is published or the viewer's own)
      const target = resolver.calleeFunction(h.file, n);
      if (target && REJECTS.test(target.file.text.slice(target.fn.start, target.fn.end))) decides = true;
      return undefined;
    });
  return decides;
}

/** A function that turns the request away: throws, or answers 401, 403 or 404. */
const REJECTS = /\bthrow\b|\b40[134]\b|notFound|forbidden/i;

/** A query written in the handler itself is scoped by the caller (a helper that decides access may well be). */
function scopesByCaller(h: FunctionRef, data: readonly DataAccess[]): boolean {
  const from = locationAt(h.file, h.fn.start).line;
  const to = locationAt(h.file, h.fn.end).line;
  // (reads: a write pinned to a record the viewer was shown, `viewCount + 1 where id = recipe.id`, filters nothing)
  return data.some(
    (a) =>
      a.scopedToCaller &&
      (a.operation === 'read' || a.operation === 'list' || a.operation === 'query') &&
      a.location?.file === h.file.rel &&
      a.location.line >= from &&
      a.location.line <= to,
  );
}

/** The node is (part of) the test of an `if` or a conditional expression. */
function inTest(node: Node): boolean {
  for (let child = node, p = parentOf(node); p; child = p, p = parentOf(p)) {
    if ((p.type === 'IfStatement' || p.type === 'ConditionalExpression') && p.test === child) return true;
    if (isFunction(p) || p.type === 'BlockStatement') return false;
  }
  return false;
}

/** Calls that only shape the answer: status, headers, body, errors. */
const ANSWER_CALL =
  /^(?:set|setHeader|header|status|code|type|json|send|end|text|body|redirect|throw|sendStatus|assert)$/;

/** The handler reads nothing from the request, touches no data and calls nothing but the response. */
function answersOnly(flows: readonly FlowResult[]): boolean {
  return (
    flows.length > 0 &&
    flows.every(
      (f) =>
        f.accesses.length === 0 &&
        !f.reads.params &&
        !f.reads.body &&
        !f.reads.query &&
        f.calls.every((call) => ANSWER_CALL.test(calleeName(call) ?? '') || call.callee.type === 'Super'),
    )
  );
}
