import type { ChainLink, FunctionRef, LinkHint } from '../../core/endpoint.ts';
import { calleeName, dotted, isFunction, type Node, parentOf, type T, textOf, unwrap, walk } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import { classMethod, enclosingClass, resolveThisMember } from '../../parse/this-members.ts';
import { type Deco, type Located, linkName, metaKey, staticString } from './decorators.ts';
import { type Enhancer, enhancerMethod, isOrExtends, resolveEnhancer } from './enhancers.ts';

/** Which metadata levels a `reflector.get*` call reads. */
interface Targets {
  handler: boolean;
  cls: boolean;
}

/**
 * A guard as registered, with what its `canActivate` does with route metadata:
 * `skip` keys make it return true (`@Public()`), `require` keys are requirements it compares against the
 * caller (`@Roles('admin')`); `noopWhenMissing` when it returns true before anything else if the route
 * does not carry the key.
 */
export interface GuardInfo {
  at: Located;
  enhancer: Enhancer;
  canActivate: FunctionRef | null;
  hint: LinkHint | undefined;
  throttler: boolean;
  skip: Map<string, Targets>;
  require: Map<string, Targets & { noopWhenMissing: boolean }>;
}

/** Route metadata set by decorators, per level (method decorators override class ones). */
export interface RouteMeta {
  handler: Map<string, Deco>;
  cls: Map<string, Deco>;
}

const REFLECTOR_READS = new Set(['get', 'getAllAndOverride', 'getAllAndMerge', 'getAll', 'getMetadata']);

export function guardInfo(resolver: Resolver, at: Located): GuardInfo {
  const enhancer = resolveEnhancer(resolver, at);
  const canActivate = enhancerMethod(resolver, enhancer, 'canActivate');
  const info: GuardInfo = {
    at,
    enhancer,
    canActivate,
    hint: undefined,
    throttler: false,
    skip: new Map(),
    require: new Map(),
  };
  if (isOrExtends(enhancer, '@nestjs/passport:AuthGuard')) {
    const strategies = passportStrategies(resolver, enhancer);
    // the `anonymous` strategy lets requests without credentials through: optional auth
    if (!strategies.includes('anonymous'))
      info.hint = { kind: 'auth', detail: `passport ${strategies.join(', ') || 'default strategy'}` };
  } else if (isOrExtends(enhancer, '@nestjs/throttler:ThrottlerGuard')) {
    info.throttler = true;
    info.hint = { kind: 'rate-limit', detail: '@nestjs/throttler ThrottlerGuard' };
  }
  if (canActivate) analyseMetadata(resolver, canActivate, info);
  return info;
}

function passportStrategies(resolver: Resolver, e: Enhancer): string[] {
  const fromArgs = (args: Located[]): string[] => {
    const a = args[0];
    if (!a) return [];
    const n = unwrap(a.node);
    if (n?.type === 'ArrayExpression') return n.elements.map((el) => staticString(resolver, a.file, el as Node) ?? '?');
    const s = staticString(resolver, a.file, n);
    return s === null ? [] : [s];
  };
  if (e.kind === 'external') return fromArgs(e.args);
  if (e.kind === 'class' && e.node.superClass) {
    const sup = unwrap(e.node.superClass as Node);
    if (sup?.type === 'CallExpression')
      return fromArgs((sup.arguments as Node[]).map((node) => ({ file: e.file, node })));
  }
  return [];
}

/**
 * Finds the metadata reads of a guard (in `canActivate` and the class methods it calls) and how their
 * results decide: `if (isPublic) return true` → skip key; `if (!roles) return true` → requirement that is a
 * no-op when missing; anything else read → requirement.
 */
function analyseMetadata(resolver: Resolver, fn: FunctionRef, info: GuardInfo): void {
  const bodies = [fn];
  const cls = enclosingClass(fn.fn);
  if (cls) {
    walk(fn.fn, (node) => {
      if (node.type !== 'CallExpression') return;
      const c = unwrap(node.callee as Node);
      if (c?.type !== 'MemberExpression' || unwrap(c.object as Node)?.type !== 'ThisExpression') return;
      const name = calleeName(node);
      const m = name ? classMethod(resolver, fn.file, cls, name) : null;
      if (m && !bodies.some((b) => b.fn === m.fn)) bodies.push(m);
    });
  }
  const reads: { key: string; targets: Targets; call: Node; name: string | null; body: FunctionRef }[] = [];
  for (const body of bodies) {
    walk(body.fn, (node) => {
      if (node.type !== 'CallExpression' || !isReflectorRead(resolver, body, node)) return;
      const args = node.arguments as Node[];
      const t = args[1] ? textOf(body.file.text, args[1]) : '';
      const targets = {
        handler: t.includes('getHandler') || !/getClass/.test(t),
        cls: t.includes('getClass') || !/getHandler/.test(t),
      };
      reads.push({ key: metaKey(resolver, body.file, args[0]), targets, call: node, name: boundName(node), body });
    });
  }
  for (const r of reads) {
    // a helper `isPublic(ctx) { return this.reflector.get(...) }` used as `if (this.isPublic(ctx)) return true`
    const helper = helperName(r.body);
    const refs = (n: Node): boolean => refersTo(n, r.name, r.call, helper);
    const verdict = earlyTrue(fn.fn, refs);
    if (verdict === 'skip') info.skip.set(r.key, r.targets);
    else info.require.set(r.key, { ...r.targets, noopWhenMissing: verdict === 'noop' });
  }
}

