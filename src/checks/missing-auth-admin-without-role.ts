import { type CheckContext, defineCheck, type Report } from '../core/check.ts';
import type { ChainLink, Endpoint } from '../core/endpoint.ts';
import type { DataAccess, EndpointFacts } from '../core/facts.ts';
import type { FlowResult } from '../facts/flow.ts';
import { isOrdinaryRole, paramKey, roleArgument } from '../facts/index.ts';
import { belongsToNoOne, type ModelInfo, modelKey, PERSON_MODEL } from '../facts/models.ts';
import { type Node, unwrap } from '../parse/ast.ts';
import { locationOf } from '../parse/source.ts';
import { endpointLabel } from './_idiom.ts';
import { isAdminPath, isAuthFlow } from './_predicates.ts';

/**
 * The resource's other write routes require a role (`POST /products` behind `requireRole('ADMIN')`) but this
 * one does not: a forgotten guard, the most common function-level authorization bug.
 */
const GUARDED = new WeakMap<
  Endpoint[],
  { writes: Map<string, Endpoint>; reads: Map<string, Endpoint>; decorated: Map<string, Endpoint> }
>();

function roleGuardedSibling(e: Endpoint, all: Endpoint[], ctx: CheckContext, samePathOnly = false): string | null {
  if (e.method === 'GET' || e.method === 'HEAD' || e.method === 'OPTIONS') return null;
  // the handler decides by role itself (`if (user.role === 'DRIVER' && trip.driverId !== user.driverId) 403`): the
  // other roles act on the record by design, and the one it binds only on its own — that is the BOLA check's question
  if ((ctx.app.flows.get(e) ?? []).some((f) => f.ownershipChecks.some((c) => c.forRole))) return null;
  // index the role-guarded write routes by collection once per scan (…and the role-guarded reads of one object by
  // their path: `GET /owners/{id}` behind `requireStaff` makes a `DELETE /owners/{id}` without it a forgotten guard)
  let index = GUARDED.get(all);
  if (!index) {
    const byResource = new Map<string, Endpoint>();
    const reads = new Map<string, Endpoint>();
    // (the writes of each path whose role a decorator asks of a guard, `@SponsorRoles('ADMIN')` on `PATCH
    // /sponsors/{id}/members/{memberId}`: see unaskedRolesOnly)
    const decorated = new Map<string, Endpoint>();
    index = { writes: byResource, reads, decorated };
    for (const o of all) {
      // (a role within the addressed object, `requireMembership(['owner'])` on `/groups/{groupId}`, rules that object
      // only: creating another group is not that role's function)
      const owned = o.facts?.ownership.kind === 'checked-after-load' || o.facts?.ownership.kind === 'query-scoped';
      // (…or read off the caller's membership of it: `membership.role === 'member'` after `getMembership(groupId, me)`;
      // also of a group the body names, `requireMembership(body.teamId, me, ['facilitator'])` to add a board to it)
      const member = o.facts?.data.some((a) => a.membership) ?? false;
      const objectRole =
        (owned && o.path.includes('{')) ||
        (member && (o.path.includes('{') || !!o.facts?.data.some((a) => a.membership && a.clientKeys.length > 0)));
      // (…and a role of the app's ordinary users, `requireRole('PARENT')` to link a child, makes no staff function)
      // (…named by a role middleware, or compared in the handler: `else if (user.role !== 'STUDENT') throw 403`)
      const roles = [
        ...(ctx.app.links.get(o) ?? [])
          .filter((l) => l.facts.roles.has('role'))
          .flatMap((l) => admittedRoles(l.link, ctx)),
        ...(ctx.app.flows.get(o) ?? []).flatMap((f) =>
          f.roleChecks.flatMap((n) =>
            [...f.env.file.text.slice(n.start, n.end).matchAll(/['"`]([A-Za-z][\w-]*)['"`]/g)].map((m) => m[1]!),
          ),
        ),
      ];
      const ordinaryOnly = roles.length > 0 && roles.every((r) => isOrdinaryRole(r));
      if (
        o.method !== 'GET' &&
        !ordinaryOnly &&
        !decorated.has(o.path) &&
        (ctx.app.links.get(o) ?? []).some((l) => l.link.hint?.kind === 'role' && l.facts.roles.has('role'))
      )
        decorated.set(o.path, o);
      if (o.facts?.roleCheck && o.facts.auth.status === 'required' && !objectRole && !ordinaryOnly) {
        if (o.method !== 'GET') {
          const key = resourceOf(o.path);
          if (!byResource.has(key)) byResource.set(key, o);
        } else if (o.path.endsWith('}') && !reads.has(o.path)) reads.set(o.path, o);
      }
    }
    GUARDED.set(all, index);
  }
  const guarded = samePathOnly
    ? index.decorated.get(e.path)
    : (index.writes.get(resourceOf(e.path)) ?? (e.method === 'DELETE' ? index.reads.get(e.path) : undefined));
  return guarded && guarded !== e ? `${guarded.method} ${guarded.path}` : null;
}

const UPLOAD_MODEL = /file|upload|image|media|attachment|photo|avatar|document|asset|blob/i;

const ROLES = new WeakMap<Endpoint[], boolean>();

function appHasRoles(all: Endpoint[]): boolean {
  let known = ROLES.get(all);
  if (known === undefined) {
    known = all.some((o) => o.facts?.roleCheck);
    ROLES.set(all, known);
  }
  return known;
}

/** The model every write of the endpoint changes, when each is a record that belongs to no one. */
function catalogueWrite(e: Endpoint, models: ReadonlyMap<string, ModelInfo>): string | null {
  // (a counter moved on a record the caller uses, `$inc: { uses: 1 }` on a redeemed promo code, edits nothing)
  const writes = (e.facts?.data ?? []).filter((a) => a.operation !== 'read' && a.operation !== 'list' && !a.countsOnly);
  if (writes.length === 0) return null;
  // uploads are every user's own content even when the table records no uploader
  return writes.every(
    (a) =>
      a.model &&
      a.operation !== 'query' &&
      !UPLOAD_MODEL.test(a.model) &&
      // (a record's list relations refer to it and make it no one's when it is changed; a new one may be its creator's,
      // as a group is)
      (belongsToNoOne(models, a.model, a.operation !== 'create') || appSettings(a)),
  )
    ? writes[0]!.model
    : null;
}

/** The app's own settings (`clinicSettings.update({ where: { id: 1 } })`), not one user's preferences. */
const SETTINGS_MODEL = /^(?:\w*settings?|\w*config(?:uration)?s?|feature_?flags?)$/i;

function appSettings(a: DataAccess): boolean {
  return !!a.model && SETTINGS_MODEL.test(a.model) && !a.scopedToCaller && !a.byClientId && !a.ownerFromClient;
}

const ACCOUNTS_PATH = /^[^{}]*\/(?:users|accounts|members|customers|people|profiles)$/i;
const ROLE_FIELD_NAME = /^(?:role|roles|is_?admin|is_?staff|user_?type|account_?type|permissions)$/i;

/** A `GET` that sends every account of the app whole, where accounts have roles (a role field or role checks). */
function everyAccount(e: Endpoint, ctx: CheckContext): boolean {
  const f = e.facts;
  // the collection of accounts itself (`/api/users`), not people within something (`/rooms/{id}/members`, `/vets`)
  if (!f || e.method !== 'GET' || f.response.kind !== 'whole-record' || !ACCOUNTS_PATH.test(e.path)) return false;
  const all = f.data.find(
    (a) =>
      a.operation === 'list' &&
      a.layer !== 'memory' &&
      !!a.model &&
      PERSON_MODEL.test(modelKey(a.model)) &&
      !a.scopedToCaller &&
      !a.byClientId &&
      !a.ownerFromClient &&
      !a.publicRow &&
      !a.filterFromClient,
  );
  if (!all?.model) return false;
  const people = ctx.app.models.get(modelKey(all.model));
  return appHasRoles(ctx.endpoints) || [...(people?.fields ?? [])].some((x) => ROLE_FIELD_NAME.test(x));
}

/** `/api/v1/products/{id}` → `/api/v1/products`; nested collections (`/jobs/{id}/applications`) stay themselves */
function resourceOf(path: string): string {
  return path.replace(/\/\{[^}]+\}$/, '');
}

/** Business reports over everyone's records: revenue, sales, analytics. */
const REPORT_SEGMENT = /^(?:reports?|analytics|revenue|earnings|sales|kpis?|financials?)$/i;
/** Exports (`/guests/export`): a report when what they list is people. */
const EXPORT_SEGMENT = /^exports?$/i;

/**
 * `GET /billing/reports/revenue` summing every invoice, in an app with roles: a report over all users' records is
 * for staff. (A report of the caller's own records is scoped to the caller, and stays silent.) So is an export of
 * every guest's contact details (`GET /guests/export` listing the users table); an export of the catalogue is not.
 */
function businessReport(e: Endpoint): boolean {
  const f = e.facts;
  // `/billing/reports/revenue`, not the service reports of one property (`/properties/{id}/reports`)
  const segments = e.path.split('/');
  const at = (re: RegExp) => segments.some((s, i) => re.test(s) && !segments[i - 1]?.startsWith('{'));
  if (!f) return false;
  const reads = f.data.filter((a) => a.operation === 'read' || a.operation === 'list' || a.operation === 'query');
  const report =
    at(REPORT_SEGMENT) ||
    (at(EXPORT_SEGMENT) &&
      reads.some((a) => a.operation === 'list' && !!a.model && PERSON_MODEL.test(modelKey(a.model))));
  return (
    report &&
    reads.length > 0 &&
    reads.length === f.data.length &&
    !f.data.some((a) => a.scopedToCaller || a.ownerFromClient || a.byClientId)
  );
}

/**
 * A write route with no object in its path that reads every row of a table people own (no filter by the caller, the
 * client or publication) and writes rows from them: a batch job over everyone's records.
 */
function batchOverEveryone(e: Endpoint, models: ReadonlyMap<string, ModelInfo>): boolean {
  const f = e.facts;
  if (!f || e.method === 'GET' || e.path.includes('{') || isAuthFlow(e)) return false;
  const everyone = f.data.some(
    (a) =>
      a.operation === 'list' &&
      // (a count that only decides, `countOverlapping(…) > 0` for a clash, runs over no one's records)
      !a.referenceOnly &&
      !!a.model &&
      a.layer !== 'memory' &&
      !a.scopedToCaller &&
      !a.byClientId &&
      !a.ownerFromClient &&
      !a.publicRow &&
      !a.filterFromClient &&
      // (a table the app defines: `doc.find('//note')` on a parsed XML document is no store of rows)
      !!models.get(modelKey(a.model))?.defined &&
      !belongsToNoOne(models, a.model),
  );
  const writes = f.data.some((a) => a.operation === 'create' || a.operation === 'update' || a.operation === 'delete');
  return everyone && writes && !f.data.some((a) => a.scopedToCaller);
}

/** An action that grants or removes privileges on an addressed account: `/users/{id}/role`, `/members/{id}/promote`. */
const ROLE_GRANT = /\/\{[^}]+\}\/(?:role|roles|permissions|promote|demote|make-admin|grant-admin)$/i;

/** Deciding on what someone else asked for: `/payouts/{id}/approve`, `/refunds/{id}/reject`, `/users/{id}/ban`. */
const DECISION =
  /^(.*?)\/\{[^}]+\}\/(?:approve|reject|deny|decline|refund|suspend|ban|unban|disburse|waive|void|verify(?:-[a-z]+)?|unverify|feature|unfeature|write-?off|resolve|revoke|reinstate|assign|credit-?limit|quota|discount|balance-?adjustments?|adjust-?balance)$/i;

