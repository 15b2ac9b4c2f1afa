import { type CheckContext, defineCheck, type Report } from '../core/check.ts';
import type { Endpoint } from '../core/endpoint.ts';
import type { DataAccess } from '../core/facts.ts';
import type { Stack } from '../core/stack.ts';
import { singular } from '../core/words.ts';
import { MEMBERSHIP_MODEL, OWNER_KEY } from '../facts/data-access.ts';
import { isUserValue } from '../facts/flow.ts';
import { type AppFacts, paramKey } from '../facts/index.ts';
import { isStandalone, type ModelInfo, modelKey, PERSON_MODEL, referenceOf, refersToPerson } from '../facts/models.ts';
import { type Node, nameOf, walk } from '../parse/ast.ts';
import { locationOf } from '../parse/source.ts';
import { endpointLabel, idiom, layerFor } from './_idiom.ts';
import { isAdminPath } from './_predicates.ts';

/** Taking an object that is open to anyone: a driver accepting a ride request, a courier claiming a delivery. */
const CLAIM_ACTION = /\/(?:accept|claim|take|pick-?up|grab)$/i;

export default defineCheck({
  meta: {
    id: 'bola-missing-ownership-check',
    kind: 'check',
    title: 'Object accessed by id without an ownership check',
    category: 'bola',
    severity: 'critical',
    description:
      'The route reads, changes or deletes an object picked by an id from the request without checking that it belongs to the caller, so any user can reach any other user’s objects (IDOR).',
    cwe: 'CWE-639',
  },
  endpoint(e, ctx) {
    const f = e.facts;
    // admin routes are judged by their role check (missing-auth), not by object ownership
    // (a public route that also serves the records their owners made private is an object-level gap all the same)
    // (a webhook that lets unsigned deliveries through is a missing sender check, reported as such)
    if (
      !f ||
      (f.public.intended && !f.public.exposesPrivate) ||
      f.public.signatureOptional ||
      isAdminPath(e, ctx.app.models)
    )
      return null;
    // a route a service calls (it proves a key of the server's own, or signs its delivery) acts for no user: object
    // ownership means nothing to it
    if (ctx.app.links.get(e)?.some((l) => l.facts.service)) return null;
    const o = f.ownership;
    // favourite/follow/comment/react on someone else's object: the write is the caller's own relation to it (unless
    // the client names whose: `delete votes where cardId and userId = body.userId ?? me`)
    if ((e.method === 'POST' || e.method === 'DELETE') && SOCIAL_ACTION.test(e.path) && o.kind !== 'owner-from-client')
      return null;
    if (o.kind === 'not-applicable' && !f.roleCheck) {
      const tenant = unprovenTenant(e, ctx);
      if (tenant) return tenant;
    }
    // `where: { userId: session?.user?.id }` on a route that lets anonymous callers in: with no session the filter is
    // `undefined`, which Prisma and Mongoose drop, so every row matches
    if (o.kind === 'query-scoped' && f.auth.status === 'none') {
      const optional = optionalCallerScope(e, ctx);
      if (optional) return optional;
    }
    if (o.kind !== 'none' && o.kind !== 'owner-from-client') return null;
    const a = o.access;
    // claiming from an open pool (`/ride-requests/{id}/accept` updating `{ _id: id, status: 'open' }`): the row is
    // anyone's to take until taken, and the filter makes sure it still is
    if (o.kind === 'none' && a.openRow && a.operation === 'update' && CLAIM_ACTION.test(e.path)) return null;
    // …and answering one (`POST /gigs/{id}/proposals` after `findOneBy({ id, status: 'open' })`): the open row is read
    // to attach the caller's own proposal to it
    if (o.kind === 'none' && a.openRow && a.operation === 'read' && e.method === 'POST') return null;
    // a catalogue record that refers to no person, tenant or other record has no owner to check against
    // (…unless people join it through a membership table — `PropertyStaff { userId, propertyId }` — which makes it a
    // group its members own)
    const model = a.model ? ctx.app.models.get(modelKey(a.model)) : undefined;
    if (model && isStandalone(model, ctx.app.models, true) && !joinedByMembers(model, ctx.app.models)) return null;
    // one entry of a directory every signed-in user is shown whole (`GET /institutions` lists them all, unscoped):
    // reading it by id discloses no one's object (what the row carries is judged as data exposure)
    if (o.kind === 'none' && a.operation === 'read' && e.method === 'GET' && a.model && directory(a.model, ctx))
      return null;
    // …or of a catalogue the app lists to anyone (`GET /rooms` public): whichever route reads one by id (`POST /bookings`
    // looking up the room it books) reads nobody's object
    // (not on a route that changes or deletes it: whoever may list rooms may not rename them)
    if (
      o.kind === 'none' &&
      (e.method === 'GET' || e.method === 'POST') &&
      (a.operation === 'read' || a.operation === 'list') &&
      a.model &&
      publicCatalogue(a.model, ctx) &&
      // (picked by its own id, not listed by a group the client names: `sailings where operatorId = ?` are that
      // operator's, revenue and all)
      a.clientKeys.every((k) => ownId(k, a.model!))
    )
      return null;
    // reading another user's profile is how social apps work; it is a problem when secrets come with it
    const personRead =
      o.kind === 'none' &&
      e.method === 'GET' &&
      (a.operation === 'read' ||
        // (people listed by a person, `/users/{id}/followers`; not the staff of a group the client names,
        // `where: { labId }`: another lab's roster)
        (a.operation === 'list' && a.byClientId && a.clientKeys.every((k) => PERSON_LIST_KEY.test(k)))) &&
      /^(?:user|profile|member|author)$/.test(modelKey(a.model ?? ''));
    if (personRead && f.response.sensitiveFields.length === 0) return null;
    // stores and tables are often named in the plural (`devices`, `tickets`): the object is one of them
    const what = a.model ? (/[a-z]s$/.test(a.model) ? singular(a.model) : a.model) : 'object';
    const verb = {
      read: 'returns',
      list: 'lists',
      create: 'creates',
      update: 'updates',
      delete: 'deletes',
      query: 'queries',
    }[a.operation];
    // (a check called without `await`: the finding points at the call, and the fix is to await it)
    const unawaited = o.kind === 'none' ? o.unawaited : undefined;
    const message =
      f.public.exposesPrivate && o.kind === 'none'
        ? `${endpointLabel(e)} ${methodVerb(e.method, verb)} ${article(what)} ${what} by an id from the request without checking that it is public or the caller’s own: private ones come along`
        : o.kind === 'owner-from-client'
          ? `${endpointLabel(e)} takes the owner of the ${what} from the request instead of the signed-in caller, so any user can read other users’ data`
          : unawaited
            ? `${endpointLabel(e)} calls the async check ${unawaited.name}() without \`await\`: its answer is a promise, which is always truthy, so the check never turns anyone away and anyone's ${what} is reached`
            : o.kind === 'none' && o.checkedAfterChange
              ? `${endpointLabel(e)} ${methodVerb(e.method, verb)} ${article(what)} ${what} by an id from the request and checks that it belongs to the caller only afterwards: another user’s ${what} is already changed`
              : a.operation === 'list' && e.method === 'GET' && !/\}$/.test(e.path)
                ? `${endpointLabel(e)} lists ${plural(what)} by a value from the request without checking that they belong to the caller`
                : `${endpointLabel(e)} ${methodVerb(e.method, verb)} ${article(what)} ${what} by an id from the request without checking that it belongs to the caller`;
    return {
      message,
      location: unawaited ? unawaited.location : a.location,
      endpoint: e,
      confidence: a.layer === 'unknown' ? 'medium' : 'high',
      fix: unawaited ? awaitFix(e, unawaited.name) : ownershipFix(ctx.stack, e, a),
    };
  },
});

