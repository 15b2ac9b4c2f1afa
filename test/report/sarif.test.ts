import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report.ts';
import { FINGERPRINT_KEY, formatSarif } from '../../src/report/sarif.ts';
import { loadReport, sarifErrors, TODO_API } from './helpers.ts';

function sarif(report: Report, root?: string): Log {
  return JSON.parse(formatSarif(report, { color: false, ...(root ? { root } : {}) })) as Log;
}

function regionsOf(log: Log) {
  return (log.runs[0]!.results ?? []).flatMap((r) => (r.locations ?? []).map((l) => l.physicalLocation?.region));
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('sarif reporter', () => {
  const staticLog = sarif(loadReport('static'), TODO_API);
  const dynamicLog = sarif(loadReport('dynamic'));

  it.each([
    ['static', staticLog],
    ['dynamic', dynamicLog],
    ['hostile', sarif(loadReport('hostile'))],
  ])('%s report validates against the SARIF 2.1.0 schema', (_name, log) => {
    expect(sarifErrors(log)).toEqual([]);
    // errata01 adds: a region needs startLine, charOffset or byteOffset
    for (const region of regionsOf(log)) if (region) expect(region.startLine).toBeGreaterThan(0);
  });

  it('the schema check can fail: a result without a message is rejected', () => {
    const broken = structuredClone(staticLog) as { runs: { results: Partial<Result>[] }[] };
    delete broken.runs[0]!.results[0]!.message;
    expect(sarifErrors(broken)).not.toEqual([]);
  });

  it('lists every rule a finding names, and ruleIndex points at it', () => {
    const run = staticLog.runs[0]!;
    const rules = run.tool.driver.rules ?? [];
    for (const result of run.results ?? []) {
      expect(rules[result.ruleIndex!]?.id).toBe(result.ruleId);
    }
    // rules that found nothing are listed too, so a viewer can show their docs
    expect(rules.map((r) => r.id)).toContain('vas/suppression-without-reason');
  });

  it('describes each rule with docs link, fix help, OWASP/CWE tags and a security-severity', () => {
    const rules = staticLog.runs[0]!.tool.driver.rules ?? [];
    const bola = rules.find((r) => r.id === 'vas/bola-missing-ownership-check') as ReportingDescriptor;
    expect(bola.name).toBe('BolaMissingOwnershipCheck');
    expect(bola.shortDescription?.text).toBeTruthy();
    expect(bola.fullDescription?.text).toBeTruthy();
    expect(bola.helpUri).toMatch(/^https:\/\/.+\/docs\/rules\/bola-missing-ownership-check\.md$/);
    // the rule's docs page when the package has one, then the fix vas wrote for this project's stack
    if (existsSync(new URL('../../docs/rules/bola-missing-ownership-check.md', import.meta.url))) {
      expect(bola.help?.markdown).toMatch(/^# bola-missing-ownership-check\n/);
      expect(bola.help?.markdown).toContain('\n## Fix for this project\n\n**Scope the query to the caller**');
    }
    expect(bola.help?.markdown).toContain('prisma.todo.findFirst');
    // a rule the catalog does not know (a report from another version) still gets generated help
    const unknown = rules.find((r) => r.id === 'vas/error-leak-stack-trace')!;
    expect(unknown.help?.markdown).toContain('## How to fix\n\n**Log the error and send a generic message**');
    expect(unknown.helpUri).toMatch(/\/docs\/rules\/error-leak-stack-trace\.md$/);
    expect(bola.properties?.tags).toEqual(
      expect.arrayContaining(['security', 'OWASP-API1:2023', 'external/cwe/cwe-639']),
    );
    expect(bola.properties?.['security-severity']).toBe('9.5');
    expect(bola.defaultConfiguration?.level).toBe('error');
    const versioning = rules.find((r) => r.id === 'vas/versioning-none')!;
    expect(versioning.properties?.['security-severity']).toBe('3.0');
    expect(versioning.defaultConfiguration?.level).toBe('note');
  });

  it('gives static results a source location with the flagged line as snippet', () => {
    const result = staticLog.runs[0]!.results!.find((r) => r.ruleId === 'vas/bola-missing-ownership-check')!;
    const location = result.locations![0]!;
    expect(location.physicalLocation?.artifactLocation).toEqual({ uri: 'src/routes/todos.ts', uriBaseId: '%SRCROOT%' });
    expect(location.physicalLocation?.region).toMatchObject({ startLine: 13, startColumn: 16 });
    expect(location.physicalLocation?.region?.snippet?.text).toContain('prisma.todo.findUnique');
    expect(location.logicalLocations).toEqual([{ name: 'GET /api/todos/{id}', kind: 'endpoint' }]);
    expect(result.level).toBe('error');
  });

  it('keeps partialFingerprints stable when code moves, and distinct between findings', () => {
    const report = loadReport('static');
    const before = staticLog.runs[0]!.results!.map((r) => r.partialFingerprints![FINGERPRINT_KEY]);
    expect(new Set(before).size).toBe(before.length);

    // insert five lines at the top of every file: every finding moves down, nothing else changes
    const moved = mkdtempSync(join(tmpdir(), 'vas-sarif-'));
    temps.push(moved);
    cpSync(TODO_API, moved, { recursive: true });
    const files = new Set(report.findings.map((f) => f.location!.file));
    for (const file of files) {
      const path = join(moved, file);
      writeFileSync(path, `// a\n// b\n\n// c\n\n${readFileSync(path, 'utf8')}`);
    }
    const shifted: Report = {
      ...report,
      findings: report.findings.map((f) => ({ ...f, location: { ...f.location!, line: f.location!.line + 5 } })),
    };
    const after = sarif(shifted, moved).runs[0]!.results!.map((r) => r.partialFingerprints![FINGERPRINT_KEY]);
    expect(after).toEqual(before);

    // editing the flagged line itself is a different finding
    const edited = structuredClone(report);
    writeFileSync(
      join(moved, 'src/routes/todos.ts'),
      readFileSync(join(TODO_API, 'src/routes/todos.ts'), 'utf8').replace('findUnique', 'findFirst'),
    );
    const changed = sarif(edited, moved).runs[0]!.results!.find((r) => r.ruleId === 'vas/bola-missing-ownership-check');
    expect(changed!.partialFingerprints![FINGERPRINT_KEY]).not.toBe(before[1]);
  });

  it('uses the fingerprint the report carries when it has one', () => {
    const report = loadReport('static');
    report.findings[0]!.fingerprint = 'abc123';
    expect(sarif(report).runs[0]!.results![0]!.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: 'abc123' });
  });

  it('carries dynamic evidence in properties and as webRequest/webResponse', () => {
    const run = dynamicLog.runs[0]!;
    const bola = run.results!.find((r) => r.ruleId === 'vas/cross-user-access')!;
    expect(bola.locations).toEqual([{ logicalLocations: [{ name: 'GET /api/todos/{id}', kind: 'endpoint' }] }]);
    const evidence = bola.properties?.evidence as { curl: string }[];
    expect(evidence).toHaveLength(2);
    expect(evidence[1]!.curl).toContain("curl 'http://127.0.0.1:3000/api/todos/41'");
    expect(bola.webRequest).toMatchObject({ method: 'GET', target: 'http://127.0.0.1:3000/api/todos/41' });
    expect(bola.webResponse).toMatchObject({ statusCode: 200 });
    expect(bola.properties?.confidence).toBe('confirmed');

    // a dynamic finding whose source location is known keeps it
    const burst = run.results!.find((r) => r.ruleId === 'vas/login-burst')!;
    expect(burst.locations![0]!.physicalLocation?.artifactLocation?.uri).toBe('src/routes/auth.ts');
    // a probe run lists probe rules, not static checks
    expect(run.tool.driver.rules!.every((r) => r.properties?.kind !== 'check')).toBe(true);
  });

  it('reports diagnostics as tool notifications', () => {
    const notes = staticLog.runs[0]!.invocations![0]!.toolExecutionNotifications!;
    expect(notes[0]!.message.text).toContain("could not resolve the import of '../legacy/routes.js'");
  });

  it('percent-encodes file names into valid URIs', () => {
    const report = loadReport('static');
    report.findings[0]!.location = { file: 'src/my routes/a#b.ts', line: 1, column: 1 };
    const log = sarif(report);
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation?.artifactLocation?.uri).toBe(
      'src/my%20routes/a%23b.ts',
    );
  });
});
