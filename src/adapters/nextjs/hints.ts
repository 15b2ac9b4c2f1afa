import type { LinkHint } from '../../core/endpoint.ts';
import { table } from '../../core/table.ts';
import type { Node } from '../../parse/ast.ts';
import type { Resolver, Value } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';

/** Wrappers and middleware from packages whose check lives in node_modules: `withApiAuthRequired(handler)`. */
const AUTH = table<string[]>({
  '@auth0/nextjs-auth0': ['withApiAuthRequired', 'withMiddlewareAuthRequired'],
  '@auth0/nextjs-auth0/edge': ['withApiAuthRequired', 'withMiddlewareAuthRequired'],
  'next-auth/middleware': ['withAuth', 'default', ''],
  '@clerk/nextjs': ['requireAuth'],
  '@clerk/nextjs/api': ['requireAuth'],
});

export function packageHint(v: Value): LinkHint | undefined {
  if (v.kind !== 'external') return undefined;
  const name = v.path[v.path.length - 1] ?? '';
  if (AUTH[v.pkg]?.includes(name)) return { kind: 'auth', detail: `${v.pkg}${name ? ` ${name}` : ''}` };
  if (/rate-?limit/i.test(v.pkg)) return { kind: 'rate-limit', detail: v.pkg };
  return undefined;
}

/** The hint for a wrapper call `withX(handler)` registered around a route handler or middleware. */
export function wrapperHint(resolver: Resolver, file: SourceFile, node: Node): LinkHint | undefined {
  if (node.type !== 'CallExpression') return undefined;
  return packageHint(resolver.valueOf(file, node.callee as Node));
}