/** The fix for an async check called without `await`: await it. */
function awaitFix(e: Endpoint, check: string) {
  const i = idiom(e.framework);
  return {
    summary: `Await ${check}() before acting on its answer`,
    steps: [
      `Write \`if (!(await ${check}(…)))\` (or \`const allowed = await ${check}(…)\`): a promise is always truthy.`,
      'Enable a lint rule that catches it (typescript-eslint no-misused-promises, or no-floating-promises).',
      'Add a test that signs in as a second user and expects 404/403 for the first user’s object.',
    ],
    example: `const allowed = await ${check}(${i.id}, ${i.user});\nif (!allowed) ${i.deny};`,
  };
}

function ownershipFix(stack: Stack, e: Endpoint, a: DataAccess) {
  const i = idiom(e.framework);
  const model = a.model ?? 'item';
  const layer = layerFor(stack, e);
  const steps = [
    `Constrain the query with the caller’s identity (${i.user}) so another user’s ${model} is never loaded; answer 404 when nothing matches.`,
    'Take the owner only from the authenticated session or token, never from params, query or body.',
    'Add a test that signs in as a second user and expects 404/403 for the first user’s object.',
  ];
  let example: string;
  switch (layer) {
    case 'prisma':
      example = `const ${model} = await prisma.${model}.findFirst({ where: { id: ${i.id}, userId: ${i.user} } });\nif (!${model}) ${i.deny};`;
      break;
    case 'mongoose':
      example = `const doc = await ${capital(model)}.findOne({ _id: ${i.id}, owner: ${i.user} });\nif (!doc) ${i.deny};`;
      break;
    case 'sequelize':
      example = `const row = await ${capital(model)}.findOne({ where: { id: ${i.id}, userId: ${i.user} } });\nif (!row) ${i.deny};`;
      break;
    case 'drizzle':
      example = `const [row] = await db.select().from(${model}).where(and(eq(${model}.id, ${i.id}), eq(${model}.userId, ${i.user})));\nif (!row) ${i.deny};`;
      break;
    case 'supabase':
      example = `const { data } = await supabase.from('${model}').select('*').eq('id', ${i.id}).eq('user_id', ${i.user}).single();\nif (!data) ${i.deny};`;
      break;
    case 'knex':
      example = `const row = await db('${model}').where({ id: ${i.id}, user_id: ${i.user} }).first();\nif (!row) ${i.deny};`;
      break;
    case 'pg':
    case 'mysql':
      example = `const { rows } = await pool.query('SELECT * FROM ${model} WHERE id = $1 AND user_id = $2', [${i.id}, ${i.user}]);\nif (rows.length === 0) ${i.deny};`;
      break;
    case 'better-sqlite3':
    case 'sqlite':
      example = `const row = db.prepare('SELECT * FROM ${model} WHERE id = ? AND user_id = ?').get(${i.id}, ${i.user});\nif (!row) ${i.deny};`;
      break;
    default:
      example = `const ${model} = ${model}s.find((x) => x.id === ${i.id} && x.userId === ${i.user});\nif (!${model}) ${i.deny};`;
  }
  return { summary: 'Scope the query to the caller', steps, example };
}

