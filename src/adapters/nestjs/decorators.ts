import { isFunction, type Node, nameOf, type T, textOf, unwrap } from '../../parse/ast.ts';
import type { Resolver, Value } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { returnedFunction } from '../shared/links.ts';
import { staticString } from '../shared/values.ts';

export { staticString };

/** An expression in the file it is written in (decorators from composed decorators live in other files). */
export interface Located {
  file: SourceFile;
  node: Node;
}

/**
 * One effective decorator on a class or method after composed decorators are expanded
 * (`@Auth('admin')` = `applyDecorators(UseGuards(JwtGuard, RolesGuard), Roles('admin'))`).
 */
export interface Deco {
  /** the decorator as written on the class/method (what the user sees; composed ones share it) */
  at: Located;
  /** the expression that produced this effect (`UseGuards(JwtGuard)` inside the composition, or `at`) */
  expr: Located;
  /** `<pkg>:<export>` for framework decorators (`@nestjs/common:Get`), `meta` for SetMetadata-style markers */
  id: string;
  args: Node[];
  /** metadata set by the decorator (SetMetadata / Reflector.createDecorator), keyed for guards to look up */
  meta?: { key: string; truthy: boolean; detail: string };
}

const MAX_EXPAND = 4;

/** The value a Nest-style reference denotes, as `<pkg>:<name>` for npm exports, else null. */
export function externalId(v: Value): string | null {
  if (v.kind !== 'external') return null;
  return `${v.pkg}:${v.path.join('.')}`;
}

/** True when `expr` (in `file`) is the npm export `pkg`.`name`, e.g. `@nestjs/common` `Controller`. */
export function isExport(
  resolver: Resolver,
  file: SourceFile,
  expr: Node | null | undefined,
  pkg: string,
  name: string,
): boolean {
  if (!expr) return false;
  const v = resolver.valueOf(file, expr);
  return v.kind === 'external' && v.pkg === pkg && v.path.join('.') === name;
}

/** The decorators written on a class, method, property or parameter. */
export function decoratorsOf(node: Node): T.Decorator[] {
  return ((node as { decorators?: T.Decorator[] }).decorators ?? []) as T.Decorator[];
}

/**
 * Expands the decorators written on `node` into their effects. Framework decorators are recognised by
 * their import (`@nestjs/common`, `@nestjs/throttler` …); unresolvable names fall back to the bare name
 * so that re-exports through unusual aliases still work; local factories are followed into their
 * `applyDecorators(...)` / `SetMetadata(...)` bodies.
 */
export function expandDecorators(resolver: Resolver, file: SourceFile, node: Node): Deco[] {
  const out: Deco[] = [];
  for (const d of decoratorsOf(node)) {
    const at = { file, node: d as Node };
    expand(resolver, at, { file, node: d.expression as Node }, out, 0);
  }
  return out;
}

function expand(resolver: Resolver, at: Located, expr: Located, out: Deco[], depth: number): void {
  const e = unwrap(expr.node);
  if (!e || depth > MAX_EXPAND) return;
  const call = e.type === 'CallExpression' ? e : null;
  const callee = call ? (call.callee as Node) : e;
  const args = call ? (call.arguments as Node[]) : [];
  const v = resolver.valueOf(expr.file, callee);
  const ext = externalId(v);
  if (ext) {
    if (ext === '@nestjs/common:applyDecorators') {
      for (const a of args) expand(resolver, at, { file: expr.file, node: a }, out, depth + 1);
      return;
    }
    const deco: Deco = { at, expr: { file: expr.file, node: e }, id: ext, args };
    if (ext === '@nestjs/common:SetMetadata') deco.meta = metaOf(resolver, expr.file, args[0], args[1], at);
    out.push(deco);
    return;
  }
  if (v.kind === 'unknown') {
    const name = calleeLastName(callee);
    out.push({ at, expr: { file: expr.file, node: e }, id: name ? `?:${name}` : '?', args });
    return;
  }
  // `Roles = Reflector.createDecorator<string[]>()`: the decorator itself is the metadata key
  const created = createdDecorator(resolver, v);
  if (created) {
    out.push({
      at,
      expr: { file: expr.file, node: e },
      id: 'meta',
      args,
      meta: { key: created, truthy: true, detail: detailOf(at) },
    });
    return;
  }
  // a decorator built once and used without a call: `export const Public = SetMetadata('isPublic', true)` / `@Public`
  const stored = v.kind === 'node' ? unwrap(v.node) : null;
  if (!call && v.kind === 'node' && stored?.type === 'CallExpression') {
    expand(resolver, at, { file: v.file, node: stored }, out, depth + 1);
    return;
  }
  // a local decorator factory: `export const Public = () => SetMetadata(IS_PUBLIC_KEY, true)`
  const fn = resolver.functionOf(v);
  if (!fn || !call) return;
  const body = returnedExpression(fn.fn);
  if (!body) return;
  // a factory that returns a plain decorator function (`(target, key) => …`) has no framework effect
  if (isFunction(unwrap(body))) return;
  expand(resolver, at, { file: fn.file, node: body }, out, depth + 1);
}

