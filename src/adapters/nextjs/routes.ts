import type { ChainLink, HandlerRef, ParamBinding } from '../../core/endpoint.ts';
import type { HttpMethod } from '../../core/finding.ts';
import { type Node, nameOf, type T } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { makeHandler } from '../shared/links.ts';
import { throughIdentifier } from '../shared/values.ts';
import { wrapperHint } from './hints.ts';

/** A pages/api handler's parameters: `(req, res)`. */
export const REQUEST_RESPONSE: Readonly<Record<number, ParamBinding>> = Object.freeze({
  0: { kind: 'request' },
  1: { kind: 'response' },
});

export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
const METHODS = new Set<string>(HTTP_METHODS);

/** One exported HTTP method of an App Router route file. */
export interface RouteExport {
  method: HttpMethod;
  /** the export (`export async function GET`, `export const POST = …`, `handler as GET`) */
  node: Node;
  handler: HandlerRef | null;
  /** wrappers around the handler (`withAuth(async (req) => …)`) */
  wrappers: ChainLink[];
}

/**
 * The HTTP methods a route.ts exports: function declarations, `export const GET = withAuth(…)`,
 * `export { handler as GET, handler as POST }` (NextAuth), `export const { GET, POST } = handlers`
 * (Auth.js) and re-exports from other modules.
 */
export function routeExports(resolver: Resolver, file: SourceFile): RouteExport[] {
  const out: RouteExport[] = [];
  const add = (method: string, node: Node, expr: Node | null, exprFile: SourceFile = file): void => {
    if (!METHODS.has(method)) return;
    // `export const GET = handle(app)` hands the request to a Hono app: the Hono adapter lists its routes
    if (expr && delegatesToHono(resolver, exprFile, expr)) return;
    const { handler, wrappers } = expr ? makeHandler(resolver, exprFile, expr) : { handler: null, wrappers: [] };
    for (const w of wrappers) {
      const hint = wrapperHint(resolver, w.file, w.node);
      if (hint) w.hint = hint;
    }
    // App Router handlers receive (request, { params }); `params` may be a Promise (Next 15). The second
    // parameter is left to the handler analysis, which reads a destructured `{ params }` as the path params.
    out.push({
      method: method as HttpMethod,
      node,
      handler: handler ? { ...handler, bindings: { 0: { kind: 'request' } } } : null,
      wrappers,
    });
  };
  for (const st of file.program.body as Node[]) {
    if (st.type !== 'ExportNamedDeclaration') continue;
    const decl = st.declaration as Node | null;
    if (decl?.type === 'FunctionDeclaration' && decl.id) add(decl.id.name, st, decl);
    if (decl?.type === 'VariableDeclaration') {
      for (const d of decl.declarations) {
        const at = decl.declarations.length === 1 ? st : (d as Node);
        if (d.id.type === 'Identifier') add(d.id.name, at, (d.init as Node | null) ?? null);
        else if (d.id.type === 'ObjectPattern') {
          for (const p of d.id.properties) {
            if (p.type !== 'Property') continue;
            const key = nameOf(p.key as Node);
            if (key) add(key, p as Node, p.value as Node);
          }
        }
      }
    }
    for (const s of st.specifiers as T.ExportSpecifier[]) {
      const exported = nameOf(s.exported as Node);
      if (!exported || !METHODS.has(exported)) continue;
      if (st.source) {
        const target = resolver.resolveModule(file, st.source.value);
        const local = nameOf(s.local as Node) ?? exported;
        const v = target ? resolver.exportOf(target, local) : null;
        const fn = v ? resolver.functionOf(v) : null;
        add(exported, s as Node, fn ? fn.fn : null, fn ? fn.file : file);
      } else add(exported, s as Node, s.local as Node);
    }
  }
  return out;
}

/** `handle(app)` from hono/vercel (or hono/nextjs): the route file only forwards to a Hono app. */
export function delegatesToHono(resolver: Resolver, file: SourceFile, expr: Node): boolean {
  const at = throughIdentifier(resolver, file, expr);
  if (!at) return false;
  const n = at.node;
  const f = at.file;
  if (n?.type !== 'CallExpression') return false;
  const callee = resolver.valueOf(f, n.callee as Node);
  return (
    callee.kind === 'external' &&
    /^(?:hono|@hono)\//.test(callee.pkg) &&
    callee.path[callee.path.length - 1] === 'handle'
  );
}