/** Keys that list people by a person: followers of a user, the friends of a member. */
const PERSON_LIST_KEY =
  /(?:^|\.)(?:id|user_?id|follower_?id|followee_?id|following_?id|author_?id|friend_?id|member_?id)$/i;

const SOCIAL_ACTION =
  /\/\{[^}]+\}\/(?:favou?rites?|likes?|follow|followers|unfollow|stars?|bookmarks?|votes?|upvote|downvote|reactions?|comments?|replies|subscribe|subscriptions?|join|rsvps?|applications?|enrollments?|reviews?|ratings?|reports?|flags?)$/i;

const DIRECTORIES = new WeakMap<Endpoint[], Set<string>>();
const CATALOGUES = new WeakMap<Endpoint[], Set<string>>();

/**
 * Models the collection routes `lists` admits read whole and unscoped (nothing the client picks, no owner filter),
 * memoised per inventory; with `named`, only the model the path names (`GET /vets/{id}/slots` computing free slots
 * from appointments lists no appointment).
 */
function listedModels(
  cache: WeakMap<Endpoint[], Set<string>>,
  ctx: CheckContext,
  lists: (f: NonNullable<Endpoint['facts']>) => boolean,
  named = false,
): Set<string> {
  let known = cache.get(ctx.endpoints);
  if (known) return known;
  known = new Set();
  for (const o of ctx.endpoints) {
    const f = o.facts;
    if (o.method !== 'GET' || o.path.endsWith('}') || !f || !lists(f)) continue;
    const resource = named
      ? modelKey(
          o.path
            .split('/')
            .filter((s) => s && !s.startsWith('{'))
            .pop() ?? '',
        )
      : null;
    for (const a of f.data)
      if (
        a.operation === 'list' &&
        a.model &&
        !a.scopedToCaller &&
        !a.byClientId &&
        !a.ownerFromClient &&
        (resource === null || modelKey(a.model) === resource)
      )
        known.add(modelKey(a.model));
  }
  cache.set(ctx.endpoints, known);
  return known;
}

