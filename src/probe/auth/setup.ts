import { buildRequest } from '../engine/requests.ts';
import type { ProbeRun } from '../engine/run.ts';
import { is2xx } from '../http/exchange.ts';
import type { Operation } from '../operations/operation.ts';
import { authFlowKind } from '../operations/operation.ts';
import type { IdentityInput, LoginRecipe } from '../options.ts';
import type { Identity } from './identity.ts';
import { learnFromToken, newIdentity } from './identity.ts';
import { findLoginOp, login, schemeFor } from './login.ts';

export function identitiesFrom(inputs: IdentityInput[]): Identity[] {
  return inputs.map((input) => {
    const id = newIdentity(input.name);
    id.username = input.username;
    // an e-mail login name is the identity's e-mail address too
    if (input.username?.includes('@')) id.email = input.username;
    id.password = input.password;
    id.token = input.token;
    id.headers = Object.fromEntries(Object.entries(input.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    id.cookies = { ...input.cookies };
    return id;
  });
}

/**
 * Logs every identity in (or takes its token), then checks that it really is logged in: a route that refuses
 * anonymous requests must answer it. Says what happened for each one.
 */
export async function setupIdentities(run: ProbeRun, recipe?: LoginRecipe): Promise<void> {
  const loginOp = findLoginOp(run.operations, recipe);
  const scheme = schemeFor(loginOp, run.operations, recipe);
  run.relogin = async (id) => {
    if (!loginOp || id.password === undefined || id.logins > 6) return false;
    const ex = await login(run, id, loginOp, recipe);
    return Boolean(ex && is2xx(ex.response.status) && id.loggedIn);
  };
  for (const id of run.identities) {
    if (id.token || Object.keys(id.cookies).length || Object.keys(id.headers).length) {
      id.scheme = id.scheme ?? scheme;
      id.loggedIn = true;
      learnFromToken(id);
      id.notes.push('credentials given');
    } else if (id.password !== undefined && scheme.kind === 'basic') {
      id.scheme = scheme;
      id.loggedIn = true;
      id.notes.push('HTTP Basic credentials');
    } else if (id.password !== undefined && loginOp) {
      const ex = await login(run, id, loginOp, recipe);
      if (id.loggedIn) id.notes.push(`logged in via ${loginOp.method} ${loginOp.path}`);
      else
        id.notes.push(
          `login via ${loginOp.method} ${loginOp.path} failed (${ex ? `HTTP ${ex.response.status}` : 'not sent'})`,
        );
    } else if (id.password !== undefined) {
      id.notes.push('no login route found: give --spec with the login operation, or a login recipe in vas.config.json');
    }
  }
  for (const id of run.identities.filter((i) => i.loggedIn)) await verify(run, id);
  for (const id of run.identities) {
    const status = id.verified ? `verified (${id.verifiedWith})` : id.loggedIn ? 'NOT verified' : 'not logged in';
    run.progress.info(`identity ${id.name}: ${id.notes.join(', ')}; ${status}`);
    if (!id.verified) run.note(`identity ${id.name}: ${id.notes.join(', ')}; ${status}`);
  }
  // an identity that could not be verified stays usable only if it at least logged in
  for (const id of run.identities) if (!id.verified && !id.loggedIn) id.loggedIn = false;
}

function verificationCandidates(run: ProbeRun): Operation[] {
  const score = (o: Operation) =>
    (/(^|\/)(me|profile|account|whoami|session|user|current)(\/|$)/i.test(o.path) ? 0 : 2) +
    (o.path.match(/\{/g)?.length ?? 0);
  return run.operations
    .filter((o) => o.method === 'GET' && o.auth !== 'none' && !o.public && !authFlowKind(o) && !/admin/i.test(o.path))
    .sort((a, b) => score(a) - score(b));
}

/** Verifies identities that no parameterless route could check, now that discovery knows their objects. */
export async function reverify(run: ProbeRun): Promise<void> {
  for (const id of run.identities.filter((i) => i.loggedIn && !i.verified)) {
    await verify(run, id);
    if (id.verified) run.progress.info(`identity ${id.name}: verified (${id.verifiedWith})`);
  }
}

async function verify(run: ProbeRun, id: Identity): Promise<void> {
  let tried = 0;
  for (const op of verificationCandidates(run)) {
    const built = buildRequest(run, op, id, id);
    if (!built) continue;
    if (++tried > 4) break;
    const mine = await run.call(op, id, built.input);
    if (!mine || !is2xx(mine.response.status)) continue;
    const anon = await run.call(op, run.anonymous, built.input);
    if (anon && !is2xx(anon.response.status)) {
      id.verified = true;
      id.verifiedWith = `${op.method} ${op.path} → ${mine.response.status}, anonymous → ${anon.response.status}`;
      run.verifyOps.set(id.name, { op, input: built.input });
      return;
    }
  }
}
