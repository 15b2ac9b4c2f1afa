import { defineCheck } from '../core/check.ts';
import type { FunctionRef } from '../core/endpoint.ts';
import {
  calleeName,
  isFunction,
  memberPath,
  type Node,
  nameOf,
  propertyValue,
  type T,
  unwrap,
  walk,
} from '../parse/ast.ts';
import type { Resolver } from '../parse/resolve.ts';
import { locationOf } from '../parse/source.ts';
import { resolveMethodCall } from '../parse/this-members.ts';
import { endpointLabel } from './_idiom.ts';

/** Account-recovery and one-time-code routes: what they generate must reach the user's inbox or phone, never the caller. */
const RECOVERY =
  /(?:^|\/)(?:forgot|forgot-password|reset|reset-password|password-reset|request-reset|recover|recovery|otp|send-otp|send-code|verification-code|magic-link|magic)(?:\/|$)/i;

/** Calls that make an unguessable value (`crypto.randomBytes(32).toString('hex')`, `randomInt`, `uuid()`, `nanoid()`). */
const RANDOM_CALL =
  /^(?:randomBytes|randomInt|randomUUID|uuid|uuidv4|v4|nanoid|customAlphabet|cryptoRandomString|randomString|generateToken|generateCode|generateOtp|generateOTP|createToken|createCode)$/;

export default defineCheck({
  meta: {
    id: 'data-exposure-recovery-secret',
    kind: 'check',
    title: 'Reset token or one-time code sent back to the caller',
    category: 'data-exposure',
    severity: 'critical',
    description:
      'A password-reset or one-time-code route answers with the secret it just generated: whoever asks for a reset of any address gets the token and takes the account over.',
    cwe: 'CWE-640',
  },
  endpoint(e, ctx) {
    if (!RECOVERY.test(e.path) || e.handlers.length === 0) return null;
    for (const h of e.handlers) {
      const leak = sentSecret(h, h) ?? viaHelper(ctx.resolver, h);
      if (!leak) continue;
      return {
        message: `${endpointLabel(e)} sends the ${leak.name} it generated back in the response: anyone can reset any account`,
        location: locationOf(leak.ref.file, leak.node),
        endpoint: e,
        fix: {
          summary: 'Deliver the secret out of band, and answer the same whether or not the address exists',
          steps: [
            'Send the token or code only by e-mail or SMS to the account’s own address or number.',
            'Answer every request with the same neutral message (`If the address is registered, we sent a link`).',
            'Store only a hash of the token, with a short expiry, and accept it once.',
          ],
          example: `await mailer.send(user.email, resetLink(token));\nres.json({ message: 'If the address is registered, we sent a link.' });`,
        },
      };
    }
    return null;
  },
});

/**
 * A message to the user, not the response: `resend.emails.send({ to: user.email, html })`, `transporter.send(…)`,
 * `twilio.messages.send(…)` — the secret goes out of band, as it should.
 */
function outOfBand(call: T.CallExpression): boolean {
  const path = memberPath(call.callee as Node)?.join('.') ?? '';
  if (/mail|resend|sendgrid|postmark|transporter|sms|twilio|messages|notif/i.test(path)) return true;
  // a value stored for the mailer to send, not an answer: postgres.js `sql.json({ token })` into an outbox row
  if (/^(?:sql|db|pg|postgres|tx|trx|knex)\.json$/.test(path)) return true;
  const first = call.arguments[0] as Node | undefined;
  return propertyValue(first ?? null, 'to') !== null;
}

interface Leak {
  ref: FunctionRef;
  node: Node;
  name: string;
}

/**
 * A generated secret that `ref` puts in what it answers: `res.json({ resetToken })`, `return { resetCode: code }`,
 * `ctx.body = { link }` with the token inside the link. `handler` says whether `ref` is the route handler (a
 * helper's `return` counts only when the handler sends what the helper returns, see viaHelper).
 */
function sentSecret(
  ref: FunctionRef,
  handler: FunctionRef | null,
  seed: ReadonlySet<string> = new Set(),
  bareReturn = false,
): Leak | null {
  const fn = ref.fn as T.Function | T.ArrowFunctionExpression;
  if (!fn.body) return null;
  const secrets = new Set<string>(seed);
  walk(fn.body as Node, (n) => {
    if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init && makesRandom(n.init as Node))
      secrets.add(n.id.name);
    // `user.resetToken = randomBytes(24).toString('hex')`
    if (n.type === 'AssignmentExpression' && makesRandom(n.right as Node)) {
      const p = memberPath(n.left as Node);
      if (p) secrets.add(p.join('.'));
    }
    return undefined;
  });
  if (secrets.size === 0) return null;
  // values built from a secret carry it (`const link = \`…?token=${token}\``)
  walk(fn.body as Node, (n) => {
    if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init && mentions(n.init as Node, secrets))
      secrets.add(n.id.name);
    return undefined;
  });
  let found: Leak | null = null;
  walk(fn.body as Node, (n) => {
    if (found) return false;
    if (n !== fn.body && isFunction(n)) return false;
    let sent: Node | null = null;
    if (n.type === 'ReturnStatement' && n.argument && (handler !== null || bareReturn || isObject(n.argument as Node)))
      sent = n.argument as Node;
    else if (
      n.type === 'CallExpression' &&
      handler !== null &&
      /^(?:json|send|jsonp)$/.test(calleeName(n) ?? '') &&
      !outOfBand(n)
    )
      sent = (n.arguments[0] as Node | undefined) ?? null;
    else if (
      n.type === 'AssignmentExpression' &&
      handler !== null &&
      memberPath(n.left as Node)?.join('.') === 'ctx.body'
    )
      sent = n.right as Node;
    const name = sent ? secretIn(sent, secrets) : null;
    if (sent && name) found = { ref, node: sent, name };
    return undefined;
  });
  return found;
}

