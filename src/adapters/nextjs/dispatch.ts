import type { HttpMethod } from '../../core/finding.ts';
import { type Node, stringValue, type T, unwrap, walk } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { HTTP_METHODS } from './routes.ts';

/** One method branch of a pages/api handler: `if (req.method === 'POST') { … }` or `case 'POST':`. */
export interface Branch {
  methods: HttpMethod[];
  node: Node;
  /** the statements that run for these methods: the code before the branch (other branches left out), then the branch */
  statements: Node[];
  /** the branch's own statements (its block, or the case's consequent) */
  own: Node[];
  /**
   * the path below a catch-all it runs for, when tests on the destructured segments decide (`const [id, action] = …;
   * if (!id) { … }` → none; `if (!action) { … }` → `{id}`; `if (id && action === 'pdf' && req.method === 'GET')` →
   * `{id}`, `pdf`)
   */
  segments?: string[];
  /**
   * the function whose statements `statements` are, when the handler hands the request on to another one by segment
   * (`if (resource === 'purchases') return purchases(req, res, id, action)`), with the parameters that receive
   * segments (index → segment name)
   */
  delegate?: {
    file: SourceFile;
    fn: Node;
    segmentParams: ReadonlyMap<number, string>;
    callerParams: readonly number[];
  };
}

export interface Dispatch {
  branches: Branch[];
  /** methods left by a guard such as `if (req.method !== 'POST') return res.status(405).end()` */
  allowed: HttpMethod[] | null;
}

type MethodSet = Set<HttpMethod>;
const ALL: MethodSet = new Set(HTTP_METHODS);

/**
 * How a pages/api handler dispatches on `req.method`: if/else-if chains, `switch (req.method)` (also through
 * `const { method } = req`), both inside a top-level try; and guards that reject every other method.
 */
