import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probe } from '../../src/probe/index.ts';
import { cookieSpec, startCookieApi } from '../fixtures/servers/cookie-api.ts';
import { type Running, startNotes, VULNERABLE } from '../fixtures/servers/notes-api.ts';
import { specFile } from './_helpers.ts';

describe.each([
  ['documented as an apiKey cookie', true],
  ['not documented at all', false],
])('cookie sessions %s', (_name, documented) => {
  let api: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    api = await startCookieApi();
  });
  afterAll(() => api.close());

  it('logs in from Set-Cookie, verifies the session and proves BOLA', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vas-cookie-'));
    const spec = join(dir, 'openapi.json');
    writeFileSync(spec, JSON.stringify(cookieSpec(documented)));
    const report = await probe({
      target: api.url,
      spec,
      quiet: true,
      identities: [
        { name: 'alice', username: 'alice', password: 'alice-pass' },
        { name: 'bob', username: 'bob', password: 'bob-pass' },
      ],
    });
    expect(report.diagnostics.filter((d) => /identity/.test(d.message))).toEqual([]);
    const bola = report.findings.find((f) => f.ruleId === 'vas/bola-cross-user-access');
    expect(bola?.endpoint).toEqual({ method: 'GET', path: '/api/v1/orders/{id}' });
    expect(JSON.stringify(bola?.evidence)).toContain('$VAS_COOKIE_');
    // a cookie session is not a JWT: no token probe may claim anything
    expect(report.findings.filter((f) => f.category === 'broken-auth')).toEqual([]);
  });
});

describe('an e-mail login given plain user names', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startNotes({ weak: VULNERABLE });
  });
  afterAll(() => server.close());

  it('logs in as name@example.com when the login field is an e-mail and the name has no @', async () => {
    const report = await probe({
      target: server.url,
      spec: specFile(),
      quiet: true,
      identities: [
        { name: 'alice', username: 'alice', password: 'alice-pw' },
        { name: 'bob', username: 'bob', password: 'bob-pw' },
      ],
    });
    expect(report.diagnostics.filter((d) => /identity|log in|login/i.test(d.message))).toEqual([]);
    expect(report.findings.some((f) => f.ruleId === 'vas/bola-cross-user-access')).toBe(true);
  });
});
