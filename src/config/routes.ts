import type { EndpointRef } from '../core/finding.ts';

/** A compiled `publicRoutes` entry: "[METHOD ]/path" with `*`, `**`, `:id` and `{id}`. */
export interface RoutePattern {
  source: string;
  method: string | null;
  regex: RegExp;
}

const PARAM = /^(?::[A-Za-z_$][\w$]*|\{[^/{}]+\}|\[\.{0,3}[^/[\]]+\])$/;

function segmentRegex(segment: string): string {
  if (segment === '**') return '(?:/[^/]*)*';
  if (segment === '*') return '/[^/]+';
  // a parameter in any spelling matches a parameter of any name: the report writes them all as {name}
  if (PARAM.test(segment)) return '/\\{[^/{}]+\\}';
  return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
}

export function compileRoute(source: string): RoutePattern {
  const m = /^(?:([A-Z]+)\s+)?(\/.*)$/.exec(source.trim());
  const method = m?.[1] ?? null;
  const path = m?.[2] ?? source;
  const segments = path.split('/').filter((s) => s !== '');
  const body = segments.map(segmentRegex).join('');
  // `/` alone, and a trailing slash, both mean the same route
  return { source, method: method === 'ALL' ? null : method, regex: new RegExp(`^${body}/?$`) };
}

export function matchesRoute(pattern: RoutePattern, endpoint: EndpointRef): boolean {
  // "GET /health" does not make an `app.all('/health')` catch-all public: it also answers POST
  if (pattern.method !== null && pattern.method !== endpoint.method) return false;
  return pattern.regex.test(endpoint.path);
}
