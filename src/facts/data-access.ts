import { CLIENT, type DataAccess, type Sources, SRC } from '../core/facts.ts';
import { table } from '../core/table.ts';
import {
  calleeName,
  enclosingFunction,
  isFunction,
  memberLeaf,
  memberPath,
  memberRoot,
  type Node,
  nameOf,
  parentOf,
  property,
  propertyValue,
  returnedExpressions,
  stringValue,
  type T,
  unwrap,
  walk,
} from '../parse/ast.ts';
import type { Resolver, Value } from '../parse/resolve.ts';
import { locationOf, type SourceFile } from '../parse/source.ts';
import { enclosingClass, resolveThisMember } from '../parse/this-members.ts';
import type { Env } from './flow.ts';
import { modelKey, PERSON_MODEL, PERSONAL_FIELD, PERSONISH_FIELD, PUBLIC_STATES, WORKFLOW_MODEL } from './models.ts';
import { COERCE, isRawWholeBody, SECRET_KEY, WHOLE } from './request.ts';
import { callerClient, enforcedFor, rowSecurity } from './rls.ts';
import { ordinaryBranch, ROLE_FIELD } from './role-branch.ts';

type Op = DataAccess['operation'];

/** ORM/driver method → operation. Shared by Prisma, Mongoose, Sequelize, TypeORM, Drizzle, Knex, Supabase and SQL drivers. */
const OPS = table<Op>({
  findUnique: 'read',
  findUniqueOrThrow: 'read',
  findFirst: 'read',
  findFirstOrThrow: 'read',
  findById: 'read',
  findOne: 'read',
  findOneBy: 'read',
  findByPk: 'read',
  findOneOrFail: 'read',
  findOneByOrFail: 'read',
  getOne: 'read',
  getOneOrFail: 'read',
  getRawOne: 'read',
  findMany: 'list',
  // TypeORM query builders: `repo.createQueryBuilder('item').where(…).getMany()`
  getMany: 'list',
  getManyAndCount: 'list',
  getRawMany: 'list',
  getRawAndEntities: 'list',
  getCount: 'list',
  find: 'list',
  findAll: 'list',
  findBy: 'list',
  findAndCountAll: 'list',
  aggregate: 'list',
  groupBy: 'list',
  count: 'list',
  countBy: 'list',
  countDocuments: 'list',
  findAndCount: 'list',
  findAndCountBy: 'list',
  exists: 'read',
  existsBy: 'read',
  create: 'create',
  createMany: 'create',
  insert: 'create',
  insertOne: 'create',
  insertMany: 'create',
  save: 'create',
  bulkCreate: 'create',
  findOrCreate: 'update',
  update: 'update',
  updateMany: 'update',
  updateOne: 'update',
  upsert: 'update',
  findByIdAndUpdate: 'update',
  findOneAndUpdate: 'update',
  replaceOne: 'update',
  increment: 'update',
  decrement: 'update',
  delete: 'delete',
  deleteMany: 'delete',
  deleteOne: 'delete',
  destroy: 'delete',
  findByIdAndDelete: 'delete',
  findOneAndDelete: 'delete',
  findByIdAndRemove: 'delete',
  remove: 'delete',
  query: 'query',
  execute: 'query',
  $queryRaw: 'query',
  $executeRaw: 'query',
  $queryRawUnsafe: 'query',
  $executeRawUnsafe: 'query',
  raw: 'query',
  unsafe: 'query',
});
const PRISMA_OPS = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'create',
  'createMany',
  'update',
  'updateMany',
  'upsert',
  'delete',
  'deleteMany',
  'count',
  'aggregate',
  'groupBy',
]);
const MONGOOSE_OPS = new Set([
  'findById',
  'findByIdAndUpdate',
  'findByIdAndDelete',
  'findByIdAndRemove',
  'findOneAndUpdate',
  'findOneAndDelete',
  'updateOne',
  'deleteOne',
  'insertMany',
  'replaceOne',
]);
const SEQUELIZE_OPS = new Set(['findByPk', 'findAll', 'findAndCountAll', 'destroy', 'bulkCreate']);
const STMT_OPS = table<Op>({ get: 'read', all: 'list', run: 'query' });
const MEMORY_OPS = table<Op>({ find: 'read', findIndex: 'read', filter: 'list', findLast: 'read' });
export const OWNER_KEY =
  /^(?:user_?id|owner_?id|author_?id|account_?id|tenant_?id|org(?:anization)?_?id|business_?id|company_?id|workspace_?id|team_?id|customer_?id|created_?by|member_?id|owner|user|author|employee_?id|creator_?id|uid)$/i;
/** Fields that say what an account may do: its role, an admin or staff flag, its permissions. */
const ROLE_KEY =
  /^(?:role|roles|isAdmin|is_admin|isStaff|is_staff|permissions|accountType|account_type|userType|user_type)$/;
/** Keys that name a person in one role (`teacherId`, `adjuster_id`): the caller, when set to the caller. */
const PERSON_KEY_SUFFIX = /^[a-z][a-zA-Z]*_?[iI]d$/;
/** The caller's own id, as a value reads it (`principal.id`, `user.sub`, `me`, `userId`). */
const CALLER_ID = /^(?:id|_id|sub|uid|me|userId|user_id|currentUserId|callerId)$/;
/** Owner keys that name a person (rather than a tenant the caller may belong to). */
const PERSON_KEY =
  /^(?:user_?id|owner_?id|author_?id|customer_?id|created_?by|member_?id|owner|user|author|employee_?id|creator_?id|uid)$/i;
/** `select('id', { count: 'exact', head: true })`: Supabase answers with the count only. */
function headOnly(call: T.CallExpression): boolean {
  const head = unwrap(propertyValue(call.arguments[1] as Node, 'head'));
  return calleeName(call) === 'select' && head?.type === 'Literal' && head.value === true;
}

/** Names of values that identify a row (as opposed to credentials or search terms). */
const ID_LIKE = /(?:^id$|Id$|_id$|^_id$|^uuid$|Uuid$|^slug$|^key$|^number$|Number$|^ref$|^code$|^serial$|Serial$)/;
const SELECT_KEYS = new Set(['select', 'attributes', 'projection', 'columns', 'fields', 'omit']);

/**
 * Recognises one data-layer call (the outermost call of a chain such as
 * `db.select().from(t).where(...)` or `Todo.findOne(...).select('-secret')`) and describes it: which
 * operation on which model, picked by which client value, constrained by the caller or not.
 */
