import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBaseline } from '../../src/config/baseline.ts';
import { scanWithConfig } from '../../src/config/pipeline.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const APP = join(REPO, 'test/fixtures/apps/todo-express');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function copyApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vas-baseline-scan-'));
  temps.push(dir);
  cpSync(APP, dir, { recursive: true });
  return dir;
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

const NEW_ROUTE = `
router.delete('/users/:id', async (req, res) => {
  await prisma.user.delete({ where: { id: req.params.id } });
  res.status(204).end();
});
`;

describe('baseline with the real scanner', () => {
  it('does not resurface baselined findings when code moves, and reports a new one', async () => {
    const dir = copyApp();
    const first = await scanWithConfig(dir);
    expect(first.report.findings.length).toBeGreaterThanOrEqual(3);
    const baselineFile = join(dir, 'vas-baseline.json');
    writeFileSync(baselineFile, writeBaseline(first.unbaselined));

    // move code: new lines at the top of every file with a finding, a helper inserted between routes
    const files = new Set(first.report.findings.flatMap((f) => (f.location ? [f.location.file] : [])));
    for (const file of files) edit(dir, file, (t) => `// moved by the test\n\n/* a block\n   comment */\n${t}`);
    edit(dir, 'src/routes/todos.ts', (t) =>
      t.replace(/\n(router\.patch)/, '\nfunction unrelated(a: number) {\n  return a + 1;\n}\n\n$1'),
    );

    const moved = await scanWithConfig(dir, { baselinePath: baselineFile });
    const lines = (r: typeof first) =>
      r.unbaselined.findings.map((f) => `${f.ruleId} ${f.location?.file}:${f.location?.line}`).sort();
    // the same findings, really at other lines ...
    expect(moved.unbaselined.findings.map((f) => f.ruleId).sort()).toEqual(
      first.unbaselined.findings.map((f) => f.ruleId).sort(),
    );
    expect(lines(moved)).not.toEqual(lines(first));
    // ... and none of them is reported again
    expect(moved.report.findings).toEqual([]);
    expect(moved.baselineFile).toBe(baselineFile);

    // a new unprotected route is new: it is reported
    edit(dir, 'src/routes/admin.ts', (t) =>
      t.replace('\nexport default router;', `${NEW_ROUTE}\nexport default router;`),
    );
    const added = await scanWithConfig(dir, { baselinePath: baselineFile });
    expect(added.report.findings.length).toBeGreaterThanOrEqual(1);
    for (const f of added.report.findings)
      expect(f.endpoint).toEqual({ method: 'DELETE', path: '/api/v1/admin/users/{id}' });
  });

  it('vas scan --baseline/--update-baseline through the CLI, with exit codes', () => {
    const dir = copyApp();
    const vas = (...args: string[]) =>
      spawnSync(process.execPath, ['bin/vas.js', 'scan', dir, ...args], { cwd: REPO, encoding: 'utf8' });
    const baseline = join(dir, 'accepted.json');

    const plain = vas('--format', 'json');
    expect(plain.status).toBe(1);
    const total = (JSON.parse(plain.stdout) as { findings: unknown[] }).findings.length;

    const missing = vas('--baseline', baseline);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`vas: baseline file not found: ${baseline} (create it with --update-baseline)\n`);

    const update = vas('--baseline', baseline, '--update-baseline', '--format', 'json');
    expect(update.status).toBe(0);
    expect(update.stderr).toContain(`vas: wrote ${total} findings to ${baseline}`);
    expect(existsSync(baseline)).toBe(true);

    const again = vas('--baseline', baseline, '--format', 'json');
    expect(again.status).toBe(0);
    expect((JSON.parse(again.stdout) as { findings: unknown[] }).findings).toEqual([]);

    const noPath = vas('--update-baseline');
    expect(noPath.status).toBe(2);
    expect(noPath.stderr).toBe('vas: --update-baseline needs --baseline <file> or "baseline" in vas.config.json\n');
  });

  it('vas scan reads vas.config.json and --config, and fails cleanly on a bad one', () => {
    const dir = copyApp();
    const vas = (...args: string[]) =>
      spawnSync(process.execPath, ['bin/vas.js', 'scan', dir, '--format', 'json', ...args], {
        cwd: REPO,
        encoding: 'utf8',
      });
    const before = JSON.parse(vas().stdout) as { findings: { ruleId: string; severity: string }[] };
    const ruleId = before.findings[0]!.ruleId;

    writeFileSync(join(dir, 'vas.config.json'), JSON.stringify({ rules: { [ruleId]: 'off' }, failOn: 'critical' }));
    const configured = vas();
    const after = JSON.parse(configured.stdout) as { findings: { ruleId: string; severity: string }[] };
    expect(after.findings.some((f) => f.ruleId === ruleId)).toBe(false);
    expect(configured.status).toBe(after.findings.some((f) => f.severity === 'critical') ? 1 : 0);
    // the flag wins over the config's failOn
    expect(vas('--fail-on', 'info').status).toBe(after.findings.length > 0 ? 1 : 0);

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"rules": {"x": "sometimes"}}');
    const failed = vas('--config', bad);
    expect(failed.status).toBe(2);
    expect(failed.stderr).toBe(
      `vas: invalid config ${bad}: $.rules.x: expected "off" or a severity (critical, high, medium, low, info)\n`,
    );
  });
});
