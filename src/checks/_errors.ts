import { calleeName, memberPath, type Node, parentOf, type T, unwrap, walk } from '../parse/ast.ts';

const DETAIL =
  /^(?:message|stack|errors|detail|details|sqlMessage|sql|original|parent|meta|code|errno|cause|reason|query)$/;
const RESPONDER_ROOT = /^(?:res|reply|response|resp|c|ctx|context|NextResponse|Response|h)$/;
// (an error class of the app's own — `instanceof ServiceError`, `AppError` — carries messages the app wrote; the
// database drivers' error classes and plain `Error` do not; a validator's error, `err.isJoi`, `Joi.isError(err)`,
// describes the input, and so does an ORM's validation error (`instanceof SequelizeValidationError`, `instanceof
// MongooseError.ValidationError`) and Fastify's schema error (`error.validation`))
const CLIENT_ERROR_ONLY =
  /\.expose\b|\.isJoi\b|\b[Jj]oi\.isError\(|\bisCelebrateError\(|\.validation\b|instanceof\s+(?:\w+\.)*\w*Validation\w*(?:Error|Exception)\b|\.name\s*===?\s*['"](?:ZodError|ValidationError)['"]|(?:status|statusCode)\s*<\s*500|isOperational|instanceof\s+(?!(?:Type|Range|Syntax|Reference)?Error\b)(?!Prisma|Mongo|Sequelize|QueryFailed|Database|Db[A-Z]|Sql|Pg|Knex|Drizzle|Axios|Fetch)\w*(?:Error|Exception)\b/;
/** A test that also lets a database driver's error through (`err.name === 'ValidationError' || err.name === 'MongoServerError'`). */
const DRIVER_ERROR =
  /\b(?:Mongo\w*Error(?!\.ValidationError)|CastError|QueryFailedError|Prisma\w*Error|Sequelize(?!Validation)\w*Error|\w*Database\w*Error|\w*Sql\w*Error|Pg\w*Error|DrizzleError)\b/;
/** Database packages whose error classes carry the driver's own text (constraint names, SQL, values). */
const DB_PACKAGE =
  /^(?:sequelize|mongoose|mongodb|typeorm|pg|mysql2?(?:\/promise)?|knex|drizzle-orm(?:\/.*)?|@prisma\/client(?:\/.*)?|better-sqlite3|postgres)$/;
/** Names the file imports from a database package (`import { BaseError } from 'sequelize'`). */
function driverNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g))
    if (DB_PACKAGE.test(m[2]!))
      for (const part of m[1]!.split(',')) {
        const local = part
          .trim()
          .split(/\s+as\s+/)
          .pop()
          ?.trim();
        if (local) out.add(local);
      }
  for (const m of text.matchAll(/const\s*\{([^}]*)\}\s*=\s*require\(\s*['"]([^'"]+)['"]\s*\)/g))
    if (DB_PACKAGE.test(m[2]!))
      for (const part of m[1]!.split(',')) {
        const local = part.trim().split(':').pop()?.trim();
        if (local) out.add(local);
      }
  return out;
}
/**
 * The condition lets only client errors through (and no driver error beside them): `instanceof BaseError` with
 * `BaseError` imported from `sequelize` is the driver's.
 */
const clientErrorsOnly = (test: string, fileText: string): boolean => {
  if (!CLIENT_ERROR_ONLY.test(test) || DRIVER_ERROR.test(test)) return false;
  const classes = [...test.matchAll(/instanceof\s+(\w+(?:\.\w+)*)/g)].map((m) => m[1]!);
  if (classes.length === 0) return true;
  const driver = driverNames(fileText);
  // (an ORM's validation error describes the input: `import { ValidationError } from 'sequelize'`, `MongooseError.
  // ValidationError` with `import { Error as MongooseError } from 'mongoose'`)
  return !classes.some((c) => driver.has(c.split('.')[0]!) && !/Validation/.test(c));
};
/** What a search for a leak of one error variable reads with. */
interface LeakSearch {
  /** the error's name (and the names it is copied to) */
  errName: string;
  /** the text of the file the scope is in */
  text: string;
  /**
   * the variable may be an app-written string (`const { user, error } = await getUser()`), or the payload goes to a
   * helper of the project that decides what to answer: only `.message`/`.stack` count, not the variable itself
   */
  membersOnly: boolean;
}
const DEV_ONLY = /NODE_ENV|isDev|isDevelopment|development|isProd|production|DEBUG|debug/;

