import { readFileSync, statSync } from 'node:fs';
import {
  calleeName,
  isFunction,
  memberLeaf,
  memberPath,
  type Node,
  nameOf,
  parentOf,
  property,
  stringValue,
  type T,
  unwrap,
  walk,
} from '../parse/ast.ts';
import { anyFileMatches, type Project } from '../parse/project.ts';
import type { SourceFile } from '../parse/source.ts';

/** Field names that must never reach a client: credentials, secrets, one-time codes, payment data. */
export const SENSITIVE_FIELD =
  /^(?:password|passwd|pass_?word_?hash|password_?hash|hashed_?password|passwordDigest|pwd|hash|salt|secret|\w*_?secret|\w*secret_?key|api_?key|\w*ApiKey|\w*(?:integration|webhook|signing|encryption)_?key|\w*_?token|token|otp|otp_?code|\w*Otp|verification_?code|confirmation_?code|reset_?code|join_?code|invite_?code|invitation_?code|mfa_?secret|two_?factor_?secret|totp_?secret|ssn|social_?security\w*|(?:id|identity)_?document_?(?:number|no)?|passport_?(?:number|no)|national_?id_?(?:number|no)?|driv(?:ing|ers?)_?licen[cs]e_?(?:number|no)|card_?number|credit_?card\w*|cvv|cvc|private_?key|pin|pin_?code|\w*_?pin_?hash|\w*PinHash|(?:access|door|gate|lockbox|lock_?box|alarm|entry|entrance|building|keypad|key)_?(?:code|pin))$/i;

/** Fields kept for staff: notes about the client, scores, moderation flags. */
export const INTERNAL_FIELD =
  /^(?:internal_?(?:notes?|comments?|memo|remarks?|cost\w*|rating|score|flags?|reason|assessments?|evaluation|review)|private_?(?:notes?|comments?|remarks?)|(?:staff|admin|agent|moderator|moderation|teacher|instructor|grader|reviewer|recruiter|interviewer|screening|hr|editor|editorial|estimator|dispatcher|underwriter|auditor|organi[sz]er|judge|judging|manager|coach|landlord|vet|doctor|clinician|therapist|officer|enforcement|inspector|investigator|adjuster|caseworker|compliance|security|background_?check|payroll)_?notes?|fraud_?score|risk_?score|fraud_?flags?|fraud_?suspected|suspected_?fraud|is_?fraud\w*|(?:margin|markup)(?:_?(?:pct|percent|percentage|rate))?|cost_?price|wholesale_?price)$/i;
/** Where a person or business gets paid: the owner's to see. */
export const FINANCIAL_FIELD =
  /^(?:\w*_?(?:iban|bank_?account\w*|account_?number|routing_?number|sort_?code)|bic|swift|payout_?(?:account|iban|details|method|bank)\w*|tax_?id|vat_?number)$/i;

/** A person's contact data: what another user must not learn by listing or looking up records. */
/** Values of a `status` column that put a record in front of the public (`status: 'listed'`). */
export const PUBLIC_STATES = 'published|listed|public|live|approved|visible|on_sale|onsale';
/**
 * Records that move through an approval — requests, leave, expenses, claims, refunds, applications: an approved one is
 * decided, not published.
 */
export const WORKFLOW_MODEL =
  /(?:request|leave|time_?off|timeoff|absence|expense|claim|refund|reimbursement|application|swap|timesheet|approval|pay_?run|payroll|payslip|payout|payment|transfer|invoice|purchase_?order|budget)s?$/i;

export const PERSONAL_FIELD =
  /^(?:email|emailAddress|email_address|phone|phoneNumber|phone_number|mobile|address|homeAddress|home_address|address_?line\d?|addressLine\d?|street_?address|streetAddress|dateOfBirth|date_of_birth|dob|birthdate)$/;

