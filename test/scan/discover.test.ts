import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/parse/discover.ts';
import { scan } from '../../src/scan.ts';

describe('file discovery', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'vas-discover-'));
    const files: Record<string, string> = {
      '.gitignore': 'generated/\n*.gen.ts\n/top-only.js\n',
      'top-only.js': '',
      'src/app.ts': '',
      'src/top-only.js': '', // anchored pattern: only the root one is ignored
      'src/api.gen.ts': '',
      'src/generated/client.ts': '',
      'src/app.test.ts': '',
      'packages/a/.gitignore': 'tmp/\nlocal.js\n',
      'packages/a/package.json': '{}',
      'packages/a/index.js': '',
      'packages/a/local.js': '',
      'packages/a/lib/local.js': '',
      'packages/a/tmp/x.js': '',
      'packages/b/local.js': '', // the nested .gitignore applies to its own folder only
      'packages/b/prisma/schema.prisma': '',
      'packages/b/dist/server.js': '',
      'node_modules/x/index.js': '',
      // plain JavaScript served to browsers (a vendored angular.js); TypeScript under such a name is still read
      'public/static/angular.js': '',
      'packages/a/static/app.js': '',
      'src/public/routes.ts': '',
    };
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(join(root, rel, '..'), { recursive: true });
      writeFileSync(join(root, rel), text);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('honours every .gitignore for its own folder, and skips dependencies, build output, tests and browser assets', () => {
    const found = discoverFiles(root);
    const rel = (list: string[]) => list.map((f) => f.slice(root.length + 1));
    expect(rel(found.sources)).toEqual([
      'packages/a/index.js',
      'packages/b/local.js',
      'src/app.ts',
      'src/public/routes.ts',
      'src/top-only.js',
    ]);
    expect(rel(found.packageJsons)).toEqual(['packages/a/package.json']);
    expect(rel(found.schemas)).toEqual(['packages/b/prisma/schema.prisma']);
  });
});

describe('loading', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'vas-load-'));
    mkdirSync(join(root, 'app/api/notes'), { recursive: true });
    mkdirSync(join(root, 'components'), { recursive: true });
    writeFileSync(join(root, 'package.json'), JSON.stringify({ dependencies: { next: '^15' } }));
    writeFileSync(
      join(root, 'app/api/notes/route.ts'),
      'export async function GET() {\n  return Response.json({ notes: [] });\n}\n',
    );
    // a client component is browser code: not parsed, so not even its syntax error is reported
    writeFileSync(
      join(root, 'components/Form.tsx'),
      "// form\n'use client';\nexport function Form() { return <form>; }\n",
    );
    writeFileSync(join(root, 'components/Note.tsx'), 'export const Note = () => <p>note</p>;\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("skips React client components ('use client'): they define no route, action or server secret", async () => {
    const report = await scan(root);
    expect(report.stats.files).toBe(2);
    expect(report.diagnostics.filter((d) => d.kind === 'parse-error')).toEqual([]);
    expect(report.endpoints.map((e) => `${e.method} ${e.path}`)).toEqual(['GET /api/notes']);
  });
});