/** The handler sends what a helper returns (`return this.auth.forgot(dto)`, `res.json(await svc.requestReset(email))`). */
function viaHelper(resolver: Resolver, handler: FunctionRef): Leak | null {
  const sentCalls: T.CallExpression[] = [];
  walk(handler.fn, (n) => {
    const arg =
      n.type === 'ReturnStatement'
        ? (n.argument as Node | null)
        : n.type === 'CallExpression' && /^(?:json|send)$/.test(calleeName(n) ?? '')
          ? (n.arguments[0] as Node | undefined)
          : null;
    let u = unwrap(arg);
    if (u?.type === 'AwaitExpression') u = unwrap(u.argument as Node);
    if (u?.type === 'CallExpression') sentCalls.push(u);
    return undefined;
  });
  for (const c of sentCalls) {
    // a project function, or a method of an injected service (`this.users.createResetToken(email)`)
    const target = resolver.calleeFunction(handler.file, c) ?? resolveMethodCall(resolver, handler.file, c);
    if (target && isFunction(target.fn)) {
      const leak = sentSecret(target, null);
      if (leak) return leak;
    }
  }
  // `const resetToken = await auth.startPasswordReset(email); res.json({ message, resetToken })`: a helper hands the
  // secret back (that alone is fine) and the handler sends it
  const fromHelpers = new Set<string>();
  walk(handler.fn, (n) => {
    if (n.type !== 'VariableDeclarator' || n.id.type !== 'Identifier') return undefined;
    const call = unwrap(n.init as Node | null);
    if (call?.type !== 'CallExpression') return undefined;
    const target = resolver.calleeFunction(handler.file, call) ?? resolveMethodCall(resolver, handler.file, call);
    if (target && isFunction(target.fn) && sentSecret(target, null, new Set(), true)) fromHelpers.add(n.id.name);
    return undefined;
  });
  return fromHelpers.size > 0 ? sentSecret(handler, handler, fromHelpers) : null;
}

function makesRandom(init: Node): boolean {
  let hit = false;
  walk(init, (n) => {
    if (hit || (n !== init && isFunction(n))) return false;
    if (n.type === 'CallExpression') {
      const name = calleeName(n) ?? '';
      if (RANDOM_CALL.test(name) || memberPath(n.callee as Node)?.join('.') === 'Math.random') hit = true;
    }
    return undefined;
  });
  return hit;
}

function mentions(expr: Node, names: ReadonlySet<string>): boolean {
  let hit = false;
  walk(expr, (n) => {
    if (hit || (n !== expr && isFunction(n))) return false;
    if (n.type === 'Identifier' && names.has(n.name)) hit = true;
    if (n.type === 'MemberExpression' && names.has(memberPath(n)?.join('.') ?? '')) hit = true;
    return undefined;
  });
  return hit;
}

/** The secret (or the key it is sent under) inside a sent value; a conditional `code ? …` test does not count. */
function secretIn(sent: Node, names: ReadonlySet<string>): string | null {
  let name: string | null = null;
  walk(sent, (n, parent) => {
    if (name || (n !== sent && isFunction(n))) return false;
    // what goes into a mailer or a store is not the response (`return mailer.send(user.email, link)`)
    if (n.type === 'CallExpression' && !/^(?:json|send|jsonp|status|code)$/.test(calleeName(n) ?? '')) return false;
    if (n.type === 'Property' && !n.computed) {
      const v = unwrap(n.value as Node);
      if (v && mentions(v, names) && !(v.type === 'ConditionalExpression' && !mentions(v.consequent as Node, names)))
        name = nameOf(n.key as Node);
      return false;
    }
    if (n.type === 'Identifier' && names.has(n.name) && parent?.type !== 'MemberExpression') name = n.name;
    if (n.type === 'MemberExpression' && names.has(memberPath(n)?.join('.') ?? '')) name = nameOf(n.property as Node);
    return undefined;
  });
  return name;
}

function isObject(n: Node): boolean {
  return unwrap(n)?.type === 'ObjectExpression';
}
