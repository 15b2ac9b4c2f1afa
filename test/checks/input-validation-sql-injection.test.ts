import { runCheckCases } from './check-tester.ts';
import { EXPRESS_REQUIRE_AUTH, KOA_PG_REPOSITORY } from './snippets.ts';

/**
 * Fastify + pg: an overdue report whose age in days (typed `daysType` in the route's querystring schema) is pasted
 * into the statement by a repository function.
 */
const fastifyOverdueApp = (daysType: string) => ({
  'src/repo.js': `const { Pool } = require('pg');
const pool = new Pool();
async function overdueReport({ days }) {
  const { rows } = await pool.query(\`SELECT id, due_at FROM loans WHERE returned_at IS NULL AND due_at < now() - interval '\${days} days'\`);
  return rows;
}
module.exports = { overdueReport };`,
  'src/server.js': `const Fastify = require('fastify');
const repo = require('./repo');
const app = Fastify();
app.get('/reports/overdue', {
  schema: { querystring: { type: 'object', properties: { days: { type: '${daysType}', minimum: 1 } } } },
}, async (request) => {
  const { days } = request.query;
  return repo.overdueReport({ days });
});
app.listen({ port: 3000 });`,
});

/**
 * Fastify + pg: a book created through a generic `insertRow(table, data)` that takes its column list from the object's
 * keys; `extra` is what the body schema says of undeclared properties.
 */
const fastifyInsertRowApp = (extra: string) => ({
  'src/db.js': `const { Pool } = require('pg');
const pool = new Pool();
async function insertRow(table, data) {
  const columns = Object.keys(data);
  const placeholders = columns.map((_, i) => '$' + (i + 1));
  const { rows } = await pool.query(\`INSERT INTO \${table} (\${columns.join(', ')}) VALUES (\${placeholders.join(', ')}) RETURNING id\`, columns.map((c) => data[c]));
  return rows[0];
}
module.exports = { insertRow };`,
  'src/server.js': `const Fastify = require('fastify');
const { insertRow } = require('./db');
const app = Fastify();
app.post('/books', {
  schema: { body: { type: 'object', required: ['title'], ${extra}properties: { title: { type: 'string' }, isbn: { type: 'string' } } } },
}, async (request) => insertRow('books', request.body));
app.listen({ port: 3000 });`,
});

/** Express + knex: a message search scoped to the caller's threads, with `filter` as its text condition. */
const knexSearchApp = (filter: string) => ({
  'package.json': '{ "type": "module", "dependencies": { "express": "4.19.0", "knex": "3.1.0", "pg": "8.12.0" } }',
  'src/app.js': `import express from 'express';
import knexFactory from 'knex';
const db = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const app = express();
app.get('/messages/search', async (req, res) => {
  const term = String(req.query.q ?? '').trim();
  const hits = await db('messages as m')
    .join('message_threads as t', 't.id', 'm.thread_id')
    .where((q) => q.where('t.client_id', req.user.id).orWhere('t.freelancer_id', req.user.id))
    ${filter}
    .orderBy('m.created_at', 'desc')
    .select('m.id', 'm.body');
  res.json(hits);
});
app.listen(3000);`,
});

/** Fastify + pg: an occupancy report whose period (typed `schema` in the querystring schema) is pasted into the SQL. */
const fastifyPeriodApp = (schema: string) => ({
  'src/server.js': `const Fastify = require('fastify');
const { Pool } = require('pg');
const pool = new Pool();
const app = Fastify();
app.get('/reports/occupancy', {
  schema: { querystring: { type: 'object', properties: { interval: ${schema} } } },
}, async (request) => {
  const { interval } = request.query;
  const { rows } = await pool.query(\`SELECT date_trunc('\${interval}', starts_at) AS period, count(*) FROM bookings GROUP BY period\`);
  return rows;
});
app.listen({ port: 3000 });`,
});

