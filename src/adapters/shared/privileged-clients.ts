import type { AppInfo } from '../../core/endpoint.ts';
import { dotted, type Node, stringValue, textOf, unwrap, walk } from '../../parse/ast.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';

type Client = NonNullable<AppInfo['privilegedClients']>[number];

/** Env names of Supabase keys that bypass row-level security: the service-role key and the newer secret key. */
const PRIVILEGED_KEY = /service[_-]?role|service[_-]?key|supabase[_-]?secret|secret[_-]?key/i;

/**
 * Supabase clients created with the service-role (secret) key: `createClient(url, process.env.SUPABASE_SERVICE_ROLE_KEY)`.
 * Row-level security does not apply to them, so a route that reads by id through one must check ownership
 * in code. Framework-independent; every adapter can attach the result to its AppInfo.
 */
export function privilegedClients(project: Project, resolver: Resolver): Client[] {
  const out: Client[] = [];
  for (const file of project.files.values()) {
    if (!file.text.includes('supabase')) continue;
    walk(file.program, (node) => {
      if (node.type !== 'CallExpression') return;
      const callee = resolver.valueOf(file, node.callee as Node);
      if (callee.kind !== 'external' || !callee.pkg.startsWith('@supabase/')) return;
      const name = callee.path[callee.path.length - 1];
      if (name !== 'createClient' && name !== 'createServerClient' && name !== 'createBrowserClient') return;
      const key = node.arguments[1] as Node | undefined;
      const detail = key ? privilegedKey(resolver, file, key) : null;
      if (detail) out.push({ file, node, detail: `Supabase client with ${detail}` });
    });
  }
  return out;
}

/** The key expression, followed through constants, when it names a privileged key. */
function privilegedKey(resolver: Resolver, file: SourceFile, expr: Node): string | null {
  let n = unwrap(expr);
  let f = file;
  for (let i = 0; i < 5 && n; i++) {
    const text = dotted(n) ?? stringValue(n) ?? textOf(f.text, n);
    // a literal `sb_secret_…` key, or an env variable / config field named after the service role
    if (PRIVILEGED_KEY.test(text) || /^sb_secret_/.test(stringValue(n) ?? ''))
      return text.length > 60 ? 'the service-role key' : text;
    if (n.type !== 'Identifier' && n.type !== 'MemberExpression') return null;
    const v = resolver.valueOf(f, n);
    if (v.kind !== 'node' || v.node === n) return null;
    n = unwrap(v.node);
    f = v.file;
  }
  return null;
}
