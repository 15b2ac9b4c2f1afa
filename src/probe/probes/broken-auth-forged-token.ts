import { crackSecret, tokenTarget, tryToken } from '../auth/forge.ts';
import { forgeAlgNone, resignWithRandomKey, signHmac, stripSignature } from '../auth/jwt.ts';
import { defineProbe } from './define.ts';

export default defineProbe({
  meta: {
    id: 'broken-auth-forged-token',
    kind: 'probe',
    title: 'API accepts forged or expired tokens',
    category: 'broken-auth',
    severity: 'critical',
    description:
      'Replays a signed-in request with the JWT altered: `alg: none`, signature stripped, re-signed with a random key, and (when the signing secret is guessable) expired. Confirmed when the altered token gets the same answer as the real one on a route that refuses anonymous callers.',
    cwe: 'CWE-347',
    defaultOn: true,
    requests: 'up to 5 (one baseline, one per forged token)',
    identities: 1,
  },
  fix: {
    summary: 'Verify every token: signature, pinned algorithm, expiry',
    steps: [
      'Verify with the library’s verify function (never `decode`) and pin the algorithm (`algorithms: ["HS256"]`).',
      'Reject tokens whose `exp` has passed; do not disable expiry checks.',
      'Keep the signing secret long and random, from the environment.',
    ],
  },
  async run({ run, report }) {
    const target = await tokenTarget(run);
    if (!target) return;
    const { jwt, legit } = target;
    const attempts: { label: string; token: string; what: string }[] = [
      { label: 'forged:alg-none', token: forgeAlgNone(jwt), what: 'a token with `alg: none` and no signature' },
      { label: 'forged:no-signature', token: stripSignature(jwt), what: 'the token with its signature removed' },
      { label: 'forged:random-key', token: resignWithRandomKey(jwt), what: 'the token re-signed with a random key' },
    ];
    const secret = crackSecret(run, jwt);
    if (secret) {
      const now = Math.floor(Date.now() / 1000);
      attempts.push({
        label: 'forged:expired',
        token: signHmac(jwt.header, { ...jwt.payload, iat: now - 7200, exp: now - 3600 }, secret),
        what: 'a correctly signed token that expired an hour ago',
      });
    }
    for (const a of attempts) {
      const ex = await tryToken(run, target, a.token, a.label);
      if (!ex) continue;
      report({
        op: null,
        message: `the API accepts ${a.what} (checked on ${ex.request.method} ${new URL(ex.request.url).pathname})`,
        severity: a.label === 'forged:expired' ? 'high' : 'critical',
        evidence: [
          { ex: legit, description: 'request with the real token' },
          { ex, description: `same request with ${a.what}: same answer` },
        ],
      });
    }
  },
});
