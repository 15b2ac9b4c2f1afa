import { basename, dirname, join } from 'node:path';
import type { ChainLink, FunctionRef, LinkHint } from '../../core/endpoint.ts';
import {
  isFunction,
  type Node,
  nameOf,
  propertyValue,
  stringValue,
  type T,
  textOf,
  unwrap,
  walk,
} from '../../parse/ast.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { displayName, resolveCallable } from '../shared/links.ts';
import { authJsCheck, isTrue } from './authjs.ts';
import { evalCondition } from './conditions.ts';
import { packageHint } from './hints.ts';
import { matcherCovers, matcherPatterns } from './matcher.ts';

/** An app's middleware.ts (proxy.ts since Next 16): the function, its matcher and what packages tell about it. */
export interface NextMiddleware {
  file: SourceFile;
  /** the export, for the location */
  node: Node;
  name: string;
  fn: FunctionRef | null;
  hint?: LinkHint;
  /** wrappers around the function (`withAuth(fn, …)` from next-auth, `clerkMiddleware(cb)`) */
  wrappers: { node: Node; file: SourceFile; fn: FunctionRef | null; hint?: LinkHint }[];
  matcher: string[] | null;
  /** an Auth.js `authorized` callback: returning true lets the request through */
  allowsOnTrue?: boolean;
}

const MIDDLEWARE_FILE = /^(?:middleware|proxy)\.(?:[cm]?[jt]s|[jt]sx)$/;

export function findMiddleware(project: Project, resolver: Resolver, appRoot: string): NextMiddleware | null {
  for (const dir of [appRoot, join(appRoot, 'src')]) {
    for (const file of project.files.values()) {
      if (dirname(file.abs) !== dir || !MIDDLEWARE_FILE.test(basename(file.abs))) continue;
      const mw = middlewareOf(resolver, file);
      if (mw) return mw;
    }
  }
  return null;
}

function middlewareOf(resolver: Resolver, file: SourceFile): NextMiddleware | null {
  for (const name of ['middleware', 'proxy', 'default']) {
    const v = resolver.exportOf(file, name);
    if (v.kind === 'unknown') {
      // Auth.js: `export { auth as middleware } from '@/auth'` (destructured from NextAuth(), so not resolvable)
      const at = exportNode(file, name);
      const authjs = at ? authJsCheck(resolver, at, file) : null;
      if (at && authjs) {
        const mw: NextMiddleware = {
          file,
          node: at,
          name: 'auth',
          fn: authjs.fn,
          wrappers: [],
          matcher: matcherPatterns(resolver, file),
          allowsOnTrue: true,
        };
        if (authjs.hint) mw.hint = authjs.hint;
        return mw;
      }
      continue;
    }
    const node = exportNode(file, name) ?? file.program.body[0] ?? file.program;
    const matcher = matcherPatterns(resolver, file);
    if (v.kind === 'external') {
      // `export { default } from 'next-auth/middleware'`
      return { file, node, name: v.pkg, fn: null, hint: packageHint(v), wrappers: [], matcher };
    }
    if (v.kind !== 'node') continue;
    const { fn, wrappers } = resolveCallable(resolver, v.file, v.node);
    const ws = wrappers.map((w) => ({
      ...w,
      hint:
        w.node.type === 'CallExpression' && !authorizesEveryone(w.node as T.CallExpression)
          ? packageHint(resolver.valueOf(w.file, w.node.callee as Node))
          : undefined,
    }));
    // `clerkMiddleware()` with no callback: a package call, nothing of ours to read
    const outer = unwrap(v.node);
    const callee =
      outer?.type === 'CallExpression' && !fn ? packageHint(resolver.valueOf(v.file, outer.callee as Node)) : undefined;
    return {
      file,
      node,
      name: name === 'default' ? displayName(v.file, v.node) : name,
      fn,
      hint: ws.find((w) => w.hint)?.hint ?? callee,
      wrappers: ws,
      matcher,
    };
  }
  return null;
}

function exportNode(file: SourceFile, name: string): Node | null {
  for (const st of file.program.body as Node[]) {
    if (st.type === 'ExportDefaultDeclaration' && name === 'default') return st;
    if (st.type !== 'ExportNamedDeclaration') continue;
    const d = st.declaration as Node | null;
    if (d?.type === 'FunctionDeclaration' && d.id?.name === name) return st;
    if (
      d?.type === 'VariableDeclaration' &&
      d.declarations.some((x) => x.id.type === 'Identifier' && x.id.name === name)
    )
      return st;
    if ((st.specifiers as T.ExportSpecifier[]).some((s) => nameOf(s.exported as Node) === name)) return st;
  }
  return null;
}

