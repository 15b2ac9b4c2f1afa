import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/core/report.ts';
import { probe } from '../../src/probe/index.ts';
import type { ProbeOptions } from '../../src/probe/options.ts';
import { notesSpec } from '../fixtures/servers/notes-api.ts';

export const USERS = [
  { name: 'alice', username: 'alice@example.com', password: 'alice-pw' },
  { name: 'bob', username: 'bob@example.com', password: 'bob-pw' },
];

export function specFile(serverUrl?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vas-probe-'));
  const file = join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(notesSpec(serverUrl)));
  return file;
}

export function run(target: string, extra: Partial<ProbeOptions> = {}): Promise<Report> {
  return probe({ target, spec: specFile(), identities: USERS, quiet: true, ...extra });
}

export const ruleIds = (r: Report) => [...new Set(r.findings.map((f) => f.ruleId))].sort();
export const found = (r: Report, rule: string, method?: string, path?: string) =>
  r.findings.some(
    (f) => f.ruleId === `vas/${rule}` && (!method || (f.endpoint?.method === method && f.endpoint?.path === path)),
  );
