import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probe } from '../../src/probe/index.ts';
import { cookieSpec, startCookieApi } from '../fixtures/servers/cookie-api.ts';

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
