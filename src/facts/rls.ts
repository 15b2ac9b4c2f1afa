import {
  boundNames,
  calleeName,
  enclosingFunction,
  isFunction,
  type Node,
  nameOf,
  propertyValue,
  type T,
  unwrap,
  walk,
} from '../parse/ast.ts';
import type { Project } from '../parse/project.ts';
import type { Resolver } from '../parse/resolve.ts';
import type { SourceFile } from '../parse/source.ts';
import { schemaTexts } from './models.ts';

/**
 * Supabase row-level security, read from the project's SQL migrations: which tables enforce it, and which
 * operations a policy opens to everyone (`using (true)`). A query sent with the caller's own token or session
 * runs as the caller, so on such a table the database itself keeps other users' rows out of reach.
 *
 * Hand-written over the SQL text: no SQL parser on npm reads Postgres policy DDL (`create policy … for update
 * using (…)`) across the dialect variants migrations use, and these statements have a fixed shape.
 */
export interface RowSecurity {
  /** tables (without schema) with `enable row level security` */
  enabled: Set<string>;
  /** table → operations (`select`, `update`, … or `all`) a policy grants to every row */
  open: Map<string, Set<string>>;
}

const ENABLE =
  /alter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?(?:"?\w+"?\.)?"?(\w+)"?\s+enable\s+row\s+level\s+security/gi;
const POLICY = /create\s+policy\s+(?:"[^"]*"|\w+)\s+on\s+(?:"?\w+"?\.)?"?(\w+)"?([\s\S]*?)(?:;|(?=create\s+policy))/gi;

const cache = new WeakMap<Project, RowSecurity | null>();

/** The project's row-level security, or null when no migration mentions it. */
export function rowSecurity(project: Project): RowSecurity | null {
  if (cache.has(project)) return cache.get(project)!;
  const enabled = new Set<string>();
  const open = new Map<string, Set<string>>();
  for (const sql of schemaTexts(project, '.sql')) {
    if (!/row\s+level\s+security/i.test(sql)) continue;
    for (const m of sql.matchAll(ENABLE)) enabled.add(m[1]!.toLowerCase());
    for (const m of sql.matchAll(POLICY)) {
      const body = m[2]!;
      // `using (true)` / `with check (true)` with no condition: every row, for every caller
      if (!/\b(?:using|with\s+check)\s*\(\s*true\s*\)/i.test(body)) continue;
      const op = /\bfor\s+(select|insert|update|delete|all)\b/i.exec(body)?.[1]?.toLowerCase() ?? 'all';
      const table = m[1]!.toLowerCase();
      const ops = open.get(table) ?? new Set<string>();
      ops.add(op);
      open.set(table, ops);
    }
  }
  const out = enabled.size > 0 ? { enabled, open } : null;
  cache.set(project, out);
  return out;
}

/** Does row-level security keep a caller's query on `table` to the rows its policies allow? */
export function enforcedFor(rls: RowSecurity, table: string, operation: string): boolean {
  const t = table.toLowerCase();
  if (!rls.enabled.has(t)) return false;
  const sqlOp = operation === 'create' ? 'insert' : operation === 'read' || operation === 'list' ? 'select' : operation;
  const ops = rls.open.get(t);
  return !ops || (!ops.has(sqlOp) && !ops.has('all'));
}

/** The `createClient`-style factories of the Supabase packages. */
const FACTORY = /^(?:createClient|createServerClient|createBrowserClient|create\w*Client)$/;

/**
 * A Supabase client that sends the caller's credentials, so the database runs its queries as the caller:
 * `createClient(url, anonKey, { global: { headers: { Authorization: `Bearer ${token}` } } })`, `@supabase/ssr`
 * `createServerClient(url, anonKey, { cookies })`, the auth helpers' `createRouteHandlerClient({ cookies })`,
 * or a project helper that returns one (`createUserClient(auth.token)`, `await createClient()`).
 */
