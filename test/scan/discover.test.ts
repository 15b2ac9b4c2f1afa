import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/parse/discover.ts';

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
    };
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(join(root, rel, '..'), { recursive: true });
      writeFileSync(join(root, rel), text);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('honours every .gitignore for its own folder, and skips dependencies, build output and tests', () => {
    const found = discoverFiles(root);
    const rel = (list: string[]) => list.map((f) => f.slice(root.length + 1));
    expect(rel(found.sources)).toEqual(['packages/a/index.js', 'packages/b/local.js', 'src/app.ts', 'src/top-only.js']);
    expect(rel(found.packageJsons)).toEqual(['packages/a/package.json']);
    expect(rel(found.schemas)).toEqual(['packages/b/prisma/schema.prisma']);
  });
});