export interface ModelInfo {
  name: string;
  fields: Set<string>;
  /** sensitive fields the model hides by default (Mongoose `select: false`, Sequelize defaultScope exclude, toJSON override) */
  hidden: Set<string>;
  /**
   * the hidden fields that only queries leave out (`select: false`, a default scope): the document a create returns
   * still carries them
   */
  readHidden?: Set<string>;
  /** columns the app matches a header credential against (`Venue.findOne({ scannerKey: key })`): secrets */
  credentials?: Set<string>;
  /** the model serialises itself (toJSON override, ClassSerializer @Exclude) */
  serialises: boolean;
  /** the fields come from a definition (schema, table, type, seed data), not only from the fields handlers read */
  defined: boolean;
  /** relation fields → the model they refer to (Mongoose `rater: { ref: 'User' }`, Prisma `rater User @relation(…)`) */
  refs?: Map<string, string>;
  /** relation fields that list the records referring to this one (Prisma `bookings Booking[]`): children, not owners */
  lists?: Set<string>;
}

/** A field that ties a record to a person, a tenant or another record (`userId`, `owner`, `order_id`). */
const REFERENCE_FIELD =
  /^(?:owner|user|author|creator|customer|member|account|tenant|organization|org|team|workspace|company|createdBy|created_by|uid)$|[a-z0-9]Id$|[a-z0-9]_id$/;

/**
 * A record that belongs to no one: it is not a person's own record, and its definition has no field that refers
 * to a person, a tenant or another record (a catalogue product, a country, a plan). Unknown models and models
 * known only from use are not.
 */
export function isStandalone(
  model: ModelInfo | undefined,
  models: ReadonlyMap<string, ModelInfo> = new Map(),
  listsAreChildren = false,
): boolean {
  return (
    !!model &&
    model.defined &&
    model.fields.size > 0 &&
    // a person's own record belongs to that person
    !PERSON_MODEL.test(modelKey(model.name)) &&
    [...model.fields].every(
      (f) => (listsAreChildren && model.lists?.has(f)) || referenceOf(f, model, models) === 'none',
    )
  );
}

/**
 * What a field of `model` refers to: a person (`patient`, `requester`), another model of the project (`gym`,
 * `locationId`), something unknown (`vendor_id` with no vendor model), or nothing. A plural field (`bookings
 * Booking[]`) lists the children that refer to this record, not its owner.
 */
export function referenceOf(
  field: string,
  model: ModelInfo,
  models: ReadonlyMap<string, ModelInfo>,
): 'person' | 'none' | 'unknown' | ModelInfo {
  const base = field.replace(/_?ids?$/i, '');
  if (PERSONISH_FIELD.test(base)) return 'person';
  // a message's addressee or sender (`to: { type: ObjectId, ref: 'User' }`): the record is between those people (a
  // person merely credited on a catalogue item — `donor: { ref: 'User' }` — does not make it someone's)
  const declared = model.refs?.get(field);
  if (declared && /^(?:to|from)$/.test(base) && PERSON_MODEL.test(modelKey(declared))) return 'person';
  const target = models.get(modelKey(base));
  if (target && target !== model && !/[a-z]s$/.test(base)) return target;
  if (REFERENCE_FIELD.test(field)) return target ?? 'unknown';
  return 'none';
}

/** Reference fields that name a person or a tenant: whatever they are on, it belongs to someone. */
const OWNER_REFERENCE =
  /^(?:owner|user|author|creator|customer|member|account|tenant|organization|org|team|workspace|company|createdBy|created_by|uid)(?:Id|_id)?$/i;

/** Field names that point at a person in one role or another (`patient`, `requester`, `assignee`). */
export const PERSONISH_FIELD =
  /^(?:patients?|clients?|candidates?|applicants?|recruiters?|coaches?|trainers?|agents?|drivers?|students?|doctors?|buyers?|sellers?|guests?|hosts?|tenants?|employees?|assignees?|reporters?|requesters?|recipients?|senders?|submittedBy|submitted_by|requestedBy|requested_by|createdBy|created_by|addedBy|added_by|members?|customers?|users?|owners?|authors?|creators?|accounts?|profiles?|people|persons?|waitlist|followers?|subscribers?|attendees?|participants?|landlords?|renters?|borrowers?|residents?|approvedBy|approved_by|reviewedBy|reviewed_by|assignedTo|assigned_to|organi[sz]ers?|lenders?|contractors?|estimators?|technicians?|mentors?|tutors?|instructors?|teachers?|volunteers?|couriers?|riders?|passengers?|travell?ers?|players?|athletes?|freelancers?|sponsors?|lawyers?|attorneys?|advisors?|accountants?|therapists?|clinicians?|caregivers?|judges?|holders?|(?:policy|card|account|ticket|pass)_?holders?)$/i;

