import type { AppInfo, ChainLink, Endpoint, Inventory } from '../core/endpoint.ts';
import type { AuthFact, DataAccess, EndpointFacts, OwnershipFact, ResponseFact } from '../core/facts.ts';
import { SRC } from '../core/facts.ts';
import type { Location } from '../core/location.ts';
import type { Diagnostic } from '../core/report.ts';
import type { Node } from '../parse/ast.ts';
import {
  calleeName,
  isFunction,
  memberLeaf,
  memberPath,
  nameOf,
  parentOf,
  returnedExpressions,
  stringValue,
  unwrap,
  walk,
} from '../parse/ast.ts';
import type { Project } from '../parse/project.ts';
import type { Resolver } from '../parse/resolve.ts';
import { locationOf, type SourceFile } from '../parse/source.ts';
import { MEMBERSHIP_MODEL } from './data-access.ts';
import { analyzeFunction, type FlowResult, isUserValue, SHAPE_CALL } from './flow.ts';
import { classifyLink, type LinkFacts } from './links.ts';
import {
  belongsToNoOne,
  collectModels,
  FINANCIAL_FIELD,
  INTERNAL_FIELD,
  type ModelInfo,
  modelKey,
  PERSON_MODEL,
  PERSONAL_FIELD,
  PERSONISH_FIELD,
  refersToPerson,
  SENSITIVE_FIELD,
} from './models.ts';
import { intendedPublic, publicLikeItsList } from './public.ts';
import { PRIVILEGED_ROLE, SUBJECT_ROLE } from './role-branch.ts';
import { type NumericFields, numericFields } from './schema-types.ts';

/** Facts about the whole application, beside the per-endpoint facts. */
export interface AppFacts {
  models: Map<string, ModelInfo>;
  /** every chain link's classification, by endpoint */
  links: Map<Endpoint, { link: ChainLink; facts: LinkFacts }[]>;
  /** the analysis of every endpoint's handler(s) */
  flows: Map<Endpoint, FlowResult[]>;
  /** some rate limiter exists somewhere in the app */
  rateLimiter: string | null;
  /** some endpoint requires authentication */
  anyAuth: boolean;
  apps: AppInfo[];
}

export function attachFacts(inventory: Inventory, project: Project, resolver: Resolver): AppFacts {
  const models = collectModels(project);
  const app: AppFacts = {
    models,
    links: new Map(),
    flows: new Map(),
    rateLimiter: null,
    anyAuth: false,
    apps: inventory.apps,
  };
  for (const a of inventory.apps) {
    for (const link of a.globalMiddleware) {
      const f = classifyLink(resolver, link);
      if (f.roles.has('rate-limit')) app.rateLimiter ??= link.name;
    }
  }
  for (const e of inventory.endpoints) {
    // (an endpoint whose code the analysis cannot read — a defect of ours — loses its own findings, not the scan)
    try {
      analyseEndpoint(e);
    } catch (err) {
      app.links.set(e, []);
      app.flows.set(e, []);
      project.diagnostics.push(analysisFailed(e, err));
    }
  }
  function analyseEndpoint(e: Endpoint): void {
    const links = e.chain.map((link) => ({ link, facts: classifyLink(resolver, link) }));
    const trustHeaders = links.some((l) => l.facts.roles.has('auth'));
    // a schema middleware that strictly checks the body and hands the handler only what it let through
    const validatedBody = links.some((l) => {
      const v = l.facts.validation;
      return !!v?.replaces && !v.keepsUnknown && (v.target === 'body' || v.target === 'all');
    });
    // …or one that checks it but hands undeclared keys on (`zValidator('json', schema.passthrough())`)
    const looseBody = links.some((l) => {
      const v = l.facts.validation;
      return !!v?.keepsUnknown && (v.target === 'body' || v.target === 'all');
    });
    const numeric = schemaNumbers(resolver, links);
    const flows = e.handlers.map((h) =>
      analyzeFunction(resolver, h, {
        bindings: h.bindings,
        trustHeaders,
        ...(numeric ? { numeric } : {}),
        ...(validatedBody ? { validatedBody } : {}),
        ...(looseBody ? { looseBody } : {}),
      }),
    );
    app.links.set(e, links);
    app.flows.set(e, flows);
    // fields read off loaded records (`user.passwordHash` in the login handler) teach us the models' fields
    for (const f of flows) {
      for (const [model, field] of f.fieldUses) addUsedField(models, model, field);
      for (const a of f.accesses) if (a.model) for (const field of a.fields ?? []) addUsedField(models, a.model, field);
      noteCredentials(models, f.accesses);
    }
    // (also where a middleware looks the key up: `Venue.findOne({ scannerKey: req.headers['x-scanner-key'] })`)
    for (const l of links) noteCredentials(models, l.facts.flow?.accesses ?? []);
  }
  const sessionUser = deserializesWholeUser(project, resolver);
  const staffManaged = staffManagedModels(inventory.endpoints, app, models);
  const groups = callerGroups(project);
  for (const e of inventory.endpoints) {
    try {
      e.facts = endpointFacts(
        resolver,
        e,
        app.links.get(e)!,
        app.flows.get(e)!,
        models,
        sessionUser,
        staffManaged,
        groups,
      );
    } catch (err) {
      project.diagnostics.push(analysisFailed(e, err));
      continue;
    }
    if (e.facts.rateLimit.route) app.rateLimiter ??= e.facts.rateLimit.route;
    if (e.facts.auth.status === 'required') app.anyAuth = true;
  }
  publicLikeItsList(inventory.endpoints, models);
  keepOwnNotes(inventory.endpoints, selfWrittenFields(inventory.endpoints, app, models, resolver));
  app.rateLimiter ??= consumedLimiter(project);
  return app;
}

/** The request fields the route's schema links make numbers (Fastify JSON schemas, TypeBox, zod), if any. */
function schemaNumbers(resolver: Resolver, links: { link: ChainLink; facts: LinkFacts }[]): NumericFields | null {
  const parts = { params: new Set<string>(), query: new Set<string>(), body: new Set<string>() };
  for (const { link } of links) {
    const hint = link.hint;
    if (hint?.kind !== 'validation' || hint.target === 'all') continue;
    for (const f of numericFields(resolver, link.file, link.node)) parts[hint.target].add(f);
  }
  return parts.params.size + parts.query.size + parts.body.size > 0 ? parts : null;
}

/** A diagnostic for an endpoint the analysis failed on: where it is, and the error, so the report says what is missing. */
export function analysisFailed(e: Endpoint, err: unknown): Diagnostic {
  return {
    kind: 'warning',
    message: `could not analyse ${e.method} ${e.path}: ${err instanceof Error ? err.message : String(err)} (its findings may be missing; please report this)`,
    file: e.file.rel,
    line: locationOf(e.file, e.node).line,
  };
}

/**
 * Notes the callers of a record write themselves are theirs to read back (a show's `internalNotes`, kept by its team),
 * where the reader was proven to be one of them: those fields leave the response's internal fields. (Anyone else, an
 * anonymous visitor of a public page, is still shown someone's internal notes.)
 */
function keepOwnNotes(endpoints: readonly Endpoint[], ownNotes: ReadonlyMap<string, ReadonlySet<string>>): void {
  for (const e of endpoints) {
    const f = e.facts;
    const r = f?.response;
    if (!f || r?.kind !== 'whole-record' || !r.model || !r.internalFields || f.auth.status !== 'required') continue;
    const model = modelKey(r.model);
    const member =
      f.ownership.kind === 'checked-after-load' ||
      f.data.some((a) => a.scopedToCaller && !a.publicRow && a.model && modelKey(a.model) === model);
    const own = member ? ownNotes.get(model) : undefined;
    if (!own) continue;
    const internalFields = r.internalFields.filter((x) => !own.has(x));
    const { internalFields: _, ...rest } = r;
    f.response = internalFields.length > 0 ? { ...rest, internalFields } : rest;
  }
}

/** A schema checking a value it is given (zod, joi, yup, valibot-style method names). */
const SCHEMA_CHECK = /^(?:parse|safeParse|parseAsync|safeParseAsync|validate|validateAsync|validateSync)$/;

/**
 * Internal-looking fields (`internalNotes`) that callers without a role check write through a named field — in a
 * route's validation schema (`updateShowSchema = z.object({ …, internalNotes: z.string() })`) or its handler
 * (`internalNotes: body.internalNotes`) — per model. They are the writers' own working notes, not staff notes kept
 * from them. (A body written whole names no field: that is mass assignment, not a choice.)
 */