/**
 * The chain links middleware.ts contributes to one route path: none when the matcher does not cover the
 * path or when, for this path, the function only passes the request through (`if (pathname.startsWith('/api/public'))
 * return NextResponse.next()`). When path checks decided what runs, `fn.statements` holds that part.
 */
export function middlewareLinks(resolver: Resolver, mw: NextMiddleware, path: string): ChainLink[] {
  if (mw.matcher && !mw.matcher.some((p) => matcherCovers(p, path))) return [];
  let fn = mw.fn;
  if (fn) {
    const s = sliceFor(resolver, fn, path);
    if (s.decided) {
      if (passesThrough(s.statements, mw.allowsOnTrue === true)) return [];
      fn = { ...fn, statements: s.statements };
    }
  }
  const link: ChainLink = { name: mw.name, scope: 'middleware-file', file: mw.file, node: mw.node, fn };
  if (mw.hint) link.hint = mw.hint;
  const sets = fn ? forwardedHeaders(fn) : [];
  if (sets.length > 0) link.setsHeaders = sets;
  const links = [link];
  if (fn) links.push(...packageCalls(resolver, fn, mw));
  return links;
}

/** The statements of the middleware that run for `path`, following `if`s on the path that can be decided. */
function sliceFor(resolver: Resolver, fn: FunctionRef, path: string): { statements: Node[]; decided: boolean } {
  const body = (fn.fn as T.Function).body as Node | null;
  if (body?.type !== 'BlockStatement') return { statements: [], decided: false };
  let decided = false;
  const run = (stmts: Node[], out: Node[]): boolean => {
    for (const st of stmts) {
      if (st.type === 'IfStatement') {
        const c = evalCondition(resolver, fn.file, st.test as Node, path);
        if (c !== null) {
          decided = true;
          const branch = (c ? st.consequent : st.alternate) as Node | null;
          if (branch && run(branch.type === 'BlockStatement' ? (branch.body as Node[]) : [branch], out)) return true;
          continue;
        }
      }
      out.push(st);
      if (st.type === 'ReturnStatement' || st.type === 'ThrowStatement') return true;
    }
    return false;
  };
  const statements: Node[] = [];
  run(body.body as Node[], statements);
  return { statements, decided };
}

/** Only declarations and `return NextResponse.next()` / `rewrite()` / `return`: the request goes on unchecked. */
function passesThrough(stmts: Node[], allowsOnTrue: boolean): boolean {
  return stmts.every((st) => {
    if (st.type === 'VariableDeclaration') return true;
    if (st.type !== 'ReturnStatement') return false;
    const arg = unwrap(st.argument as Node | null);
    if (!arg || (allowsOnTrue && isTrue(arg))) return true;
    if (arg.type !== 'CallExpression') return false;
    const callee = unwrap(arg.callee as Node);
    return callee?.type === 'MemberExpression' && ['next', 'rewrite'].includes(nameOf(callee.property as Node) ?? '');
  });
}

/**
 * Package checks called inside the middleware, as links of their own: Clerk's `auth.protect()` in a
 * `clerkMiddleware` callback, a limiter's `ratelimit.limit(ip)` (@upstash/ratelimit and similar).
 */
