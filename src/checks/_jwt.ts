import {
  calleeName,
  isFunction,
  memberPath,
  type Node,
  propertyValue,
  stringValue,
  type T,
  unwrap,
  walk,
} from '../parse/ast.ts';
import type { Resolver } from '../parse/resolve.ts';
import type { SourceFile } from '../parse/source.ts';

/** `jwt.sign(...)`, `jsonwebtoken.sign(...)`, `sign(...)` imported from jsonwebtoken. */
export function isJwtCall(
  resolver: Resolver,
  file: SourceFile,
  call: T.CallExpression,
  method: 'sign' | 'verify' | 'decode',
): boolean {
  if (calleeName(call) !== method) return false;
  const v = resolver.valueOf(file, call.callee as Node);
  if (v.kind === 'external') return /jsonwebtoken|jwt/.test(v.pkg) && v.path[v.path.length - 1] === method;
  const p = memberPath(call.callee as Node);
  return !!p && p.length === 2 && /^(?:jwt|jsonwebtoken|JWT|jsonWebToken)$/.test(p[0]!);
}

export type SecretValue =
  | { kind: 'literal'; value: string; node: Node; file: SourceFile }
  | { kind: 'fallback'; value: string; node: Node; file: SourceFile }
  | { kind: 'env' }
  | { kind: 'unknown' };

/** What a secret expression is: a literal in code, an env var with a hard-coded fallback, or an env var. */
export function secretValue(
  resolver: Resolver,
  file: SourceFile,
  expr: Node | null | undefined,
  depth = 0,
): SecretValue {
  const n = unwrap(expr);
  if (!n || depth > 6) return { kind: 'unknown' };
  const s = stringValue(n);
  if (s !== null) return { kind: 'literal', value: s, node: n, file };
  if (n.type === 'LogicalExpression' && (n.operator === '||' || n.operator === '??')) {
    const right = secretValue(resolver, file, n.right as Node, depth + 1);
    // `process.env.JWT_SECRET ?? ''`: an empty fallback is no secret at all (the libraries refuse to sign with it)
    if (right.kind === 'literal' && right.value === '') return secretValue(resolver, file, n.left as Node, depth + 1);
    if (right.kind === 'literal') return { kind: 'fallback', value: right.value, node: right.node, file: right.file };
    return secretValue(resolver, file, n.left as Node, depth + 1);
  }
  if (n.type === 'MemberExpression' && memberPath(n)?.slice(0, 2).join('.') === 'process.env') return { kind: 'env' };
  if (n.type === 'CallExpression' && calleeName(n) === 'encode')
    return secretValue(resolver, file, n.arguments[0] as Node, depth + 1);
  if (n.type === 'CallExpression' && calleeName(n) === 'from' && memberPath(n.callee as Node)?.[0] === 'Buffer')
    return secretValue(resolver, file, n.arguments[0] as Node, depth + 1);
  if (n.type === 'Identifier' || n.type === 'MemberExpression') {
    const v = resolver.valueOf(file, n);
    if (v.kind === 'node' && v.node !== n) return secretValue(resolver, v.file, v.node, depth + 1);
  }
  // `secretOrKey: jwtSecret(config)` where `jwtSecret` returns `config.get('JWT_SECRET') || 'dev-secret'`: what the
  // project's function hands back
  if (n.type === 'CallExpression') {
    const target = resolver.calleeFunction(file, n);
    const fn = target?.fn as T.Function | T.ArrowFunctionExpression | undefined;
    if (target && fn?.body) {
      const returned: Node[] = [];
      if (fn.body.type !== 'BlockStatement') returned.push(fn.body as Node);
      else
        walk(fn.body as Node, (x) => {
          if (isFunction(x)) return false;
          if (x.type === 'ReturnStatement' && x.argument) returned.push(x.argument as Node);
          return undefined;
        });
      for (const r of returned) {
        const v = secretValue(resolver, target.file, r, depth + 1);
        if (v.kind === 'literal' || v.kind === 'fallback') return v;
      }
    }
  }
  return { kind: 'unknown' };
}

/** Option keys that carry a signing secret in the auth libraries we know. */
export const SECRET_KEYS = new Set([
  'secret',
  'secretOrKey',
  'secretOrPrivateKey',
  'privateKey',
  'jwtSecret',
  'signingKey',
  'key',
  'keys',
]);

export function optionsArg(call: T.CallExpression, index: number): Node | null {
  const a = unwrap(call.arguments[index] as Node);
  return a && a.type === 'ObjectExpression' ? a : null;
}

export function hasKey(obj: Node | null, key: string): boolean {
  return !!obj && propertyValue(obj, key) !== null;
}
