import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/core/category.ts';
import { PROBES } from '../../src/probe/probes/index.ts';

const HEADINGS = ['## Detects', '## Triggers on', '## Will then / requests sent', '## Default', '## Fix'];

describe.each(Object.entries(PROBES))('probe %s', (id, probe) => {
  const file = new URL(`../../docs/probes/${id}.md`, import.meta.url);

  it('has meta as data that matches its id', () => {
    expect(probe.meta.id).toBe(id);
    expect(probe.meta.kind).toBe('probe');
    expect(id.startsWith(`${probe.meta.category}-`)).toBe(true);
    expect(Object.keys(CATEGORIES)).toContain(probe.meta.category);
    expect(probe.fix.steps.length).toBeGreaterThan(0);
  });

  it('has docs/probes/<id>.md with the required headings, category and default', () => {
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(`# ${id}\n`)).toBe(true);
    for (const h of HEADINGS) expect(text).toContain(`\n${h}\n`);
    expect(text).toContain(`Category: \`${probe.meta.category}\``);
    expect(text).toContain(`Severity: ${probe.meta.severity}`);
    expect(text).toMatch(probe.meta.defaultOn ? /## Default\n\nOn\./ : /## Default\n\nOff/);
  });
});
