import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { newIdentity } from '../../src/probe/auth/identity.ts';
import { crackHmac, decodeJwt, forgeAlgNone, signHmac, stripSignature } from '../../src/probe/auth/jwt.ts';
import { extractCredential, findLoginOp, loginBodies } from '../../src/probe/auth/login.ts';
import { contextSecrets } from '../../src/probe/auth/weak-secrets.ts';
import { CONFIG_SCHEMA, validate } from '../../src/probe/config.ts';
import { normalize, sameResponse, trivial } from '../../src/probe/engine/compare.ts';
import { leakReason } from '../../src/probe/engine/leaks.ts';
import { sensitiveFields } from '../../src/probe/engine/sensitive.ts';
import { toCurl } from '../../src/probe/http/curl.ts';
import type { Exchange, ReceivedResponse } from '../../src/probe/http/exchange.ts';
import { redactHeaders, redactText } from '../../src/probe/http/redact.ts';
import { operationsFromSpec } from '../../src/probe/operations/openapi.ts';
import { authFlowKind } from '../../src/probe/operations/operation.ts';
import { notesSpec } from '../fixtures/servers/notes-api.ts';

const res = (body: unknown, status = 200): ReceivedResponse => ({
  status,
  headers: {},
  body: JSON.stringify(body),
  json: body,
  truncated: false,
  ms: 1,
});

describe('jwt', () => {
  const token = signHmac({ alg: 'HS256', typ: 'JWT' }, { sub: 'u1' }, 'bookmarks-secret');
  const jwt = decodeJwt(token)!;

  it('forges unsigned variants', () => {
    expect(decodeJwt(forgeAlgNone(jwt))?.header.alg).toBe('none');
    expect(forgeAlgNone(jwt).endsWith('.')).toBe(true);
    expect(stripSignature(jwt)).toBe(`${token.split('.').slice(0, 2).join('.')}.`);
  });

  it('cracks a secret made of the API title, and only that', () => {
    expect(crackHmac(jwt, contextSecrets(['Bookmarks API']))).toBe('bookmarks-secret');
    expect(crackHmac(jwt, ['secret', 'changeme'])).toBeNull();
    expect(contextSecrets(['Chat Rooms API'])).toContain('chat-rooms-jwt-secret');
  });
});

describe('redaction and curl', () => {
  it('replaces credentials with placeholders and keeps unsigned forged tokens', () => {
    expect(redactHeaders({ authorization: 'Bearer eyJabc.eyJdef.sig' }, 'bob')).toEqual({
      authorization: 'Bearer $VAS_TOKEN_BOB',
    });
    expect(redactHeaders({ authorization: 'Bearer eyJabc.eyJdef.' }, 'forged')).toEqual({
      authorization: 'Bearer eyJabc.eyJdef.',
    });
    expect(redactHeaders({ cookie: 'sid=1', 'x-api-key': 'k' }, 'a')).toEqual({
      cookie: '$VAS_COOKIE_A',
      'x-api-key': '$VAS_SECRET_A',
    });
  });

  it('redacts secret-named JSON values and signed JWTs in bodies', () => {
    const out = redactText('{"email":"a@x.io","passwordHash":"$2b$10$abc","token":"eyJhbGciOi.eyJzdWIi.c2ln"}');
    expect(out).toContain('"email":"a@x.io"');
    expect(out).not.toContain('$2b$10$abc');
    expect(out).not.toContain('c2ln');
  });

  it('quotes placeholders so the shell expands them', () => {
    const curl = toCurl({
      method: 'GET',
      url: "http://127.0.0.1:1/a?q=it's",
      headers: { authorization: 'Bearer $VAS_TOKEN_BOB' },
    });
    expect(curl).toBe(
      `curl -i -X GET 'http://127.0.0.1:1/a?q=it'\\''s' -H "authorization: Bearer \\$VAS_TOKEN_BOB"`.replace(
        '\\$',
        '$',
      ),
    );
  });
});

