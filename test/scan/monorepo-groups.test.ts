import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.ts';
import { groupSources } from '../../src/parse/groups.ts';
import { planProject } from '../../src/parse/project.ts';
import { scan } from '../../src/scan.ts';
import { scanGroup } from '../../src/scan-group.ts';
import { scanGroupsInThreads } from '../../src/scan-threads.ts';

const APPS = join(import.meta.dirname, '../fixtures/apps');

function write(root: string, files: Record<string, string>) {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
}

const pkg = (name: string, deps: Record<string, string> = {}) => JSON.stringify({ name, dependencies: deps });

function groupsOf(root: string): string[][] {
  const plan = planProject(root);
  return groupSources(plan, (abs) => readFileSync(abs, 'utf8')).map((g) =>
    g.sources.map((s) => s.slice(root.length + 1)),
  );
}

describe('monorepo groups', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vas-groups-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps a single-package project whole', () => {
    const root = join(dir, 'single');
    write(root, { 'package.json': pkg('app'), 'a.js': '', 'lib/b.js': '' });
    expect(groupsOf(root)).toEqual([['a.js', 'lib/b.js']]);
  });

  it('splits packages that never reach each other, and joins those that do, whichever way', () => {
    const root = join(dir, 'mono');
    write(root, {
      'package.json': JSON.stringify({ name: 'root', workspaces: ['packages/*'] }),
      'packages/alone/package.json': pkg('@x/alone'),
      'packages/alone/index.js': "import express from 'express';",
      // by a declared dependency
      'packages/api/package.json': pkg('@x/api', { '@x/shared': '*' }),
      'packages/api/index.js': '',
      'packages/shared/package.json': pkg('@x/shared'),
      'packages/shared/index.js': '',
      // by name without declaring it (hoisted), and by a relative path
      'packages/web/package.json': pkg('@x/web'),
      'packages/web/index.js': "const u = require('@x/utils/strings');",
      'packages/utils/package.json': pkg('@x/utils'),
      'packages/utils/index.js': "export * from '../models/src/user.js';",
      'packages/models/package.json': pkg('@x/models'),
      'packages/models/src/user.js': '',
      // through a tsconfig paths alias
      'packages/jobs/package.json': pkg('@x/jobs'),
      'packages/jobs/tsconfig.json': '{ "compilerOptions": { "paths": { "@mail/*": ["../mail/src/*"] } } }',
      'packages/jobs/index.ts': "import { send } from '@mail/send';",
      'packages/mail/package.json': pkg('@x/mail'),
      'packages/mail/src/send.ts': '',
      'scripts/seed.js': '',
    });
    expect(groupsOf(root)).toEqual([
      ['packages/alone/index.js'],
      ['packages/api/index.js', 'packages/shared/index.js'],
      ['packages/jobs/index.ts', 'packages/mail/src/send.ts'],
      ['packages/models/src/user.js', 'packages/utils/index.js', 'packages/web/index.js'],
      ['scripts/seed.js'],
    ]);
  });

  it('gives a schema above every package to every group, and a package schema to its own', () => {
    const root = join(dir, 'schemas');
    write(root, {
      'package.json': pkg('root'),
      'prisma/schema.prisma': 'model User { id Int }',
      'packages/a/package.json': pkg('a'),
      'packages/a/index.js': '',
      'packages/a/db/init.sql': 'create table t (id int);',
      'packages/b/package.json': pkg('b'),
      'packages/b/index.js': '',
    });
    const plan = planProject(root);
    const groups = groupSources(plan, (abs) => readFileSync(abs, 'utf8'));
    expect(groups.map((g) => g.schemas.map((s) => s.slice(root.length + 1)).sort())).toEqual([
      ['packages/a/db/init.sql', 'prisma/schema.prisma'],
      ['prisma/schema.prisma'],
    ]);
  });
});

describe('scanning a monorepo of services', () => {
  // express-notes-mongoose-cjs calls `id.toString()`: a name that a plain lookup table answers with a function,
  // which a worker thread cannot send back
  const SERVICES = ['todo-express', 'todo-fastify', 'todo-hono', 'todo-koa', 'express-notes-mongoose-cjs'];
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'vas-services-'));
    writeFileSync(join(root, 'package.json'), JSON.stringify({ private: true, workspaces: ['services/*'] }));
    for (const s of SERVICES) cpSync(join(APPS, s), join(root, 'services', s), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const comparable = (r: Report) => ({ ...r, target: '', stats: { ...r.stats, durationMs: 0 } });
  const prefixed = (r: Report, service: string) => {
    const moved = <L extends { file: string } | null>(l: L): L =>
      l ? { ...l, file: `services/${service}/${l.file}` } : l;
    return {
      endpoints: r.endpoints.map((e) => ({ ...e, location: moved(e.location) })),
      findings: r.findings.map((f) => ({ ...f, location: moved(f.location) })),
    };
  };

  it('finds in each service what a scan of that service alone finds', async () => {
    const whole = await scan(root, { threads: 1 });
    const alone = await Promise.all(
      [...SERVICES].sort().map(async (s) => prefixed(await scan(join(root, 'services', s)), s)),
    );
    expect(whole.endpoints).toEqual(alone.flatMap((a) => a.endpoints));
    const key = (f: Report['findings'][number]) => `${f.ruleId} ${f.location?.file}:${f.location?.line}`;
    expect(whole.findings.map(key).sort()).toEqual(alone.flatMap((a) => a.findings.map(key)).sort());
    for (const s of SERVICES)
      expect(whole.findings.some((f) => f.location?.file.startsWith(`services/${s}/`))).toBe(true);
  });

  it('gives the same report on worker threads as on one thread', async () => {
    const one = await scan(root, { threads: 1 });
    const threaded = await scan(root, { threads: 3 });
    expect(comparable(threaded)).toEqual(comparable(one));
    // every data access has a real operation (a JSON report drops what is not data)
    for (const e of one.endpoints)
      for (const a of e.facts.dataAccess as { operation: unknown }[])
        expect(['read', 'list', 'create', 'update', 'delete', 'query']).toContain(a.operation);
    expect(one.endpoints.length).toBeGreaterThan(20);
  });

  it('scans groups on the worker threads themselves, with the results a scan on this thread gives', async () => {
    const plan = planProject(root);
    const groups = groupSources(plan, (abs) => readFileSync(abs, 'utf8'));
    expect(groups.length).toBe(SERVICES.length);
    const here = groups.map((g) => scanGroup(plan.root, g));
    // without the calling thread, only workers scan: a worker that could not start would leave its groups to
    // the calling thread's fallback, and byWorkers would say so
    const { results, byWorkers } = await scanGroupsInThreads(plan.root, groups, 2, { callingThread: false });
    expect(byWorkers).toBe(groups.length);
    expect(results).toEqual(here);
  });
});
