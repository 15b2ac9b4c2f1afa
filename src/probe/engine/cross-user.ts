import type { Identity } from '../auth/identity.ts';
import { identityFacts } from '../auth/identity.ts';
import type { Exchange, ReceivedResponse } from '../http/exchange.ts';
import { is2xx } from '../http/exchange.ts';
import type { Operation } from '../operations/operation.ts';
import { sameTemplate } from '../operations/operation.ts';
import { leafValues, normalize } from './compare.ts';
import type { Ref } from './requests.ts';
import { buildRequest, itemCollection } from './requests.ts';
import type { CallInput, ProbeRun } from './run.ts';

/** An attacker's request that points at a victim's object, and what it substituted. */
export interface Variant {
  input: CallInput;
  /** the victim's values put into the attacker's request */
  substituted: Ref[];
  /** the request also carries the attacker's own object/identity values */
  mixed: boolean;
  /** the same request with the substituted value replaced by one that does not exist */
  canary: CallInput;
}

const NONE = 'vas-none';

/**
 * Cross-user variants of `op` (RESTler's namespace rule): the victim's object path with the attacker's own
 * body; or the attacker's own request with one object/identity reference swapped for the victim's.
 */
export function crossVariants(
  run: ProbeRun,
  op: Operation,
  attacker: Identity,
  victim: Identity,
  body: 'minimal' | 'noop' | 'none',
): Variant[] {
  const own = buildRequest(run, op, attacker, attacker, { body });
  const theirs = buildRequest(run, op, victim, victim, { body, notSeenBy: attacker.name });
  if (!theirs) return [];
  const out: Variant[] = [];
  const pathRefs = theirs.refs.filter((r) => r.where === 'path' && (r.kind === 'object' || r.kind === 'identity'));
  if (pathRefs.length) {
    const base = own ?? theirs;
    const input: CallInput = { ...base.input, path: { ...theirs.input.path } };
    const lastName = [...op.path.matchAll(/\{([^}]+)\}/g)].pop()?.[1] ?? '';
    const mixed = Boolean(own?.refs.some((r) => r.where !== 'path' && (r.kind === 'object' || r.kind === 'identity')));
    out.push({
      input,
      substituted: pathRefs,
      mixed,
      canary: { ...input, path: { ...input.path, [lastName]: `${NONE}-${run.values.runId}` }, canary: true },
    });
  }
  if (own) {
    for (const ref of own.refs) {
      if (ref.where === 'path' || (ref.kind !== 'object' && ref.kind !== 'identity')) continue;
      const counterpart = theirs.refs.find(
        (r) => r.where === ref.where && r.name === ref.name && (r.kind === 'object' || r.kind === 'identity'),
      );
      if (!counterpart || String(counterpart.value) === String(ref.value)) continue;
      const swap = (input: CallInput, value: string | number): CallInput =>
        ref.where === 'query'
          ? { ...input, query: { ...input.query, [ref.name]: String(value) } }
          : { ...input, body: { ...(input.body as Record<string, unknown>), [ref.name]: value } };
      const others = own.refs.filter(
        (r) => r !== ref && r.where !== 'path' && (r.kind === 'object' || r.kind === 'identity'),
      );
      out.push({
        input: swap(own.input, counterpart.value),
        substituted: [counterpart],
        mixed: others.length > 0,
        canary: {
          ...swap(own.input, typeof counterpart.value === 'number' ? 987654321 : `${NONE}-${run.values.runId}`),
          canary: true,
        },
      });
    }
  }
  return out.slice(0, 4);
}

/** The victim's own views of the objects a variant touches: item reads, sub-collection reads, the listing. */
export function victimViews(run: ProbeRun, op: Operation, variant: Variant): { op: Operation; input: CallInput }[] {
  const views: { op: Operation; input: CallInput }[] = [];
  const pathRef = variant.substituted.find((r) => r.where === 'path');
  if (pathRef) {
    const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
    const last = names[names.length - 1] ?? '';
    const item = op.path.slice(0, op.path.indexOf(`{${last}}`) + last.length + 2);
    for (const o of run.operations) {
      if (o.method !== 'GET' || o.path.includes('{') === false) continue;
      const under = o.path.replace(/\{[^}]*\}/g, '{}').startsWith(item.replace(/\{[^}]*\}/g, '{}'));
      if (!under) continue;
      const input = fillPath(o, item, variant.input.path ?? {});
      if (input) views.push({ op: o, input });
    }
    const list = run.operations.find((o) => o.method === 'GET' && sameTemplate(o.path, itemCollection(item)));
    if (list) {
      const input = fillPath(list, item, variant.input.path ?? {});
      if (input) views.push({ op: list, input });
    }
  }
  for (const ref of variant.substituted) {
    if (ref.where === 'path' || !ref.object) continue;
    const coll = ref.object.collection;
    for (const o of run.operations) {
      if (o.method !== 'GET') continue;
      if (sameTemplate(itemCollection(o.path), coll) && o.path.endsWith('}')) {
        const name = [...o.path.matchAll(/\{([^}]+)\}/g)].pop()?.[1] ?? '';
        views.push({ op: o, input: { path: { ...ref.object.parents, [name]: ref.object.id } } });
      } else if (sameTemplate(o.path, coll) && !o.params.some((p) => p.required && p.in === 'query')) {
        views.push({ op: o, input: { path: { ...ref.object.parents } } });
      }
    }
  }
  return views.slice(0, 4);
}

