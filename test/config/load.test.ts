import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/errors.ts';
import { jsonPath, loadConfig } from '../../src/config/load.ts';

const dir = mkdtempSync(join(tmpdir(), 'vas-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function project(name: string, config?: string): string {
  const root = join(dir, name);
  mkdirSync(root);
  if (config !== undefined) writeFileSync(join(root, 'vas.config.json'), config);
  return root;
}

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected an error');
}

describe('loadConfig', () => {
  it('returns defaults when the project has no vas.config.json', () => {
    expect(loadConfig(project('none'))).toEqual({ config: {}, file: null });
  });

  it('reads <root>/vas.config.json', () => {
    const root = project('found', '{"publicRoutes": ["GET /health"], "rules": {"versioning-none": "off"}}');
    const loaded = loadConfig(root);
    expect(loaded.file).toBe(join(root, 'vas.config.json'));
    expect(loaded.config).toEqual({ publicRoutes: ['GET /health'], rules: { 'versioning-none': 'off' } });
  });

  it('prefers --config over the project file', () => {
    const root = project('explicit', '{"failOn": "low"}');
    const other = join(dir, 'other.json');
    writeFileSync(other, '{"failOn": "critical"}');
    expect(loadConfig(root, other).config).toEqual({ failOn: 'critical' });
  });

  it.each([
    ['a missing --config file', () => loadConfig(dir, join(dir, 'nope.json')), /^config file not found: .*nope\.json$/],
    ['broken JSON', () => loadConfig(project('broken', '{"rules": ')), /^invalid config .*vas\.config\.json: not JSON/],
    [
      'a wrong rule setting, with the JSON path of the problem',
      () => loadConfig(project('bad-rule', '{"rules": {"vas/versioning-none": "warn"}}')),
      /: \$\.rules\["vas\/versioning-none"\]: expected "off" or a severity/,
    ],
    [
      'an unknown key',
      () => loadConfig(project('bad-key', '{"trust": {"roles": []}}')),
      /: \$\.trust: unknown key "roles"$/,
    ],
    [
      'a bad array item',
      () => loadConfig(project('bad-route', '{"publicRoutes": ["/ok", "health"]}')),
      /: \$\.publicRoutes\[1\]: expected "\[METHOD \]\/path"/,
    ],
    [
      "a bad probe section (checked with the prober's schema)",
      () => loadConfig(project('bad-probe', '{"probe": {"target": 3000}}')),
      /: \$\.probe\.target /,
    ],
  ])('throws a one-line UsageError for %s', (_name, fn, message) => {
    const err = errorOf(fn);
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toMatch(message);
    expect(err.message).not.toContain('\n');
  });

  it('writes JSON paths the way jq does', () => {
    expect(jsonPath(['rules', 'vas/x', 0, 'a_b'])).toBe('$.rules["vas/x"][0].a_b');
  });
});
