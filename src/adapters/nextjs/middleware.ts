import { basename, dirname, join } from 'node:path';
import type { ChainLink, FunctionRef, LinkHint } from '../../core/endpoint.ts';
import { isFunction, type Node, nameOf, propertyValue, type T, unwrap } from '../../parse/ast.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { evalCondition } from '../shared/conditions.ts';
import { displayName, resolveCallable } from '../shared/links.ts';
import { authJsCheck, isTrue } from './authjs.ts';
import { packageHint } from './hints.ts';
import { matcherCovers, matcherPatterns } from './matcher.ts';
import { forwardedHeaders, packageCalls } from './middleware-effects.ts';

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
 * return NextResponse.next()`, also per method: `if (pathname === '/api/users' && req.method === 'POST')`). When
 * path checks decided what runs, `fn.statements` holds that part.
 */
export function middlewareLinks(
  resolver: Resolver,
  mw: NextMiddleware,
  path: string,
  method: string | null = null,
): ChainLink[] {
  if (mw.matcher && !mw.matcher.some((p) => matcherCovers(p, path))) return [];
  let fn = mw.fn;
  if (fn) {
    const s = sliceFor(resolver, fn, path, method);
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
function sliceFor(
  resolver: Resolver,
  fn: FunctionRef,
  path: string,
  method: string | null,
): { statements: Node[]; decided: boolean } {
  const body = (fn.fn as T.Function).body as Node | null;
  if (body?.type !== 'BlockStatement') return { statements: [], decided: false };
  let decided = 0;
  const statementsOf = (branch: Node): Node[] =>
    branch.type === 'BlockStatement' ? (branch.body as Node[]) : [branch];
  const run = (stmts: Node[], out: Node[]): boolean => {
    for (const st of stmts) {
      if (st.type === 'IfStatement') {
        const c = evalCondition(resolver, fn.file, st.test as Node, path, method);
        if (c !== null) {
          decided++;
          const branch = (c ? st.consequent : st.alternate) as Node | null;
          if (branch && run(statementsOf(branch), out)) return true;
          continue;
        }
        // `if (session) { … } else if (!isPublic(req)) return 401`: the test is the caller's, but a branch may still be
        // decided by the path; keep the test with what runs of each branch (a copy: the tree itself is not changed)
        const before = decided;
        const slice = (branch: Node | null): Node | null => {
          if (!branch) return null;
          const body: Node[] = [];
          run(statementsOf(branch), body);
          return { type: 'BlockStatement', body, start: branch.start, end: branch.end } as unknown as Node;
        };
        const consequent = slice(st.consequent as Node);
        const alternate = slice(st.alternate as Node | null);
        if (decided !== before) {
          out.push({ ...st, consequent, alternate } as Node);
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
  return { statements, decided: decided > 0 };
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