export function callerClient(resolver: Resolver, file: SourceFile, expr: Node | null | undefined, depth = 0): boolean {
  const n = unwrap(expr);
  if (!n || depth > 6) return false;
  if (n.type === 'Identifier' || n.type === 'MemberExpression') {
    const v = resolver.valueOf(file, n);
    if (v.kind === 'node' && v.node !== n) return callerClient(resolver, v.file, v.node, depth + 1);
    // `const { supabase } = await requireProfile(['landlord'])`: the client a project helper hands back with the user
    const handed = n.type === 'Identifier' ? handedBack(resolver, file, n, n.name) : null;
    if (handed) return callerClient(resolver, handed.file, handed.node, depth + 1);
    // `req.sb.from(…)`: the client a middleware put on the request (`req.sb = createClient(…, { global: { headers:
    // { Authorization } } })`)
    return n.type === 'MemberExpression' && !n.computed
      ? putOnRequest(resolver, nameOf(n.property as Node), depth)
      : false;
  }
  if (n.type !== 'CallExpression') return false;
  // Hono's `c.get('db')`: the client a middleware set on the context (`c.set('db', createUserClient(token))`)
  const key = contextKey(n);
  if (key !== null) return putOnRequest(resolver, key, depth);
  const callee = resolver.valueOf(file, n.callee as Node);
  if (callee.kind === 'external') {
    return callee.pkg.startsWith('@supabase/') && FACTORY.test(calleeName(n) ?? '') && sendsCaller(n);
  }
  // a helper of the project: what it returns
  const fn = resolver.functionOf(callee);
  if (!fn || !isFunction(fn.fn)) return false;
  const body = (fn.fn as T.Function).body as Node | null;
  if (!body) return false;
  if (body.type !== 'BlockStatement') return callerClient(resolver, fn.file, body, depth + 1);
  let found = false;
  walk(body, (x) => {
    if (found) return false;
    if (isFunction(x)) return false; // nested callbacks (cookie adapters) return other things
    if (x.type === 'ReturnStatement' && callerClient(resolver, fn.file, x.argument as Node | null, depth + 1))
      found = true;
    return undefined;
  });
  return found;
}

/** The key of a context getter or setter call: `c.get('db')`, `c.set('db', …)` (Hono); null for other calls. */
function contextKey(call: T.CallExpression, method = 'get'): string | null {
  const callee = unwrap(call.callee as Node);
  if (callee?.type !== 'MemberExpression' || callee.computed || nameOf(callee.property as Node) !== method) return null;
  if (call.arguments.length !== (method === 'get' ? 1 : 2)) return null;
  const first = unwrap(call.arguments[0] as Node);
  return first?.type === 'Literal' && typeof first.value === 'string' ? first.value : null;
}

/**
 * Some assignment of the project puts a caller's client under this property of an object (`req.sb = …`), or a
 * middleware sets it on the context under this key (`c.set('db', createUserClient(token))`, read as `c.get('db')` or
 * `c.var.db`).
 */
function putOnRequest(resolver: Resolver, key: string | null, depth: number): boolean {
  if (!key) return false;
  for (const file of resolver.project.files.values()) {
    for (const a of file.index.AssignmentExpression) {
      const left = unwrap(a.left as Node);
      if (left?.type !== 'MemberExpression' || left.computed || nameOf(left.property as Node) !== key) continue;
      if (callerClient(resolver, file, a.right as Node, depth + 1)) return true;
    }
    for (const call of file.index.CallExpression)
      if (contextKey(call, 'set') === key && callerClient(resolver, file, call.arguments[1] as Node, depth + 1))
        return true;
  }
  return false;
}

/**
 * For a name destructured from what a project function returns (`const { supabase, user } = await requireUser()`),
 * the expression that function returns under that key (`return { supabase, user }`).
 */
function handedBack(
  resolver: Resolver,
  file: SourceFile,
  id: Node,
  name: string,
): { file: SourceFile; node: Node } | null {
  const scope = enclosingFunction(id);
  for (const d of file.index.VariableDeclarator) {
    if (d.id.type !== 'ObjectPattern' || !boundNames(d.id as Node).includes(name) || enclosingFunction(d) !== scope)
      continue;
    const call = unwrap(d.init as Node | null);
    const prop = d.id.properties.find((p) => p.type === 'Property' && boundNames(p.value as Node).includes(name));
    const key = prop?.type === 'Property' ? nameOf(prop.key as Node) : null;
    const fn = call?.type === 'CallExpression' && key ? resolver.calleeFunction(file, call) : null;
    const body = fn ? ((fn.fn as T.Function).body as Node | null) : null;
    if (!fn || !body) return null;
    let found: Node | null = null;
    walk(body, (x) => {
      if (found || (x !== body && isFunction(x))) return false;
      if (x.type === 'ReturnStatement') found = propertyValue(x.argument as Node | null, key!);
      return undefined;
    });
    return found ? { file: fn.file, node: found } : null;
  }
  return null;
}

/** The factory's options carry the caller: an Authorization header, or the request's cookies. */
function sendsCaller(call: T.CallExpression): boolean {
  return (call.arguments as Node[]).some((a) => {
    const opts = unwrap(a);
    if (opts?.type !== 'ObjectExpression') return false;
    const headers = propertyValue(propertyValue(opts, 'global'), 'headers');
    return (
      propertyValue(headers, 'Authorization') !== null ||
      propertyValue(headers, 'authorization') !== null ||
      propertyValue(opts, 'cookies') !== null
    );
  });
}
