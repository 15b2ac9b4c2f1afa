import { singular } from '../../core/words.ts';
import { words } from './values.ts';

type Obj = { [key: string]: unknown };
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object of the API, as one identity saw it in its own listings or created it. */
export interface StoredObject {
  /** template of the collection it lives in, e.g. `/api/v1/rooms/{roomId}/messages` */
  collection: string;
  /** concrete values of the collection template's params */
  parents: Record<string, string>;
  id: string;
  owner: string;
  created: boolean;
  data: Obj;
  /** identities that saw this id when asking for their own data */
  seenBy: Set<string>;
}

const WRAPPERS = ['data', 'items', 'results', 'records', 'rows', 'content', 'list', 'entries', 'hits'];

/** The id field of an object: `id`, `_id`, `uuid`, or `<singular>Id` for its collection. */
export function idOf(obj: Obj, collection: string): string | undefined {
  const res = singular(lastStatic(collection));
  for (const key of ['id', '_id', 'uuid', `${res}Id`, `${res}_id`, 'key', 'slug']) {
    const v = obj[key];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return undefined;
}

export function lastStatic(path: string): string {
  const segs = path.split('/').filter((s) => s && !s.startsWith('{'));
  return segs[segs.length - 1] ?? '';
}

/** Objects in a response body: a top-level array, a wrapped array (`data`, `items` ...), or one object. */
export function objectsIn(json: unknown, collection: string): Obj[] {
  if (Array.isArray(json)) return json.filter(isObj);
  if (!isObj(json)) return [];
  for (const key of [...WRAPPERS, lastStatic(collection)]) {
    const v = json[key];
    if (Array.isArray(v) && v.some(isObj)) return v.filter(isObj);
  }
  if (idOf(json, collection) !== undefined) return [json];
  for (const key of WRAPPERS) {
    const v = json[key];
    if (isObj(v) && idOf(v, collection) !== undefined) return [v];
  }
  return [];
}

export class ObjectStore {
  readonly objects: StoredObject[] = [];

  add(obj: Omit<StoredObject, 'seenBy'>): StoredObject {
    const existing = this.objects.find(
      (o) => o.collection === obj.collection && o.id === obj.id && sameParents(o.parents, obj.parents),
    );
    if (existing) {
      existing.seenBy.add(obj.owner);
      // the creator stays the owner; a listing by someone else only marks it as seen
      if (obj.created && !existing.created) Object.assign(existing, { owner: obj.owner, created: true });
      existing.data = { ...existing.data, ...obj.data };
      return existing;
    }
    const stored = { ...obj, seenBy: new Set([obj.owner]) };
    this.objects.push(stored);
    return stored;
  }

  /** Objects of `owner` in `collection` (matching `parents`), created ones first. */
  owned(collection: string, owner: string, parents: Record<string, string> = {}): StoredObject[] {
    return this.objects
      .filter((o) => o.collection === collection && o.owner === owner && subsetOf(o.parents, parents))
      .sort((a, b) => Number(b.created) - Number(a.created));
  }

  /** Collections whose last segment names `resource` (`account` → `/api/v1/accounts`). */
  collectionsFor(resource: string): string[] {
    const want = singular(resource);
    return [...new Set(this.objects.map((o) => o.collection))].filter((c) => singular(lastStatic(c)) === want);
  }

  /** Values seen under a field name in `owner`'s objects (`toIban` also looks for `iban`). */
  fieldValues(name: string, owner: string): unknown[] {
    const w = words(name);
    const keys = new Set([name.toLowerCase(), w.join(''), w[w.length - 1] ?? '']);
    const out: unknown[] = [];
    for (const o of this.objects) {
      if (o.owner !== owner) continue;
      for (const [k, v] of Object.entries(o.data)) {
        if (keys.has(k.toLowerCase()) && (typeof v === 'string' || typeof v === 'number') && v !== '') out.push(v);
      }
    }
    return out;
  }
}

function sameParents(a: Record<string, string>, b: Record<string, string>): boolean {
  return JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
}

function subsetOf(have: Record<string, string>, want: Record<string, string>): boolean {
  return Object.entries(want).every(([k, v]) => have[k] === undefined || have[k] === v);
}
