import { expect, it } from 'vitest';
import { runCheckCases } from './check-tester.ts';

const c = { name: 'x', files: { 'a.js': 'import express from "express";' } };
it('duplicate names', () =>
  expect(() => runCheckCases('versioning-none', { invalid: [c], valid: [c] })).toThrow(/duplicate case name "x"/));
it('endpoint-level invalid without endpoint', () =>
  expect(() => runCheckCases('bola-missing-ownership-check', { invalid: [c], valid: [] })).toThrow(
    /needs an expected endpoint/,
  ));
it('app-only check with endpoint', () =>
  expect(() => runCheckCases('rate-limit-missing', { invalid: [{ ...c, endpoint: 'GET /x' }], valid: [] })).toThrow(
    /only reports app-wide/,
  ));
it('malformed endpoint', () =>
  expect(() =>
    runCheckCases('bola-missing-ownership-check', { invalid: [{ ...c, endpoint: '/x' }], valid: [] }),
  ).toThrow(/METHOD \/path/));
it('temp dirs cleaned', async () => {
  const { readdirSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { scanCase } = await import('./check-tester.ts');
  const before = readdirSync(tmpdir()).filter((d) => d.startsWith('vas-check-')).length;
  await scanCase({
    'src/app.js': 'import express from "express"; const app = express(); app.get("/a", (q, s) => s.json(1));',
  });
  expect(readdirSync(tmpdir()).filter((d) => d.startsWith('vas-check-')).length).toBe(before);
});
