import type { ChainLink } from '../../core/endpoint.ts';
import type { EndpointMethod } from '../../core/finding.ts';
import { normalisePath } from '../../core/path.ts';
import { calleeName, isFunction, memberPath, type Node, nameOf, stringValue, type T, unwrap } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { evalCondition, SERVER_PATH } from './conditions.ts';
import { arrayElements, type Located, objectProps, staticString } from './values.ts';

/**
 * `true` for a request a global middleware lets through without doing its work: `.unless({ path, method })`
 * (koa-unless and express-unless, used by koa-jwt and express-jwt: strings match the whole path, regexes are tested,
 * `{ url, methods }` entries match both), or the project's own table of public routes that the middleware consults
 * first (`if (isPublicRoute(ctx)) return next()`).
 */
export type Skip = (method: EndpointMethod, path: string) => boolean;

/** The routes a middleware expression lets through: its `.unless(...)`, or its own early `next()`. */
export function skipOf(resolver: Resolver, file: SourceFile, node: Node): Skip | null {
  return unlessOf(resolver, file, node) ?? projectSkip(resolver, file, node);
}

/**
 * A project middleware that first hands some requests on untouched: `if (isPublicRoute(ctx)) return next();`, `if
 * (PUBLIC_PATHS.includes(req.path)) { return next(); }`, `if (…) { await next(); return; }` — before anything else it
 * does (only declarations may come first). The test is evaluated per route; a route it cannot decide is not skipped.
 */
function projectSkip(resolver: Resolver, file: SourceFile, node: Node): Skip | null {
  const target = resolver.functionOf(resolver.valueOf(file, node));
  const fn = target && isFunction(target.fn) ? (target.fn as T.Function | T.ArrowFunctionExpression) : null;
  const next = fn ? nameOf(fn.params[fn.params.length === 3 ? 2 : 1] as Node | undefined) : null;
  const body = fn?.body as Node | null | undefined;
  if (!target || !next || body?.type !== 'BlockStatement') return null;
  const first = (body.body as Node[]).find((st) => st.type !== 'VariableDeclaration');
  if (first?.type !== 'IfStatement' || first.alternate || !handsOn(first.consequent as Node, next)) return null;
  const test = first.test as Node;
  return (method, path) => evalCondition(resolver, target.file, test, samplePath(path), method, SERVER_PATH) === true;
}

/** `return next()`, `return await next()`, `{ await next(); return; }`: the request goes on, and nothing else runs. */
function handsOn(branch: Node, next: string): boolean {
  const stmts = branch.type === 'BlockStatement' ? (branch.body as Node[]) : [branch];
  const callsNext = (e: Node | null | undefined): boolean => {
    let n = unwrap(e);
    if (n?.type === 'AwaitExpression') n = unwrap(n.argument as Node);
    return n?.type === 'CallExpression' && unwrap(n.callee as Node)?.type === 'Identifier' && calleeName(n) === next;
  };
  const [a, b] = stmts;
  if (stmts.length === 1) return a?.type === 'ReturnStatement' && callsNext(a.argument as Node | null);
  return (
    stmts.length === 2 &&
    a?.type === 'ExpressionStatement' &&
    callsNext(a.expression as Node) &&
    b?.type === 'ReturnStatement' &&
    !b.argument
  );
}

/** The `.unless(...)` rule wrapped around a middleware, followed through constants. */
function unlessOf(resolver: Resolver, file: SourceFile, node: Node, depth = 0): Skip | null {
  const n = unwrap(node);
  if (!n || depth > 8) return null;
  if (
    n.type === 'CallExpression' &&
    calleeName(n) === 'unless' &&
    unwrap(n.callee as Node)?.type === 'MemberExpression'
  ) {
    return parseUnless(resolver, file, n.arguments[0] as Node | undefined);
  }
  if (n.type === 'Identifier') {
    const v = resolver.valueOf(file, n);
    if (v.kind === 'node' && unwrap(v.node) !== n) return unlessOf(resolver, v.file, v.node, depth + 1);
  }
  return null;
}

type PathRule = { test: (path: string) => boolean; methods: string[] | null };

function parseUnless(resolver: Resolver, file: SourceFile, opts: Node | undefined): Skip | null {
  const props = objectProps(resolver, file, opts);
  const rules: PathRule[] = [];
  // `custom` decides at run time: read when it only tests the method and the path (`(ctx) => ctx.method === 'GET' &&
  // /^\/api\/v1\/rooms/.test(ctx.path)`); otherwise which routes it skips cannot be known, so treat none as skipped
  const custom = props.get('custom');
  const customRules = custom ? customRule(resolver, custom) : null;
  if (customRules) rules.push(...customRules);
  else if (custom && !props.has('path') && !props.has('method')) return null;
  const p = props.get('path');
  for (const el of p ? (arrayElements(resolver, p.file, p.node) ?? [p]) : []) {
    const obj = objectProps(resolver, el.file, el.node);
    if (obj.has('url')) {
      const test = pathTest(resolver, obj.get('url')!);
      const m = obj.get('methods') ?? obj.get('method');
      if (test) rules.push({ test, methods: m ? methodList(resolver, m) : null });
      continue;
    }
    const test = pathTest(resolver, el);
    if (test) rules.push({ test, methods: null });
  }
  const m = props.get('method');
  const methods = m ? methodList(resolver, m) : [];
  return (method, path) => {
    if (methods.includes(method)) return true;
    const sample = samplePath(path);
    return rules.some((r) => (r.methods === null || r.methods.includes(method)) && r.test(sample));
  };
}

