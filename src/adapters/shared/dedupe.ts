import type { Endpoint } from '../../core/endpoint.ts';

/** The same registration reached twice (a router mounted at two prefixes keeps both; the same path twice does not). */
export function dedupe(endpoints: Endpoint[]): Endpoint[] {
  const seen = new Set<string>();
  return endpoints.filter((e) => {
    const key = `${e.method} ${e.path} ${e.file.rel}:${e.node.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
