import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/errors.ts';
import { applyBaseline, parseBaseline, writeBaseline } from '../../src/config/baseline.ts';
import { addFingerprints } from '../../src/config/fingerprint.ts';
import type { Report } from '../../src/core/report.ts';
import { sourceReader } from '../../src/report/source.ts';
import { loadReport, TODO_API } from '../report/helpers.ts';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function copyOfTodoApi(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vas-baseline-'));
  temps.push(dir);
  cpSync(TODO_API, dir, { recursive: true });
  return dir;
}

describe('baseline (fixture report)', () => {
  const report = addFingerprints(loadReport('static'), sourceReader(TODO_API));
  const text = writeBaseline(report);
  const baseline = parseBaseline(text, 'vas-baseline.json');

  it('writes a readable, sorted file that round-trips', () => {
    expect(baseline.findings).toHaveLength(report.findings.length);
    expect(baseline.findings[0]).toEqual({
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      ruleId: 'vas/versioning-none',
      location: 'src/app.ts:10',
      endpoint: null,
      message: 'No route carries an API version (/v1 prefix or version header)',
    });
    // numeric order: line 10 before line 15 of the same file
    expect(baseline.findings[1]!.location).toBe('src/app.ts:15');
    expect(writeBaseline(report)).toBe(text);
  });

  it('hides every baselined finding, and only those', () => {
    expect(applyBaseline(report, baseline).findings).toEqual([]);
    const fresh = addFingerprints(loadReport('static'), sourceReader(TODO_API));
    fresh.findings.push({ ...fresh.findings[0]!, ruleId: 'vas/new-rule', fingerprint: undefined });
    const withNew = addFingerprints(fresh, sourceReader(TODO_API));
    expect(applyBaseline(withNew, baseline).findings.map((f) => f.ruleId)).toEqual(['vas/new-rule']);
  });

  it('does not resurface findings when the code around them moves or is reformatted', () => {
    const moved = copyOfTodoApi();
    const path = join(moved, 'src/routes/todos.ts');
    // ten lines inserted above, and the flagged line re-indented
    const original = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      `${'// new code\n'.repeat(10)}${original.replace('  const todo = await prisma.todo.findUnique(', '      const todo =   await prisma.todo.findUnique(')}`,
    );
    const shifted: Report = loadReport('static');
    for (const f of shifted.findings) if (f.location?.file === 'src/routes/todos.ts') f.location.line += 10;
    expect(applyBaseline(addFingerprints(shifted, sourceReader(moved)), baseline).findings).toEqual([]);
  });

  it('counts duplicates: a second identical finding is new', () => {
    const doubled: Report = { ...report, findings: [...report.findings, report.findings[0]!] };
    expect(applyBaseline(doubled, baseline).findings).toHaveLength(1);
  });

  it.each([
    ['not JSON', '{'],
    ['no version', '{"findings": []}'],
    ['a finding without fingerprint', '{"version": 1, "findings": [{"ruleId": "vas/x"}]}'],
  ])('rejects a baseline with %s as a UsageError', (_name, bad) => {
    expect(() => parseBaseline(bad, 'b.json')).toThrow(UsageError);
  });
});
