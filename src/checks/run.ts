import type { Inventory } from '../core/endpoint.ts';
import type { Finding } from '../core/finding.ts';
import type { Stack } from '../core/stack.ts';
import type { AppFacts } from '../facts/index.ts';
import type { Project } from '../parse/project.ts';
import type { Resolver } from '../parse/resolve.ts';

export interface ScanContext {
  inventory: Inventory;
  project: Project;
  resolver: Resolver;
  stack: Stack;
  facts: AppFacts;
}

export function runChecks(_ctx: ScanContext): Finding[] {
  return [];
}
