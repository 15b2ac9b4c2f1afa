import type { Endpoint, FunctionRef } from '../core/endpoint.ts';
import { isFunction, type Node, type T } from '../parse/ast.ts';
import { decoratedFunction } from '../parse/decorations.ts';
import type { Project } from '../parse/project.ts';
import type { Resolver } from '../parse/resolve.ts';
import type { SourceFile } from '../parse/source.ts';
import { resolveMethodCall } from '../parse/this-members.ts';

export interface CallSite {
  file: SourceFile;
  call: T.CallExpression;
}

const PROJECT_CALLS = new WeakMap<Project, CallSite[]>();

/** Every call expression of the project (computed once per scan). */
export function projectCalls(project: Project): CallSite[] {
  const cached = PROJECT_CALLS.get(project);
  if (cached) return cached;
  const out: CallSite[] = [];
  for (const file of project.files.values()) for (const call of file.index.CallExpression) out.push({ file, call });
  PROJECT_CALLS.set(project, out);
  return out;
}

/**
 * Calls that run when an endpoint is hit: in its handlers and in the project functions they call
 * (a `signToken(user)` helper in another file), a few levels deep.
 */
const REACHABLE = new WeakMap<Endpoint, CallSite[]>();

/** The project functions an endpoint's handlers call, directly or a few levels down. */
export function reachableFunctions(resolver: Resolver, e: Endpoint, depth = 3): FunctionRef[] {
  const out: FunctionRef[] = [];
  const seen = new Set<Node>(e.handlers.map((h) => h.fn));
  const visit = (ref: FunctionRef, d: number): void => {
    for (const { target } of callsIn(resolver, ref)) {
      if (!target || seen.has(target.fn)) continue;
      seen.add(target.fn);
      out.push(target);
      if (d > 0) visit(target, d - 1);
    }
  };
  for (const h of e.handlers) visit(h, depth - 1);
  return out;
}
const CALLS_IN = new WeakMap<Node, { call: T.CallExpression; target: FunctionRef | null }[]>();

/** The calls inside one function and the project function each one runs, computed once per function. */
function callsIn(resolver: Resolver, ref: FunctionRef): { call: T.CallExpression; target: FunctionRef | null }[] {
  const cached = CALLS_IN.get(ref.fn);
  if (cached) return cached;
  const out: { call: T.CallExpression; target: FunctionRef | null }[] = [];
  // the file's calls were listed in source order when it was parsed: those inside the function are one run of that
  // list, found by binary search rather than by walking the function again
  const calls = ref.file.index.CallExpression;
  let lo = 0;
  let hi = calls.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (calls[mid]!.start < ref.fn.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < calls.length && calls[i]!.start < ref.fn.end; i++) {
    const n = calls[i]!;
    if (n.end > ref.fn.end) continue;
    // (also methods of services: `this.auth.resetPassword(dto)` on an injected service, `passes.redeem(token)`)
    const t =
      resolver.calleeFunction(ref.file, n) ??
      resolveMethodCall(resolver, ref.file, n) ??
      decoratedFunction(resolver, n);
    out.push({ call: n, target: t && isFunction(t.fn) ? t : null });
  }
  CALLS_IN.set(ref.fn, out);
  return out;
}

/** The calls the given functions make, and those of the project functions they call, `depth` levels down. */
function callsFrom(resolver: Resolver, roots: readonly FunctionRef[], depth: number): CallSite[] {
  const out: CallSite[] = [];
  const seen = new Set<Node>();
  const visit = (ref: FunctionRef, d: number): void => {
    if (seen.has(ref.fn)) return;
    seen.add(ref.fn);
    for (const { call, target } of callsIn(resolver, ref)) {
      out.push({ file: ref.file, call });
      if (d > 0 && target) visit(target, d - 1);
    }
  };
  for (const r of roots) visit(r, depth);
  return out;
}

const FROM = new WeakMap<Node, CallSite[]>();

/** The calls a function makes, and those of the project functions it calls, two levels down (memoised per function). */
export function callsReachedFrom(resolver: Resolver, ref: FunctionRef): CallSite[] {
  let calls = FROM.get(ref.fn);
  if (!calls) {
    calls = callsFrom(resolver, [ref], 2);
    FROM.set(ref.fn, calls);
  }
  return calls;
}

export function reachableCalls(resolver: Resolver, e: Endpoint, depth = 3): CallSite[] {
  const cached = depth === 3 ? REACHABLE.get(e) : undefined;
  if (cached) return cached;
  const out = callsFrom(resolver, e.handlers, depth);
  if (depth === 3) REACHABLE.set(e, out);
  return out;
}
