import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanWithConfig } from '../../src/config/pipeline.ts';
import { formatJson } from '../../src/report/json.ts';
import { formatSarif } from '../../src/report/sarif.ts';
import { reportErrors, sarifErrors } from './helpers.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const APPS = join(REPO, 'test/fixtures/apps');
const dirs = [
  ...readdirSync(APPS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `test/fixtures/apps/${d.name}`),
  ...(existsSync(join(REPO, 'examples/todo-express')) ? ['examples/todo-express'] : []),
];

describe('JSON and SARIF of every fixture app validate against their schemas', () => {
  it('has fixture apps to scan', () => {
    expect(dirs.length).toBeGreaterThanOrEqual(6);
  });

  it.each(dirs)('%s', async (dir) => {
    const root = join(REPO, dir);
    const { report } = await scanWithConfig(root, { target: dir });
    expect(reportErrors(JSON.parse(formatJson(report)))).toEqual([]);
    const sarif = JSON.parse(formatSarif(report, { color: false, root })) as { runs: { results: unknown[] }[] };
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results).toHaveLength(report.findings.length);
  });
});