/**
 * `PATCH /payouts/{id}/approve` with no role check, beside `GET /payouts/pending` behind one: a decision on other
 * people's requests in a collection whose other routes are role-gated is the staff's function.
 */
function unguardedDecision(e: Endpoint, all: Endpoint[], flows: readonly FlowResult[] = []): boolean {
  const f = e.facts;
  const collection = DECISION.exec(e.path)?.[1];
  if (!f || !collection || e.method === 'GET') return false;
  // deciding within an object of the path the caller was proven to run (`/teams/{teamId}/…/approve` after the team was
  // read for the caller, its manager): that object's own function, not the staff's (whether the decided record is
  // of that object is the BOLA check's question)
  if (
    f.data.some(
      (a) => a.scopedToCaller && a.byClientId && a.clientKeys.some((k) => e.path.includes(`{${paramKey(k)}}`)),
    )
  )
    return false;
  // (…or loaded by it and compared with the caller: `if (ticket.customer_id !== req.user.id) 404` on `/tickets/{id}/
  // quotes/{quoteId}/approve` — the customer decides on their own ticket's quote)
  const checked = new Set(flows.flatMap((fl) => fl.ownershipChecks.flatMap((c) => [...c.vars])));
  if (
    f.data.some(
      (a) =>
        a.byClientId &&
        !!a.resultVar &&
        checked.has(a.resultVar) &&
        a.clientKeys.some((k) => e.path.includes(`{${paramKey(k)}}`)),
    )
  )
    return false;
  // it changes a record picked by the client, not one of the caller's own (also loaded first, then saved:
  // `institution.isVerified = true; await repo.save(institution)`)
  const writes = (a: DataAccess) => a.operation !== 'read' && a.operation !== 'list';
  const picked = f.data.filter((a) => a.byClientId && !a.scopedToCaller);
  if (
    !picked.some(writes) &&
    !f.data.some(
      (a) =>
        writes(a) &&
        !a.scopedToCaller &&
        picked.some((p) => !!p.model && !!a.model && modelKey(p.model) === modelKey(a.model)),
    )
  )
    return false;
  // (decision routes are few: a scan of the endpoints for each is cheap)
  return (
    all.some((o) => o !== e && o.facts?.roleCheck && (o.path === collection || o.path.startsWith(`${collection}/`))) ||
    // approving a payout, suspending an account: in an app with roles, only staff decide these on others' records
    (STAFF_DECISION.test(e.path) && appHasRoles(all))
  );
}

