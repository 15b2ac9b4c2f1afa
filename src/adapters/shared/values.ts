import { dirname, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calleeName, type Node, nameOf, parentOf, stringValue, type T, unwrap } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';

/** An expression together with the file it lives in (values often resolve into another module). */
export interface Located {
  file: SourceFile;
  node: Node;
}

const MAX_DEPTH = 8;

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
  if (n.type === 'Identifier' || n.type === 'MemberExpression') {
    const v = resolver.valueOf(file, n);
    if (v.kind === 'node' && v.node !== n) return staticString(resolver, v.file, v.node, depth + 1);
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
  return null;
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
  const n = unwrap(expr);
  if (n?.type !== 'Identifier') return null;
  for (let scope = parentOf(n); scope; scope = parentOf(scope)) {
    if (scope.type === 'ForOfStatement') {
      const left = scope.left as Node;
      const decl = left.type === 'VariableDeclaration' ? (left.declarations[0]?.id as Node | undefined) : left;
      if (decl && decl.type === 'Identifier' && decl.name === n.name)
        return arrayElements(resolver, file, scope.right as Node);
    }
    if (
      (scope.type === 'ArrowFunctionExpression' || scope.type === 'FunctionExpression') &&
      scope.params.some((p) => nameOf(p as Node) === n.name)
    ) {
      // only the element parameter of `forEach((el, i) => …)` stands for the elements
      if (nameOf(scope.params[0] as Node) !== n.name) return null;
      const call = parentOf(scope);
      if (call?.type !== 'CallExpression' || !['forEach', 'map'].includes(calleeName(call) ?? '')) return null;
      const callee = unwrap(call.callee as Node);
      if (callee?.type !== 'MemberExpression') return null;
      return arrayElements(resolver, file, callee.object as Node);
    }
  }
  return null;
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
        const d = parts.length === 0 ? staticDir(resolver, file, a, depth + 1) : staticString(resolver, file, a);
        if (d === null) return null;
        parts.push(d);
      }
      return parts.length ? resolvePath(...parts) : null;
    }
    if (name === 'dirname' && args.length === 1) {
      const inner = unwrap(args[0]);
      // dirname(fileURLToPath(import.meta.url)) / dirname(__filename)
      if (inner && (isFileUrlOfModule(inner) || (inner.type === 'Identifier' && inner.name === '__filename')))
        return here;
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