/**
 * Finds a response inside `scope` that sends details of the error bound to `errName`
 * (`res.status(500).json({ error: err.message, stack: err.stack })`, `ctx.body = { error: err }`).
 * A response guarded by a NODE_ENV/debug condition is not a leak in production.
 */
export function findErrorLeak(scope: Node, errName: string, text: string, detailsOnly = false): Node | null {
  // `const error = err as Error & { status?: number }` is the error under another name; `const detail = err
  // instanceof Error ? err.message : String(err)` holds its details
  const names = [errName];
  const detailVars = new Set<string>();
  walk(scope, (n) => {
    if (n.type !== 'VariableDeclarator' || n.id.type !== 'Identifier' || !n.init) return undefined;
    const init = unwrap(n.init as Node);
    if (init?.type === 'Identifier' && init.name === errName) names.push(n.id.name);
    else if (!detailsOnly && leaksIn(n.init as Node, { errName, text, membersOnly: false })) detailVars.add(n.id.name);
    return undefined;
  });
  let found: Node | null = null;
  walk(scope, (n) => {
    if (found) return false;
    let payload: Node[] = [];
    // (a helper of the project handed the error object whole, `handleCallbackError({ error, logger })`, decides what
    // to answer: only the details written out, `detail: err.message`, are a leak there)
    let helper = false;
    if (n.type === 'CallExpression') {
      const name = calleeName(n);
      const root = memberPath(n.callee as Node)?.[0] ?? '';
      if (name && /^(?:json|send|jsonp|end|html|text|body)$/.test(name) && RESPONDER_ROOT.test(root))
        payload = n.arguments as Node[];
      if (name === 'throw' && root === 'ctx') payload = (n.arguments as Node[]).slice(1);
    } else if (n.type === 'AssignmentExpression') {
      const p = memberPath(n.left as Node);
      if (p && p[p.length - 1] === 'body' && /^(?:ctx|context)$/.test(p[0]!)) payload = [n.right as Node];
    } else if (n.type === 'ThrowStatement') {
      // NestJS: `throw new BadRequestException({ detail: err.message })` sends its argument as the response body;
      // Hono: `throw new HTTPException(400, { message: err.message })`
      const thrown = unwrap(n.argument as Node);
      const cls = thrown?.type === 'NewExpression' ? memberPath(thrown.callee as Node)?.join('.') : undefined;
      if (thrown?.type === 'NewExpression' && cls) {
        if (cls === 'HTTPException') payload = (thrown.arguments as Node[]).slice(1);
        else if (/^[A-Z]\w*Exception$/.test(cls)) payload = thrown.arguments as Node[];
      }
    } else if (n.type === 'ReturnStatement' && n.argument) {
      const arg = unwrap(n.argument as Node);
      if (arg?.type === 'ObjectExpression') payload = [arg];
      // `return json({ error: 'Failed', detail: err.message }, 500)`: the project's response helper, given an object
      // (a bare error handed on, `return next(err)`, `return handleError(err)`, goes to a handler that decides)
      else if (arg?.type === 'CallExpression' && unwrap(arg.callee as Node)?.type === 'Identifier') {
        payload = (arg.arguments as Node[]).filter((a) => unwrap(a)?.type === 'ObjectExpression');
        helper = true;
      }
    }
    for (const p of payload) {
      const membersOnly = detailsOnly || helper;
      const leaks =
        names.some((name) => leaksIn(p, { errName: name, text, membersOnly })) || (!helper && sendsVar(p, detailVars));
      if (leaks && !guardedByEnv(n, scope, text) && !afterServerErrorExit(n, scope, text)) {
        found = n;
        return false;
      }
    }
    return undefined;
  });
  return found;
}

