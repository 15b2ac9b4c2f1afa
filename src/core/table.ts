/**
 * A lookup table without `Object.prototype`: tables here are indexed by names read from the scanned code, and
 * `OPS['toString']` on a plain object literal is a function, not "no entry".
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