runCheckCases('input-validation-sql-injection', {
  invalid: [
    {
      name: 'fastify + pg: a period the querystring schema leaves free text, pasted into `date_trunc`',
      endpoint: 'GET /reports/occupancy',
      files: fastifyPeriodApp("{ type: 'string', maxLength: 10 }"),
    },
    {
      name: 'express + knex: the search term pasted into `.andWhereRaw(…)` after other conditions of the chain',
      endpoint: 'GET /messages/search',
      files: knexSearchApp(`.andWhereRaw(\`m.body ILIKE '%\${term}%'\`)`),
    },
    {
      name: "fastify + pg: a body's keys made the column list, the schema letting undeclared properties through",
      endpoint: 'POST /books',
      files: fastifyInsertRowApp(''),
    },
    {
      name: 'fastify + pg: a querystring field the schema types as a string pasted into the statement',
      endpoint: 'GET /reports/overdue',
      files: fastifyOverdueApp('string'),
    },
    {
      name: 'next app router + pg: a date from `req.nextUrl.searchParams` (held in a variable) pasted into the statement',
      endpoint: 'GET /api/v1/analytics/downloads',
      files: {
        'package.json': '{ "dependencies": { "next": "15.0.0", "pg": "8.11.0" } }',
        'app/api/v1/analytics/downloads/route.ts': `import { NextResponse, type NextRequest } from 'next/server';
import { Pool } from 'pg';
const pool = new Pool();
export async function GET(req: NextRequest) {
  const search = req.nextUrl.searchParams;
  const from = search.get('from') ?? '2024-01-01';
  const sql = \`SELECT count(*)::int AS downloads FROM downloads WHERE downloaded_at >= '\${from}'\`;
  const { rows } = await pool.query(sql);
  return NextResponse.json(rows[0]);
}`,
      },
    },
    {
      name: 'express + better-sqlite3: conditions pushed into a list with the filter pasted in, joined into the statement by a repository',
      endpoint: 'GET /api/fixtures',
      files: {
        'src/fixtureRepo.js': `import Database from 'better-sqlite3';
const db = new Database('app.db');
export const fixtureRepo = {
  search(filters = {}) {
    const where = ['f.archived = 0'];
    if (filters.teamId) where.push(\`f.team_id = \${Number(filters.teamId)}\`);
    if (filters.venue) where.push(\`f.venue = '\${filters.venue}'\`);
    return db.prepare(\`SELECT f.id, f.venue, f.kickoff_at FROM fixtures f WHERE \${where.join(' AND ')} LIMIT 100\`).all();
  },
};`,
        'src/app.js': `import express from 'express';
import { fixtureRepo } from './fixtureRepo.js';
const app = express();
app.get('/api/fixtures', (req, res) => {
  const { teamId, venue } = req.query;
  res.json(fixtureRepo.search({ teamId, venue }));
});
app.listen(3000);`,
      },
    },
    {
      name: "express + pg: a multi-row insert whose tuples paste each element's label into the statement",
      endpoint: 'POST /api/v1/readings',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import pg from 'pg';
import { requireAuth } from './auth.js';
const pool = new pg.Pool();
const app = express();
app.use(express.json());
app.post('/api/v1/readings', requireAuth, async (req, res) => {
  const values = [];
  const tuples = req.body.readings.map((r, i) => {
    values.push(req.user.id, Number(r.value));
    const base = i * 2;
    return \`('\${r.label}', $\${base + 2})\`;
  });
  const { rowCount } = await pool.query(\`INSERT INTO readings (owner_id, value) VALUES \${tuples.join(', ')}\`, values);
  res.status(202).json({ accepted: rowCount });
});
app.listen(3000);`,
      },
    },
    {
      name: 'hono + drizzle: a search condition pasted into `sql.raw(…)` and spread into `and(...filters)`',
      endpoint: 'GET /api/v1/users',
      files: {
        'src/db.ts': `import { drizzle } from 'drizzle-orm/node-postgres';
export const db = drizzle(process.env.DATABASE_URL!);`,
        'src/schema.ts': `import { pgTable, serial, text } from 'drizzle-orm/pg-core';
export const users = pgTable('users', { id: serial('id').primaryKey(), fullName: text('full_name'), email: text('email') });`,
        'src/index.ts': `import { and, sql, type SQL } from 'drizzle-orm';
import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { db } from './db';
import { users } from './schema';
const app = new Hono();
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));
app.get('/api/v1/users', async (c) => {
  const q = c.req.query('q');
  const filters: SQL[] = [];
  if (q) filters.push(sql.raw(\`(full_name ILIKE '%\${q}%' OR email ILIKE '%\${q}%')\`));
  const rows = await db.select({ id: users.id, fullName: users.fullName }).from(users).where(and(...filters)).limit(50);
  return c.json(rows);
});
export default app;`,
      },
    },
    {
      name: 'nest + typeorm: a query-builder condition written as text with the search pasted in (`qb.andWhere(…)`)',
      endpoint: 'GET /api/v1/users',
      files: {
        'src/user.entity.ts': `import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
@Entity()
export class User {
  @PrimaryGeneratedColumn() id: number;
  @Column() email: string;
}`,
        'src/users.service.ts': `import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from './user.entity';
@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}
  search(email?: string) {
    const qb = this.users.createQueryBuilder('u').select(['u.id', 'u.email']);
    if (email) qb.andWhere(\`u.email ILIKE '%\${email}%'\`);
    return qb.getMany();
  }
}`,
        'src/users.controller.ts': `import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { UsersService } from './users.service';
@Controller('api/v1/users')
@UseGuards(AuthGuard('jwt'))
export class UsersController {
  constructor(private readonly users: UsersService) {}
  @Get()
  search(@Query('email') email?: string) {
    return this.users.search(email);
  }
}`,
      },
    },
    {
      name: 'express + better-sqlite3: `SET` built from the keys of the body a Joi middleware checked but did not put back',
      endpoint: 'PATCH /api/v1/recipes/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/validate.js': `export function validate(schema) {
  return (req, res, next) => {
    const { value, error } = schema.validate(req.body, { stripUnknown: true });
    if (error) return res.status(400).json({ error: 'Invalid request' });
    req.validated = value;
    next();
  };
}`,
        'src/app.js': `import Database from 'better-sqlite3';
import express from 'express';
import Joi from 'joi';
import { requireAuth } from './auth.js';
import { validate } from './validate.js';
const db = new Database('app.db');
const RecipeUpdate = Joi.object({ title: Joi.string().max(120), servings: Joi.number().integer() });
const app = express();
app.use(express.json());
app.patch('/api/v1/recipes/:id', requireAuth, validate(RecipeUpdate), (req, res) => {
  const sets = Object.keys(req.body).map((column) => \`\${column} = @\${column}\`);
  const info = db
    .prepare(\`UPDATE recipes SET \${sets.join(', ')} WHERE id = @id AND user_id = @userId\`)
    .run({ ...req.body, id: req.params.id, userId: req.user.id });
  res.status(info.changes ? 204 : 404).end();
});
app.listen(3000);`,
      },
    },
    {
      name: "koa + pg: the raw body handed to a repository's own `update(id, ownerId, fields)`, which builds `SET` from its keys",
      endpoint: 'PATCH /api/v1/boards/:id',
      files: KOA_PG_REPOSITORY,
    },
    {
      name: "express + pg: search text pasted into SQL run through the project's `queryMany(text, params)` wrapper",
      endpoint: 'GET /subscribers',
      files: {
        'src/db.js': `import pg from 'pg';
export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
export async function queryMany(text, params = []) {
  const { rows } = await pool.query(text, params);
  return rows;
}`,
        'src/app.js': `import express from 'express';
import { queryMany } from './db.js';
const app = express();
app.get('/subscribers', async (req, res) => {
  res.json(await queryMany(\`SELECT id, email FROM subscribers WHERE email ILIKE '%\${req.query.q}%'\`));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + pg: the same search built in a variable, then run through the wrapper',
      endpoint: 'GET /subscribers',
      files: {
        'src/db.js': `import pg from 'pg';
export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
export async function queryMany(text, params = []) {
  const { rows } = await pool.query(text, params);
  return rows;
}`,
        'src/app.js': `import express from 'express';
import { queryMany } from './db.js';
const app = express();
app.get('/subscribers', async (req, res) => {
  let sql = 'SELECT id, email FROM subscribers WHERE true';
  if (req.query.q) sql += \` AND email ILIKE '%\${req.query.q}%'\`;
  res.json(await queryMany(sql, []));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + better-sqlite3: the statement grows in a variable and a search term pasted as text (`String(q)` is still text)',
      endpoint: 'GET /budgets/:budgetId/transactions',
      files: {
        'src/app.ts': `import express from 'express';
import Database from 'better-sqlite3';
const db = new Database('app.db');
const app = express();
app.get('/budgets/:budgetId/transactions', (req, res) => {
  let sql = 'SELECT id, payee FROM transactions WHERE budget_id = ?';
  const params: unknown[] = [Number(req.params.budgetId)];
  if (req.query.search) {
    const term = String(req.query.search);
    sql += \` AND payee LIKE '%\${term}%'\`;
  }
  res.json(db.prepare(sql).all(...params));
});
app.listen(3000);`,
      },
    },
    {
      name: 'koa + knex: a `whereRaw` fragment with the search term interpolated',
      endpoint: 'GET /customers/search',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import knex from 'knex';
const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
const router = new Router();
router.get('/customers/search', async (ctx) => {
  const q = String(ctx.query.q ?? '');
  ctx.body = await db('customers').select('id', 'name').whereRaw(\`name ILIKE '%\${q}%'\`).limit(25);
});
const app = new Koa();
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'next + drizzle: `db.execute(sql.raw(…))` with a term from `new URL(request.url).searchParams`',
      endpoint: 'GET /api/search',
      files: {
        'lib/db.ts': `import { drizzle } from 'drizzle-orm/node-postgres';
export const db = drizzle(process.env.DATABASE_URL!);`,
        'app/api/search/route.ts': `import { NextResponse } from 'next/server';
import { sql } from 'drizzle-orm';
import { db } from '../../../lib/db';
export async function GET(request: Request) {
  const q = new URL(request.url).searchParams.get('q') ?? '';
  const result = await db.execute(sql.raw(\`SELECT id, title FROM tasks WHERE title ILIKE '%\${q}%' LIMIT 25\`));
  return NextResponse.json(result.rows);
}`,
      },
    },
    {
      name: 'express + better-sqlite3: the username concatenated into the middle of the statement ("… = \'" + username + "\'")',
      endpoint: 'POST /login',
      files: {
        'src/app.js': `const express = require('express');
const Database = require('better-sqlite3');
const db = new Database('app.db');
const app = express();
app.use(express.json());
app.post('/login', (req, res) => {
  const { username } = req.body;
  const user = db.prepare("SELECT id, username FROM users WHERE username = '" + username + "'").get();
  res.json({ id: user ? user.id : null });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + pg: template literal with req.query',
      endpoint: 'GET /contacts',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import pg from 'pg';
import { requireAuth } from './auth.js';
const pool = new pg.Pool();
const app = express();
app.get('/contacts', requireAuth, async (req, res) => {
  const { rows } = await pool.query(\`SELECT id, name FROM contacts WHERE owner_id = $1 AND name ILIKE '%\${req.query.q}%'\`, [req.user.id]);
  res.json(rows);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + better-sqlite3: string concatenation with req.params',
      endpoint: 'GET /notes/:id',
      files: {
        'src/app.js': `import express from 'express';
import Database from 'better-sqlite3';
const db = new Database('app.db');
const app = express();
app.get('/notes/:id', (req, res) => {
  const note = db.prepare('SELECT id, title FROM notes WHERE id = ' + req.params.id).get();
  res.json(note ?? null);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: $queryRawUnsafe with interpolated req.query',
      endpoint: 'GET /users/search',
      files: {
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.get('/users/search', async (req, res) => {
  const rows = await prisma.$queryRawUnsafe(\`SELECT id, name FROM "User" WHERE name LIKE '%\${req.query.q}%'\`);
  res.json(rows);
});
app.listen(3000);`,
      },
    },
    {
      name: 'koa + sequelize: sequelize.query with interpolated ctx.query',
      endpoint: 'GET /orders',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import { Sequelize, QueryTypes } from 'sequelize';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const app = new Koa();
const router = new Router();
router.get('/orders', async (ctx) => {
  ctx.body = await sequelize.query(\`SELECT id, total FROM orders WHERE status = '\${ctx.query.status}'\`, { type: QueryTypes.SELECT });
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: "koa + drizzle: a sort column checked only to be a string (`typeof q.sort === 'string'`) goes into `sql.raw`",
      endpoint: 'GET /fleets/{fleetId}/fuel-logs',
      files: {
        'src/schema.ts': `import { integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
export const users = pgTable('users', { id: text('id').primaryKey(), email: text('email'), passwordHash: text('password_hash'), name: text('name') });
export const memberships = pgTable('memberships', { id: serial('id').primaryKey(), fleetId: integer('fleet_id'), userId: text('user_id'), role: text('role') });
export const fuelLogs = pgTable('fuel_logs', { id: serial('id').primaryKey(), fleetId: integer('fleet_id'), vehicleId: integer('vehicle_id'), liters: integer('liters') });`,
        'src/db.ts': `import { drizzle } from 'drizzle-orm/node-postgres';
export const db = drizzle(process.env.DATABASE_URL!);`,
        'src/access.ts': `import { and, eq } from 'drizzle-orm';
import { db } from './db';
import { memberships } from './schema';
export async function findMembership(fleetId: number, userId: string) {
  const [row] = await db.select({ id: memberships.id, role: memberships.role }).from(memberships)
    .where(and(eq(memberships.fleetId, fleetId), eq(memberships.userId, userId))).limit(1);
  return row ?? null;
}
export async function assertFleetMember(ctx: any): Promise<number> {
  const fleetId = Number(ctx.params.fleetId);
  const membership = await findMembership(fleetId, ctx.state.user.sub);
  if (!membership) return ctx.throw(404, 'Fleet not found');
  return fleetId;
}`,
        'src/app.ts': `import Koa from 'koa';
import Router from '@koa/router';
import jwt from 'jsonwebtoken';
import { and, eq, sql } from 'drizzle-orm';
import { db } from './db';
import { assertFleetMember } from './access';
import { fuelLogs, memberships, users } from './schema';
const app = new Koa();
const router = new Router({ prefix: '/fleets/:fleetId' });
router.use(async (ctx, next) => {
  try { ctx.state.user = jwt.verify(ctx.cookies.get('session') ?? '', process.env.JWT_SECRET!, { algorithms: ['HS256'] }); }
  catch { ctx.throw(401, 'Authentication required'); }
  await next();
});
router.get('/fuel-logs', async (ctx) => {
  const fleetId = await assertFleetMember(ctx);
  const sortBy = typeof ctx.query.sort === 'string' ? ctx.query.sort : 'id';
  ctx.body = await db.select({ id: fuelLogs.id }).from(fuelLogs).where(eq(fuelLogs.fleetId, fleetId)).orderBy(sql.raw(\`\${sortBy} desc\`));
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
  ],
  valid: [
    {
      name: "fastify + pg: a period the querystring schema limits to a fixed list (`enum: ['day', 'week', 'month']`)",
      endpoint: 'GET /reports/occupancy',
      files: fastifyPeriodApp("{ type: 'string', enum: ['day', 'week', 'month'], default: 'week' }"),
    },
    {
      name: "express + knex: the same search with the term bound (`.andWhereRaw('m.body ILIKE ?', [pattern])`)",
      endpoint: 'GET /messages/search',
      files: knexSearchApp(`.andWhereRaw('m.body ILIKE ?', [\`%\${term}%\`])`),
    },
    {
      name: 'fastify + pg: the same column list when the schema sets `additionalProperties: false` (only declared keys)',
      endpoint: 'POST /books',
      files: fastifyInsertRowApp('additionalProperties: false, '),
    },
    {
      name: 'fastify + pg: a querystring field the schema types as an integer (Ajv coerces it) pasted into the statement',
      endpoint: 'GET /reports/overdue',
      files: fastifyOverdueApp('integer'),
    },
    {
      name: "nestjs + slonik: values in a query builder's tagged template (`sql.type(schema)` tags) are bound; a CQRS bus's `execute(query)` runs no SQL",
      files: {
        'package.json':
          '{ "dependencies": { "@nestjs/core": "10.0.0", "@nestjs/common": "10.0.0", "@nestjs/cqrs": "10.0.0", "slonik": "37.0.0" } }',
        'src/users.controller.ts': `import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { sql, type DatabasePool } from 'slonik';
import { CreateUserCommand, FindUsersQuery } from './messages';
@Controller('users')
export class UsersController {
  constructor(private readonly commandBus: CommandBus, private readonly queryBus: QueryBus, private readonly pool: DatabasePool) {}
  @Post()
  async create(@Body() body: { email: string }) {
    return this.commandBus.execute(new CreateUserCommand({ ...body }));
  }
  @Get()
  async find(@Query() params: { email?: string }) {
    const query = new FindUsersQuery({ ...params });
    return this.queryBus.execute(query);
  }
  @Get('by-email')
  async byEmail(@Query('email') email: string) {
    const statement = sql.unsafe\`SELECT id FROM users WHERE email = \${sql.literalValue('x')}\`;
    void statement;
    return this.pool.one(sql.type(userRow)\`SELECT id, email FROM users WHERE email = \${email}\`);
  }
}
const userRow = {};`,
        'src/messages.ts': `export class CreateUserCommand { constructor(readonly props: object) {} }
export class FindUsersQuery { constructor(readonly props: object) {} }`,
      },
    },
    {
      name: 'next app router + pg: only a number from `req.nextUrl.searchParams` pasted into the statement',
      endpoint: 'GET /api/v1/analytics/downloads',
      files: {
        'package.json': '{ "dependencies": { "next": "15.0.0", "pg": "8.11.0" } }',
        'app/api/v1/analytics/downloads/route.ts': `import { NextResponse, type NextRequest } from 'next/server';
import { Pool } from 'pg';
const pool = new Pool();
export async function GET(req: NextRequest) {
  const search = req.nextUrl.searchParams;
  const from = Number(search.get('from') ?? 0);
  const sql = \`SELECT count(*)::int AS downloads FROM downloads WHERE downloaded_at >= '\${from}'\`;
  const { rows } = await pool.query(sql);
  return NextResponse.json(rows[0]);
}`,
      },
    },
    {
      name: 'express + better-sqlite3: conditions pushed into a list as placeholders, numbers pasted, values bound',
      endpoint: 'GET /api/fixtures',
      files: {
        'src/fixtureRepo.js': `import Database from 'better-sqlite3';
const db = new Database('app.db');
export const fixtureRepo = {
  search(filters = {}) {
    const where = ['f.archived = 0'];
    const params = [];
    if (filters.teamId) where.push(\`f.team_id = \${Number(filters.teamId)}\`);
    if (filters.venue) {
      where.push('f.venue = ?');
      params.push(filters.venue);
    }
    return db.prepare(\`SELECT f.id, f.venue, f.kickoff_at FROM fixtures f WHERE \${where.join(' AND ')} LIMIT 100\`).all(...params);
  },
};`,
        'src/app.js': `import express from 'express';
import { fixtureRepo } from './fixtureRepo.js';
const app = express();
app.get('/api/fixtures', (req, res) => {
  const { teamId, venue } = req.query;
  res.json(fixtureRepo.search({ teamId, venue }));
});
app.listen(3000);`,
      },
    },
    {
      name: 'koa + drizzle: a page size made a number (`Number(q.limit)`) in `sql.raw`',
      files: {
        'src/schema.ts': `import { integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
export const users = pgTable('users', { id: text('id').primaryKey(), email: text('email'), passwordHash: text('password_hash'), name: text('name') });
export const memberships = pgTable('memberships', { id: serial('id').primaryKey(), fleetId: integer('fleet_id'), userId: text('user_id'), role: text('role') });
export const fuelLogs = pgTable('fuel_logs', { id: serial('id').primaryKey(), fleetId: integer('fleet_id'), vehicleId: integer('vehicle_id'), liters: integer('liters') });`,
        'src/db.ts': `import { drizzle } from 'drizzle-orm/node-postgres';
export const db = drizzle(process.env.DATABASE_URL!);`,
        'src/access.ts': `import { and, eq } from 'drizzle-orm';
import { db } from './db';
import { memberships } from './schema';
export async function findMembership(fleetId: number, userId: string) {
  const [row] = await db.select({ id: memberships.id, role: memberships.role }).from(memberships)
    .where(and(eq(memberships.fleetId, fleetId), eq(memberships.userId, userId))).limit(1);
  return row ?? null;
}
export async function assertFleetMember(ctx: any): Promise<number> {
  const fleetId = Number(ctx.params.fleetId);
  const membership = await findMembership(fleetId, ctx.state.user.sub);
  if (!membership) return ctx.throw(404, 'Fleet not found');
  return fleetId;
}`,
        'src/app.ts': `import Koa from 'koa';
import Router from '@koa/router';
import jwt from 'jsonwebtoken';
import { and, eq, sql } from 'drizzle-orm';
import { db } from './db';
import { assertFleetMember } from './access';
import { fuelLogs, memberships, users } from './schema';
const app = new Koa();
const router = new Router({ prefix: '/fleets/:fleetId' });
router.use(async (ctx, next) => {
  try { ctx.state.user = jwt.verify(ctx.cookies.get('session') ?? '', process.env.JWT_SECRET!, { algorithms: ['HS256'] }); }
  catch { ctx.throw(401, 'Authentication required'); }
  await next();
});
router.get('/fuel-logs', async (ctx) => {
  const fleetId = await assertFleetMember(ctx);
  const limit = Math.min(Number(ctx.query.limit ?? 50), 500);
  const size = Number(ctx.query.size ?? 10);
  ctx.body = await db.select({ id: fuelLogs.id }).from(fuelLogs).where(eq(fuelLogs.fleetId, fleetId)).limit(limit).orderBy(sql.raw(\`id desc limit \${size}\`));
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'express + pg: a multi-row insert whose tuples hold only placeholders numbered from the index',
      endpoint: 'POST /api/v1/readings',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import pg from 'pg';
import { requireAuth } from './auth.js';
const pool = new pg.Pool();
const app = express();
app.use(express.json());
app.post('/api/v1/readings', requireAuth, async (req, res) => {
  const values = [];
  const tuples = req.body.readings.map((r, i) => {
    values.push(req.user.id, Number(r.value));
    const base = i * 2;
    return \`($\${base + 1}, $\${base + 2})\`;
  });
  const { rowCount } = await pool.query(\`INSERT INTO readings (owner_id, value) VALUES \${tuples.join(', ')}\`, values);
  res.status(202).json({ accepted: rowCount });
});
app.listen(3000);`,
      },
    },
    {
      name: 'hono + drizzle: the same condition with the search bound by the `sql` template',
      endpoint: 'GET /api/v1/users',
      files: {
        'src/db.ts': `import { drizzle } from 'drizzle-orm/node-postgres';
export const db = drizzle(process.env.DATABASE_URL!);`,
        'src/schema.ts': `import { pgTable, serial, text } from 'drizzle-orm/pg-core';
export const users = pgTable('users', { id: serial('id').primaryKey(), fullName: text('full_name'), email: text('email') });`,
        'src/index.ts': `import { and, sql, type SQL } from 'drizzle-orm';
import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { db } from './db';
import { users } from './schema';
const app = new Hono();
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));
app.get('/api/v1/users', async (c) => {
  const q = c.req.query('q');
  const filters: SQL[] = [];
  if (q) filters.push(sql\`(full_name ILIKE \${'%' + q + '%'})\`);
  const rows = await db.select({ id: users.id, fullName: users.fullName }).from(users).where(and(...filters)).limit(50);
  return c.json(rows);
});
export default app;`,
      },
    },
    {
      name: 'nest + typeorm: the query-builder condition with a named parameter',
      endpoint: 'GET /api/v1/users',
      files: {
        'src/user.entity.ts': `import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
@Entity()
export class User {
  @PrimaryGeneratedColumn() id: number;
  @Column() email: string;
}`,
        'src/users.service.ts': `import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from './user.entity';
@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}
  search(email?: string) {
    const qb = this.users.createQueryBuilder('u').select(['u.id', 'u.email']);
    if (email) qb.andWhere('u.email ILIKE :email', { email: \`%\${email}%\` });
    return qb.getMany();
  }
}`,
        'src/users.controller.ts': `import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { UsersService } from './users.service';
@Controller('api/v1/users')
@UseGuards(AuthGuard('jwt'))
export class UsersController {
  constructor(private readonly users: UsersService) {}
  @Get()
  search(@Query('email') email?: string) {
    return this.users.search(email);
  }
}`,
      },
    },
    {
      name: 'express + better-sqlite3: `SET` built from the keys of the body a Joi middleware checked and put back (`req.body = value`)',
      endpoint: 'PATCH /api/v1/recipes/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/validate.js': `export function validate(schema) {
  return (req, res, next) => {
    const { value, error } = schema.validate(req.body, { stripUnknown: true });
    if (error) return res.status(400).json({ error: 'Invalid request' });
    req.body = value;
    next();
  };
}`,
        'src/app.js': `import Database from 'better-sqlite3';
import express from 'express';
import Joi from 'joi';
import { requireAuth } from './auth.js';
import { validate } from './validate.js';
const db = new Database('app.db');
const RecipeUpdate = Joi.object({ title: Joi.string().max(120), servings: Joi.number().integer() });
const app = express();
app.use(express.json());
app.patch('/api/v1/recipes/:id', requireAuth, validate(RecipeUpdate), (req, res) => {
  const sets = Object.keys(req.body).map((column) => \`\${column} = @\${column}\`);
  const info = db
    .prepare(\`UPDATE recipes SET \${sets.join(', ')} WHERE id = @id AND user_id = @userId\`)
    .run({ ...req.body, id: req.params.id, userId: req.user.id });
  res.status(info.changes ? 204 : 404).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + pg: the search bound as a parameter of the wrapper',
      endpoint: 'GET /subscribers',
      files: {
        'src/db.js': `import pg from 'pg';
export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
export async function queryMany(text, params = []) {
  const { rows } = await pool.query(text, params);
  return rows;
}`,
        'src/app.js': `import express from 'express';
import { queryMany } from './db.js';
const app = express();
app.get('/subscribers', async (req, res) => {
  res.json(await queryMany('SELECT id, email FROM subscribers WHERE email ILIKE $1', [\`%\${String(req.query.q)}%\`]));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + better-sqlite3: a SET clause built from the keys of a zod-parsed patch, with bound values',
      endpoint: 'PATCH /transactions/:id',
      files: {
        'src/app.ts': `import express from 'express';
import Database from 'better-sqlite3';
import { z } from 'zod';
const db = new Database('app.db');
const COLUMN_FOR: Record<string, string> = { payee: 'payee', memo: 'memo' };
const patchSchema = z.object({ payee: z.string().optional(), memo: z.string().optional() }).strict();
const app = express();
app.use(express.json());
app.patch('/transactions/:id', (req, res) => {
  const patch = patchSchema.parse(req.body);
  const assignments = Object.keys(patch).map((key) => \`\${COLUMN_FOR[key]} = @\${key}\`).join(', ');
  db.prepare(\`UPDATE transactions SET \${assignments} WHERE id = @id\`).run({ ...patch, id: Number(req.params.id) });
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + pg: a statement built in a variable from numbers only (`Number(req.query.limit)`)',
      endpoint: 'GET /notes',
      files: {
        'src/app.js': `import express from 'express';
import pg from 'pg';
const pool = new pg.Pool();
const app = express();
app.get('/notes', async (req, res) => {
  const limit = Math.min(Number(req.query.limit) || 20, 100);
  let sql = 'SELECT id, title FROM notes ORDER BY id';
  sql += \` LIMIT \${limit}\`;
  const { rows } = await pool.query(sql);
  res.json(rows);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + pg: bound parameters',
      endpoint: 'GET /contacts',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import pg from 'pg';
import { requireAuth } from './auth.js';
const pool = new pg.Pool();
const app = express();
app.get('/contacts', requireAuth, async (req, res) => {
  const { rows } = await pool.query('SELECT id, name FROM contacts WHERE owner_id = $1 AND name ILIKE $2', [req.user.id, \`%\${req.query.q}%\`]);
  res.json(rows);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + better-sqlite3: sort column from an allow-list',
      endpoint: 'GET /notes',
      files: {
        'src/app.js': `import express from 'express';
import Database from 'better-sqlite3';
const db = new Database('app.db');
const SORTS = { title: 'title', created: 'created_at' };
const app = express();
app.get('/notes', (req, res) => {
  const column = SORTS[req.query.sort] ?? 'created_at';
  res.json(db.prepare(\`SELECT id, title FROM notes ORDER BY \${column} DESC\`).all());
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: $queryRaw tagged template (parameterised)',
      endpoint: 'GET /users/search',
      files: {
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.get('/users/search', async (req, res) => {
  const q = \`%\${String(req.query.q)}%\`;
  const rows = await prisma.$queryRaw\`SELECT id, name FROM "User" WHERE name LIKE \${q}\`;
  res.json(rows);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + postgres.js: a pattern concatenated inside a tagged template's value (bound as one parameter)",
      endpoint: 'GET /users/search',
      files: {
        'src/app.js': `import express from 'express';
import postgres from 'postgres';
const sql = postgres(process.env.DATABASE_URL);
const app = express();
app.get('/users/search', async (req, res) => {
  const rows = await sql\`select id, name from users where name ilike \${'%' + req.query.q + '%'} limit 20\`;
  res.json(rows);
});
app.listen(3000);`,
      },
    },
    {
      name: 'koa + sequelize: replacements instead of interpolation',
      endpoint: 'GET /orders',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import { Sequelize, QueryTypes } from 'sequelize';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const app = new Koa();
const router = new Router();
router.get('/orders', async (ctx) => {
  ctx.body = await sequelize.query('SELECT id, total FROM orders WHERE status = :status', { replacements: { status: String(ctx.query.status) }, type: QueryTypes.SELECT });
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
  ],
});
