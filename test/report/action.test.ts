import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Log } from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sarifErrors } from './helpers.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const APP = 'test/fixtures/apps/todo-express';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
};

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Runs the action's scan step the way the runner does (bash -eo pipefail), with the runner's files in a temp dir. */
function runScanStep(inputs: Record<string, string>) {
  const step = action.runs.steps.find((s) => s.id === 'scan')!;
  const temp = mkdtempSync(join(tmpdir(), 'vas-action-'));
  temps.push(temp);
  const files = { GITHUB_STEP_SUMMARY: join(temp, 'summary.md'), GITHUB_OUTPUT: join(temp, 'output') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const value = (name: string) => inputs[name] ?? action.inputs[name]!.default;
  const env = {
    PATH: process.env.PATH,
    RUNNER_TEMP: temp,
    ...files,
    VAS: join(REPO, 'bin/vas.js'),
    SCAN_PATH: value('path'),
    FAIL_ON: value('fail-on'),
    CONFIG: value('config'),
    BASELINE: value('baseline'),
  };
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
    cwd: REPO,
    env,
    encoding: 'utf8',
  });
  const outputs = Object.fromEntries(
    readFileSync(files.GITHUB_OUTPUT, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('=', 2) as [string, string]),
  );
  return { status: r.status, stderr: r.stderr, outputs, summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8') };
}

describe('action.yml', () => {
  it('is a composite action whose steps take inputs through env, never by expression inside scripts', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) if (step.run) expect(step.run).not.toContain('${{');
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
    expect(upload?.with?.sarif_file).toBe('${{ steps.scan.outputs.sarif-file }}');
  });

  it('scans, writes SARIF with repository-relative paths and the job summary, and reports the exit code', () => {
    const { status, stderr, outputs, summary } = runScanStep({ path: APP });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(outputs['exit-code']).toBe('1');
    expect(summary).toMatch(/^## vas: \d+ findings/);
    expect(readFileSync(outputs['markdown-file']!, 'utf8')).toBe(summary);
    const log = JSON.parse(readFileSync(outputs['sarif-file']!, 'utf8')) as Log;
    expect(sarifErrors(log)).toEqual([]);
    const uris = log.runs[0]!.results!.flatMap((r) => r.locations ?? []).flatMap(
      (l) => l.physicalLocation?.artifactLocation?.uri ?? [],
    );
    expect(uris.length).toBeGreaterThan(0);
    for (const uri of uris) expect(uri.startsWith(`${APP}/src/`)).toBe(true);
  });

  it('does not fail on findings below the threshold, and stops on a usage error', () => {
    expect(runScanStep({ path: APP, 'fail-on': 'none' }).outputs['exit-code']).toBe('1');
    const broken = runScanStep({ path: APP, config: 'missing.json' });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toBe('vas: config file not found: missing.json\n');
  });
});