/**
 * Models listed whole to every signed-in user by a collection route (no role, no owner filter, nothing the client
 * picks) that refer to no person: a directory of institutions, venues, teams.
 */
function directory(model: string, ctx: CheckContext): boolean {
  const known = listedModels(
    DIRECTORIES,
    ctx,
    (f) => !f.roleCheck && f.auth.status === 'required' && f.ownership.kind === 'not-applicable',
  );
  // (people are judged as people: a profile read is fine, one with secrets is not)
  return known.has(modelKey(model)) && !PERSON_MODEL.test(modelKey(model)) && !refersToPerson(ctx.app.models, model);
}

/** A client value named as a row's own id: `id`, `roomId` or `room_id` for rooms, `slug`. */
function ownId(key: string, model: string): boolean {
  const leaf = (key.split('.').pop() ?? '').toLowerCase().replace(/_/g, '');
  return /^(?:id|slug)$/.test(leaf) || leaf === `${modelKey(model).toLowerCase().replace(/_/g, '')}id`;
}

/**
 * Models an intended-public catalogue route lists whole and unscoped (`GET /rooms` reading every active room); not a
 * list filtered on publication state, whose unpublished rows a read by id may reach.
 */
function publicCatalogue(model: string, ctx: CheckContext): boolean {
  const known = listedModels(
    CATALOGUES,
    ctx,
    (f) => f.public.intended && !f.public.exposesPrivate && !!f.public.reason?.startsWith('public catalogue'),
    true,
  );
  // (not someone's things, a seller's listings, that a route may take for the caller's own: a model whose fields are
  // unknown — no schema in the project — is judged by its public list alone)
  const info = ctx.app.models.get(modelKey(model));
  return (
    known.has(modelKey(model)) &&
    !PERSON_MODEL.test(modelKey(model)) &&
    !(info?.defined && info.fields.size > 0 && refersToPerson(ctx.app.models, model))
  );
}

/** What the route does to the object: a POST that loads one (a claim, an action) acts on it. */
function methodVerb(method: string, opVerb: string): string {
  if (method === 'DELETE') return 'deletes';
  if (method === 'PATCH' || method === 'PUT') return 'changes';
  if (method === 'POST' && opVerb === 'returns') return 'acts on';
  return opVerb;
}

function plural(word: string): string {
  return /(?:s|x|ch|sh)$/.test(word) ? `${word}es` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
}

