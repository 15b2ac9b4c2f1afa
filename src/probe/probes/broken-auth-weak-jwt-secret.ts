import { crackSecret, tokenTarget, tryToken } from '../auth/forge.ts';
import { signHmac } from '../auth/jwt.ts';
import { maskSecret } from '../http/redact.ts';
import { defineProbe } from './define.ts';

export default defineProbe({
  meta: {
    id: 'broken-auth-weak-jwt-secret',
    kind: 'probe',
    title: 'JWT signing secret is guessable',
    category: 'broken-auth',
    severity: 'critical',
    description:
      'Cracks the HMAC secret of a real token offline against a small built-in list of weak secrets and words from the target (API title, paths), then proves it by signing a fresh token that the API accepts.',
    cwe: 'CWE-798',
    defaultOn: true,
    requests: 'none for cracking; 2 to prove the secret (baseline and forged token)',
    identities: 1,
  },
  fix: {
    summary: 'Use a long random signing secret from the environment',
    steps: [
      'Generate at least 32 random bytes (`openssl rand -hex 32`) and load them from the environment or a secret manager.',
      'Remove hard-coded secrets and fallbacks (`process.env.JWT_SECRET || "secret"`); fail at start-up when the secret is missing.',
      'Rotate the secret: every token signed with the old one is forgeable.',
    ],
  },
  async run({ run, report }) {
    const target = await tokenTarget(run);
    if (!target) return;
    const secret = crackSecret(run, target.jwt);
    if (!secret) return;
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      ...target.jwt.payload,
      iat: now,
      ...(target.jwt.payload.exp !== undefined ? { exp: now + 300 } : {}),
    };
    const ex = await tryToken(run, target, signHmac(target.jwt.header, claims, secret), 'forged:cracked-secret');
    if (!ex) return;
    report({
      op: null,
      message: `tokens are signed with a guessable secret (${maskSecret(secret)}, ${secret.length} chars): a token signed by vas with it is accepted`,
      evidence: [
        { ex: target.legit, description: 'request with the real token' },
        { ex, description: 'same request with a token vas signed using the cracked secret: same answer' },
      ],
    });
  },
});