/**
 * Decisions that are staff's by their nature, wherever the route sits: `/payouts/{id}/approve`, `/users/{id}/suspend`,
 * `/companies/{id}/credit-limit`.
 */
const STAFF_DECISION =
  /\/\{[^}]+\}\/(?:approve|disburse|suspend|ban|unban|reinstate|waive|void|write-?off|credit-?limit|verify(?:-[a-z]+)?|balance-?adjustments?|adjust-?balance)$/i;

/** Roles that may grant roles: administrators, and owners of what the roles are within. */
const GRANTING_ROLE = /admin|superuser|super_user|owner|root/i;

const GRANTING_NAMED = new WeakMap<object, boolean>();

/** Some role check of the app admits an administrator, an owner or a superuser by name. */
function appNamesGrantingRole(ctx: CheckContext): boolean {
  const known = GRANTING_NAMED.get(ctx.app);
  if (known !== undefined) return known;
  let named = false;
  for (const e of ctx.endpoints) {
    for (const { link, facts } of ctx.app.links.get(e) ?? [])
      if (facts.roles.has('role') && admittedRoles(link, ctx).some((r) => GRANTING_ROLE.test(r))) named = true;
    if (named) break;
  }
  GRANTING_NAMED.set(ctx.app, named);
  return named;
}

