import { normalisePath } from '../../core/path.ts';

/** Hono's `mergePath`: joins a base and a path the way `basePath()` and `route()` do, keeping patterns raw. */
export function mergePath(...parts: string[]): string {
  let out = '';
  for (const raw of parts) {
    if (!raw || raw === '/') continue;
    const p = raw.startsWith('/') || raw === '*' ? raw : `/${raw}`;
    out = `${out.replace(/\/$/, '')}${p === '*' ? '/*' : p}`;
  }
  return out === '' ? '/' : out;
}

/** A Hono route path as a client sees it: `:id{[0-9]+}` → `{id}`, `:id?` → `{id}`. */
export function honoPath(raw: string): string {
  return normalisePath(stripParamPatterns(raw));
}

/** Removes the `{regex}` after a `:name` (the regex may hold braces of its own: `:id{[0-9]{3}}`). */
function stripParamPatterns(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === '{' && /:[A-Za-z_$][\w$]*$/.test(out)) {
      let depth = 0;
      for (; i < raw.length; i++) {
        if (raw[i] === '{') depth++;
        else if (raw[i] === '}' && --depth === 0) break;
      }
      continue;
    }
    out += ch;
  }
  return out;
}

/** A stand-in for a path parameter's value: only a pattern segment that accepts any value matches it. */
const PARAM = '\u0000';

/**
 * Does a middleware pattern (`/api/*`, `/users/:id`, `*`) match every request of a route path (`/api/users/{id}`)?
 * A parameter of the route matches a pattern parameter or wildcard, never a literal: `/users/me` middleware
 * does not protect `/users/{id}`. A trailing `/*` also matches the bare prefix, as in Hono.
 */
export function patternCovers(pattern: string, routePath: string): boolean {
  const concrete = routePath.replace(/\{[^}]+\}/g, PARAM);
  return patternRegExp(pattern).test(concrete);
}

function patternRegExp(pattern: string): RegExp {
  const p = stripParamPatterns(pattern);
  if (p === '*' || p === '/*') return /^.*$/s;
  let re = '';
  const segments = p.split('/').slice(1);
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    if (seg === '*' && last) {
      re += '(?:/.*)?';
      return;
    }
    if (seg === '*') {
      re += '/[^/]*';
      return;
    }
    const param = /^:[A-Za-z_$][\w$]*(\?)?$/.exec(seg);
    if (param) {
      re += param[1] ? '(?:/[^/]+)?' : '/[^/]+';
      return;
    }
    re += `/${seg.split('*').map(escapeRegExp).join('.*')}`;
  });
  return new RegExp(`^${re === '' ? '/' : re}/?$`, 's');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
