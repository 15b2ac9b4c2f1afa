import type { Inventory } from '../core/endpoint.ts';
import type { Project } from '../parse/project.ts';
import type { Resolver } from '../parse/resolve.ts';

export interface AppFacts {
  placeholder: true;
}

export function attachFacts(_inventory: Inventory, _project: Project, _resolver: Resolver): AppFacts {
  return { placeholder: true };
}