function packageCalls(resolver: Resolver, fn: FunctionRef, mw: NextMiddleware): ChainLink[] {
  const out: ChainLink[] = [];
  const clerk = mw.wrappers.some(
    (w) => w.node.type === 'CallExpression' && isClerk(resolver, w.file, w.node as T.CallExpression),
  );
  const authParam = clerk && isFunction(fn.fn) ? nameOf(fn.fn.params[0] as Node) : null;
  const roots = fn.statements ?? [(fn.fn as T.Function).body as Node];
  for (const root of roots) {
    walk(root, (node) => {
      if (node.type !== 'CallExpression') return;
      const callee = unwrap(node.callee as Node);
      if (callee?.type !== 'MemberExpression') return;
      const m = nameOf(callee.property as Node);
      const obj = unwrap(callee.object as Node);
      if (
        m === 'protect' &&
        authParam &&
        obj &&
        (isNamed(obj, authParam) || (obj.type === 'CallExpression' && isNamed(unwrap(obj.callee as Node), authParam)))
      ) {
        out.push({
          name: displayName(fn.file, node),
          scope: 'middleware-file',
          file: fn.file,
          node,
          fn: null,
          hint: { kind: 'auth', detail: '@clerk/nextjs auth.protect()' },
        });
      }
      if (m === 'limit' && obj) {
        const v = resolver.valueOf(fn.file, obj);
        const created = v.kind === 'node' ? unwrap(v.node) : null;
        const pkg =
          created?.type === 'NewExpression' && v.kind === 'node' ? resolver.valueOf(v.file, created.callee as Node) : v;
        const hint = packageHint(pkg);
        if (hint?.kind === 'rate-limit' || (pkg.kind === 'external' && /ratelimit/i.test(pkg.pkg))) {
          out.push({
            name: displayName(fn.file, node),
            scope: 'middleware-file',
            file: fn.file,
            node,
            fn: null,
            hint: { kind: 'rate-limit', detail: pkg.kind === 'external' ? pkg.pkg : 'limiter' },
          });
        }
      }
    });
  }
  return out;
}

function isClerk(resolver: Resolver, file: SourceFile, call: T.CallExpression): boolean {
  const v = resolver.valueOf(file, call.callee as Node);
  return v.kind === 'external' && v.pkg.startsWith('@clerk/') && v.path[v.path.length - 1] === 'clerkMiddleware';
}

function isNamed(n: Node | null, name: string): boolean {
  return n?.type === 'Identifier' && n.name === name;
}

/**
 * next-auth's `withAuth(fn, { callbacks: { authorized: () => true } })` lets every request through to `fn`
 * (a common work-around to handle redirects in `fn` itself): the check, if any, is in `fn`, not in the package.
 */
function authorizesEveryone(call: T.CallExpression): boolean {
  const opts = unwrap(call.arguments[1] as Node | undefined);
  const authorized = unwrap(propertyValue(propertyValue(opts, 'callbacks'), 'authorized'));
  if (!isFunction(authorized)) return false;
  const body = authorized.body as Node | null;
  const returned =
    body?.type === 'BlockStatement'
      ? (body.body as Node[]).filter((s) => s.type === 'ReturnStatement')
      : body
        ? [body]
        : [];
  return (
    returned.length > 0 &&
    returned.every((r) => {
      const v = unwrap(r.type === 'ReturnStatement' ? (r.argument as Node | null) : r);
      return v?.type === 'Literal' && v.value === true;
    })
  );
}

/**
 * Request headers the middleware sets on the request it forwards: `const h = new Headers(request.headers);
 * h.set('x-user-id', user.id); return NextResponse.next({ request: { headers: h } })`.
 */
function forwardedHeaders(fn: FunctionRef): string[] {
  const roots = fn.statements ?? [(fn.fn as T.Function).body as Node];
  const names = new Set<string>();
  let forwards = false;
  for (const root of roots) {
    walk(root, (node) => {
      if (node.type !== 'CallExpression') return;
      const callee = unwrap(node.callee as Node);
      if (callee?.type !== 'MemberExpression') return;
      const m = nameOf(callee.property as Node);
      const key = m === 'set' || m === 'append' ? stringValue(node.arguments[0] as Node) : null;
      const obj = callee.object as Node;
      if (key && (/headers/i.test(textOf(fn.file.text, obj)) || isHeadersVar(fn.file, obj)))
        names.add(key.toLowerCase());
      // NextResponse.next({ request: { headers } }) / NextResponse.rewrite(url, { request: { headers } })
      if (
        (m === 'next' || m === 'rewrite') &&
        node.arguments.some((a) => propertyValue(propertyValue(a as Node, 'request'), 'headers'))
      )
        forwards = true;
    });
  }
  return forwards ? [...names] : [];
}

/** A variable holding `new Headers(…)`. */
function isHeadersVar(file: SourceFile, expr: Node): boolean {
  const n = unwrap(expr);
  if (n?.type !== 'Identifier') return false;
  let found = false;
  walk(file.program, (node) => {
    if (found) return false;
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.id.name === n.name) {
      const init = unwrap(node.init as Node | null);
      found = init?.type === 'NewExpression' && init.callee.type === 'Identifier' && init.callee.name === 'Headers';
    }
  });
  return found;
}
