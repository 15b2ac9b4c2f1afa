import type { Location } from './location.ts';
import type { DataLayerId } from './stack.ts';

/** Where a value in a handler comes from. A bit set: a value can mix several (`req.query.userId ?? req.user.id`). */
export const SRC = {
  none: 0,
  params: 1,
  body: 2,
  query: 4,
  headers: 8,
  /** the authenticated caller's identity (req.user, ctx.state.user, session, c.get('jwtPayload') …) */
  user: 16,
  /** a record loaded from the data layer */
  record: 32,
  /** passed through a validator/schema */
  validated: 64,
  /** coerced to a primitive (Number(x), String(x), parseInt) */
  coerced: 128,
  /** coerced to a number (Number(x), parseInt, parseFloat): no text left to break out of an SQL fragment */
  numeric: 256,
} as const;
export type Sources = number;
/** Any client-controlled input. */
export const CLIENT = SRC.params | SRC.body | SRC.query | SRC.headers;

export type AuthFact =
  | {
      status: 'required';
      via: string;
      kind: 'middleware' | 'handler' | 'guard' | 'wrapper' | 'framework';
      location: Location | null;
    }
  | { status: 'none' }
  | { status: 'unknown'; reason: string };

export interface DataAccess {
  layer: DataLayerId | 'memory' | 'unknown';
  model: string | null;
  operation: 'read' | 'list' | 'create' | 'update' | 'delete' | 'query';
  /** the target row is picked by a client-supplied value (a path param, body or query field) */
  byClientId: boolean;
  /** the query itself is constrained by the caller's identity (ownership in the where clause) */
  scopedToCaller: boolean;
  /** the owner in the filter comes from the client (`?userId=` overriding the caller) */
  ownerFromClient: boolean;
  /** a select/projection/attributes list limits what is returned */
  selected: boolean;
  /** the whole request body is written (mass assignment) */
  writesBody: boolean;
  /** unvalidated request data flows into a query filter object (NoSQL operator injection) */
  filterFromClient: boolean;
  /**
   * …and only from the query string: operator objects (`?email[$ne]=x`) reach the filter only where the framework
   * parses nested query strings (Express's `qs`), not Next.js, Fastify, Koa or Hono by default
   */
  filterFromQueryOnly?: true;
  /**
   * a whole client object spread into a Prisma filter (`where: { ...scope, ...req.query }`): the client adds any
   * condition, operators included where the framework parses nested query strings; from the body or the query
   */
  filterSpreadFrom?: 'body' | 'query';
  /** request data is written into a `$where` JavaScript expression (server-side JavaScript injection) */
  jsWhereFromClient?: boolean;
  /**
   * picked by a secret the client holds (`{ previewToken: token }`, `{ inviteCode: code }`), not by an id: the keys it
   * was picked by (the client knows those values already)
   */
  bySecret?: string[];
  /** SQL text built by concatenation/interpolation of request data */
  sqlConcat: boolean;
  /** the filter pins a publication flag (`published: true`): a public row, not someone's private object */
  publicRow: boolean;
  /** the filter asks for a row still open to anyone (`status: 'open'`): a pool the caller may claim from (a ride request) */
  openRow?: boolean;
  /** the client values that pick the row, as written (`id`, `req.params.id`) — to match a later check on the same id */
  clientKeys: string[];
  /** client values given for owner-like keys (`orgId: req.params.orgId`), as written */
  clientOwnerValues?: string[];
  /**
   * client values the loaded row was compared with before the function turned a mismatch away (`if
   * (participant.study.sponsorId !== sponsorId) throw 404`), as written: once a guard proves such a value the caller's,
   * the row is within the caller's group
   */
  keyedBy?: string[];
  /**
   * the caller's own row within what the client names (`where: { orgId: req.params.orgId, userId: me }`): a
   * membership; once a rejection depends on it, the named values (`req.params.orgId`) are the caller's to use
   */
  membership?: boolean;
  /** a person picked by the client only to be referred to by id (the vet of a booking), never sent or changed */
  referenceOnly?: boolean;
  /** the call runs inside a database transaction (a throw after it rolls it back) */
  inTransaction?: true;
  /** an update that only moves counters (`{ $inc: { uses: 1 } }`, `{ uses: { increment: 1 } }`): bookkeeping, no edit */
  countsOnly?: boolean;
  /**
   * …each by a constant (`{ $inc: { bookedCount: 1 } }`: a seat taken on a class anyone books), not by an amount (a
   * balance moved by `amount` is the caller's money or someone else's)
   */
  tallyOnly?: true;
  /** contact fields picked from populated people (`populate('waitlist', 'name email')` → `waitlist.email`) */
  populatedContacts?: string[];
  /** plain rows that skip the model's serialiser (`.lean()`, `getRawMany()`, `{ raw: true }`) */
  rawResult?: boolean;
  /** sent only to staff: a helper hands the whole row back only in a branch for privileged callers */
  staffView?: boolean;
  /** sensitive fields the query's select picks by name (`select: { ...userSelect }` with `passwordHash: true`) */
  selectedSensitive?: string[];
  /** tables a column list picks whole, under a key (`select({ course: classes, user: users })`): key → table */
  selectedTables?: { key: string; table: string }[];
  /** fields a select that only excludes leaves out (Mongoose `.select('-password')`): the rest comes whole */
  excludedFields?: string[];
  /** fields the schema hides that the query asks for anyway (Mongoose `.select('+gpsTrackerId')`) */
  revealedFields?: string[];
  /** a create or update writes a role or admin flag taken from the request body (`data: { role: dto.role }`) */
  writesClientRole?: true;
  /** contact fields (email, phone, address) the query's column list picks */
  selectedPersonal?: string[];
  /** contact columns of people joined into SQL rows (`users.email` from `JOIN users u … u.email`) */
  joinedContacts?: string[];
  /** the query leaves the model's default scope (Sequelize `.unscoped()`, `.scope('withSecrets')`): hidden fields come back */
  unscoped?: boolean;
  /** columns the statement names (INSERT column lists): evidence of the model's fields */
  fields?: string[];
  /** related records included whole (`include: { author: true }`), by relation name */
  includes: string[];
  /**
   * the access stands for one relation it included, picked out of the loaded record (`students: cls.students` after
   * `.populate('students')`): its records are the related model's, looked up from `model`'s schema
   */
  relationOf?: string;
  /** picked by a header value (an API/device key lookup) */
  byHeader: boolean;
  /** the columns a header credential is matched against (`scannerKey` in `findOne({ scannerKey: key })`) */
  headerKeys?: string[];
  /** variable holding the result, when assigned */
  resultVar: string | null;
  location: Location;
}