function selfWrittenFields(
  endpoints: readonly Endpoint[],
  app: AppFacts,
  models: ReadonlyMap<string, ModelInfo>,
  resolver: Resolver,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of endpoints) {
    const f = e.facts;
    if (!f || f.roleCheck) continue;
    const writes = f.data.filter(
      (a) => (a.operation === 'update' || a.operation === 'create') && a.model && !a.writesBody,
    );
    const internal = writes.flatMap((a) => {
      const info = models.get(modelKey(a.model!));
      return info ? [...info.fields].filter((x) => INTERNAL_FIELD.test(x)).map((x) => [modelKey(a.model!), x]) : [];
    });
    if (internal.length === 0) continue;
    const texts = e.handlers.map((h) => h.file.text.slice(h.fn.start, h.fn.end));
    /** the declaration of a schema named here (`zValidator('json', updateShowSchema)`, `updateProject.parse(body)`) */
    const declaration = (file: SourceFile, n: Node) => {
      const v = resolver.valueOf(file, n);
      if (v.kind === 'node' && v.file === file) texts.push(file.text.slice(v.node.start, v.node.end));
    };
    for (const { link, facts } of app.links.get(e) ?? []) {
      if (!facts.roles.has('validation')) continue;
      texts.push(link.file.text.slice(link.node.start, link.node.end));
      walk(link.node, (n) => {
        if (n.type === 'Identifier') declaration(link.file, n);
        return undefined;
      });
    }
    for (const h of e.handlers)
      walk(h.fn, (n) => {
        if (n.type !== 'CallExpression' || !SCHEMA_CHECK.test(calleeName(n) ?? '')) return undefined;
        const receiver = n.callee.type === 'MemberExpression' ? unwrap(n.callee.object as Node) : null;
        if (receiver?.type === 'Identifier') declaration(h.file, receiver);
        return undefined;
      });
    const text = texts.join('\n');
    for (const [model, field] of internal) {
      if (!new RegExp(`\\b${field}\\??\\s*:`).test(text)) continue;
      const set = out.get(model!) ?? new Set<string>();
      set.add(field!);
      out.set(model!, set);
    }
  }
  return out;
}

/** Limiter classes whose instances are asked per request (rate-limiter-flexible, @upstash/ratelimit). */
const LIMITER_CLASS = /^(?:RateLimiter\w*|Ratelimit)$/;

/**
 * A limiter made and used where no route's chain shows it: next-auth's `authorize()` calling
 * `loginLimiter.consume(email)` before it checks the password. The app does limit, on that path.
 */
function consumedLimiter(project: Project): string | null {
  for (const f of project.files.values())
    for (const n of f.index.NewExpression) {
      const cls = n.callee.type === 'Identifier' ? n.callee.name : null;
      const holder = parentOf(n);
      if (!cls || !LIMITER_CLASS.test(cls) || holder?.type !== 'VariableDeclarator' || holder.id.type !== 'Identifier')
        continue;
      if (new RegExp(`\\b${holder.id.name}\\.(?:consume|limit|check)\\(`).test(f.text))
        return `${holder.id.name} (${cls})`;
    }
  return null;
}

/**
 * The role names one argument of a role middleware gives: a literal, or a constant the project declares for them —
 * spread or passed whole (`requireRole(...FRONT_OFFICE)` with `export const FRONT_OFFICE = ['front_desk', 'manager']`
 * in another module).
 */
export function roleArgument(resolver: Resolver, file: SourceFile, arg: Node): string[] {
  const literal = stringValue(arg);
  if (literal !== null) return [literal];
  const target = unwrap(arg.type === 'SpreadElement' ? (arg.argument as Node) : arg);
  if (target?.type !== 'Identifier') return [];
  const v = resolver.valueOf(file, target);
  if (v.kind !== 'node') return [];
  const value = unwrap(v.node);
  if (value?.type === 'ArrayExpression')
    return value.elements.map((x) => stringValue(x as Node | null)).filter((r): r is string => r !== null);
  const single = stringValue(value);
  return single === null ? [] : [single];
}

/** The initialiser of the constant a link is registered by name (`staff` → `requireRole('ORGANIZER', 'ADMIN')`). */
function declaredText(link: ChainLink): string {
  const n = unwrap(link.node);
  if (n?.type !== 'Identifier') return '';
  const d = link.file.index.VariableDeclarator.find((x) => x.id.type === 'Identifier' && x.id.name === n.name);
  return d?.init ? link.file.text.slice(d.init.start, d.init.end) : '';
}

/**
 * Keys of the groups callers belong to: tenants the app scopes queries by with the caller's own (`tenantId:
 * user.tenantId`, `orgId: req.user.orgId`), where roles are roles within the tenant; and groups the caller's own claims
 * name (`user.labId`), which bind roles below an administrator's.
 */
interface CallerGroups {
  tenants: ReadonlySet<string>;
  claimed: ReadonlySet<string>;
}

/** A model field that is one of these group keys, also named without its `Id` (`company` for `companyId`). */
function inGroup(keys: ReadonlySet<string>, field: string): boolean {
  return keys.has(field) || keys.has(`${field}Id`) || keys.has(`${field}_id`);
}

function callerGroups(project: Project): CallerGroups {
  const tenants = new Set<string>();
  const claimed = new Set<string>();
  const re = /\b((?:tenant|org|organization|organisation|workspace|company|business)_?[iI]d)\s*:\s*(?:\w+\.)+\1\b/g;
  // (the back-reference makes the pattern slow over a whole file: a file without such a key set from a member is
  // passed over first, with a pattern that needs no back-reference)
  const candidate = /(?:tenant|org|organization|organisation|workspace|company|business)_?[iI]d\s*:\s*\w+\./;
  for (const f of project.files.values()) {
    if (candidate.test(f.text)) for (const m of f.text.matchAll(re)) tenants.add(m[1]!);
    // …and the group the caller's own claims name (`user.labId`, `req.user.clinicId`): the caller belongs to one
    if (f.text.includes('Id'))
      for (const m of f.text.matchAll(CALLER_GROUP_KEY)) if (!NOT_A_GROUP.test(m[1]!)) claimed.add(m[1]!);
  }
  return { tenants, claimed };
}

/** A key of the caller's own record or claims that ends in `Id` (`user.labId`, `ctx.state.user.schoolId`). */
const CALLER_GROUP_KEY =
  /\b(?:req\.user|request\.user|ctx\.state\.user|session\.user|currentUser|user|me|caller|actor|principal)\.([a-z]\w*?[a-z]Id)\b/g;
/** Claims that name the caller, or an account elsewhere, not a group of the app's own. */
const NOT_A_GROUP =
  /^(?:user|owner|author|creator|member|person|account|session|device|stripe\w*|customer|external\w*|provider\w*|google\w*|github\w*|apple\w*|avatar|push\w*|fcm\w*|client|subscription|plan|price|role)Id$/;