/**
 * A record that belongs to no one, also through what it refers to: a desk of a location, a variant of a product.
 * Every reference must lead to a standalone model of the project (one step), and none may name a person or tenant.
 */
/** The model names a person among its fields (`candidateId`, `owner`, `volunteers`), or is unknown. */
export function refersToPerson(
  models: ReadonlyMap<string, ModelInfo>,
  name: string,
  /** (records only staff write: who of the staff made or approved one is a note, not an owner) */
  staffWritten = false,
): boolean {
  const model = models.get(modelKey(name));
  if (!model?.defined || model.fields.size === 0) return true;
  return [...model.fields].some(
    (f) =>
      !(staffWritten && STAFF_AUDIT_FIELD.test(f)) &&
      (OWNER_REFERENCE.test(f) || PERSONISH_FIELD.test(f.replace(/_?ids?$/i, ''))),
  );
}

/** Who of the staff made, changed or approved a record (`createdBy`, `approved_by`). */
const STAFF_AUDIT_FIELD = /^(?:created|updated|added|approved|reviewed|published|modified)_?by(?:_?id)?$/i;

export function belongsToNoOne(
  models: ReadonlyMap<string, ModelInfo>,
  name: string,
  /**
   * (for what a visitor reads: the records a list relation names refer to this one — `bookings Booking[]` on a subject —
   * and do not make it anyone's; a write to such a record may still be its creator's, as a group's is)
   */
  listsAreChildren = false,
): boolean {
  const model = models.get(modelKey(name));
  if (!model?.defined || model.fields.size === 0 || PERSON_MODEL.test(modelKey(model.name))) return false;
  for (const f of model.fields) {
    if (listsAreChildren && model.lists?.has(f)) continue;
    // `patient: { type: ObjectId, ref: 'User' }`, `prescription: …`: a field named after a person or after another
    // model of the project refers to it, whatever its suffix
    if (OWNER_REFERENCE.test(f)) return false;
    const ref = referenceOf(f, model, models);
    if (ref === 'none') continue;
    if (ref === 'person' || ref === 'unknown' || !isStandalone(ref, models, listsAreChildren)) return false;
  }
  return true;
}

/** A serialisation option with a transform (`{ transform(doc, ret) { … } }`, `{ transform: hide }`). */
function hasTransform(opts: Node | null | undefined): boolean {
  return property(opts, 'transform') !== null;
}

