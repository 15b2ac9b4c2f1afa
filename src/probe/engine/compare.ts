import type { ReceivedResponse } from '../http/exchange.ts';

/** Keys whose values change between two identical requests: clocks, request ids, nonces. */
const VOLATILE =
  /^(created|updated|modified|deleted|last|expires?|issued)(_?at|_?on|_?date|_?time)?$|^(timestamp|ts|time|date|now|uptime|request_?id|trace_?id|span_?id|nonce|etag|_?rev|__v|iat|exp|duration(_?ms)?|elapsed(_?ms)?)$/i;
const ID_KEY = /^(_?id|uuid|guid)$|[a-z0-9](Id|_id|ID)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A comparable form of a response body: volatile fields dropped, and id-like fields dropped unless the request
 * named them (a new object's id differs per request; an id the caller asked for is the proof).
 */
export function normalize(res: ReceivedResponse, requestValues: string[]): string {
  if (res.json !== undefined) return JSON.stringify(strip(res.json, new Set(requestValues)));
  return res.body.replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?\b/g, '<time>').trim();
}

function strip(value: unknown, keep: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => strip(v, keep));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (VOLATILE.test(key)) continue;
      if (typeof v === 'string' && ISO_DATE.test(v) && /at$|date|time/i.test(key)) continue;
      if (ID_KEY.test(key) && (typeof v === 'string' || typeof v === 'number') && !keep.has(String(v))) continue;
      out[key] = strip(v, keep);
    }
    return out;
  }
  return value;
}

/** A body that proves nothing by itself: empty, `[]`, `{}`, `null`, `true`, `ok`. */
export function trivial(res: ReceivedResponse): boolean {
  const body = res.body.trim();
  if (body.length === 0) return true;
  const j = res.json;
  if (j === null || typeof j === 'boolean' || typeof j === 'number') return true;
  if (Array.isArray(j)) return j.length === 0;
  if (j && typeof j === 'object') {
    const values = Object.values(j);
    if (values.length === 0) return true;
    // {"ok":true} / {"status":"ok"} / {"success":true}
    return values.every(
      (v) =>
        typeof v === 'boolean' ||
        v === null ||
        (typeof v === 'string' && v.length < 12 && /^(ok|success|true|done)$/i.test(v)),
    );
  }
  return body.length < 3;
}

/** Same status and same normalized body. */
export function sameResponse(a: ReceivedResponse, b: ReceivedResponse, requestValues: string[] = []): boolean {
  return a.status === b.status && normalize(a, requestValues) === normalize(b, requestValues);
}

/** Every string/number leaf of a JSON value (for containment and echo checks). */
export function leafValues(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const v of value) leafValues(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) leafValues(v, out);
  else if (typeof value === 'string' || typeof value === 'number') out.add(String(value));
  return out;
}
