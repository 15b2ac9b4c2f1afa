import { extractCredential, loginBodies } from '../auth/login.ts';
import { is2xx } from '../http/exchange.ts';
import { authFlowKind, passwordField } from '../operations/operation.ts';
import { defineProbe } from './define.ts';

export default defineProbe({
  meta: {
    id: 'input-validation-operator-injection',
    kind: 'probe',
    title: 'Query operators in the body bypass login',
    category: 'input-validation',
    severity: 'critical',
    description:
      'Sends the login route a known user name with a query operator instead of a password (`{"$ne": null}`, `{"$gt": ""}`). Confirmed when the answer carries a credential while a wrong password is refused.',
    cwe: 'CWE-943',
    defaultOn: true,
    requests: 'up to 3 per login route',
    identities: 0,
  },
  fix: {
    summary: 'Validate types before they reach the query',
    steps: [
      'Validate the body with a schema that requires strings for user name and password.',
      'Use sanitizers such as express-mongo-sanitize, or `$eq` in queries built from input.',
    ],
  },
  async run({ run, report }) {
    const user = run.users[0] ?? run.identities[0];
    for (const op of run.operations.filter((o) => authFlowKind(o) === 'login')) {
      const pw = passwordField(op) ?? 'password';
      const [shape] = loginBodies(op, {
        ...(user ?? run.anonymous),
        username: user?.username ?? 'admin',
        password: 'x',
      });
      if (!shape) continue;
      const wrong = await run.call(op, run.anonymous, {
        body: { ...shape, [pw]: `vas-wrong-${run.values.marker()}` },
        noRetry: true,
      });
      if (!wrong || is2xx(wrong.response.status) || wrong.response.status === 429) continue;
      for (const operator of [{ $ne: null }, { $gt: '' }]) {
        const ex = await run.call(op, run.anonymous, { body: { ...shape, [pw]: operator }, noRetry: true });
        if (!ex || !is2xx(ex.response.status) || !extractCredential(ex)) continue;
        report({
          op,
          message: `${op.method} ${op.path} logs in with ${JSON.stringify(operator)} as the password (NoSQL operator injection)`,
          evidence: [
            { ex: wrong, description: 'a wrong password is refused' },
            { ex, description: 'a query operator as the password logs in' },
          ],
        });
        break;
      }
    }
  },
});
