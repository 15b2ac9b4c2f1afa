import type { Identity } from '../auth/identity.ts';
import { trivial } from '../engine/compare.ts';
import { buildRequest } from '../engine/requests.ts';
import type { ProbeRun } from '../engine/run.ts';
import { sensitiveFields } from '../engine/sensitive.ts';
import type { Exchange } from '../http/exchange.ts';
import { is2xx } from '../http/exchange.ts';
import type { JsonSchema, Operation } from '../operations/operation.ts';
import { authFlowKind, opKey } from '../operations/operation.ts';
import { defineProbe } from './define.ts';

const AUTH_RESPONSE_KEYS = /^(access_?token|refresh_?token|id_?token|token|jwt|token_?type|expires_?in)$/i;

export default defineProbe({
  meta: {
    id: 'data-exposure-sensitive-fields',
    kind: 'probe',
    title: 'Response carries secrets or other users’ personal data',
    category: 'data-exposure',
    severity: 'high',
    description:
      'Reads every response the run received, plus cross-user and anonymous reads of routes addressed by user name or e-mail, and reports password hashes, secrets, tokens, one-time codes, card numbers, other identities’ e-mail addresses, and fields beyond the documented response schema.',
    cwe: 'CWE-213',
    defaultOn: true,
    requests:
      'up to 2 per operation addressed by a user name, e-mail or search term, plus canaries; the rest is passive',
    identities: 1,
  },
  fix: {
    summary: 'Return a DTO with the fields the client needs',
    steps: [
      'Map the record to an explicit response object (or a `select`) instead of returning the whole row/document.',
      'Never serialize password hashes, secrets, tokens or one-time codes; mark them hidden in the model (`select: false`, `toJSON`).',
      'Return other users only through a public projection (id, display name), without e-mail addresses.',
    ],
  },
  async run({ run, report }) {
    await crossFactReads(run);
    const byOp = new Map<string, { op: Operation; ex: Exchange; problems: string[] }>();
    for (const ex of run.exchanges) {
      const op = run.operations.find((o) => opKey(o) === ex.op);
      if (!op || !is2xx(ex.response.status) || trivial(ex.response) || ex.as.startsWith('forged')) continue;
      const problems = exposures(run, op, ex);
      if (problems.length === 0) continue;
      const key = opKey(op);
      const prev = byOp.get(key);
      if (prev && prev.problems.length >= problems.length) continue;
      const identity = identityOf(run, ex.as);
      if (await run.looksLikeCanary(op.method, op.path, identity, ex.response)) continue;
      byOp.set(key, { op, ex, problems });
    }
    for (const { op, ex, problems } of byOp.values()) {
      const onlySchema = problems.every((p) => p.startsWith('undocumented'));
      const onlyEmail = problems.every((p) => p.startsWith('undocumented') || p.includes('e-mail'));
      report({
        op,
        severity: onlySchema ? 'low' : onlyEmail ? 'medium' : 'high',
        message: `${op.method} ${op.path} exposes ${problems.slice(0, 6).join('; ')}`,
        evidence: [{ ex, description: 'response with the exposed fields (values redacted here)' }],
      });
    }
  },
});

function identityOf(run: ProbeRun, name: string): Identity {
  return run.identities.find((i) => i.name === name) ?? run.anonymous;
}

function exposures(run: ProbeRun, op: Operation, ex: Exchange): string[] {
  const problems: string[] = [];
  const json = ex.response.json;
  const authFlow = authFlowKind(op) !== null;
  if (json !== undefined) {
    // a login or sign-up answer is supposed to carry the caller's own token, at whatever depth
    const fields = sensitiveFields(json, (k) => authFlow && AUTH_RESPONSE_KEYS.test(k));
    for (const [path, reason] of fields) problems.push(`${reason} (${path})`);
  }
  const requestText = `${decodeURIComponent(ex.request.url)} ${ex.request.body ?? ''}`;
  for (const other of run.identities) {
    if (other.name === ex.as || !other.email) continue;
    if (ex.response.body.includes(other.email) && !requestText.includes(other.email)) {
      problems.push(`${other.name}'s e-mail address to ${ex.as}`);
    }
  }
  const caller = run.identities.find((i) => i.name === ex.as);
  for (const email of otherUsersEmails(json, caller?.username, caller?.email)) {
    if (!requestText.includes(email) && !problems.some((p) => p.includes('e-mail')))
      problems.push(`another user's e-mail address to ${ex.as}`);
  }
  if (json !== undefined && op.response) problems.push(...undocumented(json, op.response));
  return problems;
}

/**
 * E-mails of user records that are not the caller's: objects with a user name (or login/handle) that differs from
 * the caller's. Objects without a user name (an address book's contacts) are the caller's own data.
 */
function otherUsersEmails(json: unknown, username: string | undefined, email: string | undefined, depth = 0): string[] {
  if (!json || typeof json !== 'object' || depth > 4) return [];
  if (Array.isArray(json)) return json.slice(0, 50).flatMap((v) => otherUsersEmails(v, username, email, depth + 1));
  const obj = json as Record<string, unknown>;
  const name = obj.username ?? obj.login ?? obj.handle;
  const out: string[] = [];
  if (
    typeof name === 'string' &&
    typeof obj.email === 'string' &&
    obj.email.includes('@') &&
    name !== username &&
    obj.email !== email
  ) {
    out.push(obj.email);
  }
  for (const v of Object.values(obj))
    if (v && typeof v === 'object') out.push(...otherUsersEmails(v, username, email, depth + 1));
  return out;
}

/** Top-level fields of an object response (or its array items) that the documented schema does not list. */
function undocumented(json: unknown, schema: JsonSchema): string[] {
  const item = Array.isArray(json) ? json[0] : json;
  const s =
    schema.type === 'array' && schema.items && typeof schema.items === 'object' ? (schema.items as JsonSchema) : schema;
  const props = s.properties && typeof s.properties === 'object' ? Object.keys(s.properties) : null;
  if (!props || !item || typeof item !== 'object' || Array.isArray(item) || s.additionalProperties === true) return [];
  const extra = Object.keys(item).filter((k) => !props.includes(k));
  return extra.length ? [`undocumented fields beyond the response schema (${extra.slice(0, 8).join(', ')})`] : [];
}

/**
 * Reads routes addressed by a user name, e-mail or search term as someone else: as each identity for the other
 * one, and anonymously where the route is public. What comes back is judged with everything else.
 */
async function crossFactReads(run: ProbeRun): Promise<void> {
  const users = run.users;
  for (const op of run.operations.filter((o) => o.method === 'GET' && !authFlowKind(o))) {
    for (const victim of users) {
      const callers = [...users.filter((u) => u !== victim), ...(op.auth !== 'required' ? [run.anonymous] : [])];
      for (const caller of callers) {
        const built = buildRequest(run, op, caller, victim);
        if (!built?.refs.some((r) => r.kind === 'fact' && r.owner === victim.name)) continue;
        await run.call(op, caller, built.input);
      }
    }
  }
}
