import type { Identity } from '../auth/identity.ts';
import { sameResponse, trivial } from '../engine/compare.ts';
import {
  attackerTraces,
  crossVariants,
  distinctiveVictimValues,
  found,
  snapshot,
  victimViews,
  writeEffect,
} from '../engine/cross-user.ts';
import { buildRequest } from '../engine/requests.ts';
import type { ProbeRun } from '../engine/run.ts';
import type { Exchange } from '../http/exchange.ts';
import { is2xx } from '../http/exchange.ts';
import type { Operation } from '../operations/operation.ts';
import { authFlowKind, opKey } from '../operations/operation.ts';
import type { ProbeResult } from './define.ts';
import { defineProbe } from './define.ts';

/** Undocumented query parameters that some handlers let override the owner filter (`?userId=`). */
const OWNER_OVERRIDES = ['userId', 'user_id', 'ownerId'];

export default defineProbe({
  meta: {
    id: 'bola-cross-user-access',
    kind: 'probe',
    title: "One user reads, changes or deletes another user's object",
    category: 'bola',
    severity: 'critical',
    description:
      "Finds or creates objects as one identity, then addresses them as another. Confirmed only when the second identity gets the first one's object (same body, or the owner's private values), or the owner sees the change.",
    cwe: 'CWE-639',
    defaultOn: true,
    requests:
      'per operation and direction: 1-2 baselines, 1-4 cross-user requests, 1 canary, up to 8 owner reads around a write',
    identities: 2,
  },
  fix: {
    summary: 'Scope every object lookup to the caller',
    steps: [
      'Load the object with the caller in the query (`where: { id, ownerId: req.user.id }`) or compare the owner after loading and answer 404.',
      'Never take the owner (`userId`, `accountId` ...) from the query or body when it must be the caller.',
      'For objects referenced in the body (source account, target room), check each one, not only the first.',
    ],
  },
  async run({ run, report }) {
    const users = run.users.slice(0, 3);
    if (users.length < 2) {
      run.note('bola-cross-user-access needs two logged-in identities; skipped');
      return;
    }
    const done = new Set<string>();
    const ops = run.operations.filter((o) => o.auth !== 'none' && !o.public && !authFlowKind(o));
    // reads first: a write may change what the reads would show
    ops.sort(
      (a, b) =>
        Number(a.method !== 'GET') -
        Number(b.method !== 'GET') +
        Number(a.method === 'DELETE') -
        Number(b.method === 'DELETE'),
    );
    for (const op of ops) {
      for (const attacker of users) {
        for (const victim of users) {
          if (attacker === victim || done.has(opKey(op))) continue;
          const result = await testOp(run, op, attacker, victim);
          if (result) {
            done.add(opKey(op));
            report(result);
          }
        }
      }
    }
    for (const op of ops.filter((o) => o.method === 'GET' && !o.path.includes('{') && !done.has(opKey(o)))) {
      const result = await ownerOverride(run, op, users);
      if (result) report(result);
    }
  },
});