function endpointFacts(
  resolver: Resolver,
  e: Endpoint,
  links: { link: ChainLink; facts: LinkFacts }[],
  flows: FlowResult[],
  models: Map<string, ModelInfo>,
  sessionUser = false,
  staffManaged: ReadonlySet<string> = new Set(),
  groups: CallerGroups = { tenants: new Set(), claimed: new Set() },
): EndpointFacts {
  const flow = flows[flows.length - 1] ?? null;
  const handlerText = e.handlers.map((h) => h.file.text.slice(h.fn.start, h.fn.end)).join('\n');
  // (a guard the route opts out of, `@Public()` over the app's JWT guard, authenticates nothing; another of its chain,
  // `@UseGuards(PayrollServiceGuard)` on the route, still does)
  const authLink = links.find((l) => l.facts.roles.has('auth') && !l.facts.roles.has('public'));
  let auth: AuthFact;
  if (authLink) {
    auth = {
      status: 'required',
      via: authLink.link.name,
      kind: authLink.link.scope === 'guard' ? 'guard' : authLink.link.hint ? 'framework' : 'middleware',
      location: locationOf(authLink.link.file, authLink.link.node),
    };
  } else if (flows.some((f) => (f.identityCalls.length > 0 || f.identityGuard) && f.rejects && !f.roleDenyListOnly)) {
    const f = flows.find((x) => (x.identityCalls.length > 0 || x.identityGuard) && x.rejects && !x.roleDenyListOnly)!;
    auth = {
      status: 'required',
      via: f.identityCalls[0] ?? 'identity check in handler',
      kind: 'handler',
      location: null,
    };
  } else if (flows.some((f) => f.rejects && (f.apiKeyChecks || f.accesses.some((a) => a.byHeader)))) {
    auth = { status: 'required', via: 'API key looked up from a request header', kind: 'handler', location: null };
  } else if (e.handlers.length === 0 && e.chain.length === 0) {
    auth = { status: 'unknown', reason: 'handler could not be resolved' };
  } else {
    auth = { status: 'none' };
  }
  const roleLink = links.find((l) => l.facts.roles.has('role'));
  const handlerRole = flows.some((f) => f.roleChecks.length > 0 && f.rejects);
  const roleCheck = roleLink ? roleLink.link.name : handlerRole ? 'role check in handler' : null;
  // a role middleware that admits only staff roles (`requireRole('pharmacist')`, `requireRole('librarian')`) guards a
  // staff function: staff work on everyone's objects by design
  const linkArgs = roleLink
    ? ((roleLink.link.node.type === 'CallExpression' ? roleLink.link.node.arguments : []) as Node[]).flatMap((a) =>
        roleArgument(resolver, roleLink.link.file, a),
      )
    : [];
  // …or that compares with them itself (`ensureLibrarian`: `req.user.role === 'librarian'`)
  const linkFlow = roleLink?.facts.flow;
  // (not a guard a decorator asks for roles, `@Roles('registrar') enforced by RolesGuard`: the override it keeps for
  // its own administrators, `user.role === 'admin' || roles.includes(user.role)`, is not the route's requirement)
  const decorated = roleLink?.link.hint?.kind === 'role' && quotedNames(roleLink.link.hint.detail ?? '').length > 0;
  const linkRoles =
    linkArgs.length > 0 || !linkFlow || decorated
      ? linkArgs
      : quotedNames(linkFlow.roleChecks.map((n) => linkFlow.env.file.text.slice(n.start, n.end)).join(' '));
  const handlerChecks = flows.flatMap((f) => f.roleChecks.map((n) => f.env.file.text.slice(n.start, n.end))).join(' ');
  // only an administrative role may operate on everyone's objects; a 'recruiter' or 'member' role still needs ownership
  const roleText = [
    roleLink ? `${roleLink.link.name} ${roleLink.link.hint?.detail ?? ''}` : '',
    // (`const staff = requireRole('ORGANIZER', 'ADMIN')`, registered as `staff`: the roles its declaration names)
    roleLink ? declaredText(roleLink.link) : '',
    e.handlers[0] &&
    e.handlers[0].file === e.file &&
    e.handlers[0].fn.start > e.node.start &&
    e.handlers[0].fn.start - e.node.start < 600
      ? e.file.text.slice(e.node.start, e.handlers[0].fn.start)
      : '',
    handlerChecks,
  ].join(' ');
  // a gate that also lets an ordinary role through (`role !== 'coach' && role !== 'admin'`) is not an admin gate
  // (the roles a role middleware is asked for, when it names them, and those the handler compares with — not every
  // quoted word of the route: `Joi.string().valid('resident', 'manager', 'admin')` in its body schema)
  const roleNames = linkArgs.length > 0 ? [...linkArgs, ...quotedNames(handlerChecks)] : quotedNames(roleText);
  // (not a role within an organisation the middleware looks up: `requireOrgRole('coordinator')`)
  const staffOnly =
    linkRoles.length > 0 &&
    linkRoles.every((r) => !ORDINARY_ROLE.test(r)) &&
    (roleLink?.facts.flow?.accesses.length ?? 0) === 0;
  // a role within the tenant the path names (`requireMembership` loads the caller's membership of `:orgId`, then
  // `requireOrgRole('ADMIN')` reads its role) rules that tenant only, not the objects of another one
  // …and so does a role whose holder the handler itself must prove is in charge of the record the client names
  // (`requireRole('programmer')`, then `loadManagedFestival(festivalId, me)`): the developer did not take the role as
  // a licence for every record, so the other records the route acts on need the same bound
  const tenantRole =
    links.some((l) => l.facts.flow?.accesses.some((a) => a.byClientId && a.scopedToCaller)) ||
    flows.some((f) => f.provenKeys.size > 0 || f.accesses.some((a) => a.byClientId && a.scopedToCaller)) ||
    // (…or compares a record it loaded with the caller before acting: `if (!event.org.equals(req.user.organization))
    // 403`, then the shift the client names is changed — the role did not cover every event, nor every shift)
    flows.some((f) => f.ownershipChecks.some((c) => !c.sideBranch)) ||
    // an app whose callers carry a tenant (`where: { tenantId: user.tenantId }` elsewhere) reading a record of a
    // tenant by id: an admin of one tenant is no admin of the others
    flows.some((f) =>
      f.accesses.some(
        (a) =>
          a.byClientId &&
          !a.scopedToCaller &&
          !!a.model &&
          [...(models.get(modelKey(a.model))?.fields ?? [])].some(
            // (a group the caller's claims name binds the roles below an administrator's: a lab manager manages
            // their own lab)
            // (a reference named for the group, `company` beside the claim `user.companyId`, is that key too)
            (x) =>
              groups.tenants.has(x) ||
              (inGroup(groups.claimed, x) &&
                (linkRoles.length > 0 ? linkRoles : roleNames).some((r) => !PRIVILEGED_ROLE.test(r))),
          ),
      ),
    );
  const adminRole =
    roleCheck !== null &&
    !tenantRole &&
    (ADMIN_ROLE.test(roleText) || staffOnly) &&
    !admitsOrdinaryRole(roleNames) &&
    !boundsAdmittedRole(flows, linkArgs);

  const validation: EndpointFacts['validation'] = { body: null, params: null, query: null };
  // (body fields checked one by one, when every validator of the body names its fields)
  let bodyFields: string[] | null = [];
  // the express-validator chains of the route that were read: a results reader checks what they name (when every one
  // of them names only path or query parameters, the body goes unchecked)
  const chains = links.filter((l) => l.facts.validation?.fields !== undefined);
  const onlyParameterChains =
    chains.length > 0 &&
    chains.every((l) => l.facts.validation!.fields!.length === 0 && !l.facts.validation!.keepsUnknown);
  for (const l of links) {
    const v = l.facts.validation;
    if (!v) continue;
    // (the middleware that only reads express-validator's results, `validationResult(req)`, names no fields of its own)
    const resultsOnly = !v.fields && l.facts.flow?.validatedBody === 'express-validator';
    if (resultsOnly && onlyParameterChains) continue;
    // (each chain names its field, whatever target its name suggests: `body('car').isMongoId()`)
    if (v.fields) bodyFields = bodyFields ? [...bodyFields, ...v.fields] : null;
    else if ((v.target === 'body' || v.target === 'all') && !resultsOnly) bodyFields = null;
    if ((v.target === 'body' || v.target === 'all') && validation.body === null) {
      validation.body = v.detail;
      if (v.keepsUnknown) validation.bodyKeepsUnknown = true;
    }
    if (v.target === 'params' || v.target === 'all') validation.params ??= v.detail;
    if (v.target === 'query' || v.target === 'all') validation.query ??= v.detail;
  }
  // (…and the handler checks no whole body itself: `schema.parse(req.body)`)
  const handlerChecksBody = flows.some((f) => f.validatedBody && f.validatedBody !== 'express-validator');
  if (validation.body !== null && bodyFields && bodyFields.length > 0 && !handlerChecksBody)
    validation.bodyFields = bodyFields;
  for (const f of flows) {
    if (!f.validatedBody || validation.body !== null) continue;
    validation.body = f.validatedBody;
    if (f.bodyKeepsUnknown) validation.bodyKeepsUnknown = true;
  }
  for (const h of e.handlers) {
    for (const b of Object.values(h.bindings ?? {}))
      if (b.kind === 'body' && b.validated) validation.body ??= 'DTO validation';
  }

  const limiter = links.find((l) => l.facts.roles.has('rate-limit'));
  const data = flows.flatMap((f) => f.accesses);
  const found = staffCatalogue(e, flows, links, staffManaged) ?? intendedPublic(e, flow, handlerText, models);
  // a route that demands a signed-in caller is not a sign-up, whatever it creates
  // …and a catalogue page does not ask for the fields the schema hides from everyone (`.select('+gpsTrackerId')`)
  const notPublic =
    (found.reason === 'sign-up' && auth.status === 'required') ||
    (/catalogue/.test(found.reason ?? '') && data.some((a) => (a.revealedFields?.length ?? 0) > 0));
  const pub = notPublic ? { intended: false, reason: null } : found;
  // a middleware that proves the addressed object is the caller's own: it loads and compares, or it compares a path
  // parameter of this route with the caller (`req.params.userId !== user.id` → 403 unless the caller has rights)
  const pathParams = new Set([...e.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!));
  // (…for the records it proved: `requireShowEditor` checks the show of `{showId}`; a subscription the route then
  // changes by `{subscriptionId}` alone is not one of them)
  const owning = links.filter((l) => l.facts.roles.has('ownership'));
  const ownedKeys = new Set(owning.flatMap((l) => [...l.facts.ownedKeys]).map(paramKey));
  const beyondOwned =
    ownedKeys.size > 0 &&
    data.some(
      (a) =>
        a.byClientId &&
        !a.scopedToCaller &&
        !a.referenceOnly &&
        !a.publicRow &&
        a.operation !== 'create' &&
        a.clientKeys.length > 0 &&
        a.clientKeys.every((k) => pathParams.has(paramKey(k)) && !ownedKeys.has(paramKey(k))),
    );
  const guarded = links.find(
    (l) => (l.facts.roles.has('ownership') && !beyondOwned) || [...l.facts.selfParams].some((p) => pathParams.has(p)),
  );
  const ownership: OwnershipFact = guarded
    ? { kind: 'checked-after-load', location: locationOf(guarded.link.file, guarded.link.node) }
    : ownershipOf(
        data,
        flows,
        models,
        adminRole ? roleCheck : null,
        new Set(links.flatMap((l) => [...l.facts.provenKeys, ...l.facts.ownedKeys])),
        e.method === 'GET',
        pathParams,
        groups.tenants.size > 0,
      );
  // (a framework that serializes the answer through a response schema sends only what the schema declares)
  const response: ResponseFact = e.serializer
    ? { kind: 'shaped', sensitiveFields: [], model: null, location: null }
    : responseOf(flows, links, models, sessionUser, auth.status === 'none');
  return {
    auth,
    public: pub,
    roleCheck,
    // (…or among the roles it admits: `@Roles('ADMIN', 'RECRUITER', 'CLIENT')` lets the client read what it sends)
    ...((linkRoles.length > 0 && linkRoles.every((r) => SUBJECT_ROLE.test(r))) ||
    roleNames.some(
      (r) =>
        SUBJECT_ROLE.test(r) &&
        !/^users?$/i.test(r) &&
        // (…unless the handler answers that role apart: `if (user.role === 'CLIENT') return toClientView(job)`)
        !new RegExp(`[!=]==?\\s*['"\`]${r}['"\`]`).test(handlerText),
    )
      ? { subjectRole: true }
      : {}),
    validation,
    rateLimit: {
      route: limiter ? limiter.link.name : flows.some((f) => f.limits) ? 'limiter in the handler (answers 429)' : null,
    },
    data,
    ownership,
    response,
    reads: {
      params: flows.some((f) => f.reads.params),
      body: flows.some((f) => f.reads.body),
      query: flows.some((f) => f.reads.query),
    },
  };
}

