import { calleeName, memberLeaf, type Node, parentOf, stringValue, type T, unwrap } from '../parse/ast.ts';

/**
 * Fields that hold the caller's role or an admin flag (`user.role`, `claims.isAdmin`, `profile.is_staff`,
 * `auth.platformRole`).
 */
export const ROLE_FIELD =
  /^(?:role|roles|isAdmin|admin|is_admin|permissions|permission|scope|scopes|isStaff|is_staff|staff|isSuperuser|is_superuser|superuser|type|accountType|userType|kind|accountKind|userKind|level|group|groups)$|^is_?[a-z]*_?(?:admin|staff|superuser|moderator)$|^[a-z]+(?:Roles?|_roles?)$/i;

/** Roles that see every tenant's or user's objects by design: administrators and the operator's own staff. */
export const PRIVILEGED_ROLE =
  /^(?:super_?)?admin(?:istrator)?s?$|^(?:superuser|super_user|staff|moderator|root|support|backoffice)$/i;
/** Roles held by the people an app's records are about, rather than by its staff. */
export const SUBJECT_ROLE =
  /^(?:parents?|guardians?|students?|pupils?|patients?|customers?|clients?|tenants?|guests?|buyers?|riders?|passengers?|learners?|users?)$/i;
/** Flags that name such a role: `isAdmin`, `is_staff`, `isPlatformAdmin`. */
export const PRIVILEGED_FLAG = /^(?:is_?)?[a-z_]*(?:admin|staff|superuser|moderator)$/i;

/**
 * Is this expression the caller's role or role flag (also a predicate asked about the caller, `isStaff(user)`)? Decided
 * by the caller (it knows where values come from).
 */
export type CallerRole = (n: Node) => boolean;

/**
 * Whether a condition holds exactly when the caller is privileged (`user.role === 'admin'`, `me.isAdmin`,
 * `role === 'staff' || role === 'admin'`): true; when the caller is not (`user.role !== 'admin'`, `!me.isAdmin`):
 * false; null when it tests something else (or mixes a role with other conditions in a way that is neither).
 */
export function privilegedTest(test: Node | null | undefined, isCallerRole: CallerRole): boolean | null {
  const t = unwrap(test);
  if (!t) return null;
  if (t.type === 'UnaryExpression' && t.operator === '!') {
    const inner = privilegedTest(t.argument as Node, isCallerRole);
    return inner === null ? null : !inner;
  }
  if (t.type === 'LogicalExpression' && (t.operator === '||' || t.operator === '&&')) {
    const l = privilegedTest(t.left as Node, isCallerRole);
    const r = privilegedTest(t.right as Node, isCallerRole);
    // `role === 'staff' || role === 'admin'`; `role !== 'staff' && role !== 'admin'` (De Morgan)
    if (l !== null && l === r) return (t.operator === '||') === l ? l : null;
    return null;
  }
  if (t.type === 'BinaryExpression' && /^[!=]==?$/.test(t.operator)) {
    const rightValue = stringValue(t.right as Node);
    const value = rightValue ?? stringValue(t.left as Node);
    const other = (rightValue !== null ? t.left : t.right) as Node;
    if (value === null || !PRIVILEGED_ROLE.test(value) || !isCallerRole(other)) return null;
    return !t.operator.startsWith('!');
  }
  if ((t.type === 'MemberExpression' || t.type === 'Identifier') && isCallerRole(t))
    return PRIVILEGED_FLAG.test(memberLeaf(t) ?? '') ? true : null;
  // `isStaff(user)`, `isAdmin(req.user)`: a predicate named for a privileged role
  if (t.type === 'CallExpression' && isCallerRole(t)) return PRIVILEGED_FLAG.test(calleeName(t) ?? '') ? true : null;
  return null;
}

/**
 * `user.role === 'admin' ? { _id: id } : { _id: id, shelter: user.shelterId }`: the branch every other caller
 * takes (an administrator's unscoped branch is by design). Null when the condition is no role test.
 */
export function ordinaryBranch(
  cond: T.ConditionalExpression,
  isCallerRole: CallerRole,
  named: (id: T.IdentifierReference) => Node | null = () => null,
): Node | null {
  const privileged = privilegedTest(cond.test as Node, isCallerRole);
  if (privileged !== null) return (privileged ? cond.alternate : cond.consequent) as Node;
  // `canViewOthers && params.has('memberId') ? requested : user.id`, with `const canViewOthers = user.role === 'staff'
  // || …`: only privileged callers take the first branch; everyone else takes the second
  return requiresPrivilege(cond.test as Node, isCallerRole, named) ? (cond.alternate as Node) : null;
}