function leaksIn(payload: Node, search: LeakSearch): boolean {
  const { errName, text, membersOnly } = search;
  const textOf = (n: Node): string => text.slice(n.start, n.end);
  let leak = false;
  walk(payload, (n) => {
    if (leak) return false;
    if (n.type === 'MemberExpression') {
      const p = memberPath(n);
      if (p && p[0] === errName && p.length >= 2 && DETAIL.test(p[1]!)) leak = true;
      return false;
    }
    if (n.type === 'Identifier' && n.name === errName && !membersOnly) {
      // `{ error: err }` serialises the error object; `String(err)` prints its message
      const parent = parentOf(n);
      // `{ error: 'x' }`: the key named like the error variable is not the error
      if (parent && parent.type === 'Property' && parent.key === n && !parent.computed && parent.value !== n)
        return undefined;
      if (
        parent &&
        (parent.type === 'Property' ||
          parent.type === 'CallExpression' ||
          parent.type === 'ArrayExpression' ||
          parent.type === 'TemplateLiteral' ||
          parent.type === 'SpreadElement' ||
          parent.type === 'BinaryExpression')
      )
        leak = true;
      if (parent === null || n === payload) leak = true;
    }
    // `...(env === 'development' && { stack: err.stack })`: only in development
    if (n.type === 'LogicalExpression' && n.operator === '&&' && DEV_ONLY.test(textOf(n.left as Node))) return false;
    // `err.expose ? err.message : 'Internal error'`, `status < 500 ? err.message : …`: client errors are meant to be read
    if (n.type === 'ConditionalExpression' && clientErrorsOnly(textOf(n.test as Node), text)) return false;
    // `status === 500 ? 'Internal error' : err.message`: only what server errors get can leak
    if (n.type === 'ConditionalExpression' && SERVER_ERROR_TEST.test(textOf(n.test as Node))) {
      if (leaksIn(n.consequent as Node, search)) leak = true;
      return false;
    }
    if (
      n.type === 'ConditionalExpression' &&
      DEV_ONLY.test(
        memberPath(n.test as Node)?.join('.') ??
          (n.test.type === 'BinaryExpression' ? (memberPath(n.test.left as Node)?.join('.') ?? '') : ''),
      )
    )
      return false;
    return undefined;
  });
  if (
    !leak &&
    !membersOnly &&
    unwrap(payload)?.type === 'Identifier' &&
    (unwrap(payload) as T.IdentifierReference).name === errName
  )
    leak = true;
  return leak;
}

/** The payload sends one of the variables as a value: `{ error: 'Internal', detail }`, `json(detail)`. */
function sendsVar(payload: Node, vars: ReadonlySet<string>): boolean {
  if (vars.size === 0) return false;
  let sent = false;
  walk(payload, (n) => {
    if (sent) return false;
    if (n.type === 'Identifier' && vars.has(n.name)) {
      const parent = parentOf(n);
      if (n === payload || (parent?.type === 'Property' && parent.value === n) || parent?.type === 'TemplateLiteral')
        sent = true;
    }
    return undefined;
  });
  return sent;
}

const SERVER_ERROR_TEST = /\b(?:status|statusCode|code)\s*(?:===?\s*500|>=\s*500|>\s*499)/;

/**
 * The response runs only for client errors: an earlier `if (status === 500) { …; return generic }` (or `>= 500`)
 * in the same handler has already answered every server error.
 */
function afterServerErrorExit(n: Node, scope: Node, text: string): boolean {
  let exits = false;
  walk(scope, (m) => {
    if (exits || m.start >= n.start) return false;
    if (
      m.type === 'IfStatement' &&
      m.end <= n.start &&
      SERVER_ERROR_TEST.test(text.slice(m.test.start, m.test.end)) &&
      /\breturn\b/.test(text.slice(m.consequent.start, m.consequent.end))
    ) {
      exits = true;
      return false;
    }
    return undefined;
  });
  return exits;
}

function guardedByEnv(n: Node, scope: Node, text: string): boolean {
  for (let p = parentOf(n); p && p !== scope; p = parentOf(p)) {
    if (
      (p.type === 'IfStatement' || p.type === 'ConditionalExpression') &&
      (DEV_ONLY.test(text.slice(p.test.start, p.test.end)) ||
        clientErrorsOnly(text.slice(p.test.start, p.test.end), text))
    )
      return true;
  }
  return false;
}
