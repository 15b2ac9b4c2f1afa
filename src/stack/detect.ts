import type { DataLayerId, FrameworkId, Stack } from '../core/stack.ts';
import { table } from '../core/table.ts';
import type { Project } from '../parse/project.ts';
import { importedPackages } from './imports.ts';

type Entry =
  | { kind: 'frameworks'; id: FrameworkId }
  | { kind: 'dataLayers'; id: DataLayerId }
  | { kind: 'auth' | 'validation' | 'rateLimit'; id: string };

/** Package name → what it tells about the stack. One table, read by the fix advice of every check. */
const PACKAGES = table<Entry>({
  express: { kind: 'frameworks', id: 'express' },
  fastify: { kind: 'frameworks', id: 'fastify' },
  hono: { kind: 'frameworks', id: 'hono' },
  koa: { kind: 'frameworks', id: 'koa' },
  '@nestjs/core': { kind: 'frameworks', id: 'nestjs' },
  '@nestjs/common': { kind: 'frameworks', id: 'nestjs' },
  next: { kind: 'frameworks', id: 'nextjs' },
  '@prisma/client': { kind: 'dataLayers', id: 'prisma' },
  prisma: { kind: 'dataLayers', id: 'prisma' },
  mongoose: { kind: 'dataLayers', id: 'mongoose' },
  '@nestjs/mongoose': { kind: 'dataLayers', id: 'mongoose' },
  'drizzle-orm': { kind: 'dataLayers', id: 'drizzle' },
  sequelize: { kind: 'dataLayers', id: 'sequelize' },
  'sequelize-typescript': { kind: 'dataLayers', id: 'sequelize' },
  typeorm: { kind: 'dataLayers', id: 'typeorm' },
  pg: { kind: 'dataLayers', id: 'pg' },
  postgres: { kind: 'dataLayers', id: 'pg' },
  mysql2: { kind: 'dataLayers', id: 'mysql' },
  mysql: { kind: 'dataLayers', id: 'mysql' },
  'better-sqlite3': { kind: 'dataLayers', id: 'better-sqlite3' },
  sqlite3: { kind: 'dataLayers', id: 'sqlite' },
  'node:sqlite': { kind: 'dataLayers', id: 'sqlite' },
  '@supabase/supabase-js': { kind: 'dataLayers', id: 'supabase' },
  '@supabase/ssr': { kind: 'dataLayers', id: 'supabase' },
  knex: { kind: 'dataLayers', id: 'knex' },
  jsonwebtoken: { kind: 'auth', id: 'jsonwebtoken' },
  jose: { kind: 'auth', id: 'jose' },
  passport: { kind: 'auth', id: 'passport' },
  'passport-jwt': { kind: 'auth', id: 'passport-jwt' },
  'express-jwt': { kind: 'auth', id: 'express-jwt' },
  'express-session': { kind: 'auth', id: 'express-session' },
  'cookie-session': { kind: 'auth', id: 'cookie-session' },
  '@fastify/jwt': { kind: 'auth', id: '@fastify/jwt' },
  '@fastify/auth': { kind: 'auth', id: '@fastify/auth' },
  '@fastify/session': { kind: 'auth', id: '@fastify/session' },
  'koa-jwt': { kind: 'auth', id: 'koa-jwt' },
  'koa-session': { kind: 'auth', id: 'koa-session' },
  '@nestjs/jwt': { kind: 'auth', id: '@nestjs/jwt' },
  '@nestjs/passport': { kind: 'auth', id: '@nestjs/passport' },
  'next-auth': { kind: 'auth', id: 'next-auth' },
  '@auth/core': { kind: 'auth', id: 'auth.js' },
  '@clerk/nextjs': { kind: 'auth', id: 'clerk' },
  '@clerk/express': { kind: 'auth', id: 'clerk' },
  lucia: { kind: 'auth', id: 'lucia' },
  'better-auth': { kind: 'auth', id: 'better-auth' },
  bcrypt: { kind: 'auth', id: 'bcrypt' },
  bcryptjs: { kind: 'auth', id: 'bcryptjs' },
  argon2: { kind: 'auth', id: 'argon2' },
  zod: { kind: 'validation', id: 'zod' },
  joi: { kind: 'validation', id: 'joi' },
  '@hapi/joi': { kind: 'validation', id: 'joi' },
  yup: { kind: 'validation', id: 'yup' },
  'express-validator': { kind: 'validation', id: 'express-validator' },
  celebrate: { kind: 'validation', id: 'celebrate' },
  ajv: { kind: 'validation', id: 'ajv' },
  valibot: { kind: 'validation', id: 'valibot' },
  'class-validator': { kind: 'validation', id: 'class-validator' },
  '@sinclair/typebox': { kind: 'validation', id: 'typebox' },
  '@hono/zod-validator': { kind: 'validation', id: '@hono/zod-validator' },
  superstruct: { kind: 'validation', id: 'superstruct' },
  'express-rate-limit': { kind: 'rateLimit', id: 'express-rate-limit' },
  'rate-limiter-flexible': { kind: 'rateLimit', id: 'rate-limiter-flexible' },
  'express-slow-down': { kind: 'rateLimit', id: 'express-slow-down' },
  'express-brute': { kind: 'rateLimit', id: 'express-brute' },
  '@fastify/rate-limit': { kind: 'rateLimit', id: '@fastify/rate-limit' },
  'hono-rate-limiter': { kind: 'rateLimit', id: 'hono-rate-limiter' },
  'koa-ratelimit': { kind: 'rateLimit', id: 'koa-ratelimit' },
  '@nestjs/throttler': { kind: 'rateLimit', id: '@nestjs/throttler' },
  '@upstash/ratelimit': { kind: 'rateLimit', id: '@upstash/ratelimit' },
});

/** Detects the stack from every package.json of the project and from the packages its sources import. */
export function detectStack(project: Project): Stack {
  return stackOf(stackPackages(project));
}

/** The package names the stack is read from: every dependency declared, every package imported. */
export function stackPackages(project: Project): Set<string> {
  const names = new Set<string>();
  for (const pkg of project.packages) for (const d of pkg.deps) names.add(d);
  for (const name of importedPackages(project)) names.add(name);
  return names;
}

/** The stack those packages make, in a stable order (by package name). */
export function stackOf(names: Iterable<string>): Stack {
  const stack: Stack = { frameworks: [], dataLayers: [], auth: [], validation: [], rateLimit: [] };
  for (const name of [...new Set(names)].sort()) {
    const entry = PACKAGES[name];
    if (!entry) continue;
    const list = stack[entry.kind] as string[];
    if (!list.includes(entry.id)) list.push(entry.id);
  }
  return stack;
}
