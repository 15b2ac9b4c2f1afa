import { memberPath, type Node, parentOf, stringValue, type T, unwrap } from '../../parse/ast.ts';

/**
 * Evaluates a condition on the request method for one method: `c.req.method !== 'GET'`,
 * `req.method === 'POST' || req.method === 'PUT'`, `['POST', 'PUT'].includes(request.method)`.
 * Null when the condition is about something else too.
 */
export function methodCondition(test: Node, method: string): boolean | null {
  const t = unwrap(test);
  if (!t) return null;
  if (t.type === 'BinaryExpression' && ['===', '==', '!==', '!='].includes(t.operator)) {
    const l = t.left as Node;
    const r = t.right as Node;
    const lit = isMethodRead(l) ? stringValue(r) : isMethodRead(r) ? stringValue(l) : null;
    if (lit === null) return null;
    const eq = lit.toUpperCase() === method.toUpperCase();
    return t.operator.startsWith('!') ? !eq : eq;
  }
  if (t.type === 'LogicalExpression' && (t.operator === '&&' || t.operator === '||')) {
    const a = methodCondition(t.left as Node, method);
    const b = methodCondition(t.right as Node, method);
    if (t.operator === '&&') return a === false || b === false ? false : a && b ? true : null;
    return a === true || b === true ? true : a === false && b === false ? false : null;
  }
  if (t.type === 'UnaryExpression' && t.operator === '!') {
    const a = methodCondition(t.argument as Node, method);
    return a === null ? null : !a;
  }
  if (t.type === 'CallExpression' && t.arguments.length === 1 && isMethodRead(t.arguments[0] as Node)) {
    const callee = unwrap(t.callee as Node);
    const arr = callee?.type === 'MemberExpression' ? unwrap(callee.object as Node) : null;
    const prop = callee?.type === 'MemberExpression' ? (callee.property as Node) : null;
    if (arr?.type !== 'ArrayExpression' || prop?.type !== 'Identifier' || prop.name !== 'includes') return null;
    return arr.elements.some((e) => stringValue(e as Node)?.toUpperCase() === method.toUpperCase());
  }
  return null;
}

/** `c.req.method`, `req.method`, `request.method`, also upper/lower-cased. */
function isMethodRead(n: Node): boolean {
  let u = unwrap(n);
  if (u?.type === 'CallExpression') {
    const p = memberPath(u.callee as Node);
    if (p && /^to(?:Upper|Lower)Case$/.test(p.at(-1) ?? ''))
      u = unwrap((u.callee as T.MemberExpression).object as Node);
  }
  const p = memberPath(u);
  return !!p && p.length >= 2 && p.at(-1) === 'method';
}

/**
 * Whether `node`, somewhere inside `root`, runs for `method`: false when an enclosing `if`/`?:` on the
 * request method excludes it, true otherwise (unknown conditions count as running).
 */
export function runsForMethod(node: Node, root: Node, method: string): boolean {
  let child: Node = node;
  for (let p = parentOf(node); p && child !== root; child = p, p = parentOf(p)) {
    if (p.type === 'IfStatement' || p.type === 'ConditionalExpression') {
      if (child === p.test) continue;
      const c = methodCondition(p.test as Node, method);
      if (c === null) continue;
      if ((child === p.consequent) !== c) return false;
    }
  }
  return true;
}