async function testOp(run: ProbeRun, op: Operation, attacker: Identity, victim: Identity): Promise<ProbeResult | null> {
  const bodyMode = op.method === 'PATCH' ? 'noop' : op.method === 'GET' || op.method === 'DELETE' ? 'none' : 'minimal';
  const own = buildRequest(run, op, attacker, attacker, { body: bodyMode });
  for (const variant of crossVariants(run, op, attacker, victim, bodyMode)) {
    const write = op.method !== 'GET';
    const views = write ? victimViews(run, op, variant) : [];
    const before = write ? await snapshot(run, victim, views) : [];
    // the victim's own identical request, unless it would act with the attacker's values or destroy the object
    const sendVictim = !variant.mixed && op.method !== 'DELETE' && op.method !== 'PUT';
    const theirs = sendVictim ? await run.call(op, victim, variant.input) : null;
    const attack = await run.call(op, attacker, variant.input);
    if (!attack || !is2xx(attack.response.status)) continue;
    const canary = await run.call(op, attacker, variant.canary);
    if (canary && is2xx(canary.response.status) && sameResponse(attack.response, canary.response, attack.values))
      continue;
    const what = variant.substituted.map((r) => `${r.name}=${r.value}`).join(', ');
    const evidenceBase = (extra: { ex: Exchange; description: string }[]) => [
      ...(theirs ? [{ ex: theirs, description: `${victim.name} requests their own object (${what})` }] : []),
      { ex: attack, description: `${attacker.name} sends the same request for ${victim.name}'s object` },
      ...extra,
      ...(canary ? [{ ex: canary, description: 'control: the same request for an object that does not exist' }] : []),
    ];
    const verb =
      op.method === 'GET' ? 'reads' : op.method === 'DELETE' ? 'deletes' : op.method === 'POST' ? 'acts on' : 'changes';

    // (a) the attacker gets exactly what the owner gets, and that differs from the attacker's own answer
    if (
      theirs &&
      is2xx(theirs.response.status) &&
      !trivial(theirs.response) &&
      sameResponse(attack.response, theirs.response, attack.values)
    ) {
      const mine = own ? await run.call(op, attacker, own.input) : null;
      if (!mine || !sameResponse(mine.response, theirs.response, attack.values)) {
        return {
          op,
          message: `${attacker.name} ${verb} ${victim.name}'s object through ${op.method} ${op.path} (${what}) and gets the owner's response`,
          evidence: evidenceBase([]),
        };
      }
    }
    // (b) the attacker's response carries the owner's private values
    if (op.method !== 'DELETE') {
      const mine = own && op.method === 'GET' ? await run.call(op, attacker, own.input) : null;
      const distinctive = distinctiveVictimValues(
        run,
        variant,
        attacker,
        theirs ? [theirs.response] : [],
        mine ? [mine.response] : [],
      );
      const hits = found(attack.response, distinctive);
      if (hits.length >= 2 || hits.some((h) => h.length >= 8 || run.values.isMarker(h))) {
        return {
          op,
          message: `${attacker.name} ${verb} ${victim.name}'s object through ${op.method} ${op.path} (${what}); the response carries the owner's data`,
          evidence: evidenceBase([]),
        };
      }
    }
    // (c) the owner sees the attacker's change
    if (write && views.length) {
      const after = await snapshot(run, victim, views);
      const deletedId =
        op.method === 'DELETE' ? String(variant.substituted[variant.substituted.length - 1]?.value ?? '') : undefined;
      const effect = writeEffect(before, after, attackerTraces(run, attacker, variant), deletedId);
      if (effect) {
        return {
          op,
          message: `${attacker.name} ${verb} ${victim.name}'s object through ${op.method} ${op.path} (${what}); ${victim.name} sees the change`,
          evidence: evidenceBase([
            { ex: effect.before, description: `${victim.name}'s view before` },
            { ex: effect.after, description: `${victim.name}'s view after` },
          ]),
        };
      }
    }
  }
  return null;
}

/** `GET /things?userId=<victim>` returning the victim's list where the plain request returns the caller's. */
async function ownerOverride(run: ProbeRun, op: Operation, users: Identity[]): Promise<ProbeResult | null> {
  const documented = new Set(op.params.map((p) => p.name));
  for (const attacker of users) {
    for (const victim of users) {
      if (attacker === victim || victim.userId === undefined) continue;
      const own = buildRequest(run, op, attacker, attacker);
      const theirsBuilt = buildRequest(run, op, victim, victim);
      if (!own || !theirsBuilt) continue;
      const theirs = await run.call(op, victim, theirsBuilt.input);
      if (!theirs || !is2xx(theirs.response.status) || trivial(theirs.response)) continue;
      const mine = await run.call(op, attacker, own.input);
      if (!mine || sameResponse(mine.response, theirs.response)) continue;
      for (const name of OWNER_OVERRIDES.filter((n) => !documented.has(n))) {
        const input = { ...own.input, query: { ...own.input.query, [name]: String(victim.userId) } };
        const attack = await run.call(op, attacker, input);
        if (!attack || !is2xx(attack.response.status) || !sameResponse(attack.response, theirs.response)) continue;
        const canary = await run.call(op, attacker, { ...input, query: { ...input.query, [name]: '987654321' } });
        if (canary && sameResponse(canary.response, attack.response)) continue;
        return {
          op,
          message: `${attacker.name} lists ${victim.name}'s objects through ${op.method} ${op.path}?${name}=… (an undocumented owner override)`,
          evidence: [
            { ex: theirs, description: `${victim.name} lists their own objects` },
            { ex: mine, description: `${attacker.name} lists their own objects` },
            {
              ex: attack,
              description: `${attacker.name} adds ?${name}=<${victim.name}'s id> and gets ${victim.name}'s list`,
            },
            ...(canary ? [{ ex: canary, description: 'control: an id that does not exist' }] : []),
          ],
        };
      }
    }
  }
  return null;
}