export type OwnershipFact =
  | { kind: 'not-applicable' }
  | { kind: 'query-scoped' }
  | { kind: 'checked-after-load'; location: Location | null }
  | { kind: 'role-restricted'; via: string }
  /**
   * `checkedAfterChange`: the handler compares the row with the caller only after it changed it; `unawaited`: the check
   * it calls is async and its answer is used without `await` (a promise, always truthy)
   */
  | { kind: 'none'; access: DataAccess; checkedAfterChange?: true; unawaited?: { name: string; location: Location } }
  | { kind: 'owner-from-client'; access: DataAccess };

export interface ResponseFact {
  /** what the handler sends: a whole record, selected fields/DTO, or something else */
  kind: 'whole-record' | 'shaped' | 'other' | 'none';
  /** sensitive field names the sent value is known to contain */
  sensitiveFields: string[];
  /** model name of the record sent, when known */
  model: string | null;
  location: Location | null;
  /** personal fields (email, phone, address) of people other than the caller, copied into the response */
  othersPersonalFields?: string[];
  /**
   * related rows nested whole although some are hidden from some readers (`include: { messages }` where
   * `Message.internal` marks agent-only notes), as `relation` → the flag
   */
  hiddenRows?: { relation: string; flag: string }[];
  /** people nested whole into rows listed (or picked by a client id) without scoping to the caller: `relation.field` */
  othersNested?: string[];
  /** staff-only fields of the record or its nested relations (`internalNotes`, `fraudScore`): for staff, not clients */
  internalFields?: string[];
  /** payout and bank details (`iban`, `bankAccount`): their owner's to see, nobody else's */
  financialFields?: string[];
  /**
   * staff-only fields a project mapper copies into a shaped response (`toEpisodeDto` → `internalNotes`), read on routes
   * without authentication
   */
  mappedInternalFields?: string[];
}

/** Whether a route is public by design, and why. */
export interface PublicFact {
  intended: boolean;
  reason: string | null;
  /** a webhook that checks the sender's signature only when the signature header is sent */
  signatureOptional?: true;
  /**
   * …but it reads a record its owner can make private (`isPrivate`, `visibility`) by the client's id without filtering
   * on that flag, so private records come along: an object-level gap (bola), not a missing authentication
   */
  exposesPrivate?: true;
  /** the request is signed with a secret the sender shares with the app (a provider's webhook, a signed link) */
  senderVerified?: true;
}

export interface EndpointFacts {
  auth: AuthFact;
  /** intended to be public (login, register, health, public catalogue, share link) */
  public: PublicFact;
  /** a role/permission check guards the route (middleware, guard or in the handler) */
  roleCheck: string | null;
  /** …but the roles it admits are the people records are about (`requireRole('parent')`, `@Roles('student')`), not staff */
  subjectRole?: boolean;
  /** `bodyKeepsUnknown`: the body's schema hands undeclared keys through (class-validator without whitelist, zod
   * `.passthrough()`, yup without `stripUnknown`): safe field by field, not as a whole */
  validation: {
    body: string | null;
    params: string | null;
    query: string | null;
    bodyKeepsUnknown?: boolean;
    /** only these body fields are checked (express-validator chains name their fields; every other key goes unchecked) */
    bodyFields?: string[];
  };
  rateLimit: { route: string | null };
  data: DataAccess[];
  ownership: OwnershipFact;
  response: ResponseFact;
  /** which request parts the handler reads */
  reads: { params: boolean; body: boolean; query: boolean };
}
