import type { Endpoint, HandlerRef, ParamBinding } from '../../core/endpoint.ts';
import { isFunction, type Node, parentOf, type T, unwrap, walk } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import { locationOf, type SourceFile } from '../../parse/source.ts';

/**
 * Server actions as endpoints. Each is reachable with a POST (to any page that renders it, with a
 * `Next-Action` header), so it has no URL of its own: its path is `action:<file>#<name>`, which keeps it
 * unique and tells checks that look at URL shapes (versioning) to leave it alone. Every argument comes
 * from the client.
 *
 * Found: every exported function of a file that starts with 'use server', and functions whose body
 * starts with 'use server' (inline actions in server components).
 */
export function serverActions(resolver: Resolver, file: SourceFile): Endpoint[] {
  if (!file.text.includes('use server')) return [];
  const out: Endpoint[] = [];
  const add = (name: string, at: Node, fn: Node): void => {
    if (!isFunction(fn)) return;
    const bindings: Record<number, ParamBinding> = {};
    fn.params.forEach((_, i) => {
      bindings[i] = { kind: 'body' };
    });
    const handler: HandlerRef = { file, fn, bindings };
    out.push({
      method: 'POST',
      path: `action:${file.rel}#${name}`,
      framework: 'nextjs',
      file,
      node: at,
      chain: [],
      handlers: [handler],
    });
  };
  if (hasDirective(file.program.body as Node[], 'use server')) {
    for (const st of file.program.body as Node[]) {
      if (st.type === 'ExportDefaultDeclaration') {
        const d = st.declaration as Node;
        const fn = isFunction(d) ? d : resolver.functionOf(resolver.valueOf(file, d))?.fn;
        if (fn) add('default', st, fn);
      }
      if (st.type !== 'ExportNamedDeclaration') continue;
      const d = st.declaration as Node | null;
      if (d?.type === 'FunctionDeclaration' && d.id) add(d.id.name, st, d);
      if (d?.type === 'VariableDeclaration') {
        for (const v of d.declarations)
          if (v.id.type === 'Identifier' && v.init) add(v.id.name, st, unwrap(v.init as Node)!);
      }
      for (const s of st.specifiers as T.ExportSpecifier[]) {
        if (st.source) continue;
        const fn = resolver.functionOf(resolver.valueOf(file, s.local as Node));
        const exported = s.exported as Node;
        if (fn && fn.file === file) add(exported.type === 'Identifier' ? exported.name : 'default', s as Node, fn.fn);
      }
    }
    return out;
  }
  walk(file.program, (node) => {
    if (!isFunction(node)) return;
    const body = node.body as Node | null;
    if (body?.type !== 'BlockStatement' || !hasDirective(body.body as Node[], 'use server')) return;
    const parent = parentOf(node);
    const name =
      node.type !== 'ArrowFunctionExpression' && node.id
        ? node.id.name
        : parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier'
          ? parent.id.name
          : `line${locationOf(file, node).line}`;
    add(name, node, node);
  });
  return out;
}

function hasDirective(stmts: Node[], directive: string): boolean {
  for (const st of stmts) {
    if (st.type !== 'ExpressionStatement') return false;
    const d = (st as T.ExpressionStatement).directive;
    if (d === undefined || d === null) return false;
    if (d === directive) return true;
  }
  return false;
}
