import { dirname, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  calleeName,
  dotted,
  type Node,
  nameOf,
  parentOf,
  returnedExpressions,
  stringValue,
  type T,
  unwrap,
} from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';

/** An expression together with the file it lives in (values often resolve into another module). */
export interface Located {
  file: SourceFile;
  node: Node;
}

const MAX_DEPTH = 8;

/** The expression itself, or what a bare identifier names (`const handlers = { GET, POST }` → the literal). */
export function throughIdentifier(resolver: Resolver, file: SourceFile, expr: Node | null | undefined): Located | null {
  const n = unwrap(expr);
  if (!n) return null;
  if (n.type !== 'Identifier') return { file, node: n };
  const v = resolver.valueOf(file, n);
  const target = v.kind === 'node' ? unwrap(v.node) : null;
  return target ? { file: v.kind === 'node' ? v.file : file, node: target } : null;
}

/**
 * The static string an expression evaluates to: literals, templates and `+` concatenations whose parts are
 * themselves constants (`const API = '/api'` then `` `${API}/users` ``). Null when any part is dynamic.
 */
export function staticString(
  resolver: Resolver,
  file: SourceFile,
  expr: Node | null | undefined,
  depth = 0,
): string | null {
  const n = unwrap(expr);
  if (!n || depth > MAX_DEPTH) return null;
  const direct = stringValue(n);
  if (direct !== null) return direct;
  if (n.type === 'TemplateLiteral') {
    let out = n.quasis[0]?.value.cooked ?? '';
    for (let i = 0; i < n.expressions.length; i++) {
      const part = staticString(resolver, file, n.expressions[i] as Node, depth + 1);
      if (part === null) return null;
      out += part + (n.quasis[i + 1]?.value.cooked ?? '');
    }
    return out;
  }
  if (n.type === 'BinaryExpression' && n.operator === '+') {
    const l = staticString(resolver, file, n.left as Node, depth + 1);
    const r = l === null ? null : staticString(resolver, file, n.right as Node, depth + 1);
    return l === null || r === null ? null : l + r;
  }
  // `process.env.API_PREFIX ?? 'api'`: the default the code ships with
  if (n.type === 'LogicalExpression' && (n.operator === '??' || n.operator === '||')) {
    return (
      staticString(resolver, file, n.left as Node, depth + 1) ??
      staticString(resolver, file, n.right as Node, depth + 1)
    );
  }
  if (n.type === 'Identifier' || n.type === 'MemberExpression') {
    const v = resolver.valueOf(file, n);
    if (v.kind === 'node' && unwrap(v.node) !== n) return staticString(resolver, v.file, v.node, depth + 1);
  }
  return null;
}

/**
 * The properties of an object literal, following an identifier to its literal and merging spreads
 * (`{ ...baseOpts, schema }`: later keys win, as at run time).
 */
export function objectProps(
  resolver: Resolver,
  file: SourceFile,
  expr: Node | null | undefined,
  depth = 0,
): Map<string, Located> {
  const out = new Map<string, Located>();
  const call = unwrap(expr);
  if (call?.type === 'CallExpression' && dotted(call.callee as Node) === 'Object.assign' && depth <= MAX_DEPTH) {
    // `Object.assign({}, defaults, { prefix })`: later sources win, as at run time
    for (const a of call.arguments)
      for (const [k, v] of objectProps(resolver, file, a as Node, depth + 1)) out.set(k, v);
    return out;
  }
  const obj = objectLiteral(resolver, file, expr);
  if (!obj || depth > MAX_DEPTH) return out;
  for (const p of (obj.node as T.ObjectExpression).properties) {
    if (p.type === 'SpreadElement') {
      for (const [k, v] of objectProps(resolver, obj.file, p.argument as Node, depth + 1)) out.set(k, v);
      continue;
    }
    const key = p.computed ? stringValue(p.key as Node) : nameOf(p.key as Node);
    if (key !== null) out.set(key, { file: obj.file, node: p.value as Node });
  }
  return out;
}

