import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks/index.ts';
import { PROBES } from '../../src/probe/probes/index.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

function vas(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/vas.js', ...args], { cwd: REPO, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('vas rules', () => {
  it('lists every check and probe', () => {
    const { code, stdout, stderr } = vas('rules');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const check of Object.values(CHECKS))
      expect(stdout).toMatch(new RegExp(`^  ${check.meta.id} +${check.meta.severity} `, 'm'));
    for (const probe of Object.values(PROBES)) expect(stdout).toContain(`  ${probe.meta.id} `);
    expect(stdout.indexOf('Static checks')).toBeLessThan(stdout.indexOf('Dynamic probes'));
  });

  it('lists as JSON with docs links', () => {
    const list = JSON.parse(vas('rules', '--json').stdout) as { ruleId: string; docsUrl: string }[];
    expect(list.length).toBe(Object.keys(CHECKS).length + Object.keys(PROBES).length + 1);
    expect(list.find((r) => r.ruleId === 'vas/versioning-none')?.docsUrl).toMatch(
      /\/docs\/rules\/versioning-none\.md$/,
    );
  });

  it("prints one rule's docs page, with or without the vas/ prefix", () => {
    const id = Object.keys(CHECKS)[0]!;
    const bare = vas('rules', id);
    expect(bare.code).toBe(0);
    expect(vas('rules', `vas/${id}`).stdout).toBe(bare.stdout);
    let page: string | null = null;
    try {
      page = readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), 'utf8');
    } catch {
      // no page yet: the catalog's own description is shown instead
    }
    if (page !== null) expect(bare.stdout.trim()).toBe(page.replace(/^---\n[\s\S]*?\n---\n/, '').trim());
    else expect(bare.stdout).toContain(CHECKS[id as keyof typeof CHECKS].meta.description);
  });

  it('prints the suppressions section of docs/config.md for the suppression rule', () => {
    const { code, stdout } = vas('rules', 'suppression-without-reason');
    expect(code).toBe(0);
    expect(stdout.startsWith('## Suppressions\n')).toBe(true);
    expect(stdout).toContain('vas-ignore-next-line');
    expect(stdout).not.toContain('\n## Baseline');
  });

  it('rejects an unknown id in one line, with a suggestion', () => {
    const { code, stdout, stderr } = vas('rules', 'bola-ownership');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'vas: unknown rule "bola-ownership" (did you mean bola-missing-ownership-check?); run vas rules to list them\n',
    );
  });
});