const DECORATED_REF =
  /\bref\s*:\s*['"](\w+)['"]|\bref\s*:\s*(\w+)\.name\b|(?:ManyToOne|OneToOne|OneToMany|ManyToMany|BelongsTo|HasOne|HasMany)\(\s*\(\)\s*=>\s*(\w+)/;
const PRISMA_SCALAR = /^(?:String|Int|BigInt|Float|Decimal|Boolean|DateTime|Json|Bytes|Unsupported)$/;

/** Models whose records are people (`User`, `customers`, `Patient`). */
export const PERSON_MODEL =
  /^(?:users?|members?|customers?|accounts?|profiles?|people|persons?|employees?|patients?|students?|contacts?|owners?|authors?|admins?|staff|residents?|guests?|volunteers?|drivers?|riders?|donors?|applicants?|citizens?|parents?|patrons?|attendees?|athletes?|players?)$/i;

/** `Users`, `user`, `users_table`, `UserModel` → `user` */
export function modelKey(name: string): string {
  // `IssueRow`: the type of a table's rows is the table's model
  const lower = name.replace(/(?<=[a-z0-9])Row$/, '').toLowerCase();
  // (`repo` alone names no model: stripping it would leave a key that every lookup matches)
  return (lower.replace(/(?:model|schema|table|entity|collection|repository|repo)$/, '') || lower)
    .replace(/[^a-z0-9]/g, '')
    .replace(/(?:ies)$/, 'y')
    .replace(/s$/, '');
}

/**
 * The data models of the project and their fields, from Prisma schemas, Mongoose schemas, Sequelize and
 * Drizzle definitions, TypeScript interfaces and in-memory seed arrays — enough to tell whether a
 * record sent to a client carries secrets.
 */
export function collectModels(project: Project): Map<string, ModelInfo> {
  const models = new Map<string, ModelInfo>();
  // `schema`: the definition is the stored shape (a schema, a table, an entity, seed data); a TypeScript interface
  // or a plain class may describe a response or a DTO with fewer fields than the stored row
  const get = (name: string, schema = true): ModelInfo => {
    const key = modelKey(name);
    let m = models.get(key);
    if (!m) {
      m = { name, fields: new Set(), hidden: new Set(), serialises: false, defined: schema };
      models.set(key, m);
    } else if (schema) m.defined = true;
    return m;
  };
  // SQL schemas and migrations: CREATE TABLE users (id …, password_hash …)
  // (also the DDL an app runs itself at start-up: `db.exec(\`CREATE TABLE IF NOT EXISTS users (…)\`)`)
  const inlineDdl = [...project.files.values()].filter((f) => /create\s+table/i.test(f.text)).map((f) => f.text);
  for (const sql of [...schemaTexts(project, '.sql'), ...inlineDdl]) {
    for (const table of sql.matchAll(
      /create\s+table\s+(?:if\s+not\s+exists\s+)?["`]?(?:\w+\.)?(\w+)["`]?\s*\(([\s\S]*?)\);/gi,
    )) {
      const m = get(table[1]!);
      for (const line of topLevelParts(table[2]!)) {
        const col = line.trim().match(/^["`]?(\w+)["`]?\s+\w/);
        if (col && !/^(?:primary|foreign|unique|constraint|check|index|key)$/i.test(col[1]!)) m.fields.add(col[1]!);
      }
    }
  }
  for (const file of schemaTexts(project, '.prisma')) {
    for (const block of file.matchAll(/model\s+(\w+)\s*\{([^}]*)\}/g)) {
      const m = get(block[1]!);
      for (const line of block[2]!.split('\n')) {
        const f = line.trim().match(/^(\w+)\s+(\w+)/);
        if (!f || f[1]!.startsWith('@@')) continue;
        m.fields.add(f[1]!);
        // a relation field's type is a model of the schema (`rater User @relation(…)`); built-in scalars are left
        // out, and an enum's name finds no model when it is looked up
        if (/^[A-Z]/.test(f[2]!) && !PRISMA_SCALAR.test(f[2]!)) {
          addRef(m, f[1]!, f[2]!);
          if (/^\w+\s+\w+\[\]/.test(line.trim())) {
            m.lists ??= new Set();
            m.lists.add(f[1]!);
          }
        }
      }
    }
  }
  const serialisesEntities = () => anyFileMatches(project, CLASS_SERIALISER);
  const associate = (kind: string, source: string | null, args: T.CallExpression['arguments']): void => {
    const target = nameOf(unwrap(args[0] as Node));
    if (!source || !target || !/^[A-Z]/.test(source) || !/^[A-Z]/.test(target)) return;
    const opts = unwrap(args[1] as Node | undefined);
    const fk = unwrap(propertyValue(opts as Node, 'foreignKey'));
    // (`foreignKey: { name: 'captainId', allowNull: false }`)
    const key = stringValue(fk) ?? (fk?.type === 'ObjectExpression' ? stringValue(propertyValue(fk, 'name')) : null);
    const as = stringValue(propertyValue(opts as Node, 'as'));
    const lower = (x: string) => x[0]!.toLowerCase() + x.slice(1);
    // (the keyed model is the one that belongs: the source of `belongsTo`, the target of `hasMany`/`hasOne`; a model
    // named only here, by a variable `define` named otherwise, is no schema of its own)
    const [holder, referred] = kind === 'belongsTo' ? [source, target] : [target, source];
    const field = key ?? `${lower(kind === 'belongsTo' ? (as ?? target) : source)}Id`;
    const m = get(holder, false);
    m.fields.add(field);
    addRef(m, field, referred);
  };
  for (const file of project.files.values()) {
    const t = file.text;
    const visit = (node: Node): void => {
      if (node.type === 'NewExpression' && /Schema$/.test(memberLeaf(node.callee as Node) ?? '')) {
        // const UserSchema = new Schema({ ... }); mongoose.model('User', UserSchema)
        // const UserSchema = new Schema(…), or inline: mongoose.model('User', new Schema(…))
        const owner = parentOf(node);
        const inline =
          owner?.type === 'CallExpression' && calleeName(owner) === 'model' && owner.arguments[1] === node
            ? stringValue(owner.arguments[0] as Node)
            : null;
        const name = inline ?? declaredName(node) ?? 'unknown';
        addObjectFields(get(name), node.arguments[0] as Node);
        // new Schema({ … }, { toJSON: { transform(doc, ret) { delete ret.passwordHash } } })
        const opts = node.arguments[1] as Node | undefined;
        if (hasTransform(property(opts, 'toJSON')?.value as Node | undefined)) get(name).serialises = true;
      } else if (node.type === 'CallExpression') {
        const name = calleeName(node);
        const path = name === 'init' || name === 'plugin' ? memberPath(node.callee as Node) : null;
        if ((name === 'createTable' || name === 'createTableIfNotExists') && node.arguments.length >= 2) {
          // knex migrations: `knex.schema.createTable('copies', (t) => { t.increments('id'); t.string('barcode') })`
          const table = stringValue(node.arguments[0] as Node);
          const builder = unwrap(node.arguments[1] as Node);
          const column = isFunction(builder) ? nameOf(builder.params[0] as Node) : null;
          if (table && builder && column) {
            const m = get(table);
            walk(builder, (c) => {
              if (c.type !== 'CallExpression' || c.callee.type !== 'MemberExpression') return;
              if (nameOf(unwrap(c.callee.object as Node)) !== column) return;
              const field = stringValue(c.arguments[0] as Node);
              if (field && !/^(?:index|unique|primary|foreign|dropColumn|renameColumn)$/.test(calleeName(c) ?? ''))
                m.fields.add(field);
            });
          }
        } else if (
          (name === 'pgTable' || name === 'sqliteTable' || name === 'mysqlTable') &&
          node.arguments.length >= 2
        ) {
          addObjectFields(
            get(stringValue(node.arguments[0] as Node) ?? declaredName(node) ?? 'unknown'),
            node.arguments[1] as Node,
          );
        } else if (
          name === 'relations' &&
          node.arguments.length === 2 &&
          isFunction(unwrap(node.arguments[1] as Node))
        ) {
          // Drizzle: `relations(invites, ({ one }) => ({ invitedBy: one(users, { … }) }))`: what `with: { invitedBy:
          // true }` nests
          const table = drizzleTableName(file, node.arguments[0] as Node);
          const cb = unwrap(node.arguments[1] as Node) as T.ArrowFunctionExpression;
          const body = unwrap(cb.body as Node);
          if (table && body?.type === 'ObjectExpression')
            for (const p of body.properties) {
              const v = p.type === 'Property' ? unwrap(p.value as Node) : null;
              const key = p.type === 'Property' ? nameOf(p.key as Node) : null;
              if (key && v?.type === 'CallExpression' && /^(?:one|many)$/.test(calleeName(v) ?? '')) {
                const target = drizzleTableName(file, v.arguments[0] as Node);
                if (target) addRef(get(table), key, target);
              }
            }
        } else if (
          (name === 'belongsTo' || name === 'hasMany' || name === 'hasOne') &&
          node.callee.type === 'MemberExpression' &&
          node.arguments.length >= 1
        ) {
          // Sequelize associations name the keys `define` leaves out: `Team.belongsTo(User, { as: 'captain', foreignKey:
          // 'captainId' })` gives a team its captain, `Event.hasMany(Shift, { foreignKey: 'eventId' })` a shift its event
          associate(name, nameOf(unwrap(node.callee.object as Node)), node.arguments);
        } else if (name === 'define' && node.arguments.length >= 2 && stringValue(node.arguments[0] as Node)) {
          const m = get(stringValue(node.arguments[0] as Node)!);
          addObjectFields(m, node.arguments[1] as Node);
          applyScope(m, node.arguments[2] as Node, file);
        } else if (name === 'init' && path && path.length === 2 && node.arguments.length >= 1) {
          const m = get(path[0]!);
          addObjectFields(m, node.arguments[0] as Node);
          applyScope(m, node.arguments[1] as Node, file);
        } else if (
          name === 'plugin' &&
          path &&
          path.length === 2 &&
          /toJSON|private|hidden|hide|sanitiz|serializ/i.test(memberPath(node.arguments[0] as Node)?.join('.') ?? '')
        ) {
          // userSchema.plugin(toJSON): a plugin that strips private fields when documents are serialised
          get(path[0]!).serialises = true;
        } else if (
          name === 'set' &&
          stringValue(node.arguments[0] as Node) === 'toJSON' &&
          hasTransform(node.arguments[1] as Node)
        ) {
          // UserSchema.set('toJSON', { transform(doc, ret) { delete ret.passwordHash } })
          const p = memberPath(node.callee as Node);
          if (p?.length === 2) get(p[0]!).serialises = true;
        } else if (name === 'model' && node.arguments.length >= 2) {
          const modelName = stringValue(node.arguments[0] as Node);
          const schemaName = nameOf(node.arguments[1] as Node);
          if (modelName && schemaName) {
            const from = models.get(modelKey(schemaName));
            if (from) {
              const m = get(modelName);
              for (const f of from.fields) m.fields.add(f);
              for (const f of from.hidden) m.hidden.add(f);
              for (const f of from.readHidden ?? []) hideOnRead(m, f);
              for (const [f, to] of from.refs ?? []) addRef(m, f, to);
              m.serialises ||= from.serialises;
            }
          }
        }
      } else if (node.type === 'TSInterfaceDeclaration') {
        const m = get(node.id.name, false);
        for (const member of node.body.body)
          if (member.type === 'TSPropertySignature') addField(m, nameOf(member.key as Node));
      } else if (node.type === 'ClassDeclaration' && node.id) {
        const entity = ((node.decorators ?? []) as Node[]).some((d) =>
          /^@(?:Entity|Table|Schema|Model)\b/.test(t.slice(d.start, d.end)),
        );
        const m = get(node.id.name, entity);
        // @nestjs/mongoose: `@Schema({ toJSON: { transform: (_doc, ret) => { delete ret.passwordHash } } })`
        for (const d of (node.decorators ?? []) as T.Decorator[]) {
          const call = unwrap(d.expression as Node);
          if (call?.type !== 'CallExpression') continue;
          // sequelize-typescript: `@DefaultScope(() => ({ attributes: { exclude: ['passwordHash'] } }))`, as the
          // `defaultScope` option of `sequelize.define`
          if (calleeName(call) === 'DefaultScope') {
            const scope = unwrap(call.arguments[0] as Node | undefined);
            const body = isFunction(scope) ? unwrap(scope.body as Node) : scope;
            if (body?.type === 'ObjectExpression') applyDefaultScope(m, body, file);
          }
          if (calleeName(call) !== 'Schema') continue;
          if (hasTransform(property(call.arguments[0] as Node | undefined, 'toJSON')?.value as Node | undefined))
            m.serialises = true;
        }
        for (const member of node.body.body) {
          if (member.type === 'PropertyDefinition') {
            const field = nameOf(member.key as Node);
            addField(m, field);
            const decorators = (member.decorators ?? []) as Node[];
            // `@Prop({ type: Types.ObjectId, ref: 'User' })`, `@ManyToOne(() => User)`: the model a relation refers to
            for (const d of decorators) {
              const r = t.slice(d.start, d.end).match(DECORATED_REF);
              const target = r?.[1] ?? r?.[2] ?? r?.[3];
              if (field && target) addRef(m, field, target);
            }
            // class-transformer's @Exclude hides a field only where responses go through it (Nest's
            // ClassSerializerInterceptor); TypeORM's `select: false` only leaves it out of reads
            if (field && serialisesEntities() && decorators.some((d) => /Exclude/.test(t.slice(d.start, d.end))))
              m.hidden.add(field);
            else if (field && decorators.some((d) => /select\s*:\s*false/.test(t.slice(d.start, d.end))))
              hideOnRead(m, field);
          }
          if (member.type === 'MethodDefinition' && nameOf(member.key as Node) === 'toJSON') m.serialises = true;
        }
      } else if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier') {
        // seed data: const users = [{ id: 1, username: 'alice', password: '…' }]
        const init = unwrap(node.init as Node);
        if (
          init?.type === 'ArrayExpression' &&
          init.elements[0] &&
          unwrap(init.elements[0] as Node)?.type === 'ObjectExpression'
        ) {
          const m = get(node.id.name);
          for (const el of init.elements) addObjectFields(m, el as Node);
        }
      } else if (node.type === 'Property' && !node.computed) {
        // seed data held in an object: export const db = { users: [{ … }], transfers: [{ … }] }
        const value = unwrap(node.value as Node);
        const key = nameOf(node.key as Node);
        if (
          key &&
          value?.type === 'ArrayExpression' &&
          value.elements[0] &&
          unwrap(value.elements[0] as Node)?.type === 'ObjectExpression'
        ) {
          const m = get(key);
          for (const el of value.elements) addObjectFields(m, el as Node);
        }
      } else if (node.type === 'AssignmentExpression') {
        // UserSchema.methods.toJSON = function () { delete obj.password }
        const p = chainNames(node.left as Node, SERIALISE_KEYS) ? memberPath(node.left as Node) : null;
        if (p && p[p.length - 1] === 'toJSON') {
          const m = get(p[0]!);
          m.serialises = true;
        }
        if (p?.includes('transform')) get(p[0]!).serialises = true;
      }
    };
    // the parse pass indexed these node types: no second walk over every file
    const ix = file.index;
    for (const list of [
      ix.NewExpression,
      ix.CallExpression,
      ix.TSInterfaceDeclaration,
      ix.ClassDeclaration,
      ix.VariableDeclarator,
      ix.AssignmentExpression,
    ] as Node[][]) {
      for (const node of list) visit(node);
    }
    for (const arr of ix.ArrayExpression) {
      const parent = parentOf(arr);
      if (parent?.type === 'Property') visit(parent);
    }
  }
  return models;
}