/** A column a request's key is looked up by (`findOne({ scannerKey: key })` with the key from a header) is a credential. */
function noteCredentials(models: Map<string, ModelInfo>, accesses: readonly DataAccess[]): void {
  for (const a of accesses)
    for (const field of a.model ? (a.headerKeys ?? []) : []) {
      addUsedField(models, a.model!, field);
      const m = models.get(modelKey(a.model!))!;
      m.credentials ??= new Set();
      m.credentials.add(field);
    }
}

function addUsedField(models: Map<string, ModelInfo>, model: string, field: string): void {
  const key = modelKey(model);
  let m = models.get(key);
  if (!m) {
    m = { name: model, fields: new Set(), hidden: new Set(), serialises: false, defined: false };
    models.set(key, m);
  }
  m.fields.add(field);
}

/**
 * A path parameter said the same way wherever it is read: `request.params.groupId` in a handler and `groupId`
 * destructured from `request.params` in a middleware name one value (a route's parameters have unique names).
 */
export function paramKey(key: string): string {
  // (a value a middleware keeps in the context under the parameter's name, Hono's `c.var.showId`, is named alike)
  return /\.(?:params|var)\.(\w+)$/.exec(key)?.[1] ?? key;
}

function ownershipOf(
  data: DataAccess[],
  flows: FlowResult[],
  models: ReadonlyMap<string, ModelInfo>,
  roleCheck: string | null,
  proven: ReadonlySet<string> = new Set(),
  reads = false,
  pathParams: ReadonlySet<string> = new Set(),
  tenantApp = false,
): OwnershipFact {
  // (a read answers whatever a comparison beside it decides about a side effect: `if (msg.to === me) markRead()`)
  // (…and in an app that scopes records by tenant, a comparison that binds one role only, `role === 'driver' &&
  // trip.driverId !== me`, leaves every other role's callers free to reach another tenant's record)
  const checks = flows
    .flatMap((f) => f.ownershipChecks)
    .filter((c) => !(reads && c.sideBranch) && !(tenantApp && c.forRole));
  // an owner named by the client is fine when a middleware, or the handler itself, proved the caller's membership of it
  const provenHere = new Set([...proven, ...flows.flatMap((f) => [...f.provenKeys])].map(paramKey));
  // ids the client named that a query scoped to the caller addressed first, in a handler that turns a miss away
  // (`updateMany({ where: { id, companyId: me.companyId } })`, 404 on no count): rows keyed by them later
  // (`refreshToken.updateMany({ where: { employeeId: id } })`) are the caller's too
  const denies = flows.some((f) => f.rejects || f.hidesMissing);
  const addressed = (a: DataAccess) =>
    denies &&
    a.clientOwnerValues!.every((v) =>
      data.some(
        (b) =>
          b !== a &&
          b.scopedToCaller &&
          b.byClientId &&
          // (the caller's membership row proves its group only once tested: see provenKeys)
          !b.membership &&
          b.operation !== 'create' &&
          b.clientKeys.some((k) => paramKey(k) === paramKey(v)),
      ),
    );
  const fromClient = data.find(
    (a) =>
      a.ownerFromClient &&
      // (a statement whose table and columns are built at run time, `buildInsert('quotes', row)`, names no owner)
      (a.model !== null || a.operation !== 'query') &&
      !a.referenceOnly &&
      !(
        a.clientOwnerValues?.length &&
        (a.clientOwnerValues.every((v) => provenHere.has(paramKey(v))) || addressed(a))
      ) &&
      // (…and a row made of client values that are all proven the caller's: `create({ studioId, trainerId })` after
      // `isStudioStaff(me, studioId)` and `Trainer.exists({ userId: trainerId, studioId })` were tested)
      !(
        !a.clientOwnerValues?.length &&
        a.clientKeys.length > 0 &&
        a.clientKeys.every((k) => provenHere.has(paramKey(k)))
      ) &&
      // another member's row in a group the caller's own membership was proven for (`removeMember(groupId, memberId)`
      // after `getMembership(groupId, me)` was tested): managing that group's members, judged by its role check
      !(
        a.model &&
        MEMBERSHIP_MODEL.test(modelKey(a.model)) &&
        // (the group named under an owner key counts too: `destroy({ where: { orgId: params.orgId, userId: params.userId } })`)
        [...a.clientKeys, ...(a.clientOwnerValues ?? [])].some((k) => provenHere.has(paramKey(k)))
      ),
  );
  if (fromClient) return { kind: 'owner-from-client', access: fromClient };
  const byId = data.filter((a) => a.byClientId);
  if (byId.length === 0)
    return data.some((a) => a.scopedToCaller) ? { kind: 'query-scoped' } : { kind: 'not-applicable' };
  const checkedVars = new Set<string>();
  for (const c of checks) for (const v of c.vars) checkedVars.add(v);
  // where each record is first compared with the caller (file and line): a write of its model before that, after the
  // load (`unit = findByPk(id); await unit.update(req.body); await assertBuildingAccess(me, unit.buildingId)`), has
  // changed the row already
  const firstCheck = new Map<string, { file: string; line: number }>();
  for (const c of checks) {
    const at = locationOf(c.file, c.node);
    for (const v of c.vars) {
      const seen = firstCheck.get(v);
      if (!seen || (seen.file === at.file && at.line < seen.line)) firstCheck.set(v, { file: at.file, line: at.line });
    }
  }
  const changedBeforeCheck = (read: DataAccess): DataAccess | undefined => {
    const at = read.resultVar ? firstCheck.get(read.resultVar) : undefined;
    if (!at || !read.model) return undefined;
    return data.find(
      (w) =>
        (w.operation === 'update' || w.operation === 'delete') &&
        !w.inTransaction &&
        !w.scopedToCaller &&
        w.model !== null &&
        modelKey(w.model) === modelKey(read.model!) &&
        w.location.file === at.file &&
        w.location.line > read.location.line &&
        w.location.line < at.line,
    );
  };
  // models, and client ids, already proven to belong to the caller earlier in the handler
  const covered = new Set<string>();
  /** per covered model, the client values its proving access picked rows by */
  const coveredBy = new Map<string, Set<string>>();
  const coveredKeys = new Set<string>([...flows.flatMap((f) => [...f.provenKeys]), ...proven].map(paramKey));
  let anyChecked = false;
  // a record that belongs to no one, also through what it refers to (the table of a restaurant, read to book it):
  // reading it discloses nothing private, and what is keyed by its id is not someone else's through it — unless the
  // route goes on to change it (editing any restaurant is an admin function, judged with the writes)
  const changed = new Set(
    data
      .filter((a) => a.model && (a.operation === 'update' || a.operation === 'delete'))
      .map((a) => modelKey(a.model!)),
  );
  const ownerless = (a: DataAccess) =>
    (a.operation === 'read' || a.operation === 'list') &&
    !!a.model &&
    !changed.has(modelKey(a.model)) &&
    belongsToNoOne(models, a.model);
  // constrained by an owner the caller's membership proved (`where: { id: invoiceId, orgId: req.params.orgId }` behind
  // `requireOrgRole(…)` for `:orgId`): within the caller's organisation
  const ownerProven = (a: DataAccess) =>
    !!a.clientOwnerValues?.some((v) => provenHere.has(paramKey(v))) ||
    (!!a.clientOwnerValues?.length && addressed(a)) ||
    // (…or compared with one before the route went on: `if (participant.study.sponsorId !== sponsorId) throw 404`
    // behind a guard that proved `:sponsorId` the caller's)
    !!a.keyedBy?.some((v) => provenHere.has(paramKey(v)));
  for (const a of data) {
    // (a row picked by its id and a link's secret, `findOne({ _id, shareToken })`, is opened by whoever holds the link —
    // a capability, not someone else's object; it proves nothing about other reads of the model)
    if ((a.bySecret?.length ?? 0) > 0 && (a.operation === 'read' || a.operation === 'list')) continue;
    const bounded = a.scopedToCaller || a.publicRow || ownerless(a) || ownerProven(a);
    // (a row the handler changed first and compared with the caller after, `const [b] = await db.update(bookings)
    // .set(…).where(eq(bookings.id, id)).returning(); if (b.memberId !== me) 403`, was changed all the same — unless a
    // transaction rolls the change back)
    const checkedAfterWrite =
      (a.operation === 'update' || a.operation === 'delete') && !a.inTransaction && !a.scopedToCaller;
    const early = !bounded && a.resultVar && checkedVars.has(a.resultVar) ? changedBeforeCheck(a) : undefined;
    if (early)
      return roleCheck
        ? { kind: 'role-restricted', via: roleCheck }
        : { kind: 'none', access: early, checkedAfterChange: true };
    if (bounded || (a.resultVar && checkedVars.has(a.resultVar) && !checkedAfterWrite)) {
      // (the caller's own membership row covers the group it names, not every row of the membership table: another
      // member picked by id alone — `showMember.delete({ where: { id: memberId } })` — may be of any group)
      // (…and a list of the caller's rows, `lines where invoice_id = invoice.id`, proves nothing of the row the client
      // names: `delete … where id = ${lineId}` may be another invoice's line)
      if (a.model && !(a.membership && a.scopedToCaller) && (a.byClientId || a.operation !== 'list')) {
        covered.add(modelKey(a.model));
        const keys = coveredBy.get(modelKey(a.model)) ?? new Set<string>();
        for (const k of a.clientKeys) keys.add(paramKey(k));
        coveredBy.set(modelKey(a.model), keys);
      }
      for (const k of a.clientKeys) coveredKeys.add(paramKey(k));
      if (!bounded) anyChecked = true;
      continue;
    }
    if (!a.byClientId) continue;
    // (…for the rows it addressed: `Show.updateOne({ 'team._id': memberId }, …)` after the caller's show was found by
    // `showId` may change any show's team)
    const by = a.model ? coveredBy.get(modelKey(a.model)) : undefined;
    // (…by another of the path's parameters: a value an update writes or a body field may be any key)
    const leaf = (k: string) => /(\w+)\W*$/.exec(paramKey(k))?.[1] ?? k;
    const elsewhere =
      !!by &&
      by.size > 0 &&
      a.clientKeys.length > 0 &&
      a.clientKeys.every((k) => !by.has(paramKey(k)) && pathParams.has(leaf(k)));
    if (a.model && covered.has(modelKey(a.model)) && !elsewhere) continue;
    // (also when only some of them are: `countBy({ id: In([homeTeamId, awayTeamId]), leagueId })` with the league
    // proven the caller's finds rows within it)
    if (a.clientKeys.length > 0 && a.clientKeys.some((k) => coveredKeys.has(paramKey(k)))) {
      // (…and, where the route turns a miss away, the other ids it picked a row by are of that group too:
      // `deleteOne({ _id: ticketId, organisation: orgId })`, 404 when none, then `comments.deleteMany({ ticket: ticketId })`)
      if (denies && a.operation !== 'list' && a.operation !== 'create')
        for (const k of a.clientKeys) coveredKeys.add(paramKey(k));
      continue;
    }
    // a profile lookup that selects a few fields is a public profile, not another user's private object
    if (a.operation === 'read' && a.selected && a.model && /^(?:user|profile|member|author)$/.test(modelKey(a.model)))
      continue;
    // choosing a counterpart (the vet of a booking, the assignee of a task) discloses and changes nothing of theirs
    if (a.referenceOnly) continue;
    // creating a row is not access to someone else's object (a parent id is checked through its own load)
    if (a.operation === 'create') continue;
    // (nor is a seat counted on a row anyone may book, `$inc: { bookedCount: 1 }` on the class the client picked: it
    // edits nothing of another's, and what the booking makes is judged by itself)
    if (a.tallyOnly && a.operation === 'update') continue;
    if (roleCheck) return { kind: 'role-restricted', via: roleCheck };
    if (a.resultVar && checkedAfterWrite && checkedVars.has(a.resultVar))
      return { kind: 'none', access: a, checkedAfterChange: true };
    // (a check the handler called without `await`: named in the report, it is the fix)
    const floating = flows.find((f) => f.floatingChecks.length > 0);
    const call = floating?.floatingChecks[0];
    return floating && call
      ? {
          kind: 'none',
          access: a,
          unawaited: { name: calleeName(call) ?? 'check', location: locationOf(floating.env.file, call) },
        }
      : { kind: 'none', access: a };
  }
  const check = checks[0];
  return anyChecked && check
    ? { kind: 'checked-after-load', location: locationOf(check.file, check.node) }
    : { kind: 'query-scoped' };
}

