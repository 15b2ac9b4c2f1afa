import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.ts';
import { emptyStack } from '../../src/core/stack.ts';
import { loadProbeConfig } from '../../src/probe/config.ts';
import { probe } from '../../src/probe/index.ts';
import { type Running, startNotes, VULNERABLE } from '../fixtures/servers/notes-api.ts';
import { specFile, USERS } from './_helpers.ts';

function staticReport(): Report {
  const ep = (method: 'GET' | 'POST' | 'DELETE' | 'PATCH', path: string, line: number, pub = false) => ({
    method,
    path,
    location: { file: 'src/notes.ts', line, column: 1 },
    framework: 'express' as const,
    public: pub,
    auth: pub ? ('none' as const) : ('required' as const),
    facts: {},
  });
  return {
    schemaVersion: 1,
    tool: { name: 'vas', version: '0' },
    mode: 'static',
    target: 'src',
    stack: emptyStack(),
    endpoints: [
      ep('POST', '/api/v1/session', 5, true),
      ep('GET', '/api/v1/me', 10),
      ep('GET', '/api/v1/notes', 20),
      ep('POST', '/api/v1/notes', 30),
      ep('GET', '/api/v1/notes/{id}', 40),
      ep('DELETE', '/api/v1/notes/{id}', 50),
      ep('GET', '/api/v1/notes/{id}/share', 60),
    ],
    findings: [],
    diagnostics: [],
    stats: { files: 1, endpoints: 7, durationMs: 1 },
  };
}

describe('inputs', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startNotes({ weak: VULNERABLE });
  });
  afterAll(() => server.close());

  it('probes from a static report alone and maps each proof to file and line', async () => {
    const report = await probe({ target: server.url, staticReport: staticReport(), identities: USERS, quiet: true });
    expect(server.log).not.toContain('GET /openapi.json');
    const bola = report.findings.find((f) => f.ruleId === 'vas/bola-cross-user-access' && f.endpoint?.method === 'GET');
    expect(bola?.location).toEqual({ file: 'src/notes.ts', line: 40, column: 1 });
    const share = report.findings.find((f) => f.ruleId === 'vas/missing-auth-unauthenticated-access');
    expect(share?.location?.line).toBe(60);
  });

  it('adds static locations to spec-driven findings', async () => {
    const report = await probe({
      target: server.url,
      spec: specFile(),
      staticReport: staticReport(),
      identities: USERS,
      quiet: true,
      probes: ['data-exposure'],
    });
    expect(report.findings.find((f) => f.endpoint?.path === '/api/v1/me')?.location?.line).toBe(10);
  });

  it('reads the probe key of vas.config.json and rejects bad settings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vas-config-'));
    writeFileSync(
      join(dir, 'vas.config.json'),
      JSON.stringify({ scan: { anything: true }, probe: { target: server.url, users: ['a:b'], burst: 5 } }),
    );
    expect(loadProbeConfig(undefined, dir)).toEqual({ target: server.url, users: ['a:b'], burst: 5 });
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ probe: { burst: 50 } }));
    expect(() => loadProbeConfig(join(dir, 'bad.json'))).toThrow(/probe.burst must be at most 30/);
    expect(loadProbeConfig(undefined, join(dir, 'nowhere'))).toEqual({});
  });
});
