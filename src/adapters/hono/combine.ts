import type { Node, T } from '../../parse/ast.ts';
import { stringValue, unwrap } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { throughIdentifier } from '../shared/values.ts';

/**
 * `hono/combine`: `every(a, b)` runs all, `some(a, b)` passes when one passes, `except(paths, mw)` runs `mw`
 * except on the listed paths (`except('/public/*', jwt({ secret }))`, the usual "auth everywhere but …").
 */
export type Combine =
  | { kind: 'every' | 'some'; inner: Node[] }
  /** `patterns` null when the condition is a function we do not evaluate */
  | { kind: 'except'; patterns: string[] | null; inner: Node[] };

export function combineOf(
  resolver: Resolver,
  file: SourceFile,
  expr: Node,
): { file: SourceFile; combine: Combine } | null {
  const at = throughIdentifier(resolver, file, expr);
  if (!at) return null;
  const n = at.node;
  const f = at.file;
  if (n?.type !== 'CallExpression') return null;
  const callee = resolver.valueOf(f, n.callee as Node);
  if (callee.kind !== 'external' || callee.pkg !== 'hono/combine') return null;
  const name = callee.path[callee.path.length - 1];
  const args = (n as T.CallExpression).arguments as Node[];
  if (name === 'every' || name === 'some') return { file: f, combine: { kind: name, inner: args } };
  if (name !== 'except' || args.length < 2) return null;
  const first = unwrap(args[0]);
  const one = stringValue(first);
  const list = first?.type === 'ArrayExpression' ? first.elements.map((e) => stringValue(e as Node)) : null;
  const patterns = one !== null ? [one] : list?.every((x): x is string => x !== null) ? list : null;
  return { file: f, combine: { kind: 'except', patterns, inner: args.slice(1) } };
}
