import { table } from '../../core/table.ts';
import { isFunction, type Node, propertyValue, unwrap } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { type Located, staticString } from '../shared/values.ts';

/** What an `@hono/zod-openapi` route definition declares: `createRoute({ method, path, middleware, request })`. */
export interface OpenApiRoute {
  file: SourceFile;
  method: string;
  path: string;
  middleware: Node[];
  /** request parts with a schema: OpenAPIHono validates them before the handler runs */
  validated: { target: 'body' | 'params' | 'query'; node: Node }[];
}

const REQUEST_PARTS = table<'body' | 'params' | 'query'>({ params: 'params', query: 'query', body: 'body' });

export function openApiRoute(resolver: Resolver, file: SourceFile, expr: Node): OpenApiRoute | null {
  let n = unwrap(expr);
  let f = file;
  // arguments of local helpers on the way (`route.get('/todo/{id}', 'todo')` wrapping createRoute({ method, path }))
  const bound = new Map<Node, Located[]>();
  for (let i = 0; i < 8 && n && n.type !== 'ObjectExpression'; i++) {
    if (n.type === 'CallExpression') {
      const helper = resolver.functionOf(resolver.valueOf(f, n.callee as Node));
      const ret = helper ? returnedExpression(helper.fn) : null;
      if (helper && ret) {
        const callFile = f;
        bound.set(
          helper.fn,
          (n.arguments as Node[]).map((a) => ({ file: callFile, node: a })),
        );
        n = unwrap(ret);
        f = helper.file;
        continue;
      }
      // createRoute(config) returns its config
      n = unwrap(n.arguments[0] as Node);
      continue;
    }
    const v = resolver.valueOf(f, n);
    if (v.kind === 'param' && v.path.length === 0) {
      const arg = bound.get(v.fn)?.[v.index];
      if (!arg) return null;
      n = unwrap(arg.node);
      f = arg.file;
      continue;
    }
    if (v.kind !== 'node' || v.node === n) return null;
    n = unwrap(v.node);
    f = v.file;
  }
  if (n?.type !== 'ObjectExpression') return null;
  /** a string property, following helper parameters to the call's arguments */
  const str = (loc: Located | null, depth = 0): string | null => {
    if (!loc || depth > 4) return null;
    const direct = staticString(resolver, loc.file, loc.node);
    if (direct !== null) return direct;
    const v = resolver.valueOf(loc.file, loc.node);
    if (v.kind !== 'param' || v.path.length > 0) return null;
    return str(bound.get(v.fn)?.[v.index] ?? null, depth + 1);
  };
  const prop = (key: string): Located | null => {
    const value = propertyValue(n, key);
    return value ? { file: f, node: value } : null;
  };
  const method = str(prop('method'));
  const path = str(prop('path'));
  if (!method || path === null) return null;
  const mw = unwrap(propertyValue(n, 'middleware'));
  const middleware = mw ? (mw.type === 'ArrayExpression' ? (mw.elements.filter(Boolean) as Node[]) : [mw]) : [];
  const validated: OpenApiRoute['validated'] = [];
  const request = unwrap(propertyValue(n, 'request'));
  if (request?.type === 'ObjectExpression') {
    for (const [key, target] of Object.entries(REQUEST_PARTS)) {
      const part = propertyValue(request, key);
      if (part && target) validated.push({ target, node: part });
    }
  }
  return { file: f, method: method.toUpperCase(), path, middleware, validated };
}

/** What a helper returns: an arrow's expression body, or the argument of a block's first top-level `return`. */
function returnedExpression(fn: Node): Node | null {
  if (!isFunction(fn)) return null;
  const body = fn.body as Node | null;
  if (!body) return null;
  if (body.type !== 'BlockStatement') return body;
  for (const st of body.body as Node[]) if (st.type === 'ReturnStatement' && st.argument) return st.argument as Node;
  return null;
}
