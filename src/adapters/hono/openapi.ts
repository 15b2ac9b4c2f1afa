import { type Node, propertyValue, stringValue, unwrap } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';

/** What an `@hono/zod-openapi` route definition declares: `createRoute({ method, path, middleware, request })`. */
export interface OpenApiRoute {
  file: SourceFile;
  method: string;
  path: string;
  middleware: Node[];
  /** request parts with a schema: OpenAPIHono validates them before the handler runs */
  validated: { target: 'body' | 'params' | 'query'; node: Node }[];
}

const REQUEST_PARTS: Record<string, 'body' | 'params' | 'query'> = { params: 'params', query: 'query', body: 'body' };

export function openApiRoute(resolver: Resolver, file: SourceFile, expr: Node): OpenApiRoute | null {
  let n = unwrap(expr);
  let f = file;
  for (let i = 0; i < 6 && n && n.type !== 'ObjectExpression'; i++) {
    if (n.type === 'CallExpression') {
      // createRoute(config) returns its config
      n = unwrap(n.arguments[0] as Node);
      continue;
    }
    const v = resolver.valueOf(f, n);
    if (v.kind !== 'node' || v.node === n) return null;
    n = unwrap(v.node);
    f = v.file;
  }
  if (n?.type !== 'ObjectExpression') return null;
  const method = stringValue(propertyValue(n, 'method'));
  const path = stringValue(propertyValue(n, 'path'));
  if (!method || path === null) return null;
  const mw = unwrap(propertyValue(n, 'middleware'));
  const middleware = mw ? (mw.type === 'ArrayExpression' ? (mw.elements.filter(Boolean) as Node[]) : [mw]) : [];
  const validated: OpenApiRoute['validated'] = [];
  const request = unwrap(propertyValue(n, 'request'));
  if (request?.type === 'ObjectExpression') {
    for (const [key, target] of Object.entries(REQUEST_PARTS)) {
      const part = propertyValue(request, key);
      if (part) validated.push({ target, node: part });
    }
  }
  return { file: f, method: method.toUpperCase(), path, middleware, validated };
}
