import { type Node, propertyValue, stringValue, unwrap } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { throughIdentifier } from '../shared/values.ts';

/**
 * The path patterns of `export const config = { matcher }` in middleware.ts: a string, an array of strings
 * or of `{ source, has, missing }` objects. Null means every path (no config, or a value we cannot read:
 * Next itself requires the matcher to be a constant, so that is rare).
 */
export function matcherPatterns(resolver: Resolver, file: SourceFile): string[] | null {
  const config = resolver.exportOf(file, 'config');
  if (config.kind !== 'node') return null;
  const obj = unwrap(config.node);
  if (obj?.type !== 'ObjectExpression') return null;
  const m = propertyValue(obj, 'matcher');
  if (!m) return null;
  const list = listOf(resolver, config.file, m);
  return list && list.length > 0 ? list : null;
}

function listOf(resolver: Resolver, file: SourceFile, expr: Node): string[] | null {
  const one = patternOf(resolver, file, expr);
  if (one !== null) return [one];
  const at = throughIdentifier(resolver, file, expr);
  if (!at) return null;
  const n = at.node;
  const f = at.file;
  if (n?.type !== 'ArrayExpression') return null;
  const out: string[] = [];
  for (const el of n.elements) {
    const p = el ? patternOf(resolver, f, el as Node) : null;
    if (p === null) return null;
    out.push(p);
  }
  return out;
}

function patternOf(resolver: Resolver, file: SourceFile, expr: Node): string | null {
  const s = stringValue(expr);
  if (s !== null) return s;
  const n = unwrap(expr);
  // `{ source: '/api/:path*', has: [...] }`: conditional on a header or cookie, so it may run: keep the source
  if (n?.type === 'ObjectExpression') return stringValue(propertyValue(n, 'source'));
  if (n?.type === 'Identifier') {
    const v = resolver.valueOf(file, n);
    if (v.kind === 'node' && v.node !== n) return stringValue(v.node);
  }
  return null;
}

/** A stand-in value for a route parameter: digits and letters, so `:id(\\d+)` and `[^/]+` both accept it. */
const SAMPLE = '1';

/** Does a matcher pattern (path-to-regexp syntax, as Next uses it) match requests to a route path? */
export function matcherCovers(pattern: string, routePath: string): boolean {
  const concrete = routePath.replace(/\{[^}]+\}/g, SAMPLE);
  const re = compile(pattern);
  return re ? re.test(concrete) : true;
}

/**
 * A small path-to-regexp (v6) compiler: `/:name`, `/:name*`, `/:name+`, `/:name?`, `/:name(regex)`,
 * unnamed groups `/(.*)`, `{…}?` groups. Returns null for a pattern it cannot compile.
 */
export function compile(pattern: string): RegExp | null {
  let re = '';
  let i = 0;
  const group = (): string | null => {
    // a balanced `( … )` starting at pattern[i]
    let depth = 0;
    const start = i;
    for (; i < pattern.length; i++) {
      const ch = pattern[i];
      if (ch === '\\') {
        i++;
        continue;
      }
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) {
        i++;
        return pattern.slice(start + 1, i - 1);
      }
    }
    return null;
  };
  while (i < pattern.length) {
    const ch = pattern[i]!;
    const prefix = ch === '/' && (pattern[i + 1] === ':' || pattern[i + 1] === '(') ? '/' : '';
    if (prefix) i++;
    const c = pattern[i]!;
    if (c === ':') {
      const name = /^:[A-Za-z_]\w*/.exec(pattern.slice(i))![0];
      i += name.length;
      let body = '[^/]+';
      if (pattern[i] === '(') {
        const g = group();
        if (g === null) return null;
        body = `(?:${g})`;
      }
      re += withModifier(prefix, body, pattern[i]);
      if ('*+?'.includes(pattern[i] ?? '-')) i++;
      continue;
    }
    if (c === '(') {
      const g = group();
      if (g === null) return null;
      re += withModifier(prefix, `(?:${g})`, pattern[i]);
      if ('*+?'.includes(pattern[i] ?? '-')) i++;
      continue;
    }
    if (c === '{') {
      re += '(?:';
      i++;
      continue;
    }
    if (c === '}') {
      re += ')';
      i++;
      if ('*+?'.includes(pattern[i] ?? '-')) re += pattern[i++];
      continue;
    }
    if (c === '*') {
      re += '.*';
      i++;
      continue;
    }
    re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    i++;
  }
  try {
    return new RegExp(`^${re}/?$`);
  } catch {
    return null;
  }
}

function withModifier(prefix: string, body: string, mod: string | undefined): string {
  const unit = prefix ? `(?:${prefix}${body})` : body;
  if (mod === '*' || mod === '+' || mod === '?') return `${unit}${mod}`;
  return `${prefix}${body}`;
}