function responseOf(
  flows: FlowResult[],
  links: { link: ChainLink; facts: LinkFacts }[],
  models: Map<string, ModelInfo>,
  sessionUser: boolean,
  anonymous: boolean,
): ResponseFact {
  const userIsRecord = sessionUser || links.some((l) => l.facts.userIsRecord);
  for (const f of flows) {
    for (const r of f.responses) {
      let model: string | null = null;
      if (r.wholeRecords.length > 0) {
        const access = f.env.recordAccess.get(r.wholeRecords[0]!);
        // a select that names a secret sends it, selected or not
        if (access?.selected && access.selectedSensitive)
          return {
            kind: 'whole-record',
            sensitiveFields: [...new Set(access.selectedSensitive)],
            model: access.model,
            location: locationOf(r.file, r.node),
          };
        // whole tables a column list picks (`select({ user: users })`): each row carries that table's secrets
        if (access?.selected && access.selectedTables && !r.staffOnly) {
          const secrets = access.selectedTables.flatMap(({ key, table }) => {
            const info = models.get(modelKey(table));
            return info && !info.serialises ? secretFields(info).map((x) => `${key}.${x}`) : [];
          });
          if (secrets.length > 0)
            return {
              kind: 'whole-record',
              sensitiveFields: secrets,
              model: access.model,
              location: locationOf(r.file, r.node),
            };
        }
        if (access?.selected) continue;
        // a relation picked out of the record (`students: cls.students`) is judged by its own fields alone
        model = access?.relationOf
          ? (relatedModel(models, access.model, access.relationOf)?.name ?? null)
          : (access?.model ?? null);
      } else if (userIsRecord && r.arg && isWholeUser(r.arg, f)) {
        model = 'user';
      } else continue;
      const access = r.wholeRecords.length > 0 ? f.env.recordAccess.get(r.wholeRecords[0]!) : undefined;
      const info = model && !access?.relationOf ? models.get(modelKey(model)) : undefined;
      // `.lean()` and raw results skip the model's own serialiser (a toJSON transform, @Exclude)
      const serialised = !!info?.serialises && !access?.rawResult;
      // a document just created still carries what `select: false` leaves out of queries, and a query out of the
      // default scope (`User.scope('withSecrets')`) reads what the scope excludes
      // …and so does raw SQL (`sequelize.query('SELECT * FROM users')`), which no model scope or `select: false` reaches
      const rawSql =
        !!access && (access.operation === 'query' || /^(?:pg|mysql|better-sqlite3|sqlite)$/.test(access.layer));
      const created = access?.operation === 'create' || !!access?.unscoped || rawSql;
      // (fields left out by the select, and the secret the client looked the row up by: it holds that already)
      const excluded = new Set([...(access?.excludedFields ?? []), ...(access?.bySecret ?? [])]);
      const shown = (m: ModelInfo, x: string) =>
        !excluded.has(x) && (!m.hidden.has(x) || (created && !!m.readHidden?.has(x)));
      const sensitive =
        info && !serialised
          ? [...info.fields].filter((x) => (SENSITIVE_FIELD.test(x) || !!info.credentials?.has(x)) && shown(info, x))
          : [];
      // (a scope that leaves the default one reads the internal fields that one hides; a new row carries only what was
      // just written there)
      // (`.lean()` skips the model's toJSON transform: only what the query itself leaves out, `select: false`, stays out)
      const raw = !!access?.rawResult;
      const unhidden = (m: ModelInfo, x: string, own: boolean) =>
        !(own && excluded.has(x)) &&
        (!m.hidden.has(x) ||
          (raw && !m.readHidden?.has(x)) ||
          (own && (!!access?.unscoped || rawSql) && !!m.readHidden?.has(x)));
      const visible = (m: ModelInfo | undefined, re: RegExp, prefix = '') =>
        m && !m.serialises
          ? [...m.fields].filter((x) => re.test(x) && unhidden(m, x, !prefix)).map((x) => prefix + x)
          : [];
      // a row sent only to staff (`if (user.role === 'staff') return row`) may carry their notes; secrets still count
      const staff = r.staffOnly || !!access?.staffView;
      const internalFields = serialised || staff ? [] : visible(info, INTERNAL_FIELD);
      const financialFields = serialised || staff ? [] : visible(info, FINANCIAL_FIELD);
      const hiddenRows: { relation: string; flag: string }[] = [];
      const othersNested: string[] = [];
      // include: { author: true } nests the whole related record (a relation picked out of it is that record alone)
      for (const rel of access?.relationOf ? [access.relationOf] : (access?.includes ?? [])) {
        const relInfo = relatedModel(models, access?.model ?? null, rel);
        // (populated into a `.lean()` result: the related model's toJSON transform does not run either)
        if (relInfo && (!relInfo.serialises || raw)) {
          for (const x of relInfo.fields)
            if (SENSITIVE_FIELD.test(x) && !(raw ? !!relInfo.readHidden?.has(x) : relInfo.hidden.has(x)))
              sensitive.push(`${rel}.${x}`);
        }
        // related rows that carry a visibility flag (`Message.internal`): unfiltered, the hidden ones come along
        if (staff) continue;
        internalFields.push(...visible(relInfo, INTERNAL_FIELD, `${rel}.`));
        financialFields.push(...visible(relInfo, FINANCIAL_FIELD, `${rel}.`));
        const flag = relInfo ? [...relInfo.fields].find((x) => VISIBILITY_FLAG.test(x)) : undefined;
        if (flag) hiddenRows.push({ relation: rel, flag });
        // whole people nested into rows anyone may list: every patient's e-mail and phone with the queue
        if (
          relInfo &&
          PERSON_RELATION.test(rel) &&
          access &&
          !access.scopedToCaller &&
          (access.operation === 'list' || access.byClientId)
        )
          for (const x of relInfo.fields)
            if (PERSONAL_FIELD.test(x) && !relInfo.hidden.has(x)) othersNested.push(`${rel}.${x}`);
      }
      // populate('waitlist', 'name email') of people, on rows anyone may list or pick
      if (
        access?.populatedContacts &&
        !staff &&
        !access.scopedToCaller &&
        (access.operation === 'list' || access.byClientId) &&
        access.populatedContacts.some((x) => PERSONISH_FIELD.test(x.split('.')[0]!))
      )
        othersNested.push(...access.populatedContacts);
      return {
        kind: 'whole-record',
        sensitiveFields: sensitive,
        model,
        location: locationOf(r.file, r.node),
        ...(hiddenRows.length > 0 ? { hiddenRows } : {}),
        ...(othersNested.length > 0 ? { othersNested } : {}),
        ...(internalFields.length > 0 ? { internalFields } : {}),
        ...(financialFields.length > 0 ? { financialFields } : {}),
      };
    }
  }
  // a record sent less the fields a rest pattern took out (`({ passwordHash, ...member }) => member`): the secrets it
  // did not name go out with the rest (the reset token, the kiosk PIN)
  for (const f of flows)
    for (const r of f.responses)
      for (const { record, removed } of r.lessFields ?? []) {
        const access = f.env.recordAccess.get(record);
        if (!access?.model || access.selected || access.relationOf) continue;
        const info = models.get(modelKey(access.model));
        if (!info || info.serialises) continue;
        const gone = new Set([...removed, ...(access.excludedFields ?? []), ...(access.bySecret ?? [])]);
        const left = secretFields(info).filter((x) => !gone.has(x));
        if (left.length > 0)
          return {
            kind: 'whole-record',
            sensitiveFields: left,
            model: access.model,
            location: locationOf(r.file, r.node),
          };
      }
  const shaped = flows.some((f) => f.responses.some((r) => r.shaped));
  const personal = othersPersonalFields(flows) ?? joinedPersonalFields(flows, models);
  // (read for routes anyone may call: the team's routes may carry the team's notes)
  const mapped = personal || !anonymous ? null : mappedInternalFields(flows);
  return {
    kind: shaped ? 'shaped' : flows.some((f) => f.responses.length > 0) ? 'other' : 'none',
    sensitiveFields: [],
    model: null,
    location: personal?.location ?? mapped?.location ?? null,
    ...(personal ? { othersPersonalFields: personal.fields } : {}),
    ...(mapped ? { mappedInternalFields: mapped.fields } : {}),
  };
}

