import type { Identity } from '../auth/identity.ts';
import type { Exchange } from '../http/exchange.ts';
import { is2xx } from '../http/exchange.ts';
import type { Operation } from '../operations/operation.ts';
import { authFlowKind, sameTemplate } from '../operations/operation.ts';
import { idOf, objectsIn } from './objects.ts';
import { buildRequest, collectionOf, itemCollection } from './requests.ts';
import type { ProbeRun } from './run.ts';

type Obj = { [key: string]: unknown };

/** Runs `fn` over `items` with at most `n` in flight. */
export async function parallel<T>(items: T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
}

/** POST into a collection that can also be read back (`POST /bookmarks` with `GET /bookmarks[/{id}]`). */
export function isCreate(op: Operation, ops: Operation[]): boolean {
  if (op.method !== 'POST' || op.path.endsWith('}') || authFlowKind(op)) return false;
  return ops.some(
    (o) =>
      o !== op &&
      (o.method === 'GET' || o.method === 'DELETE') &&
      (sameTemplate(o.path, op.path) || sameTemplate(itemCollection(o.path), op.path)),
  );
}

function readable(op: Operation): boolean {
  return op.method === 'GET' && !authFlowKind(op);
}

/**
 * Learns what each identity owns: reads every GET it can resolve, creates one object in each creatable collection,
 * and reads again with the new ids, up to three rounds. Everything is stored per owner.
 */
export async function discover(run: ProbeRun): Promise<void> {
  const users = run.users;
  const done = new Set<string>();
  const readRound = async () => {
    const jobs: { op: Operation; id: Identity }[] = [];
    for (const id of users) for (const op of run.operations) if (readable(op)) jobs.push({ op, id });
    let fresh = 0;
    await parallel(jobs, 4, async ({ op, id }) => {
      const built = buildRequest(run, op, id, id);
      if (!built) return;
      const key = `${op.method} ${op.path} ${id.name} ${JSON.stringify(built.input)}`;
      if (done.has(key)) return;
      done.add(key);
      fresh++;
      const ex = await run.call(op, id, built.input);
      if (ex) harvest(run, op, id, ex, false);
    });
    return fresh;
  };
  run.progress.phase('discovery');
  await readRound();
  for (const id of users) {
    for (const op of run.operations) {
      // an empty PATCH on a "self" route (`PATCH /me`) changes nothing and shows what the API returns about you
      if (op.method === 'PATCH' && !op.path.includes('{') && !authFlowKind(op)) {
        const ex = await run.call(op, id, { body: {} });
        if (ex) harvest(run, op, id, ex, false);
      }
    }
  }
  await createRound(run, users);
  for (let round = 0; round < 2; round++) if ((await readRound()) === 0) break;
}

async function createRound(run: ProbeRun, users: Identity[]): Promise<void> {
  const creates = run.operations.filter((o) => isCreate(o, run.operations));
  // parents before children: a room before its messages
  creates.sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));
  for (const op of creates) {
    for (const id of users) {
      const built = buildRequest(run, op, id, id, { body: 'create' });
      if (!built) continue;
      const ex = await run.call(op, id, built.input);
      if (ex) harvest(run, op, id, ex, true);
    }
  }
  const register = run.operations.find((o) => authFlowKind(o) === 'register');
  if (register) {
    const built = buildRequest(run, register, run.anonymous, run.anonymous, { body: 'create' });
    // without a schema (a route known only from the source), send the usual sign-up fields
    const m = run.values.marker();
    const body = register.body
      ? built?.input.body
      : { username: m, email: `${m}@example.com`, password: `Vas-${m}-Aa1!` };
    if (built) await run.call(register, run.anonymous, { ...built.input, body });
  }
}

/** Stores the objects in an identity's own response and learns facts about the identity from it. */
export function harvest(run: ProbeRun, op: Operation, id: Identity, ex: Exchange, created: boolean): void {
  if (!is2xx(ex.response.status)) return;
  const json = ex.response.json;
  const pathValues = pathValuesOf(op, ex);
  const collection = created || !op.path.endsWith('}') ? op.path : itemCollection(op.path);
  const parents: Record<string, string> = {};
  for (const m of collection.matchAll(/\{([^}]+)\}/g)) {
    const name = m[1] ?? '';
    if (pathValues[name] !== undefined) parents[name] = pathValues[name];
  }
  let objects = json === undefined ? [] : objectsIn(json, collection);
  if (created && objects.length === 0) {
    const location = ex.response.headers.location;
    const last = location?.split('?')[0]?.split('/').filter(Boolean).pop();
    if (last) objects = [{ id: last }];
  }
  // an item read stores the object even when its id field is named differently
  if (
    !created &&
    op.path.endsWith('}') &&
    objects.length === 0 &&
    json &&
    typeof json === 'object' &&
    !Array.isArray(json)
  ) {
    const last = [...op.path.matchAll(/\{([^}]+)\}/g)].pop()?.[1];
    const v = last ? pathValues[last] : undefined;
    if (v) objects = [{ ...(json as Obj), id: v }];
  }
  for (const obj of objects) {
    const oid = idOf(obj, collection);
    if (oid === undefined) continue;
    run.store.add({ collection, parents, id: oid, owner: id.name, created, data: obj });
  }
  learnFacts(id, json, op);
}

function pathValuesOf(op: Operation, ex: Exchange): Record<string, string> {
  const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
  const out: Record<string, string> = {};
  const url = new URL(ex.request.url);
  const tpl = op.path.split('/');
  const got = url.pathname.split('/').slice(-tpl.length);
  tpl.forEach((seg, i) => {
    const m = seg.match(/^\{(.+)\}$/);
    if (m?.[1] && names.includes(m[1]) && got[i] !== undefined) out[m[1]] = decodeURIComponent(got[i] ?? '');
  });
  return out;
}

/** An object whose username is the identity's tells its e-mail and id; so does a "self" route's answer. */
function learnFacts(id: Identity, json: unknown, op: Operation, depth = 0): void {
  if (!json || typeof json !== 'object' || depth > 3) return;
  if (Array.isArray(json)) {
    for (const item of json) learnFacts(id, item, op, depth + 1);
    return;
  }
  const obj = json as Obj;
  const self =
    depth === 0 && !op.path.includes('{') && /(^|\/)(me|profile|account|user|whoami|current|self)$/i.test(op.path);
  const mine =
    (id.username !== undefined && (obj.username === id.username || obj.login === id.username)) ||
    (id.userId !== undefined &&
      obj.id !== undefined &&
      String(obj.id) === String(id.userId) &&
      (obj.email !== undefined || obj.username !== undefined));
  if (self || mine) {
    if (!id.email && typeof obj.email === 'string') id.email = obj.email;
    if (id.userId === undefined && (typeof obj.id === 'string' || typeof obj.id === 'number')) id.userId = obj.id;
    if (id.username === undefined && typeof obj.username === 'string') id.username = obj.username;
  }
  for (const v of Object.values(obj)) if (v && typeof v === 'object') learnFacts(id, v, op, depth + 1);
}

export { collectionOf };