export function dispatchOf(
  resolver: Resolver,
  file: SourceFile,
  fn: Node,
  seed: { names: string[]; scope: SegmentScope } | null = null,
  depth = 0,
): Dispatch {
  const body = (fn as T.Function).body as Node | null;
  const result: Dispatch = { branches: [], allowed: null };
  if (body?.type !== 'BlockStatement') return result;
  const ctx: Ctx = { resolver, file, fn, ...(seed ? { names: seed.names } : {}) };

  const walkStatements = (stmts: Node[], prefix: Node[], after: Node[], scope: SegmentScope | null = null): void => {
    const before: Node[] = [];
    for (const st of stmts) {
      if (st.type === 'IfStatement') {
        const set = methodSet(ctx, st.test as Node);
        if (set && set.size > 0 && set.size <= 3) {
          ifChain(st, [...prefix, ...before], after);
          continue;
        }
        if (set && set.size >= 4 && set.size < ALL.size && exits(st.consequent as Node)) {
          const allowed = [...ALL].filter((m) => !set.has(m));
          result.allowed = result.allowed ? result.allowed.filter((m) => allowed.includes(m)) : allowed;
          continue;
        }
      }
      // tests on a catch-all's segments: `const [id] = segments(req, 'id'); if (!id) { if (req.method === 'GET') … }`
      // answers the collection, `if (id && action === 'pdf' && req.method === 'GET')` the path it names
      if (st.type === 'IfStatement' && segmentIf(st, [...prefix, ...before], after, scope)) continue;
      if (st.type === 'SwitchStatement' && isMethod(ctx, st.discriminant as Node)) {
        switchCases(st, [...prefix, ...before], after);
        continue;
      }
      if (st.type === 'TryStatement') {
        // the catch block runs for every branch inside the try
        const handler = (st.handler?.body.body as Node[] | undefined) ?? [];
        const found = result.branches.length;
        walkStatements(st.block.body as Node[], [...prefix, ...before], [...handler, ...after]);
        if (result.branches.length > found) continue;
      }
      before.push(st);
    }
  };

  const segmentIf = (st: T.IfStatement, before: Node[], after: Node[], scope: SegmentScope | null): boolean => {
    const sb = segmentTest(ctx, st.test as Node, scope);
    if (!sb) return false;
    const own = blockOf(st.consequent as Node);
    const segments = pathOf(sb.scope, sb.names);
    if (sb.methods) {
      result.branches.push({
        methods: [...sb.methods],
        node: st,
        statements: [...before, ...own, ...after],
        own,
        segments,
      });
      return true;
    }
    // …handed on to a function of the project with the segments (`return purchases(req, res, id, action)`): its own
    // tests on them, and on the method, answer there
    const handed = depth < 2 ? segmentDelegate(ctx, own, sb.names) : null;
    if (handed) {
      const inner = dispatchOf(resolver, handed.file, handed.fn, { names: handed.names, scope: sb.scope }, depth + 1);
      const delegate = {
        file: handed.file,
        fn: handed.fn,
        segmentParams: handed.segmentParams,
        callerParams: handed.callerParams,
      };
      const at = pathOf(sb.scope, handed.names);
      const branches =
        inner.branches.length > 0
          ? inner.branches
          : inner.allowed && inner.allowed.length > 0 && inner.allowed.length <= 3
            ? [{ methods: inner.allowed, node: st, statements: [], own: [] }]
            : [];
      for (const b of branches)
        result.branches.push({
          ...b,
          node: b.node ?? st,
          segments: b.segments ?? at,
          delegate: b.delegate ?? delegate,
        });
      if (branches.length > 0) return true;
    }
    // a test on segments alone (`if (!id) { … }`, `if (resource === 'users') { … }`): the branches inside answer there
    const found = result.branches.length;
    walkStatements(own, before, after, sb.scope);
    for (const b of result.branches.slice(found)) b.segments ??= segments;
    return result.branches.length > found;
  };

  const ifChain = (st: T.IfStatement, before: Node[], after: Node[]): void => {
    const set = methodSet(ctx, st.test as Node);
    if (!set || set.size === 0 || set.size > 3) return;
    const own = blockOf(st.consequent as Node);
    result.branches.push({ methods: [...set], node: st, statements: [...before, ...own, ...after], own });
    const alt = st.alternate as Node | null;
    if (alt?.type === 'IfStatement') ifChain(alt, before, after);
  };

  const switchCases = (st: T.SwitchStatement, before: Node[], after: Node[]): void => {
    let group: HttpMethod[] = [];
    let first: Node | null = null;
    for (const c of st.cases) {
      if (!c.test) {
        group = [];
        first = null;
        continue;
      }
      const m = stringValue(c.test as Node)?.toUpperCase();
      if (m && ALL.has(m as HttpMethod)) {
        group.push(m as HttpMethod);
        first ??= c as Node;
      }
      if (c.consequent.length > 0) {
        if (first && group.length > 0)
          result.branches.push({
            methods: group,
            node: first,
            statements: [...before, ...(c.consequent as Node[]), ...after],
            own: c.consequent as Node[],
          });
        group = [];
        first = null;
      }
    }
  };

  walkStatements(body.body as Node[], [], [], seed?.scope ?? null);
  return result;
}

interface Ctx {
  resolver: Resolver;
  file: SourceFile;
  fn: Node;
  /** the catch-all's segments as this function names them, when a handler handed them on */
  names?: string[];
}

/** The caller's id as a handler reads it from its session or token: `session.user.id`, `auth.userId`, `token.sub`. */
const CALLER_ID_TEXT =
  /^(?:session|auth|token|user|me|req\.user|req\.auth|request\.user)\??\.(?:user\??\.)?(?:id|sub|_id|userId)$/;

/**
 * `return purchases(req, res, id, action)` as the whole of a branch: the project function it hands the request, the
 * response and catch-all segments to, with the segments named as its parameters name them.
 */