function fillPath(op: Operation, item: string, values: Record<string, string>): CallInput | null {
  const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
  const itemNames = [...item.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
  const path: Record<string, string> = {};
  for (let i = 0; i < names.length; i++) {
    const v = values[itemNames[i] ?? ''] ?? values[names[i] ?? ''];
    if (v === undefined) return null;
    path[names[i] ?? ''] = v;
  }
  if (op.params.some((p) => p.required && p.in === 'query')) return null;
  return { path };
}

/** Strings in the victim's data that the attacker could not have known: not in its request, not in its own data. */
export function distinctiveVictimValues(
  run: ProbeRun,
  variant: Variant,
  attacker: Identity,
  victimResponses: ReceivedResponse[],
  attackerResponses: ReceivedResponse[],
): Set<string> {
  const victim = new Set<string>();
  for (const ref of variant.substituted) if (ref.object) leafValues(ref.object.data, victim);
  for (const r of victimResponses) if (r.json !== undefined) leafValues(r.json, victim);
  const known = new Set<string>([
    ...leafValues(variant.input.body),
    ...Object.values(variant.input.path ?? {}),
    ...Object.values(variant.input.query ?? {}),
    ...identityFacts(attacker),
  ]);
  for (const o of run.store.objects) if (o.owner === attacker.name) leafValues(o.data, known);
  for (const r of attackerResponses) if (r.json !== undefined) leafValues(r.json, known);
  const out = new Set<string>();
  for (const v of victim) {
    if (known.has(v) || v.length < 6 || /^\d{4}-\d{2}-\d{2}/.test(v) || /^(true|false|null)$/.test(v)) continue;
    out.add(v);
  }
  return out;
}

/** Values found in `res` out of `wanted`. */
export function found(res: ReceivedResponse, wanted: Set<string>): string[] {
  const have = res.json !== undefined ? leafValues(res.json) : new Set([res.body]);
  const hits: string[] = [];
  for (const v of wanted) {
    if (res.json !== undefined ? have.has(v) : res.body.includes(v)) hits.push(v);
  }
  return hits;
}

/** Values that show the attacker did something: its id, username, e-mail, or a marker from its request body. */
export function attackerTraces(run: ProbeRun, attacker: Identity, variant: Variant): Set<string> {
  const traces = new Set(identityFacts(attacker));
  for (const v of leafValues(variant.input.body)) if (run.values.isMarker(v)) traces.add(v);
  return traces;
}

export async function snapshot(
  run: ProbeRun,
  victim: Identity,
  views: { op: Operation; input: CallInput }[],
): Promise<(Exchange | null)[]> {
  const out: (Exchange | null)[] = [];
  for (const v of views) out.push(await run.call(v.op, victim, v.input));
  return out;
}

/** A before/after pair of the victim's view that changed in a way the attacker caused. */
export function writeEffect(
  before: (Exchange | null)[],
  after: (Exchange | null)[],
  traces: Set<string>,
  deletedId?: string,
): { before: Exchange; after: Exchange } | null {
  for (let i = 0; i < before.length; i++) {
    const b = before[i];
    const a = after[i];
    if (!b || !a) continue;
    if (deletedId !== undefined) {
      const goneItem = is2xx(b.response.status) && (a.response.status === 404 || a.response.status === 410);
      const goneFromList =
        is2xx(a.response.status) &&
        b.response.body.includes(deletedId) &&
        !a.response.body.includes(deletedId) &&
        Array.isArray(a.response.json);
      if (goneItem || goneFromList) return { before: b, after: a };
      continue;
    }
    if (!is2xx(a.response.status) || normalize(a.response, []) === normalize(b.response, [])) continue;
    const newTrace = [...traces].some(
      (t) => t.length >= 2 && a.response.body.includes(t) && !b.response.body.includes(t),
    );
    if (newTrace) return { before: b, after: a };
  }
  return null;
}
