import type { ChainLink, FunctionRef } from '../../core/endpoint.ts';
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
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { displayName } from '../shared/links.ts';
import { packageHint } from './hints.ts';
import type { NextMiddleware } from './middleware.ts';

/**
 * Package checks called inside the middleware, as links of their own: Clerk's `auth.protect()` in a
 * `clerkMiddleware` callback, a limiter's `ratelimit.limit(ip)` (@upstash/ratelimit and similar).
 */
export function packageCalls(resolver: Resolver, fn: FunctionRef, mw: NextMiddleware): ChainLink[] {
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
 * Request headers the middleware sets on the request it forwards: `const h = new Headers(request.headers);
 * h.set('x-user-id', user.id); return NextResponse.next({ request: { headers: h } })`.
 */
export function forwardedHeaders(fn: FunctionRef): string[] {
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