/** The object literal an expression denotes, if any (directly or through a constant). */
export function objectLiteral(resolver: Resolver, file: SourceFile, expr: Node | null | undefined): Located | null {
  const n = unwrap(expr);
  if (!n) return null;
  if (n.type === 'ObjectExpression') return { file, node: n };
  if (n.type === 'Identifier' || n.type === 'MemberExpression') {
    const v = resolver.valueOf(file, n);
    if (v.kind === 'node') {
      const u = unwrap(v.node);
      if (u && u.type === 'ObjectExpression') return { file: v.file, node: u };
    }
  }
  // `{ ...guard(app, 'coordinator'), schema }`: a project helper that returns route options as an object literal
  if (n.type === 'CallExpression') {
    const target = resolver.calleeFunction(file, n);
    const returned = target ? onlyReturnedObject(target.fn) : null;
    if (target && returned) return { file: target.file, node: returned };
  }
  return null;
}

/** The object literal a function returns, when that is all it returns (`(…) => ({ … })`, one `return { … }`). */
function onlyReturnedObject(fn: Node): Node | null {
  const returned = returnedExpressions(fn);
  return returned.length === 1 && returned[0]?.type === 'ObjectExpression' ? returned[0] : null;
}

/** The elements of an array literal an expression denotes (directly or through a constant); null otherwise. */
export function arrayElements(resolver: Resolver, file: SourceFile, expr: Node | null | undefined): Located[] | null {
  let n = unwrap(expr);
  let f = file;
  if (n && (n.type === 'Identifier' || n.type === 'MemberExpression')) {
    const v = resolver.valueOf(file, n);
    if (v.kind !== 'node') return null;
    n = unwrap(v.node);
    f = v.file;
  }
  if (n?.type !== 'ArrayExpression') return null;
  const out: Located[] = [];
  for (const e of n.elements) {
    if (!e) continue;
    if (e.type === 'SpreadElement') {
      const inner = arrayElements(resolver, f, e.argument as Node);
      if (inner) out.push(...inner);
      continue;
    }
    out.push({ file: f, node: e as Node });
  }
  return out;
}

/**
 * What a loop variable stands for: `for (const r of [a, b]) app.use(r.routes())` and
 * `[a, b].forEach((r) => app.use(r.routes()))` register each element. Returns the elements when `expr` is
 * such a variable, else null.
 */
export function loopElements(resolver: Resolver, file: SourceFile, expr: Node): Located[] | null {
  if (unwrap(expr)?.type !== 'Identifier') return null;
  const values = loopValues(resolver, file, expr);
  return values ? values.filter((v): v is Located => v !== null) : null;
}

/**
 * The value an expression has in each iteration of a loop over a literal array: the loop variable
 * (`for (const r of routes)`, `routes.forEach((r) => …)`), a member of it (`r.path`, `r.route`), or a name
 * destructured from it (`routes.forEach(({ path, route }) => …)`). One entry per element, in order; an entry
 * is null when that element has no such member. Null when `expr` does not read a loop variable over an
 * array literal (directly or through a constant).
 */
export function loopValues(resolver: Resolver, file: SourceFile, expr: Node): (Located | null)[] | null {
  const members: string[] = [];
  let n = unwrap(expr);
  while (n?.type === 'MemberExpression') {
    const prop = n.computed ? stringValue(n.property as Node) : nameOf(n.property as Node);
    if (prop === null) return null;
    members.unshift(prop);
    n = unwrap(n.object as Node);
  }
  if (n?.type !== 'Identifier') return null;
  const loop = loopBinding(n);
  if (!loop) return null;
  const elements = arrayElements(resolver, file, loop.iterable);
  if (!elements) return null;
  const keys = [...loop.path, ...members];
  return elements.map((el) => {
    let cur: Located | null = el;
    for (const k of keys) {
      cur = objectProps(resolver, cur.file, cur.node).get(k) ?? null;
      if (!cur) return null;
    }
    return cur;
  });
}

