import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.ts';
import { FIXED, type Running, startNotes, VULNERABLE } from '../fixtures/servers/notes-api.ts';
import { found, run } from './_helpers.ts';

describe('probes against the vulnerable notes API', () => {
  let server: Running;
  let report: Report;
  beforeAll(async () => {
    server = await startNotes({ weak: VULNERABLE });
    report = await run(server.url);
  });
  afterAll(() => server.close());

  it('reports a dynamic report of confirmed findings with evidence and a curl line', () => {
    expect(report.mode).toBe('dynamic');
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(f.confidence).toBe('confirmed');
      expect(f.evidence.length).toBeGreaterThan(0);
      expect(f.evidence[0]?.curl).toMatch(/^curl -i -X [A-Z]+ 'http:\/\/127\.0\.0\.1:\d+\//);
    }
  });

  it('logs in with e-mail identities and a nested token field', () => {
    expect(server.logins.ok).toBeGreaterThanOrEqual(2);
    expect(
      report.diagnostics.filter((d) => d.message.includes('NOT verified') || d.message.includes('not logged in')),
    ).toEqual([]);
  });

  it.each([
    ['bola-cross-user-access', 'GET', '/api/v1/notes/{id}'],
    ['bola-cross-user-access', 'DELETE', '/api/v1/notes/{id}'],
    ['missing-auth-unauthenticated-access', 'GET', '/api/v1/notes/{id}/share'],
    ['data-exposure-sensitive-fields', 'GET', '/api/v1/me'],
    ['error-leak-error-body', 'POST', '/api/v1/notes'],
    ['rate-limit-login-burst', 'POST', '/api/v1/session'],
    ['broken-auth-token-without-expiry', 'POST', '/api/v1/session'],
    ['input-validation-mass-assignment', 'POST', '/api/v1/notes'],
  ])('%s confirms %s %s', (rule, method, path) => {
    expect(found(report, rule, method, path)).toBe(true);
  });

  it.each(['broken-auth-forged-token', 'broken-auth-weak-jwt-secret'])('%s confirms an app-wide weakness', (rule) => {
    expect(report.findings.some((f) => f.ruleId === `vas/${rule}` && f.endpoint === null)).toBe(true);
  });

  it('does not flag the PATCH route, which checks the owner', () => {
    expect(found(report, 'bola-cross-user-access', 'PATCH', '/api/v1/notes/{id}')).toBe(false);
  });

  it('never writes to objects it did not create', () => {
    expect(server.seededWrites).toEqual([]);
  });

  it('keeps secrets out of the report', () => {
    const text = JSON.stringify(report);
    expect(text).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{10,}/);
    expect(text).not.toContain('alice-pw');
    expect(text).not.toContain('a'.repeat(53));
  });
});

describe('probes against the fixed notes API', () => {
  let server: Running;
  let report: Report;
  beforeAll(async () => {
    server = await startNotes({ weak: FIXED });
    report = await run(server.url);
  });
  afterAll(() => server.close());

  it('confirms nothing', () => {
    expect(report.findings.map((f) => `${f.ruleId} ${f.endpoint?.method} ${f.endpoint?.path}`)).toEqual([]);
  });

  it('still logged both identities in and probed', () => {
    expect(server.logins.ok).toBeGreaterThanOrEqual(2);
    expect(report.stats.requests).toBeGreaterThan(30);
  });

  it('stops the login burst at the first 429', () => {
    const burst = server.log.filter((l) => l === 'POST /api/v1/session');
    expect(burst.length).toBeLessThan(12);
  });
});