function segmentDelegate(
  ctx: Ctx,
  own: Node[],
  names: string[],
): {
  file: SourceFile;
  fn: Node;
  names: string[];
  segmentParams: Map<number, string>;
  callerParams: number[];
} | null {
  if (own.length !== 1) return null;
  const st = own[0]!;
  const call = unwrap(
    st.type === 'ReturnStatement'
      ? (st.argument as Node | null)
      : st.type === 'ExpressionStatement'
        ? st.expression
        : null,
  );
  if (call?.type !== 'CallExpression') return null;
  const target = ctx.resolver.calleeFunction(ctx.file, call);
  if (!target || target.fn === ctx.fn) return null;
  const params = (target.fn as T.Function).params.map((p) => {
    const id = p.type === 'AssignmentPattern' ? p.left : p;
    return id.type === 'Identifier' ? id.name : '';
  });
  const handlerParams = (ctx.fn as T.Function).params.map((p) => (p.type === 'Identifier' ? p.name : ''));
  // (the request goes first, as the handler got it)
  const first = unwrap(call.arguments[0] as Node | undefined);
  if (first?.type !== 'Identifier' || first.name !== handlerParams[0]) return null;
  const inner = names.map(() => '');
  const segmentParams = new Map<number, string>();
  call.arguments.forEach((a, i) => {
    const u = unwrap(a as Node);
    const at = u?.type === 'Identifier' ? names.indexOf(u.name) : -1;
    if (at >= 0 && params[i]) {
      inner[at] = params[i]!;
      segmentParams.set(i, params[i]!);
    }
  });
  if (segmentParams.size === 0 && !call.arguments.some((a) => unwrap(a as Node)?.type === 'Identifier')) return null;
  // (and the caller's id handed beside them: `purchases(req, res, session.user.id, id, action)`)
  const callerParams = call.arguments.flatMap((a, i) =>
    CALLER_ID_TEXT.test(ctx.file.text.slice(a.start, a.end).replace(/\s+/g, '')) ? [i] : [],
  );
  return { file: target.file, fn: target.fn, names: inner, segmentParams, callerParams };
}

/** `req.method`, `method` from `const { method } = req`, `req.method?.toUpperCase()`. */
function isMethod(ctx: Ctx, expr: Node): boolean {
  let e = unwrap(expr);
  if (e?.type === 'CallExpression') {
    const callee = unwrap(e.callee as Node);
    if (
      callee?.type === 'MemberExpression' &&
      /^to(?:Upper|Lower)Case$/.test(String((callee.property as T.IdentifierName).name))
    )
      e = unwrap(callee.object as Node);
  }
  if (!e) return false;
  const v = ctx.resolver.valueOf(ctx.file, e);
  if (v.kind === 'param') return v.fn === ctx.fn && v.index === 0 && v.path.length === 1 && v.path[0] === 'method';
  if (v.kind === 'node' && v.node !== e && (v.node.type === 'MemberExpression' || v.node.type === 'CallExpression'))
    return isMethod(ctx, v.node);
  return false;
}

