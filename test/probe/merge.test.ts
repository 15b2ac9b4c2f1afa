import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.ts';
import type { Report } from '../../src/core/report.ts';
import { emptyStack } from '../../src/core/stack.ts';
import { mergeReports } from '../../src/probe/index.ts';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'vas/x',
  category: 'bola',
  severity: 'high',
  confidence: 'high',
  message: 'm',
  location: null,
  endpoint: null,
  fix: { summary: 's', steps: [] },
  evidence: [],
  ...over,
});
const report = (mode: Report['mode'], findings: Finding[], endpoints: Report['endpoints'] = []): Report => ({
  schemaVersion: 1,
  tool: { name: 'vas', version: '0' },
  mode,
  target: 't',
  stack: emptyStack(),
  endpoints,
  findings,
  diagnostics: [],
  stats: { files: 1, endpoints: endpoints.length, durationMs: 5 },
});

describe('mergeReports', () => {
  const loc = { file: 'src/routes.ts', line: 12, column: 1 };
  const staticReport = report(
    'static',
    [
      finding({
        ruleId: 'vas/bola-missing-ownership-check',
        endpoint: { method: 'GET', path: '/notes/:id' },
        location: loc,
      }),
      finding({ ruleId: 'vas/rate-limit-none', category: 'rate-limit', endpoint: null, location: loc }),
      finding({
        ruleId: 'vas/data-exposure-x',
        category: 'data-exposure',
        endpoint: { method: 'GET', path: '/me' },
        location: loc,
      }),
    ],
    [
      {
        method: 'GET',
        path: '/admin/{id}',
        location: { file: 'src/admin.ts', line: 3, column: 1 },
        framework: 'express',
        public: false,
        auth: 'required',
        facts: {},
      },
    ],
  );
  const evidence = [{ description: 'proof', request: { method: 'GET', url: 'http://127.0.0.1/notes/1' } }];
  const dynamicReport = report('dynamic', [
    finding({
      ruleId: 'vas/bola-cross-user-access',
      confidence: 'confirmed',
      severity: 'critical',
      endpoint: { method: 'GET', path: '/notes/{noteId}' },
      evidence,
    }),
    finding({
      ruleId: 'vas/rate-limit-login-burst',
      category: 'rate-limit',
      confidence: 'confirmed',
      endpoint: { method: 'POST', path: '/login' },
      evidence,
    }),
    finding({
      ruleId: 'vas/missing-auth-unauthenticated-access',
      category: 'missing-auth',
      confidence: 'confirmed',
      endpoint: { method: 'GET', path: '/admin/{x}' },
      evidence,
    }),
  ]);
  const merged = mergeReports(staticReport, dynamicReport);

  it('upgrades proved static findings to confirmed, with the evidence and the static location', () => {
    const bola = merged.findings.find((f) => f.ruleId === 'vas/bola-missing-ownership-check')!;
    expect(bola.confidence).toBe('confirmed');
    expect(bola.severity).toBe('critical');
    expect(bola.location).toEqual(loc);
    expect(bola.evidence).toEqual(evidence);
    expect(merged.findings.find((f) => f.ruleId === 'vas/rate-limit-none')?.confidence).toBe('confirmed');
  });

  it('leaves unproved static findings alone and adds new dynamic ones at their static location', () => {
    expect(merged.findings.find((f) => f.ruleId === 'vas/data-exposure-x')?.confidence).toBe('high');
    const added = merged.findings.find((f) => f.ruleId === 'vas/missing-auth-unauthenticated-access')!;
    expect(added.location).toEqual({ file: 'src/admin.ts', line: 3, column: 1 });
    expect(merged.findings).toHaveLength(4);
  });

  it('is pure', () => {
    expect(staticReport.findings[0]?.confidence).toBe('high');
    expect(dynamicReport.findings).toHaveLength(3);
  });
});
