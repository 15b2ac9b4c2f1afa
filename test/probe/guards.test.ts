import { afterEach, describe, expect, it } from 'vitest';
import { type Guard, startDenyAll, startHoneypot } from '../fixtures/servers/guards.ts';
import { run } from './_helpers.ts';

// Nuclei's weak-matcher check: a probe that fires on a server answering everything the same way proves nothing.
describe.each([
  ['always-200 honeypot', startHoneypot],
  ['deny-all gateway', startDenyAll],
])('%s', (_name, start) => {
  let guard: Guard;
  afterEach(() => guard.close());

  it('gets no confirmed finding from any probe', async () => {
    guard = await start();
    const report = await run(guard.url);
    expect(guard.hits()).toBeGreaterThan(10);
    expect(report.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});
