import { sameResponse } from '../engine/compare.ts';
import { lastStatic } from '../engine/objects.ts';
import type { ProbeRun } from '../engine/run.ts';
import type { Exchange } from '../http/exchange.ts';
import { is2xx } from '../http/exchange.ts';
import type { Identity } from './identity.ts';
import { credentialParts } from './identity.ts';
import type { DecodedJwt } from './jwt.ts';
import { crackHmac, decodeJwt } from './jwt.ts';
import { contextSecrets, WEAK_SECRETS } from './weak-secrets.ts';

/** A signed-in identity with a JWT and a route that proves the token matters (it refuses anonymous callers). */
export interface TokenTarget {
  id: Identity;
  jwt: DecodedJwt;
  legit: Exchange;
}

export async function tokenTarget(run: ProbeRun): Promise<TokenTarget | null> {
  for (const id of run.users) {
    const check = run.verifyOps.get(id.name);
    const jwt = id.token ? decodeJwt(id.token) : null;
    if (!check || !jwt) continue;
    const legit = await run.call(check.op, id, check.input);
    if (legit && is2xx(legit.response.status)) return { id, jwt, legit };
  }
  return null;
}

/** Sends the verification request with `token` in place of the identity's; accepted = same answer as the real one. */
export async function tryToken(
  run: ProbeRun,
  target: TokenTarget,
  token: string,
  label: string,
): Promise<Exchange | null> {
  const check = run.verifyOps.get(target.id.name);
  if (!check) return null;
  // only the forged token may authenticate: a session cookie riding along would prove nothing
  const cookies = target.id.scheme?.kind === 'cookie' ? {} : undefined;
  const headers = credentialParts({ ...target.id, token, cookies: cookies ?? {} }).headers;
  const ex = await run.call(check.op, target.id, { ...check.input, credentials: { label, headers } });
  if (!ex || !is2xx(ex.response.status) || !sameResponse(ex.response, target.legit.response)) return null;
  return ex;
}

const cracked = new WeakMap<ProbeRun, string | null>();

/** The HMAC secret of the target's tokens, if it is in the built-in list or made of the target's own words. */
export function crackSecret(run: ProbeRun, jwt: DecodedJwt): string | null {
  if (cracked.has(run)) return cracked.get(run) ?? null;
  const words = [
    ...run.contextWords,
    ...run.operations.map((o) => lastStatic(o.path.split('/').slice(0, 3).join('/'))),
  ];
  const secret = crackHmac(jwt, [...WEAK_SECRETS, ...contextSecrets(words)]);
  cracked.set(run, secret);
  return secret;
}
