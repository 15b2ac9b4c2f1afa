import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.ts';
import { type Running, startNotes, VULNERABLE } from '../fixtures/servers/notes-api.ts';
import { specFile } from '../probe/_helpers.ts';

const bin = new URL('../../bin/vas.js', import.meta.url).pathname;
const example = new URL('../../examples/todo-express', import.meta.url).pathname;

function vas(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('vas scan --probe (static and dynamic in one run)', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startNotes({ weak: VULNERABLE });
  });
  afterAll(() => server.close());

  it('merges the proof of a live probe into the static report', async () => {
    const args = ['scan', example, '--probe', server.url, '--spec', specFile(), '--format', 'json', '-q'];
    const r = await vas([...args, '--user', 'alice@example.com:alice-pw', '--user', 'bob@example.com:bob-pw']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    // static findings of the source are still there…
    expect(report.findings.some((f) => f.confidence !== 'confirmed' && f.location?.file.startsWith('src/'))).toBe(true);
    // …and the live run added proved ones, with requests as evidence and a curl line
    const proved = report.findings.filter((f) => f.confidence === 'confirmed');
    expect(proved.length).toBeGreaterThan(0);
    expect(proved.every((f) => f.evidence.length > 0)).toBe(true);
    expect(proved.some((f) => f.evidence.some((e) => e.curl?.startsWith('curl ')))).toBe(true);
  });

  it('rejects a malformed --user in one line', async () => {
    const r = await vas(['scan', example, '--probe', server.url, '--user', 'nopassword']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
