import { loginBodies } from '../auth/login.ts';
import { buildRequest } from '../engine/requests.ts';
import type { ProbeRun } from '../engine/run.ts';
import type { Exchange } from '../http/exchange.ts';
import { is2xx } from '../http/exchange.ts';
import type { Operation } from '../operations/operation.ts';
import { authFlowKind, bodyProps, codeField, passwordField } from '../operations/operation.ts';
import type { ProbeResult } from './define.ts';
import { defineProbe } from './define.ts';

const LIMIT_HEADERS =
  /^(ratelimit|ratelimit-limit|ratelimit-policy|x-ratelimit-limit|x-rate-limit-limit|retry-after)$/i;
const LIMIT_TEXT = /too many|rate.?limit|locked|lockout|try again (later|in)|slow down|temporarily blocked|throttl/i;
const ORDER = { reset: 0, otp: 1, register: 2, login: 3 } as const;

export default defineProbe({
  meta: {
    id: 'rate-limit-login-burst',
    kind: 'probe',
    title: 'Login, reset or one-time-code route takes unlimited attempts',
    category: 'rate-limit',
    severity: 'medium',
    description:
      'Sends a bounded burst (30 at most) of wrong passwords, wrong one-time codes, reset requests for an address that does not exist, or duplicate sign-ups. Confirmed when the whole burst is answered with no 429, no lockout, no rate-limit headers and no slowdown.',
    cwe: 'CWE-307',
    defaultOn: true,
    requests:
      'one burst of --burst (default 30, at most 30) per login/sign-up/reset/OTP route; stops at the first sign of a limit',
    identities: 0,
  },
  fix: {
    summary: 'Limit attempts on authentication routes',
    steps: [
      'Put a rate limiter on login, sign-up, password-reset and code-verification routes (e.g. express-rate-limit, @fastify/rate-limit), keyed by client and by account.',
      'Count wrong one-time codes per code and invalidate the code after a few failures.',
      'Answer 429 with Retry-After when the limit is reached.',
    ],
  },
  async run({ run, report }) {
    const routes = run.operations
      .map((op) => ({ op, kind: authFlowKind(op) }))
      .filter((r): r is { op: Operation; kind: keyof typeof ORDER } => r.kind !== null && r.kind in ORDER)
      .sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
    for (const { op, kind } of routes) {
      const result = await burst(run, op, kind);
      if (result) report(result);
    }
  },
});

function wrongBody(
  run: ProbeRun,
  op: Operation,
  kind: keyof typeof ORDER,
): { body: unknown; path: Record<string, string>; as: 'anon' | 'user' } | null {
  const user = run.users[0] ?? run.identities[0];
  const wrong = `vas-wrong-${run.values.marker()}`;
  if (kind === 'login') {
    const id = user ?? { ...run.anonymous, username: `vas-nobody-${run.values.runId}` };
    const [body] = loginBodies(op, { ...id, password: wrong });
    return body ? { body, path: {}, as: 'anon' } : null;
  }
  const actor = op.auth === 'required' && user ? user : run.anonymous;
  const built = buildRequest(run, op, actor, actor, { body: kind === 'register' ? 'create' : 'minimal' });
  if (!built) return null;
  const body = { ...((built.input.body as Record<string, unknown> | undefined) ?? {}) };
  const props = bodyProps(op);
  const code = codeField(op);
  // a code that cannot be right, so the burst never confirms anything by luck
  if (code) body[code] = typeof body[code] === 'number' ? -1 : 'vas-wrong-code';
  if (kind === 'reset') {
    for (const p of props.filter((p) => /mail/i.test(p)))
      body[p] = code && user?.email ? user.email : `vas-${run.values.runId}@example.invalid`;
    for (const p of props.filter((p) => /pass/i.test(p))) body[p] = `Vas-${run.values.marker()}-Aa1!`;
  }
  if (kind === 'register' && user) {
    // a sign-up that collides with an existing account: no account gets created
    for (const p of props) {
      if (/^(user_?name|login|handle)$/i.test(p) && user.username) body[p] = user.username;
      if (/mail/i.test(p) && user.email) body[p] = user.email;
    }
    const pw = passwordField(op);
    if (pw) body[pw] = `Vas-${run.values.marker()}-Aa1!`;
  }
  return { body, path: built.input.path ?? {}, as: actor === run.anonymous ? 'anon' : 'user' };
}

async function burst(run: ProbeRun, op: Operation, kind: keyof typeof ORDER): Promise<ProbeResult | null> {
  const plan = wrongBody(run, op, kind);
  if (!plan) return null;
  const as = plan.as === 'user' && run.users[0] ? run.users[0] : run.anonymous;
  const size = Math.min(run.options.burst ?? 30, 30);
  const sent: Exchange[] = [];
  for (let i = 0; i < size; i++) {
    const ex = await run.call(op, as, { path: plan.path, body: plan.body, noRetry: true });
    if (!ex) return null;
    sent.push(ex);
    const res = ex.response;
    if (res.status === 0 || res.status >= 500) return null;
    if (res.status === 429 || Object.keys(res.headers).some((h) => LIMIT_HEADERS.test(h)) || LIMIT_TEXT.test(res.body))
      return null;
    const first = sent[0]?.response;
    if (first && res.status !== first.status) return null;
    if (i === 0) {
      if (kind === 'login' && is2xx(res.status)) return null;
      if (kind === 'register' && is2xx(res.status)) return null; // it created an account: do not create 30
      if (await run.looksLikeCanary(op.method, op.path, as, res)) return null;
    }
  }
  if (sent.length < size || slowedDown(sent)) return null;
  const first = sent[0];
  const last = sent[sent.length - 1];
  if (!first || !last) return null;
  const what = {
    login: 'wrong passwords',
    register: 'duplicate sign-ups',
    reset: 'password-reset attempts',
    otp: 'wrong one-time codes',
  }[kind];
  return {
    op,
    message: `${op.method} ${op.path} accepted ${sent.length} ${what} in a row with no 429, lockout or slowdown`,
    evidence: [
      { ex: first, description: `attempt 1 of ${sent.length}` },
      { ex: last, description: `attempt ${sent.length} of ${sent.length}: still answered normally` },
    ],
  };
}

/** A tarpit counts as a limit: the last answers much slower than the first. */
function slowedDown(sent: Exchange[]): boolean {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const head = median(sent.slice(0, 5).map((e) => e.response.ms));
  const tail = median(sent.slice(-5).map((e) => e.response.ms));
  return sent.length >= 10 && tail > head * 3 + 250;
}