/** The loop that binds an identifier: the iterated expression and the property path to the name. */
function loopBinding(id: Node & { type: 'Identifier'; name: string }): { iterable: Node; path: string[] } | null {
  const name = id.name;
  let child: Node = id;
  for (let scope = parentOf(id); scope; child = scope, scope = parentOf(scope)) {
    if (scope.type === 'ForOfStatement' && child === scope.body) {
      const left = scope.left as Node;
      const pattern = left.type === 'VariableDeclaration' ? (left.declarations[0]?.id as Node | undefined) : left;
      const path = pattern ? patternPath(pattern, name) : null;
      if (path) return { iterable: scope.right as Node, path };
    }
    if (
      scope.type === 'ArrowFunctionExpression' ||
      scope.type === 'FunctionExpression' ||
      scope.type === 'FunctionDeclaration'
    ) {
      const index = scope.params.findIndex((p) => patternPath(p as Node, name) !== null);
      if (index < 0) continue;
      // only the element parameter of `forEach((el, i) => …)` stands for the elements
      if (index !== 0 || scope.type === 'FunctionDeclaration') return null;
      const call = parentOf(scope);
      if (call?.type !== 'CallExpression' || call.arguments[0] !== scope) return null;
      if (!['forEach', 'map'].includes(calleeName(call) ?? '')) return null;
      const callee = unwrap(call.callee as Node);
      if (callee?.type !== 'MemberExpression') return null;
      return { iterable: callee.object as Node, path: patternPath(scope.params[0] as Node, name)! };
    }
  }
  return null;
}

/** Where a binding pattern puts `name`: `r` → [], `{ path }` → ['path'], `{ a: { b } }` → ['a', 'b']; null if absent. */
function patternPath(pattern: Node, name: string): string[] | null {
  switch (pattern.type) {
    case 'Identifier':
      return pattern.name === name ? [] : null;
    case 'AssignmentPattern':
      return patternPath(pattern.left as Node, name);
    case 'ObjectPattern':
      for (const p of pattern.properties) {
        if (p.type === 'RestElement') continue;
        const key = p.computed ? stringValue(p.key as Node) : nameOf(p.key as Node);
        const inner = patternPath(p.value as Node, name);
        if (inner) return key === null ? null : [key, ...inner];
      }
      return null;
    default:
      return null;
  }
}

/**
 * A folder path built from the module's own location: `path.join(__dirname, 'routes')`,
 * `join(import.meta.dirname, 'routes')`, `fileURLToPath(new URL('./routes', import.meta.url))`,
 * `path.resolve(__dirname, '../routes')`, or a plain string relative to the file. Null when dynamic.
 */
