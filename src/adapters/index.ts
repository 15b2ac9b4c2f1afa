import type { Inventory } from '../core/endpoint.ts';
import type { FrameworkId } from '../core/stack.ts';
import type { Project } from '../parse/project.ts';
import type { Resolver } from '../parse/resolve.ts';
import { extractExpress } from './express/index.ts';
import { extractFastify } from './fastify/index.ts';
import { extractHono } from './hono/index.ts';
import { extractKoa } from './koa/index.ts';
import { extractNest } from './nestjs/index.ts';
import { extractNext } from './nextjs/index.ts';
import { projectFor } from './scope.ts';

export type Adapter = (project: Project, resolver: Resolver) => Inventory;

/** One adapter per framework; each fills the same inventory. */
export const ADAPTERS = {
  express: extractExpress,
  fastify: extractFastify,
  hono: extractHono,
  koa: extractKoa,
  nestjs: extractNest,
  nextjs: extractNext,
} satisfies Record<FrameworkId, Adapter>;

/** Runs every adapter (each is cheap when its framework is absent) and merges their inventories. */
export function buildInventory(project: Project, resolver: Resolver): Inventory {
  const all: Inventory = { endpoints: [], apps: [] };
  for (const [framework, extract] of Object.entries(ADAPTERS) as [FrameworkId, Adapter][]) {
    // each adapter reads only the files that can hold its routes; the resolver still sees the whole project
    const inv = extract(projectFor(project, framework), resolver);
    all.endpoints.push(...inv.endpoints);
    all.apps.push(...inv.apps);
  }
  return all;
}
