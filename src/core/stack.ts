/** What a project is built with, detected from its package.json files. Drives the fix advice. */
export interface Stack {
  frameworks: FrameworkId[];
  dataLayers: DataLayerId[];
  auth: string[];
  validation: string[];
  rateLimit: string[];
}

export const FRAMEWORKS = ['express', 'fastify', 'hono', 'koa', 'nestjs', 'nextjs'] as const;
export type FrameworkId = (typeof FRAMEWORKS)[number];

export const DATA_LAYERS = [
  'prisma',
  'mongoose',
  'drizzle',
  'sequelize',
  'typeorm',
  'pg',
  'mysql',
  'better-sqlite3',
  'sqlite',
  'supabase',
  'knex',
] as const;
export type DataLayerId = (typeof DATA_LAYERS)[number];

export function emptyStack(): Stack {
  return { frameworks: [], dataLayers: [], auth: [], validation: [], rateLimit: [] };
}