export function staticDir(
  resolver: Resolver,
  file: SourceFile,
  expr: Node | null | undefined,
  depth = 0,
): string | null {
  const n = unwrap(expr);
  if (!n || depth > MAX_DEPTH) return null;
  const here = dirname(file.abs);
  if (n.type === 'Identifier' && (n.name === '__dirname' || n.name === 'dirname')) {
    const v = resolver.valueOf(file, n);
    if (v.kind === 'unknown' || v.kind === 'external') return here;
    if (v.kind === 'node' && v.node !== n) return staticDir(resolver, v.file, v.node, depth + 1);
    return here;
  }
  if (n.type === 'MemberExpression' && nameOf(n.property as Node) === 'dirname' && isImportMeta(n.object as Node))
    return here;
  if (n.type === 'CallExpression') {
    const name = calleeName(n);
    const args = n.arguments as Node[];
    if (name === 'join' || name === 'resolve') {
      const parts: string[] = [];
      for (const a of args) {
        // `join(import.meta.url, 'routes')`: nothing lies under a script, so the module's own file means its folder
        const d =
          parts.length === 0
            ? isModuleFile(a)
              ? here
              : staticDir(resolver, file, a, depth + 1)
            : staticString(resolver, file, a);
        if (d === null) return null;
        parts.push(d);
      }
      return parts.length ? resolvePath(...parts) : null;
    }
    if (name === 'dirname' && args.length === 1) {
      const inner = unwrap(args[0]);
      // dirname(fileURLToPath(import.meta.url)) / dirname(__filename)
      if (inner && isModuleFile(inner)) return here;
      const d = staticDir(resolver, file, inner, depth + 1);
      return d === null ? null : dirname(d);
    }
    if (name === 'fileURLToPath' && args.length === 1) return staticDir(resolver, file, args[0], depth + 1);
  }
  if (
    n.type === 'NewExpression' &&
    nameOf(n.callee as Node) === 'URL' &&
    n.arguments.length === 2 &&
    isImportMeta(memberObject(n.arguments[1] as Node))
  ) {
    const rel = staticString(resolver, file, n.arguments[0] as Node);
    if (rel === null) return null;
    try {
      return fileURLToPath(new URL(rel, `file://${file.abs}`));
    } catch {
      return null;
    }
  }
  if (n.type === 'Identifier' || n.type === 'MemberExpression') {
    const v = resolver.valueOf(file, n);
    if (v.kind === 'node' && v.node !== n) return staticDir(resolver, v.file, v.node, depth + 1);
    return null;
  }
  const s = staticString(resolver, file, n);
  return s === null ? null : resolvePath(here, s);
}

function isImportMeta(n: Node | null): boolean {
  const u = unwrap(n);
  return !!u && u.type === 'MetaProperty' && nameOf(u.meta as Node) === 'import';
}

function memberObject(n: Node): Node | null {
  const u = unwrap(n);
  return u && u.type === 'MemberExpression' ? (u.object as Node) : null;
}

/** The module's own file: `fileURLToPath(import.meta.url)`, `import.meta.url`, `import.meta.filename`, `__filename`. */
function isModuleFile(node: Node): boolean {
  const n = unwrap(node);
  if (!n) return false;
  if (n.type === 'Identifier') return n.name === '__filename';
  if (n.type === 'MemberExpression') {
    const prop = nameOf(n.property as Node);
    return (prop === 'url' || prop === 'filename') && isImportMeta(n.object as Node);
  }
  return isFileUrlOfModule(n);
}

function isFileUrlOfModule(n: Node): boolean {
  if (n.type !== 'CallExpression' || calleeName(n) !== 'fileURLToPath') return false;
  const arg = unwrap(n.arguments[0] as Node);
  return (
    !!arg &&
    arg.type === 'MemberExpression' &&
    nameOf(arg.property as Node) === 'url' &&
    isImportMeta(arg.object as Node)
  );
}

/**
 * For a name destructured from an object in an enclosing scope (`const { authorize, admin: isAdmin } = fastify`),
 * the object expression and the key it was read from; null when the name is declared otherwise.
 */
export function destructuredFrom(file: SourceFile, id: Node): { object: Node; key: string } | null {
  const n = unwrap(id);
  if (n?.type !== 'Identifier') return null;
  let best: { object: Node; key: string; depth: number } | null = null;
  for (const d of file.index.VariableDeclarator) {
    if (d.id.type !== 'ObjectPattern' || !d.init || d.start > n.start) continue;
    const path = patternPath(d.id as Node, n.name);
    if (path?.length !== 1) continue;
    // the declaration's block must enclose the use
    const block = parentOf(parentOf(d as Node) ?? (d as Node));
    let depth = 0;
    let inside = false;
    for (let s = parentOf(n); s; s = parentOf(s), depth++) {
      if (s === block) {
        inside = true;
        break;
      }
    }
    if (inside && (!best || depth < best.depth)) best = { object: d.init as Node, key: path[0]!, depth };
  }
  return best && { object: best.object, key: best.key };
}