export function detectAccess(
  resolver: Resolver,
  env: Env,
  outer: T.CallExpression,
  sourcesOf: (n: Node) => Sources,
): DataAccess | null {
  // `sql.raw(text)` handed to another call (`.orderBy(sql.raw(…))`, `db.execute(sql.raw(…))`) is a fragment of that
  // call's statement, not a query of its own (what the fragment pastes is judged as raw SQL where it is written)
  const outerParent = parentOf(outer);
  if (
    RAW_WRAPPER.test(calleeName(outer) ?? '') &&
    outerParent?.type === 'CallExpression' &&
    outerParent.callee !== outer
  )
    return null;
  // `queryOne(\`SELECT …\`, [id])` where the project's `queryOne(text, params)` runs `pool.query(text, params)`: the SQL
  // is the one written at this call
  // a statement written as a tagged template that runs it (postgres.js `sql\`…\``, Prisma `$queryRaw\`…\``) is a call
  // of its tag with the statement: read as a driver's `query(text, params)` whose parameters are the `${values}`
  const tagged = TAGGED_CALLS.has(outer);
  // (`db.all(sql\`…\`)`: the template is read as the statement itself, where the walk meets it)
  if (!tagged && runsDrizzleTemplate(resolver, env.file, outer)) return null;
  const named = !tagged && mayAccessData(outer);
  // (also a wrapper named like a driver call: `query(text, params)` imported from the project's db module)
  const wrapper =
    tagged || ((!named || outer.callee.type === 'Identifier') && runsSqlItGets(resolver, env.file, outer));
  if (!named && !wrapper) return null;
  const chain = builderChain(resolver, env.file, callChain(outer));
  /** a call of the chain that runs SQL text: a driver's, or the project wrapper called here */
  const runsSql = (call: T.CallExpression) => isSqlCall(call) || (wrapper && call === outer);
  let op: Op | null = null;
  let layer: DataAccess['layer'] = 'unknown';
  let model: string | null = null;
  let opCall: T.CallExpression | null = null;
  /** `db.prepare(<SQL>)` made elsewhere, when the chain runs a prepared statement */
  let prepared: T.CallExpression | null = null;
  /** the document's data when it is built with `new Model(data)` and then saved */
  let builtFrom: Node | null = null;
  const names = chain.map((c) => calleeName(c) ?? '');
  // crypto: createHash('sha256').update(key) is not a row update
  if (names.some((n) => /^(?:createHash|createHmac|createCipheriv|createDecipheriv|createSign|createVerify)$/.test(n)))
    return null;
  const knex = knexChain(resolver, env.file, chain, names);
  if (knex) ({ op, model, opCall } = knex);
  if (knex) layer = 'knex';
  if (wrapper) {
    op = 'query';
    layer =
      tagged && PRISMA_TAG.test(calleeName(outer) ?? '')
        ? 'prisma'
        : tagged && parentOf(outer)?.type === 'CallExpression'
          ? 'drizzle' // (a Drizzle `sql` template run by `db.all(…)`)
          : 'pg';
    opCall = outer;
    prepared = outer;
    model = sqlTable(outer);
  }

  for (const call of knex || wrapper ? [] : chain) {
    const name = calleeName(call);
    if (!name) continue;
    // `await new User({ … }).save()`: Mongoose (and Sequelize `build`-style) documents created then saved
    const made = call.callee.type === 'MemberExpression' ? unwrap(call.callee.object as Node) : null;
    if (
      name === 'save' &&
      made?.type === 'NewExpression' &&
      made.callee.type === 'Identifier' &&
      /^[A-Z]/.test(made.callee.name)
    ) {
      op = 'create';
      layer = env.file.text.includes('mongoose') ? 'mongoose' : 'unknown';
      model = made.callee.name;
      opCall = call;
      builtFrom = (made.arguments[0] as Node | undefined) ?? null;
      break;
    }
    const path = memberPath(call.callee as Node);
    const receiver = path && path.length >= 2 ? receiverName(resolver, env.file, call, path) : null;
    const rootName = path?.[0] ?? '';
    // (a Supabase client the auth middleware put on the request, `req.sb.from('profiles').select('*')`, is the data layer)
    const requestClient =
      (env.requestRoots.has(rootName) || /^(?:c|ctx)$/.test(rootName)) &&
      chain.some((c) => calleeName(c) === 'from' && stringValue(c.arguments[0] as Node) !== null) &&
      names.some((n) => /^(?:select|insert|update|delete|upsert|eq)$/.test(n));
    if (
      !requestClient &&
      (env.requestRoots.has(rootName) ||
        /^(?:res|reply|response|c|ctx|console|JSON|Object|Math|Promise|Array)$/.test(rootName))
    )
      return null;
    // third-party SDKs (payments, mail, storage, HTTP clients) are not the app's data layer
    if (SDK_ROOT.test(rootName) || (rootName === 'this' && SDK_ROOT.test(path?.[1] ?? ''))) return null;
    // route registration inside a plugin (`fastify.get('/x', …)`) is not a Map lookup
    if (name === 'get' && stringValue(call.arguments[0] as Node)?.startsWith('/')) return null;
    // a Map or Set the function builds itself (`const answers = new Map(body.answers.map(…))`) is no store of rows
    if (path?.length === 2 && localCollection(resolver, env.file, call)) return null;
    // Drizzle: db.insert(drivers).values(…).returning(), db.update(t).set(…).where(…), db.delete(t).where(…)
    if (
      (name === 'update' || name === 'insert' || name === 'delete') &&
      call.arguments.length === 1 &&
      names.some((n) => n === 'set' || n === 'values' || n === 'where' || n === 'returning')
    ) {
      layer = 'drizzle';
      op = name === 'insert' ? 'create' : name;
      model = nameOf(call.arguments[0] as Node);
      opCall = call;
      break;
    }
    // the nested fields of a record loaded above (`quiz.questions.filter(…)`, `user.profile.pictures.delete(p)`): that
    // record's own arrays and maps, not a store of rows
    if ((OPS[name] || MEMORY_OPS[name]) && path && path.length >= 3 && env.recordAccess.has(rootName)) return null;
    if ((OPS[name] || MEMORY_OPS[name]) && path && path.length >= 2) {
      if (MEMORY_OPS[name]) {
        // Array.prototype.find with a callback is an in-memory lookup, not an ORM call
        const cb = unwrap(call.arguments[0] as Node);
        if (cb && isFunction(cb)) {
          op = MEMORY_OPS[name]!;
          layer = 'memory';
          model = receiver;
          opCall = call;
          break;
        }
        if (!OPS[name]) continue;
      }
      op = OPS[name]!;
      opCall = call;
      // a document or instance loaded above, written back (`await listing.save()`, `await unit.update(req.body)`,
      // `await row.destroy()`): a change of that row, of the model it was loaded from
      const loaded = path.length === 2 ? env.recordAccess.get(rootName) : undefined;
      if (loaded?.model && /^(?:save|update|destroy|remove|deleteOne|updateOne)$/.test(name)) {
        op = name === 'save' || name.startsWith('update') ? 'update' : 'delete';
        layer = loaded.layer;
        model = loaded.model;
        break;
      }
      const builder = QUERY_BUILDER_END.test(name) ? queryBuilderModel(resolver, env.file, chain) : undefined;
      if (builder !== undefined) {
        layer = 'typeorm';
        model = builder;
      } else if (PRISMA_OPS.has(name) && path.length >= 3 && !/^[A-Z]/.test(receiver ?? '')) {
        layer = 'prisma';
        model = receiver;
      } else if (
        MONGOOSE_OPS.has(name) ||
        // (`AppDataSource.query('SELECT * FROM users')`: a connection running SQL, not a model — the statement names the table)
        (receiver && /^[A-Z]/.test(receiver) && !SEQUELIZE_OPS.has(name) && !(op === 'query' && sqlTable(call)))
      ) {
        layer = MONGOOSE_OPS.has(name) ? 'mongoose' : 'unknown';
        model = receiver;
      } else if (SEQUELIZE_OPS.has(name)) {
        layer = 'sequelize';
        model = receiver;
      } else if (op === 'query') {
        layer = 'unknown';
        model = sqlTable(call);
      } else {
        model = receiver;
      }
      if (receiver && /^[A-Z]/.test(receiver) && layer === 'unknown') layer = 'unknown';
      break;
    }
    if (STMT_OPS[name] && names.includes('prepare')) {
      op = STMT_OPS[name]!;
      layer = 'better-sqlite3';
      opCall = call;
      const prep = chain.find((c) => calleeName(c) === 'prepare');
      model = prep ? sqlTable(prep) : null;
      break;
    }
    // a statement prepared once at module level (`const findBudget = db.prepare('SELECT …')`), run in the handler
    prepared =
      STMT_OPS[name] && path && (path.length === 2 || path.length === 3)
        ? preparedStatement(resolver, env.file, call)
        : null;
    if (prepared) {
      const verb = /^\s*(insert|update|delete)\b/i.exec(sqlText(prepared) ?? '')?.[1]?.toLowerCase();
      op = verb === 'insert' ? 'create' : verb === 'update' || verb === 'delete' ? verb : STMT_OPS[name]!;
      layer = 'better-sqlite3';
      opCall = call;
      model = sqlTable(prepared);
      break;
    }
    if (
      name === 'from' &&
      names.some(
        (n) => n === 'select' || n === 'insert' || n === 'update' || n === 'delete' || n === 'upsert' || n === 'eq',
      )
    ) {
      // Supabase: supabase.from('todos').select('*').eq('id', id); Drizzle: db.select().from(todos)
      const table = stringValue(call.arguments[0] as Node);
      layer = table !== null ? 'supabase' : 'drizzle';
      model = table ?? nameOf(call.arguments[0] as Node) ?? memberPath(call.arguments[0] as Node)?.pop() ?? null;
      op = names.includes('delete')
        ? 'delete'
        : names.includes('update')
          ? 'update'
          : names.includes('insert') || names.includes('upsert')
            ? 'create'
            : // (Supabase `.single()` / `.maybeSingle()`, Drizzle over SQLite `.get()`: one row, not a list)
              names.includes('single') || names.includes('maybeSingle') || (table === null && names.includes('get'))
              ? 'read'
              : 'list';
      opCall = call;
      break;
    }
    if (name === 'get' && path && path.length >= 2 && call.arguments.length === 1) {
      // Map#get(id) on a store keyed by client ids
      const s = sourcesOf(call.arguments[0] as Node);
      if (s & CLIENT && !/^(?:headers|searchParams|cookies|query|params|config|process)$/.test(receiver ?? '')) {
        op = 'read';
        layer = 'memory';
        model = receiver;
        opCall = call;
        break;
      }
    }
  }
  if (!op || !opCall) return null;
  // this.userRepository / articleRepo / UserModel name the model
  if (model) model = model.replace(/(?:Repository|Repo|Model|Collection|Table|Service)$/, '') || model;
  if (
    layer === 'memory' &&
    model &&
    /^(?:headers|query|params|body|args|argv|env|process|items|list|arr|array|result|results|data|rows|errors)$/.test(
      model,
    ) &&
    !isStoreName(model)
  ) {
    // a lookup over a local array derived from the request is not a data-layer access
    const root = memberPath(opCall.callee as Node)?.[0];
    if (root && env.vars.has(root) && env.vars.get(root)! & CLIENT) return null;
  }

  // analyse every value that constrains or feeds the call chain
  let byClientId = false;
  let scoped = false;
  /** a filter key pinned to a field of a record the client picked and the caller was proven to own */
  let withinCallersRecord = false;
  let ownerFromClient = false;
  /** owner-like keys (`orgId`, `userId`) whose value comes from the client, and those values */
  const ownerKeysFromClient: string[] = [];
  /** the caller's own id pins a column that names a person (`trainerId: me`), not a tenant (`orgId: me.orgId`) */
  let callerPinsPerson = false;
  const ownerValuesFromClient: string[] = [];
  let membership = false;
  let writesBody = false;
  let filterFromClient = false;
  /** where the unvalidated filter values came from (SRC.body, SRC.query) */
  let filterSources = 0;
  /** the client's whole object spread into the filter (its keys are the client's, whatever the query parser) */
  let wholeSpread = false;
  /** the client object spread into a Prisma filter came from the body or the query */
  let spreadFrom: 'body' | 'query' | null = null;
  /** a role or admin flag written from the request body */
  let writesClientRole = false;
  /** Assignments to keys of a local filter object in the same function (`where.studentId = …`). */
  const keyAssignments = (id: T.IdentifierReference): { key: string; sources: number; at: Node }[] => {
    const scope = enclosingFunction(id);
    const out: { key: string; sources: number; at: Node }[] = [];
    for (const a of env.file.index.AssignmentExpression) {
      const left = unwrap(a.left as Node);
      if (left?.type !== 'MemberExpression' || left.computed) continue;
      const obj = unwrap(left.object as Node);
      if (obj?.type !== 'Identifier' || obj.name !== id.name || enclosingFunction(a) !== scope) continue;
      out.push({ key: nameOf(left.property as Node) ?? '', sources: sourcesOf(a.right as Node), at: a });
    }
    return out;
  };
  /** Owner keys, and keys that name someone in one role (`teacherId`, `parentUserId`). */
  const ownerish = (key: string) => OWNER_KEY.test(key) || PERSON_KEY_SUFFIX.test(key);
  /**
   * An owner key of the filter set from the client in one place and from the caller in another; or any key set to one
   * value that is either (`filter.company = query.companyId ?? user.companyId`).
   */
  const clientOrCallerKey = (id: T.IdentifierReference): boolean => {
    const all = keyAssignments(id);
    if (all.some((a) => a.sources & SRC.user && a.sources & CLIENT && !(a.sources & WHOLE))) return true;
    const assigned = all.filter((a) => ownerish(a.key));
    return assigned.some(
      (a) =>
        a.sources & CLIENT &&
        !(a.sources & SRC.user) &&
        assigned.some((b) => b.key === a.key && b.sources & SRC.user && !(b.sources & CLIENT)),
    );
  };
  /** An owner key of the filter set to the caller's value inside a branch on the caller's role. */
  const scopedUnderRole = (id: T.IdentifierReference): boolean => {
    const scope = enclosingFunction(id);
    return keyAssignments(id).some(({ key, sources, at }) => {
      if (!ownerish(key) || !(sources & SRC.user)) return false;
      for (let p = parentOf(at); p && p !== scope; p = parentOf(p))
        if (p.type === 'IfStatement') {
          const t = unwrap(p.test as Node);
          if (t?.type === 'BinaryExpression' && (callerRole(t.left as Node) || callerRole(t.right as Node)))
            return true;
        }
      return false;
    });
  };
  /** A key the filter object sets to the caller, assigned a client value later in the same function. */
  const overwritesCallerKey = (id: { name: string } & Node, built: Node): boolean => {
    const callerKeys = new Set<string>();
    walk(built, (x) => {
      if (x.type === 'Property' && sourcesOf(x.value as Node) & SRC.user) callerKeys.add(nameOf(x.key as Node) ?? '');
      return undefined;
    });
    if (callerKeys.size === 0) return false;
    const scope = enclosingFunction(id);
    return env.file.index.AssignmentExpression.some((a) => {
      const left = unwrap(a.left as Node);
      if (left?.type !== 'MemberExpression' || left.computed || unwrap(left.object as Node)?.type !== 'Identifier')
        return false;
      if ((unwrap(left.object as Node) as T.IdentifierReference).name !== id.name) return false;
      if (!callerKeys.has(nameOf(left.property as Node) ?? '') || enclosingFunction(a) !== scope) return false;
      const vs = sourcesOf(a.right as Node);
      if ((vs & CLIENT) === 0 || (vs & SRC.user) !== 0) return false;
      // (staff choosing whose rows to see: `if (user.role === 'admin' && q.userId) where.userId = q.userId`)
      for (let p = parentOf(a); p && p !== scope; p = parentOf(p)) {
        const test =
          p.type === 'IfStatement' || p.type === 'ConditionalExpression'
            ? p.test
            : p.type === 'LogicalExpression'
              ? p
              : null;
        if (test && STAFF_TEST.test(env.file.text.slice(test.start, test.end))) return false;
      }
      return true;
    });
  };
  /** What a name holds when this file writes it (`const lending = { lenderInstitutionId: inst }`). */
  const localFilter = (id: Node) => localNode(resolver, env.file, id);
  /** What the function pushes into a local list (`filters.push(eq(t.teamId, teamId))`). */
  const pushedInto = (id: T.IdentifierReference): Node[] => {
    const scope = enclosingFunction(id);
    return env.file.index.CallExpression.filter((c) => {
      const path = memberPath(c.callee as Node);
      return path?.length === 2 && path[0] === id.name && path[1] === 'push' && enclosingFunction(c) === scope;
    }).flatMap((c) => c.arguments as Node[]);
  };
  /** The push into the same list from the other branch of the `if … else` the given one sits in directly, if any. */
  const otherBranchPush = (pushed: Node, pushes: readonly Node[]): Node | null => {
    // the branch a push is alone in: its statement, or a block holding only that statement
    const branchOf = (p: Node): Node | null => {
      const stmt = parentOf(parentOf(p)!);
      if (stmt?.type !== 'ExpressionStatement') return null;
      const block = parentOf(stmt);
      return block?.type === 'BlockStatement' && block.body.length === 1 ? block : stmt;
    };
    const branch = branchOf(pushed);
    const owner = branch ? parentOf(branch) : null;
    if (owner?.type !== 'IfStatement' || !owner.alternate) return null;
    const otherSide = (owner.consequent === branch ? owner.alternate : owner.consequent) as Node;
    return pushes.find((p) => p !== pushed && branchOf(p) === otherSide) ?? null;
  };
  /** An owner key set to the caller's id, then a spread of client values that may set it again. */
  const callerKeyBeforeSpread = (row: T.ObjectExpression): boolean => {
    let callerKey = false;
    for (const p of row.properties) {
      const key = p.type === 'Property' ? (nameOf(p.key as Node) ?? '') : '';
      // (a person's key set to the caller: `resident_id: residentId`)
      if (p.type === 'Property' && ownerish(key) && sourcesOf(p.value as Node) & SRC.user) callerKey = true;
      // (a whole client object: `...req.body`, not `...(q ? { title } : {})`)
      else if (p.type === 'SpreadElement' && callerKey && isRawWholeBody(sourcesOf(p.argument as Node))) return true;
    }
    return false;
  };
  let jsWhereFromClient = false;
  /** the keys of the secrets the client picked the row by */
  const secretKeys: string[] = [];
  let sqlConcat = false;
  let selected = false;
  /** sensitive fields a select picks by name */
  const selectedSensitive: string[] = [];
  const selectedTables: { key: string; table: string }[] = [];
  const excludedFields: string[] = [];
  const revealedFields: string[] = [];
  const selectedPersonal: string[] = [];
  const joinedContacts: string[] = [];
  let publicRow = false;
  let openRow = false;
  /** a filter on a literal state: published rows (anyone's to read) or open ones (anyone's to claim) */
  const noteState = (key: string, value: unknown) => {
    if (filtersPublic(key, value)) publicRow = true;
    if (filtersOpen(key, value)) openRow = true;
  };
  const includes: string[] = [];
  const populatedContacts: string[] = [];
  const fields: string[] = [];
  let byHeader = false;
  /** the statement selects aggregates only (`SELECT COUNT(*) …`) */
  let aggregateOnly = false;
  const headerKeys: string[] = [];
  const clientKeys: string[] = [];
  for (const call of chain) {
    const name = calleeName(call) ?? '';
    // knex `.first('id', 'email', 'name')`: the columns of the one row it reads
    if (name === 'first' && layer === 'knex' && call.arguments.length > 0) {
      // (…also a constant list of them: `.first(PROFILE_COLUMNS)`)
      const held =
        call.arguments.length === 1 ? localArray(resolver, env.file, unwrap(call.arguments[0] as Node)) : null;
      const cols = (held ? (held.elements as Node[]) : (call.arguments as Node[])).map((a) => stringValue(a));
      if (cols.every((c) => c !== null && !c.includes('*'))) selected = true;
    }
    // knex `.join('users', …).select('users.*', 'group_members.role')`: each row carries the joined table's whole row
    if (name === 'select' && layer === 'knex') includes.push(...knexJoinedWholeTables(chain, call, model));
    if (name === 'select' && call.arguments.length > 0) {
      const arg = stringValue(call.arguments[0] as Node);
      // (Mongoose `.select('-password -resetCode')` only leaves fields out: every other field still comes)
      const names = arg?.split(/[\s,]+/).filter(Boolean) ?? [];
      if (names.length > 0 && names.every((n) => n.startsWith('-')))
        excludedFields.push(...names.map((n) => n.slice(1)));
      // (`.select('+gpsTrackerId')` adds a field the schema hides to every other field)
      else if (names.length > 0 && names.every((n) => n.startsWith('+')))
        revealedFields.push(...names.map((n) => n.slice(1)));
      else if (arg === null || (arg !== '*' && !arg.includes('*'))) selected = true;
      // the contact fields a column list names: Mongoose `.select('name email')`, Supabase `select('id, email')`,
      // Drizzle `.select({ id: users.id, email: users.email })`
      if (arg !== null) for (const col of arg.split(/[\s,]+/)) if (PERSONAL_FIELD.test(col)) selectedPersonal.push(col);
      // (…and the columns a Supabase select names teach the table's fields: `.from('profiles').select('id, email,
      // phone')` says what a `profiles(*)` embedded elsewhere carries)
      if (arg !== null && chain.some((c) => calleeName(c) === 'from' && stringValue(c.arguments[0] as Node) !== null))
        for (const col of outsideParens(arg).split(',')) if (/^\s*\w+\s*$/.test(col)) fields.push(col.trim());
      const cols = unwrap(call.arguments[0] as Node);
      if (cols?.type === 'ObjectExpression')
        for (const p of cols.properties) {
          if (p.type !== 'Property') continue;
          const leaf = memberLeaf(p.value as Node);
          if (leaf && PERSONAL_FIELD.test(leaf)) selectedPersonal.push(leaf);
        }
      // Drizzle column lists that name a secret (`{ …, doorCode: spaces.doorCode }`, also a shared constant)
      if (arg === null) selectedSensitive.push(...columnSecrets(resolver, env.file, call.arguments[0] as Node));
      // (…and whole tables under a key: `select({ course: classes, teacherName: users.fullName })`)
      if (cols?.type === 'ObjectExpression')
        for (const p of cols.properties) {
          const v = p.type === 'Property' ? unwrap(p.value as Node) : null;
          if (v?.type === 'Identifier' && chain.some((c) => c.arguments.some((a) => nameOf(a as Node) === v.name)))
            selectedTables.push({ key: nameOf((p as T.ObjectProperty).key as Node) ?? v.name, table: v.name });
        }
      // Supabase embeds related rows by name: `'*, property:properties(*), tenant:profiles!leases_tenant_id_fkey(*)'`
      for (const m of (arg ?? '').matchAll(/(\w+)(?:!\w+)?\s*\(\s*\*\s*\)/g))
        if (m[1] !== 'count') includes.push(m[1]!);
      // …and picks columns of embedded tables of people (`profiles(full_name, email, phone)`): their contact fields
      for (const m of (arg ?? '').matchAll(/(?:\w+:)?(\w+)(?:!\w+)?\s*\(([^()*]+)\)/g))
        if (PERSON_MODEL.test(modelKey(m[1]!)))
          for (const col of m[2]!.split(/[\s,]+/)) if (PERSONAL_FIELD.test(col)) joinedContacts.push(`${m[1]}.${col}`);
    }
    // (…but knex's `.returning('*')` hands back every column)
    if (name === 'returning' && call.arguments.length > 0 && !isStar(call.arguments[0] as Node)) selected = true;
    // Drizzle: `db.select().from(memberships).innerJoin(users, …)`: each row carries the joined table's whole row
    if (
      /^(?:innerJoin|leftJoin|rightJoin|fullJoin)$/.test(name) &&
      chain.some((c) => calleeName(c) === 'select' && c.arguments.length === 0)
    ) {
      const joined = nameOf(call.arguments[0] as Node);
      if (joined) includes.push(joined);
    }
    // Mongoose .populate('author') without a field list nests the whole related document
    // (`.populate('student tutor')` names several paths)
    if (name === 'populate' && call.arguments.length === 1) {
      const rel = stringValue(call.arguments[0] as Node);
      if (rel) includes.push(...rel.split(/\s+/).filter(Boolean));
    }
    // .populate('waitlist', 'name email'): the related people come with the contact fields named
    if (name === 'populate' && call.arguments.length >= 2) {
      const rel = stringValue(call.arguments[0] as Node);
      const picked = stringValue(call.arguments[1] as Node)?.split(/\s+/) ?? [];
      for (const f of picked) if (rel && PERSONAL_FIELD.test(f)) populatedContacts.push(`${rel}.${f}`);
    }
    // .populate({ path: 'shop', select: 'name owner', populate: { path: 'owner', select: '-passwordHash' } }): its
    // `select` shapes the related document, not the row
    if (name === 'populate' && call.arguments.length === 1 && unwrap(call.arguments[0] as Node)?.type !== 'Literal') {
      populateOptions(call.arguments[0] as Node, includes, populatedContacts);
      continue;
    }
    // Model.find(filter, 'name email') / findById(id, { name: 1 }): a Mongoose projection
    if (/^(?:find|findOne|findById)$/.test(name) && call.arguments.length >= 2) {
      const proj = unwrap(call.arguments[1] as Node);
      if (
        proj &&
        (stringValue(proj) !== null || proj.type === 'ObjectExpression') &&
        !/password|hash|secret/i.test(stringValue(proj) ?? '')
      )
        selected = true;
    }
    if (
      /^(?:set|values|update|insert|upsert)$/.test(name) &&
      isWholeBody(call.arguments[0] as Node, sourcesOf) &&
      !hasFieldsOption(call)
    )
      writesBody = true;
    for (const arg of call.arguments) {
      const a = unwrap(arg as Node);
      if (!a) continue;
      if (a.type === 'ObjectExpression') {
        for (const p of a.properties) {
          if (p.type !== 'Property') continue;
          const key = nameOf(p.key as Node) ?? '';
          if (SELECT_KEYS.has(key)) selected = true;
          // `select: { ...userSelect }` where the shared select picks `passwordHash: true`
          if (key === 'select') selectedSensitive.push(...sensitivePicks(resolver, env.file, p.value as Node));
          if (key === 'select') selectedPersonal.push(...personalPicks(resolver, env.file, p.value as Node));
          // TypeORM: `relations: { patient: true }` / `relations: ['patient']` join whole related rows
          // Drizzle's relational queries: `with: { invitedBy: true }` (whole), `with: { author: { columns: {…} } }`
          if (key === 'include' || key === 'populate' || key === 'relations' || key === 'with')
            wholeIncludes(p.value as Node, includes);
          // Prisma `include: { user: { select: { name: true, email: true } } }`: the related people come with the
          // contact fields picked
          const inc = key === 'include' ? unwrap(p.value as Node) : null;
          if (inc?.type === 'ObjectExpression')
            for (const ip of inc.properties) {
              const rel = ip.type === 'Property' ? nameOf(ip.key as Node) : null;
              const picks = rel ? propertyValue(unwrap((ip as T.ObjectProperty).value as Node), 'select') : null;
              if (rel && picks)
                for (const f of personalPicks(resolver, env.file, picks)) populatedContacts.push(`${rel}.${f}`);
            }
          if ((key === 'data' || key === 'update' || key === '$set') && isWholeBody(p.value as Node, sourcesOf))
            writesBody = true;
        }
      }
    }
  }
  // `PromoCode.updateOne({ _id }, { $inc: { uses: 1 } })`, `prisma.code.update({ …, data: { uses: { increment: 1 } } })`
  const counters = op === 'update' && opCall ? movesCounters(opCall) : null;
  const countsOnly = counters !== null;
  if (opCall && (op === 'create' || op === 'update')) {
    const args = opCall.arguments as Node[];
    // Model.create(req.body), Model.update(req.body, …), findByIdAndUpdate(id, req.body), Object.assign-style
    const dataArg =
      builtFrom ??
      (op === 'update' && args.length >= 2 && (layer === 'mongoose' || /ById|One/.test(calleeName(opCall) ?? ''))
        ? args[1]
        : args[0]);
    if (dataArg && isWholeBody(dataArg, sourcesOf) && !hasFieldsOption(opCall)) writesBody = true;
    // `user.create({ data: { email, role: dto.role } })`: a role (or admin flag) written from the body
    const obj = unwrap(dataArg as Node | undefined);
    const data = obj?.type === 'ObjectExpression' ? unwrap(propertyValue(obj, 'data') ?? obj) : null;
    if (data?.type === 'ObjectExpression')
      for (const p of data.properties)
        if (
          p.type === 'Property' &&
          ROLE_KEY.test(nameOf(p.key as Node) ?? '') &&
          sourcesOf(p.value as Node) & SRC.body
        )
          writesClientRole = true;
  }
  // `Invoice.find(req.body.filter)`: the whole filter is the client's, operators and all
  if (
    opCall &&
    (layer === 'mongoose' || layer === 'unknown') &&
    /^(?:find|findOne|count\w*|exists|distinct|deleteOne|deleteMany|updateOne|updateMany|findOneAnd\w+)$/.test(
      calleeName(opCall) ?? '',
    )
  ) {
    const filter = unwrap(opCall.arguments[0] as Node | undefined);
    // (a filter object built beforehand, `const filter = { backer: backerId }`, is judged by its fields)
    const built = filter?.type === 'Identifier' ? localNode(resolver, env.file, filter) : null;
    const fs =
      filter && filter.type !== 'ObjectExpression' && built?.type !== 'ObjectExpression' ? sourcesOf(filter) : 0;
    if (fs & (SRC.body | SRC.query) && !(fs & (SRC.validated | SRC.coerced))) {
      filterFromClient = true;
      filterSources |= fs & (SRC.body | SRC.query);
    }
  }
  // values that pick or constrain the rows
  const seen = new Set<Node>();
  const callerRole = (x: Node) =>
    x.type === 'CallExpression'
      ? x.arguments.some((a) => (sourcesOf(a as Node) & SRC.user) !== 0)
      : ROLE_FIELD.test(memberLeaf(x) ?? '') && (sourcesOf(x) & SRC.user) !== 0;
  for (const call of chain) {
    for (const arg of call.arguments) {
      /**
       * A value that may pick whose rows: in a filter any; in a new or changed row only a field that names someone
       * (`driverFirstName: body.driverFirstName || customer.name` picks no owner)
       */
      const pickedOwner = (x: Node) =>
        (op !== 'create' && !writtenValue(x, call, arg as Node, layer)) ||
        OWNER_KEY.test(enclosingKey(x)) ||
        PERSONISH_FIELD.test(enclosingKey(x));
      /** Two whole filters, one of which runs: the rows are public, or the caller's, only when both keep them so. */
      const eitherFilter = (c: T.ConditionalExpression): void => {
        const before = { publicRow, scoped };
        publicRow = scoped = false;
        walk(c.consequent as Node, visitValue);
        const first = { publicRow, scoped };
        publicRow = scoped = false;
        walk(c.alternate as Node, visitValue);
        publicRow = before.publicRow || (first.publicRow && publicRow);
        scoped = before.scoped || (first.scoped && scoped);
      };
      /** Filters a row may match any of: the rows are public, or the caller's, only when every filter keeps them so. */
      const anyFilter = (filters: readonly Node[]): void => {
        const before = { publicRow, scoped };
        let allPublic = true;
        let allScoped = true;
        for (const f of filters) {
          publicRow = scoped = false;
          walk(f, visitValue);
          allPublic &&= publicRow;
          allScoped &&= scoped;
        }
        publicRow = before.publicRow || allPublic;
        scoped = before.scoped || allScoped;
      };
      const visitValue = (n: Node): boolean | undefined => {
        if (seen.has(n)) return false;
        // a property's name is no value (`returning({ orgId: memberships.orgId })` beside a local `orgId`)
        if (n.type === 'Identifier') {
          const p = parentOf(n);
          if (p?.type === 'Property' && p.key === n && !p.computed && !p.shorthand) return false;
          if (p?.type === 'MemberExpression' && p.property === n && !p.computed) return false;
        }
        // `{ to: me, ...request.query }`: every key of the filter is the client's to pick, and one spread after the
        // caller's key overrides it (flat query strings included: `?to=<someone>`)
        if (
          n.type === 'SpreadElement' &&
          (layer === 'mongoose' || layer === 'unknown' || layer === 'prisma') &&
          inFilterArg(n, opCall) &&
          wholeClientObject(sourcesOf(n.argument as Node))
        ) {
          filterFromClient = true;
          wholeSpread = true;
          if (layer === 'prisma') spreadFrom = sourcesOf(n.argument as Node) & SRC.body ? 'body' : 'query';
          const obj = parentOf(n);
          // (…also the caller's scope spread in first: Prisma `where: { ...scopeFor(req.user), ...req.query }`)
          if (obj?.type === 'ObjectExpression')
            for (const p of obj.properties) {
              if (p === n) break;
              const value = p.type === 'Property' ? p.value : p.type === 'SpreadElement' ? p.argument : null;
              if (value && sourcesOf(value as Node) & SRC.user) ownerFromClient = true;
            }
          return false;
        }
        if (n.type === 'Property') {
          const key = nameOf(n.key as Node) ?? '';
          // Sequelize: a required include filtered on the caller (`include: [{ model: Membership, where: { userId } }]`,
          // however deeply nested) keeps only rows the caller is a member for
          if (
            key === 'include' &&
            (layer === 'sequelize' || layer === 'unknown') &&
            includeScopedToCaller(n.value as Node, sourcesOf)
          )
            scoped = true;
          if (key === 'data' || key === 'update' || key === '$set' || SELECT_KEYS.has(key) || key === 'include')
            return false;
          const vs = sourcesOf(n.value as Node);
          // `{ $where: 'this.product == ' + id }`: the text is JavaScript the database runs; a number cannot break out
          if (key === '$where' && vs & CLIENT && !(vs & SRC.coerced) && unwrap(n.value as Node)?.type !== 'Literal')
            jsWhereFromClient = true;
          if (OWNER_KEY.test(key) && vs & CLIENT && !(vs & SRC.user)) ownerKeysFromClient.push(key);
          // `owner: { $in: gym.members }` where the gym was loaded for the caller (`coaches: me`): owners the caller
          // may act for
          if (OWNER_KEY.test(key) && vs & SRC.record) {
            let fromCallers = false;
            walk(n.value as Node, (m) => {
              if (m.type !== 'MemberExpression' && m.type !== 'Identifier') return undefined;
              const root = memberRoot(m);
              if (root && env.recordAccess.get(root)?.scopedToCaller) fromCallers = true;
              return false;
            });
            if (fromCallers) scoped = true;
          }
          // (the values of a `$in`/`$nin`/`$all` list and of `$eq` are matched as values: MongoDB takes no operator there)
          if (
            (layer === 'mongoose' || layer === 'unknown') &&
            inFilterArg(n, opCall) &&
            !/^\$(?:in|nin|all|eq)$/.test(key) &&
            // (an operator object, `_id: { $in: ids }`, is judged by its operators, each visited on its own)
            unwrap(n.value as Node)?.type !== 'ObjectExpression' &&
            vs & (SRC.body | SRC.query) &&
            !(vs & (SRC.validated | SRC.coerced))
          ) {
            filterFromClient = true;
            filterSources |= vs & (SRC.body | SRC.query);
          }
        }
        if (
          n.type === 'Property' &&
          unwrap(n.value as Node)?.type === 'Literal' &&
          // (`status: 'approved'` written by the update is no filter on public rows)
          !writtenValue(n.value as Node, call, arg as Node, layer)
        ) {
          noteState(nameOf(n.key as Node) ?? '', (unwrap(n.value as Node) as { value?: unknown }).value);
        }
        // (…or a member of an enum, `status: EventStatus.PUBLISHED`: the state it names)
        const enumMember = n.type === 'Property' ? unwrap(n.value as Node) : null;
        if (
          enumMember?.type === 'MemberExpression' &&
          !enumMember.computed &&
          /^[A-Z]\w*$/.test(nameOf(enumMember.object as Node) ?? '') &&
          !writtenValue(enumMember, call, arg as Node, layer)
        )
          noteState(nameOf((n as T.ObjectProperty).key as Node) ?? '', nameOf(enumMember.property as Node));
        // `status: { $in: VISIBLE_STATUSES }` / `status: { in: ['published', 'funded'] }`: a list of states that are all
        // past publication (none a draft, a private or a deleted one)
        if (n.type === 'Property' && /^(?:status|state)$/.test(nameOf(n.key as Node) ?? '')) {
          const inner = unwrap(n.value as Node);
          const list = inner?.type === 'ObjectExpression' ? propertyNamed(inner, /^\$?in$/) : null;
          const states = list ? literalStrings(resolver, env.file, list) : [];
          if (states.some((x) => PUBLIC_STATE.test(x)) && !states.some((x) => UNPUBLISHED_STATE.test(x)))
            publicRow = true;
          // (`status: { $in: ['available', 'rented'] }`: what is open to anyone's booking, and what is already out)
          if (states.some((x) => filtersOpen('status', x)) && !states.some((x) => UNPUBLISHED_STATE.test(x)))
            openRow = true;
          // `status: { not: 'DRAFT' }`, `{ $ne: 'draft' }`: every row past its draft
          const not = inner?.type === 'ObjectExpression' ? propertyNamed(inner, /^(?:not|\$ne)$/) : null;
          if (/^draft$/i.test(stringValue(not) ?? '')) publicRow = true;
        }
        // Drizzle: `eq(courses.published, true)`, `eq(t.status, 'published')`
        if (n.type === 'CallExpression' && calleeName(n) === 'eq' && n.arguments.length === 2) {
          const value = unwrap(n.arguments[1] as Node);
          if (value?.type === 'Literal') noteState(memberLeaf(n.arguments[0] as Node) ?? '', value.value);
        }
        // …and `ne(auctions.status, 'draft')`: every row past its draft
        if (
          n.type === 'CallExpression' &&
          calleeName(n) === 'ne' &&
          n.arguments.length === 2 &&
          /^(?:status|state)$/.test(memberLeaf(n.arguments[0] as Node) ?? '') &&
          /^draft$/i.test(stringValue(n.arguments[1] as Node) ?? '')
        )
          publicRow = true;
        // `find(searchCriteria())`: a filter a closure of the same function builds from what it can see — its
        // returned objects are the filter
        if (
          n.type === 'CallExpression' &&
          n.arguments.length === 0 &&
          unwrap(n.callee as Node)?.type === 'Identifier'
        ) {
          const target = resolver.calleeFunction(env.file, n);
          const fn = target?.file === env.file ? (target.fn as T.Function | T.ArrowFunctionExpression) : null;
          let outer = parentOf(call);
          while (outer && !isFunction(outer)) outer = parentOf(outer);
          if (fn && fn.params.length === 0 && outer && fn.start > outer.start && fn.end < outer.end) {
            const body = fn.body as Node | null;
            if (body && body.type !== 'BlockStatement') walk(body, visitValue);
            else if (body)
              walk(body, (r) => {
                if (isFunction(r)) return false;
                if (r.type === 'ReturnStatement' && r.argument) walk(r.argument as Node, visitValue);
                return undefined;
              });
            return false;
          }
        }
        // combinators such as and(eq(a, id), eq(b, userId)) are walked into, not judged as one mixed value
        // …but a helper that returns the caller's id (`currentUserId(req)`) is a value
        if (n.type === 'CallExpression' && !isLeafCall(n, env) && !isCallerHelper(resolver, env, n, sourcesOf))
          return undefined;
        // `patientId: query.patientId ?? user.patientId`: one value, either of them — the client may choose the owner
        if (n.type === 'LogicalExpression' && (n.operator === '??' || n.operator === '||') && pickedOwner(n)) {
          const s = sourcesOf(n);
          if (s & SRC.user && s & CLIENT) {
            ownerFromClient = true;
            seen.add(n);
            return false;
          }
        }
        if (n.type === 'Identifier') {
          // `{ count: 'exact' }`: a property name is not a value
          const parent = parentOf(n);
          if (parent && parent.type === 'Property' && parent.key === n && parent.value !== n && !parent.computed)
            return undefined;
        }
        // `and(...conditions)` where `const conditions = [eq(groups.visibility, 'public')]`: the conditions built
        // beforehand, and those pushed into the list later (`if (q.teamId) conditions.push(eq(items.teamId, q.teamId))`),
        // each judged on its own
        if (n.type === 'Identifier' && parentOf(n)?.type === 'SpreadElement') {
          const list = localArray(resolver, env.file, n);
          if (list && !seen.has(list)) {
            walk(list, visitValue);
            const pushes = pushedInto(n as T.IdentifierReference);
            for (const pushed of pushes) {
              // `if (clientId) filters.push(eq(t.clientId, clientId)); else filters.push(eq(t.agencyId, me))`: one filter
              // or the other, as with `?:` — the caller's only bounds the rows when both branches do
              const other = otherBranchPush(pushed, pushes);
              if (other === null) walk(pushed, visitValue);
              else if (pushed.start < other.start) {
                const before = { publicRow, scoped };
                publicRow = scoped = false;
                walk(pushed, visitValue);
                const first = { publicRow, scoped };
                publicRow = scoped = false;
                walk(other, visitValue);
                publicRow = before.publicRow || (first.publicRow && publicRow);
                scoped = before.scoped || (first.scoped && scoped);
              }
            }
            seen.add(list);
            return false;
          }
        }
        // `$${params.length}` in the statement: a count, not the values counted
        if (n.type === 'MemberExpression' && !n.computed && nameOf(n.property as Node) === 'length') return false;
        // `db.query(sql, values)` where `const values = [showId]`: the bound values are the list's elements (what is
        // pushed later is a further filter)
        if (n.type === 'Identifier' && n === unwrap(arg as Node) && arg !== call.arguments[0] && runsSql(call)) {
          const list = localArray(resolver, env.file, n);
          if (list && !seen.has(list)) {
            seen.add(list);
            walk(list, visitValue);
            return false;
          }
        }
        // a fragment built beforehand and pasted into a tagged statement (`const where = Prisma.sql\`WHERE "accountId" =
        // ${accountId}\``; `${where}`): its own values are the statement's parameters, each judged on its own
        if (tagged && n.type === 'Identifier') {
          const fragment = localNode(resolver, env.file, n);
          const isFragment = (x: Node | null) => unwrap(x)?.type === 'TaggedTemplateExpression';
          if (
            fragment &&
            !seen.has(fragment) &&
            (isFragment(fragment) ||
              (fragment.type === 'ConditionalExpression' &&
                isFragment(fragment.consequent as Node) &&
                isFragment(fragment.alternate as Node)))
          ) {
            walk(fragment, visitValue);
            seen.add(fragment);
            return false;
          }
        }
        // `user.role === 'admin' ? { _id: id } : { _id: id, shelter: user.shelterId }`: the administrator's unscoped
        // branch is by design; every other caller's branch decides
        const conditional = n.type === 'ConditionalExpression' ? n : null;
        const ordinary =
          conditional && ordinaryBranch(conditional, callerRole, (id) => localNode(resolver, env.file, id));
        if (ordinary) {
          walk(ordinary, visitValue);
          return false;
        }
        // `where: policyId ? { policyId } : { claimantId: userId }`: either filter may run
        if (conditional && twoFilters(conditional, localFilter)) {
          eitherFilter(conditional);
          return false;
        }
        // `const where = [{ id, ownerId: me }]; if (clinics.length) where.push({ id, clinicId: In(clinics) })`: a list of
        // filters a row may match any of (TypeORM runs them OR'ed)
        const alternatives = n.type === 'Identifier' ? filterList(resolver, env.file, n) : null;
        if (alternatives) {
          seen.add(n);
          anyFilter(alternatives);
          return false;
        }
        if (n.type === 'Identifier' || n.type === 'MemberExpression' || n.type === 'CallExpression') {
          const s = sourcesOf(n);
          // `input.token` of an options object whose fields are known apart: that field carries nothing from the
          // client, and the object as a whole is not what is bound here
          if (
            !s &&
            n.type === 'MemberExpression' &&
            !n.computed &&
            n.object.type === 'Identifier' &&
            env.fields.has(n.object.name)
          )
            return false;
          // a filter built beforehand (`const where = { userId, ...(q ? { name: { contains: q } } : {}) }`) mixes
          // the caller's id with search terms: judge its parts, not their union
          // (a filter of client values built beforehand, `const filter = { course: ctx.params.courseId }`, is judged
          // by its parts too: the values it names are what other checks prove)
          // `if (req.query.clientId) filter.client = req.query.clientId`: the caller's key of a filter built beforehand,
          // overwritten with the client's value
          // `const where = {}; if (q.clientCompanyId) where.clientCompanyId = q.clientCompanyId; else …
          // where.clientCompanyId = user.clientCompanyId`: one key, set from the client or from the caller
          if (n.type === 'Identifier' && unwrap(localValue(resolver, env, n))?.type === 'ObjectExpression')
            if (clientOrCallerKey(n as T.IdentifierReference)) ownerFromClient = true;
          if (n.type === 'Identifier' && s & SRC.user) {
            const built = localValue(resolver, env, n);
            if (built && overwritesCallerKey(n, built)) ownerFromClient = true;
          }
          if (n.type === 'Identifier' && s & CLIENT && (s & SRC.user || isFilterObject(resolver, env, n))) {
            const built = localValue(resolver, env, n);
            const u = built ? unwrap(built) : null;
            // (a choice of one value by role, `const memberId = canViewOthers && q.memberId ? q.memberId : me`, too)
            const choice = u ?? localNode(resolver, env.file, n);
            const namedCondition = (id: T.IdentifierReference) => localNode(resolver, env.file, id);
            const ordinaryFilter =
              choice?.type === 'ConditionalExpression' ? ordinaryBranch(choice, callerRole, namedCondition) : null;
            if (ordinaryFilter) {
              seen.add(n);
              walk(ordinaryFilter, visitValue);
              return false;
            }
            // `searchParams.get('userId') ?? session.userId`: one value, either of them — the client may choose the owner
            // (two whole filters to choose from, `includePrivate ? { owner: id } : { owner: id, isPrivate: false }`: each
            // is a filter the query may run with, judged by its parts)
            const either =
              (u?.type === 'ConditionalExpression' && !twoFilters(u, localFilter)) ||
              (u?.type === 'LogicalExpression' && (u.operator === '??' || u.operator === '||'));
            if (built && !either) {
              seen.add(n);
              // `{ resident_id: me, ...payload }`: the client's keys come last and may name the owner (set after the
              // spread, the caller's id wins)
              if (u?.type === 'ObjectExpression' && callerKeyBeforeSpread(u)) ownerFromClient = true;
              if (u && twoFilters(u, localFilter)) eitherFilter(u as T.ConditionalExpression);
              else walk(built, visitValue);
              // `if (user.role === 'teacher') where.teacherId = teacher.id`: that role's callers get the filter scoped
              // to them (the others the route admits, its administrators, see every row by design)
              if (!ownerFromClient && !scoped && scopedUnderRole(n as T.IdentifierReference)) scoped = true;
              return false;
            }
          }
          if (s) {
            seen.add(n);
            // a list of bound SQL parameters (`params = [userId]; params.push(`%${q}%`)`) holds the caller's id
            // next to search terms by design: its values are positional, not one mixed owner
            // (…as is a row of named values handed to a prepared statement, `insert.run(row)` with `row` built of known
            // fields: the text was given to `prepare`; a single value, `all(req.query.memberId ?? me)`, is still one)
            const boundParams =
              n === unwrap(arg as Node) &&
              n.type === 'Identifier' &&
              ((arg !== call.arguments[0] && runsSql(call)) ||
                (layer === 'better-sqlite3' &&
                  /^(?:run|get|all|iterate)$/.test(calleeName(call) ?? '') &&
                  env.fields.has(n.name)));
            // (a whole object built from the body and the caller's id, `{ ...req.body, user_id: me }` handed to a
            // repository, is not one value: which key wins was decided where it was built)
            // (…and the column names of such a row, `${columns.join(', ')}` with `columns = Object.keys(row)`, are no value)
            const root = n.type === 'MemberExpression' ? unwrap(n.object as Node) : n;
            const keys = root?.type === 'Identifier' ? unwrap(localValue(resolver, env, root)) : null;
            const columnNames =
              keys?.type === 'CallExpression' && memberPath(keys.callee as Node)?.join('.') === 'Object.keys';
            // (…and what an update writes is no filter: `.set({ status, ...extra })` with `extra = { room, assignedStaffId:
            // me }` picks no row)
            // (…nor what a statement's `SET` writes: its verb is read from the text, `op` is still `query` here)
            const written = (op === 'update' || op === 'query') && writtenValue(n, call, arg as Node, layer);
            // an object whose fields' sources are known (a helper's `data` given `{ memberId: user.id, description:
            // input.note }`) is judged field by field, as the object written out would be
            const fields = n.type === 'Identifier' ? env.fields.get(n.name) : undefined;
            if (fields && !boundParams && !columnNames) {
              const each = [...fields.values()];
              if (each.some((f) => f & SRC.user && f & CLIENT && !(f & WHOLE)) && !written) ownerFromClient = true;
              else if (each.some((f) => f & SRC.user) && !written) scoped = true;
              return false;
            }
            if (s & SRC.user && s & CLIENT && !boundParams && !(s & WHOLE) && !columnNames && !written)
              ownerFromClient = true; // one value, either of them
            // (`approvedBy: user.id` written into the record scopes nothing: only the filter picks whose record)
            else if (s & SRC.user && !written) {
              scoped = true;
              // (`trainerId: principal.id`: the caller's own id pins a person's column, not a tenant the caller is in)
              // (the caller's id itself, `principal.id`, `user.sub`: not a field of theirs such as `user.gymId`)
              if (
                !(s & CLIENT) &&
                (PERSON_KEY.test(enclosingKey(n)) || PERSON_KEY_SUFFIX.test(enclosingKey(n))) &&
                CALLER_ID.test(leafName(n))
              )
                callerPinsPerson = true;
            }
            if (s & SRC.record) {
              // `companyId` set from the query in one branch and from the caller's membership row in the other: one
              // value, either of them — the client may choose the owner
              if (
                s & CLIENT &&
                n.type === 'Identifier' &&
                ID_LIKE.test(n.name) &&
                [...(env.records.get(n.name) ?? [])].some((r) => env.recordAccess.get(r)?.scopedToCaller)
              ) {
                ownerFromClient = true;
                return false;
              }
              // `IN (:...clinicIds)` where the ids come from the caller's own rows (their memberships, not rows the
              // client picked): the caller's things
              const root = memberRoot(n);
              const from = root ? env.recordAccess.get(root) : undefined;
              // (…or the group a membership of the caller names: `const fleetId = await assertFleetMember(ctx)` after
              // the caller's membership row for `:fleetId` was found)
              // (…or a record the client picked but the caller was proven to own, by its own id, in a filter:
              // `eq(tasks.projectId, project.id)`, `DELETE … WHERE id = $1 AND project_id = $2` with `project.id`)
              const parentId =
                n.type === 'MemberExpression' &&
                /^_?id$/.test(leafName(n)) &&
                !writtenValue(n, call, arg as Node, layer) &&
                !(runsSql(call) && /^\s*(?:update|insert)\b/i.test(sqlText(call) ?? ''));
              // (the record may be a row taken out of the result: `const project = rows[0]`)
              const parent =
                parentId && root
                  ? [from, ...[...(env.records.get(root) ?? [])].map((r) => env.recordAccess.get(r))].find(
                      (a) => a?.scopedToCaller,
                    )
                  : undefined;
              const pinned =
                !(s & CLIENT) &&
                (ID_LIKE.test(leafName(n).replace(/s$/, '')) || inSet(n)) &&
                // (`reviewedBy: coordinator._id` in the update picks no record, as `approvedBy: user.id` does not)
                !writtenValue(n, call, arg as Node, layer) &&
                // (a row handed in by the caller may be a value written by a statement's positional parameters:
                // `UPDATE permits SET vehicle_id = $2 WHERE id = $1` with the caller's vehicle)
                !(
                  root !== null &&
                  env.handedIn.has(root) &&
                  runsSql(call) &&
                  /^\s*(?:update|insert)\b/i.test(sqlText(call) ?? '')
                );
              if (pinned && ((from?.scopedToCaller && (!from.byClientId || from.membership)) || parent)) scoped = true;
              // `findBy({ id: In(body.itemIds), warehouseId: shipment.warehouseId })` with the shipment the client named
              // but proven the caller's: the client's ids, within the caller's warehouse (a row looked up by such a
              // record's field alone, `Category.findByPk(submission.categoryId)`, is only referred to, not the caller's)
              else if (pinned && from?.scopedToCaller) withinCallersRecord = true;
              // `inArray(bins.warehouseId, orgWarehouseIds)` where those are the warehouses of `:orgId`: the rows
              // within the group the client names, so what proves the caller's membership of it bounds these too
              else if (
                from &&
                !from.byClientId &&
                from.clientOwnerValues?.length &&
                (ID_LIKE.test(leafName(n).replace(/s$/, '')) || inSet(n))
              ) {
                ownerKeysFromClient.push(enclosingKey(n) || leafName(n));
                ownerValuesFromClient.push(...from.clientOwnerValues);
              }
              return false;
            }
            if (
              s & SRC.headers &&
              !(s & (SRC.params | SRC.body | SRC.query)) &&
              // (or held under such a key: `{ tokenHash: hashToken(raw) }`)
              (/key|token|secret|signature/i.test(keyText(n)) || /key|token|secret|signature/i.test(enclosingKey(n)))
            ) {
              byHeader = true;
              if (enclosingKey(n)) headerKeys.push(enclosingKey(n));
            }
            if (s & CLIENT && !(s & SRC.user) && OWNER_KEY.test(enclosingKey(n))) {
              ownerKeysFromClient.push(enclosingKey(n));
              ownerValuesFromClient.push(keyText(n));
            } else if (s & CLIENT && !(s & SRC.user) && SECRET_KEY.test(enclosingKey(n))) {
              // `{ previewToken: token }`: looked up by a secret the client holds (a share link), not by an id
              secretKeys.push(enclosingKey(n));
            } else if (s & CLIENT && (s & SRC.params || ID_LIKE.test(leafName(n)) || ID_LIKE.test(enclosingKey(n)))) {
              byClientId = true;
              clientKeys.push(keyText(n), ...alternativeKeys(resolver, env, n));
            }
            if (n.type !== 'CallExpression') return false;
            // `c.req.param('orgId')` is one value, judged above: the accessor it is called on is no value of its own
            const callee = unwrap(n.callee as Node);
            if (
              callee?.type === 'MemberExpression' &&
              stringValue(n.arguments[0] as Node) !== null &&
              env.requestRoots.has(memberRoot(callee) ?? '')
            )
              return false;
          }
        }
        // only the SQL text (the first argument) matters; bound parameters may be built any way (a tagged template's
        // `${'%' + q + '%'}` is one)
        const inSqlText = arg === call.arguments[0] && !tagged;
        if (
          inSqlText &&
          n.type === 'TemplateLiteral' &&
          !parameterisedTemplate(n) &&
          n.expressions.some((e) => clientText(sourcesOf(e as Node)))
        )
          sqlConcat = sqlConcat || runsSql(call);
        if (
          inSqlText &&
          n.type === 'BinaryExpression' &&
          n.operator === '+' &&
          (clientText(sourcesOf(n.left as Node)) || clientText(sourcesOf(n.right as Node)))
        ) {
          sqlConcat = sqlConcat || runsSql(call);
        }
        return undefined;
      };
      walk(arg as Node, visitValue);
      // `const filter = { status: 'published' }; if (category) filter.category = category; Campaign.find(filter)`:
      // the literal states of a filter built beforehand in a local object
      const built = publicRow ? null : localNode(resolver, env.file, unwrap(arg as Node));
      if (built?.type === 'ObjectExpression')
        for (const p of built.properties) {
          if (p.type !== 'Property') continue;
          const value = unwrap(p.value as Node);
          if (value?.type === 'Literal') noteState(nameOf(p.key as Node) ?? '', value.value);
        }
    }
    // mongoose `.where('owner').equals(req.user.id)` style chains and `Model.findById(id)` receivers
  }
  // query-builder conditions written as text with named parameters (`.where('v.active = :active', { active: true })`,
  // `.where('league.isPublic = true')`): each `column = value` is a filter's key and value
  for (const call of layer === 'typeorm' ? chain : []) {
    if (!/^(?:where|andWhere|orWhere)$/.test(calleeName(call) ?? '')) continue;
    const text = stringValue(call.arguments[0] as Node);
    if (text === null) continue;
    const params = unwrap(call.arguments[1] as Node | undefined);
    const param = (name: string): unknown => {
      const v = params?.type === 'ObjectExpression' ? unwrap(propertyValue(params, name)) : null;
      return v?.type === 'Literal' ? v.value : undefined;
    };
    for (const m of text.matchAll(/\b"?(\w+)"?\s*(=|!=|<>)\s*(?::(\w+)|(true|false)\b|'([^']*)'|(\d+)\b)/g)) {
      const value = m[3] ? param(m[3]) : m[4] ? m[4] === 'true' : (m[5] ?? (m[6] ? Number(m[6]) : undefined));
      if (value === undefined) continue;
      if (m[2] === '=') noteState(m[1]!, value);
      // `status != 'draft'`: every row past its draft
      else if (/^(?:status|state)$/i.test(m[1]!) && /^draft$/i.test(String(value))) publicRow = true;
    }
  }
  if (op === 'query' || layer === 'better-sqlite3') {
    const sqlCall =
      chain.find((c) => isSqlCall(c)) ??
      prepared ??
      chain.find((c) => SQL_SINK.test(calleeName(c) ?? '') && heldSqlText(resolver, env.file, c) !== null);
    const sql = sqlCall ? (sqlText(sqlCall) ?? heldSqlText(resolver, env.file, sqlCall)) : null;
    // (a statement held in a variable names its table there: `let sql = \`SELECT t.* FROM trainers t …\``)
    // (outside subqueries: `SELECT b.id, (SELECT count(*) FROM copies c …) AS available FROM books b` reads books)
    model ??= (sql && outsideParens(sql).match(/\b(?:from|into|update)\s+["`]?(\w+)/i)?.[1]) ?? null;
    // SELECT a, b, count(*) … / … RETURNING id, email: an explicit column list (no `*` or `t.*`)
    const list =
      sql?.match(/^\s*select\s+([\s\S]+?)\s+from\b/i)?.[1] ?? sql?.match(/\breturning\s+([\s\S]+?)\s*;?\s*$/i)?.[1];
    // `SELECT COUNT(*) AS inside FROM checkins WHERE …`: one number, no row (per group, it would say more)
    if (
      sql &&
      list &&
      /^\s*select\b/i.test(sql) &&
      !/\bgroup\s+by\b/i.test(sql) &&
      list.split(',').every((col) => /^\s*(?:count|sum|avg|min|max)\s*\(/i.test(col))
    )
      aggregateOnly = true;
    if (list && !/(?:^|,|\.)\s*\*/.test(list.replace(/\w+\s*\(\s*\*\s*\)/g, 'f()'))) selected = true;
    // `SELECT u.*, m.role FROM budget_members m JOIN users u …`: every column of the joined table comes along
    if (sql && list) includes.push(...joinedWholeTables(sql, list, model));
    if (sql && list) joinedContacts.push(...joinedContactColumns(sql, list, model));
    // `WHERE i.status = 'published'`, `AND p.is_public = true`: a query of published rows
    if (
      sql &&
      /^\s*select\b/i.test(sql) &&
      (PUBLIC_SQL.test(sql) || PUBLIC_SQL.test(joinedConditions(resolver, env.file, sqlCall!)))
    )
      publicRow = true;
    // INSERT INTO users (email, password_hash) … RETURNING *: the columns tell the model's fields
    const cols = sql?.match(/insert\s+into\s+["`]?\w+["`]?\s*\(([^)]*)\)/i)?.[1];
    if (cols) for (const c of cols.split(',')) fields.push(c.trim().replace(/["`]/g, ''));
    if (sql && /^\s*select\b/i.test(sql) && op === 'query') op = /\bwhere\b[^;]*\bid\s*=/i.test(sql) ? 'read' : 'list';
    if (sql && /^\s*(update|delete|insert)\b/i.test(sql))
      op = sql.trim().toLowerCase().startsWith('insert')
        ? 'create'
        : sql.trim().toLowerCase().startsWith('update')
          ? 'update'
          : 'delete';
    if (layer === 'unknown') layer = 'pg';
  }
  // postgres.js: \`insert into pets ${sql(req.body)}\`, \`update pets set ${sql(body)} where …\`: the helper writes every key of
  // the object it is given (with column names after it, `sql(body, 'name', 'species')`, only those)
  if (tagged && (op === 'create' || op === 'update'))
    for (const e of (outer.arguments[0] as T.TemplateLiteral).expressions) {
      const helper = unwrap(e as Node);
      if (
        helper?.type === 'CallExpression' &&
        helper.arguments.length === 1 &&
        nameOf(helper.callee as Node) === nameOf(unwrap(outer.callee as Node)) &&
        isWholeBody(helper.arguments[0] as Node, sourcesOf)
      )
        writesBody = true;
    }
  // SQL built by concatenation in a variable: pool.query(sql) where sql was a template with client input
  if ((op === 'query' || layer === 'better-sqlite3' || layer === 'pg') && !sqlConcat) {
    const sink = chain.find((c) => SQL_SINK.test(calleeName(c) ?? '')) ?? (wrapper ? outer : undefined);
    const first = unwrap(sink?.arguments[0] as Node | undefined);
    if (sink && first?.type === 'Identifier' && builtFromClient(resolver, env, first.name, sink, sourcesOf))
      sqlConcat = true;
  }
  if (withinCallersRecord && byClientId) scoped = true;
  if (ownerKeysFromClient.length > 0) {
    // `where: { orgId: req.params.orgId, userId: me }`: the caller's own rows (a membership) within what the client
    // names — the client picks among the caller's rows, it does not choose whose rows they are. Without the caller's
    // id beside it, the client chooses the owner.
    // (…nor with it, a person the caller is paired with: `ptPackage where { trainerId: me, memberId }` is the caller's
    // package with that member — a relation of the caller's, as a membership is)
    if (
      scoped &&
      !ownerFromClient &&
      (!ownerKeysFromClient.some((k) => PERSON_KEY.test(k)) || (callerPinsPerson && op !== 'create'))
    ) {
      byClientId = true;
      membership = true;
      clientKeys.push(...ownerValuesFromClient);
    } else ownerFromClient = true;
  }
  // the caller's row in a membership table, picked by what the client names (`membership.findUnique({ where:
  // { groupId_userId: { groupId, userId: me } } })`): a membership of that group, whatever the key is called
  if (!membership && scoped && !ownerFromClient && byClientId && model && MEMBERSHIP_MODEL.test(modelKey(model)))
    membership = true;
  // a query sent with the caller's own token on a table with row-level security runs as the caller
  const rls = layer === 'supabase' && model !== null ? rowSecurity(resolver.project) : null;
  const rowSecured =
    rls !== null &&
    enforcedFor(rls, model!, op) &&
    opCall.callee.type === 'MemberExpression' &&
    callerClient(resolver, env.file, opCall.callee.object as Node);
  return {
    layer,
    model,
    operation: op,
    byClientId,
    scopedToCaller: (scoped && !ownerFromClient) || rowSecured,
    ownerFromClient,
    selected,
    writesBody,
    filterFromClient: filterFromClient && layer !== 'prisma' && layer !== 'memory',
    ...(filterFromClient && !wholeSpread && !(filterSources & SRC.body) ? { filterFromQueryOnly: true } : {}),
    ...(spreadFrom ? { filterSpreadFrom: spreadFrom } : {}),
    ...(jsWhereFromClient ? { jsWhereFromClient } : {}),
    ...(secretKeys.length > 0 ? { bySecret: secretKeys } : {}),
    sqlConcat,
    resultVar: null,
    // (an approved request is decided, not published)
    publicRow: publicRow && !WORKFLOW_MODEL.test(modelKey(model ?? '')),
    ...(openRow ? { openRow } : {}),
    ...(countsOnly ? { countsOnly } : {}),
    ...(counters === 'tally' ? { tallyOnly: true as const } : {}),
    // (`existsBy({ slug })`, `count(…)`: whether such a row exists, nothing of it read or changed)
    // (…by a unique attribute, not by ids: counting the teams a client names by id checks references, see above)
    ...((/^(?:exists\w*|count\w*)$/.test(calleeName(opCall) ?? '') &&
      (op === 'read' || op === 'list') &&
      clientKeys.every((k) => !/(?:^|[._])id$|[a-z]Id$/.test(k))) ||
    // (Supabase `select('id', { count: 'exact', head: true })`: a count and no rows at all; so is `SELECT COUNT(*)`)
    (layer === 'supabase' && op === 'list' && chain.some((c) => headOnly(c))) ||
    aggregateOnly
      ? { referenceOnly: true }
      : {}),
    includes,
    fields,
    byHeader,
    ...(headerKeys.length > 0 ? { headerKeys } : {}),
    clientKeys,
    ...(ownerValuesFromClient.length > 0 ? { clientOwnerValues: ownerValuesFromClient } : {}),
    ...(membership ? { membership } : {}),
    ...(populatedContacts.length > 0 ? { populatedContacts } : {}),
    // Mongoose `.lean()`, TypeORM `getRawMany()`, Sequelize `{ raw: true }`: plain rows, no model serialiser
    ...(names.some((n) => /^(?:lean|getRawMany|getRawOne)$/.test(n)) || rawOption(chain) ? { rawResult: true } : {}),
    ...(leavesDefaultScope(chain) ? { unscoped: true } : {}),
    ...(selectedSensitive.length > 0 ? { selectedSensitive } : {}),
    ...(selectedTables.length > 0 ? { selectedTables } : {}),
    ...(selectedPersonal.length > 0 ? { selectedPersonal } : {}),
    ...(excludedFields.length > 0 ? { excludedFields } : {}),
    ...(revealedFields.length > 0 ? { revealedFields } : {}),
    ...(writesClientRole ? { writesClientRole } : {}),
    ...(joinedContacts.length > 0 ? { joinedContacts } : {}),
    location: locationOf(env.file, opCall),
  };
}

/** Prisma's tagged-template methods: they bind every `${value}` (their `…Unsafe` twins are plain calls). */
const PRISMA_TAG = /^\$(?:queryRaw|executeRaw)$/;
/** Packages whose `sql` tag only builds a fragment for another call to run (`db.execute(sql\`…\`)`, `.where(sql\`…\`)`). */
const FRAGMENT_PACKAGE = /^(?:drizzle-orm|slonik|kysely|sql-template-strings|sql-template-tag|@prisma\/client)(?:\/|$)/;
/** The call `taggedQuery` made of each template (the analyses of a function share it), and the set of those calls. */
const TAGGED_QUERIES = new WeakMap<Node, T.CallExpression>();
const TAGGED_CALLS = new WeakSet<Node>();

/**
 * A tagged template that runs the statement it holds — postgres.js (`const [pet] = await sql\`select … where id =
 * ${id}\``), Prisma (`prisma.$queryRaw\`…\``), `@vercel/postgres` — as the call it is: the tag called with the
 * template, whose `${values}` are the statement's bound parameters. Null for a fragment another call runs (an
 * argument, a piece of another template, Drizzle's or slonik's `sql`) and for text that is no statement. The same
 * template always gives the same call, whose parent is the template's.
 */
export function taggedQuery(
  resolver: Resolver,
  file: SourceFile,
  node: T.TaggedTemplateExpression,
): T.CallExpression | null {
  const known = TAGGED_QUERIES.get(node);
  if (known) return known;
  const parent = parentOf(node);
  // Drizzle runs a statement written with its `sql` tag when it is handed straight to `db.all / get / run / values /
  // execute`: that is the statement, its `${values}` bound
  const runByDrizzle = drizzleRun(resolver, file, node);
  if (
    !runByDrizzle &&
    (parent?.type === 'CallExpression' || parent?.type === 'TemplateLiteral' || parent?.type === 'NewExpression')
  )
    return null;
  const quasi = node.quasi as Node;
  if (!parameterisedTemplate(quasi)) return null;
  const text = (node.quasi as T.TemplateLiteral).quasis.map((q) => q.value.raw).join('?');
  if (!/^\s*(?:select|insert|update|delete|with)\b/i.test(text)) return null;
  const tag = unwrap(node.tag as Node);
  const value = tag?.type === 'Identifier' ? resolver.valueOf(file, tag) : null;
  if (!runByDrizzle && value?.kind === 'external' && FRAGMENT_PACKAGE.test(value.pkg)) return null;
  const call = {
    type: 'CallExpression',
    callee: node.tag,
    arguments: [node.quasi],
    optional: false,
    typeArguments: null,
    start: node.start,
    end: node.end,
    parent,
  } as unknown as T.CallExpression;
  TAGGED_QUERIES.set(node, call);
  TAGGED_CALLS.add(call);
  return call;
}

/** `'*'` or `['*']`: every column. */
function isStar(node: Node): boolean {
  const n = unwrap(node);
  if (n?.type === 'ArrayExpression') return n.elements.length === 1 && isStar(n.elements[0] as Node);
  return stringValue(n) === '*';
}

/** Drizzle's methods that run a raw statement given as their only argument. */
const DRIZZLE_RUN = /^(?:all|get|run|values|execute)$/;

/** `db.all(sql\`SELECT …\`)`: a Drizzle `sql` template handed whole to the call that runs it. */
function drizzleRun(resolver: Resolver, file: SourceFile, node: T.TaggedTemplateExpression): boolean {
  const parent = parentOf(node);
  if (
    parent?.type !== 'CallExpression' ||
    parent.arguments.length !== 1 ||
    unwrap(parent.arguments[0] as Node) !== node
  )
    return false;
  if (parent.callee.type !== 'MemberExpression' || !DRIZZLE_RUN.test(calleeName(parent) ?? '')) return false;
  const tag = unwrap(node.tag as Node);
  const value = tag?.type === 'Identifier' ? resolver.valueOf(file, tag) : null;
  return value?.kind === 'external' && /^drizzle-orm(?:\/|$)/.test(value.pkg);
}

/** The statement a call runs is a Drizzle `sql` template read on its own (see taggedQuery): the call adds nothing. */
export function runsDrizzleTemplate(resolver: Resolver, file: SourceFile, call: T.CallExpression): boolean {
  const arg = unwrap(call.arguments[0] as Node | undefined);
  return arg?.type === 'TaggedTemplateExpression' && drizzleRun(resolver, file, arg);
}

/**
 * The text of a tagged template given to a query builder's tag (`sql\`… ${email}\``, slonik's
 * `sql.type(schema)\`…\``, postgres.js, Drizzle, `Prisma.sql`): the tag binds each value as a parameter. Not the
 * unsafe tags (`sql.unsafe\`…\``, `raw\`…\``), which paste them.
 */
function parameterisedTemplate(tpl: Node): boolean {
  const p = parentOf(tpl);
  if (p?.type !== 'TaggedTemplateExpression' || p.quasi !== tpl) return false;
  const tag = unwrap(p.tag as Node);
  const name = tag?.type === 'CallExpression' ? calleeName(tag) : (memberLeaf(tag) ?? nameOf(tag));
  const root = tag ? memberRoot(tag.type === 'CallExpression' ? (tag.callee as Node) : tag) : null;
  return (
    !/^(?:unsafe|raw|rawUnsafe)$/i.test(name ?? '') &&
    (/^(?:sql|SQL|Prisma|db|tx|trx|pg|postgres)$/.test(root ?? '') || PRISMA_TAG.test(name ?? ''))
  );
}

/**
 * A SQL statement held in a variable was built with client input pasted into its text: one of its assignments
 * (`let sql = \`…\``, `sql += \` AND payee LIKE '%${term}%'\``) interpolates or concatenates a client value that is not
 * a number (`String(req.query.q)` is still text; `Number(req.query.limit)` is not an injection).
 */
function builtFromClient(
  resolver: Resolver,
  env: Env,
  name: string,
  sink: Node,
  sourcesOf: (n: Node) => Sources,
): boolean {
  let fn: Node | null = parentOf(sink);
  while (fn && !isFunction(fn)) fn = parentOf(fn);
  if (!fn) return false;
  const pasted = (e: Node) => clientText(sourcesOf(e)) && !numeric(resolver, env.file, e, 0);
  // the pieces of a statement: a template's expressions, a concatenation's operands, or the value itself
  const injects = (value: Node | null | undefined): boolean => {
    const v = unwrap(value);
    if (!v) return false;
    if (v.type === 'TaggedTemplateExpression')
      return !parameterisedTemplate(v.quasi as Node) && injects(v.quasi as Node);
    if (v.type === 'TemplateLiteral') return v.expressions.some((e) => pasted(e as Node));
    if (v.type === 'BinaryExpression' && v.operator === '+') return injects(v.left as Node) || injects(v.right as Node);
    // (an object is no statement text: `new FindUsersQuery({ ...params })` handed to a CQRS bus's `execute`)
    if (v.type === 'NewExpression' || v.type === 'ObjectExpression' || v.type === 'ArrayExpression') return false;
    return pasted(v);
  };
  let found = false;
  walk(fn, (n) => {
    if (found) return false;
    if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.id.name === name && injects(n.init as Node))
      found = true;
    if (
      n.type === 'AssignmentExpression' &&
      (n.operator === '=' || n.operator === '+=') &&
      unwrap(n.left as Node)?.type === 'Identifier' &&
      (unwrap(n.left as Node) as T.IdentifierReference).name === name &&
      injects(n.right as Node)
    )
      found = true;
    return undefined;
  });
  return found;
}

/** Text the client chose: a client value that is not a number (a number cannot break out of a statement). */
function clientText(s: Sources): boolean {
  return (s & CLIENT) !== 0 && (s & SRC.numeric) === 0;
}

/** A value that can only be a number: `Number(x)`, `parseInt(x)`, `+x`, `Math.min(…)`, or a name bound to one. */
function numeric(resolver: Resolver, file: SourceFile, expr: Node, depth: number): boolean {
  const n = unwrap(expr);
  if (!n || depth > 3) return false;
  if (n.type === 'Literal') return typeof n.value === 'number';
  if (n.type === 'UnaryExpression') return n.operator === '+' || n.operator === '-';
  if (n.type === 'CallExpression') {
    const name = calleeName(n) ?? '';
    return /^(?:Number|parseInt|parseFloat|toFixed)$/.test(name) || memberPath(n.callee as Node)?.[0] === 'Math';
  }
  if (n.type === 'Identifier') {
    const v = resolver.valueOf(file, n);
    return v.kind === 'node' && v.node !== n && numeric(resolver, v.file, v.node, depth + 1);
  }
  return false;
}

/**
 * Credentials no response should carry, even the owner's own: password hashes, secrets, reset and refresh tokens.
 * (A booking's confirmation code or a new webhook's signing secret is shown to its owner on purpose; those are
 * judged with the model's fields, not here.)
 */
const CREDENTIAL_FIELD =
  /^(?:password|passwd|password_?hash|hashed_?password|pass_?hash|salt|reset_?token(?:_?hash)?|refresh_?token(?:_?hash)?|otp_?secret|totp_?secret|mfa_?secret|two_?factor_?secret)$/i;

/**
 * The sensitive fields a select object picks (`{ id: true, passwordHash: true }`), through constants and spreads
 * (`{ ...userSelect, manager: { select: … } }`); nested relation selects are the relation's business.
 */
function sensitivePicks(resolver: Resolver, file: SourceFile, value: Node, depth = 0): string[] {
  let n = unwrap(value);
  let f = file;
  if (n && (n.type === 'Identifier' || n.type === 'MemberExpression') && depth < 4) {
    const v = resolver.valueOf(file, n);
    if (v.kind !== 'node' || v.node === n) return [];
    n = unwrap(v.node);
    f = v.file;
  }
  if (n?.type !== 'ObjectExpression') return [];
  const out: string[] = [];
  for (const p of n.properties) {
    if (p.type === 'SpreadElement') {
      if (depth < 4) out.push(...sensitivePicks(resolver, f, p.argument as Node, depth + 1));
      continue;
    }
    const key = nameOf(p.key as Node);
    const v = unwrap(p.value as Node);
    if (key && (CREDENTIAL_FIELD.test(key) || ACCESS_CODE.test(key)) && v?.type === 'Literal' && v.value === true)
      out.push(key);
    // a relation's own select (TypeORM `units: { id: true, accessCode: true }`; not Prisma's nested `select`, whose
    // rows a helper often keeps to itself)
    if (key && key !== 'select' && key !== 'include' && v?.type === 'ObjectExpression' && depth < 4)
      out.push(...sensitivePicks(resolver, f, v, depth + 1).map((x) => `${key}.${x}`));
  }
  return out;
}

/**
 * The secrets a Drizzle column list picks (`select({ id: spaces.id, doorCode: spaces.doorCode })`, or a constant of
 * one declared elsewhere): credentials and access codes, by the column they read.
 */
function columnSecrets(resolver: Resolver, file: SourceFile, value: Node): string[] {
  let n = unwrap(value);
  if (n?.type === 'Identifier') {
    const v = resolver.valueOf(file, n);
    n = v.kind === 'node' ? unwrap(v.node) : null;
  }
  if (n?.type !== 'ObjectExpression') return [];
  const out: string[] = [];
  for (const p of n.properties) {
    if (p.type !== 'Property') continue;
    const v = unwrap(p.value as Node);
    const leaf = v?.type === 'MemberExpression' ? memberLeaf(v) : null;
    if (leaf && (CREDENTIAL_FIELD.test(leaf) || ACCESS_CODE.test(leaf))) out.push(nameOf(p.key as Node) ?? leaf);
  }
  return out;
}

/** Codes that open a door, a gate or a lockbox: secrets of the place, not of an account. */
const ACCESS_CODE = /^(?:access|door|gate|lockbox|lock_?box|alarm|entry|entrance|building|keypad|key)_?(?:code|pin)$/i;

/** Contact fields a Prisma-style `select: { email: true }` picks. */
function personalPicks(resolver: Resolver, file: SourceFile, value: Node): string[] {
  let n = unwrap(value);
  // (a select shared in a constant: `select: profileSelect`)
  if (n?.type === 'Identifier') {
    const v = resolver.valueOf(file, n);
    n = v.kind === 'node' && v.node !== n ? unwrap(v.node) : null;
  }
  if (n?.type !== 'ObjectExpression') return [];
  const out: string[] = [];
  for (const p of n.properties) {
    if (p.type !== 'Property') continue;
    const key = nameOf(p.key as Node);
    const v = unwrap(p.value as Node);
    if (key && PERSONAL_FIELD.test(key) && v?.type === 'Literal' && v.value === true) out.push(key);
  }
  return out;
}

/** Update documents and values, as opposed to filters: `data` (Prisma), `$set`, Mongo's second argument, `.set()`. */
const WRITE_KEY = /^(?:data|\$set|\$inc|\$push|\$addToSet|update|create)$/;
const MONGO_UPDATE =
  /^(?:findOneAndUpdate|findByIdAndUpdate|updateOne|updateMany|update|replaceOne|findOneAndReplace)$/;

/** The value is written into the record by the call rather than used to pick the record. */
function writtenValue(value: Node, call: T.CallExpression, arg: Node, layer: DataAccess['layer']): boolean {
  const name = calleeName(call) ?? '';
  const index = (call.arguments as Node[]).indexOf(arg);
  if (/^(?:set|values)$/.test(name)) return true; // Drizzle, knex-style builders
  // Supabase `.from('profiles').update({ banned_at, notes: \`by ${me}\` }).eq('id', id)`: the values the update writes
  if (layer === 'supabase' && /^(?:update|upsert|insert)$/.test(name) && index === 0) return true;
  if (MONGO_UPDATE.test(name) && layer !== 'prisma') {
    // Sequelize `Model.update(values, { where })`: the values first; Mongo `updateOne(filter, update)`: the update second
    const second = unwrap(call.arguments[1] as Node | undefined);
    const sequelize = second?.type === 'ObjectExpression' && property(second, 'where') !== null;
    if (index === (sequelize ? 0 : 1)) return true;
  }
  for (let p = parentOf(value); p && p !== arg; p = parentOf(p)) {
    if (p.type === 'Property' && !p.computed && WRITE_KEY.test(nameOf(p.key as Node) ?? '')) return true;
  }
  const statement = unwrap(arg);
  if (statement?.type === 'TemplateLiteral') return writtenInStatement(statement, value);
  return false;
}

/**
 * A value of a statement written as a template (`update appointments set cancelled_by = ${me} where id = ${id}`):
 * what an `UPDATE` sets before its `WHERE`, and what an `INSERT` writes, pick no row.
 */
function writtenInStatement(tpl: T.TemplateLiteral, value: Node): boolean {
  const verb = /^\s*(update|insert)\b/i.exec(tpl.quasis[0]?.value.raw ?? '')?.[1]?.toLowerCase();
  if (!verb) return false;
  const index = tpl.expressions.findIndex((e) => e.start <= value.start && value.end <= e.end);
  if (index < 0) return false;
  const before = tpl.quasis
    .slice(0, index + 1)
    .map((q) => q.value.raw)
    .join(' ');
  return !/\bwhere\b/i.test(before) && (verb === 'update' || !/\bselect\b/i.test(before));
}

/** `stmt.all(…)` / `stmts.byId.get(…)` where the receiver holds `db.prepare(<SQL>)`: the prepare call, when its text is SQL. */
function preparedStatement(resolver: Resolver, file: SourceFile, call: T.CallExpression): T.CallExpression | null {
  const receiver = call.callee.type === 'MemberExpression' ? unwrap(call.callee.object as Node) : null;
  // (also a statement kept in a module object: `const stmts = { listForAdmin: db.prepare('SELECT …') }`)
  if (receiver?.type !== 'Identifier' && receiver?.type !== 'MemberExpression') return null;
  const v = resolver.valueOf(file, receiver);
  const n = v.kind === 'node' ? unwrap(v.node) : null;
  return n?.type === 'CallExpression' && calleeName(n) === 'prepare' && sqlText(n) !== null ? n : null;
}

/** Tables other than the main one whose every column a SELECT list takes (`u.*`, `users.*`). */
/** The tables a statement reads, by alias and by name (`FROM players p JOIN users u` → p: players, u: users). */
function sqlAliases(sql: string): Map<string, string> {
  const byAlias = new Map<string, string>();
  for (const m of sql.matchAll(
    /\b(?:from|join)\s+["`]?(\w+)["`]?(?:\s+(?:as\s+)?(?!on\b|where\b|join\b|left\b|inner\b|group\b|order\b)(\w+))?/gi,
  )) {
    byAlias.set(m[1]!.toLowerCase(), m[1]!);
    if (m[2]) byAlias.set(m[2].toLowerCase(), m[1]!);
  }
  return byAlias;
}

/**
 * Contact columns of people joined into the rows (`SELECT p.id, u.email, u.phone FROM players p JOIN users u …`):
 * `users.email`, `users.phone` — the people's own data, listed beside someone else's rows.
 */
function joinedContactColumns(sql: string, list: string, main: string | null): string[] {
  const byAlias = sqlAliases(sql);
  const out: string[] = [];
  for (const m of list.matchAll(/\b(\w+)\.(\w+)\b/g)) {
    const table = byAlias.get(m[1]!.toLowerCase());
    if (table && table !== main && PERSON_MODEL.test(modelKey(table)) && PERSONAL_FIELD.test(m[2]!))
      out.push(`${table}.${m[2]}`);
  }
  return [...new Set(out)];
}

/** The joined tables a knex select takes whole (`'users.*'`, `'u.*'` for `join('users as u', …)`), not the main one. */
function knexJoinedWholeTables(chain: T.CallExpression[], select: T.CallExpression, main: string | null): string[] {
  const byAlias = new Map<string, string>();
  for (const c of chain) {
    if (!/^(?:join|innerJoin|leftJoin|leftOuterJoin|rightJoin|fullOuterJoin)$/.test(calleeName(c) ?? '')) continue;
    const m = /^\s*(\w+)(?:\s+as\s+(\w+))?\s*$/i.exec(stringValue(c.arguments[0] as Node) ?? '');
    if (!m) continue;
    byAlias.set(m[1]!.toLowerCase(), m[1]!);
    if (m[2]) byAlias.set(m[2].toLowerCase(), m[1]!);
  }
  const out: string[] = [];
  for (const a of select.arguments) {
    const m = /^(\w+)\.\*$/.exec(stringValue(a as Node) ?? '');
    const table = m ? byAlias.get(m[1]!.toLowerCase()) : undefined;
    if (table && table !== main && !out.includes(table)) out.push(table);
  }
  return out;
}

function joinedWholeTables(sql: string, list: string, main: string | null): string[] {
  const byAlias = sqlAliases(sql);
  const out: string[] = [];
  for (const m of list.matchAll(/\b(\w+)\.\*/g)) {
    const table = byAlias.get(m[1]!.toLowerCase());
    if (table && table !== main && !out.includes(table)) out.push(table);
  }
  return out;
}

/** A status that says no one has taken the row yet: `status: 'open'`, `state = 'unassigned'`. */
function filtersOpen(key: string, value: unknown): boolean {
  return /^(?:status|state)$/.test(key) && /^(?:open|available|unassigned|unclaimed|requested)$/i.test(String(value));
}

/** A filter on publication state: `published: true`, `status: 'listed'`. */
function filtersPublic(key: string, value: unknown): boolean {
  return (
    PUBLICATION_KEY.test(key) ||
    (/^(?:status|state)$/.test(key) && PUBLIC_STATE.test(String(value))) ||
    // `isPrivate: false`, `eq(meetups.isHidden, false)`: the rows not withheld from the public
    (PRIVACY_KEY.test(key) && (value === false || value === 0)) ||
    // `companyId: null`: the rows that belong to no one (the public holidays every company shares, system templates)
    (OWNER_KEY.test(key) && value === null)
  );
}

/** Flags that withhold a row from the public when set. */
const PRIVACY_KEY = /^(?:is_?)?(?:private|hidden|unlisted)$/i;

/**
 * A TypeORM query builder kept in a local and run later (`const qb = repo.createQueryBuilder('g').where(…); if (q)
 * qb.andWhere(…); return qb.getMany()`): the whole query, from the builder's creation through the statements that add
 * to it, to the call that runs it. Any other chain as it is.
 */
function builderChain(resolver: Resolver, file: SourceFile, chain: T.CallExpression[]): T.CallExpression[] {
  const head = chain[0];
  const root = head?.callee.type === 'MemberExpression' ? unwrap(head.callee.object as Node) : null;
  if (root?.type !== 'Identifier' || !QUERY_BUILDER_END.test(calleeName(chain[chain.length - 1]!) ?? '')) return chain;
  const made = localNode(resolver, file, root);
  if (made?.type !== 'CallExpression') return chain;
  const declared = callChain(made);
  if (!declared.some((c) => calleeName(c) === 'createQueryBuilder')) return chain;
  // statements between the two that add to the builder: `qb.andWhere('g.category = :c', { c })`
  const added: T.CallExpression[] = [];
  const fn = enclosingFunction(head!);
  if (fn)
    walk(fn, (n) => {
      if (n.type !== 'ExpressionStatement' || n.start < made.end || n.end > head!.start) return undefined;
      const e = unwrap(n.expression as Node);
      if (e?.type !== 'CallExpression') return undefined;
      const calls = callChain(e);
      const first = calls[0];
      const on = first?.callee.type === 'MemberExpression' ? unwrap(first.callee.object as Node) : null;
      if (on?.type === 'Identifier' && on.name === root.name) added.push(...calls);
      return false;
    });
  return [...declared, ...added, ...chain];
}

/**
 * The update only increments or decrements counters: Mongo `{ $inc: {…} }`, Prisma `{ n: { increment: 1 } }` —
 * 'tally' when every step adds a constant (`bookedCount: 1`, a seat taken, a like counted), 'amount' when one is a
 * value (a balance moved by `amount`) or takes away (`memberCount: { decrement: 1 }`), null for any other update.
 */
function movesCounters(call: T.CallExpression): 'tally' | 'amount' | null {
  const objects = (call.arguments as Node[]).map((a) => unwrap(a)).filter((a) => a?.type === 'ObjectExpression');
  const update = objects.length >= 2 ? objects[1] : unwrap(propertyValue(objects[0] ?? null, 'data'));
  if (update?.type !== 'ObjectExpression' || update.properties.length === 0) return null;
  const steps: Node[] = [];
  let down = false;
  for (const p of update.properties) {
    if (p.type !== 'Property') return null;
    const v = unwrap(p.value as Node);
    if (nameOf(p.key as Node) === '$inc') {
      if (v?.type !== 'ObjectExpression') return null;
      for (const q of v.properties) if (q.type === 'Property') steps.push(q.value as Node);
      continue;
    }
    const step = v?.type === 'ObjectExpression' && v.properties.length === 1 ? v.properties[0] : null;
    const verb = step?.type === 'Property' ? nameOf(step.key as Node) : null;
    if (step?.type !== 'Property' || (verb !== 'increment' && verb !== 'decrement')) return null;
    if (verb === 'decrement') down = true;
    steps.push(step.value as Node);
  }
  const added = (n: Node) => {
    const u = unwrap(n);
    return u?.type === 'Literal' && typeof u.value === 'number' && u.value > 0;
  };
  return !down && steps.every(added) ? 'tally' : 'amount';
}

/** The calls that run a TypeORM query builder. */
const QUERY_BUILDER_END =
  /^(?:getMany|getManyAndCount|getOne|getOneOrFail|getRawMany|getRawOne|getRawAndEntities|getCount)$/;

/**
 * The entity a TypeORM query builder reads: `dataSource.createQueryBuilder(Item, 'i')`, `.from(Item, 'i')`, or the
 * repository it is made from — `this.items` (injected with `@InjectRepository(Item)` or initialised with
 * `getRepository(Item)`), a local `repo = AppDataSource.getRepository(Item)`. Undefined when the chain is no query
 * builder; null when the builder's entity cannot be told.
 */
function queryBuilderModel(resolver: Resolver, file: SourceFile, chain: T.CallExpression[]): string | null | undefined {
  const qb = chain.find((c) => calleeName(c) === 'createQueryBuilder');
  if (!qb) return undefined;
  const entity = (c: T.CallExpression | undefined) => {
    const a = unwrap(c?.arguments[0] as Node | undefined);
    return a?.type === 'Identifier' && /^[A-Z]/.test(a.name) ? a.name : null;
  };
  const named = entity(qb) ?? entity(chain.find((c) => calleeName(c) === 'from'));
  if (named) return named;
  const receiver = qb.callee.type === 'MemberExpression' ? unwrap(qb.callee.object as Node) : null;
  const fromRepository = (v: Value): string | null => {
    const n = v.kind === 'node' ? unwrap(v.node) : null;
    return n?.type === 'CallExpression' && REPOSITORY_CALL.test(calleeName(n) ?? '') ? repositoryModel(n) : null;
  };
  if (receiver?.type === 'MemberExpression' && unwrap(receiver.object as Node)?.type === 'ThisExpression') {
    const cls = enclosingClass(qb);
    const member = nameOf(receiver.property as Node);
    const t = cls && member ? resolveThisMember(resolver, file, cls, member) : null;
    if (t?.kind === 'model') return t.model;
    return (t?.kind === 'value' ? fromRepository(t.value) : null) ?? member;
  }
  if (receiver?.type === 'Identifier') return fromRepository(resolver.valueOf(file, receiver)) ?? receiver.name;
  if (receiver?.type !== 'CallExpression') return null;
  if (REPOSITORY_CALL.test(calleeName(receiver) ?? '')) return repositoryModel(receiver);
  // a repository factory of the project: `const vehicleRepo = () => AppDataSource.getRepository(Vehicle)`
  const factory = resolver.calleeFunction(file, receiver);
  const body = factory && isFunction(factory.fn) ? unwrap(factory.fn.body as Node) : null;
  const returned =
    body?.type === 'BlockStatement'
      ? ((body.body as Node[]).find((st) => st.type === 'ReturnStatement') as T.ReturnStatement | undefined)?.argument
      : body;
  const made = unwrap(returned as Node | null | undefined);
  return made?.type === 'CallExpression' && REPOSITORY_CALL.test(calleeName(made) ?? '') ? repositoryModel(made) : null;
}

/** The model a repository call hands out: `getRepository(Vehicle)` → `Vehicle`, `collection('users')` → `users`. */
function repositoryModel(call: T.CallExpression): string | null {
  const arg = call.arguments[0] as Node | undefined;
  return stringValue(arg) ?? nameOf(arg) ?? null;
}

/** Tables whose rows say that a person belongs to something (a group, a course, a project). */
export const MEMBERSHIP_MODEL =
  /^(?:\w*member(?:ship)?|\w*enrol{1,2}ment|participant|collaborator|groupuser|teamuser|\w+staff)$/;

/** Sequelize scope modifiers between the model and the query. */
const SCOPE_CALL = /^(?:scope|unscoped)$/;
/** Names of a handle on some table that say nothing about which one (`const repo = …`). */
const GENERIC_HANDLE = /^(?:repo|repository|collection|coll|col|model|table|store|dao)$/i;
/** Calls that hand out a model's repository or collection: the model is their argument. */
const REPOSITORY_CALL = /^(?:getRepository|getMongoRepository|getTreeRepository|getCustomRepository|collection|model)$/;

/**
 * The name of what a query is called on: `prisma.user` → `user`, and when that is itself a call,
 * `AppDataSource.getRepository(Vehicle)` → `Vehicle`, `db.collection('users')` → `users`,
 * `User.scope('withSecrets')` → `User`, a repository factory `vehicleRepo()` → `vehicleRepo`.
 */
function receiverName(
  resolver: Resolver,
  file: SourceFile,
  call: T.CallExpression,
  path: readonly string[],
): string | null {
  const last = path[path.length - 2]!;
  // `this.orgs.findOne(…)` with `@InjectModel(Organization) private orgs`: the model the decorator injected
  if (path.length === 3 && path[0] === 'this') {
    const cls = enclosingClass(call);
    const t = cls ? resolveThisMember(resolver, file, cls, last) : null;
    if (t?.kind === 'model' && t.model) return t.model;
  }
  if (last !== '()' && !(path.length === 2 && GENERIC_HANDLE.test(last))) return last;
  let inner = call.callee.type === 'MemberExpression' ? unwrap(call.callee.object as Node) : null;
  if (inner?.type === 'Identifier') {
    // `const repo = reservationRepo(); repo.findOne(…)`: the handle's value names the model
    const v = resolver.valueOf(file, inner);
    if (v.kind !== 'node' || v.file !== file) return last;
    inner = unwrap(v.node);
  }
  if (inner?.type !== 'CallExpression') return last === '()' ? null : last;
  const name = calleeName(inner);
  if (!name) return null;
  if (REPOSITORY_CALL.test(name)) return repositoryModel(inner);
  if (SCOPE_CALL.test(name)) {
    const p = memberPath(inner.callee as Node);
    return p && p.length >= 2 ? receiverName(resolver, file, inner, p) : null;
  }
  if (inner.arguments.length > 0) return null;
  // a factory without arguments: what it returns (`const damageRepo = () => AppDataSource.getRepository(DamageReport)`),
  // else its name (`getUserRepository()` → `UserRepository`)
  const target = resolver.calleeFunction(file, inner);
  const fn = target?.fn as T.Function | T.ArrowFunctionExpression | undefined;
  const body = fn?.body as Node | null | undefined;
  const returned = unwrap(
    body?.type === 'BlockStatement'
      ? ((body.body as Node[]).find((st) => st.type === 'ReturnStatement') as T.ReturnStatement | undefined)?.argument
      : body,
  );
  const model =
    returned?.type === 'CallExpression' && REPOSITORY_CALL.test(calleeName(returned) ?? '')
      ? repositoryModel(returned)
      : null;
  return model ?? name.replace(/^(?:get|use|create)(?=[A-Z])/, '');
}

/** `.unscoped()`, or `.scope(name)` with a scope other than the default one. */
function leavesDefaultScope(chain: readonly T.CallExpression[]): boolean {
  return chain.some((c) => {
    const name = calleeName(c);
    if (name === 'unscoped') return true;
    if (name !== 'scope' || c.arguments.length === 0) return false;
    // (`scope('defaultScope', 'selected')` merges the named scope into the default one, which still applies)
    return !c.arguments.some((a) => stringValue(a as Node) === 'defaultScope');
  });
}

/**
 * Mongoose populate options, also nested and in arrays: a related document whose `select` is missing or only
 * excludes fields (`'-passwordHash'`) comes whole; a `select` that names fields brings the contact fields it names.
 */
function populateOptions(options: Node, whole: string[], contacts: string[], depth = 0): void {
  const o = unwrap(options);
  if (!o || depth > 3) return;
  if (o.type === 'ArrayExpression') {
    for (const el of o.elements) if (el) populateOptions(el as Node, whole, contacts, depth + 1);
    return;
  }
  // `.populate(['student', 'tutor'])`: each path comes whole
  const path = stringValue(o);
  if (path !== null) {
    whole.push(...path.split(/\s+/).filter(Boolean));
    return;
  }
  if (o.type !== 'ObjectExpression') return;
  const rel = stringValue(propertyValue(o, 'path'));
  if (!rel || rel.includes(' ')) return;
  const select = propertyValue(o, 'select');
  const fields = select ? stringValue(select)?.split(/\s+/).filter(Boolean) : [];
  if (fields === undefined) return; // an object projection or a computed list: not read
  if (fields.every((f) => f.startsWith('-'))) whole.push(rel);
  else for (const f of fields) if (PERSONAL_FIELD.test(f)) contacts.push(`${rel}.${f}`);
  const nested = propertyValue(o, 'populate');
  if (nested) populateOptions(nested, whole, contacts, depth + 1);
}

/**
 * Relations included with every field, also nested ones: `include: { messages: true }`, `messages: { orderBy }`
 * (a `where` or a `select` inside narrows the rows or fields), `bookings: { where, include: { user: true } }`.
 */
function wholeIncludes(include: Node, out: string[], depth = 0): void {
  const inc = unwrap(include);
  // Sequelize: include: [User, { model: User, as: 'landlord' }] nests whole rows unless `attributes` names columns
  if (inc?.type === 'ArrayExpression' && depth <= 3) {
    for (const el of inc.elements) {
      const e = unwrap(el as Node | null);
      if (e?.type === 'Identifier') out.push(e.name);
      const named = stringValue(e);
      if (named && /^\w+$/.test(named)) out.push(named);
      if (e?.type !== 'ObjectExpression') continue;
      const model = unwrap(propertyValue(e, 'model'));
      if (model?.type === 'Identifier' && !propertyValue(e, 'attributes')) out.push(model.name);
      const nested = propertyValue(e, 'include');
      if (nested) wholeIncludes(nested, out, depth + 1);
    }
    return;
  }
  if (inc?.type !== 'ObjectExpression' || depth > 3) return;
  for (const ip of inc.properties) {
    if (ip.type !== 'Property') continue;
    const v = unwrap(ip.value as Node);
    const rel = nameOf(ip.key as Node);
    const keys =
      v?.type === 'ObjectExpression'
        ? v.properties.map((q) => (q.type === 'Property' ? nameOf(q.key as Node) : null))
        : [];
    const whole =
      (v?.type === 'Literal' && (v as T.BooleanLiteral).value === true) ||
      (v?.type === 'ObjectExpression' && !keys.some((k) => k !== null && /^(?:where|select|omit|columns)$/.test(k)));
    if (whole && rel) out.push(rel);
    // the relations nested inside an included relation
    if (v?.type === 'ObjectExpression')
      for (const q of v.properties)
        if (q.type === 'Property' && (nameOf(q.key as Node) === 'include' || nameOf(q.key as Node) === 'with'))
          wholeIncludes(q.value as Node, out, depth + 1);
  }
}

function rawOption(chain: T.CallExpression[]): boolean {
  return chain.some((c) =>
    c.arguments.some((a) => {
      const v = propertyValue(unwrap(a as Node), 'raw');
      return v?.type === 'Literal' && (v as T.BooleanLiteral).value === true;
    }),
  );
}

function leafName(n: Node): string {
  const u = unwrap(n);
  if (!u) return '';
  if (u.type === 'CallExpression') {
    const a = u.arguments[0] as Node | undefined;
    return a ? leafName(a) : (calleeName(u) ?? '');
  }
  const p = memberPath(u);
  return p ? p[p.length - 1]! : '';
}

/** The key of the object property (or the compared member) a value is used for: `{ id: x }`, `t.id === x`. */
function enclosingKey(n: Node): string {
  let p = parentOf(n);
  for (let i = 0; p && i < 4; i++, p = parentOf(p)) {
    if (p.type === 'Property') return nameOf(p.key as Node) ?? '';
    if (p.type === 'BinaryExpression') {
      const other = (p.left === n ? p.right : p.left) as Node;
      const op = memberPath(other);
      return op ? op[op.length - 1]! : '';
    }
    if (p.type === 'CallExpression' && calleeName(p) === 'eq') {
      const other = p.arguments.find((a) => a !== n) as Node | undefined;
      // Supabase / knex style: `.eq('confirmation_code', code)` names the column as text
      const op = memberPath(other) ?? (stringValue(other) !== null ? [stringValue(other)!] : null);
      return op ? op[op.length - 1]! : '';
    }
    if (p.type !== 'CallExpression' && p.type !== 'AwaitExpression' && p.type !== 'TSAsExpression') break;
    n = p;
  }
  return '';
}

const SDK_ROOT =
  /^(?:stripe|openai|anthropic|resend|sendgrid|sgMail|mailer|transporter|mailgun|postmark|s3|s3Client|storage|bucket|axios|got|ky|fetch|http|https|twilio|slack|octokit|github|redis|cache|queue|logger|log|bcrypt|crypto|jwt|cloudinary|firebase|admin|analytics|posthog|sentry)$/i;
/** A project helper whose value is the caller's identity only (`currentUserId(req)`). */
function isCallerHelper(
  resolver: Resolver,
  env: Env,
  call: T.CallExpression,
  sourcesOf: (n: Node) => Sources,
): boolean {
  const s = sourcesOf(call);
  if (!(s & SRC.user) || s & CLIENT) return false;
  return resolver.calleeFunction(env.file, call) !== null;
}

/** Sequelize `update(req.body, { fields: ['name'] })` / `create(body, { fields })` writes only the listed fields. */
function hasFieldsOption(call: T.CallExpression): boolean {
  return call.arguments.some((a) => {
    const u = unwrap(a as Node);
    return (
      u?.type === 'ObjectExpression' &&
      u.properties.some((p) => p.type === 'Property' && nameOf(p.key as Node) === 'fields')
    );
  });
}

/** Is a property inside the filter (first argument) of a Mongo-style query, not in its update document? */
function inFilterArg(prop: Node, opCall: T.CallExpression | null): boolean {
  // the first argument of a create is the new document, not a filter: an operator object there is stored, not run
  if (!opCall || /ById|^(?:create|insert\w*|bulkCreate|build)$/.test(calleeName(opCall) ?? '')) return false;
  const filter = unwrap(opCall.arguments[0] as Node | undefined);
  if (!filter) return false;
  for (let p: Node | null = prop; p; p = parentOf(p)) {
    if (p === filter) return true;
    // (…or in the filter built beforehand: `const filter = { school: me.school, ...ctx.query }; Trip.find(filter)`)
    if (p.type === 'VariableDeclarator')
      return filter.type === 'Identifier' && p.id.type === 'Identifier' && p.id.name === filter.name;
  }
  return false;
}

const PUBLIC_STATE = new RegExp(`^(?:${PUBLIC_STATES})$`, 'i');
const UNPUBLISHED_STATE = /draft|private|hidden|pending|review|deleted|archived|removed|banned|suspended|unlisted/i;
const PUBLICATION_KEY =
  /^(?:published|isPublished|is_published|isPublic|is_public|visibility|public|isVerified|is_verified|verified|isApproved|is_approved|approved|isListed|is_listed|listed|publicProfile|public_profile|isPublicProfile|is_public_profile|discoverable|isDiscoverable|is_discoverable|[a-z]\w*Public|[a-z]\w*_public)$/;

/** Calls whose value is itself a request/identity value (accessors, coercions), as opposed to query combinators. */
function isLeafCall(call: T.CallExpression, env: Env): boolean {
  const name = calleeName(call) ?? '';
  const root = memberPath(call.callee as Node)?.[0] ?? '';
  if (env.requestRoots.has(root)) return true;
  return /^(?:Number|String|parseInt|parseFloat|BigInt|ObjectId|toString|trim|toLowerCase|toUpperCase|get|param|query|header)$/.test(
    name,
  );
}

/** The request value as written, after coercions: `Number(req.params.id)` → `req.params.id`. */
function keyText(n: Node): string {
  const u = unwrap(n);
  // Hono's `c.req.param('orgId')` names the path parameter as `req.params.orgId` does
  const param = u?.type === 'CallExpression' && calleeName(u) === 'param' ? stringValue(u.arguments[0] as Node) : null;
  if (param !== null && u?.type === 'CallExpression' && u.callee.type === 'MemberExpression')
    return `${memberPath(u.callee.object as Node)?.join('.') ?? 'c.req'}.params.${param}`;
  // …and its `c.get('showId')` the value a middleware put in the context (`c.set('showId', showId)`), as `c.var.showId`
  const held = u?.type === 'CallExpression' && calleeName(u) === 'get' ? stringValue(u.arguments[0] as Node) : null;
  if (held !== null && u?.type === 'CallExpression' && u.callee.type === 'MemberExpression') {
    const ctx = unwrap(u.callee.object as Node);
    if (ctx?.type === 'Identifier') return `${ctx.name}.var.${held}`;
  }
  if (u?.type === 'CallExpression' && u.arguments[0]) return keyText(u.arguments[0] as Node);
  if (u?.type === 'CallExpression')
    return memberPath(u.callee as Node)?.join('.') + `(${stringValue(u.arguments[0] as Node) ?? ''})`;
  return (u && memberPath(u)?.join('.')) ?? '';
}

function isStoreName(name: string): boolean {
  return /s$/.test(name);
}

function isWholeBody(n: Node | undefined, sourcesOf: (n: Node) => Sources): boolean {
  const u = unwrap(n);
  if (!u) return false;
  const s = sourcesOf(u);
  // (a checked body is whole only when its check let unknown keys through: a DTO under a pipe without `whitelist`)
  if (isRawWholeBody(s)) return true;
  if (s & SRC.validated) return false;
  if (u.type === 'ObjectExpression') {
    return u.properties.some((p) => p.type === 'SpreadElement' && isWholeBody(p.argument as Node, sourcesOf));
  }
  return false;
}

/** The chain of calls from the outermost call inwards: a.b().c().d() → [d(), c(), b()]. */
/** Names a knex instance is usually bound to: `db('orders')`, `knex('users')`, `trx('tickets')`. */
const KNEX_ROOT = /^(?:knex|db|database|trx|tx|qb|conn|connection|pg|sql)$/;
/** Query-builder methods that only a knex chain carries after a table call. */
const KNEX_METHOD =
  /^(?:(?:and|or)?[wW]here(?:Not)?(?:In|Null|NotNull|Raw|Between|Like|ILike|Exists)?|first|select|column|columns|distinct|insert|update|upsert|onConflict|merge|ignore|del|delete|(?:left|right|inner|leftOuter|rightOuter|fullOuter|cross)?[jJ]oin(?:Raw)?|returning|orderBy(?:Raw)?|limit|offset|count(?:Distinct)?|sum|min|max|avg|groupBy(?:Raw)?|having(?:Raw)?|increment|decrement|pluck|modify|forUpdate|forShare|clearSelect|clearWhere|clearOrder)$/;

/**
 * knex: `db('orders').where('orders.id', id).first()`, `knex('users').insert(row)`. The chain starts with a call of
 * the instance with the table's name; the operation is the chain's verb (`first` reads one row, no verb lists).
 * Only in projects that depend on knex: `db('x')` elsewhere may be anything.
 */
function knexChain(
  resolver: Resolver,
  file: SourceFile,
  chain: T.CallExpression[],
  names: string[],
): { op: Op; model: string; opCall: T.CallExpression } | null {
  let head = chain[0];
  const callee = head ? unwrap(head.callee as Node) : null;
  if (!head || callee?.type !== 'Identifier') return null;
  // `invoiceQuery().join(…).where('i.id', id).first()` where the project's `invoiceQuery()` returns
  // `db('invoices as i').leftJoin(…)`: the builder it hands back, on its table
  if (!KNEX_ROOT.test(callee.name)) {
    const target = head.arguments.length === 0 ? resolver.calleeFunction(file, head) : null;
    const returned = target ? returnedExpressions(target.fn) : [];
    const only = returned.length === 1 ? returned[0] : null;
    const inner = only?.type === 'CallExpression' ? callChain(only)[0] : undefined;
    const innerCallee = inner ? unwrap(inner.callee as Node) : null;
    if (!inner || innerCallee?.type !== 'Identifier' || !KNEX_ROOT.test(innerCallee.name)) return null;
    head = inner;
  }
  const table = stringValue(head.arguments[0] as Node);
  if (table === null || !/^[\w.]+(?:\s+as\s+\w+)?$/i.test(table)) return null;
  if (chain.length > 1 && !names.slice(1).every((n) => KNEX_METHOD.test(n))) return null;
  if (!resolver.project.packages.some((p) => p.deps.has('knex'))) return null;
  const verb = (v: string) => chain[names.indexOf(v)];
  const op: Op = names.includes('insert')
    ? 'create'
    : names.includes('update') || names.includes('increment') || names.includes('decrement')
      ? 'update'
      : names.includes('del') || names.includes('delete')
        ? 'delete'
        : names.includes('first')
          ? 'read'
          : 'list';
  const opName = {
    create: 'insert',
    update: 'update',
    delete: names.includes('del') ? 'del' : 'delete',
    read: 'first',
  }[op as 'create' | 'update' | 'delete' | 'read'];
  const opCall = (opName && verb(opName)) || chain[chain.length - 1]!;
  return { op, model: table.split(/\s+/)[0]!.split('.').pop()!, opCall };
}

/**
 * Method names that can make a chain a data-layer call in `detectAccess`: its operation tables and the names it
 * tests itself (Mongoose `save` on a new document, Drizzle verbs, `from`, Map `get`).
 */
const ACCESS_NAMES = new Set([
  ...Object.keys(OPS),
  ...Object.keys(MEMORY_OPS),
  ...Object.keys(STMT_OPS),
  'save',
  'update',
  'insert',
  'delete',
  'from',
  'get',
]);

/**
 * Whether `detectAccess` can find a data-layer call in this chain: one of its calls has an access name, or it
 * starts like a knex query (`db('orders')`). Most calls a handler makes are neither, and this test allocates
 * nothing: the chain and its names are built only for the rest.
 */
/** The chain names a data-layer method (`findById`, `select`, `query` …): it may read or write rows. */
export function mayAccessData(outer: T.CallExpression): boolean {
  let head: T.CallExpression | null = null;
  for (let n: Node | null = unwrap(outer); n; ) {
    if (n.type === 'CallExpression') {
      const name = calleeName(n);
      if (name !== null && ACCESS_NAMES.has(name)) return true;
      head = n;
      n = unwrap(n.callee as Node);
    } else if (n.type === 'MemberExpression') n = unwrap(n.object as Node);
    else break;
  }
  const callee = head ? unwrap(head.callee as Node) : null;
  // (…or a project function that hands back a knex builder, `invoiceQuery()`: knexChain reads what it returns)
  return (
    callee?.type === 'Identifier' &&
    (KNEX_ROOT.test(callee.name) || (head!.arguments.length === 0 && /(?:query|builder|base)$/i.test(callee.name)))
  );
}

export function callChain(outer: T.CallExpression): T.CallExpression[] {
  const chain: T.CallExpression[] = [];
  let n: Node | null = outer;
  while (n) {
    const u: Node | null = unwrap(n);
    if (!u) break;
    if (u.type === 'CallExpression') {
      chain.push(u);
      n = u.callee as Node;
    } else if (u.type === 'MemberExpression') {
      n = u.object as Node;
    } else break;
  }
  return chain.reverse();
}

/** A SQL condition on publication state (`status = 'published'`, `is_public = true`, `"isPublic" = true`). */
const PUBLIC_SQL = new RegExp(
  `\\b\\w*(?:status|state|visibility)["\\x60]?\\s*=\\s*'(?:${PUBLIC_STATES})'|\\b(?:[a-z]\\w*_)?(?:is_?)?(?:published|public|listed|visible)["\\x60]?\\s*=\\s*(?:true|1)\\b` +
    // published by date: `published_at <= datetime('now')`, `published_at IS NOT NULL`
    `|\\bpublished_?at["\\x60]?\\s*(?:<=?\\s*(?:now\\(\\)|datetime\\('now'\\)|current_timestamp)|is\\s+not\\s+null)` +
    // the rows not withheld from the public: `is_private = false`, `hidden = 0`
    `|\\b(?:is_?)?(?:private|hidden|unlisted)["\\x60]?\\s*=\\s*(?:false|0)\\b` +
    // every row past its draft: `status <> 'DRAFT'`
    `|\\b\\w*(?:status|state)["\\x60]?\\s*(?:<>|!=)\\s*'draft'`,
  'i',
);

const SQL_WRAPPERS = new WeakMap<Node, boolean>();

/**
 * A project function that runs the SQL text it is given (`export async function queryOne(text, params) { const {
 * rows } = await pool.query(text, params); … }`): its first parameter reaches a SQL sink as the statement.
 */
function runsSqlItGets(resolver: Resolver, file: SourceFile, call: T.CallExpression): boolean {
  // (the statement written here, or built here in a variable: `let sql = \`SELECT …\`; sql += …; queryMany(sql, params)`)
  if (call.arguments.length === 0) return false;
  if (sqlText(call) === null && unwrap(call.arguments[0] as Node)?.type !== 'Identifier') return false;
  const target = resolver.calleeFunction(file, call);
  const fn = target?.fn;
  if (!fn || !isFunction(fn)) return false;
  const known = SQL_WRAPPERS.get(fn);
  if (known !== undefined) return known;
  const first = fn.params[0] as Node | undefined;
  const text = first?.type === 'Identifier' ? first.name : null;
  let runs = false;
  if (text)
    walk(fn, (n) => {
      if (runs) return false;
      if (n.type !== 'CallExpression') return undefined;
      const arg = unwrap(n.arguments[0] as Node | undefined);
      if (SQL_SINK.test(calleeName(n) ?? '') && arg?.type === 'Identifier' && arg.name === text) runs = true;
      return undefined;
    });
  SQL_WRAPPERS.set(fn, runs);
  return runs;
}

/** A `where` inside Sequelize includes that pins the caller's id, on an include that is not `required: false`. */
function includeScopedToCaller(include: Node, sourcesOf: (n: Node) => Sources): boolean {
  let found = false;
  walk(include, (n) => {
    if (found || n.type !== 'ObjectExpression') return found ? false : undefined;
    const where = propertyValue(n, 'where');
    const required = unwrap(propertyValue(n, 'required'));
    const optional = required?.type === 'Literal' && required.value === false;
    if (where && !optional && sourcesOf(where) & SRC.user) found = true;
    return undefined;
  });
  return found;
}

/**
 * The value is the set a column must be in: `inArray(grades.assignmentId, ownAssignments)` (a subquery of the caller's
 * rows), `{ assignmentId: { in: ids } }`, `{ $in: ids }`.
 */
function inSet(n: Node): boolean {
  const parent = parentOf(n);
  if (parent?.type === 'CallExpression')
    return (
      (/^(?:inArray|in|whereIn)$/.test(calleeName(parent) ?? '') && parent.arguments[1] === n) ||
      // TypeORM's find operator: `clinicId: In(clinicIds)`
      (calleeName(parent) === 'In' && parent.arguments[0] === n)
    );
  return parent?.type === 'Property' && /^(?:in|\$in)$/.test(nameOf(parent.key as Node) ?? '');
}

function isSqlCall(call: T.CallExpression): boolean {
  const name = calleeName(call) ?? '';
  // knex fragments (`whereRaw`, `orderByRaw`) are SQL whatever words they hold
  if (SQL_FRAGMENT.test(name)) return call.arguments.length > 0;
  return (
    /^(?:query|execute|prepare|raw|\$queryRawUnsafe|\$executeRawUnsafe|unsafe|exec|run|all|get|sql)$/.test(name) &&
    !!sqlText(call)
  );
}

const SQL_FRAGMENT = /^(?:where|orWhere|andWhere|having|orHaving|orderBy|groupBy|join|select|from)Raw$/;
/** Calls that run the SQL text they are given: a statement held in a variable is judged where it was built. */
const SQL_SINK = /^(?:query|execute|prepare|\$queryRawUnsafe|\$executeRawUnsafe|unsafe|exec)$/;
/** Calls that only mark their argument as raw SQL: `sql.raw(text)`, `Prisma.raw(text)`, `knex.raw(text)`. */
const RAW_WRAPPER = /^(?:raw|unsafe)$/;

function sqlText(call: T.CallExpression): string | null {
  let a = unwrap(call.arguments[0] as Node);
  // `db.execute(sql.raw(\`SELECT …\`))`: the statement is the wrapper's argument
  if (a?.type === 'CallExpression' && RAW_WRAPPER.test(calleeName(a) ?? '')) a = unwrap(a.arguments[0] as Node);
  if (!a) return null;
  let text: string | null = null;
  if (a.type === 'Literal' && typeof a.value === 'string') text = a.value;
  if (a.type === 'TemplateLiteral') text = a.quasis.map((q) => q.value.raw).join('?');
  if (a.type === 'BinaryExpression') {
    // "SELECT … '" + username + "'": the leftmost piece of the concatenation carries the statement
    let left: Node = a;
    while (left.type === 'BinaryExpression' && left.operator === '+') left = unwrap(left.left as Node) ?? left;
    text = stringValue(left) ?? (left.type === 'TemplateLiteral' ? left.quasis.map((q) => q.value.raw).join('?') : '');
  }
  return text && /\b(?:select|insert|update|delete)\b/i.test(text) ? text : null;
}

/**
 * The fixed conditions of a statement assembled from a local list (`const where = ['l.is_public = 1']; …
 * \`WHERE ${where.join(' AND ')}\``): the list's string elements, which the statement's text shows only as `?`.
 */
function joinedConditions(resolver: Resolver, file: SourceFile, call: T.CallExpression): string {
  const a = unwrap(call.arguments[0] as Node);
  if (a?.type !== 'TemplateLiteral') return '';
  const parts: string[] = [];
  for (const e of a.expressions) {
    const joined = unwrap(e as Node);
    if (joined?.type !== 'CallExpression' || calleeName(joined) !== 'join') continue;
    const list = localArray(resolver, file, unwrap((joined.callee as T.MemberExpression).object as Node));
    for (const el of list?.elements ?? []) {
      const text = stringValue(el as Node);
      if (text) parts.push(text);
    }
  }
  return parts.join(' AND ');
}

/** The statement a local variable was first written as (`let sql = \`SELECT … WHERE published = true\``; `query(sql)`). */
function heldSqlText(resolver: Resolver, file: SourceFile, call: T.CallExpression): string | null {
  const held = localNode(resolver, file, unwrap(call.arguments[0] as Node));
  const text =
    held?.type === 'TemplateLiteral'
      ? held.quasis.map((q) => q.value.raw).join('?')
      : held?.type === 'Literal' && typeof held.value === 'string'
        ? held.value
        : null;
  return text && /^\s*(?:select|insert|update|delete)\b/i.test(text) ? text : null;
}

function sqlTable(call: T.CallExpression): string | null {
  const sql = sqlText(call);
  // (outside subqueries: `SELECT b.id, (SELECT count(*) FROM copies c …) AS available FROM books b` reads books)
  const m = sql ? outsideParens(sql).match(/\b(?:from|into|update)\s+["`]?(\w+)/i) : null;
  return m ? m[1]! : null;
}

/** A condition about the caller's standing: a role, an admin or staff flag, a permission. */
const STAFF_TEST = /\b(?:roles?|isAdmin|is_admin|admin|isStaff|staff|permissions?|can\w*)\b/i;

/** The call's receiver is a local built as `new Map(…)`, `new Set(…)`, `new WeakMap(…)` (`answers.get(q.id)`). */
function localCollection(resolver: Resolver, file: SourceFile, call: T.CallExpression): boolean {
  const callee = unwrap(call.callee as Node);
  const init = callee?.type === 'MemberExpression' ? localNode(resolver, file, unwrap(callee.object as Node)) : null;
  return init?.type === 'NewExpression' && /^(?:Map|Set|WeakMap|WeakSet)$/.test(nameOf(init.callee as Node) ?? '');
}

/** The body or the query string as a whole (or what is left of it after picking some keys), unvalidated. */
function wholeClientObject(s: number): boolean {
  return (s & WHOLE) !== 0 && (s & (SRC.body | SRC.query)) !== 0 && (s & SRC.validated) === 0;
}

/**
 * `filter` names an object literal built in this file (`const filter = { course: id }`), or a choice between two
 * (`const filter = all ? { owner: id } : { owner: id, isPrivate: false }`).
 */
function isFilterObject(resolver: Resolver, env: Env, id: Node): boolean {
  const v = unwrap(localValue(resolver, env, id));
  return v?.type === 'ObjectExpression' || twoFilters(v, (x) => localNode(resolver, env.file, x));
}

/**
 * Two whole filters to choose from: objects (`includePrivate ? { owner } : { owner, isPrivate: false }`) or query
 * builders' conditions (`includeDrafts ? eq(shifts.orgId, orgId) : and(eq(shifts.orgId, orgId), ne(…))`); with `local`,
 * also lists of filters and filters built beforehand, and a further choice (`side === 'lending' ? [lending] : side ===
 * 'borrowing' ? [borrowing] : [lending, borrowing]`).
 */
function twoFilters(v: Node | null, local?: (id: Node) => Node | null): boolean {
  const filter = (x: Node | null): boolean =>
    x?.type === 'ObjectExpression' ||
    (x?.type === 'CallExpression' && CONDITION_BUILDER.test(calleeName(x) ?? '')) ||
    (!!local &&
      ((x?.type === 'Identifier' && local(x)?.type === 'ObjectExpression') ||
        (x?.type === 'ArrayExpression' &&
          x.elements.length > 0 &&
          x.elements.every((el) => filter(unwrap(el as Node | null)))) ||
        twoFilters(x, local)));
  return (
    v?.type === 'ConditionalExpression' && filter(unwrap(v.consequent as Node)) && filter(unwrap(v.alternate as Node))
  );
}

/** Drizzle's (and Kysely's) condition builders. */
const CONDITION_BUILDER = /^(?:and|or|eq|ne|inArray|isNull|isNotNull|gt|gte|lt|lte|like|ilike)$/;

/** The array literal a name holds in this file (`const conditions = [eq(…)]`, `const captains = [a.id, b.id]`). */
export function localArray(resolver: Resolver, file: SourceFile, id: Node | null): T.ArrayExpression | null {
  const n = localNode(resolver, file, id);
  return n?.type === 'ArrayExpression' ? n : null;
}

/**
 * A local list of whole filters (`const where = [{ id, ownerId: me }]`) with those pushed onto it in the same function
 * (`where.push({ id, clinicId: In(clinics) })`); null when the name holds anything else.
 */
function filterList(resolver: Resolver, file: SourceFile, id: Node): Node[] | null {
  if (id.type !== 'Identifier') return null;
  const list = localArray(resolver, file, id);
  const isFilter = (e: unknown) => unwrap(e as Node | null)?.type === 'ObjectExpression';
  if (!list || list.elements.length === 0 || !list.elements.every(isFilter)) return null;
  const filters = list.elements as Node[];
  const scope = enclosingFunction(list);
  for (const call of file.index.CallExpression) {
    const callee = unwrap(call.callee as Node);
    if (callee?.type !== 'MemberExpression' || nameOf(callee.property as Node) !== 'push') continue;
    const obj = unwrap(callee.object as Node);
    if (obj?.type !== 'Identifier' || obj.name !== id.name || enclosingFunction(call) !== scope) continue;
    if (!call.arguments.every(isFilter)) return null;
    filters.push(...(call.arguments as Node[]));
  }
  return filters;
}

/**
 * `const eventId = req.params.eventId ?? req.params.id`: the path parameters a local value is read from, one or the
 * other (a guard shared by `/events/{id}` and `/events/{eventId}/…` routes names both); none for anything else.
 */
function alternativeKeys(resolver: Resolver, env: Env, n: Node): string[] {
  const v = n.type === 'Identifier' ? localNode(resolver, env.file, n) : null;
  if (v?.type !== 'LogicalExpression' || (v.operator !== '??' && v.operator !== '||')) return [];
  const sides = [unwrap(v.left as Node), unwrap(v.right as Node)];
  return sides.every((x) => x?.type === 'MemberExpression' && memberPath(x)?.includes('params'))
    ? sides.map((x) => keyText(x!))
    : [];
}

/** SQL text with every parenthesised part blanked out (subqueries, function arguments), innermost first. */
function outsideParens(sql: string): string {
  let out = sql;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  }
  return out;
}

/** What a name holds when it is written in this file (`const filter = { … }`); null for anything else. */
function localNode(resolver: Resolver, file: SourceFile, id: Node | null): Node | null {
  if (id?.type !== 'Identifier') return null;
  const v = resolver.valueOf(file, id);
  return v.kind === 'node' && v.file === file ? unwrap(v.node) : null;
}

/**
 * The filter a local constant of the current function was built as (`const where = { … }`,
 * `const where = q ? and(…) : eq(…)`); null for anything else: parameters, and single values, including a choice
 * between two values (`req.query.userId ? Number(req.query.userId) : req.user.id` is one owner, taken from either).
 */
function localValue(resolver: Resolver, env: Env, id: Node): Node | null {
  const v = resolver.valueOf(env.file, id);
  if (v.kind !== 'node' || v.file !== env.file) return null;
  const n = unwrap(v.node);
  const isFilter = (x: Node | null): boolean =>
    x?.type === 'ObjectExpression' || (x?.type === 'CallExpression' && !COERCE.has(calleeName(x) ?? ''));
  if (!n) return null;
  if (isFilter(n)) return n;
  if (
    n.type === 'ConditionalExpression' &&
    ((isFilter(unwrap(n.consequent as Node)) && isFilter(unwrap(n.alternate as Node))) ||
      twoFilters(n, (x) => localNode(resolver, env.file, x)))
  )
    return n;
  return null;
}

/** The value of the first property whose name matches (`$in` in `{ $in: [...] }`). */
function propertyNamed(obj: T.ObjectExpression, name: RegExp): Node | null {
  for (const p of obj.properties) {
    if (p.type !== 'Property') continue;
    // (Sequelize's operators are symbols: `{ [Op.ne]: 'draft' }`, `{ [Op.in]: states }`)
    const key = p.computed ? unwrap(p.key as Node) : null;
    const op =
      key?.type === 'MemberExpression' && !key.computed && nameOf(key.object as Node) === 'Op'
        ? nameOf(key.property as Node)
        : null;
    if (name.test((op ? `$${op}` : nameOf(p.key as Node)) ?? '')) return p.value as Node;
  }
  return null;
}

/** The strings of an array literal, also through a constant (`const VISIBLE = ['published', 'funded'] as const`). */
function literalStrings(resolver: Resolver, file: SourceFile, node: Node): string[] {
  let n = unwrap(node);
  if (n?.type === 'Identifier' || n?.type === 'MemberExpression') {
    const v = resolver.valueOf(file, n);
    n = v.kind === 'node' ? unwrap(v.node) : null;
  }
  if (n?.type !== 'ArrayExpression') return [];
  return n.elements.map((e) => stringValue(e as Node | null)).filter((x): x is string => x !== null);
}