const SERIALISE_KEYS = new Set(['toJSON', 'transform']);
/**
 * The project hands entities to class-transformer on their way out (Nest's ClassSerializerInterceptor), which applies
 * @Exclude. (An explicit `instanceToPlain(entity)` shapes its own response: the entity sent as it is keeps every field.)
 */
const CLASS_SERIALISER = /\bClassSerializerInterceptor\b|\bSerializeOptions\b/;

/** Whether a member chain names one of these properties (`schema.methods.toJSON`), without building its path. */
function chainNames(node: Node, names: ReadonlySet<string>): boolean {
  let n = unwrap(node);
  while (n?.type === 'MemberExpression') {
    const prop = nameOf(n.property as Node);
    if (prop !== null && names.has(prop)) return true;
    n = unwrap(n.object as Node);
  }
  return false;
}

function addField(m: ModelInfo, name: string | null): void {
  if (name) m.fields.add(name);
}

function addObjectFields(m: ModelInfo, obj: Node | undefined): void {
  const o = unwrap(obj);
  if (o?.type !== 'ObjectExpression') return;
  for (const p of o.properties) {
    if (p.type !== 'Property') continue;
    const key = nameOf(p.key as Node);
    if (!key) continue;
    m.fields.add(key);
    // `rater: { type: Schema.Types.ObjectId, ref: 'User' }`, `members: [{ type: ObjectId, ref: 'User' }]`
    const def = unwrap(p.value as Node);
    const shape = def?.type === 'ArrayExpression' ? unwrap(def.elements[0] as Node | null) : def;
    const ref = shape?.type === 'ObjectExpression' ? stringValue(propertyValue(shape, 'ref')) : null;
    if (ref) addRef(m, key, ref);
    const sel = propertyValue(p.value as Node, 'select');
    if (sel && sel.type === 'Literal' && sel.value === false) hideOnRead(m, key);
  }
}

