import { defineCheck } from '../core/check.ts';
import { locationOf } from '../parse/source.ts';
import { endpointLabel } from './_idiom.ts';
import { isAuthFlow } from './_predicates.ts';
import { plainComparisonIn } from './broken-auth-plaintext-password.ts';
import { limiterExample } from './rate-limit-missing.ts';

export default defineCheck({
  meta: {
    id: 'rate-limit-auth-route',
    kind: 'check',
    title: 'No rate limit on an authentication route',
    category: 'rate-limit',
    severity: 'high',
    description:
      'Login, sign-up, password-reset and one-time-code routes without a rate limit allow credential stuffing, brute force and account enumeration.',
    owasp: 'API4:2023',
    cwe: 'CWE-307',
  },
  endpoint(e, ctx) {
    const f = e.facts;
    // the chain includes app-wide middleware, so a global limiter counts here too
    // (also a code redeemed by what it is: `POST /groups/join` or `/parent-invite/accept` looking a row up by the
    // invite code the client sends — codes are guessed as passwords are)
    // (a link's long token in the path, `/invitations/{token}/accept`, is not typed in and guessed)
    const redeemsCode =
      e.method !== 'GET' &&
      !e.path.includes('{') &&
      !!f?.data.some(
        (a) => a.bySecret && (a.operation === 'read' || a.operation === 'list' || a.operation === 'update'),
      );
    // (…or a secret typed in and checked right here, whatever the path: `member.pin_code !== pin` at a kiosk,
    // `bcrypt.compare(pin, member.pinHash)`)
    const checksTypedSecret =
      e.method !== 'GET' &&
      e.handlers.some(
        (h) =>
          plainComparisonIn(h) !== null ||
          /\b(?:bcrypt|bcryptjs|argon2)\.(?:compare|compareSync|verify)\s*\(\s*(?:String\()?\s*(?:req\.body\.|body\.|input\.)?(?:pin|passcode|password|code)\b/.test(
            h.file.text.slice(h.fn.start, h.fn.end),
          ),
      );
    if (!f || !(isAuthFlow(e) || redeemsCode || checksTypedSecret) || f.rateLimit.route) return null;
    if (e.path.match(/logout|signout/i) || (e.method === 'DELETE' && /\/sessions?$/i.test(e.path))) return null;
    return {
      message: `${endpointLabel(e)} has no rate limit: attackers can try passwords or codes without limit`,
      location: locationOf(e.file, e.node),
      endpoint: e,
      fix: {
        summary: 'Put a strict limiter on this route',
        steps: [
          'Limit attempts per IP and per account (e.g. 5 per 15 minutes), answering 429 with Retry-After.',
          'Use a shared store (Redis) when the API runs on more than one instance.',
        ],
        example: limiterExample(ctx.stack, e.framework, e.path, true),
      },
    };
  },
});