/**
 * The roles below an administrator that every role check of the route lets through (`@Roles('editor', 'admin')`):
 * none when one of its checks (a router's `requireRole('coordinator', 'admin')`, then the route's `requireRole('admin')`)
 * names only roles that may grant roles, or names none the check can be read for.
 */
function lesserRoles(e: Endpoint, ctx: CheckContext, lesser: (role: string) => boolean): string[] {
  let found: string[] = [];
  for (const { link, facts } of ctx.app.links.get(e) ?? []) {
    if (!facts.roles.has('role')) continue;
    const names = admittedRoles(link, ctx);
    const below = names.filter(lesser);
    if (names.length === 0 || below.length === 0) return [];
    found = below;
  }
  return found;
}

/**
 * The roles a role link names: its call's arguments (`requireRole('ADMIN', 'LANDLORD')`, also behind a constant,
 * `const requireManager = requireRole('ADMIN', 'LANDLORD')`) and those its hint quotes (`@Roles(...)`).
 */
function admittedRoles(link: ChainLink, ctx: CheckContext): string[] {
  let call = unwrap(link.node);
  if (call?.type === 'Identifier') {
    const v = ctx.resolver.valueOf(link.file, call);
    call = v.kind === 'node' ? unwrap(v.node) : call;
  }
  const args =
    call?.type === 'CallExpression'
      ? (call.arguments as Node[]).flatMap((a) => roleArgument(ctx.resolver, link.file, a))
      : [];
  // (`@CheckAbility('manage', 'User')`, `@CheckPolicies(…)`: an action on a subject, no role named)
  const hinted = link.hint?.detail ?? '';
  const detail = ABILITY_DECORATOR.test(hinted)
    ? []
    : [...hinted.matchAll(/['"`]([A-Za-z][\w-]*)['"`]/g)].map((m) => m[1]!);
  return [...new Set([...args, ...detail].filter((r) => r !== ''))];
}

/** Decorators that name an action on a subject (`@CheckAbility('manage', 'User')`), not roles. */
const ABILITY_DECORATOR = /@\w*(?:Abilit(?:y|ies)|Polic(?:y|ies)|Permissions?|Can)\w*\s*\(/;

/** A role of the app's ordinary users (a landlord, a coach), not of its operators: the admin area is not theirs. */
function ordinaryRole(role: string): boolean {
  return isOrdinaryRole(role) && !GRANTING_ROLE.test(role);
}

const AREAS = new WeakMap<Endpoint[], Map<string, Set<string>>>();

/**
 * `GET /organizer/events/{id}/sales` beside `POST /organizer/events` behind `requireRole('organizer')`: the path is the
 * area of a role its neighbours require by name, and this route forgot the guard. The segment naming the area.
 */
function roleArea(e: Endpoint, ctx: CheckContext): string | null {
  // (the caller's own corner of an area, `/translators/me/payouts/{id}`, is theirs whatever their role)
  if (/\/me(?:\/|$)/.test(e.path)) return null;
  let areas = AREAS.get(ctx.endpoints);
  if (!areas) {
    // path prefix → the roles that routes under it require by name, indexed once per scan
    areas = new Map();
    for (const o of ctx.endpoints) {
      if (!o.facts?.roleCheck) continue;
      const link = ctx.app.links.get(o)?.find((l) => l.facts.roles.has('role'))?.link;
      const call = link ? unwrap(link.node) : null;
      if (!link || call?.type !== 'CallExpression') continue;
      const roles = (call.arguments as Node[]).flatMap((a) =>
        roleArgument(ctx.resolver, link.file, a).map((r) => r.toLowerCase()),
      );
      if (roles.length === 0) continue;
      let prefix = '';
      for (const seg of o.path.split('/').filter(Boolean)) {
        if (seg.startsWith('{')) break;
        prefix += `/${seg}`;
        const set = areas.get(prefix) ?? new Set<string>();
        areas.set(prefix, set);
        for (const r of roles) set.add(r!);
      }
    }
    AREAS.set(ctx.endpoints, areas);
  }
  let prefix = '';
  for (const seg of e.path.split('/').filter(Boolean)) {
    if (seg.startsWith('{')) break;
    prefix += `/${seg}`;
    const role = seg.toLowerCase();
    const named = areas.get(prefix);
    if (named && (named.has(role) || named.has(role.replace(/s$/, '')))) return seg;
  }
  return null;
}

/** Every role check of the route is a guard's comparison with roles no decorator of the route asks for. */
function unaskedRolesOnly(e: Endpoint, ctx: CheckContext): boolean {
  const roleLinks = (ctx.app.links.get(e) ?? []).filter((l) => l.facts.roles.has('role'));
  return (
    roleLinks.length > 0 &&
    roleLinks.every((l) => l.link.rolesUnasked) &&
    !(ctx.app.flows.get(e) ?? []).some((f) => f.roleChecks.length > 0 && f.rejects)
  );
}

/** Why a signed-in route without a role check is an admin function; `detail` names what the message needs. */
interface Unguarded {
  kind:
    | 'declared'
    | 'admin'
    | 'sibling'
    | 'catalogue'
    | 'grant'
    | 'decision'
    | 'signed-decision'
    | 'report'
    | 'batch'
    | 'moderation'
    | 'accounts'
    | 'area'
    | 'account-role'
    | 'account-deletion';
  detail?: string;
}

/** Reasons read off what the route does rather than where it sits: reported with medium confidence. */
const MEDIUM: ReadonlySet<Unguarded['kind']> = new Set(['catalogue', 'report', 'batch', 'accounts']);

/** The first reason the route is an admin function, in the order they are judged; null when it is none. */
function unguardedFunction(e: Endpoint, ctx: CheckContext, f: EndpointFacts): Unguarded | null {
  // `@Roles('HR_ADMIN')` on a controller the roles guard is not applied to: the route says whom it is for
  if (e.unenforced) return { kind: 'declared', detail: e.unenforced.detail };
  if (isAdminPath(e, ctx.app.models)) return { kind: 'admin' };
  // a route behind one fixed credential (`bearerAuth({ token: env.PARTNER_TOKEN })`) serves whoever was given it: there
  // is no signed-in user to hold a role
  if (fixedCredential(e, ctx)) return null;
  // an owner changing their own record (`updateMany({ where: { id, ownerId: me } })`) needs no creator role
  const ownsIt = f.ownership.kind === 'query-scoped' || f.ownership.kind === 'checked-after-load';
  const sibling = ownsIt ? null : roleGuardedSibling(e, ctx.endpoints, ctx);
  if (sibling) return { kind: 'sibling', detail: sibling };
  // in an app that has roles, changing records that belong to no one (the catalogue: lots, pharmacies, products)
  // is the staff's job, not every signed-in user's
  const catalogue =
    !ownsIt && e.method !== 'GET' && appHasRoles(ctx.endpoints) ? catalogueWrite(e, ctx.app.models) : null;
  if (catalogue) return { kind: 'catalogue', detail: catalogue };
  // `PUT /members/{id}/role`: granting roles to someone is an administrator's function wherever the route sits
  // (an account picked by the client within the caller's tenant is still someone else's: the tenant scope is no
  // ownership of it)
  const person = (a: DataAccess) => !!a.model && PERSON_MODEL.test(modelKey(a.model));
  const otherAccount = f.data.some((a) => a.operation === 'update' && a.byClientId && person(a));
  // (…also one looked up first by the client's id and then changed by the row's own: `target = findFirst({ where: {
  // id, companyId } })`, `update({ where: { id: target.id }, data: { role } })`)
  const pickedAccount =
    f.data.some((a) => a.operation === 'read' && a.byClientId && person(a)) &&
    f.data.some((a) => a.operation === 'update' && person(a));
  if ((!ownsIt || otherAccount || pickedAccount) && e.method !== 'GET' && ROLE_GRANT.test(e.path))
    return { kind: 'grant' };
  // `DELETE /users/{id}` removing whichever account the client names: closing other people's accounts is the
  // administrators' function, in an app with roles
  if (
    !ownsIt &&
    e.method === 'DELETE' &&
    appHasRoles(ctx.endpoints) &&
    f.data.some(
      (a) =>
        a.operation === 'delete' &&
        a.byClientId &&
        !a.scopedToCaller &&
        // (an account: not a guest of a wedding or a player of a team, whom their organiser manages)
        /^(?:user|account|profile)$/.test(modelKey(a.model ?? '')),
    )
  )
    return { kind: 'account-deletion' };
  // `profiles.update({ banned_at: now }).eq('id', params.userId)`: banning or suspending someone else's account
  if ((!ownsIt || otherAccount) && e.method !== 'GET' && moderatesAccount(e, f)) return { kind: 'moderation' };
  // `prisma.user.create({ data: { email, role: dto.role } })`: making accounts with whatever role the client names
  if (e.method === 'POST' && createsAccountWithClientRole(f, ctx.app.models)) return { kind: 'account-role' };
  if (!ownsIt && unguardedDecision(e, ctx.endpoints, ctx.app.flows.get(e))) return { kind: 'decision' };
  // `findOneAndUpdate({ _id: body.payoutId }, { status, processedBy: session.id })`: the caller signs as the one who
  // processed someone's request — the back office's function, in an app with roles
  // (a row filtered on its state, `status: { $in: ['requested', 'approved'] }`, is no row of the caller's: only a
  // comparison with the caller counts here)
  if (
    f.ownership.kind !== 'checked-after-load' &&
    e.method !== 'GET' &&
    appHasRoles(ctx.endpoints) &&
    signsDecision(e, f)
  )
    return { kind: 'signed-decision' };
  if (!ownsIt && f.ownership.kind !== 'query-scoped' && appHasRoles(ctx.endpoints) && businessReport(e))
    return { kind: 'report' };
  // `POST /invoices/run`: a job over every user's records (all active memberships billed at once) is the operator's
  if (appHasRoles(ctx.endpoints) && batchOverEveryone(e, ctx.app.models)) return { kind: 'batch' };
  // `GET /users` answering every account whole (hashes, e-mails, roles) where people have roles: the user
  // administration screen, not a directory (a directory picks what it shows)
  if (everyAccount(e, ctx)) return { kind: 'accounts' };
  const area = ownsIt ? null : roleArea(e, ctx);
  return area ? { kind: 'area', detail: area } : null;
}

/** Fields that lock someone out of their account: a ban, a suspension, a block, a disabled account. */
const MODERATION_FIELD =
  /\b(?:banned(?:_?at|_?until)?|is_?banned|bannedAt|bannedUntil|suspended(?:_?at|_?until)?|is_?suspended|suspendedAt|suspendedUntil|is_?blocked|blocked_?at|blockedAt|locked_?out|disabled_?at|disabledAt|is_?disabled|deactivated_?at|deactivatedAt)\s*:/;

/**
 * The caller written in as the one who decided on a record: `processedBy: session.id`, `approved_by: req.user.id`,
 * `reviewedById: me.id`.
 */
const SIGNED_DECISION =
  /\b(?:processed|approved|reviewed|decided|rejected|disbursed|verified|moderated)_?[Bb]y(?:_?[Ii]d)?\s*:\s*(?:req\.user|request\.user|ctx\.state\.user|session|currentUser|user|me|caller|actor|admin|reviewer)\b/;

/** The route changes a record the client picks (none of the caller's) and signs the caller in as its decider. */
function signsDecision(e: Endpoint, f: EndpointFacts): boolean {
  return (
    f.data.some((a) => a.operation === 'update' && a.byClientId) &&
    !f.data.some((a) => a.scopedToCaller) &&
    e.handlers.some((h) => SIGNED_DECISION.test(h.file.text.slice(h.fn.start, h.fn.end)))
  );
}

/** An account switched off: `active: false`, `isActive: false`, `enabled: false`. */
const DEACTIVATES = /\b(?:is_?)?(?:active|enabled)\s*:\s*false\b/;

/** The route changes an account the client picks (not the caller's) and writes a ban or a suspension into it. */
function moderatesAccount(e: Endpoint, f: EndpointFacts): boolean {
  // (an account of the caller's own tenant picked by the client is still someone else's: the tenant scope is no
  // ownership of it)
  const other = f.data.some(
    (a) => a.operation === 'update' && a.byClientId && !!a.model && PERSON_MODEL.test(modelKey(a.model)),
  );
  return (
    other &&
    e.handlers.some((h) => {
      const text = h.file.text.slice(h.fn.start, h.fn.end);
      return MODERATION_FIELD.test(text) || DEACTIVATES.test(text);
    })
  );
}

/** A row that refers to a user account: a membership of something (`Member { workspaceId, userId, role }`), no account. */
const USER_REFERENCE = /^(?:user|user_?id|account_?id)$/i;

/** The route creates a person's account and writes a role the client sent into it. */
function createsAccountWithClientRole(f: EndpointFacts, models: ReadonlyMap<string, ModelInfo>): boolean {
  return f.data.some(
    (a) =>
      a.operation === 'create' &&
      a.writesClientRole &&
      !!a.model &&
      PERSON_MODEL.test(modelKey(a.model)) &&
      ![...(models.get(modelKey(a.model))?.fields ?? [])].some((x) => USER_REFERENCE.test(x)),
  );
}

const FIXED_CREDENTIAL = /^(?:bearerAuth|basicAuth)\(\s*\{[\s\S]*\b(?:token|username)\s*:/;

/** The route's authentication is a credential written into the app's configuration, not a user's sign-in. */
function fixedCredential(e: Endpoint, ctx: CheckContext): boolean {
  return (ctx.app.links.get(e) ?? []).some(
    ({ link, facts }) =>
      facts.roles.has('auth') && FIXED_CREDENTIAL.test(link.file.text.slice(link.node.start, link.node.end)),
  );
}

/** A route whose role check admits more than administrators: the report, with the fix said in the route's idiom. */
function roleCheckTooWide(e: Endpoint, message: string, summary: string, steps: string[]): Report {
  return {
    message,
    location: locationOf(e.file, e.node),
    endpoint: e,
    fix: {
      summary,
      steps,
      example: e.framework === 'nestjs' ? "@Roles('admin')" : "adminRouter.use(requireAuth, requireRole('admin'));",
    },
  };
}

function messageFor(label: string, why: Unguarded): string {
  const anyone = 'yet any signed-in user can call it (no role check)';
  switch (why.kind) {
    case 'declared':
      return `${label} declares ${why.detail}, but no guard on the route enforces it: any signed-in user can call it`;
    case 'admin':
      return `${label} is an admin route but any signed-in user can call it (no role check)`;
    case 'sibling':
      return why.detail?.startsWith('GET ')
        ? `${label} deletes what only a role may read (${why.detail} requires one), but any signed-in user can call it`
        : `${label} changes the same resource as ${why.detail}, which requires a role, but any signed-in user can call it`;
    case 'catalogue':
      return `${label} changes ${why.detail} records, which belong to no user, ${anyone}`;
    case 'grant':
      return `${label} changes another account's role or permissions, ${anyone}`;
    case 'account-role':
      return `${label} creates accounts with the role the client names, ${anyone}`;
    case 'account-deletion':
      return `${label} deletes whichever user account the client names, ${anyone}`;
    case 'decision':
      return `${label} decides on other users' requests, as routes of the same collection that require a role do, ${anyone}`;
    case 'signed-decision':
      return `${label} records the caller as the one who decided on a request the client picks (a back-office function), ${anyone}`;
    case 'report':
      return `${label} reports on every user's records, ${anyone}`;
    case 'moderation':
      return `${label} locks another account out (bans, suspends or disables it), ${anyone}`;
    case 'batch':
      return `${label} runs over every user's records at once, ${anyone}`;
    case 'accounts':
      return `${label} lists every account whole, ${anyone}`;
    case 'area':
      return `${label} sits in the ${why.detail} area, whose other routes require the ${why.detail} role, ${anyone}`;
  }
}

export default defineCheck({
  meta: {
    id: 'missing-auth-admin-without-role',
    kind: 'check',
    title: 'Admin function reachable by any signed-in user',
    category: 'missing-auth',
    severity: 'high',
    description:
      'An admin-only route checks that the caller is signed in but not that the caller is an admin (broken function-level authorization).',
    owasp: 'API5:2023',
    cwe: 'CWE-285',
  },
  endpoint(e, ctx) {
    const f = e.facts;
    // `PATCH /admin/users/{id}/role` behind `@Roles('editor', 'admin')`: granting roles is an administrator's function,
    // and the check lets a lesser role through too
    // (in an app whose role checks never name an administrator, the highest role there is grants: moderators of a
    // community with members and moderators manage who moderates)
    if (
      f?.auth.status === 'required' &&
      f.roleCheck &&
      e.method !== 'GET' &&
      ROLE_GRANT.test(e.path) &&
      appNamesGrantingRole(ctx)
    ) {
      const lesser = lesserRoles(e, ctx, (r) => !GRANTING_ROLE.test(r));
      if (lesser.length > 0)
        return roleCheckTooWide(
          e,
          `${endpointLabel(e)} changes another account's role or permissions, yet its role check also lets the ${lesser.join(', ')} role through`,
          'Let only administrators grant roles',
          [
            'Require the administrator role alone on routes that change roles or permissions.',
            'Check that a decorator or middleware on the route does not widen the role list of its controller or router.',
          ],
        );
    }
    // `GET /admin/stats` behind `requireRole('ADMIN', 'LANDLORD')`: the admin area, opened to an ordinary role too
    if (f?.auth.status === 'required' && f.roleCheck && isAdminPath(e, ctx.app.models)) {
      const ordinary = lesserRoles(e, ctx, ordinaryRole);
      if (ordinary.length > 0)
        return roleCheckTooWide(
          e,
          `${endpointLabel(e)} is an admin route, yet its role check also lets the ${ordinary.join(', ')} role through`,
          'Let only administrators into the admin area',
          [
            'Require the administrator role alone on the admin routes.',
            'If another role needs some of this data, give it a route of its own scoped to what that role owns.',
          ],
        );
    }
    if (f?.auth.status !== 'required') return null;
    // a group guard that compares roles only when a decorator asks for some (`@SponsorRoles('ADMIN')`), on a route that
    // asks for none, beside a write of the same path that does: the decorator forgotten
    const unasked = f.roleCheck && unaskedRolesOnly(e, ctx) ? roleGuardedSibling(e, ctx.endpoints, ctx, true) : null;
    if (f.roleCheck && !unasked) return null;
    const why: Unguarded | null = unasked ? { kind: 'sibling', detail: unasked } : unguardedFunction(e, ctx, f);
    if (!why) return null;
    return {
      message: messageFor(endpointLabel(e), why),
      location: locationOf(e.file, e.node),
      endpoint: e,
      ...(MEDIUM.has(why.kind) ? { confidence: 'medium' as const } : {}),
      fix: {
        summary: 'Check the caller’s role before running an admin function',
        steps: [
          'Add a role check after authentication (a `requireRole("admin")` middleware, a roles guard, or an explicit check in the handler that answers 403).',
          'Apply it to the whole admin router so new admin routes are covered too.',
        ],
        example:
          e.framework === 'nestjs'
            ? "@UseGuards(JwtAuthGuard, RolesGuard)\n@Roles('admin')"
            : "function requireRole(role) {\n  return (req, res, next) => req.user?.role === role ? next() : res.status(403).json({ error: 'Forbidden' });\n}\nadminRouter.use(requireAuth, requireRole('admin'));",
      },
    };
  },
});