/** The SQL name of a Drizzle table variable of this file (`const invites = pgTable('invites', …)`), else its name. */
function drizzleTableName(file: SourceFile, id: Node | undefined): string | null {
  const name = nameOf(unwrap(id ?? null) as Node);
  if (!name) return null;
  for (const d of file.index.VariableDeclarator) {
    if (d.id.type !== 'Identifier' || d.id.name !== name) continue;
    const init = unwrap(d.init as Node | null);
    if (init?.type === 'CallExpression' && /^(?:pg|sqlite|mysql)Table$/.test(calleeName(init) ?? ''))
      return stringValue(init.arguments[0] as Node) ?? name;
  }
  return name;
}

function addRef(m: ModelInfo, field: string, target: string): void {
  m.refs ??= new Map();
  m.refs.set(field, target);
}

function hideOnRead(m: ModelInfo, field: string): void {
  m.hidden.add(field);
  m.readHidden ??= new Set();
  m.readHidden.add(field);
}

function propertyValue(obj: Node, key: string): Node | null {
  return (property(obj, key)?.value as Node | undefined) ?? null;
}

function applyScope(m: ModelInfo, options: Node | undefined, file: SourceFile): void {
  const scope = propertyValue(options ?? ({ type: 'Literal' } as Node), 'defaultScope');
  if (scope) applyDefaultScope(m, scope, file);
}

