import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.ts';
import { type Running, startNotes, VULNERABLE } from '../fixtures/servers/notes-api.ts';
import { specFile } from './_helpers.ts';

const bin = new URL('../../bin/vas.js', import.meta.url).pathname;

function vas(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('vas probe (the real CLI)', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startNotes({ weak: VULNERABLE });
  });
  afterAll(() => server.close());

  it('prints a dynamic JSON report and exits 1 on findings', async () => {
    const r = await vas([
      'probe',
      server.url,
      '--spec',
      specFile(),
      '--user',
      'alice@example.com:alice-pw',
      '--user',
      'bob@example.com:bob-pw',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.mode).toBe('dynamic');
    expect(report.findings.some((f) => f.ruleId === 'vas/bola-cross-user-access' && f.confidence === 'confirmed')).toBe(
      true,
    );
    expect(r.stderr).toMatch(/identity alice@example.com: logged in via POST \/api\/v1\/session; verified/);
    expect(r.stdout + r.stderr).not.toContain('alice-pw');
  });

  it('exits 0 when nothing reaches --fail-on', async () => {
    const r = await vas([
      'probe',
      server.url,
      '--spec',
      specFile(),
      '--probes',
      'versioning',
      '--fail-on',
      'critical',
      '--format',
      'json',
      '-q',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it.each([
    [['probe', 'not-a-url'], /is not a URL/],
    [
      ['probe', 'http://127.0.0.1:9', '--spec', 'nonexistent-spec.json', '--dry-run'],
      /--spec nonexistent-spec.json: no such file/,
    ],
    [['probe', 'http://127.0.0.1:9', '--probes', 'nope', '--dry-run'], /unknown probe "nope"/],
    [['probe', 'http://127.0.0.1:9', '--burst', '99', '--dry-run'], /--burst is at most 30/],
    [['probe', 'http://127.0.0.1:9', '--user', 'nopassword', '--dry-run'], /--user expects NAME:VALUE/],
  ])('usage error %j: one line, exit 2, no stack trace', async (args, message) => {
    const r = await vas(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--dry-run prints the plan and sends nothing', async () => {
    const before = server.log.length;
    const r = await vas(['probe', server.url, '--spec', specFile(), '--user', 'a:b', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no request is sent');
    expect(server.log.length).toBe(before);
  });
});
