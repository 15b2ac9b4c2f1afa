import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.ts';
import { scan } from '../../src/scan.ts';

/**
 * One scenario, six frameworks: the same todo API (test/fixtures/apps/todo-<framework>) with the same mistakes
 * and the same secure look-alikes must give the same findings — same rule ids on the same endpoints.
 */
const FRAMEWORKS = ['express', 'fastify', 'hono', 'koa', 'nestjs', 'nextjs'] as const;
const ROOT = join(import.meta.dirname, '..', 'fixtures', 'apps');

/** The endpoint-level findings of the scenario, as `ruleId METHOD path`. */
const EXPECTED = [
  'vas/bola-missing-ownership-check GET /api/v1/todos/{id}',
  'vas/data-exposure-whole-record GET /api/v1/admin/users',
  'vas/input-validation-mass-assignment PATCH /api/v1/todos/{id}',
  'vas/missing-auth-unprotected-route GET /api/v1/admin/users',
  'vas/rate-limit-auth-route POST /api/v1/auth/login',
];

const signature = (r: Report) =>
  r.findings
    .filter((f) => f.endpoint !== null)
    .map((f) => `${f.ruleId} ${f.endpoint!.method} ${f.endpoint!.path}`)
    .sort();

describe('the same todo API in six frameworks', () => {
  const reports = new Map<string, Report>();
  const get = async (fw: string) => {
    let r = reports.get(fw);
    if (!r) {
      r = await scan(join(ROOT, `todo-${fw}`));
      reports.set(fw, r);
    }
    return r;
  };

  it.each(FRAMEWORKS)('%s: finds the eight endpoints and exactly the expected findings', async (fw) => {
    const r = await get(fw);
    expect(r.endpoints.length).toBe(8);
    expect(signature(r)).toEqual(EXPECTED);
  });

  it('all six agree with each other, app-wide findings included', async () => {
    const all = await Promise.all(FRAMEWORKS.map(async (fw) => (await get(fw)).findings.map((f) => f.ruleId).sort()));
    for (const ids of all.slice(1)) expect(ids).toEqual(all[0]);
  });
});