/** A default scope's `attributes: { exclude: [...] }`: fields every read leaves out. */
function applyDefaultScope(m: ModelInfo, scope: Node, file: SourceFile): void {
  const attrs = propertyValue(scope, 'attributes');
  const exclude = localConstant(file, attrs ? propertyValue(attrs, 'exclude') : null);
  if (exclude && exclude.type === 'ArrayExpression') {
    for (const e of exclude.elements) {
      const v = stringValue(e as Node);
      if (v) hideOnRead(m, v);
    }
  }
}

/** `exclude: SECRET_FIELDS` → the array a `const` of the same file holds (models are read before any resolver). */
function localConstant(file: SourceFile, node: Node | null): Node | null {
  const n = unwrap(node);
  if (n?.type !== 'Identifier') return n;
  const d = file.index.VariableDeclarator.find((v) => v.id.type === 'Identifier' && v.id.name === n.name);
  return d && parentOf(d)?.type === 'VariableDeclaration' && (parentOf(d) as T.VariableDeclaration).kind === 'const'
    ? unwrap(d.init as Node | null)
    : null;
}

function declaredName(node: Node): string | null {
  const p = parentOf(node);
  return p && p.type === 'VariableDeclarator' ? nameOf(p.id as Node) : null;
}

const SCHEMA_TEXTS = new WeakMap<Project, Map<string, string[]>>();

/**
 * The text of the project's schema files with this extension (Prisma schemas, SQL migrations), dumps left out.
 * Read once per project: the model facts and the row-level-security facts both read the migrations.
 */
export function schemaTexts(project: Project, ext: string): string[] {
  const byExt = SCHEMA_TEXTS.get(project) ?? new Map<string, string[]>();
  SCHEMA_TEXTS.set(project, byExt);
  const cached = byExt.get(ext);
  if (cached) return cached;
  const texts = project.schemas.flatMap((f) => {
    if (!f.endsWith(ext)) return [];
    try {
      // a database dump is no schema worth reading
      return statSync(f).size > MAX_SCHEMA_BYTES ? [] : [readFileSync(f, 'utf8')];
    } catch {
      return [];
    }
  });
  byExt.set(ext, texts);
  return texts;
}

const MAX_SCHEMA_BYTES = 5_000_000;

/** The comma-separated parts of a column list outside parentheses (`numeric(10, 2)` stays one), one per column. */
function topLevelParts(list: string): string[] {
  // (comments may hold commas and parentheses: `-- who owns it (a user)`)
  const text = list.replace(/--[^\n]*/g, '');
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}
