import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { scanWithConfig } from '../../src/config/pipeline.ts';
import { SUPPRESSION_RULE_ID } from '../../src/config/suppressions.ts';

const APP = fileURLToPath(new URL('../fixtures/apps/todo-express', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vas-pipeline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(APP, dir, { recursive: true });

/** Puts `comment` on its own line above line `line` (1-based) of `file`. */
function commentAbove(file: string, line: number, comment: string): void {
  const path = join(dir, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  const indent = /^\s*/.exec(lines[line - 1] ?? '')?.[0] ?? '';
  lines.splice(line - 1, 0, `${indent}${comment}`);
  writeFileSync(path, lines.join('\n'));
}

describe('scanWithConfig on a real project', () => {
  it('applies inline suppressions, and reports the one without a reason', async () => {
    const before = await scanWithConfig(dir);
    const bola = before.report.findings.find((f) => f.category === 'bola')!;
    const other = before.report.findings.find((f) => f.location && f.location.file !== bola.location!.file)!;
    expect(bola.location).toBeTruthy();

    // the two findings are in different files, so neither comment shifts the other's line
    commentAbove(other.location!.file, other.location!.line, `// vas-ignore-next-line ${other.ruleId}`);
    commentAbove(
      bola.location!.file,
      bola.location!.line,
      `// vas-ignore-next-line ${bola.ruleId} -- reviewed: todos are shared`,
    );

    const after = await scanWithConfig(dir);
    expect(after.report.findings.some((f) => f.message === bola.message)).toBe(false);
    expect(after.report.findings.some((f) => f.message === other.message)).toBe(false);
    const meta = after.report.findings.filter((f) => f.ruleId === SUPPRESSION_RULE_ID);
    expect(meta).toHaveLength(1);
    expect(meta[0]).toMatchObject({
      category: other.category,
      location: { file: other.location!.file, line: other.location!.line },
    });
    expect(after.report.findings).toHaveLength(before.report.findings.length - 2 + 1);
    // every finding the pipeline returns carries a fingerprint
    for (const f of after.report.findings) expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });
});