function isReflectorRead(resolver: Resolver, at: FunctionRef, call: T.CallExpression): boolean {
  const name = calleeName(call);
  if (!name || !REFLECTOR_READS.has(name)) return false;
  const c = unwrap(call.callee as Node);
  if (c?.type !== 'MemberExpression') return false;
  const obj = unwrap(c.object as Node);
  if (!obj) return false;
  if (name === 'getMetadata') return obj.type === 'Identifier' && obj.name === 'Reflect';
  if (obj.type === 'MemberExpression' && unwrap(obj.object as Node)?.type === 'ThisExpression') {
    const cls = enclosingClass(call as Node);
    const member = dotted(obj)?.split('.')[1];
    const t = cls && member ? resolveThisMember(resolver, at.file, cls, member) : null;
    if (t?.kind === 'value' && t.value.kind === 'external' && t.value.pkg === '@nestjs/core') return true;
  }
  return /reflector/i.test(dotted(obj) ?? '');
}

/** `const isPublic = this.reflector.get(...)` → 'isPublic'. */
function boundName(call: Node): string | null {
  let n: Node | null = call;
  for (let p = parentOf(n); p; n = p, p = parentOf(p)) {
    if (p.type === 'VariableDeclarator')
      return p.id.type === 'Identifier' && p.init && unwrap(p.init as Node) === unwrap(n) ? p.id.name : null;
    if (
      p.type !== 'AwaitExpression' &&
      p.type !== 'TSAsExpression' &&
      p.type !== 'TSNonNullExpression' &&
      p.type !== 'ParenthesizedExpression' &&
      p.type !== 'ChainExpression'
    )
      return null;
  }
  return null;
}

/** The name of the class method a read sits in, when that method is not the guard's entry point. */
function helperName(body: FunctionRef): string | null {
  const p = parentOf(body.fn);
  if (p?.type !== 'MethodDefinition') return null;
  const key = p.key as Node;
  const name = key.type === 'Identifier' ? key.name : null;
  return name === 'canActivate' ? null : name;
}

function refersTo(n: Node, name: string | null, call: Node, helper: string | null): boolean {
  const u = unwrap(n);
  if (!u) return false;
  if (u === unwrap(call)) return true;
  if (name && u.type === 'Identifier' && u.name === name) return true;
  if (helper && u.type === 'CallExpression' && calleeName(u) === helper) return true;
  return false;
}

/**
 * How `canActivate` uses a metadata value before doing anything else: returns true when it is set
 * ('skip'), returns true when it is absent as its first decision ('noop'), or something else.
 */
function earlyTrue(fn: Node, refs: (n: Node) => boolean): 'skip' | 'noop' | 'other' {
  if (!isFunction(fn) || !fn.body || fn.body.type !== 'BlockStatement') return 'other';
  let verdict: 'skip' | 'noop' | 'other' = 'other';
  walk(fn.body as Node, (node) => {
    if (verdict === 'skip' || isFunction(node)) return false;
    if (node.type === 'IfStatement' && returnsTrue(node.consequent as Node)) {
      if (positive(node.test as Node, refs)) verdict = 'skip';
      // a 'noop' only holds when nothing but declarations (and other early passes) precede the early return
      else if (negative(node.test as Node, refs) && isTopLevel(node, fn)) verdict = 'noop';
    }
    // return isPublic ? true : super.canActivate(ctx)
    if (node.type === 'ConditionalExpression' && isTrue(node.consequent as Node) && positive(node.test as Node, refs))
      verdict = 'skip';
  });
  return verdict;
}

function isTopLevel(stmt: Node, fn: Node): boolean {
  const body = (fn as T.Function).body as T.BlockStatement;
  const idx = (body.body as Node[]).indexOf(stmt);
  if (idx < 0) return false;
  // (…or other early passes: `if (isPublic) return true` before `if (!roles) return true`)
  return (body.body as Node[])
    .slice(0, idx)
    .every(
      (s) =>
        s.type === 'VariableDeclaration' ||
        (s.type === 'IfStatement' && !s.alternate && returnsTrue(s.consequent as Node)),
    );
}