/** The condition holds only for privileged callers: a role test, or one conjunct of an `&&` that is (also named). */
function requiresPrivilege(
  test: Node,
  isCallerRole: CallerRole,
  named: (id: T.IdentifierReference) => Node | null,
  depth = 0,
): boolean {
  const t = unwrap(test);
  if (!t || depth > 3) return false;
  if (privilegedTest(t, isCallerRole) === true) return true;
  if (t.type === 'Identifier') {
    const condition = named(t as T.IdentifierReference);
    return !!condition && requiresPrivilege(condition, isCallerRole, named, depth + 1);
  }
  return (
    t.type === 'LogicalExpression' &&
    t.operator === '&&' &&
    (requiresPrivilege(t.left as Node, isCallerRole, named, depth + 1) ||
      requiresPrivilege(t.right as Node, isCallerRole, named, depth + 1))
  );
}

/**
 * Whether `node` runs only for privileged callers: inside the taken branch of an `if`/`?:` on the caller's role
 * (`if (user.role === 'staff' || user.role === 'admin') { return Application.findOne(filter) }`), below `stop`.
 */
export function inPrivilegedBranch(node: Node, stop: Node, isCallerRole: CallerRole): boolean {
  for (const { test, taken } of branchesAround(node, stop)) {
    const privileged = privilegedTest(test, isCallerRole);
    if (privileged !== null && taken === privileged) return true;
    // (…or one operand of an `&&` that is: `if (req.query.memberId && isStaff(req.user)) memberId = …` runs for staff)
    if (taken && conjuncts(test).some((c) => privilegedTest(c, isCallerRole) === true)) return true;
  }
  return false;
}

/** The operands of an `&&` chain (the test itself when it is none). */
function conjuncts(test: Node): Node[] {
  const t = unwrap(test);
  if (t?.type === 'LogicalExpression' && t.operator === '&&')
    return [...conjuncts(t.left as Node), ...conjuncts(t.right as Node)];
  return t ? [t] : [];
}

/**
 * The `if`/`?:` tests around `node` below `stop`, each with whether `node` sits in the branch taken when the test holds
 * (`taken: false`: in the `else`).
 */
function* branchesAround(node: Node, stop: Node): Generator<{ test: Node; taken: boolean }> {
  let child = node;
  for (let p = parentOf(node); p && child !== stop; child = p, p = parentOf(p)) {
    if ((p.type !== 'IfStatement' && p.type !== 'ConditionalExpression') || child === p.test) continue;
    yield { test: p.test as Node, taken: child === p.consequent };
  }
}

/**
 * The role `node` runs for when it sits in the taken branch of an `if`/`?:` whose test requires the caller's role to
 * equal a literal (`if (role === 'vet' && rx.clinicId === clinicId) return rx`), below `stop`; null elsewhere.
 */
export function requiredRole(
  node: Node,
  stop: Node,
  isCallerRole: CallerRole,
  named: (id: T.IdentifierReference) => Node | null = () => null,
): string | null {
  for (const { test, taken } of branchesAround(node, stop)) {
    const role = taken ? roleConjunct(test, isCallerRole, named) : null;
    if (role !== null) return role;
  }
  return null;
}

/**
 * `role === 'vet'`, or one operand of an `&&` chain that is; also a condition kept in a variable (`const isHr =
 * user.role === 'HR_ADMIN' && …; if (isHr) return request`), whose value `named` gives.
 */
function roleConjunct(
  test: Node,
  isCallerRole: CallerRole,
  named: (id: T.IdentifierReference) => Node | null,
  depth = 0,
): string | null {
  const t = unwrap(test);
  if (t?.type === 'Identifier' && depth < 3) {
    const condition = named(t as T.IdentifierReference);
    return condition ? roleConjunct(condition, isCallerRole, named, depth + 1) : null;
  }
  if (t?.type === 'LogicalExpression' && t.operator === '&&')
    return (
      roleConjunct(t.left as Node, isCallerRole, named, depth) ??
      roleConjunct(t.right as Node, isCallerRole, named, depth)
    );
  if (t?.type !== 'BinaryExpression' || (t.operator !== '===' && t.operator !== '==')) return null;
  const right = stringValue(t.right as Node);
  const value = right ?? stringValue(t.left as Node);
  const other = (right !== null ? t.left : t.right) as Node;
  return value !== null && isCallerRole(other) ? value : null;
}
