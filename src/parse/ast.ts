import type * as T from '@oxc-project/types';
import { CHILDREN, type VisitChild } from './children.generated.ts';

export type { T };
export type Node = T.Node;
export type FunctionNode = T.Function | T.ArrowFunctionExpression;

/**
 * Depth-first walk over an ESTree subtree, children in source order. `enter` returning `false` skips the
 * node's children. Recursive on purpose: no per-node allocation (the walk is the scanner's hottest loop);
 * real ASTs are far shallower than the call stack. Children are read by a generated function per node type
 * (children.generated.ts): fixed property names instead of a megamorphic `node[key]` loop.
 */
export function walk(root: Node, enter: (node: Node, parent: Node | null) => boolean | undefined): void {
  const visit = (node: Node, parent: Node | null): void => {
    if (enter(node, parent) === false) return;
    CHILDREN.get(node.type)?.(node as unknown as Parameters<VisitChild>[0], visit as unknown as VisitChild);
  };
  visit(root, null);
}

/** Node types the project index keeps lists of, so later passes need not walk every file again. */
export const INDEXED = [
  'CallExpression',
  'NewExpression',
  'ClassDeclaration',
  'TSInterfaceDeclaration',
  'VariableDeclarator',
  'AssignmentExpression',
  'ArrayExpression',
  'Decorator',
] as const;
export type IndexedType = (typeof INDEXED)[number];
export type NodeIndex = { [K in IndexedType]: Extract<Node, { type: K }>[] };

/**
 * Records each node's parent (as a `parent` property: far cheaper than a side table for millions of
 * nodes) and indexes the node types later passes look for. Done once per file by the project loader.
 */
export function linkParents(root: Node): NodeIndex {
  // a Map: most node types are not indexed, and a miss on an object keyed by type is a slow megamorphic load
  const lists = new Map<string, Node[]>(INDEXED.map((t) => [t, []]));
  walk(root, (node, parent) => {
    (node as { parent?: Node | null }).parent = parent;
    lists.get(node.type)?.push(node);
  });
  return Object.fromEntries(lists) as unknown as NodeIndex;
}

export function parentOf(node: Node): Node | null {
  return ((node as { parent?: Node | null }).parent as Node | null | undefined) ?? null;
}

/** The nearest function around a node (null at module level). */
export function enclosingFunction(node: Node): FunctionNode | null {
  for (let p = parentOf(node); p; p = parentOf(p)) if (isFunction(p)) return p;
  return null;
}

export function isFunction(node: Node | null | undefined): node is FunctionNode {
  return (
    !!node &&
    (node.type === 'ArrowFunctionExpression' ||
      node.type === 'FunctionExpression' ||
      node.type === 'FunctionDeclaration')
  );
}

/**
 * What a function hands back: its expression body, or the argument of each `return` in its own body (not in functions
 * nested in it), in source order (`null` for a bare `return`).
 */
export function returnedExpressions(fn: Node): (Node | null)[] {
  if (!isFunction(fn)) return [];
  const body = unwrap(fn.body as Node | null);
  if (!body) return [];
  if (body.type !== 'BlockStatement') return [body];
  const out: (Node | null)[] = [];
  returnsIn(body, out);
  return out;
}

/**
 * The `return`s of a statement, in source order. Only statements are descended into: a `return` is a statement, and
 * an expression holds statements only inside a function or a class (whose returns are not this function's). Called
 * for every handler, so it skips the expressions a full walk would visit.
 */
function returnsIn(st: Node | null | undefined, out: (Node | null)[]): void {
  if (!st) return;
  switch (st.type) {
    case 'ReturnStatement':
      out.push(unwrap(st.argument as Node | null));
      return;
    case 'BlockStatement':
      for (const s of st.body) returnsIn(s as Node, out);
      return;
    case 'IfStatement':
      returnsIn(st.consequent as Node, out);
      returnsIn(st.alternate as Node | null, out);
      return;
    case 'TryStatement':
      returnsIn(st.block as Node, out);
      returnsIn(st.handler?.body as Node | undefined, out);
      returnsIn(st.finalizer as Node | null, out);
      return;
    case 'SwitchStatement':
      for (const c of st.cases) for (const s of c.consequent) returnsIn(s as Node, out);
      return;
    case 'ForStatement':
    case 'ForInStatement':
    case 'ForOfStatement':
    case 'WhileStatement':
    case 'DoWhileStatement':
    case 'LabeledStatement':
    case 'WithStatement':
      returnsIn(st.body as Node, out);
      return;
    default:
      return;
  }
}

/** Strips parentheses, `as`, `satisfies`, non-null and type assertions around an expression. */
export function unwrap(node: Node | null | undefined): Node | null {
  let n = node ?? null;
  while (n) {
    if (
      n.type === 'ParenthesizedExpression' ||
      n.type === 'TSAsExpression' ||
      n.type === 'TSSatisfiesExpression' ||
      n.type === 'TSNonNullExpression' ||
      n.type === 'TSTypeAssertion' ||
      n.type === 'ChainExpression' ||
      n.type === 'AwaitExpression'
    ) {
      n = (n as { expression?: Node; argument?: Node }).expression ?? (n as { argument?: Node }).argument ?? null;
    } else break;
  }
  return n;
}

/** The name of an identifier, private name or string-literal key; null otherwise. */
export function nameOf(node: Node | null | undefined): string | null {
  if (!node) return null;
  if (node.type === 'Identifier' || node.type === 'PrivateIdentifier') return node.name;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  return null;
}

