/**
 * Normalises a route path as a client sees it: params as `{name}` (`:id`, `:id(\\d+)`, `:id?`, `[id]`,
 * `[...slug]`, `{id}` all become `{id}`), one leading slash, no trailing slash, no doubled slashes.
 */
export function normalisePath(path: string): string {
  const known = NORMALISED.get(path);
  if (known !== undefined) return known;
  let p = path
    .replace(/\[\[\.\.\.([^\]]+)\]\]/g, '{$1}')
    .replace(/\[\.\.\.([^\]]+)\]/g, '{$1}')
    .replace(/\[([^\]]+)\]/g, '{$1}')
    .replace(/:([A-Za-z_$][\w$]*)(\([^)]*\))?[?+*]?/g, '{$1}')
    .replace(/\/\*$/, '/{*}')
    .replace(/\/+/g, '/');
  if (!p.startsWith('/')) p = `/${p}`;
  if (p.length > 1) p = p.replace(/\/$/, '');
  // adapters normalise the same few prefixes and paths thousands of times in a large project
  if (NORMALISED.size > 50_000) NORMALISED.clear();
  NORMALISED.set(path, p);
  return p;
}

const NORMALISED = new Map<string, string>();
const PREFIXES = new Map<string, RegExp>();

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
  let re = PREFIXES.get(pre);
  if (!re) {
    re = new RegExp(`^${pre.replace(/[.+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}(?:/|$)`);
    if (PREFIXES.size > 10_000) PREFIXES.clear();
    PREFIXES.set(pre, re);
  }
  return re.test(path);
}
