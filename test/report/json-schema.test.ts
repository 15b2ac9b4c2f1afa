import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/json.ts';
import { loadReport, reportErrors } from './helpers.ts';

describe('schema/report.schema.json', () => {
  it.each(['static', 'dynamic', 'hostile'] as const)(
    'accepts the %s fixture as the JSON reporter prints it',
    (name) => {
      expect(reportErrors(JSON.parse(formatJson(loadReport(name))))).toEqual([]);
    },
  );

  it('accepts a fingerprinted finding', () => {
    const report = loadReport('static');
    report.findings[0]!.fingerprint = '0123abcd';
    expect(reportErrors(report)).toEqual([]);
  });

  // Each of these breaks a rule of the contract (../shared/spec/report-format.md).
  const DELETE = Symbol('delete');
  it.each([
    ['an unknown category', ['findings', 0, 'category'], 'xss'],
    ['an absolute location.file', ['findings', 0, 'location', 'file'], '/home/me/app/src/a.ts'],
    ['a Windows separator', ['findings', 0, 'location', 'file'], 'src\\a.ts'],
    ['a path without a leading slash', ['endpoints', 0, 'path'], 'api/todos'],
    ['a lower-case method', ['endpoints', 0, 'method'], 'get'],
    ['a finding without fix', ['findings', 0, 'fix'], DELETE],
    ['a ruleId without the vas/ prefix', ['findings', 0, 'ruleId'], 'bola-x'],
    ['an unknown top-level field', ['extra'], true],
    ['schemaVersion 2', ['schemaVersion'], 2],
  ] as const)('rejects %s', (_name, path, value) => {
    const report: unknown = structuredClone(loadReport('static'));
    let target = report as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (value === DELETE) delete target[last];
    else target[last] = value;
    expect(reportErrors(report)).not.toEqual([]);
  });
});
