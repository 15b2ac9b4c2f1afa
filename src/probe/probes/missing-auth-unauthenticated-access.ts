import { sameResponse, trivial } from '../engine/compare.ts';
import { isCreate } from '../engine/discovery.ts';
import { buildRequest } from '../engine/requests.ts';
import { is2xx } from '../http/exchange.ts';
import type { Operation } from '../operations/operation.ts';
import { authFlowKind, conventionallyPublic } from '../operations/operation.ts';
import { defineProbe } from './define.ts';

/** Operations meant to need credentials: documented as secured, or not known to be public. */
function protectedOp(op: Operation): boolean {
  return op.auth !== 'none' && !op.public && !authFlowKind(op) && !conventionallyPublic(op);
}

export default defineProbe({
  meta: {
    id: 'missing-auth-unauthenticated-access',
    kind: 'probe',
    title: 'Operation answers without credentials',
    category: 'missing-auth',
    severity: 'high',
    description:
      'Replays a signed-in request without credentials and with a garbage token; confirmed when the anonymous caller gets the same data as the signed-in one.',
    cwe: 'CWE-306',
    defaultOn: true,
    requests: 'up to 3 per protected operation (signed-in baseline, anonymous, garbage token) plus canaries',
    identities: 1,
  },
  fix: {
    summary: 'Require authentication on this route',
    steps: [
      'Apply the authentication middleware/guard to the route (or to the router it is mounted on) before the handler runs.',
      'Check that routes registered before an app-wide auth middleware are not left outside it.',
      'Add a test that calls the route without credentials and expects 401.',
    ],
  },
  async run({ run, report }) {
    const me = run.users[0];
    if (!me) return;
    // reads, and creates (an anonymous create is proved by the object it makes); never updates or deletes
    const ops = run.operations.filter(
      (o) => protectedOp(o) && (o.method === 'GET' || o.method === 'HEAD' || isCreate(o, run.operations)),
    );
    for (const op of ops) {
      const built = buildRequest(run, op, me, me, { body: op.method === 'POST' ? 'create' : 'none' });
      if (!built) continue;
      const mine = await run.call(op, me, built.input);
      if (!mine || !is2xx(mine.response.status) || trivial(mine.response)) continue;
      const values = mine.values;
      const attempts = [
        { label: 'anonymous', credentials: undefined, what: 'the same request without credentials' },
        {
          label: 'garbage-token',
          credentials: { label: 'garbage-token', headers: { authorization: 'Bearer vas.garbage.token' } },
          what: 'the same request with a garbage token',
        },
      ];
      for (const attempt of attempts) {
        const other = await run.call(op, run.anonymous, {
          ...built.input,
          ...(attempt.credentials ? { credentials: attempt.credentials } : {}),
        });
        if (!other || !is2xx(other.response.status) || !sameResponse(mine.response, other.response, values)) continue;
        if (await run.looksLikeCanary(op.method, op.path, run.anonymous, other.response)) continue;
        report({
          op,
          message: `${op.method} ${op.path} returns the same data to ${attempt.label === 'anonymous' ? 'an anonymous caller' : 'a caller with a garbage token'} as to a signed-in user`,
          evidence: [
            { ex: mine, description: 'signed-in request' },
            { ex: other, description: `${attempt.what}: same status and body` },
          ],
        });
        break;
      }
    }
    await adminRoutes(run, report);
  },
});

/** Admin functions reachable by an ordinary signed-in user (function-level authorization, OWASP API5). */
async function adminRoutes(
  run: import('../engine/run.ts').ProbeRun,
  report: (r: import('./define.ts').ProbeResult) => void,
): Promise<void> {
  const me = run.users[0];
  if (!me) return;
  for (const op of run.operations.filter(
    (o) => o.method === 'GET' && /(^|\/)admin(\/|$)/i.test(o.path) && protectedOp(o),
  )) {
    const built = buildRequest(run, op, me, me);
    if (!built) continue;
    const mine = await run.call(op, me, built.input);
    if (!mine || !is2xx(mine.response.status) || trivial(mine.response) || mine.response.json === undefined) continue;
    const anon = await run.call(op, run.anonymous, built.input);
    // the route must enforce authentication at all, or the anonymous check above already covers it
    if (!anon || is2xx(anon.response.status)) continue;
    if (await run.looksLikeCanary(op.method, op.path, me, mine.response)) continue;
    report({
      op,
      severity: 'high',
      message: `${op.method} ${op.path} is an admin function that an ordinary signed-in user (${me.name}) can call`,
      evidence: [
        { ex: mine, description: 'ordinary user calls the admin route' },
        { ex: anon, description: 'the route does require authentication' },
      ],
    });
  }
}
