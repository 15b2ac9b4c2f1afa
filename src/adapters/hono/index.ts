import type { Inventory } from '../../core/endpoint.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver } from '../../parse/resolve.ts';

// Placeholder until the hono adapter lands.
export function extractHono(_project: Project, _resolver: Resolver): Inventory {
  return { endpoints: [], apps: [] };
}