describe('response comparison', () => {
  it('ignores timestamps and fresh ids, but keeps ids the request named', () => {
    const a = res({ id: 7, userId: 1, title: 't', createdAt: '2024-01-01T00:00:00Z' });
    const b = res({ id: 9, userId: 2, title: 't', createdAt: '2025-01-01T00:00:00Z' });
    expect(sameResponse(a, b)).toBe(true);
    expect(sameResponse(a, b, ['7'])).toBe(false);
    expect(normalize(res([{ id: 'x', name: 'n' }]), [])).toBe('[{"name":"n"}]');
  });

  it('treats empty and ok-only bodies as trivial', () => {
    expect(trivial(res([]))).toBe(true);
    expect(trivial(res({ ok: true }))).toBe(true);
    expect(trivial(res({ title: 'alice groceries' }))).toBe(false);
  });
});

describe('sensitive fields and leaks', () => {
  it('finds secrets by name words and by value shape, not by accident', () => {
    const found = sensitiveFields({
      id: 1,
      passwordHash: 'h4sh'.repeat(5),
      otpSecret: 'JBSW',
      resetCode: null,
      confirmationCode: '482913',
      profile: { legacy: `$2b$10$${'a'.repeat(53)}` },
      tokenType: 'Bearer',
      title: 'password tips',
      pinned: true,
    });
    expect([...found.keys()].sort()).toEqual(['confirmationCode', 'otpSecret', 'passwordHash', 'profile.legacy']);
  });

  it('recognises stack traces and SQL errors, not ordinary validation errors', () => {
    expect(
      leakReason(
        '{"stack":"SyntaxError: x\\n    at JSON.parse (<anonymous>)\\n    at parse (/app/node_modules/body-parser/lib/types/json.js:92:19)"}',
      ),
    ).toBe('a JavaScript stack trace');
    expect(leakReason('SQLITE_ERROR: near "x": syntax error')).toBe('an SQL error');
    expect(leakReason('{"error":"invalid_request","issues":[{"code":"invalid_type","path":["name"]}]}')).toBeNull();
  });
});

describe('login inference', () => {
  it('finds the login route and its body shape from the spec', async () => {
    const api = await operationsFromSpec(notesSpec());
    const op = findLoginOp(api.operations)!;
    expect(`${op.method} ${op.path}`).toBe('POST /api/v1/session');
    expect(authFlowKind(op)).toBe('login');
    const id = Object.assign(newIdentity('a'), { username: 'alice@example.com', password: 'pw' });
    expect(loginBodies(op, id)[0]).toEqual({ email: 'alice@example.com', password: 'pw' });
  });

  it('finds the token in nested fields, headers or cookies', () => {
    const jwt = signHmac({ alg: 'HS256' }, { sub: 1 }, 'k');
    const ex = (json: unknown, headers: Record<string, string> = {}): Exchange => ({
      id: 1,
      as: 'anonymous',
      op: '-',
      values: [],
      request: { method: 'POST', url: 'http://x/', headers: {} },
      response: { status: 200, headers, body: JSON.stringify(json), json, truncated: false, ms: 1 },
    });
    expect(extractCredential(ex({ data: { accessToken: jwt } }))?.token).toBe(jwt);
    expect(extractCredential(ex({ result: { session: { jwt } } }))?.token).toBe(jwt);
    expect(extractCredential(ex({ ok: true }, { 'set-cookie': 'sid=abc; HttpOnly' }))?.cookies).toEqual({ sid: 'abc' });
  });
});

describe('config schema', () => {
  const ajv = new Ajv2020({ strict: false });
  const full = ajv.compile(CONFIG_SCHEMA);
  it.each([
    [
      {
        target: 'http://127.0.0.1:3000',
        users: ['alice:pw'],
        rps: 10,
        burst: 30,
        login: { path: '/login', send: 'header:X-Api-Key' },
      },
      true,
    ],
    [{ burst: 31 }, false],
    [{ users: ['nocolon'] }, false],
    [{ rps: 0 }, false],
    [{ unknownKey: 1 }, false],
    [{ login: { method: 'POST' } }, false],
    [{ identities: [{ name: 'a', token: 't', headers: { 'X-A': '1' } }] }, true],
  ])('the built-in validator agrees with ajv on %j', (config, valid) => {
    expect(full(config)).toBe(valid);
    expect(validate(config, CONFIG_SCHEMA as never, 'probe').length === 0).toBe(valid);
  });
});
