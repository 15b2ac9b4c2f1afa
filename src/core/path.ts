/**
 * Normalises a route path as a client sees it: params as `{name}` (`:id`, `:id(\\d+)`, `:id?`, `[id]`,
 * `[...slug]`, `{id}` all become `{id}`), one leading slash, no trailing slash, no doubled slashes.
 */
export function normalisePath(path: string): string {
  let p = path
    .replace(/\[\[\.\.\.([^\]]+)\]\]/g, '{$1}')
    .replace(/\[\.\.\.([^\]]+)\]/g, '{$1}')
    .replace(/\[([^\]]+)\]/g, '{$1}')
    .replace(/:([A-Za-z_$][\w$]*)(\([^)]*\))?[?+*]?/g, '{$1}')
    .replace(/\/\*$/, '/{*}')
    .replace(/\/+/g, '/');
  if (!p.startsWith('/')) p = `/${p}`;
  if (p.length > 1) p = p.replace(/\/$/, '');
  return p;
}

/** Joins mount prefixes and a route path: joinPaths('/api', '/v1/', 'todos/:id') → '/api/v1/todos/{id}'. */
export function joinPaths(...parts: string[]): string {
  return normalisePath(parts.filter((p) => p && p !== '/').join('/'));
}

/** True when `path` is `prefix` or below it (used for path-scoped middleware). */
export function isUnder(path: string, prefix: string): boolean {
  const pre = normalisePath(prefix)
    .replace(/\/\{\*\}$/, '')
    .replace(/\*$/, '');
  if (pre === '/' || pre === '') return true;
  const re = new RegExp(`^${pre.replace(/[.+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}(?:/|$)`);
  return re.test(path);
}