/**
 * Staff-only fields a project mapper copies out of a record into the response: `toEpisodeDto` with `internalNotes:
 * episode.internalNotes`, written for the team's routes and reused on a public one.
 */
function mappedInternalFields(flows: FlowResult[]): { fields: string[]; location: Location } | null {
  for (const f of flows) {
    const resolver = f.env.resolver;
    if (!resolver) continue;
    for (const r of f.responses) {
      if (!r.arg) continue;
      // (what only some callers get, `viewer?.sub === listing.sellerId ? toSellerListing(l) : toPublicListing(l)` or in an
      // `if`, is a choice by caller)
      if (conditional(r.node) || containsChoice(r.arg)) continue;
      const fields = new Set<string>();
      for (const o of mappedObjects(resolver, r.file, r.arg))
        for (const p of (o as { properties?: Node[] }).properties ?? []) {
          if (p.type !== 'Property' || p.computed) continue;
          const key = nameOf(p.key as Node) ?? '';
          const v = unwrap(p.value as Node);
          // (`internalNotes: episode.internalNotes ?? null`)
          const read = v?.type === 'LogicalExpression' ? unwrap(v.left as Node) : v;
          if (INTERNAL_FIELD.test(key) && read?.type === 'MemberExpression') fields.add(key);
        }
      if (fields.size > 0) return { fields: [...fields], location: locationOf(r.file, r.node) };
    }
  }
  return null;
}

/** A field that keeps some rows from some readers: agent-only notes, private or hidden entries. */
const VISIBILITY_FLAG =
  /^(?:internal|isInternal|is_internal|private|isPrivate|is_private|hidden|isHidden|is_hidden|staffOnly|staff_only|agentOnly|agent_only|adminOnly|admin_only)$/;

/**
 * `{ username: owner.username, email: owner.email }` or `.map((u) => ({ …, email: u.email }))` where the people
 * were looked up by a client value or listed without scoping to the caller: other users' contact data.
 */
function othersPersonalFields(flows: FlowResult[]): { fields: string[]; location: Location } | null {
  for (const f of flows) {
    // (a person the handler compared with the caller before answering — `driver.companyId !== me.companyId` → 404 — is
    // one of the caller's own group, a colleague the caller manages)
    const checked = new Set(f.ownershipChecks.flatMap((c) => [...c.vars]));
    const others = f.accesses.some(
      (a) =>
        PERSON_MODEL.test(a.model ?? '') &&
        !a.scopedToCaller &&
        !(a.resultVar !== null && checked.has(a.resultVar)) &&
        (a.operation === 'list' || (a.operation === 'read' && a.byClientId)),
    );
    if (!others) continue;
    for (const r of f.responses) {
      if (!r.arg) continue;
      const fields = new Set<string>();
      // the people's own rows, with the contact fields their query picked (`select({ id, name, email }).from(users)`
      // for a search anyone signed in may run), sent as they are
      const sent = unwrap(r.arg);
      const recs = sent?.type === 'Identifier' ? [sent.name, ...(f.env.records.get(sent.name) ?? [])] : [];
      // (…also spread into what is sent: `return { ...speaker, talks }`)
      if (sent?.type === 'ObjectExpression')
        for (const p of sent.properties) {
          const arg = p.type === 'SpreadElement' ? unwrap(p.argument as Node) : null;
          if (arg?.type === 'Identifier') recs.push(arg.name, ...(f.env.records.get(arg.name) ?? []));
        }
      for (const rec of recs) {
        const a = f.env.recordAccess.get(rec);
        if (a?.selectedPersonal && PERSON_MODEL.test(a.model ?? '') && !a.scopedToCaller)
          for (const x of a.selectedPersonal) fields.add(x);
      }
      if (fields.size > 0) return { fields: [...fields], location: locationOf(r.file, r.node) };
      // `const matches = users.filter(…).map((u) => ({ …, email: u.email })); return c.json(matches)`: the objects
      // built in the local's `.map` callbacks (not the column lists of a query that made it)
      // (…also locals used inside what is sent: `[header, ...lines].join('\n')` for a CSV whose lines are
      // `members.map((m) => [m.name, m.email, m.phone].join(','))`)
      const used: Node[] = [];
      walk(r.arg, (n) => {
        if (n.type === 'Identifier') used.push(n);
        return undefined;
      });
      const locals = used.flatMap((id) => localValue(f, r.file, id) ?? []);
      const built = [r.arg, ...locals.flatMap(mapCallbacks)];
      // (…and the project's mappers, on a route that only reads: a person changed by staff, `toMemberDto(member)` after
      // verifying their licence, is answered to the one who changed it)
      if (f.env.resolver && f.accesses.every((a) => a.operation === 'read' || a.operation === 'list'))
        built.push(...[r.arg, ...locals].flatMap((n) => mappedObjects(f.env.resolver!, r.file, n)));
      for (const sent of built)
        walk(sent, (n) => {
          if (n.type === 'ArrayExpression')
            for (const el of n.elements) {
              const leaf = el ? memberLeaf(unwrap(el as Node)) : null;
              if (leaf && PERSONAL_FIELD.test(leaf) && unwrap(el as Node)?.type === 'MemberExpression')
                fields.add(leaf);
            }
          if (n.type !== 'Property' || n.computed) return;
          const key = nameOf(n.key as Node) ?? '';
          const v = unwrap(n.value as Node);
          if (PERSONAL_FIELD.test(key) && v?.type === 'MemberExpression') fields.add(key);
        });
      if (fields.size > 0) return { fields: [...fields], location: locationOf(r.file, r.node) };
    }
  }
  return null;
}