/** The methods for which a condition on `req.method` holds; null when the condition is not only about the method. */
function methodSet(ctx: Ctx, test: Node): MethodSet | null {
  const t = unwrap(test);
  if (!t) return null;
  if (t.type === 'BinaryExpression' && ['===', '==', '!==', '!='].includes(t.operator)) {
    const l = t.left as Node;
    const r = t.right as Node;
    const lit = isMethod(ctx, l) ? stringValue(r) : isMethod(ctx, r) ? stringValue(l) : null;
    if (lit === null) return null;
    const one: MethodSet = new Set(ALL.has(lit.toUpperCase() as HttpMethod) ? [lit.toUpperCase() as HttpMethod] : []);
    return t.operator.startsWith('!') ? complement(one) : one;
  }
  if (t.type === 'LogicalExpression' && (t.operator === '||' || t.operator === '&&')) {
    const a = methodSet(ctx, t.left as Node);
    const b = methodSet(ctx, t.right as Node);
    if (!a || !b) return null;
    return t.operator === '||' ? new Set([...a, ...b]) : new Set([...a].filter((m) => b.has(m)));
  }
  if (t.type === 'UnaryExpression' && t.operator === '!') {
    const a = methodSet(ctx, t.argument as Node);
    return a ? complement(a) : null;
  }
  // ['GET', 'HEAD'].includes(req.method)
  if (t.type === 'CallExpression' && t.arguments.length === 1 && isMethod(ctx, t.arguments[0] as Node)) {
    const callee = unwrap(t.callee as Node);
    if (callee?.type !== 'MemberExpression' || (callee.property as T.IdentifierName).name !== 'includes') return null;
    const v = ctx.resolver.valueOf(ctx.file, callee.object as Node);
    const arr = v.kind === 'node' ? unwrap(v.node) : null;
    if (arr?.type !== 'ArrayExpression') return null;
    const names = arr.elements.map((el) => stringValue(el as Node)?.toUpperCase());
    return new Set(names.filter((n): n is HttpMethod => !!n && ALL.has(n as HttpMethod)));
  }
  return null;
}

/** The destructured segments of a catch-all the handler reads (`const [id, action, subId] = segments(req, 'params')`). */
function segmentNames(ctx: Ctx): string[] | null {
  if (ctx.names) return ctx.names;
  const known = SEGMENT_NAMES.get(ctx.fn);
  if (known !== undefined) return known;
  let names: string[] | null = null;
  const SEGMENTS = /\bquery\b|segments|params|slug|path/i;
  const textOf = (n: Node | null | undefined) => ctx.file.text.slice(n?.start ?? 0, n?.end ?? 0);
  /** arrays of segments held in a local (`const segments = (req.query.id as string[]) ?? []`) */
  const arrays = new Set<string>();
  /** …and their elements taken one by one (`const payoutId = segments[0]`), by index */
  const picked: string[] = [];
  walk(ctx.fn, (n) => {
    if (names) return false;
    if (n.type !== 'VariableDeclarator') return undefined;
    if (n.id.type === 'ArrayPattern') {
      if (SEGMENTS.test(textOf(n.init as Node | null)))
        names = n.id.elements.map((e) => (e && e.type === 'Identifier' ? e.name : ''));
      return undefined;
    }
    if (n.id.type !== 'Identifier') return undefined;
    const init = unwrap(n.init as Node | null);
    const indexed = init?.type === 'MemberExpression' && init.computed ? unwrap(init.object as Node) : null;
    if (init?.type === 'MemberExpression' && indexed?.type === 'Identifier' && arrays.has(indexed.name)) {
      const index = unwrap(init.property as Node);
      if (index?.type === 'Literal' && typeof index.value === 'number') picked[index.value] = n.id.name;
    } else if (SEGMENTS.test(textOf(n.init as Node | null))) arrays.add(n.id.name);
    return undefined;
  });
  if (!names && picked.length > 0) names = Array.from(picked, (x) => x ?? '');
  SEGMENT_NAMES.set(ctx.fn, names);
  return names;
}

const SEGMENT_NAMES = new WeakMap<Node, string[] | null>();

/** What tests on a catch-all's segments fixed so far: literal segments by index, and how deep the path goes. */
export interface SegmentScope {
  fixed: ReadonlyMap<number, string>;
  deepest: number;
}

/**
 * `id && action === 'pdf' && req.method === 'GET'`: a method test joined with tests on the catch-all's segments — the
 * methods (null when there is no method test), and what the segment tests fix, on top of the scope of the `if`s around
 * it (`if (resource === 'users') { if (!id && req.method === 'GET') … }`). Null when any part tests something else.
 */
