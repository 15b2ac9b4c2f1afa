import { defineCheck, type Report } from '../core/check.ts';
import type { FunctionRef } from '../core/endpoint.ts';
import { callChain } from '../facts/data-access.ts';
import { boundNames, type Node, type T, unwrap, walk } from '../parse/ast.ts';
import type { Resolver } from '../parse/resolve.ts';
import type { SourceFile } from '../parse/source.ts';
import { locationOf } from '../parse/source.ts';
import { findErrorLeak } from './_errors.ts';
import { endpointLabel } from './_idiom.ts';

const ERROR_NAME = /^(?:e|err|error|ex|exc|exception|dbError|dbErr|sqlError|queryError)$/;

const FIX = {
  summary: 'Log the error on the server; send the client a generic message and an id',
  steps: [
    'Log the full error (with a request id) on the server.',
    'Respond with a fixed message and status (500, or 4xx for known client errors), never err.message, err.stack or driver errors.',
  ],
  example:
    "app.use((err, req, res, next) => {\n  const id = crypto.randomUUID();\n  logger.error({ err, id });\n  res.status(err.status ?? 500).json({ error: 'Internal error', id });\n});",
};

/** `const { data, error } = await supabase.from(…)…`: the name is destructured from a data-layer call's result. */
function fromDataLayer(fn: Node, name: string, accesses: ReadonlyMap<Node, unknown>): boolean {
  let found = false;
  walk(fn, (n) => {
    if (found) return false;
    if (n.type !== 'VariableDeclarator' || n.id.type !== 'ObjectPattern' || !boundNames(n.id as Node).includes(name))
      return undefined;
    const init = unwrap(n.init as Node | null);
    if (init?.type === 'CallExpression' && callChain(init).some((c) => accesses.has(c))) found = true;
    return undefined;
  });
  return found;
}

/**
 * Where an error handler sends the error's details: an Express-style `(err, req, res, next)` handler, or Koa/Hono-style
 * error middleware (`try { await next() } catch (err) { ctx.body = … }`).
 */
function handlerLeak(h: FunctionRef): Node | null {
  // (a router's handler is asked once for each of its routes)
  const known = LEAKS.get(h.fn);
  if (known !== undefined) return known;
  const leak = findHandlerLeak(h);
  LEAKS.set(h.fn, leak);
  return leak;
}

const LEAKS = new WeakMap<Node, Node | null>();

