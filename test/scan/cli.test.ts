import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'vas.js');
const EXAMPLE = join(ROOT, 'examples', 'todo-express');

function vas(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('vas scan (real CLI)', () => {
  const empty = mkdtempSync(join(tmpdir(), 'vas-empty-'));
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  it('prints a JSON report per the contract and exits 1 when there are findings', () => {
    const r = vas(['scan', EXAMPLE, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.mode).toBe('static');
    expect(report.tool.name).toBe('vas');
    expect(report.stack.frameworks).toContain('express');
    expect(report.stack.dataLayers).toContain('prisma');
    expect(report.endpoints.length).toBeGreaterThan(3);
    for (const e of report.endpoints) {
      expect(e.path).toMatch(/^\//);
      expect(e.path).not.toMatch(/:\w/);
      expect(e.location.file).not.toMatch(/^\//);
    }
    const cats = new Set(report.findings.map((f: { category: string }) => f.category));
    for (const c of ['bola', 'missing-auth', 'data-exposure', 'input-validation', 'rate-limit'])
      expect(cats).toContain(c);
    for (const f of report.findings) {
      expect(f.ruleId).toMatch(/^vas\/[a-z-]+$/);
      expect(f.fix.summary.length).toBeGreaterThan(5);
      expect(f.fix.steps.length).toBeGreaterThan(0);
    }
    // one finding per (category, endpoint)
    const keys = report.findings
      .filter((f: { endpoint: unknown }) => f.endpoint)
      .map(
        (f: { category: string; endpoint: { method: string; path: string } }) =>
          `${f.category} ${f.endpoint.method} ${f.endpoint.path}`,
      );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('writes Prisma-specific fix advice for a Prisma project', () => {
    const report = JSON.parse(vas(['scan', EXAMPLE, '--format', 'json']).stdout);
    const bola = report.findings.find((f: { category: string }) => f.category === 'bola');
    expect(bola.fix.example).toMatch(/prisma\.\w+\.findFirst\(\{ where: \{ id: .*userId/);
  });

  it('prints a terminal report without colour when NO_COLOR is set', () => {
    const r = vas(['scan', EXAMPLE], { NO_COLOR: '1' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/CRITICAL \(\d+\)/);
    expect(r.stdout).toMatch(/fix: /);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escape codes is the point
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('honours --fail-on', () => {
    const report = JSON.parse(vas(['scan', EXAMPLE, '--format', 'json']).stdout);
    expect(report.findings.some((f: { severity: string }) => f.severity === 'critical')).toBe(true);
    expect(vas(['scan', EXAMPLE, '--format', 'json', '--fail-on', 'critical']).code).toBe(1);
    expect(vas(['scan', empty, '--format', 'json', '--fail-on', 'info']).code).toBe(0);
  });

  it('says plainly when the path does not exist (exit 2, one line, no stack trace)', () => {
    const r = vas(['scan', join(empty, 'nope')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no such file or directory/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says plainly when a folder has no sources', () => {
    const r = vas(['scan', empty]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/no JavaScript or TypeScript sources/);
  });

  it('says so when every source fails to parse, rather than that there are none', () => {
    const broken = mkdtempSync(join(tmpdir(), 'vas-broken-'));
    try {
      writeFileSync(
        join(broken, 'app.js'),
        "import express from 'express'\nconst app = express(\napp.get('/x', (req, res) => res.end())\n",
      );
      const r = vas(['scan', broken]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/none of the 1 source file .* could be parsed/);
      expect(r.stdout).toMatch(/could not be analysed/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('rejects unknown formats and severities with exit 2', () => {
    expect(vas(['scan', EXAMPLE, '--format', 'xml']).code).toBe(2);
    const r = vas(['scan', EXAMPLE, '--fail-on', 'urgent']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown severity/);
    const t = vas(['scan', EXAMPLE, '--threads', 'many']);
    expect(t.code).toBe(2);
    expect(t.stderr).toMatch(/--threads takes a whole number/);
  });
});
