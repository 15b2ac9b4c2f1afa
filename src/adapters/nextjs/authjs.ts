import type { FunctionRef, LinkHint } from '../../core/endpoint.ts';
import { isFunction, type Node, nameOf, type T, textOf, unwrap, walk } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { throughIdentifier } from '../shared/values.ts';

/**
 * Auth.js (next-auth v5) used as middleware: `export { auth as middleware } from '@/auth'` or
 * `export default NextAuth(authConfig).auth`. The package runs the config's `callbacks.authorized`
 * for every matched request and redirects to the sign-in page when it returns false: that callback is
 * the check. Without one, `auth` as middleware only reads the session.
 */
export function authJsCheck(
  resolver: Resolver,
  exported: Node,
  exportFile: SourceFile,
): { fn: FunctionRef | null; hint?: LinkHint } | null {
  if (!/\bauth\b/.test(textOf(exportFile.text, exported))) return null;
  const call = nextAuthCall(resolver);
  if (!call) return null;
  const fn = authorizedCallback(resolver, call.file, call.call.arguments[0] as Node | undefined);
  if (!fn) return { fn: null };
  return canReject(fn.fn) ? { fn, hint: { kind: 'auth', detail: 'Auth.js callbacks.authorized' } } : { fn };
}

/** The project's `NextAuth(config)` call (an app has one Auth.js configuration). */
function nextAuthCall(resolver: Resolver): { file: SourceFile; call: T.CallExpression } | null {
  for (const file of resolver.project.files.values()) {
    if (!file.text.includes('next-auth')) continue;
    let found: T.CallExpression | null = null;
    walk(file.program, (node) => {
      if (found) return false;
      if (node.type !== 'CallExpression') return;
      const v = resolver.valueOf(file, node.callee as Node);
      if (v.kind === 'external' && v.pkg === 'next-auth' && v.path.length === 0) found = node;
    });
    if (found) return { file, call: found };
  }
  return null;
}

/** `callbacks.authorized` in the config object, through identifiers and spreads (`{ ...authConfig, providers }`). */
function authorizedCallback(
  resolver: Resolver,
  file: SourceFile,
  config: Node | undefined,
  depth = 0,
): FunctionRef | null {
  if (!config || depth > 6) return null;
  let n = unwrap(config);
  let f = file;
  if (n?.type === 'Identifier' || n?.type === 'MemberExpression') {
    const v = resolver.valueOf(file, n);
    if (v.kind !== 'node') return null;
    n = unwrap(v.node);
    f = v.file;
  }
  if (n?.type !== 'ObjectExpression') return null;
  for (const p of n.properties) {
    if (p.type === 'SpreadElement') {
      const inner = authorizedCallback(resolver, f, p.argument as Node, depth + 1);
      if (inner) return inner;
      continue;
    }
    if (nameOf(p.key as Node) !== 'callbacks') continue;
    const cbAt = throughIdentifier(resolver, f, p.value as Node);
    if (!cbAt) return null;
    const cb = cbAt.node;
    const cf = cbAt.file;
    if (cb?.type !== 'ObjectExpression') return null;
    for (const q of cb.properties) {
      if (q.type !== 'Property' || nameOf(q.key as Node) !== 'authorized') continue;
      const value = unwrap(q.value as Node);
      if (isFunction(value)) return { file: cf, fn: value };
      const fn = resolver.functionOf(resolver.valueOf(cf, value));
      if (fn) return fn;
    }
  }
  return null;
}

/** The callback can refuse: some return is not the literal `true` (false, `!!auth`, a redirect). */
function canReject(fn: Node): boolean {
  const body = (fn as T.Function).body as Node | null;
  if (!body) return false;
  if (body.type !== 'BlockStatement') return !isTrue(body);
  let rejects = false;
  walk(body, (node) => {
    if (rejects) return false;
    if (node !== fn && isFunction(node)) return false;
    if (node.type === 'ReturnStatement' && !isTrue(node.argument as Node | null)) rejects = true;
  });
  return rejects;
}

export function isTrue(n: Node | null | undefined): boolean {
  const u = unwrap(n);
  return u?.type === 'Literal' && u.value === true;
}

/** The module of the credentials provider in next-auth v4 and Auth.js v5. */
const CREDENTIALS_MODULE = /^(?:next-auth|@auth\/core)\/providers\/credentials$/;

/**
 * The `authorize` function of the project's credentials provider (`CredentialsProvider({ async authorize(c) { … } })`,
 * `Credentials({ authorize })`): what `POST /api/auth/callback/credentials` runs, where the password is checked.
 */
export function credentialsAuthorize(resolver: Resolver): FunctionRef | null {
  for (const file of resolver.project.files.values()) {
    if (!file.text.includes('providers/credentials')) continue;
    for (const call of file.index.CallExpression) {
      const v = resolver.valueOf(file, call.callee as Node);
      if (v.kind !== 'external' || !CREDENTIALS_MODULE.test(v.pkg)) continue;
      const options = throughIdentifier(resolver, file, call.arguments[0] as Node | undefined);
      if (options?.node.type !== 'ObjectExpression') continue;
      for (const p of options.node.properties) {
        if (p.type !== 'Property' || nameOf(p.key as Node) !== 'authorize') continue;
        const value = unwrap(p.value as Node);
        if (isFunction(value)) return { file: options.file, fn: value };
        const fn = resolver.functionOf(resolver.valueOf(options.file, value));
        if (fn) return fn;
      }
    }
  }
  return null;
}
