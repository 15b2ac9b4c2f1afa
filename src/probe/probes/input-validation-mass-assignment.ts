import type { Identity } from '../auth/identity.ts';
import { harvest, isCreate } from '../engine/discovery.ts';
import { buildRequest } from '../engine/requests.ts';
import type { ProbeRun } from '../engine/run.ts';
import { is2xx } from '../http/exchange.ts';
import type { Operation } from '../operations/operation.ts';
import { authFlowKind, bodyProps } from '../operations/operation.ts';
import type { ProbeResult } from './define.ts';
import { defineProbe } from './define.ts';

type Obj = { [key: string]: unknown };

/** Fields a client must not set, with the value that shows it stuck. */
function privileged(victim: Identity | undefined): Obj {
  return {
    role: 'admin',
    isAdmin: true,
    admin: true,
    verified: true,
    isVerified: true,
    balance: 999999,
    credits: 999999,
    ...(victim?.userId !== undefined ? { userId: victim.userId, ownerId: victim.userId } : {}),
  };
}

export default defineProbe({
  meta: {
    id: 'input-validation-mass-assignment',
    kind: 'probe',
    title: 'Server-set fields can be written by the client',
    category: 'input-validation',
    severity: 'high',
    description:
      'Creates objects (and signs up) with extra undocumented fields a client must not set (role, isAdmin, userId/ownerId of another identity, balance, verified) and reads back whether they stuck.',
    cwe: 'CWE-915',
    defaultOn: true,
    requests: 'one create per creatable collection and sign-up route, plus one read-back',
    identities: 1,
  },
  fix: {
    summary: 'Copy only the allowed fields from the body',
    steps: [
      'Validate the body with a schema that lists the writable fields and strips the rest (zod `.strict()`/`pick`, Joi, class-validator whitelist).',
      'Set server-owned fields (owner, role, balance, verified) from the session after validation, never from the body.',
      'Do not spread the request body into records (`{ ...req.body }`, `Object.assign(x, req.body)`).',
    ],
  },
  async run({ run, report }) {
    const me = run.users[0];
    const victim = run.users[1];
    const targets = run.operations.filter((o) => isCreate(o, run.operations) || authFlowKind(o) === 'register');
    for (const op of targets) {
      const result = await tryOp(run, op, authFlowKind(op) === 'register' ? run.anonymous : me, victim);
      if (result) report(result);
    }
  },
});

async function tryOp(
  run: ProbeRun,
  op: Operation,
  as: Identity | undefined,
  victim: Identity | undefined,
): Promise<ProbeResult | null> {
  if (!as) return null;
  const built = buildRequest(run, op, as, as, { body: 'create' });
  if (!built?.input.body || typeof built.input.body !== 'object') return null;
  const documented = new Set(bodyProps(op));
  const extra = Object.fromEntries(Object.entries(privileged(victim)).filter(([k]) => !documented.has(k)));
  const ex = await run.call(op, as, { ...built.input, body: { ...(built.input.body as Obj), ...extra } });
  if (!ex || !is2xx(ex.response.status)) return null;
  if (!as.anonymous) harvest(run, op, as, ex, true);
  const stuck = stuckFields(ex.response.json, extra);
  if (stuck.length === 0) return null;
  return {
    op,
    message: `${op.method} ${op.path} lets the client set ${stuck.join(', ')}`,
    evidence: [{ ex, description: 'create with extra server-owned fields; the response shows them set' }],
  };
}

/** Fields of `sent` that the created object (top level or one level down, e.g. `{ user: {...} }`) carries. */
function stuckFields(json: unknown, sent: Obj): string[] {
  const candidates: Obj[] = [];
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    candidates.push(json as Obj);
    for (const v of Object.values(json)) if (v && typeof v === 'object' && !Array.isArray(v)) candidates.push(v as Obj);
  }
  for (const obj of candidates) {
    const hits = Object.entries(sent)
      .filter(([k, v]) => obj[k] !== undefined && String(obj[k]) === String(v))
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    if (hits.length) return hits;
  }
  return [];
}