/**
 * The routes a `custom` predicate of koa-unless skips, when it is an arrow over `ctx` made of `||` and `&&` of method
 * and path tests: `ctx.method === 'GET'`, `/^\/api\/rooms/.test(ctx.path)`, `ctx.path === '/x'`. Null for anything else.
 */
function customRule(resolver: Resolver, loc: Located): PathRule[] | null {
  const fn = unwrap(loc.node);
  if (fn?.type !== 'ArrowFunctionExpression' || fn.body.type === 'BlockStatement') return null;
  const ctx = fn.params[0]?.type === 'Identifier' ? fn.params[0].name : null;
  if (!ctx) return null;
  const isPart = (n: Node | null, part: string) => {
    const path = memberPath(n);
    return !!path && path[0] === ctx && path[path.length - 1] === part && path.length <= 3;
  };
  const alternatives = (n: Node | null): Node[] => {
    const u = unwrap(n);
    return u?.type === 'LogicalExpression' && u.operator === '||'
      ? [...alternatives(u.left as Node), ...alternatives(u.right as Node)]
      : u
        ? [u]
        : [];
  };
  const conjuncts = (n: Node): Node[] => {
    const u = unwrap(n);
    return u?.type === 'LogicalExpression' && u.operator === '&&'
      ? [...conjuncts(u.left as Node), ...conjuncts(u.right as Node)]
      : u
        ? [u]
        : [];
  };
  const rules: PathRule[] = [];
  for (const alt of alternatives(fn.body as Node)) {
    let methods: string[] | null = null;
    const tests: ((path: string) => boolean)[] = [];
    for (const c of conjuncts(alt)) {
      if (c.type === 'BinaryExpression' && (c.operator === '===' || c.operator === '==')) {
        const [l, r] = [c.left as Node, c.right as Node];
        const value = stringValue(r) ?? stringValue(l);
        const other = stringValue(r) !== null ? l : r;
        if (value === null) return null;
        if (isPart(other, 'method')) methods = [...(methods ?? []), value.toUpperCase()];
        else if (isPart(other, 'path') || isPart(other, 'url') || isPart(other, 'originalUrl'))
          tests.push((p) => normalisePath(p) === normalisePath(value));
        else return null;
        continue;
      }
      if (
        c.type === 'CallExpression' &&
        calleeName(c) === 'test' &&
        (isPart(c.arguments[0] as Node, 'path') || isPart(c.arguments[0] as Node, 'originalUrl'))
      ) {
        const test = pathTest(resolver, { file: loc.file, node: (c.callee as T.MemberExpression).object as Node });
        if (!test) return null;
        tests.push(test);
        continue;
      }
      return null;
    }
    if (tests.length === 0 && methods === null) return null;
    rules.push({ test: (p) => tests.every((t) => t(p)), methods });
  }
  return rules.length > 0 ? rules : null;
}

function pathTest(resolver: Resolver, loc: Located): ((path: string) => boolean) | null {
  const n = unwrap(loc.node);
  const regex = n && n.type === 'Literal' ? (n as { regex?: { pattern: string; flags: string } }).regex : undefined;
  if (regex) {
    try {
      const re = new RegExp(regex.pattern, regex.flags.replace('g', ''));
      return (path) => re.test(path);
    } catch {
      return null;
    }
  }
  const s = staticString(resolver, loc.file, loc.node);
  // koa-unless compares strings with the request path verbatim: '/users/:id' never equals a real URL
  if (s === null || s.includes(':')) return null;
  const want = normalisePath(s);
  return (path) => normalisePath(path) === want;
}

function methodList(resolver: Resolver, loc: Located): string[] {
  return (arrayElements(resolver, loc.file, loc.node) ?? [loc])
    .map((e) => staticString(resolver, e.file, e.node)?.toUpperCase())
    .filter((m): m is string => !!m);
}

/** A concrete URL for a route path, so regexes written against real URLs can be tested: `{id}` → `1`. */
function samplePath(path: string): string {
  return path.replace(/\{\*\}/g, 'x').replace(/\{[^}]+\}/g, '1');
}

/** The link that stands for a global guard on a route it skips (`.unless({ path })`). */
export function publicLink(link: ChainLink): ChainLink {
  return { ...link, name: `${link.name} (skipped)`, fn: null, hint: { kind: 'public', detail: 'unless' } };
}