/** A password column marks the table of the app's people, whatever it is called (`drivers`, `members`). */
const CREDENTIAL_FIELD = /^(?:password|password_?hash|passwordHash|hashed_?password|passwordDigest)$/i;

/**
 * Rows listed (or picked by a client value) without scoping to the caller, whose column list copies people's contact
 * fields out of a joined table of people: `db.select({ plate, driverEmail: drivers.email }).from(reservations)
 * .innerJoin(drivers, …)` — every driver's e-mail to whoever asks.
 */
function joinedPersonalFields(
  flows: FlowResult[],
  models: Map<string, ModelInfo>,
): { fields: string[]; location: Location } | null {
  const isPeople = (table: string) => {
    const m = models.get(modelKey(table));
    return PERSON_MODEL.test(modelKey(table)) || (!!m && [...m.fields].some((x) => CREDENTIAL_FIELD.test(x)));
  };
  for (const f of flows) {
    // (a row the client picks by id, or by whose it is: `.eq('user_id', params.volunteerId)`)
    const picked = (a: DataAccess) => a.byClientId || a.ownerFromClient;
    const unscoped = f.accesses.some(
      (a) => !a.scopedToCaller && (a.operation === 'list' || (a.operation === 'read' && picked(a))),
    );
    if (!unscoped) continue;
    // SQL rows with the contact columns of people joined in (`SELECT p.*, u.email, u.phone … JOIN users u`), read for
    // anyone (not the caller's own rows), and answered
    const joined = f.accesses.filter(
      (a) => a.joinedContacts && !a.scopedToCaller && (a.operation === 'list' || picked(a)),
    );
    const answer = f.responses.find((r) => r.arg);
    if (joined.length > 0 && answer)
      return {
        fields: [...new Set(joined.flatMap((a) => a.joinedContacts!))],
        location: locationOf(answer.file, answer.node),
      };
    for (const r of f.responses) {
      if (!r.arg) continue;
      // what the answer was built from, a few locals deep (`lines = rows.map(…)` joined into a CSV body, `rows` the query)
      const queries: Node[] = [];
      const seen = new Set<string>();
      const collect = (node: Node, depth: number): void =>
        walk(node, (n) => {
          if (n.type !== 'Identifier' || seen.has(n.name)) return undefined;
          seen.add(n.name);
          const local = localValue(f, r.file, n);
          if (local) {
            queries.push(local);
            if (depth < 3) collect(local, depth + 1);
          }
          return undefined;
        });
      collect(r.arg, 0);
      const fields = new Set<string>();
      for (const q of queries)
        walk(q, (n) => {
          if (n.type !== 'CallExpression' || calleeName(n) !== 'select') return undefined;
          const cols = unwrap(n.arguments[0] as Node);
          if (cols?.type !== 'ObjectExpression') return undefined;
          for (const p of cols.properties) {
            if (p.type !== 'Property') continue;
            const v = unwrap(p.value as Node);
            const path = v?.type === 'MemberExpression' ? memberPath(v) : null;
            // joined in: a directory of the people themselves (`select({ id, email }).from(users)`) is another matter
            if (
              path?.length === 2 &&
              PERSONAL_FIELD.test(path[1]!) &&
              isPeople(path[0]!) &&
              !f.accesses.some((a) => a.model !== null && modelKey(a.model) === modelKey(path[0]!))
            )
              fields.add(`${path[0]}.${path[1]}`);
          }
          return undefined;
        });
      if (fields.size > 0) return { fields: [...fields], location: locationOf(r.file, r.node) };
    }
  }
  return null;
}

/** The callbacks of the `.map(…)` calls in an expression. */
function mapCallbacks(expr: Node): Node[] {
  const out: Node[] = [];
  walk(expr, (n) => {
    if (n.type === 'CallExpression' && nameOf((n.callee as { property?: Node }).property) === 'map') {
      const cb = unwrap(n.arguments[0] as Node);
      if (cb && isFunction(cb)) out.push(cb);
    }
    return undefined;
  });
  return out;
}

/**
 * The objects the project's own mappers build for a response: `toCreatorProfileDto(creator)` spread into what is sent,
 * `episodes.map(toEpisodeDto)`. Only what the mapper returns (not its other statements: a look-up's `where: { email }`
 * is no field sent); a mapper spreading another (`{ ...toUserDto(user), updatedAt }`) is read through, twice at most.
 */
function mappedObjects(resolver: Resolver, file: SourceFile, expr: Node, depth = 0): Node[] {
  const out: Node[] = [];
  const read = (fn: { file: SourceFile; fn: Node }) => {
    for (const o of returnedObjects(fn.fn)) {
      out.push(o);
      if (depth < 2) out.push(...mappedObjects(resolver, fn.file, o, depth + 1));
    }
  };
  walk(expr, (n) => {
    if (n.type !== 'CallExpression') return undefined;
    // (a mapper by its name: `toCreatorDto`, `serializeUser`, `userView` — not a service that loads and returns rows)
    const target = SHAPE_CALL.test(calleeName(n) ?? '') ? resolver.calleeFunction(file, n) : null;
    if (target) read(target);
    // `rows.map(toEpisodeDto)`: a mapper handed over by name
    const cb = nameOf((n.callee as { property?: Node }).property) === 'map' ? unwrap(n.arguments[0] as Node) : null;
    if (cb?.type === 'Identifier' && SHAPE_CALL.test(cb.name)) {
      const fn = resolver.functionOf(resolver.valueOf(file, cb));
      if (fn) read(fn);
    }
    return undefined;
  });
  return out;
}

/** The secrets a model keeps that its queries do not hide: credential-like fields and those seen holding credentials. */
function secretFields(info: ModelInfo): string[] {
  return [...info.fields].filter((x) => (SENSITIVE_FIELD.test(x) || !!info.credentials?.has(x)) && !info.hidden.has(x));
}

/** `node` runs only on some paths of its function: inside an `if`, a `switch` case, a `catch`, a `?:` or `&&`. */
function conditional(node: Node): boolean {
  for (let p = parentOf(node); p && !isFunction(p); p = parentOf(p))
    if (
      p.type === 'IfStatement' ||
      p.type === 'SwitchCase' ||
      p.type === 'CatchClause' ||
      p.type === 'ConditionalExpression' ||
      p.type === 'LogicalExpression'
    )
      return true;
  return false;
}

/** The expression picks between values: `a ? b : c`, `a || b`. */
function containsChoice(expr: Node): boolean {
  let found = false;
  walk(expr, (n) => {
    if (n.type === 'ConditionalExpression' || n.type === 'LogicalExpression') found = true;
    return found ? false : undefined;
  });
  return found;
}

/** The object literals a function returns (its expression body, or `return { … }` in its own body). */
function returnedObjects(fn: Node): Node[] {
  return returnedExpressions(fn).filter((r): r is Node => r?.type === 'ObjectExpression');
}

/** What a variable sent in a response was built from (`const matches = users.filter(…).map(…)`). */
function localValue(f: FlowResult, file: SourceFile, arg: Node): Node | null {
  if (unwrap(arg)?.type !== 'Identifier' || !f.env.resolver) return null;
  const v = f.env.resolver.valueOf(file, arg);
  return v.kind === 'node' && v.file === file ? v.node : null;
}

