import { decodeJwt } from '../auth/jwt.ts';
import { is2xx } from '../http/exchange.ts';
import { opKey } from '../operations/operation.ts';
import { defineProbe } from './define.ts';

export default defineProbe({
  meta: {
    id: 'broken-auth-token-without-expiry',
    kind: 'probe',
    title: 'Login issues tokens that never expire',
    category: 'broken-auth',
    severity: 'medium',
    description:
      'Reads the JWT the login route issued to a verified identity; confirmed when it has no `exp` claim and the API accepts it.',
    cwe: 'CWE-613',
    defaultOn: true,
    requests: 'none (uses the login responses)',
    identities: 1,
  },
  fix: {
    summary: 'Give every token a short lifetime',
    steps: [
      'Sign tokens with an expiry (`expiresIn: "15m"`) and refresh them with a separate, revocable refresh token.',
      'Reject tokens without `exp` when verifying.',
    ],
  },
  async run({ run, report }) {
    for (const id of run.users) {
      const jwt = id.token ? decodeJwt(id.token) : null;
      if (!jwt || !id.verified || !id.loginOp || jwt.payload.exp !== undefined) continue;
      const key = opKey(id.loginOp);
      const loginEx = run.exchanges.find(
        (e) => e.op === key && is2xx(e.response.status) && e.response.body.includes(id.token ?? '\u0000'),
      );
      if (!loginEx) continue;
      const claims = Object.keys(jwt.payload).join(', ');
      report({
        op: id.loginOp,
        message: `${id.loginOp.method} ${id.loginOp.path} issues a JWT without an expiry (claims: ${claims}) and the API accepts it (${id.verifiedWith})`,
        evidence: [{ ex: loginEx, description: 'login response with the never-expiring token' }],
      });
      return;
    }
  },
});
