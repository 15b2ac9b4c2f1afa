import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.ts';

describe('bad input never stops a scan', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vas-bad-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ dependencies: { express: '^5' } }));
    writeFileSync(
      join(dir, 'app.js'),
      "import express from 'express';\nconst app = express();\napp.get('/api/v1/items/:id', (req, res) => res.json({ id: req.params.id }));\napp.listen(3000);\n",
    );
    writeFileSync(join(dir, 'broken.js'), "import express from 'express';\nconst app = express(;\n");
    writeFileSync(join(dir, 'binary.js'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02, 0x00, 0xff]));
    // a 5 MB minified bundle that is not named *.min.js
    const chunk = 'var a=function(b){return b+1};';
    writeFileSync(join(dir, 'bundle.js'), chunk.repeat(Math.ceil((5 * 1024 * 1024) / chunk.length)));
    mkdirSync(join(dir, 'loop'));
    symlinkSync(join(dir, 'loop'), join(dir, 'loop', 'again'));
    symlinkSync(join(dir, 'does-not-exist.js'), join(dir, 'dangling.js'));
    mkdirSync(join(dir, 'pkg'));
    writeFileSync(join(dir, 'pkg', 'package.json'), '{ not json');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finishes, keeps the good file, and reports each bad one as a diagnostic', async () => {
    const report = await scan(dir);
    expect(report.endpoints.map((e) => `${e.method} ${e.path}`)).toEqual(['GET /api/v1/items/{id}']);
    const byFile = new Map(report.diagnostics.map((d) => [d.file, d]));
    expect(byFile.get('broken.js')?.kind).toBe('parse-error');
    expect(byFile.get('broken.js')?.line).toBe(2);
    expect(byFile.get('binary.js')?.kind).toBe('skipped');
    expect(byFile.get('bundle.js')?.message).toMatch(/larger than/);
    expect(report.diagnostics.some((d) => d.file === 'pkg/package.json' && d.kind === 'warning')).toBe(true);
  });
});