function article(word: string): string {
  // by sound: "a user", "a one-time code", "an hour"
  if (/^(?:u[bcdfgklmnprstvz][aeiouy]|uni|use|usu|ut[ei]|eu|ew|one)/i.test(word)) return 'a';
  return /^(?:[aeiou]|hour|honou?r|heir)/i.test(word) ? 'an' : 'a';
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const PROVEN = new WeakMap<Endpoint, ReadonlySet<string>>();

/** What the route's middleware, and its handler, proved the caller's (`req.params.firmId` → `firmId`). */
function provenParams(e: Endpoint, app: AppFacts): ReadonlySet<string> {
  let proven = PROVEN.get(e);
  if (!proven) {
    const keys = [
      ...(app.links.get(e) ?? []).flatMap((l) => [...l.facts.provenKeys]),
      ...(app.flows.get(e) ?? []).flatMap((f) => [...f.provenKeys]),
    ];
    proven = new Set(keys.map(paramKey));
    PROVEN.set(e, proven);
  }
  return proven;
}

const BY_TENANT = new WeakMap<readonly Endpoint[], Map<string, Endpoint[]>>();

/** `/firms/{firmId}/members/{userId}` → `/firms/{firmId}`: the path up to its first parameter. */
function tenantPrefix(path: string): string | null {
  return /^(.*?\/\{\w+\})/.exec(path)?.[1] ?? null;
}

/** The routes under each first-parameter prefix, indexed once per scan. */
function underPrefix(all: readonly Endpoint[], prefix: string): Endpoint[] {
  let index = BY_TENANT.get(all);
  if (!index) {
    index = new Map();
    for (const o of all) {
      const key = tenantPrefix(o.path) ?? o.path;
      const list = index.get(key);
      if (list) list.push(o);
      else index.set(key, [o]);
    }
    BY_TENANT.set(all, index);
  }
  return index.get(prefix) ?? [];
}

/**
 * `POST /firms/{firmId}/members` that writes under `{firmId}` with no membership check, while every other route of
 * the collection (`GET /firms/{firmId}/members`, `DELETE /firms/{firmId}/members/{userId}`) proves the caller's
 * membership of it first: the one route that forgot lets anyone act in any firm.
 */
function unprovenTenant(e: Endpoint, ctx: CheckContext): Report | null {
  const f = e.facts;
  if (e.method === 'GET' || !f) return null;
  const write = f.data.find((a) => a.operation !== 'read' && a.operation !== 'list');
  const prefix = write ? tenantPrefix(e.path) : null;
  if (!write || !prefix) return null;
  const param = /\{(\w+)\}$/.exec(prefix)![1]!;
  if (provenParams(e, ctx.app).has(param)) return null;
  // (the prefix itself is a route too: `PATCH /firms/{firmId}`)
  const siblings = underPrefix(ctx.endpoints, prefix).filter(
    (o) => o !== e && (o.path === prefix || o.path.startsWith(`${prefix}/`)),
  );
  if (siblings.length === 0 || !siblings.every((o) => provenParams(o, ctx.app).has(param))) return null;
  return {
    message: `${endpointLabel(e)} acts within the {${param}} of the request without checking the caller's membership of it, which the collection's other routes check`,
    location: write.location,
    endpoint: e,
    confidence: 'medium',
    fix: ownershipFix(ctx.stack, e, write),
  };
}

/** Data layers that drop a filter whose value is `undefined` (so the filter matches every row). */
const DROPS_UNDEFINED = new Set(['prisma', 'mongoose']);

/**
 * A query scoped by the optional caller (`where: { patient: { userId: session?.user?.id } }`) on a route that lets an
 * anonymous caller through: the owner key's value is an optional chain that is `undefined` without a session.
 */
function optionalCallerScope(e: Endpoint, ctx: CheckContext): Report | null {
  const f = e.facts!;
  const scoped = f.data.find((a) => a.scopedToCaller && !!a.model && DROPS_UNDEFINED.has(a.layer));
  if (!scoped) return null;
  for (const flow of ctx.app.flows.get(e) ?? [])
    for (const h of e.handlers) {
      let at: Node | null = null;
      for (const root of h.statements ?? [h.fn])
        walk(root, (n) => {
          if (at) return false;
          if (n.type !== 'Property' || !OWNER_KEY.test(nameOf(n.key as Node) ?? '')) return undefined;
          // (an optional chain: `session?.user?.id`, undefined when there is no session)
          const raw = n.value as Node;
          const chain = raw.type === 'ChainExpression' || /\?\./.test(h.file.text.slice(raw.start, raw.end));
          if (chain && isUserValue(flow.env, raw)) at = n;
          return undefined;
        });
      if (!at) continue;
      const i = idiom(e.framework);
      return {
        message: `${endpointLabel(e)} scopes ${scoped.model} to the caller with an optional value: without a session the filter is undefined and every ${singular(scoped.model!)} matches`,
        location: locationOf(h.file, at),
        endpoint: e,
        fix: {
          summary: 'Turn anonymous callers away before the query',
          steps: [
            `Answer 401 when there is no signed-in user, before the query runs (then scope by ${i.user}).`,
            'Never build an owner filter from an optional chain: a missing value does not filter.',
          ],
          example:
            "const session = await auth();\nif (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });",
        },
      };
    }
  return null;
}

/** People join the model through a membership table of the project: one that refers to a person and to it. */
function joinedByMembers(model: ModelInfo, models: ReadonlyMap<string, ModelInfo>): boolean {
  for (const m of models.values()) {
    if (m === model || !m.defined || !MEMBERSHIP_MODEL.test(modelKey(m.name))) continue;
    const refs = [...m.fields].map((f) => referenceOf(f, m, models));
    if (refs.includes('person') && refs.includes(model)) return true;
  }
  return false;
}
