import { describe, expect, it } from 'vitest';
import { applySuppressions, parseSuppressions, SUPPRESSION_RULE_ID } from '../../src/config/suppressions.ts';
import type { Report } from '../../src/core/report.ts';
import { loadReport } from '../report/helpers.ts';

describe('parseSuppressions', () => {
  it.each([
    [
      '// vas-ignore bola-missing-ownership-check -- admins may read any todo',
      3,
      ['vas/bola-missing-ownership-check'],
      'admins may read any todo',
    ],
    ['foo(); // vas-ignore vas/a, b -- reviewed in #12', 3, ['vas/a', 'vas/b'], 'reviewed in #12'],
    ['  // vas-ignore-next-line vas/a -- fixture data only', 4, ['vas/a'], 'fixture data only'],
    ['/* vas-ignore a -- legacy */ x()', 3, ['vas/a'], 'legacy'],
    ['{/* vas-ignore-next-line a -- static page */}', 4, ['vas/a'], 'static page'],
    ['// vas-ignore a', 3, ['vas/a'], ''],
    ['// vas-ignore a --   ', 3, ['vas/a'], ''],
    ['// vas-ignore -- everything here is a test double', 3, [], 'everything here is a test double'],
  ])('reads %s', (line, target, ruleIds, reason) => {
    const [s] = parseSuppressions('a.ts', `\n\n${line}\n`);
    expect(s).toMatchObject({ file: 'a.ts', line: 3, target, ruleIds, reason });
  });

  it.each(['// vas-ignored a -- no', '// see vas-ignore docs', 'const s = "vas-ignore a"'])(
    'does not read %s',
    (line) => {
      expect(parseSuppressions('a.ts', line)).toEqual([]);
    },
  );
});

function reportWith(files: Record<string, string>): { report: Report; read: (f: string) => string | undefined } {
  const report = loadReport('static');
  return { report, read: (f) => files[f] };
}

const TODOS = [
  "import { Router } from 'express';",
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  "todoRouter.get('/:id', async (req, res) => {",
  '  const todo = await prisma.todo.findUnique({ where: { id: req.params.id } }); // vas-ignore bola-missing-ownership-check -- todos are public in this demo',
  '',
  '',
  '',
  '  // vas-ignore-next-line vas/bola-missing-ownership-check, vas/input-validation-mass-assignment',
  '  const todo = await prisma.todo.update({ where: { id: req.params.id }, data: req.body });',
].join('\n');

describe('applySuppressions', () => {
  it('removes the findings a comment names, on its line or the next', () => {
    const { report, read } = reportWith({ 'src/routes/todos.ts': TODOS });
    const out = applySuppressions(report, read);
    const left = out.findings.filter((f) => f.location?.file === 'src/routes/todos.ts');
    // line 13 (reasoned) and line 18 (two rules, no reason) are silenced; the reason-less one is reported
    expect(left.map((f) => f.ruleId)).toEqual([SUPPRESSION_RULE_ID]);
    expect(out.findings).toHaveLength(report.findings.length - 3 + 1);
  });

  it('reports a suppression without a reason as a finding in the category of what it hides', () => {
    const { report, read } = reportWith({ 'src/routes/todos.ts': TODOS });
    const meta = applySuppressions(report, read).findings.find((f) => f.ruleId === SUPPRESSION_RULE_ID)!;
    expect(meta).toMatchObject({
      category: 'bola',
      severity: 'low',
      location: { file: 'src/routes/todos.ts', line: 17, column: 3 },
      endpoint: { method: 'PATCH', path: '/api/todos/{id}' },
    });
    expect(meta.message).toContain('PATCH /api/todos/{id} updates a todo by id');
    expect(meta.message).toContain('PATCH /api/todos/{id} passes req.body');
    expect(meta.fix.example).toBe('// vas-ignore-next-line vas/bola-missing-ownership-check -- <why this is safe>');
  });

  it('only silences the rules it names', () => {
    const { report, read } = reportWith({
      'src/routes/todos.ts': TODOS.replace(
        'vas/bola-missing-ownership-check, vas/input-validation-mass-assignment',
        'vas/versioning-none -- n/a',
      ),
    });
    const out = applySuppressions(report, read);
    expect(out.findings.filter((f) => f.location?.line === 18).map((f) => f.ruleId)).toEqual([
      'vas/bola-missing-ownership-check',
      'vas/input-validation-mass-assignment',
    ]);
  });

  it('leaves a report alone when no file can be read', () => {
    const report = loadReport('static');
    expect(applySuppressions(report, () => undefined)).toEqual(report);
  });
});