function findHandlerLeak(h: FunctionRef): Node | null {
  const fn = h.fn as T.Function;
  const errName = fn.params[0] ? boundNames(fn.params[0] as Node)[0] : undefined;
  const leak = errName && fn.params.length >= 2 ? findErrorLeak(h.fn, errName, h.file.text) : null;
  if (leak) return leak;
  const m = h.file.text.slice(h.fn.start, h.fn.end).match(/catch\s*\(\s*(\w+)/);
  return m ? findErrorLeak(h.fn, m[1]!, h.file.text) : null;
}

/**
 * `catch (err) { return handleError(err) }`: the error handed to a function of the project that answers with its
 * details (`return NextResponse.json({ error: 'Internal Server Error', message: err.message }, { status: 500 })`).
 */
function passedOnLeak(
  resolver: Resolver,
  file: SourceFile,
  body: Node,
  name: string,
): { file: SourceFile; node: Node } | null {
  let found: { file: SourceFile; node: Node } | null = null;
  walk(body, (n) => {
    if (found) return false;
    if (n.type !== 'CallExpression') return undefined;
    const i = n.arguments.findIndex((a) => {
      const u = unwrap(a as Node);
      return u?.type === 'Identifier' && u.name === name;
    });
    if (i < 0) return undefined;
    const target = resolver.calleeFunction(file, n);
    const param = target ? ((target.fn as T.Function).params?.[i] as Node | undefined) : undefined;
    const paramName = param ? boundNames(param)[0] : undefined;
    if (!target || !paramName) return undefined;
    let byParam = PASSED_ON.get(target.fn);
    if (!byParam) {
      byParam = new Map();
      PASSED_ON.set(target.fn, byParam);
    }
    let leak = byParam.get(i);
    if (leak === undefined) {
      leak = findErrorLeak(target.fn, paramName, target.file.text);
      byParam.set(i, leak);
    }
    if (leak) found = { file: target.file, node: leak };
    return undefined;
  });
  return found;
}

/** Per helper, per parameter index: where it sends the error it is handed (null: nowhere). */
const PASSED_ON = new WeakMap<Node, Map<number, Node | null>>();

export default defineCheck({
  meta: {
    id: 'error-leak-details-in-response',
    kind: 'check',
    title: 'Error details sent to the client',
    category: 'error-leak',
    severity: 'medium',
    description:
      'Stack traces, internal error messages or database errors are sent in responses; they reveal code paths, queries and library versions to attackers.',
    cwe: 'CWE-209',
  },
  endpoint(e, ctx) {
    for (const flow of ctx.app.flows.get(e) ?? []) {
      for (const { file, clause, inHelper } of flow.catches) {
        const names = clause.param ? boundNames(clause.param as Node) : [];
        for (const name of names) {
          const leak = findErrorLeak(clause.body as Node, name, file.text);
          // (what a helper returns from its catch goes to its caller, not necessarily to the client; what it throws
          // as an HTTP exception, or sends, does)
          if (leak && (!inHelper || leak.type !== 'ReturnStatement')) {
            return {
              message: `${endpointLabel(e)} sends error details (${name}.message/stack or the error object) to the client`,
              location: locationOf(file, leak),
              endpoint: e,
              fix: FIX,
            };
          }
          const passed = inHelper ? null : passedOnLeak(ctx.resolver, file, clause.body as Node, name);
          if (passed)
            return {
              message: `${endpointLabel(e)} hands errors to a function that sends their details (${name}.message/stack or the error object) to the client`,
              location: locationOf(passed.file, passed.node),
              endpoint: e,
              fix: FIX,
            };
        }
      }
    }
    // an error middleware of a router the route is mounted through (`adminRouter.use(adminErrorHandler)`)
    for (const h of e.errorHandlers ?? []) {
      const leak = handlerLeak(h);
      if (leak)
        return {
          message: `${endpointLabel(e)} is answered on error by an error handler that sends error details (message, stack or the error object) to the client`,
          location: locationOf(h.file, leak),
          endpoint: e,
          fix: FIX,
        };
    }
    // `const { data, error } = await supabase…; return json({ error: error.message })`: driver errors outside catch blocks
    for (const [i, flow] of (ctx.app.flows.get(e) ?? []).entries()) {
      const h = e.handlers[i];
      if (!h) continue;
      for (const name of flow.env.vars.keys()) {
        if (!ERROR_NAME.test(name)) continue;
        // (the whole error object counts when the data layer handed it back: Supabase's `{ data, error }` carries the
        // driver's message, details and hint; elsewhere `error` may be the app's own text)
        const leak = findErrorLeak(h.fn, name, h.file.text, !fromDataLayer(h.fn, name, flow.env.accessByNode));
        if (leak) {
          return {
            message: `${endpointLabel(e)} sends database/driver error details (${name}.message …) to the client`,
            location: locationOf(h.file, leak),
            endpoint: e,
            fix: FIX,
          };
        }
      }
    }
    return null;
  },
  app(ctx) {
    const out: Report[] = [];
    const seen = new Set<Node>();
    for (const app of ctx.apps) {
      for (const h of app.errorHandlers) {
        if (seen.has(h.fn)) continue;
        seen.add(h.fn);
        const leak = handlerLeak(h);
        if (leak) {
          out.push({
            message: 'The error handler sends error details (message, stack or the error object) to clients',
            location: locationOf(h.file, leak),
            endpoint: null,
            fix: FIX,
          });
        }
      }
    }
    return out;
  },
});
