import { join } from 'node:path';
import type { Endpoint, Inventory } from '../../src/core/endpoint.ts';
import type { Project } from '../../src/parse/project.ts';
import { loadProject } from '../../src/parse/project.ts';
import { Resolver } from '../../src/parse/resolve.ts';
import { locationOf } from '../../src/parse/source.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'adapters');

/** Runs one adapter on a fixture folder, the way the pipeline does (parse once, one resolver). */
export function inventoryOf(fixture: string, extract: (p: Project, r: Resolver) => Inventory): Inventory {
  const project = loadProject(join(FIXTURES, fixture));
  return extract(project, new Resolver(project));
}

/**
 * One line per endpoint: `GET /api/x file:line [link, link<auth>, schema.body<validation:body>]`.
 * A `*` after a link name says its function body was resolved (so facts can analyse it).
 */
export function rows(inv: Inventory): string[] {
  return inv.endpoints.map((e) => `${e.method} ${e.path} ${where(e)} [${e.chain.map(linkText).join(', ')}]`);
}

function where(e: Endpoint): string {
  const l = locationOf(e.file, e.node);
  return `${l.file}:${l.line}`;
}

function linkText(l: Endpoint['chain'][number]): string {
  const hint = l.hint ? `<${l.hint.kind}${l.hint.kind === 'validation' ? `:${l.hint.target}` : ''}>` : '';
  return `${l.name}${hint}${l.fn ? '*' : ''}`;
}