/** The expression a decorator factory returns (`() => SetMetadata(...)`, `function X() { return applyDecorators(...) }`). */
function returnedExpression(fn: Node): Node | null {
  if (!isFunction(fn)) return null;
  const body = fn.body as Node | null;
  if (!body) return null;
  if (body.type !== 'BlockStatement') return body;
  for (const st of body.body as Node[]) {
    if (st.type === 'ReturnStatement' && st.argument) return st.argument as Node;
  }
  return returnedFunction(fn);
}

function createdDecorator(resolver: Resolver, v: Value): string | null {
  if (v.kind !== 'node') return null;
  const n = unwrap(v.node);
  if (n?.type !== 'CallExpression') return null;
  if (!isExport(resolver, v.file, n.callee as Node, '@nestjs/core', 'Reflector.createDecorator')) return null;
  return nodeKey(v.file, n);
}

/** A metadata key as guards and decorators both see it: the string behind a constant, or the declaring node. */
export function metaKey(resolver: Resolver, file: SourceFile, expr: Node | null | undefined): string {
  const n = unwrap(expr);
  if (!n) return '?';
  const s = staticString(resolver, file, n);
  if (s !== null) return `s:${s}`;
  const v = resolver.valueOf(file, n);
  if (v.kind === 'node') {
    const created = createdDecorator(resolver, v);
    if (created) return created;
    return nodeKey(v.file, unwrap(v.node) ?? v.node);
  }
  return `t:${textOf(file.text, n)}`;
}

function nodeKey(file: SourceFile, node: Node): string {
  return `n:${file.rel}:${node.start}`;
}

function metaOf(
  resolver: Resolver,
  file: SourceFile,
  key: Node | undefined,
  value: Node | undefined,
  at: Located,
): Deco['meta'] {
  const v = unwrap(value);
  const falsy = v?.type === 'Literal' && (v.value === false || v.value === null || v.value === 0 || v.value === '');
  return { key: metaKey(resolver, file, key), truthy: !falsy, detail: detailOf(at) };
}

/**
 * The name a chain link shows: `AuthGuard('jwt')`, `RolesGuard`, `new ValidationPipe({…})` → `ValidationPipe({…})`.
 * (The shared displayName renders calls as `AuthGuard()`, which hides the strategy.)
 */
export function linkName(file: SourceFile, node: Node): string {
  const n = unwrap(node) ?? node;
  if (n.type === 'CallExpression' || n.type === 'NewExpression') {
    // `app.get(JwtAuthGuard)`: the container's instance of the class
    const only = n.arguments.length === 1 ? unwrap(n.arguments[0] as Node) : null;
    if (
      n.type === 'CallExpression' &&
      only?.type === 'Identifier' &&
      ['get', 'resolve'].includes(calleeLastName(n.callee as Node) ?? '')
    ) {
      return only.name;
    }
    const callee = textOf(file.text, n.callee as Node);
    const args = (n.arguments as Node[]).map((a) => {
      const t = textOf(file.text, a).replace(/\s+/g, ' ');
      return t.length > 30 ? '…' : t;
    });
    return `${callee}(${args.join(', ')})`;
  }
  const t = textOf(file.text, n).replace(/\s+/g, ' ');
  return t.length > 40 ? `${t.slice(0, 37)}…` : t;
}

/** `@Roles('admin')` as written, shortened. */
export function detailOf(at: Located): string {
  const t = textOf(at.file.text, at.node).replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

function calleeLastName(callee: Node): string | null {
  const c = unwrap(callee);
  if (!c) return null;
  if (c.type === 'Identifier') return c.name;
  if (c.type === 'MemberExpression') return nameOf(c.property as Node);
  return null;
}

/** The short name of a decorator id: `@nestjs/common:Get` → `Get`, `?:Get` → `Get`. */
export function shortName(id: string): string {
  const i = id.lastIndexOf(':');
  const name = i >= 0 ? id.slice(i + 1) : id;
  return name.slice(name.lastIndexOf('.') + 1);
}

/** True for a decorator that is `pkg`'s `name` (or an unresolvable import of that name). */
export function isDeco(d: Deco, pkg: string, name: string): boolean {
  return d.id === `${pkg}:${name}` || d.id === `?:${name}`;
}

/** Static strings of an argument that may be one string or an array of them (`@Get(['a', 'b'])`). */
export function staticStrings(resolver: Resolver, file: SourceFile, expr: Node | null | undefined): string[] | null {
  const n = unwrap(expr);
  if (!n) return null;
  if (n.type === 'ArrayExpression') {
    const out: string[] = [];
    for (const el of n.elements) {
      const s = staticString(resolver, file, el as Node);
      if (s === null) return null;
      out.push(s);
    }
    return out;
  }
  if (n.type === 'Identifier' || n.type === 'MemberExpression') {
    const v = resolver.valueOf(file, n);
    if (v.kind === 'node' && unwrap(v.node)?.type === 'ArrayExpression') return staticStrings(resolver, v.file, v.node);
  }
  const s = staticString(resolver, file, n);
  return s === null ? null : [s];
}
