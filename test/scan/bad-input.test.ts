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

describe('a check that fails on one endpoint', () => {
  it('costs that endpoint its finding, with a diagnostic, and the scan goes on', async () => {
    const { loadSources, planProject } = await import('../../src/parse/project.ts');
    const { groupSources } = await import('../../src/parse/groups.ts');
    const { readFileSync } = await import('node:fs');
    const { Resolver } = await import('../../src/parse/resolve.ts');
    const { buildInventory } = await import('../../src/adapters/index.ts');
    const { attachFacts } = await import('../../src/facts/index.ts');
    const { runChecks } = await import('../../src/checks/run.ts');
    const { CHECKS } = await import('../../src/checks/index.ts');
    const { stackOf } = await import('../../src/stack/detect.ts');
    const dir = mkdtempSync(join(tmpdir(), 'vas-failing-check-'));
    try {
      writeFileSync(join(dir, 'package.json'), '{ "dependencies": { "express": "4.19.0" } }');
      writeFileSync(
        join(dir, 'app.js'),
        `const express = require('express');
const app = express();
app.get('/boom', (req, res) => res.json({ ok: true }));
app.get('/fine', (req, res) => res.json({ ok: true }));
app.listen(3000);`,
      );
      const plan = planProject(dir);
      const [group] = groupSources(plan, (abs) => readFileSync(abs, 'utf8'));
      const project = loadSources({ root: plan.root, ...group! });
      const resolver = new Resolver(project);
      const inventory = buildInventory(project, resolver);
      const facts = attachFacts(inventory, project, resolver);
      const failing = {
        ...CHECKS['versioning-none'],
        app: undefined,
        endpoint: (e: { path: string }) => {
          if (e.path === '/boom') throw new RangeError('Maximum call stack size exceeded');
          return null;
        },
      };
      const findings = runChecks({ inventory, project, resolver, stack: stackOf(new Set(['express'])), facts }, [
        failing as never,
        CHECKS['rate-limit-missing'],
      ]);
      expect(findings.map((f) => f.ruleId)).toContain('vas/rate-limit-missing');
      expect(project.diagnostics).toContainEqual(
        expect.objectContaining({
          kind: 'warning',
          file: 'app.js',
          line: 3,
          message: expect.stringContaining('GET /boom'),
        }),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
