import { isCreate } from '../engine/discovery.ts';
import { leakReason } from '../engine/leaks.ts';
import { buildRequest } from '../engine/requests.ts';
import type { CallInput, ProbeRun } from '../engine/run.ts';
import type { Exchange } from '../http/exchange.ts';
import { authFlowKind, opKey } from '../operations/operation.ts';
import { defineProbe } from './define.ts';

const MAX_OPS = 15;

export default defineProbe({
  meta: {
    id: 'error-leak-error-body',
    kind: 'probe',
    title: 'Error response leaks stack traces or database errors',
    category: 'error-leak',
    severity: 'medium',
    description:
      'Sends malformed JSON, wrongly typed bodies and a quote in path parameters, and reads every response of the run for stack traces, SQL/ORM error text and framework debug pages.',
    cwe: 'CWE-209',
    defaultOn: true,
    requests: `up to 3 per operation with a body or path parameter (at most ${MAX_OPS} operations); the rest is passive`,
    identities: 0,
  },
  fix: {
    summary: 'Answer errors with a generic message; log the details',
    steps: [
      'In the global error handler, log the error server-side and send only a status and a generic message (or an error id).',
      'Never put `err.stack`, `err.message` of database/driver errors, or raw validation internals in responses.',
      'Turn off debug pages in production (NODE_ENV=production).',
    ],
  },
  async run({ run, report }) {
    await provoke(run);
    const seen = new Set<string>();
    for (const ex of run.exchanges) {
      const reason = leakReason(ex.response.body);
      const op = run.operations.find((o) => opKey(o) === ex.op);
      if (!reason || !op || seen.has(ex.op)) continue;
      const as = run.identities.find((i) => i.name === ex.as) ?? run.anonymous;
      if (await run.looksLikeCanary(op.method, op.path, as, ex.response)) continue;
      seen.add(ex.op);
      report({
        op,
        message: `${op.method} ${op.path} answers with ${reason} (HTTP ${ex.response.status})`,
        evidence: [{ ex, description: `request that provoked ${reason}` }],
      });
    }
  },
});

function wrongTypes(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return ['vas'];
  return Object.fromEntries(
    Object.entries(body).map(([k, v]) => [
      k,
      typeof v === 'string' ? { vas: [1] } : typeof v === 'number' ? 'vas-not-a-number' : 'vas',
    ]),
  );
}

async function provoke(run: ProbeRun): Promise<void> {
  const user = run.users[0];
  const withBody = run.operations
    .filter((o) => o.method !== 'GET' && o.method !== 'DELETE' && !authFlowKind(o))
    .slice(0, MAX_OPS);
  const login = run.operations.filter((o) => authFlowKind(o) === 'login' || authFlowKind(o) === 'register');
  for (const op of [...withBody, ...login]) {
    const as = op.auth !== 'none' && user ? user : run.anonymous;
    const built = buildRequest(run, op, as, as, { body: isCreate(op, run.operations) ? 'create' : 'minimal' });
    const base: CallInput = built?.input ?? { path: {} };
    if (!built && op.path.includes('{')) continue;
    const sent: (Exchange | null)[] = [];
    sent.push(await run.call(op, as, { path: base.path, query: base.query, rawBody: '{"vas": ', noRetry: true }));
    if (built?.input.body !== undefined && op.method === 'POST' && !authFlowKind(op)) {
      sent.push(await run.call(op, as, { ...base, body: wrongTypes(built.input.body), noRetry: true }));
    }
    if (sent.some((ex) => ex && leakReason(ex.response.body))) continue;
  }
  for (const op of run.operations.filter((o) => o.method === 'GET' && o.path.includes('{')).slice(0, MAX_OPS)) {
    const as = op.auth !== 'none' && user ? user : run.anonymous;
    const built = buildRequest(run, op, as, as, { randomPath: true });
    if (!built) continue;
    const last = [...op.path.matchAll(/\{([^}]+)\}/g)].pop()?.[1] ?? '';
    await run.call(op, as, {
      ...built.input,
      path: { ...built.input.path, [last]: `vas'"` },
      canary: true,
      noRetry: true,
    });
  }
}
