import { randomUUID } from 'node:crypto';
import { singular } from '../../core/words.ts';
import type { JsonSchema } from '../operations/operation.ts';

type Obj = { [key: string]: unknown };
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Splits `toIban`, `to_iban`, `to-iban` into lower-case words. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** Boolean fields that make an object private: a victim object should be as private as possible. */
const PRIVATE_FLAG = /^(is_?)?(private|hidden|secret|confidential|locked|draft)$/i;
const KNOWN_IBAN = 'DE89370400440532013000';

/**
 * Makes request values. Strings carry a per-run marker (`vas-3fa9c1-7`) so a value seen later in someone
 * else's response can be traced back to the request that wrote it. Markers are lower-case letters, digits and
 * dashes, which passes most name/slug patterns.
 */
export class ValueFactory {
  readonly runId: string;
  private counter = 0;

  constructor(runId: string) {
    this.runId = runId;
  }

  marker(): string {
    this.counter++;
    return `vas-${this.runId}-${this.counter}`;
  }

  isMarker(value: string): boolean {
    return value.includes(`vas-${this.runId}-`);
  }

  /** A value for `schema`, guided by the field name; `pool` offers values seen in responses for this name. */
  generate(schema: JsonSchema, name = '', pool?: (name: string) => unknown, depth = 0): unknown {
    if (depth > 4) return null;
    const s = flatten(schema);
    if (s.const !== undefined) return s.const;
    if (Array.isArray(s.enum) && s.enum.length) return s.enum[0];
    const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
    const pooled = pool?.(name);
    if (pooled !== undefined && (type === undefined || typeof pooled === jsType(String(type)))) return pooled;
    if (type === 'object' || (type === undefined && isObj(s.properties))) {
      const out: Obj = {};
      const props = isObj(s.properties) ? s.properties : {};
      for (const [key, sub] of Object.entries(props)) {
        if (isObj(sub) && sub.readOnly === true) continue;
        out[key] = this.generate(isObj(sub) ? sub : {}, key, pool, depth + 1);
      }
      return out;
    }
    if (type === 'array') {
      const item = this.generate(isObj(s.items) ? s.items : { type: 'string' }, singularName(name), pool, depth + 1);
      return item === null ? [] : [item];
    }
    if (type === 'integer' || type === 'number') {
      if (typeof s.example === 'number') return s.example;
      if (typeof s.default === 'number') return s.default;
      const min =
        typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : 1;
      return Math.max(min, 1);
    }
    if (type === 'boolean') return PRIVATE_FLAG.test(name);
    return this.string(s, name);
  }

  private string(s: Obj, name: string): string {
    const w = words(name);
    const last = w[w.length - 1] ?? '';
    const format = typeof s.format === 'string' ? s.format : '';
    if (typeof s.example === 'string' && (s.pattern || format)) return s.example;
    if (format === 'email' || last === 'email' || last === 'mail') return `${this.marker()}@example.com`;
    if (format === 'uuid' || last === 'uuid' || last === 'guid') return randomUUID();
    if (format === 'date-time') return new Date().toISOString();
    if (format === 'date' || last === 'date' || last === 'birthday' || last === 'dob') return '2024-01-01';
    if (
      format === 'uri' ||
      format === 'url' ||
      last === 'url' ||
      last === 'uri' ||
      last === 'link' ||
      last === 'website'
    ) {
      return `https://example.com/${this.marker()}`;
    }
    if (last === 'iban') return KNOWN_IBAN;
    if (last === 'phone' || last === 'mobile' || last === 'tel') return '+15555550100';
    if (last === 'currency') return 'EUR';
    if (last === 'country') return 'DE';
    if (typeof s.example === 'string') return s.example;
    if (typeof s.default === 'string') return s.default;
    const m = this.marker();
    const max = typeof s.maxLength === 'number' ? s.maxLength : 64;
    return m.length > max ? m.slice(-max) : m;
  }
}

function singularName(name: string): string {
  return singular(name);
}

function jsType(type: string): string {
  return type === 'integer' ? 'number' : type;
}

/** allOf merged, oneOf/anyOf: first branch. */
function flatten(schema: JsonSchema): Obj {
  let s: Obj = { ...schema };
  if (Array.isArray(s.allOf)) {
    for (const part of s.allOf) {
      if (!isObj(part)) continue;
      const f = flatten(part);
      s = {
        ...f,
        ...s,
        properties: { ...(isObj(f.properties) ? f.properties : {}), ...(isObj(s.properties) ? s.properties : {}) },
      };
    }
    delete s.allOf;
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = s[key];
    if (Array.isArray(branches) && isObj(branches[0])) {
      s = { ...flatten(branches[0]), ...s };
      delete s[key];
    }
  }
  return s;
}