/** Roles of ordinary users of an app: reaching everyone's objects is not theirs. */
const ORDINARY_ROLE =
  /^(?:user|member|customer|client|coach|trainer|student|teacher|instructor|volunteer|driver|rider|patient|doctor|vet|tenant|guest|buyer|seller|vendor|host|owner|author|recruiter|candidate|employee|agent|player|parent|tutor|mentor|learner|courier|freelancer|creator|artist|filmmaker|landlord|renter|subscriber|athlete|organi[sz]er|merchant|provider|contractor|lender|borrower|attendee|participant|speaker|reviewer|photographer|musician|writer|reader|shopper|travell?er|contributor|collaborator|applicant|resident|requester)s?$/i;

/** The role names a check quotes: `requireRole('staff', 'admin')`, `role !== 'coach'`. */
function quotedNames(text: string): string[] {
  return [
    ...[...text.matchAll(/['"`]([A-Za-z][\w-]*)['"`]/g)].map((m) => m[1]!),
    // (members of a roles enum: `@Roles(Role.Reviewer, Role.Admin)`, `UserRole.ORGANIZER`)
    ...[...text.matchAll(/\b(?:[A-Z]\w*)?Roles?\.([A-Za-z]\w*)/g)].map((m) => m[1]!),
  ];
}

/** A role of the app's ordinary users (`landlord`, `coach`), not of its staff. */
export function isOrdinaryRole(role: string): boolean {
  return ORDINARY_ROLE.test(role) && !ADMIN_ROLE.test(role);
}

/**
 * The handler holds one of the roles its gate admits to the caller's own (`if (user.role === 'housekeeping' &&
 * input.staffId !== user.sub) 403`): the developer did not give that role every record, so the gate is no licence to
 * act on any of them.
 */
function boundsAdmittedRole(flows: readonly FlowResult[], admitted: readonly string[]): boolean {
  if (admitted.length === 0) return false;
  return flows.some((f) =>
    f.roleChecks.some((n) => {
      const p = parentOf(n);
      if (p?.type !== 'LogicalExpression' || p.operator !== '&&') return false;
      if (n.type !== 'BinaryExpression' || (n.operator !== '===' && n.operator !== '==')) return false;
      const role = stringValue(n.left as Node) ?? stringValue(n.right as Node);
      if (role === null || !admitted.includes(role) || PRIVILEGED_ROLE.test(role)) return false;
      const other = unwrap((p.left === n ? p.right : p.left) as Node);
      return (
        other?.type === 'BinaryExpression' &&
        (other.operator === '!==' || other.operator === '!=') &&
        (isUserValue(f.env, other.left as Node) || isUserValue(f.env, other.right as Node))
      );
    }),
  );
}

/** A gate that also lets an ordinary role through (`coach`, `member`) is no staff gate. */
function admitsOrdinaryRole(names: readonly string[]): boolean {
  return names.some(isOrdinaryRole);
}

/** The model a relation of `owner` refers to in the schema, else the one named like it (`author` → a person). */
function relatedModel(models: Map<string, ModelInfo>, owner: string | null, rel: string): ModelInfo | undefined {
  const target = owner ? models.get(modelKey(owner))?.refs?.get(rel) : undefined;
  return (
    (target ? models.get(modelKey(target)) : undefined) ??
    models.get(modelKey(rel)) ??
    // (`include: { client: true, lawyer: true }`: people are the app's users)
    (PERSON_RELATION.test(rel) || PERSONISH_FIELD.test(rel) ? models.get('user') : undefined)
  );
}

const ADMIN_ROLE = /admin|superuser|super_user|staff|moderator|root|support|operator|manager|backoffice/i;
const PERSON_RELATION =
  /^(?:author|user|owner|creator|customer|member|assignee|host|createdBy|sender|recipient|buyer|seller|student|instructor|employee|patient|profile)s?$/i;

/**
 * Models that only staff change: every route that writes them checks a role (`POST /pets` and `PATCH /pets/{id}`
 * behind `requireRole('staff')`). What staff curate for the public — pets up for adoption, a menu — is read without
 * signing in by design. People's own records never qualify.
 */
function staffManagedModels(
  endpoints: readonly Endpoint[],
  app: AppFacts,
  models: ReadonlyMap<string, ModelInfo>,
): Set<string> {
  const writers = new Map<string, boolean>();
  for (const e of endpoints) {
    const flows = app.flows.get(e) ?? [];
    // the role checked must be a staff one: `requireRole('staff', 'admin')`, not `requireRole('candidate')`
    const checks = [
      ...(app.links.get(e) ?? [])
        .filter((l) => l.facts.roles.has('role'))
        .map((l) => l.link.file.text.slice(l.link.node.start, l.link.node.end)),
      ...flows.flatMap((f) => (f.rejects ? f.roleChecks.map((n) => f.env.file.text.slice(n.start, n.end)) : [])),
    ];
    const names = checks.flatMap(quotedNames);
    const role =
      checks.length > 0 &&
      (names.length > 0
        ? names.some((n) => ADMIN_ROLE.test(n)) && !admitsOrdinaryRole(names)
        : checks.some((t) => ADMIN_ROLE.test(t)));
    for (const f of flows)
      for (const a of f.accesses) {
        if (!a.model || a.operation === 'read' || a.operation === 'list' || a.operation === 'query') continue;
        const key = modelKey(a.model);
        writers.set(key, (writers.get(key) ?? true) && role);
      }
  }
  // (records that refer to a person — an application's candidate, a shift's volunteers — are theirs, not a catalogue)
  return new Set(
    [...writers]
      .filter(([key, staffOnly]) => staffOnly && !PERSON_MODEL.test(key) && !refersToPerson(models, key, true))
      .map(([key]) => key),
  );
}

/** A GET without sign-in that only reads staff-curated models (see staffManagedModels). */
function staffCatalogue(
  e: Endpoint,
  flows: readonly FlowResult[],
  links: readonly { link: ChainLink; facts: LinkFacts }[],
  staffManaged: ReadonlySet<string>,
): { intended: true; reason: string } | null {
  if (e.method !== 'GET' || staffManaged.size === 0 || links.some((l) => l.facts.roles.has('auth'))) return null;
  const accesses = flows.flatMap((f) => f.accesses);
  if (flows.some((f) => f.identityCalls.length > 0)) return null;
  return accesses.length > 0 &&
    accesses.every(
      (a) => (a.operation === 'read' || a.operation === 'list') && !!a.model && staffManaged.has(modelKey(a.model)),
    )
    ? { intended: true, reason: 'catalogue curated by staff (only role-checked routes change it)' }
    : null;
}

/**
 * Passport restores `req.user` from the session with `deserializeUser`: when that loads the whole user row
 * (`SELECT * FROM users`, `User.findById(id)` without a projection), `req.user` carries the password hash.
 */
function deserializesWholeUser(project: Project, resolver: Resolver): boolean {
  const loadsWhole = (file: SourceFile, fn: Node | null): boolean =>
    !!fn &&
    isFunction(fn) &&
    analyzeFunction(resolver, { file, fn }).accesses.some(
      (a) => (a.operation === 'read' || a.operation === 'list') && !a.selected,
    );
  for (const file of project.files.values()) {
    if (file.text.includes('deserializeUser'))
      for (const call of file.index.CallExpression)
        if (calleeName(call) === 'deserializeUser' && loadsWhole(file, unwrap(call.arguments[0] as Node | undefined)))
          return true;
    // a passport strategy's verify callback hands what it loads to `done(null, user)`: that is `req.user`
    // (`new JwtStrategy(options, async (payload, done) => { const [user] = await db.select().from(users)… })`)
    if (file.text.includes('passport'))
      for (const made of file.index.NewExpression) {
        const cls = made.callee.type === 'Identifier' ? made.callee.name : null;
        const verify = made.arguments[made.arguments.length - 1] as Node | undefined;
        if (cls && /Strategy$/.test(cls) && loadsWhole(file, unwrap(verify))) return true;
      }
  }
  return false;
}

/** `res.json(req.user)` / `{ user: req.user }` where the auth middleware stored a whole record as the caller. */
function isWholeUser(arg: Node, f: FlowResult): boolean {
  const n = unwrap(arg);
  if (!n) return false;
  const p = memberPath(n);
  if (
    p &&
    p.length <= 3 &&
    (p[p.length - 1] === 'user' || p[p.length - 1] === 'currentUser') &&
    f.env.requestRoots.has(p[0]!)
  )
    return true;
  if (n.type === 'ObjectExpression')
    return n.properties.some((pr) => pr.type === 'Property' && isWholeUser(pr.value as Node, f));
  if (n.type === 'Identifier')
    return ((f.env.vars.get(n.name) ?? 0) & SRC.user) !== 0 && !f.env.shaped.has(n.name) && false;
  return false;
}