function returnsTrue(st: Node): boolean {
  if (st.type === 'ReturnStatement') return isTrue(st.argument as Node | null);
  if (st.type === 'BlockStatement') {
    const first = (st.body as Node[])[0];
    return !!first && first.type === 'ReturnStatement' && isTrue(first.argument as Node | null);
  }
  return false;
}

function isTrue(n: Node | null | undefined): boolean {
  const u = unwrap(n);
  return u?.type === 'Literal' && u.value === true;
}

function positive(test: Node, refs: (n: Node) => boolean): boolean {
  const t = unwrap(test);
  if (!t) return false;
  if (refs(t)) return true;
  if (t.type === 'BinaryExpression' && (t.operator === '===' || t.operator === '==')) {
    return (refs(t.left as Node) && isTrue(t.right as Node)) || (refs(t.right as Node) && isTrue(t.left as Node));
  }
  // `if (isPublic || isHealth) return true`, and `if (isAuthOptional && !token) return true`: callers without
  // credentials get through on the routes carrying the marker
  if (t.type === 'LogicalExpression' && (t.operator === '||' || t.operator === '&&')) {
    return positive(t.left as Node, refs) || positive(t.right as Node, refs);
  }
  return false;
}

function negative(test: Node, refs: (n: Node) => boolean): boolean {
  const t = unwrap(test);
  if (!t) return false;
  const refOrLength = (n: Node): boolean => {
    const u = unwrap(n);
    if (!u) return false;
    if (refs(u)) return true;
    return u.type === 'MemberExpression' && refs(u.object as Node);
  };
  if (t.type === 'UnaryExpression' && t.operator === '!') return refOrLength(t.argument as Node);
  if (t.type === 'LogicalExpression' && t.operator === '||')
    return negative(t.left as Node, refs) || negative(t.right as Node, refs);
  if (t.type === 'BinaryExpression' && ['===', '==', '<', '<='].includes(t.operator)) {
    const r = unwrap(t.right as Node);
    const nothing =
      r?.type === 'Literal' ? r.value === null || r.value === 0 : r?.type === 'Identifier' && r.name === 'undefined';
    return nothing && refOrLength(t.left as Node);
  }
  return false;
}

/** The route's metadata by key (the class level and the handler level). */
export function routeMeta(classDecos: Deco[], methodDecos: Deco[]): RouteMeta {
  const handler = new Map<string, Deco>();
  const cls = new Map<string, Deco>();
  for (const d of classDecos) if (d.meta) cls.set(d.meta.key, d);
  for (const d of methodDecos) if (d.meta) handler.set(d.meta.key, d);
  return { handler, cls };
}

function lookup(meta: RouteMeta, key: string, t: Targets): Deco | null {
  return (t.handler ? meta.handler.get(key) : undefined) ?? (t.cls ? meta.cls.get(key) : undefined) ?? null;
}

/**
 * The chain link(s) a guard contributes to one route: its own link (with `public` when the route's
 * metadata makes it return true, `role` when it enforces the route's requirement metadata), and an extra
 * `role` link for passport/npm guards that also read requirements.
 */
export function guardLinks(info: GuardInfo, scope: ChainLink['scope'], meta: RouteMeta): ChainLink[] {
  const name = linkName(info.at.file, info.at.node);
  const link: ChainLink = { name, scope, file: info.at.file, node: info.at.node, fn: info.canActivate };
  if (info.hint) link.hint = info.hint;
  for (const [key, t] of info.skip) {
    const d = lookup(meta, key, t);
    if (d?.meta?.truthy) {
      link.hint = { kind: 'public', detail: `${d.meta.detail} skips ${name}` };
      // (the guard returns true before the rest of it runs: what it checks for other routes is not checked here)
      link.fn = null;
      return [link];
    }
  }
  const extra: ChainLink[] = [];
  let required = false;
  for (const [key, t] of info.require) {
    const d = lookup(meta, key, t);
    if (!d?.meta) continue;
    required = true;
    const role: LinkHint = { kind: 'role', detail: `${d.meta.detail} enforced by ${name}` };
    if (link.hint && link.hint.kind !== 'role')
      extra.push({ name: d.meta.detail, scope: 'decorator', file: d.at.file, node: d.at.node, fn: null, hint: role });
    else link.hint = role;
  }
  // e.g. RolesGuard on a route without @Roles: it returns true before looking at the caller
  if (!required && [...info.require.values()].some((r) => r.noopWhenMissing)) {
    link.fn = null;
  } else if (!required && info.require.size > 0) link.rolesUnasked = true;
  return [link, ...extra];
}