/** The static string value of a literal or a template without expressions; null otherwise. */
export function stringValue(node: Node | null | undefined): string | null {
  const n = unwrap(node);
  if (!n) return null;
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return n.quasis[0]?.value.cooked ?? null;
  return null;
}

/** `a.b.c` → ['a','b','c'] for member chains over identifiers, `this` and calls (call = `()` suffix); null when dynamic. */
export function memberPath(node: Node | null | undefined): string[] | null {
  // collected from the leaf inwards, reversed once at the end
  const parts: string[] = [];
  let n = unwrap(node);
  while (n) {
    if (n.type === 'MemberExpression') {
      const prop = n.computed ? stringValue(n.property) : nameOf(n.property);
      if (prop === null) return null;
      parts.push(prop);
      n = unwrap(n.object);
    } else if (n.type === 'Identifier') {
      parts.push(n.name);
      return parts.reverse();
    } else if (n.type === 'ThisExpression') {
      parts.push('this');
      return parts.reverse();
    } else if (n.type === 'CallExpression') {
      parts.push('()');
      n = unwrap(n.callee);
    } else if (n.type === 'Super') {
      parts.push('super');
      return parts.reverse();
    } else return null;
  }
  return null;
}

/**
 * The first segment of `memberPath(node)` (`req` for `req.params.id`), without building the path: the hot
 * passes ask this of every member expression, and most chains turn out not to interest them.
 */
export function memberRoot(node: Node | null | undefined): string | null {
  let n = unwrap(node);
  while (n) {
    if (n.type === 'MemberExpression') {
      if (n.computed ? stringValue(n.property) === null : nameOf(n.property) === null) return null;
      n = unwrap(n.object);
    } else if (n.type === 'Identifier') return n.name;
    else if (n.type === 'ThisExpression') return 'this';
    else if (n.type === 'CallExpression') n = unwrap(n.callee);
    else if (n.type === 'Super') return 'super';
    else return null;
  }
  return null;
}

/** The last segment of `memberPath(node)` (`id` for `req.params.id`), without building the path. */
export function memberLeaf(node: Node | null | undefined): string | null {
  if (memberRoot(node) === null) return null;
  const n = unwrap(node)!;
  if (n.type === 'MemberExpression') return n.computed ? stringValue(n.property) : nameOf(n.property);
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'CallExpression') return '()';
  return n.type === 'ThisExpression' ? 'this' : 'super';
}

/** The dotted text of a member chain (`req.user.id`), or null. Calls appear as `()`. */
export function dotted(node: Node | null | undefined): string | null {
  const p = memberPath(node);
  return p ? p.join('.').replace(/\.\(\)/g, '()') : null;
}

/** For a call `a.b.c(...)`, returns the callee path ['a','b','c']. */
export function calleePath(call: T.CallExpression | T.NewExpression): string[] | null {
  return memberPath(call.callee);
}

/** The last property name of a call's callee: `prisma.todo.findMany(...)` → 'findMany'. */
export function calleeName(call: T.CallExpression | T.NewExpression): string | null {
  const c = unwrap(call.callee);
  if (!c) return null;
  if (c.type === 'Identifier') return c.name;
  if (c.type === 'MemberExpression') return c.computed ? stringValue(c.property) : nameOf(c.property);
  return null;
}

/** Object-literal property by key name. */
export function property(obj: Node | null | undefined, key: string): T.ObjectProperty | null {
  const o = unwrap(obj);
  if (o?.type !== 'ObjectExpression') return null;
  for (const p of o.properties) {
    if (p.type === 'Property' && !p.computed && nameOf(p.key) === key) return p;
    if (p.type === 'Property' && p.computed && stringValue(p.key) === key) return p;
  }
  return null;
}

export function propertyValue(obj: Node | null | undefined, key: string): Node | null {
  return (property(obj, key)?.value as Node | undefined) ?? null;
}

/** Names bound by a binding pattern (`{ a, b: c, ...rest }` → a, c, rest). */
export function boundNames(pattern: Node | null | undefined): string[] {
  const out: string[] = [];
  const visit = (p: Node | null | undefined): void => {
    if (!p) return;
    switch (p.type) {
      case 'Identifier':
        out.push(p.name);
        break;
      case 'ObjectPattern':
        for (const prop of p.properties) visit(prop.type === 'RestElement' ? prop.argument : (prop.value as Node));
        break;
      case 'ArrayPattern':
        for (const el of p.elements) visit(el as Node | null);
        break;
      case 'AssignmentPattern':
        visit(p.left);
        break;
      case 'RestElement':
        visit(p.argument);
        break;
      case 'TSParameterProperty':
        visit(p.parameter);
        break;
      default:
        break;
    }
  };
  visit(pattern);
  return out;
}

/** `boundNames(pattern).includes(name)` without building the list: resolving a name asks it of every parameter. */
export function bindsName(pattern: Node | null | undefined, name: string): boolean {
  if (!pattern) return false;
  switch (pattern.type) {
    case 'Identifier':
      return pattern.name === name;
    case 'ObjectPattern':
      for (const prop of pattern.properties)
        if (bindsName(prop.type === 'RestElement' ? prop.argument : (prop.value as Node), name)) return true;
      return false;
    case 'ArrayPattern':
      for (const el of pattern.elements) if (bindsName(el as Node | null, name)) return true;
      return false;
    case 'AssignmentPattern':
      return bindsName(pattern.left, name);
    case 'RestElement':
      return bindsName(pattern.argument, name);
    case 'TSParameterProperty':
      return bindsName(pattern.parameter, name);
    default:
      return false;
  }
}

/** The source text of a node. */
export function textOf(source: string, node: Node): string {
  return source.slice(node.start, node.end);
}
