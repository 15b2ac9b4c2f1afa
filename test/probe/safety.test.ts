import { afterEach, describe, expect, it } from 'vitest';
import { probe } from '../../src/probe/index.ts';
import { plan } from '../../src/probe/plan.ts';
import { type Guard, startOutsider } from '../fixtures/servers/guards.ts';
import { type Running, startNotes, VULNERABLE } from '../fixtures/servers/notes-api.ts';
import { run, specFile, USERS } from './_helpers.ts';

describe('safety', () => {
  let server: Running | undefined;
  let outsider: Guard | undefined;
  afterEach(async () => {
    await server?.close();
    await outsider?.close();
    server = undefined;
    outsider = undefined;
  });

  it('never leaves the target origin: not for the spec servers, redirects or Location headers', async () => {
    outsider = await startOutsider();
    server = await startNotes({ weak: VULNERABLE, redirectTo: `${outsider.url}/steal` });
    const report = await probe({ target: server.url, spec: specFile(outsider.url), identities: USERS, quiet: true });
    expect(report.stats.requests).toBeGreaterThan(20);
    expect(outsider.hits()).toBe(0);
    for (const f of report.findings)
      for (const e of f.evidence) expect(e.request.url.startsWith(server.url)).toBe(true);
  });

  it('refuses a spec URL on another origin', async () => {
    outsider = await startOutsider();
    server = await startNotes({ weak: VULNERABLE });
    await expect(probe({ target: server.url, spec: `${outsider.url}/openapi.json`, quiet: true })).rejects.toThrow(
      /not on the target origin/,
    );
    expect(outsider.hits()).toBe(0);
  });

  it('keeps to the run budget', async () => {
    server = await startNotes({ weak: VULNERABLE });
    const report = await run(server.url, { maxRequests: 40 });
    expect(report.stats.requests).toBeLessThanOrEqual(40);
    expect(server.log.length).toBeLessThanOrEqual(40);
    expect(report.diagnostics.some((d) => /run budget of 40 requests spent/.test(d.message))).toBe(true);
  });

  it('keeps to the per-endpoint budget', async () => {
    server = await startNotes({ weak: VULNERABLE });
    await run(server.url, { maxRequestsPerEndpoint: 6 });
    const perRoute = new Map<string, number>();
    for (const line of server.log) {
      const key = line.replace(/\/n\d+|\/vas-[\w-]+|\/[^/]*'[^/]*$/g, '/{x}');
      perRoute.set(key, (perRoute.get(key) ?? 0) + 1);
    }
    expect(Math.max(...perRoute.values())).toBeLessThanOrEqual(6 * 2);
    expect(server.log.filter((l) => l === 'POST /api/v1/session').length).toBeLessThanOrEqual(6);
  });

  it('deletes only objects it created, unless --allow-destructive', async () => {
    server = await startNotes({ weak: VULNERABLE });
    await run(server.url);
    expect(server.seededWrites).toEqual([]);
    expect(server.log.some((l) => /^DELETE \/api\/v1\/notes\/n\d\d/.test(l))).toBe(true);
    await server.close();
    // pin the id to a seeded note: refused by default, sent with allowDestructive
    server = await startNotes({ weak: VULNERABLE });
    const refused = await run(server.url, { probes: ['error-leak'], values: { id: 'n3' } });
    expect(server.seededWrites).toEqual([]);
    expect(
      refused.diagnostics.some((d) =>
        /PATCH \/api\/v1\/notes\/\{id\} on an object this run did not create/.test(d.message),
      ),
    ).toBe(true);
    await server.close();
    server = await startNotes({ weak: VULNERABLE });
    await run(server.url, { allowDestructive: true, probes: ['error-leak'], values: { id: 'n3' } });
    expect(server.seededWrites).toContain('PATCH /api/v1/notes/n3');
  });

  it('a dry run sends nothing and prints the plan', async () => {
    server = await startNotes({ weak: VULNERABLE });
    const text = await plan({ target: server.url, spec: specFile(), identities: USERS });
    expect(server.log).toEqual([]);
    expect(text).toContain('dry run: no request is sent');
    expect(text).toContain('GET    /api/v1/notes/{id}');
    expect(text).toContain('bola-cross-user-access');
  });

  it('logs in again when a token stops working', async () => {
    server = await startNotes({ weak: VULNERABLE, tokenUses: 15 });
    const report = await run(server.url);
    expect(server.logins.ok).toBeGreaterThan(2);
    expect(report.findings.some((f) => f.ruleId === 'vas/bola-cross-user-access')).toBe(true);
  });

  it('reads the spec from the target when none is given', async () => {
    server = await startNotes({ weak: VULNERABLE });
    const report = await probe({ target: server.url, identities: USERS, quiet: true, probes: ['missing-auth'] });
    expect(server.log[0]).toBe('GET /openapi.json');
    expect(report.findings.map((f) => f.endpoint?.path)).toContain('/api/v1/notes/{id}/share');
  });
});