function segmentTest(
  ctx: Ctx,
  test: Node,
  scope: SegmentScope | null,
): { methods: MethodSet | null; scope: SegmentScope; names: string[] } | null {
  const parts: Node[] = [];
  const flatten = (n: Node): void => {
    const t = unwrap(n);
    if (t?.type === 'LogicalExpression' && t.operator === '&&') {
      flatten(t.left as Node);
      flatten(t.right as Node);
    } else if (t) parts.push(t);
  };
  flatten(test);
  // (a single test can name a segment only as `resource === 'users'`, `!id` or `id === undefined`)
  const segmentLike = (p: Node) =>
    (p.type === 'BinaryExpression' &&
      (stringValue(p.right as Node) !== null || unwrap(p.right as Node)?.type === 'Identifier')) ||
    (p.type === 'UnaryExpression' && p.operator === '!' && unwrap(p.argument as Node)?.type === 'Identifier');
  const names = parts.length > 1 || scope || parts.some(segmentLike) ? segmentNames(ctx) : null;
  if (!names) return null;
  let methods = null as MethodSet | null;
  const fixed = new Map<number, string>(scope?.fixed ?? []);
  let deepest = scope?.deepest ?? -1;
  let absent: number | null = null;
  let segmentParts = 0;
  for (const p of parts) {
    const m = methodSet(ctx, p);
    if (m) {
      const prev: MethodSet | null = methods;
      methods = prev ? new Set<HttpMethod>([...prev].filter((x) => m.has(x))) : m;
      continue;
    }
    segmentParts++;
    if (p.type === 'Identifier' && names.includes(p.name)) {
      deepest = Math.max(deepest, names.indexOf(p.name));
      continue;
    }
    // `!id`: the path ends before that segment
    if (p.type === 'UnaryExpression' && p.operator === '!') {
      const a = unwrap(p.argument as Node);
      if (a?.type === 'Identifier' && names.includes(a.name)) {
        const i = names.indexOf(a.name);
        absent = absent === null ? i : Math.min(absent, i);
        continue;
      }
    }
    if (p.type === 'BinaryExpression' && (p.operator === '===' || p.operator === '==')) {
      const l = unwrap(p.left as Node);
      const r = unwrap(p.right as Node);
      // `action === undefined`: as `!action`
      if (l?.type === 'Identifier' && names.includes(l.name) && r?.type === 'Identifier' && r.name === 'undefined') {
        const i = names.indexOf(l.name);
        absent = absent === null ? i : Math.min(absent, i);
        continue;
      }
      const lit = stringValue(p.right as Node);
      if (l?.type === 'Identifier' && names.includes(l.name) && lit !== null && /^[\w.-]+$/.test(lit)) {
        const i = names.indexOf(l.name);
        fixed.set(i, lit);
        deepest = Math.max(deepest, i);
        continue;
      }
    }
    return null;
  }
  if (segmentParts === 0 && !scope) return null;
  if (absent !== null) deepest = Math.min(deepest < 0 ? absent - 1 : deepest, absent - 1);
  if (methods && (methods.size === 0 || methods.size > 3)) return null;
  return { methods, scope: { fixed, deepest }, names };
}

function pathOf(scope: SegmentScope, names: string[]): string[] {
  const segments: string[] = [];
  for (let i = 0; i <= scope.deepest; i++) segments.push(scope.fixed.get(i) ?? `{${names[i] || `p${i}`}}`);
  return segments;
}

function complement(s: MethodSet): MethodSet {
  return new Set([...ALL].filter((m) => !s.has(m)));
}

function blockOf(n: Node): Node[] {
  return n.type === 'BlockStatement' ? (n.body as Node[]) : [n];
}

/** The branch always leaves the handler (return or throw as its last statement). */
function exits(n: Node): boolean {
  if (n.type === 'ReturnStatement' || n.type === 'ThrowStatement') return true;
  if (n.type === 'BlockStatement') {
    const last = (n.body as Node[])[n.body.length - 1];
    return !!last && exits(last);
  }
  return false;
}
