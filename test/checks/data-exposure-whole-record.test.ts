import { runCheckCases } from './check-tester.ts';
import {
  applicationsApp,
  EXPRESS_REQUIRE_AUTH,
  expressPrismaApp,
  honoSupabaseApp,
  KOA_PG_REPOSITORY,
  layeredRegisterApp,
  NEXT_PAGES_MONGOOSE_MODELS,
  nestTypeormApp,
  pantryApp,
  SPEAKER_PROFILE_APP,
  TYPEORM_FLEET,
} from './snippets.ts';

/** A Sequelize User whose default scope leaves the secrets out (listed in a constant), with a scope that keeps them. */
const SEQUELIZE_USER_WITH_SCOPE = `import { Sequelize, DataTypes } from 'sequelize';
export const sequelize = new Sequelize(process.env.DATABASE_URL);
const SECRET_USER_FIELDS = ['password', 'resetToken'];
export const User = sequelize.define(
  'User',
  {
    id: { type: DataTypes.INTEGER, primaryKey: true },
    email: DataTypes.STRING,
    password: DataTypes.STRING,
    resetToken: DataTypes.STRING,
  },
  {
    defaultScope: { attributes: { exclude: SECRET_USER_FIELDS } },
    scopes: { withSecrets: { attributes: { exclude: [] } } },
  },
);`;

/** Express + passport-local sessions on better-sqlite3: the app creates its tables itself; `/me` answers `req.user`. */
/** The staff of a pantry, with their whole profile rows embedded, behind `assertPantryStaff` (see pantryApp). */
const PANTRY_STAFF_ROUTE = `app.get('/api/pantries/:pantryId/staff', requireAuth, async (req, res) => {
  await assertPantryStaff(req.user.sub, req.params.pantryId);
  const { data } = await supabaseAdmin.from('pantry_staff').select('role, joined_at, profiles(*)').eq('pantry_id', req.params.pantryId);
  res.json({ items: data });
});`;

/**
 * Hono + Mongoose: episodes mapped by the team's `toEpisodeDto` (which copies the internal notes) and sent on `route`
 * with the `guard` middlewares.
 */
const episodeMapperApp = (route: string, guard: string, answer = 'c.json(episodes.map(toEpisodeDto))') => ({
  'src/mappers.ts': `export function toEpisodeDto(episode) {
  return { id: episode.id, title: episode.title, internalNotes: episode.internalNotes ?? null };
}
export const toPublicEpisode = (episode) => ({ id: episode.id, title: episode.title });`,
  'src/app.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import mongoose from 'mongoose';
import { toEpisodeDto, toPublicEpisode } from './mappers';
const Episode = mongoose.model('Episode', new mongoose.Schema({ show: String, title: String, status: String, internalNotes: String }));
const app = new Hono();
const auth = jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' });
app.get('${route}', ${guard}async (c) => {
  const episodes = await Episode.find({ show: c.req.param('showId'), status: 'published' });
  const viewer = c.req.header('x-preview') === process.env.PREVIEW_KEY;
  return ${answer};
});
export default app;`,
});

/** Express + Prisma: one person's profile by the id the path names, answered through the project's `mapper`. */
const profileMapperApp = (mapper: string, method = 'get', write = '') =>
  expressPrismaApp(
    `import { toProfileDto } from './mappers.js';
app.${method}('/creators/:id', requireAuth, async (req, res) => {
  const user = await prisma.user.findUnique({ where: { id: req.params.id } });
  if (!user) return res.status(404).end();
  ${write}
  res.json({ ...toProfileDto(user), links: [] });
});`,
    {
      'src/mappers.js': `export function toProfileDto(user) {
  return ${mapper};
}`,
    },
  );

/** Express + Mongoose: an invoice with the lessor's internal notes, read by id behind the `check` the variant names. */
const invoiceApp = (check: string): Record<string, string> => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Invoice = mongoose.model('Invoice', new mongoose.Schema({ company: String, total: Number, dueDate: Date, internalNotes: String }));
const app = express();
app.get('/invoices/:id', requireAuth, async (req, res) => {
  const invoice = await Invoice.findById(req.params.id).lean();
  if (!invoice) return res.status(404).end();
  if (${check}) return res.status(403).json({ error: 'Forbidden' });
  res.json(invoice);
});
app.listen(3000);`,
});

/**
 * Express + Mongoose: an invoice of the caller's company with the lessor's internal notes, sent as `answer` (whole or
 * through a customer view without the notes).
 */
const invoiceViewApp = (answer: string): Record<string, string> => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Invoice = mongoose.model('Invoice', new mongoose.Schema({ company: String, total: Number, dueDate: Date, internalNotes: String }));
const isStaff = (user) => user.role === 'staff' || user.role === 'admin';
const isBillingContact = (user) => user.billing === true;
const toCustomerView = ({ internalNotes, ...rest }) => rest;
const app = express();
app.get('/invoices/:id', requireAuth, async (req, res) => {
  const invoice = await Invoice.findOne({ _id: req.params.id, company: req.user.companyId }).lean();
  if (!invoice) return res.status(404).end();
  res.json(${answer});
});
app.listen(3000);`,
});

/** Koa + pg: parking zones and the permits in them (db/schema.sql), with a public route the variant writes. */
const zonesApp = (route: string): Record<string, string> => ({
  ...KOA_PG_REPOSITORY,
  'db/schema.sql': `CREATE TABLE residents (id serial PRIMARY KEY, full_name text, email text, phone text, address_line text);
CREATE TABLE zones (id serial PRIMARY KEY, name text, annual_fee_cents int, enforcement_notes text);
CREATE TABLE permits (id serial PRIMARY KEY, zone_id int REFERENCES zones(id), resident_id int REFERENCES residents(id), plate text, status text);`,
  'src/app.ts': `import Router from '@koa/router';
import Koa from 'koa';
import { pool, queryMany } from './db';
const app = new Koa();
const router = new Router({ prefix: '/api/v1' });
${route}
app.use(router.routes());
app.listen(3000);`,
});

/** Express + Supabase: another volunteer's profile read with the embedded columns `embed` names (see pantryApp). */
const volunteerProfileApp = (embed: string): Record<string, string> =>
  pantryApp(
    '',
    `app.get('/api/volunteers/:volunteerId/profile', requireAuth, async (req, res) => {
  const { data } = await supabaseAdmin.from('volunteer_profiles').select('skills, ${embed}').eq('user_id', req.params.volunteerId).maybeSingle();
  if (!data) throw new HttpError(404, 'Volunteer not found');
  res.json(data);
});`,
  );

/** Express + knex: the caller's members row read with `.first(<columns>)`; the migration declares a password hash. */
const knexMeApp = (columns: string): Record<string, string> => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'migrations/001_init.js': `exports.up = (knex) =>
  knex.schema.createTable('members', (t) => {
    t.increments('id');
    t.string('email').notNullable().unique();
    t.string('password_hash').notNullable();
    t.string('full_name');
  });`,
  'src/app.js': `import express from 'express';
import knexFactory from 'knex';
import { requireAuth } from './auth.js';
const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const PROFILE_COLUMNS = ['id', 'email', 'full_name'];
const app = express();
app.get('/me', requireAuth, async (req, res) => {
  const member = await knex('members').where({ id: req.user.id }).first(${columns});
  res.json(member);
});
app.listen(3000);`,
});

function passportSqliteApp(userQuery: string): Record<string, string> {
  return {
    'src/db.ts': `import Database from 'better-sqlite3';
export const db = new Database('app.db');
db.exec(\`
  CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    reset_token TEXT
  );
\`);`,
    'src/passport.ts': `import passport from 'passport';
import { db } from './db';
const findById = db.prepare('${userQuery}');
passport.serializeUser((user: { id: number }, done) => done(null, user.id));
passport.deserializeUser((id: number, done) => {
  const user = findById.get(id);
  done(null, user ?? false);
});
export default passport;`,
    'src/app.ts': `import express from 'express';
import session from 'express-session';
import passport from './passport';
const app = express();
app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false }));
app.use(passport.initialize());
app.use(passport.session());
const requireAuth: express.RequestHandler = (req, res, next) => (req.user ? next() : res.status(401).end());
app.get('/api/v1/auth/me', requireAuth, (req, res) => {
  res.json(req.user);
});
app.listen(3000);`,
  };
}

/** Express + better-sqlite3: the caller's household members, the joined user columns chosen by the case. */
function householdMembersApp(columns: string): Record<string, string> {
  return {
    'schema.sql': `CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL
);
CREATE TABLE members (
  budget_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  role TEXT NOT NULL
);`,
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/app.js': `import express from 'express';
import Database from 'better-sqlite3';
import { requireAuth } from './auth.js';
const db = new Database('app.db');
const listMembers = db.prepare('SELECT ${columns}, m.role FROM members m JOIN users u ON u.id = m.user_id WHERE m.budget_id = ?');
const app = express();
app.get('/household/members', requireAuth, (req, res) => {
  res.json(listMembers.all(req.user.householdId));
});
app.listen(3000);`,
  };
}

/** Express + Mongoose: users whose toJSON transform hides the password and reset code, and listings with a preview token. */
function mongooseUsersApp(route: string): Record<string, string> {
  return {
    'package.json': '{ "dependencies": { "express": "4.21.0", "mongoose": "8.0.0" } }',
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const userSchema = new mongoose.Schema({ email: String, name: String, password: String, resetCode: String, role: String });
userSchema.set('toJSON', { transform(doc, ret) { delete ret.password; delete ret.resetCode; return ret; } });
const User = mongoose.model('User', userSchema);
const Listing = mongoose.model('Listing', new mongoose.Schema({ title: String, previewToken: String, internalNotes: String }));
const app = express();
${route}
app.listen(3000);`,
  };
}

/** Next.js + Drizzle: an invite read by its token with `db.query.invites.findFirst({ …, with })`. */
function drizzleInviteApp(withClause: string): Record<string, string> {
  return {
    'package.json': '{ "dependencies": { "next": "15.0.0", "drizzle-orm": "0.36.0" } }',
    'lib/schema.ts': `import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { relations } from 'drizzle-orm';
export const users = pgTable('users', { id: uuid('id').primaryKey(), name: text('name'), email: text('email'), passwordHash: text('password_hash') });
export const invites = pgTable('invites', { id: uuid('id').primaryKey(), token: text('token'), invitedById: uuid('invited_by_id').references(() => users.id) });
export const invitesRelations = relations(invites, ({ one }) => ({ invitedBy: one(users, { fields: [invites.invitedById], references: [users.id] }) }));`,
    'lib/db.ts': `import { drizzle } from 'drizzle-orm/node-postgres';
import * as schema from './schema';
export const db = drizzle(process.env.DATABASE_URL!, { schema });`,
    'app/api/invites/[token]/route.ts': `import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { db } from '@/lib/db';
import { invites } from '@/lib/schema';
export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await db.query.invites.findFirst({ where: eq(invites.token, token), with: { invitedBy: ${withClause} } });
  if (!invite) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return NextResponse.json(invite);
}`,
  };
}

/** Express + TypeORM: properties and their units, each unit with a door code (`accessCode`). */
function typeormUnitsApp(route: string): Record<string, string> {
  return {
    'package.json': '{ "dependencies": { "express": "4.21.0", "typeorm": "0.3.20" } }',
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/entities.ts': `import { Column, Entity, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
@Entity()
export class Property {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() name!: string;
  @Column() landlordId!: string;
  @Column() isListed!: boolean;
  @OneToMany(() => Unit, (u) => u.property) units!: Unit[];
}
@Entity()
export class Unit {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() label!: string;
  @Column() accessCode!: string;
  @ManyToOne(() => Property, (p) => p.units) property!: Property;
}`,
    'src/app.ts': `import express from 'express';
import { DataSource } from 'typeorm';
import { requireAuth } from './auth.js';
import { Property, Unit } from './entities';
const ds = new DataSource({ type: 'postgres', entities: [Property, Unit] });
const app = express();
${route}
app.listen(3000);`,
  };
}

/** Express + Mongoose: the staff list an admin reads, projected as the variant says. */
function staffListApp(variant: string): Record<string, string> {
  return {
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const User = mongoose.model('User', new mongoose.Schema({ name: String, email: String, role: String, passwordHash: String, resetTokenHash: String, driverLicenseNumber: String }));
const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());
const app = express();
app.get('/api/admin/staff', requireAuth, requireRole('admin'), async (req, res) => {
${variant}
});
app.listen(3000);`,
  };
}

/** Express + Sequelize: users listed for an admin, read as the variant says. */
function userListApp(variant: string): Record<string, string> {
  return {
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/models.js': `import { Sequelize, DataTypes } from 'sequelize';
export const sequelize = new Sequelize(process.env.DATABASE_URL);
export const User = sequelize.define('User', {
  email: DataTypes.STRING,
  fullName: DataTypes.STRING,
  passwordHash: DataTypes.STRING,
}, { tableName: 'users', defaultScope: { attributes: { exclude: ['passwordHash'] } } });`,
    'src/app.js': `import express from 'express';
import { QueryTypes } from 'sequelize';
import { requireAuth } from './auth.js';
import { sequelize, User } from './models.js';
const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());
const app = express();
app.get('/api/admin/users', requireAuth, requireRole('admin'), async (req, res) => {
${variant}
});
app.listen(3000);`,
  };
}

/** Express + Prisma: an opening read by the roles of an agency and its clients, answered as the variant says. */
function openingApp(variant: string): Record<string, string> {
  return {
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'prisma/schema.prisma': `model JobOpening {
  id              String @id
  title           String
  clientCompanyId String
  internalNotes   String?
}`,
    'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());
const app = express();
app.get('/api/openings/:id', requireAuth, requireRole('ADMIN', 'RECRUITER', 'CLIENT'), async (req, res) => {
  const job = await prisma.jobOpening.findUnique({ where: { id: req.params.id } });
  if (!job) return res.status(404).end();
${variant}
  res.json(job);
});
app.listen(3000);`,
  };
}

/**
 * Express + Prisma: a leave request (with HR's note on it) read by its employee, their manager or HR, then answered
 * with `answer`.
 */
const leaveRequestApp = (answer: string) => ({
  'prisma/schema.prisma': `model LeaveRequest {
  id         String @id
  employeeId String
  managerId  String
  days       Int
  reason     String
  hrNote     String?
}`,
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/leave-requests/:id', requireAuth, async (req, res) => {
  const request = await prisma.leaveRequest.findUnique({ where: { id: req.params.id } });
  if (!request) return res.status(404).end();
  const isOwner = request.employeeId === req.user.id;
  const isManager = request.managerId === req.user.id;
  const isHr = req.user.role === 'hr' && req.user.companyId === request.companyId;
  if (!isOwner && !isManager && !isHr) return res.status(404).end();
  ${answer}
});
app.listen(3000);`,
});

/**
 * Express + Prisma + zod: a project read whole by its members; its notes are written by the PATCH route, which runs
 * `guard` first.
 */
const projectNotesApp = (guard: string) => ({
  'prisma/schema.prisma': `model Project {
  id            String   @id
  name          String
  internalNotes String?
  members       Member[]
}
model Member {
  id        String  @id
  projectId String
  userId    String
  project   Project @relation(fields: [projectId], references: [id])
}`,
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import { z } from 'zod';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());
const updateProject = z.object({ name: z.string().max(80), internalNotes: z.string().max(4000) }).partial().strict();
const app = express();
app.use(express.json());
app.get('/projects/:id', requireAuth, async (req, res) => {
  const project = await prisma.project.findFirst({ where: { id: req.params.id, members: { some: { userId: req.user.id } } } });
  if (!project) return res.status(404).end();
  res.json(project);
});
app.patch('/projects/:id', requireAuth, ${guard}async (req, res) => {
  const data = updateProject.parse(req.body);
  const { count } = await prisma.project.updateMany({ where: { id: req.params.id, members: { some: { userId: req.user.id } } }, data });
  if (count === 0) return res.status(404).end();
  res.status(204).end();
});
app.listen(3000);`,
});

/**
 * Express + Mongoose: kiosks sign requests with a key looked up by its `pairing` column (a credential by its use, not
 * its name); a kiosk is read by id with `projection`.
 */
const kioskApp = (projection: string) => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Kiosk = mongoose.model('Kiosk', new mongoose.Schema({ name: String, location: String, pairing: String }));
const Checkin = mongoose.model('Checkin', new mongoose.Schema({ kiosk: mongoose.Types.ObjectId, at: Date }));
async function requireKiosk(req, res, next) {
  const key = req.headers['x-kiosk-key'];
  const kiosk = await Kiosk.findOne({ pairing: key }).select('_id').lean();
  if (!kiosk) return res.status(401).json({ error: 'Unknown kiosk' });
  req.kioskId = kiosk._id;
  next();
}
const app = express();
app.post('/checkins', requireKiosk, async (req, res) => {
  const checkin = await Checkin.create({ kiosk: req.kioskId, at: new Date() });
  res.status(201).json({ id: checkin._id });
});
app.get('/kiosks/:id', requireAuth, async (req, res) => {
  const kiosk = await Kiosk.findById(req.params.id)${projection}.lean();
  if (!kiosk) return res.status(404).end();
  res.json(kiosk);
});
app.listen(3000);`,
});

/** Express + pg: the gym's trainers listed without sign-in, with the statement held in a variable first. */
const trainersApp = (columns: string) => ({
  'db/schema.sql': `CREATE TABLE trainers (
  id SERIAL PRIMARY KEY,
  name TEXT NOT NULL,
  bio TEXT,
  payroll_notes TEXT,
  is_active BOOLEAN NOT NULL DEFAULT true
);`,
  'src/app.js': `const express = require('express');
const { Pool } = require('pg');
const pool = new Pool();
const app = express();
app.get('/trainers', async (req, res) => {
  let sql = 'SELECT ${columns} FROM trainers WHERE is_active = true';
  if (req.query.sort === 'name') sql += ' ORDER BY name';
  const { rows } = await pool.query(sql);
  res.json({ trainers: rows });
});
app.listen(3000);`,
});

/** Next.js App Router + Prisma: a member's profile answered through the project's `ok(data)` response helper. */
const okHelperApp = (query: string) => ({
  'prisma/schema.prisma': `model User {
  id           String @id
  name         String
  email        String
  passwordHash String
}`,
  'lib/api.ts': `import { NextResponse } from 'next/server';
export function ok<T>(data: T, status = 200) {
  return NextResponse.json({ data }, { status });
}`,
  'lib/db.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
  'app/api/members/[id]/route.ts': `import { ok } from '../../../../lib/api';
import { prisma } from '../../../../lib/db';
export async function GET(_req: Request, { params }: { params: { id: string } }) {
  const member = await prisma.user.findUnique(${query});
  return ok(member);
}`,
});

/** Express + Prisma: a wedding guest (a person, not an account) read by id with `query`. */
const guestApp = (query: string) =>
  expressPrismaApp(
    `app.get('/guests/:id', requireAuth, async (req, res) => {
  const guest = await prisma.guest.findUnique(${query});
  if (!guest) return res.status(404).end();
  res.json(guest);
});`,
    {
      'prisma/schema.prisma': `model Guest {
  id        String  @id
  weddingId String
  firstName String
  email     String?
  phone     String?
}`,
    },
  );

/** Express + passport-jwt + Prisma: the strategy's verify callback loads the caller with `query`; `/me` sends `req.user`. */
const jwtStrategyMeApp = (query: string) => ({
  'prisma/schema.prisma': `model User {
  id           String @id
  email        String
  name         String
  passwordHash String
}`,
  'src/passport.js': `import passport from 'passport';
import { ExtractJwt, Strategy as JwtStrategy } from 'passport-jwt';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'] }, async (payload, done) => {
  try {
    const user = await prisma.user.findUnique(${query});
    return user ? done(null, user) : done(null, false);
  } catch (err) {
    return done(err, false);
  }
}));
export default passport;`,
  'src/app.js': `import express from 'express';
import passport from './passport.js';
const app = express();
app.use(passport.initialize());
app.get('/me', passport.authenticate('jwt', { session: false }), (req, res) => res.json(req.user));
app.listen(3000);`,
});

/**
 * Hono + Drizzle: an organisation's members listed with a column list `columns` over memberships joined with users
 * (behind a membership check of the caller's).
 */
const orgMembersApp = (columns: string) => ({
  'src/db.ts': `import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
export const users = pgTable('users', { id: uuid('id').primaryKey(), name: text('name'), passwordHash: text('password_hash').notNull() });
export const memberships = pgTable('memberships', { id: uuid('id').primaryKey(), orgId: uuid('org_id').notNull(), userId: uuid('user_id').notNull().references(() => users.id), role: text('role') });
export const db = drizzle(postgres(process.env.DATABASE_URL!));`,
  'src/app.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { and, eq } from 'drizzle-orm';
import { db, memberships, users } from './db';
const app = new Hono();
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));
app.get('/api/orgs/:orgId/members', async (c) => {
  const orgId = c.req.param('orgId');
  const [mine] = await db.select({ id: memberships.id }).from(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, c.get('jwtPayload').sub)));
  if (!mine) return c.json({ error: 'Not found' }, 404);
  return c.json(await db.select(${columns}).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(eq(memberships.orgId, orgId)));
});
export default app;`,
});

/** The clinic's staff list through a rest mapper: `removed` is what the mapper's pattern takes out, `mapArg` what `map` is given, `extraField` the User model's last column. */
const staffApp = (removed: string, mapArg: string, extraField: string): Record<string, string> =>
  expressPrismaApp(
    `const toStaffView = (m) => {
  const { ${removed}, ...rest } = m;
  return rest;
};
app.get('/staff', requireAuth, requireRole('admin'), async (req, res) => {
  const staff = await prisma.user.findMany({ where: { clinicId: req.user.clinicId } });
  res.json(staff.map(${mapArg}));
});`,
    {
      'prisma/schema.prisma': `model User {
  id           String  @id
  email        String
  passwordHash String
  fullName     String
  clinicId     String
  ${extraField}
}`,
    },
  );

/** A Hono + Drizzle room catalogue selecting a shared column list (`columns`); `guarded` puts it behind a JWT and a front-desk role check. */
const spacesApp = (columns: string, guarded = false): Record<string, string> => ({
  'db/spaces.ts': `import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
export const spaces = sqliteTable('spaces', { id: integer('id').primaryKey(), name: text('name').notNull(), doorCode: text('door_code') });
export const spaceColumns = { ${columns} };`,
  'app.ts': `import { Hono } from 'hono';
${guarded ? "import { createMiddleware } from 'hono/factory';\n" : ''}import { jwt } from 'hono/jwt';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import Database from 'better-sqlite3';
import { spaces, spaceColumns } from './db/spaces';
const db = drizzle(new Database('app.db'));
const app = new Hono();
${
  guarded
    ? `const frontDesk = createMiddleware(async (c, next) => {
  if (c.get('jwtPayload').role !== 'staff') return c.json({ error: 'Forbidden' }, 403);
  await next();
});
`
    : ''
}app.get('/api/spaces', ${guarded ? "jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }), frontDesk, " : ''}async (c) => c.json(await db.select(spaceColumns).from(spaces)));
export default app;`,
});

/** Hono + knex: a group's members, joined to their accounts, with the columns `columns` picks. */
const knexMembersApp = (columns: string) => ({
  'package.json': '{ "dependencies": { "hono": "4.6.0", "knex": "3.1.0", "pg": "8.12.0" } }',
  'migrations/001_init.js': `exports.up = (knex) =>
  knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.string('email').notNullable();
    t.string('display_name');
    t.string('password_hash').notNullable();
  });`,
  'src/app.ts': `import { Hono } from 'hono';
import knexFactory from 'knex';
const db = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const app = new Hono();
app.use('*', async (c, next) => {
  const session = await db('sessions').where({ token_hash: c.req.header('authorization') }).first('user_id');
  if (!session) return c.json({ error: 'unauthorized' }, 401);
  c.set('user', { id: session.user_id });
  await next();
});
app.get('/groups/:groupId/members', async (c) => {
  const members = await db('group_members')
    .join('users as u', 'u.id', 'group_members.user_id')
    .where('group_members.group_id', c.req.param('groupId'))
    .select(${columns});
  return c.json(members);
});
export default app;`,
});

/**
 * Express + Prisma: a driver's profile (phone, licence) read by id through a mapper; `check` is what the handler does
 * with the caller before answering.
 */
const driverProfileApp = (check: string) =>
  expressPrismaApp(`const toDriverDto = (d) => ({ id: d.id, fullName: d.fullName, phone: d.phone, licenseNumber: d.licenseNumber });
app.get('/vehicles', requireAuth, async (req, res) => {
  res.json(await prisma.vehicle.findMany({ where: { companyId: req.user.companyId }, select: { id: true, plate: true } }));
});
app.get('/drivers/:driverId', requireAuth, async (req, res) => {
  const driver = await prisma.driver.findUnique({ where: { id: req.params.driverId } });
  ${check}
  res.json(toDriverDto(driver));
});`);

/**
 * Express + Prisma: sign-in through an auth service that issues tokens and answers `answer` (the member is loaded
 * whole, with its password hash).
 */
const loginServiceApp = (answer: string): Record<string, string> =>
  expressPrismaApp(
    `import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
function toMemberDto(member) {
  return { id: member.id, email: member.email, fullName: member.fullName };
}
async function issueTokens(member) {
  const accessToken = jwt.sign({ sub: member.id }, process.env.JWT_SECRET, { expiresIn: '15m', algorithm: 'HS256' });
  return { accessToken, expiresIn: 900 };
}
const authService = {
  async login(email, password) {
    const member = await prisma.member.findUnique({ where: { email } });
    if (!member || !(await bcrypt.compare(password, member.passwordHash))) return null;
    const tokens = await issueTokens(member);
    return ${answer};
  },
};
app.post('/auth/login', async (req, res) => {
  const result = await authService.login(String(req.body.email), String(req.body.password));
  if (!result) return res.status(401).json({ error: 'Invalid email or password' });
  res.json(result);
});`,
    {
      'prisma/schema.prisma': `model Member {
  id           Int    @id
  email        String @unique
  fullName     String
  passwordHash String
}`,
    },
  );

/**
 * Fastify + Prisma: every user of the caller's municipality, answered whole from `findMany`, through a route whose
 * options are `options` (a response schema or none).
 */
const fastifyStaffApp = (options: string): Record<string, string> => ({
  'prisma/schema.prisma': `model User {
  id             Int    @id
  email          String
  fullName       String
  passwordHash   String
  municipalityId Int
}`,
  'src/server.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = Fastify();
app.register(fastifyJwt, { secret: process.env.JWT_SECRET });
app.addHook('onRequest', async (request) => { await request.jwtVerify(); });
const staffOut = { type: 'object', properties: { id: { type: 'integer' }, email: { type: 'string' }, fullName: { type: 'string' } } };
app.get('/staff', ${options}async (request) => {
  return prisma.user.findMany({ where: { municipalityId: request.user.municipalityId } });
});
app.listen({ port: 3000 });`,
});

/** NestJS + sequelize-typescript: the caller's own user answered whole, the `User` model declared with `scope` above it. */
const nestSequelizeUsersApp = (scope: string): Record<string, string> => ({
  'src/models.ts': `import { Column, DataType, DefaultScope, Model, Table } from 'sequelize-typescript';
${scope}
@Table({ tableName: 'users' })
export class User extends Model {
  @Column({ type: DataType.STRING }) email!: string;
  @Column({ type: DataType.STRING }) passwordHash!: string;
}`,
  'src/users.controller.ts': `import { Controller, Get, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { User } from './models';
@Controller('users')
@UseGuards(AuthGuard('jwt'))
export class UsersController {
  @Get('me')
  me(@Req() req: { user: { id: number } }) {
    return User.findByPk(req.user.id);
  }
}`,
  'src/app.module.ts': `import { Module } from '@nestjs/common';
import { UsersController } from './users.controller';
@Module({ controllers: [UsersController] })
export class AppModule {}`,
});

/** Koa + TypeORM: users exported with raw SQL through the data source, `columns` the statement's list. */
const dataSourceExportApp = (columns: string): Record<string, string> => ({
  'src/data-source.ts': `import { DataSource } from 'typeorm';
export const AppDataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });`,
  'src/app.ts': `import Koa from 'koa';
import Router from '@koa/router';
import jwt from 'jsonwebtoken';
import { AppDataSource } from './data-source';
const requireAuth = async (ctx, next) => {
  try { ctx.state.user = jwt.verify(String(ctx.get('authorization')).slice(7), process.env.JWT_SECRET!); } catch { ctx.throw(401); }
  await next();
};
const router = new Router();
router.get('/users/export', requireAuth, async (ctx) => {
  const rows = await AppDataSource.query('SELECT ${columns} FROM users ORDER BY id LIMIT 500');
  ctx.body = rows;
});
const app = new Koa();
app.use(router.routes());
app.listen(3000);`,
});

/** Express + knex: a staff account made by the repository's `insert(…).returning(${columns})`, the row sent back. */
const knexReturningApp = (columns: string): Record<string, string> => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'migrations/001_accounts.js': `exports.up = (knex) =>
  knex.schema.createTable('accounts', (t) => {
    t.increments('id');
    t.string('email').notNullable();
    t.string('password_hash').notNullable();
    t.string('role').notNullable();
  });`,
  'src/db.js': `import knexFactory from 'knex';
export const db = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });`,
  'src/accounts.js': `import { db } from './db.js';
export const accountsRepo = {
  async createStaff(data) {
    const [row] = await db('accounts').insert(data).returning(${columns});
    return row;
  },
};`,
  'src/app.js': `import express from 'express';
import bcrypt from 'bcryptjs';
import { requireAuth } from './auth.js';
import { accountsRepo } from './accounts.js';
const app = express();
app.use(express.json());
app.post('/staff', requireAuth, async (req, res) => {
  const account = await accountsRepo.createStaff({ email: String(req.body.email), password_hash: await bcrypt.hash(String(req.body.password), 12), role: 'pharmacist' });
  res.status(201).json(account);
});
app.listen(3000);`,
});

/**
 * Express sessions on pg: `requireAuth` keeps `req.user` from the repository's `findById` (`SELECT *`, or the columns
 * of its `USER_COLUMNS` constant), and `GET /me` answers it.
 */
const sessionRepoMeApp = (wholeRow: boolean): Record<string, string> => ({
  'migrations/001_users.js': `exports.up = (knex) =>
  knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.string('email').notNullable();
    t.string('full_name');
    t.string('role');
    t.string('password_hash').notNullable();
  });`,
  'lib/db.js': `const { Pool } = require('pg');
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
module.exports = { query: (text, params) => pool.query(text, params) };`,
  'repositories/userRepository.js': `const { query } = require('../lib/db');
const USER_COLUMNS = 'id, email, full_name, role';
async function findById(id) {
  const { rows } = await query(${wholeRow ? "'SELECT * FROM users WHERE id = $1'" : `\`SELECT $${'{'}USER_COLUMNS} FROM users WHERE id = $1\``}, [id]);
  return rows[0] || null;
}
async function findByEmail(email) {
  const { rows } = await query('SELECT id, email, password_hash FROM users WHERE email = $1', [email]);
  return rows[0] || null;
}
module.exports = { findById, findByEmail };`,
  'middleware/auth.js': `const userRepo = require('../repositories/userRepository');
async function requireAuth(req, res, next) {
  if (!req.session || !req.session.userId) return res.status(401).json({ error: 'Please sign in' });
  const user = await userRepo.findById(req.session.userId);
  if (!user) return res.status(401).json({ error: 'Please sign in' });
  req.user = user;
  return next();
}
module.exports = { requireAuth };`,
  'server.js': `const express = require('express');
const session = require('express-session');
const { requireAuth } = require('./middleware/auth');
const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { httpOnly: true, secure: true } }));
app.get('/me', requireAuth, (req, res) => res.json({ user: req.user }));
app.listen(3000);`,
});

/**
 * Nest + @nestjs/sequelize: an organisation's public profile read through the model injected as `this.orgs`
 * (`@InjectModel(Organization)`), answered with `answer`.
 */
const nestInjectedOrgApp = (answer: string): Record<string, string> => ({
  'src/models.ts': `import { Column, DataType, Model, Table } from 'sequelize-typescript';
@Table({ tableName: 'organizations' })
export class Organization extends Model {
  @Column({ type: DataType.STRING }) name!: string;
  @Column({ type: DataType.BOOLEAN }) isPublic!: boolean;
  @Column({ type: DataType.TEXT }) internalNotes!: string;
  @Column({ type: DataType.STRING }) taxId!: string;
}`,
  'src/orgs.service.ts': `import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectModel } from '@nestjs/sequelize';
import { Organization } from './models';
@Injectable()
export class OrgsService {
  constructor(@InjectModel(Organization) private readonly orgs: typeof Organization) {}
  async getPublicProfile(id: number) {
    const org = await this.orgs.findOne({ where: { id, isPublic: true } });
    if (!org) throw new NotFoundException();
    return ${answer};
  }
}`,
  'src/orgs.controller.ts': `import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { OrgsService } from './orgs.service';
@Controller('orgs')
export class OrgsController {
  constructor(private readonly orgs: OrgsService) {}
  @Get(':orgId')
  profile(@Param('orgId', ParseIntPipe) orgId: number) {
    return this.orgs.getPublicProfile(orgId);
  }
}`,
  'src/app.module.ts': `import { Module } from '@nestjs/common';
import { SequelizeModule } from '@nestjs/sequelize';
import { Organization } from './models';
import { OrgsController } from './orgs.controller';
import { OrgsService } from './orgs.service';
@Module({ imports: [SequelizeModule.forFeature([Organization])], controllers: [OrgsController], providers: [OrgsService] })
export class AppModule {}`,
});

/**
 * Hono + Supabase: a public department page embedding its staff (`embed`); the profiles table's columns are told by
 * the app's own `/me` select.
 */
const departmentStaffApp = (embed: string): Record<string, string> => ({
  'src/app.ts': `import { Hono } from 'hono';
import { createClient } from '@supabase/supabase-js';
const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);
const app = new Hono();
app.get('/me', async (c) => {
  const { data: auth } = await supabase.auth.getUser(c.req.header('authorization')?.slice(7));
  if (!auth.user) return c.json({ error: 'Unauthorized' }, 401);
  const { data } = await supabase.from('profiles').select('id, email, display_name, phone').eq('id', auth.user.id).single();
  return c.json(data);
});
app.get('/departments/:id', async (c) => {
  const { data } = await supabase.from('departments').select('id, name, ${embed}').eq('id', c.req.param('id')).maybeSingle();
  if (!data) return c.json({ error: 'Not found' }, 404);
  return c.json({ department: data });
});
export default app;`,
});

/**
 * Express + Mongoose: a group's members answered with `answer`; the User schema hides its secrets with a toJSON
 * transform (which `.lean()` skips).
 */
const leanMembersApp = (answer: string): Record<string, string> => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/models.js': `import mongoose from 'mongoose';
const userSchema = new mongoose.Schema(
  { name: String, avatarUrl: String, passwordHash: String, resetCodeHash: String },
  { toJSON: { transform(doc, ret) { delete ret.passwordHash; delete ret.resetCodeHash; return ret; } } },
);
export const User = mongoose.model('User', userSchema);
export const Membership = mongoose.model('Membership', new mongoose.Schema({ group: String, user: { type: mongoose.Schema.Types.ObjectId, ref: 'User' }, role: String }));`,
  'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { Membership, User } from './models.js';
const app = express();
app.get('/groups/:groupId/members', requireAuth, async (req, res) => {
  const mine = await Membership.findOne({ group: req.params.groupId, user: req.user.id });
  if (!mine) return res.status(404).end();
  ${answer}
});
app.listen(3000);`,
});

/** Next.js pages + Prisma: `verifyToken({ req })` looks a token row up and returns `answer`; the handler sends it on a 401. */
const verifyTokenApp = (answer: string) => ({
  'prisma/schema.prisma': `model AccessToken {
  id        Int     @id @default(autoincrement())
  token     String  @unique
  revoked   Boolean @default(false)
  userId    Int
}`,
  'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
  'lib/verifyToken.ts': `import { getToken } from 'next-auth/jwt';
import { prisma } from './prisma';
export default async function verifyToken({ req }) {
  const token = await getToken({ req });
  if (!token?.id) return 'You must be logged in.';
  const revoked = await prisma.accessToken.findFirst({ where: { token: String(req.headers['x-token']), revoked: true } });
  if (revoked) ${answer};
  return token;
}`,
  'pages/api/v1/users/me.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import verifyToken from '../../../../lib/verifyToken';
export default async function me(req: NextApiRequest, res: NextApiResponse) {
  const token = await verifyToken({ req });
  if (typeof token === 'string') return res.status(401).json({ response: token });
  return res.status(200).json({ id: token.id });
}`,
});

/** Express + Prisma: an organisation read by its members, `query` picking what is sent; the row keeps a Stripe key. */
const orgSettingsApp = (query: string) =>
  expressPrismaApp(
    `app.get('/orgs/:orgId', requireAuth, async (req, res) => {
  const membership = await prisma.membership.findFirst({ where: { orgId: req.params.orgId, userId: req.user.id } });
  if (!membership) return res.status(404).json({ error: 'Not found' });
  const org = await prisma.organization.findUnique(${query});
  res.json({ data: org });
});`,
    {
      'prisma/schema.prisma': `model Organization {
  id              String  @id
  name            String
  currency        String
  stripeSecretKey String?
}
model Membership {
  id     String @id
  orgId  String
  userId String
  role   String
}`,
    },
  );

runCheckCases('data-exposure-whole-record', {
  invalid: [
    {
      name: "express + prisma: an organisation sent whole to its members, with the account's Stripe secret key (`stripeSecretKey`)",
      endpoint: 'GET /orgs/:orgId',
      files: orgSettingsApp('{ where: { id: req.params.orgId } }'),
    },
    {
      name: 'next.js pages + prisma: a helper that hands back the access-token row it found, sent on by the handler',
      endpoint: 'ALL /api/v1/users/me',
      files: verifyTokenApp('return revoked'),
    },
    {
      name: "express + mongoose: members populated with their user into a `.lean()` result, which skips the User schema's toJSON transform",
      endpoint: 'GET /groups/:groupId/members',
      files: leanMembersApp("res.json(await Membership.find({ group: req.params.groupId }).populate('user').lean());"),
      message: /user\.passwordHash/,
    },
    {
      name: 'express + mongoose: `.lean()` users each spread whole into the answer (`users.map((u) => ({ ...u, role }))`)',
      endpoint: 'GET /groups/:groupId/members',
      files: leanMembersApp(`const rows = await Membership.find({ group: req.params.groupId });
  const users = await User.find({ _id: { $in: rows.map((m) => m.user) } }).lean();
  const members = users.map((u) => ({ ...u, role: rows.find((m) => String(m.user) === String(u._id))?.role }));
  res.json({ members });`),
    },
    {
      name: 'nestjs + sequelize: the whole organisation read through the injected `this.orgs` (`@InjectModel(Organization)`)',
      endpoint: 'GET /orgs/:orgId',
      files: nestInjectedOrgApp('org'),
      message: /Organization record.*internalNotes/,
    },
    {
      name: 'hono + supabase: a public department page embedding its staff whole (`staff:profiles(*)`), whose e-mail and phone the app selects elsewhere',
      endpoint: 'GET /departments/:id',
      files: departmentStaffApp('staff:profiles(*)'),
      message: /profiles\.email/,
    },
    {
      name: "koa + typeorm: the data source's raw `SELECT * FROM users` sent as the export (the statement names the table)",
      endpoint: 'GET /users/export',
      files: dataSourceExportApp('*'),
      message: /whole users record/,
    },
    {
      name: 'next.js + prisma: either of two raw `SELECT *` statements picked by a filter, the rows sent',
      endpoint: 'GET /api/admin/users',
      files: {
        'prisma/schema.prisma': `model User {
  id           String @id
  email        String
  name         String
  role         String
  passwordHash String
}`,
        'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'app/api/admin/users/route.ts': `import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';
import { requireRole } from '@/lib/auth';
export async function GET(req: Request) {
  await requireRole('admin');
  const role = new URL(req.url).searchParams.get('role');
  const users = role
    ? await prisma.$queryRaw\`SELECT * FROM "User" WHERE role = \${role}\`
    : await prisma.$queryRaw\`SELECT * FROM "User" ORDER BY email\`;
  return NextResponse.json(users);
}`,
        'lib/auth.ts': `import { getServerSession } from 'next-auth';
export async function requireRole(role: string) {
  const session = await getServerSession();
  if (!session || (session.user as { role?: string }).role !== role) throw new Response('Forbidden', { status: 403 });
  return session;
}`,
      },
    },
    {
      name: "express + knex: the repository's `insert(…).returning('*')` row (its password hash) sent back",
      endpoint: 'POST /staff',
      files: knexReturningApp("'*'"),
    },
    {
      name: "express sessions + pg: `req.user` kept from the repository's `SELECT *`, answered by `/me`",
      endpoint: 'GET /me',
      files: sessionRepoMeApp(true),
    },
    {
      name: "nestjs + sequelize-typescript: the caller's user sent whole, the model with no default scope (its password hash)",
      endpoint: 'GET /users/me',
      files: nestSequelizeUsersApp(''),
    },
    {
      name: 'fastify + prisma: whole user rows answered with no response schema (password hashes sent)',
      endpoint: 'GET /staff',
      files: fastifyStaffApp(''),
    },
    {
      name: 'fastify + prisma: whole user rows through a response schema that keeps undeclared properties',
      endpoint: 'GET /staff',
      files: fastifyStaffApp(
        "{ schema: { response: { 200: { type: 'array', items: { ...staffOut, additionalProperties: true } } } } }, ",
      ),
    },
    {
      name: 'express + pg: every column of a member (`m.*`) with a count from a subquery of another table, named for the member',
      endpoint: 'GET /members/:id',
      message: /whole members record/,
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import pg from 'pg';
import { requireAuth } from './auth.js';
const pool = new pg.Pool();
const app = express();
app.post('/members', requireAuth, async (req, res) => {
  const { rows } = await pool.query('INSERT INTO members (name, email, password_hash) VALUES ($1, $2, $3) RETURNING id', [String(req.body.name), String(req.body.email), String(req.body.hash)]);
  res.status(201).json(rows[0]);
});
app.get('/members/:id', requireAuth, async (req, res) => {
  const { rows } = await pool.query(
    'SELECT m.*, (SELECT count(*) FROM loans l WHERE l.member_id = m.id) AS loans FROM members m WHERE m.id = $1 AND m.id = $2',
    [Number(req.params.id), req.user.id],
  );
  res.json(rows[0]);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: a login service answering the tokens and the member row whole (its password hash with it)',
      endpoint: 'POST /auth/login',
      files: loginServiceApp('{ ...tokens, member }'),
    },
    {
      name: "express + prisma: any company's driver (phone) read by id and answered through a mapper",
      endpoint: 'GET /drivers/:driverId',
      files: driverProfileApp('if (!driver) return res.status(404).end();'),
    },
    {
      name: "hono + knex: a group's members joined to their accounts with `u.*` (hashes and e-mails come along)",
      endpoint: 'GET /groups/{groupId}/members',
      files: knexMembersApp("'u.*', 'group_members.role'"),
    },
    {
      name: 'hono + drizzle: members listed with the whole joined users row under a key (`user: users`)',
      endpoint: 'GET /api/orgs/:orgId/members',
      files: orgMembersApp('{ id: memberships.id, role: memberships.role, user: users }'),
    },
    {
      name: 'express + prisma: staff rows mapped to their rest less the password hash, the reset token left in',
      endpoint: 'GET /staff',
      files: staffApp('passwordHash', 'toStaffView', 'resetToken String?'),
    },
    {
      name: 'express + prisma: staff rows mapped inline to their rest less the password hash, the reset token left in',
      endpoint: 'GET /staff',
      files: staffApp('passwordHash', '({ passwordHash, ...m }) => m', 'resetToken String?'),
    },
    {
      name: "hono + drizzle: a public catalogue whose shared column list picks the room's door code",
      endpoint: 'GET /api/spaces',
      files: spacesApp('id: spaces.id, name: spaces.name, doorCode: spaces.doorCode'),
    },
    {
      name: "hono: the team's episode mapper (it copies the internal notes) reused on a route anyone may call",
      endpoint: 'GET /api/catalog/:showId/episodes',
      files: episodeMapperApp('/api/catalog/:showId/episodes', ''),
    },
    {
      name: "express + prisma: another user's profile by id through a mapper that copies their e-mail",
      endpoint: 'GET /creators/:id',
      files: profileMapperApp('{ id: user.id, displayName: user.displayName, email: user.email }'),
    },
    {
      name: "express + passport-jwt: `/me` sends req.user, loaded whole (password hash included) by the strategy's callback",
      endpoint: 'GET /me',
      files: jwtStrategyMeApp('{ where: { id: payload.sub } }'),
    },
    {
      name: "express + prisma: any wedding guest's whole row (e-mail, phone) read by id",
      endpoint: 'GET /guests/:id',
      files: guestApp('{ where: { id: req.params.id } }'),
    },
    {
      name: "next.js + prisma: a whole account row answered through the project's ok(data) helper",
      endpoint: 'GET /api/members/[id]',
      files: okHelperApp('{ where: { id: params.id } }'),
    },
    {
      name: "express + pg: every trainer's row (payroll notes included) from a statement held in a variable",
      endpoint: 'GET /trainers',
      files: trainersApp('*'),
    },
    {
      name: 'express + mongoose: a kiosk answered whole, with the key kiosks authenticate by (`pairing`)',
      endpoint: 'GET /kiosks/:id',
      files: kioskApp(''),
    },
    {
      name: 'express + prisma: a project read whole by its members, with notes only staff write (a role-checked route)',
      endpoint: 'GET /projects/:id',
      files: projectNotesApp("requireRole('staff'), "),
    },
    {
      name: "express + prisma: a leave request answered whole, HR's note included, to its employee too",
      endpoint: 'GET /leave-requests/:id',
      files: leaveRequestApp('res.json(request);'),
    },
    {
      name: "express + mongoose: a partner's whole record (with its `integrationKey` and `webhookSigningKey`) to any signed-in user",
      endpoint: 'GET /partners/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Partner = mongoose.model('Partner', new mongoose.Schema({ name: String, integrationKey: String, webhookSigningKey: String }));
const app = express();
app.get('/partners/:id', requireAuth, async (req, res) => {
  const partner = await Partner.findById(req.params.id).lean();
  if (!partner) return res.status(404).end();
  res.json(partner);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + supabase: another volunteer's profile with the e-mail and phone of the embedded person (`profiles(full_name, email, phone)`)",
      endpoint: 'GET /api/volunteers/:volunteerId/profile',
      files: volunteerProfileApp('profiles(full_name, email, phone)'),
    },
    {
      name: "koa + pg: a zone's permits to anyone, with the holders' phone and address from the joined residents",
      endpoint: 'GET /api/v1/zones/:zoneId/permits',
      files: zonesApp(`router.get('/zones/:zoneId/permits', async (ctx) => {
  ctx.body = await queryMany(
    'SELECT p.id, p.plate, r.full_name, r.address_line, r.phone FROM permits p JOIN residents r ON r.id = p.resident_id WHERE p.zone_id = $1',
    [Number(ctx.params.zoneId)],
  );
});`),
    },
    {
      name: 'koa + pg: a whole zone row (`SELECT *`, with its enforcement notes) to anyone',
      endpoint: 'GET /api/v1/zones/:zoneId',
      files: zonesApp(`router.get('/zones/:zoneId', async (ctx) => {
  const { rows } = await pool.query('SELECT * FROM zones WHERE id = $1', [Number(ctx.params.zoneId)]);
  if (!rows[0]) ctx.throw(404, 'Zone not found');
  ctx.body = rows[0];
});`),
    },
    {
      name: "express + mongoose: the whole invoice (with `internalNotes`) to its company's users; the role test only lets an admin past the ownership check",
      endpoint: 'GET /invoices/:id',
      files: invoiceApp("req.user.role !== 'admin' && invoice.company !== req.user.companyId"),
    },
    {
      name: 'express + supabase: whole co-worker profiles (`profiles(*)`) to any staff member of the pantry; the helper lets an admin through early, which is no role gate on the route',
      endpoint: 'GET /api/pantries/:pantryId/staff',
      files: pantryApp("if (globalRole === 'admin') return 'admin';", PANTRY_STAFF_ROUTE),
    },
    {
      name: 'express + prisma: an opening sent whole, staff notes too, to every role the route admits — clients included',
      endpoint: 'GET /api/openings/:id',
      files: openingApp(
        `  if (req.user.role !== 'ADMIN' && job.clientCompanyId !== req.user.clientCompanyId && req.user.role !== 'RECRUITER') return res.status(404).end();`,
      ),
    },
    {
      name: "express + sequelize: raw `SELECT * FROM users` past the model's default scope, which hides the hash only from model queries",
      endpoint: 'GET /api/admin/users',
      files: userListApp(
        `  res.json(await sequelize.query('SELECT * FROM users ORDER BY id', { type: QueryTypes.SELECT }));`,
      ),
    },
    {
      name: "express + prisma: any show's members listed with each member's e-mail (`include: { user: { select: { email: true } } }`)",
      endpoint: 'GET /api/shows/:showId/members',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/api/shows/:showId/members', requireAuth, async (req, res) => {
  const members = await prisma.showMember.findMany({
    where: { showId: req.params.showId },
    include: { user: { select: { id: true, name: true, email: true } } },
  });
  res.json({ members });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: a customer reads the damage reports of their booking whole, with the staff assessment and fraud flag',
      endpoint: 'GET /api/bookings/:bookingId/damage-reports',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Booking = mongoose.model('Booking', new mongoose.Schema({ customer: { type: mongoose.Schema.Types.ObjectId, ref: 'User' } }));
const DamageReport = mongoose.model('DamageReport', new mongoose.Schema({
  booking: { type: mongoose.Schema.Types.ObjectId, ref: 'Booking' },
  description: String,
  internalAssessment: String,
  fraudSuspected: Boolean,
}));
const app = express();
app.get('/api/bookings/:bookingId/damage-reports', requireAuth, async (req, res) => {
  const booking = await Booking.findOne({ _id: req.params.bookingId, customer: req.user.id });
  if (!booking) return res.status(404).end();
  res.json(await DamageReport.find({ booking: booking._id }).lean());
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: the staff list an admin reads, whole rows with password hashes',
      endpoint: 'GET /api/admin/staff',
      files: staffListApp(`  res.json(await User.find({ role: { $in: ['staff', 'admin'] } }).lean());`),
    },
    {
      name: 'koa + typeorm: sign-up answers the saved member (@Exclude without a class-transformer serialiser, select: false only on reads)',
      endpoint: 'POST /api/v1/auth/register',
      files: {
        'src/entity/Member.ts': `import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Exclude } from 'class-transformer';
@Entity()
export class Member {
  @PrimaryGeneratedColumn()
  id: number;
  @Column({ unique: true })
  email: string;
  @Exclude()
  @Column({ select: false })
  passwordHash: string;
  @Column()
  fullName: string;
}`,
        'src/app.ts': `import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import bcrypt from 'bcrypt';
import { AppDataSource } from './data-source';
import { Member } from './entity/Member';
const members = () => AppDataSource.getRepository(Member);
const app = new Koa();
const router = new Router({ prefix: '/api/v1/auth' });
router.post('/register', async (ctx) => {
  const body = ctx.request.body as { email: string; password: string; fullName: string };
  const member = members().create({
    email: String(body.email),
    fullName: String(body.fullName),
    passwordHash: await bcrypt.hash(String(body.password), 12),
  });
  const saved = await members().save(member);
  ctx.status = 201;
  ctx.body = saved;
});
app.use(bodyParser());
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: a public speaker profile whose select picks the speaker's e-mail and phone, spread into the answer (`{ ...speaker, talks }`)",
      endpoint: 'GET /speakers/:id',
      files: SPEAKER_PROFILE_APP,
    },
    {
      name: "express + prisma: another user's profile read with a select shared in a constant that picks their e-mail and phone",
      endpoint: 'GET /users/:userId',
      files: {
        'package.json': '{ "dependencies": { "express": "5.0.0", "@prisma/client": "5.0.0" } }',
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const profileSelect = { id: true, name: true, email: true, phone: true };
const app = express();
app.get('/users/:userId', requireAuth, async (req, res) => {
  const profile = await prisma.user.findUnique({ where: { id: req.params.userId }, select: profileSelect });
  if (!profile) return res.status(404).end();
  res.json(profile);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: a submission sent whole with the organizers' notes on it (`organizerNotes`)",
      endpoint: 'GET /submissions/:id',
      files: {
        'package.json': '{ "dependencies": { "express": "5.0.0", "@prisma/client": "5.0.0" } }',
        'prisma/schema.prisma': `model Submission {
  id             String @id
  title          String
  organizerNotes String?
}`,
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/submissions/:id', requireAuth, async (req, res) => {
  const submission = await prisma.submission.findUnique({ where: { id: req.params.id } });
  if (!submission) return res.status(404).end();
  res.json(submission);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + typeorm: a public listing whose select picks each unit's door code (`units: { label: true, accessCode: true }`)",
      endpoint: 'GET /listings/:id',
      files: typeormUnitsApp(`app.get('/listings/:id', async (req, res) => {
  const listing = await ds.getRepository(Property).findOne({
    where: { id: req.params.id, isListed: true },
    relations: { units: true },
    select: { id: true, name: true, units: { id: true, label: true, accessCode: true } },
  });
  if (!listing) return res.status(404).end();
  res.json(listing);
});`),
    },
    {
      name: "express + mongoose: a CSV of every member, its lines built from the members' e-mail and phone (`members.map((m) => [m.email, m.phone].join(','))`)",
      endpoint: 'GET /exports/members.csv',
      files: {
        'package.json': '{ "dependencies": { "express": "4.21.0", "mongoose": "8.0.0" } }',
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const User = mongoose.model('User', new mongoose.Schema({ displayName: String, email: String, phone: String }));
const app = express();
app.get('/exports/members.csv', requireAuth, async (req, res) => {
  const members = await User.find({}).lean();
  const lines = members.map((m) => [m.displayName, m.email, m.phone].join(','));
  res.type('text/csv').send(['name,email,phone', ...lines].join('\\n'));
});
app.listen(3000);`,
      },
    },
    {
      name: 'hono + supabase: household members listed with every column of their profiles embedded (`profiles(*)`)',
      endpoint: 'GET /api/households/:id/members',
      files: {
        ...honoSupabaseApp(`app.get('/api/households/:id/members', async (c) => {
  await requireMember(c.get('user').id, c.req.param('id'));
  const members = unwrap(await supabaseAdmin.from('household_members').select('role, profiles(*)').eq('household_id', c.req.param('id')));
  return c.json(members);
});`),
        'supabase/migrations/002_profiles.sql':
          'create table public.profiles (id uuid primary key, email text, display_name text, phone text, kid_pin_hash text);',
      },
    },
    {
      name: "express + mongoose: `.select('-password').lean()`: only the password left out, and `.lean()` skips the toJSON transform that hides the reset code",
      endpoint: 'GET /admin/users',
      files: mongooseUsersApp(`app.get('/admin/users', requireAuth, async (req, res) => {
  if (req.user.role !== 'admin') return res.status(403).end();
  res.json(await User.find().select('-password').lean());
});`),
    },
    {
      name: 'next.js + drizzle: an invite with its whole inviter nested (`with: { invitedBy: true }`, a relation declared with `relations()`)',
      endpoint: 'GET /api/invites/[token]',
      files: drizzleInviteApp('true'),
    },
    {
      name: 'hono + supabase: every column of an account (its bank token among them) handed back through `unwrap(…)`',
      endpoint: 'GET /api/accounts/:id',
      files: honoSupabaseApp(`app.get('/api/accounts/:id', async (c) => {
  const account = unwrap(await supabaseAdmin.from('accounts').select('*').eq('id', c.req.param('id')).maybeSingle());
  if (!account) throw new HTTPException(404, { message: 'not found' });
  await requireMember(c.get('user').id, account.household_id);
  return c.json(account);
});`),
    },
    {
      name: "express + drizzle: a CSV export whose lines are built from rows that join in every author's e-mail",
      endpoint: 'GET /clubs/:clubId/export',
      files: {
        'package.json': '{ "dependencies": { "express": "4.21.0", "drizzle-orm": "0.30.0", "pg": "8.12.0" } }',
        'src/schema.js': `import { pgTable, text } from 'drizzle-orm/pg-core';
export const users = pgTable('users', { id: text('id').primaryKey(), name: text('name'), email: text('email'), passwordHash: text('password_hash') });
export const posts = pgTable('posts', { id: text('id').primaryKey(), clubId: text('club_id'), authorId: text('author_id'), body: text('body') });`,
        'src/app.js': `import express from 'express';
import pg from 'pg';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { posts, users } from './schema.js';
const db = drizzle(new pg.Pool());
const app = express();
app.get('/clubs/:clubId/export', async (req, res) => {
  const rows = await db
    .select({ author: users.name, authorEmail: users.email, body: posts.body })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .where(eq(posts.clubId, req.params.clubId));
  const lines = rows.map((r) => [r.author, r.authorEmail, r.body].join(','));
  res.type('text/csv').send(['author,email,body', ...lines].join('\\n'));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + drizzle: a people search any signed-in user may run picks their e-mail (`select({ …, email: users.email })`)',
      endpoint: 'GET /users/search',
      files: {
        'package.json':
          '{ "dependencies": { "express": "4.21.0", "drizzle-orm": "0.30.0", "pg": "8.12.0", "jsonwebtoken": "9.0.0" } }',
        'src/schema.js': `import { pgTable, text } from 'drizzle-orm/pg-core';
export const users = pgTable('users', { id: text('id').primaryKey(), name: text('name'), email: text('email'), passwordHash: text('password_hash') });`,
        'src/app.js': `import express from 'express';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { ilike } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { users } from './schema.js';
const db = drizzle(new pg.Pool());
function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] }); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}
const app = express();
app.get('/users/search', requireAuth, async (req, res) => {
  const q = String(req.query.q ?? '').slice(0, 50);
  const matches = await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(ilike(users.name, \`%\${q}%\`)).limit(20);
  res.json(matches);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + better-sqlite3: a roster that lists every player with the e-mail, phone and birth date of the user joined in',
      endpoint: 'GET /api/teams/:teamId/roster',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/playerRepo.js': `import Database from 'better-sqlite3';
const db = new Database('league.db');
export const playerRepo = {
  listRoster(teamId) {
    return db.prepare(\`SELECT p.id, p.jersey_number, u.display_name, u.email, u.phone, u.date_of_birth
        FROM players p JOIN users u ON u.id = p.user_id
       WHERE p.team_id = ? ORDER BY p.jersey_number\`).all(teamId);
  },
};`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { playerRepo } from './playerRepo.js';
const app = express();
app.get('/api/teams/:teamId/roster', requireAuth, (req, res) => {
  res.json({ players: playerRepo.listRoster(Number(req.params.teamId)) });
});
app.listen(3000);`,
      },
    },
    {
      name: "express + sequelize: a named scope replaces the default one that hid the programmers' notes (`scope('selected')`)",
      endpoint: 'GET /api/festivals/:festivalId/selections',
      files: {
        'src/models.js': `import { Sequelize, DataTypes } from 'sequelize';
export const sequelize = new Sequelize(process.env.DATABASE_URL);
const STAFF_ONLY = ['internalNotes', 'programmerScore'];
export const Submission = sequelize.define(
  'Submission',
  { title: DataTypes.STRING, festivalId: DataTypes.INTEGER, status: DataTypes.STRING, internalNotes: DataTypes.TEXT, programmerScore: DataTypes.INTEGER },
  { defaultScope: { attributes: { exclude: STAFF_ONLY } }, scopes: { selected: { where: { status: 'selected' } } } },
);`,
        'src/app.js': `import express from 'express';
import { Submission } from './models.js';
const app = express();
app.get('/api/festivals/:festivalId/selections', async (req, res) => {
  res.json(await Submission.scope('selected').findAll({ where: { festivalId: Number(req.params.festivalId) } }));
});
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: a customer's quotes sent whole, with the mover's margin and the estimator's notes",
      endpoint: 'GET /api/moves/:moveId/quotes',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Move = mongoose.model('Move', new mongoose.Schema({ customer: String, from: String, to: String }));
const Quote = mongoose.model('Quote', new mongoose.Schema({ move: String, totalCents: Number, marginPct: Number, estimatorNotes: String, status: String }));
const app = express();
app.get('/api/moves/:moveId/quotes', requireAuth, async (req, res) => {
  const move = await Move.findOne({ _id: req.params.moveId, customer: req.user.id }).select('_id');
  if (!move) return res.status(404).end();
  res.json(await Quote.find({ move: move._id, status: 'sent' }));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: the row sent as it is, internal notes included',
      endpoint: 'GET /api/appointments/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/view.js': `export class AppointmentView {
  static from(row) {
    const view = new AppointmentView();
    view.id = row.id;
    view.startsAt = row.startsAt;
    view.status = row.status;
    return view;
  }
}
export class AppointmentResponse {
  constructor(row) {
    this.id = row.id;
    this.startsAt = row.startsAt;
  }
}`,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
import { AppointmentView, AppointmentResponse } from './view.js';
const Appointment = mongoose.model('Appointment', new mongoose.Schema({ owner: String, startsAt: Date, status: String, internalNotes: String }));
const app = express();
app.get('/api/appointments/:id', requireAuth, async (req, res) => {
  const row = await Appointment.findOne({ _id: req.params.id, owner: req.user.id });
  if (!row) return res.status(404).json({ error: 'Not found' });
  res.json(row);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: whole grades, with the teacher's notes, sent behind `requireRole('parent')`",
      endpoint: 'GET /api/v1/students/:studentId/grades',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/roles.js': `export const requireRole = (role) => (req, res, next) =>
  req.user?.role === role ? next() : res.status(403).json({ error: 'Forbidden' });`,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
import { requireRole } from './roles.js';
const Grade = mongoose.model('Grade', new mongoose.Schema({ student: { type: mongoose.Types.ObjectId, ref: 'User' }, points: Number, feedback: String, teacherNote: String }));
const app = express();
app.get('/api/v1/students/:studentId/grades', requireAuth, requireRole('parent'), async (req, res) => {
  res.json(await Grade.find({ student: req.user.studentId }).lean());
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + better-sqlite3: the whole user row sent, its table declared on one line at start-up',
      endpoint: 'GET /api/v1/me',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import Database from 'better-sqlite3';
import express from 'express';
import { requireAuth } from './auth.js';
const db = new Database('app.db');
db.exec('CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, password_hash TEXT NOT NULL, created_at TEXT)');
const app = express();
app.get('/api/v1/me', requireAuth, (req, res) => {
  const user = db.prepare('SELECT * FROM users WHERE id = ?').get(req.user.id);
  res.json(user);
});
app.listen(3000);`,
      },
    },
    {
      name: "next.js + supabase: a lease list embedding the landlord's whole profile (`landlord:profiles!leases_landlord_id_fkey(*)`)",
      endpoint: 'GET /api/leases',
      files: {
        'supabase/migrations/0001_init.sql': `create table public.profiles (
  id uuid primary key,
  full_name text,
  email text,
  phone text,
  internal_notes text,
  stripe_customer_id text
);
create table public.leases (
  id uuid primary key,
  tenant_id uuid references public.profiles (id),
  landlord_id uuid references public.profiles (id),
  monthly_rent_cents int
);`,
        'lib/admin.ts': `import { createClient } from '@supabase/supabase-js';
export const supabaseAdmin = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);`,
        'app/api/leases/route.ts': `import { NextResponse } from 'next/server';
import { supabaseAdmin } from '../../../lib/admin';
import { requireUser } from '../../../lib/auth';
export async function GET() {
  const user = await requireUser();
  const { data } = await supabaseAdmin
    .from('leases')
    .select('id, monthly_rent_cents, landlord:profiles!leases_landlord_id_fkey(*)')
    .eq('tenant_id', user.id);
  return NextResponse.json({ leases: data });
}`,
        'lib/auth.ts': `import { createServerClient } from '@supabase/ssr';
import { cookies } from 'next/headers';
export async function requireUser() {
  const store = await cookies();
  const supabase = createServerClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!, { cookies: { getAll: () => store.getAll(), setAll: () => {} } });
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Response('Unauthorized', { status: 401 });
  return user;
}`,
      },
    },
    {
      name: "express + prisma: a service asserts the membership first, then returns the warehouse with its staff's whole user rows",
      endpoint: 'GET /warehouses/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'prisma/schema.prisma': `model User {
  id           String @id
  email        String
  passwordHash String
  staff        StaffAssignment[]
}
model Warehouse {
  id    String @id
  name  String
  staff StaffAssignment[]
}
model StaffAssignment {
  id          String    @id
  userId      String
  user        User      @relation(fields: [userId], references: [id])
  warehouseId String
  warehouse   Warehouse @relation(fields: [warehouseId], references: [id])
  role        String
}`,
        'src/warehouses.js': `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
async function assertMember(userId, warehouseId) {
  const assignment = await prisma.staffAssignment.findFirst({ where: { userId, warehouseId }, select: { id: true } });
  if (!assignment) {
    const err = new Error('Not found');
    err.status = 404;
    throw err;
  }
}
export async function getDetail(userId, warehouseId) {
  await assertMember(userId, warehouseId);
  return prisma.warehouse.findUnique({ where: { id: warehouseId }, include: { staff: { include: { user: true } } } });
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { getDetail } from './warehouses.js';
const app = express();
app.get('/warehouses/:id', requireAuth, async (req, res, next) => {
  try {
    res.json(await getDetail(req.user.id, req.params.id));
  } catch (err) {
    next(err);
  }
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: a loader named like a mapper (`publicProfile(req.params.id)`) returns the whole lean user',
      endpoint: 'GET /landlords/:id',
      files: {
        'src/models.js': `import mongoose, { Schema } from 'mongoose';
export const User = mongoose.model('User', new Schema({ name: String, email: String, passwordHash: String, role: String }));`,
        'src/profiles.js': `import { User } from './models.js';
export async function publicProfile(id) {
  const landlord = await User.findOne({ _id: id, role: 'landlord' }).lean();
  if (!landlord) return null;
  return { ...landlord, kind: 'landlord' };
}`,
        'src/app.js': `import express from 'express';
import { publicProfile } from './profiles.js';
const app = express();
app.get('/landlords/:id', async (req, res) => {
  const profile = await publicProfile(req.params.id);
  if (!profile) return res.status(404).json({ error: 'Not found' });
  res.json(profile);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + knex: the whole members row, whose password hash only the knex migration declares',
      endpoint: 'GET /me',
      files: knexMeApp(''),
    },
    {
      name: 'nestjs + mongoose: a @Schema decorator without a toJSON transform sends the password hash',
      endpoint: 'GET /users/me',
      files: {
        'src/user.schema.ts': `import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
@Schema({ timestamps: true })
export class User {
  @Prop() email: string;
  @Prop() name: string;
  @Prop() passwordHash: string;
}
export const UserSchema = SchemaFactory.createForClass(User);`,
        'src/auth.controller.ts': `import { Controller, Get, Injectable, NotFoundException, Req, UseGuards } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { AuthGuard } from '@nestjs/passport';
import { Model } from 'mongoose';
import { User } from './user.schema';
@Injectable()
export class UsersService {
  constructor(@InjectModel(User.name) private readonly userModel: Model<User>) {}
  async me(id: string) {
    const user = await this.userModel.findById(id);
    if (!user) throw new NotFoundException();
    return user;
  }
}
@Controller('users')
@UseGuards(AuthGuard('jwt'))
export class UsersController {
  constructor(private readonly users: UsersService) {}
  @Get('me')
  one(@Req() req: { user: { id: string } }) {
    return this.users.me(req.user.id);
  }
}`,
      },
    },
    {
      name: 'express + mongoose: a service sends the whole row (with `staffNotes`) to any caller with a shelter id, no role test',
      endpoint: 'GET /applications/:id',
      files: applicationsApp('user.shelterId'),
    },
    {
      name: 'express + mongoose: the whole row (with `staffNotes`) in a branch for the `client` role — one of the people the records are about — while others get a view',
      endpoint: 'GET /applications/:id',
      files: applicationsApp("user.role === 'client' && user.shelterId"),
    },
    {
      name: "express + better-sqlite3: `SELECT u.*` of the members' joined user rows, password hashes included",
      endpoint: 'GET /household/members',
      files: householdMembersApp('u.*'),
    },
    {
      name: 'express + passport: `deserializeUser` loads the whole row (`SELECT *`), and `/me` answers `req.user`',
      endpoint: 'GET /api/v1/auth/me',
      files: passportSqliteApp('SELECT * FROM users WHERE id = ?'),
    },
    {
      name: 'express + prisma: `/me` returns the profile through a shared select that picks the password hash',
      endpoint: 'GET /api/v1/auth/me',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/users.service.js': `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export const userSelect = { id: true, email: true, fullName: true, passwordHash: true };
export async function getProfile(id) {
  return prisma.user.findUnique({ where: { id }, select: { ...userSelect, manager: { select: { id: true } } } });
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { getProfile } from './users.service.js';
const app = express();
app.get('/api/v1/auth/me', requireAuth, async (req, res) => {
  const profile = await getProfile(req.user.id);
  res.json(profile);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + typeorm: `AppDataSource.getRepository(User)` loads the whole user, password hash included',
      endpoint: 'GET /api/v1/users/:id',
      files: {
        ...TYPEORM_FLEET,
        'src/app.ts': `import express from 'express';
import jwt from 'jsonwebtoken';
import { AppDataSource } from './db';
import { User } from './entities';
const app = express();
const authenticate = (req, res, next) => {
  try { req.user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET!); next(); }
  catch { res.status(401).end(); }
};
app.get('/api/v1/users/:id', authenticate, async (req, res) => {
  const user = await AppDataSource.getRepository(User).findOneBy({ id: String(req.params.id) });
  if (!user) return res.status(404).end();
  res.json(user);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + sequelize: the login loads the user with a scope that keeps the secrets and returns it whole',
      endpoint: 'POST /api/v1/auth/login',
      files: {
        'src/models.js': SEQUELIZE_USER_WITH_SCOPE,
        'src/app.js': `import express from 'express';
import bcrypt from 'bcrypt';
import { User } from './models.js';
const app = express();
app.use(express.json());
app.post('/api/v1/auth/login', async (req, res) => {
  const user = await User.scope('withSecrets').findOne({ where: { email: String(req.body.email) } });
  if (!user || !(await bcrypt.compare(String(req.body.password), user.password))) {
    return res.status(401).json({ error: 'Invalid email or password' });
  }
  res.json({ user });
});
app.listen(3000);`,
      },
    },
    {
      name: 'nestjs + typeorm: relations: { patient: true } joins the whole patient row (ssn, password hash)',
      endpoint: 'GET /billing/mine',
      files: nestTypeormApp(`  @Get('mine')
  @Roles('patient')
  mine(@CurrentUser() user: { patientId: string }) {
    return this.invoices.find({ where: { patientId: user.patientId }, relations: { patient: true } });
  }`),
    },
    {
      name: 'next.js pages + mongoose: a public product nests its shop owner whole (select only drops the hash)',
      endpoint: 'GET /api/products/{id}',
      files: {
        'package.json': '{ "dependencies": { "next": "14.0.0", "mongoose": "8.0.0", "jsonwebtoken": "9.0.0" } }',
        'lib/models.ts': NEXT_PAGES_MONGOOSE_MODELS,
        'pages/api/products/[id].ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { Product } from '../../../lib/models';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') return res.status(405).end();
  const product = await Product.findOne({ _id: String(req.query.id) })
    .populate({ path: 'shop', select: 'name owner', populate: { path: 'owner', select: '-passwordHash' } })
    .lean();
  if (!product) return res.status(404).json({ error: 'Not found' });
  return res.status(200).json({ product });
}`,
      },
    },
    {
      name: "express + sequelize: a public listing includes the landlord's whole user row (include: [{ model: User, as: 'landlord' }])",
      endpoint: 'GET /api/v1/properties/:id',
      files: {
        'src/models.js': `const { DataTypes, Sequelize } = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);
const User = sequelize.define('User', { email: DataTypes.STRING, passwordHash: DataTypes.STRING });
const Property = sequelize.define('Property', { title: DataTypes.STRING, status: DataTypes.STRING, landlordId: DataTypes.INTEGER });
Property.belongsTo(User, { as: 'landlord', foreignKey: 'landlordId' });
module.exports = { User, Property };`,
        'src/app.js': `const express = require('express');
const { User, Property } = require('./models');
const app = express();
app.get('/api/v1/properties/:id', async (req, res) => {
  const property = await Property.findOne({ where: { id: req.params.id, status: 'listed' }, include: [{ model: User, as: 'landlord' }] });
  if (!property) return res.status(404).end();
  res.json(property);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: the document a create returns still has the `select: false` passwordHash (assigned to a let inside try)',
      endpoint: 'POST /api/v1/auth/register',
      files: {
        'src/models.js': `const mongoose = require('mongoose');
const User = mongoose.model('User', new mongoose.Schema({ email: String, passwordHash: { type: String, select: false } }));
module.exports = { User };`,
        'src/app.js': `const express = require('express');
const bcrypt = require('bcrypt');
const { User } = require('./models');
const app = express();
app.use(express.json());
app.post('/api/v1/auth/register', async (req, res) => {
  let user;
  try {
    user = await User.create({ email: String(req.body.email), passwordHash: await bcrypt.hash(String(req.body.password), 12) });
  } catch (err) {
    return res.status(409).json({ error: 'exists' });
  }
  res.status(201).json(user);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: the tenant's own maintenance request is sent whole, staff notes (internalNotes) included",
      endpoint: 'GET /api/v1/requests/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/models.js': `const mongoose = require('mongoose');
const Request = mongoose.model('Request', new mongoose.Schema({ tenant: String, title: String, internalNotes: String }));
const Event = mongoose.model('Event', new mongoose.Schema({ title: String, organiser: String, organiserIban: String, published: Boolean }));
const Payout = mongoose.model('Payout', new mongoose.Schema({ owner: String, iban: String, bankAccountName: String }));
module.exports = { Request, Event, Payout };`,
        'src/app.js': `const express = require('express');
const { requireAuth } = require('./auth');
const { Request } = require('./models');
const app = express();
app.get('/api/v1/requests/:id', requireAuth, async (req, res) => {
  const request = await Request.findOne({ _id: req.params.id, tenant: req.user.id });
  if (!request) return res.status(404).end();
  res.json(request);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: a public event page sends the organiser payout IBAN with the event',
      endpoint: 'GET /api/v1/events/:id',
      files: {
        'src/models.js': `const mongoose = require('mongoose');
const Request = mongoose.model('Request', new mongoose.Schema({ tenant: String, title: String, internalNotes: String }));
const Event = mongoose.model('Event', new mongoose.Schema({ title: String, organiser: String, organiserIban: String, published: Boolean }));
const Payout = mongoose.model('Payout', new mongoose.Schema({ owner: String, iban: String, bankAccountName: String }));
module.exports = { Request, Event, Payout };`,
        'src/app.js': `const express = require('express');
const { Event } = require('./models');
const app = express();
app.get('/api/v1/events/:id', async (req, res) => {
  const event = await Event.findOne({ _id: req.params.id, published: true });
  if (!event) return res.status(404).end();
  res.json(event);
});
app.listen(3000);`,
      },
    },
    {
      name: "koa + mongoose: a public book page populates its waitlist with the people's names and e-mails",
      endpoint: 'GET /books/:id',
      files: {
        'src/app.js': `const Koa = require('koa');
const Router = require('@koa/router');
const { Schema, model } = require('mongoose');
const bookSchema = new Schema({ title: String, waitlist: [{ type: Schema.Types.ObjectId, ref: 'User' }] });
const Book = model('Book', bookSchema);
const router = new Router();
router.get('/books/:id', async (ctx) => {
  const book = await Book.findById(ctx.params.id).populate('waitlist', 'name email');
  if (!book) ctx.throw(404);
  ctx.body = book;
});
const app = new Koa();
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: a model whose schema is written inline (mongoose.model('User', new Schema({ … })))",
      endpoint: 'GET /users/:id',
      files: {
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ email: String, passwordHash: String }));
const app = express();
app.get('/users/:id', async (req, res) => res.json(await User.findById(req.params.id)));
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: a queue that anyone signed in may list nests every patient whole (e-mail, phone)',
      endpoint: 'GET /refills/queue',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/models.js': `import mongoose from 'mongoose';
const { Schema } = mongoose;
const userSchema = new Schema({
  name: String,
  email: String,
  phone: String,
  passwordHash: { type: String, select: false },
});
export const User = mongoose.model('User', userSchema);
export const Refill = mongoose.model('Refill', new Schema({ patient: { type: Schema.Types.ObjectId, ref: 'User' }, medication: String, status: String }));`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { Refill } from './models.js';
const app = express();
app.get('/refills/queue', requireAuth, async (req, res) => res.json(await Refill.find({ status: 'pending' }).populate('patient')));
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: `.populate(['student', 'tutor'])` nests both people whole, reset codes included",
      endpoint: 'GET /bookings/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/models.js': `import mongoose from 'mongoose';
const { Schema } = mongoose;
export const User = mongoose.model('User', new Schema({ name: String, email: String, passwordHash: { type: String, select: false }, resetCode: String }));
export const Booking = mongoose.model('Booking', new Schema({ student: { type: Schema.Types.ObjectId, ref: 'User' }, tutor: { type: Schema.Types.ObjectId, ref: 'User' }, startsAt: Date }));`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { Booking } from './models.js';
const app = express();
app.get('/bookings/:id', requireAuth, async (req, res) => {
  const booking = await Booking.findById(req.params.id).populate(['student', 'tutor']).lean();
  if (!booking || (String(booking.student._id) !== req.user.id && String(booking.tutor._id) !== req.user.id)) return res.status(404).end();
  res.json(booking);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: .lean() hands back plain objects, so the toJSON transform never runs',
      endpoint: 'GET /me',
      files: {
        'src/models.js': `import mongoose from 'mongoose';
const UserSchema = new mongoose.Schema({ email: String, name: String, passwordHash: String, resetCode: String });
UserSchema.set('toJSON', {
  transform(_doc, ret) {
    delete ret.passwordHash;
    delete ret.resetCode;
    return ret;
  },
});
export const User = mongoose.model('User', UserSchema);`,
        'src/auth.js': `import jwt from 'jsonwebtoken';
export function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { User } from './models.js';
const app = express();
app.get('/me', requireAuth, async (req, res) => res.json(await User.findById(req.user.sub).lean()));
app.listen(3000);`,
      },
    },
    {
      name: "hono + drizzle: an unscoped listing copies the joined drivers' e-mails into its column list",
      endpoint: 'GET /lots/:id/occupancy',
      files: {
        'src/schema.ts': `import { pgTable, serial, text, integer, timestamp } from 'drizzle-orm/pg-core';
export const drivers = pgTable('drivers', { id: serial('id').primaryKey(), fullName: text('full_name'), email: text('email'), passwordHash: text('password_hash') });
export const reservations = pgTable('reservations', { id: serial('id').primaryKey(), lotId: integer('lot_id'), driverId: integer('driver_id'), startsAt: timestamp('starts_at') });`,
        'src/index.ts': `import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { db } from './db';
import { drivers, reservations } from './schema';
const app = new Hono();
app.get('/lots/:id/occupancy', async (c) => {
  const rows = await db
    .select({ startsAt: reservations.startsAt, driverName: drivers.fullName, driverEmail: drivers.email })
    .from(reservations)
    .innerJoin(drivers, eq(drivers.id, reservations.driverId))
    .where(eq(reservations.lotId, Number(c.req.param('id'))));
  return c.json({ reserved: rows });
});
export default app;`,
      },
    },
    {
      name: 'express + prisma: a relation nested in an included relation is whole (bookings → user, password hash included)',
      endpoint: 'GET /desks/:id',
      files: {
        'prisma/schema.prisma': `model User {
  id           String    @id
  email        String
  passwordHash String
  bookings     Booking[]
}
model Desk {
  id       String    @id
  label    String
  bookings Booking[]
}
model Booking {
  id     String @id
  deskId String
  userId String
  user   User   @relation(fields: [userId], references: [id])
  desk   Desk   @relation(fields: [deskId], references: [id])
}`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.get('/desks/:id', async (req, res) => {
  const desk = await prisma.desk.findUnique({
    where: { id: req.params.id },
    include: { bookings: { where: { endsAt: { gte: new Date() } }, include: { user: true } } },
  });
  res.json(desk);
});
app.listen(3000);`,
      },
    },
    {
      name: 'hono + drizzle: sign-up inserts and returns the whole row (returning() without columns), password hash included',
      endpoint: 'POST /signup',
      files: {
        'src/schema.ts': `import { pgTable, serial, text, integer } from 'drizzle-orm/pg-core';
export const drivers = pgTable('drivers', { id: serial('id').primaryKey(), email: text('email'), passwordHash: text('password_hash'), role: text('role') });
export const albums = pgTable('albums', { id: serial('id').primaryKey(), ownerId: integer('owner_id'), title: text('title'), shareToken: text('share_token') });`,
        'src/auth.ts': `import { createMiddleware } from 'hono/factory';
import { verify } from 'hono/jwt';
export const requireUser = createMiddleware(async (c, next) => {
  try {
    const payload = await verify(c.req.header('Authorization')?.slice(7) ?? '', process.env.JWT_SECRET!, 'HS256');
    c.set('userId', Number(payload.sub));
  } catch {
    return c.json({ error: 'Unauthorized' }, 401);
  }
  await next();
});`,
        'src/index.ts': `import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import bcrypt from 'bcryptjs';
import { db } from './db';
import { drivers } from './schema';
const app = new Hono();
app.post('/signup', zValidator('json', z.object({ email: z.string().email(), password: z.string().min(8) })), async (c) => {
  const body = await c.req.json();
  const passwordHash = await bcrypt.hash(body.password, 10);
  const [driver] = await db.insert(drivers).values({ ...body, passwordHash }).returning();
  return c.json({ driver }, 201);
});
export default app;`,
      },
    },
    {
      name: "express + prisma: a customer's ticket with every message, agent-only internal notes included",
      endpoint: 'GET /tickets/:id',
      files: {
        'prisma/schema.prisma': `model Ticket {
  id          String    @id
  subject     String
  requesterId String
  messages    Message[]
}
model Message {
  id       String  @id
  ticketId String
  ticket   Ticket  @relation(fields: [ticketId], references: [id])
  body     String
  internal Boolean @default(false)
}`,
        'src/auth.js': `import jwt from 'jsonwebtoken';
export function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}
export function requireAgent(req, res, next) {
  if (req.user?.role !== 'agent') return res.status(403).json({ error: 'Forbidden' });
  next();
}`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth, requireAgent } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/tickets/:id', requireAuth, async (req, res) => {
  const ticket = await prisma.ticket.findFirst({
    where: { id: req.params.id, requesterId: req.user.id },
    include: { messages: { orderBy: { id: 'asc' } } },
  });
  if (!ticket) return res.status(404).json({ error: 'Not found' });
  res.json(ticket);
});
app.listen(3000);`,
      },
    },
    {
      name: "hono + memory store: a user search whose mapped results (in a local) carry other users' e-mails",
      endpoint: 'GET /api/users/search',
      files: {
        'src/index.js': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
const users = [{ id: 1, username: 'alice', displayName: 'Alice', email: 'alice@example.com' }];
const app = new Hono();
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET, alg: 'HS256' }));
app.get('/api/users/search', (c) => {
  const q = (c.req.query('q') || '').toLowerCase();
  const matches = users
    .filter((u) => q && u.username.includes(q))
    .map((u) => ({ id: u.id, username: u.username, email: u.email }));
  return c.json(matches);
});
export default app;`,
      },
    },
    {
      name: 'express + prisma: findMany users sent whole (passwordHash in schema)',
      endpoint: 'GET /users',
      files: {
        'prisma/schema.prisma': `model User {
  id           String @id @default(cuid())
  email        String @unique
  name         String
  passwordHash String
}`,
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/users', requireAuth, async (req, res) => {
  const users = await prisma.user.findMany();
  res.json(users);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: the caller's own user document with password",
      endpoint: 'GET /me',
      files: {
        'src/models/user.js': `import mongoose from 'mongoose';
const schema = new mongoose.Schema({ email: String, name: String, password: String, resetToken: String });
export const User = mongoose.model('User', schema);`,
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { User } from './models/user.js';
import { requireAuth } from './auth.js';
const app = express();
app.get('/me', requireAuth, async (req, res) => {
  const user = await User.findById(req.user.id);
  res.json(user);
});
app.listen(3000);`,
      },
    },
    {
      name: 'koa + sequelize: findAll users with password column',
      endpoint: 'GET /members',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import koaJwt from 'koa-jwt';
import { Sequelize, DataTypes } from 'sequelize';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const User = sequelize.define('User', { email: DataTypes.STRING, name: DataTypes.STRING, password: DataTypes.STRING });
const app = new Koa();
app.use(koaJwt({ secret: process.env.JWT_SECRET }));
const router = new Router();
router.get('/members', async (ctx) => {
  ctx.body = await User.findAll();
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'fastify + pg: INSERT ... RETURNING * answers with password_hash',
      endpoint: 'POST /register',
      files: {
        'db/schema.sql': `CREATE TABLE users (
  id SERIAL PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL
);`,
        'src/server.js': `import Fastify from 'fastify';
import bcrypt from 'bcrypt';
import pg from 'pg';
const pool = new pg.Pool();
const fastify = Fastify();
fastify.post('/register', async (request, reply) => {
  const hash = await bcrypt.hash(String(request.body.password), 12);
  const { rows } = await pool.query('INSERT INTO users (email, password_hash) VALUES ($1, $2) RETURNING *', [String(request.body.email), hash]);
  return reply.code(201).send(rows[0]);
});
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'hono + drizzle: select() of users table with passwordHash',
      endpoint: 'GET /api/users',
      files: {
        'src/db.ts': `import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, serial, text } from 'drizzle-orm/pg-core';
export const users = pgTable('users', { id: serial('id').primaryKey(), email: text('email'), passwordHash: text('password_hash') });
export const db = drizzle(process.env.DATABASE_URL!);`,
        'src/index.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { db, users } from './db';
const app = new Hono();
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET! }));
app.get('/api/users', async (c) => {
  const rows = await db.select().from(users);
  return c.json(rows);
});
export default app;`,
      },
    },
    {
      name: 'next.js app router + prisma: user returned by findUnique',
      endpoint: 'GET /api/users/[id]',
      files: {
        'prisma/schema.prisma': `model User {
  id           String @id @default(cuid())
  email        String @unique
  passwordHash String
}`,
        'auth.ts': `import NextAuth from 'next-auth';
export const { auth, handlers } = NextAuth({ providers: [] });`,
        'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'app/api/users/[id]/route.ts': `import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { id } = await params;
  const user = await prisma.user.findUnique({ where: { id } });
  return NextResponse.json(user);
}`,
        'tsconfig.json': `{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } } }`,
      },
    },
    {
      name: 'nestjs + mongoose: ratings populated with the rater, a `ref` to the User schema that holds a one-time code',
      endpoint: 'GET /drivers/{driverId}/ratings',
      files: {
        'src/schemas.ts': `import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';
@Schema()
export class User { @Prop() name: string; @Prop() email: string; @Prop() phoneOtp: string; }
export const UserSchema = SchemaFactory.createForClass(User);
@Schema()
export class Rating {
  @Prop({ type: Types.ObjectId, ref: 'User' }) rater: Types.ObjectId;
  @Prop({ type: Types.ObjectId, ref: 'User' }) ratee: Types.ObjectId;
  @Prop() stars: number;
}
export const RatingSchema = SchemaFactory.createForClass(Rating);`,
        'src/ratings.service.ts': `import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Rating } from './schemas';
@Injectable()
export class RatingsService {
  constructor(@InjectModel(Rating.name) private readonly ratingModel: Model<Rating>) {}
  listForDriver(driverId: string) {
    return this.ratingModel.find({ ratee: driverId }).populate('rater').sort({ _id: -1 }).limit(50).lean();
  }
}`,
        'src/ratings.controller.ts': `import { Controller, Get, Param } from '@nestjs/common';
import { RatingsService } from './ratings.service';
@Controller('drivers')
export class RatingsController {
  constructor(private readonly ratings: RatingsService) {}
  @Get(':driverId/ratings')
  forDriver(@Param('driverId') driverId: string) {
    return this.ratings.listForDriver(driverId);
  }
}`,
      },
    },
    {
      name: 'koa + pg: a published issue read with `SELECT i.*`, typed by the `IssueRow` interface that holds editor notes',
      endpoint: 'GET /api/issues/{id}',
      files: {
        'src/issues.repo.ts': `import { Pool } from 'pg';
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export interface IssueRow { id: string; title: string; body_html: string; status: string; editor_notes: string | null; }
export async function findPublished(id: string) {
  const { rows } = await pool.query<IssueRow>("SELECT i.* FROM issues i WHERE i.id = $1 AND i.status = 'published'", [id]);
  return rows[0] ?? null;
}`,
        'src/app.ts': `import Koa from 'koa';
import Router from '@koa/router';
import { findPublished } from './issues.repo';
const app = new Koa();
const router = new Router({ prefix: '/api' });
router.get('/issues/:id', async (ctx) => {
  const issue = await findPublished(ctx.params.id);
  if (!issue) return ctx.throw(404, 'Issue not found');
  ctx.body = issue;
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: the populated students picked into the answer (`students: course.students`) carry their reset tokens',
      endpoint: 'GET /courses/{id}/roster',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/models.js': `import mongoose, { Schema } from 'mongoose';
export const User = mongoose.model('User', new Schema({ name: String, email: String, resetToken: String, passwordHash: { type: String, select: false } }));
export const Course = mongoose.model('Course', new Schema({ name: String, teacher: { type: Schema.Types.ObjectId, ref: 'User' }, students: [{ type: Schema.Types.ObjectId, ref: 'User' }] }));`,
        'src/app.js': `import express from 'express';
import { Course } from './models.js';
import { requireAuth } from './auth.js';
const app = express();
app.get('/courses/:id/roster', requireAuth, async (req, res) => {
  const course = await Course.findOne({ _id: req.params.id, teacher: req.user.id }).populate('students').lean();
  if (!course) return res.status(404).json({ error: 'Not found' });
  res.json({ id: course._id, name: course.name, students: course.students });
});
app.listen(3000);`,
      },
    },
    {
      name: "express + pg: staff read a guest's whole profile row, identity document number included",
      endpoint: 'GET /staff/guests/{guestId}',
      files: {
        'db/schema.sql': `create table profiles (id uuid primary key, email text not null, first_name text, id_document_number text, internal_notes text);`,
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import pg from 'pg';
import { requireAuth } from './auth.js';
const db = new pg.Pool();
const app = express();
const requireStaff = (req, res, next) => (req.user.role === 'staff' ? next() : res.status(403).json({ error: 'Forbidden' }));
app.get('/staff/guests/:guestId', requireAuth, requireStaff, async (req, res) => {
  const { rows } = await db.query('SELECT * FROM profiles WHERE id = $1', [req.params.guestId]);
  res.json({ guest: rows[0] });
});
app.listen(3000);`,
      },
    },
    {
      name: "koa + drizzle: `select()` with `innerJoin(users, …)`: each member row carries the user's password hash",
      endpoint: 'GET /fleets/{fleetId}/members',
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
router.get('/members', async (ctx) => {
  const fleetId = await assertFleetMember(ctx);
  const rows = await db.select().from(memberships).innerJoin(users, eq(memberships.userId, users.id)).where(eq(memberships.fleetId, fleetId));
  ctx.body = rows.map(({ memberships: membership, users: user }) => ({ ...membership, user }));
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: the whole invoice to billing contacts (no role), a customer view to everyone else',
      endpoint: 'GET /invoices/:id',
      files: invoiceViewApp('isBillingContact(req.user) ? invoice : toCustomerView(invoice)'),
    },
  ],
  valid: [
    {
      name: 'express + prisma: the organisation sent with a column list that leaves its Stripe secret key out',
      endpoint: 'GET /orgs/:orgId',
      files: orgSettingsApp('{ where: { id: req.params.orgId }, select: { id: true, name: true, currency: true } }'),
    },
    {
      name: "next.js pages + prisma: a helper that reads a revoked-token row only to refuse (`return 'Your session has expired'`) hands back no row",
      endpoint: 'ALL /api/v1/users/me',
      files: verifyTokenApp("return 'Your session has expired, please log in again.'"),
    },
    {
      name: "express + mongoose: members populated with their user as documents, which the User schema's toJSON transform serialises",
      endpoint: 'GET /groups/:groupId/members',
      files: leanMembersApp("res.json(await Membership.find({ group: req.params.groupId }).populate('user'));"),
    },
    {
      name: 'express + mongoose: `.lean()` users mapped to their public fields (`users.map((u) => ({ id: u._id, name: u.name }))`)',
      endpoint: 'GET /groups/:groupId/members',
      files: leanMembersApp(`const rows = await Membership.find({ group: req.params.groupId });
  const users = await User.find({ _id: { $in: rows.map((m) => m.user) } }).lean();
  res.json({ members: users.map((u) => ({ id: u._id, name: u.name })) });`),
    },
    {
      name: 'nestjs + sequelize: the injected model\u2019s row mapped to its public fields',
      endpoint: 'GET /orgs/:orgId',
      files: nestInjectedOrgApp('{ id: org.id, name: org.name }'),
    },
    {
      name: 'hono + supabase: a public department page embedding its staff\u2019s names only (`staff:profiles(display_name)`)',
      endpoint: 'GET /departments/:id',
      files: departmentStaffApp('staff:profiles(display_name)'),
    },
    {
      name: "koa + typeorm: the data source's raw statement names its columns",
      endpoint: 'GET /users/export',
      files: dataSourceExportApp('id, email, created_at'),
    },
    {
      name: "express + knex: the repository's `returning(['id', 'email'])` names the columns sent",
      endpoint: 'POST /staff',
      files: knexReturningApp("['id', 'email', 'role']"),
    },
    {
      name: "express sessions + pg: `req.user` kept from the repository's statement of a column-list constant (`USER_COLUMNS`), answered by `/me`",
      endpoint: 'GET /me',
      files: sessionRepoMeApp(false),
    },
    {
      name: "nestjs + sequelize-typescript: the caller's user sent whole, `@DefaultScope` excluding the password hash from every read",
      endpoint: 'GET /users/me',
      files: nestSequelizeUsersApp("@DefaultScope(() => ({ attributes: { exclude: ['passwordHash'] } }))"),
    },
    {
      name: "fastify + prisma: whole user rows serialized through the route's response schema (undeclared fields dropped)",
      endpoint: 'GET /staff',
      files: fastifyStaffApp("{ schema: { response: { 200: { type: 'array', items: staffOut } } } }, "),
    },
    {
      name: 'express + prisma: a login service answering the tokens spread beside the member mapped to a DTO',
      endpoint: 'POST /auth/login',
      files: loginServiceApp('{ ...tokens, member: toMemberDto(member) }'),
    },
    {
      name: 'hono + knex: the number of account rows a knex update changed (no `returning`) sent back',
      endpoint: 'PATCH /groups/{groupId}/members',
      files: {
        ...knexMembersApp("'u.id', 'u.display_name'"),
        'src/extra.ts': `import { Hono } from 'hono';
import knexFactory from 'knex';
const db = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
export const extra = new Hono();
extra.patch('/groups/:groupId/members', async (c) => {
  const updated = await db('users').where('group_id', c.req.param('groupId')).whereNotIn('role', ['owner']).update({ display_name: 'muted' });
  return c.json({ ok: true, updated });
});`,
      },
    },
    {
      name: "express + prisma: the same driver, compared with the caller's company first (a colleague the manager manages)",
      endpoint: 'GET /drivers/:driverId',
      files: driverProfileApp('if (!driver || driver.companyId !== req.user.companyId) return res.status(404).end();'),
    },
    {
      name: 'hono + knex: the same members with their names picked from the accounts',
      endpoint: 'GET /groups/{groupId}/members',
      files: knexMembersApp("'u.id', 'u.display_name', 'group_members.role'"),
    },
    {
      name: "hono + drizzle: members listed with the joined user's name only",
      endpoint: 'GET /api/orgs/:orgId/members',
      files: orgMembersApp('{ id: memberships.id, role: memberships.role, name: users.name }'),
    },
    {
      name: 'express + prisma: staff rows mapped to their rest less the password hash and the reset token',
      endpoint: 'GET /staff',
      files: staffApp('passwordHash, resetToken', 'toStaffView', 'resetToken String?'),
    },
    {
      name: 'express + prisma: staff rows mapped to their rest less the password hash, nothing secret left',
      endpoint: 'GET /staff',
      files: staffApp('passwordHash', 'toStaffView', 'phone String?'),
    },
    {
      name: "hono + drizzle: the door code in the column list of a route behind the front desk's role check",
      endpoint: 'GET /api/spaces',
      files: spacesApp('id: spaces.id, name: spaces.name, doorCode: spaces.doorCode', true),
    },
    {
      name: 'hono + drizzle: a public catalogue whose shared column list leaves the door code out',
      endpoint: 'GET /api/spaces',
      files: spacesApp('id: spaces.id, name: spaces.name'),
    },
    {
      name: "hono: the team's episode mapper with internal notes, behind authentication",
      endpoint: 'GET /api/shows/:showId/episodes',
      files: episodeMapperApp('/api/shows/:showId/episodes', 'auth, '),
    },
    {
      name: "hono: a public route that sends the team's mapper only to a previewer, the public one to everyone else",
      endpoint: 'GET /api/catalog/:showId/episodes',
      files: episodeMapperApp(
        '/api/catalog/:showId/episodes',
        '',
        'viewer ? c.json(episodes.map(toEpisodeDto)) : c.json(episodes.map(toPublicEpisode))',
      ),
    },
    {
      name: "express + prisma: another user's profile by id through a mapper that leaves contact data out",
      endpoint: 'GET /creators/:id',
      files: profileMapperApp('{ id: user.id, displayName: user.displayName, avatarUrl: user.avatarUrl }'),
    },
    {
      name: "express + prisma: staff verify a creator and answer with the mapper that copies the creator's e-mail",
      endpoint: 'POST /creators/:id',
      files: profileMapperApp(
        '{ id: user.id, displayName: user.displayName, email: user.email }',
        'post',
        'await prisma.user.update({ where: { id: user.id }, data: { verified: true } });',
      ),
    },
    {
      name: 'hono + mongoose: a delete that answers with the count a `deleteMany` reports (`{ deletedCount }`)',
      endpoint: 'DELETE /api/shows/:showId',
      files: {
        'src/app.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import mongoose from 'mongoose';
const Show = mongoose.model('Show', new mongoose.Schema({ title: String, owner: String }));
const Episode = mongoose.model('Episode', new mongoose.Schema({ show: String, title: String, internalNotes: String }));
const app = new Hono();
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));
app.delete('/api/shows/:showId', async (c) => {
  const show = await Show.findOneAndDelete({ _id: c.req.param('showId'), owner: c.get('jwtPayload').sub });
  if (!show) return c.json({ error: 'Not found' }, 404);
  const { deletedCount } = await Episode.deleteMany({ show: show._id });
  return c.json({ removed: show.id, episodes: deletedCount });
});
export default app;`,
      },
    },
    {
      name: "express + passport-jwt: `/me` sends req.user, loaded with picked columns by the strategy's callback",
      endpoint: 'GET /me',
      files: jwtStrategyMeApp('{ where: { id: payload.sub }, select: { id: true, email: true, name: true } }'),
    },
    {
      name: "express + prisma: a wedding guest's name read by id",
      endpoint: 'GET /guests/:id',
      files: guestApp('{ where: { id: req.params.id }, select: { id: true, firstName: true } }'),
    },
    {
      name: "next.js + prisma: the picked columns of an account answered through the project's ok(data) helper",
      endpoint: 'GET /api/members/[id]',
      files: okHelperApp('{ where: { id: params.id }, select: { id: true, name: true } }'),
    },
    {
      name: 'express + pg: the columns a visitor needs, from a statement held in a variable',
      endpoint: 'GET /trainers',
      files: trainersApp('id, name, bio'),
    },
    {
      name: 'express + mongoose: a kiosk answered without the key kiosks authenticate by',
      endpoint: 'GET /kiosks/:id',
      files: kioskApp(".select('-pairing')"),
    },
    {
      name: 'express + prisma: a project read whole by its members, whose notes the members write themselves',
      endpoint: 'GET /projects/:id',
      files: projectNotesApp(''),
    },
    {
      name: "express + prisma: a leave request answered whole to HR (a condition kept in `isHr`), without HR's note to others",
      endpoint: 'GET /leave-requests/:id',
      files: leaveRequestApp(
        'if (isHr) return res.json(request);\n  const { hrNote, ...visible } = request;\n  res.json(visible);',
      ),
    },
    {
      name: "express + knex: the caller's row read with the columns it shows (`.first('id', 'email', 'full_name')`)",
      files: knexMeApp("'id', 'email', 'full_name'"),
    },
    {
      name: "express + knex: the caller's row read with a constant list of the columns it shows (`.first(PROFILE_COLUMNS)`)",
      files: knexMeApp('PROFILE_COLUMNS'),
    },
    {
      name: "express + supabase: another volunteer's profile with the embedded person's name only (`profiles(full_name)`)",
      files: volunteerProfileApp('profiles(full_name)'),
    },
    {
      name: "koa + pg: a zone's permits to anyone, with plates only (no holder's contact columns)",
      files: zonesApp(`router.get('/zones/:zoneId/permits', async (ctx) => {
  ctx.body = await queryMany('SELECT p.id, p.plate, p.status FROM permits p WHERE p.zone_id = $1', [Number(ctx.params.zoneId)]);
});`),
    },
    {
      name: 'koa + pg: a zone read with the columns the public sees',
      files: zonesApp(`router.get('/zones/:zoneId', async (ctx) => {
  const { rows } = await pool.query('SELECT id, name, annual_fee_cents FROM zones WHERE id = $1', [Number(ctx.params.zoneId)]);
  if (!rows[0]) ctx.throw(404, 'Zone not found');
  ctx.body = rows[0];
});`),
    },
    {
      name: 'express + mongoose: the whole invoice (with `internalNotes`) to administrators only',
      files: invoiceApp("req.user.role !== 'admin'"),
    },
    {
      name: 'express + supabase: the same list behind a helper that turns away everyone but an admin (`getProfileRole(userId)` compared, then 403)',
      files: pantryApp("if (globalRole !== 'admin') throw new HttpError(403, 'Admins only');", PANTRY_STAFF_ROUTE),
    },
    {
      name: 'express + prisma: clients get their own view of the opening; the whole record goes to staff roles',
      endpoint: 'GET /api/openings/:id',
      files: openingApp(`  if (req.user.role === 'CLIENT') return res.json({ id: job.id, title: job.title });`),
    },
    {
      name: 'express + sequelize: the model query, under the default scope that hides the hash',
      endpoint: 'GET /api/admin/users',
      files: userListApp(`  res.json(await User.findAll());`),
    },
    {
      name: 'express + prisma: a show sent back whole to the owner who just created it (its staff notes are still empty)',
      endpoint: 'POST /api/shows',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'prisma/schema.prisma': `model Show {
  id            String @id @default(cuid())
  title         String
  ownerId       String
  internalNotes String?
}`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/api/shows', requireAuth, async (req, res) => {
  const show = await prisma.show.create({ data: { title: String(req.body.title), ownerId: req.user.id } });
  res.status(201).json(show);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: the staff list an admin reads, credentials left out by name (the licence numbers the desk checks stay)',
      endpoint: 'GET /api/admin/staff',
      files: staffListApp(
        `  res.json(await User.find({ role: { $in: ['staff', 'admin'] } }).select('-passwordHash -resetTokenHash').lean());`,
      ),
    },
    {
      name: "express + prisma: a service looks the e-mail up whole, then returns the repository's create with a select (what it hands back is the selected row)",
      files: layeredRegisterApp(false),
    },
    {
      name: "express + typeorm: a landlord's own property with its units' door codes (the owner hands them out)",
      files: typeormUnitsApp(`app.get('/properties/:id', requireAuth, async (req, res) => {
  const property = await ds.getRepository(Property).findOne({ where: { id: req.params.id, landlordId: req.user.id }, relations: { units: true } });
  if (!property) return res.status(404).end();
  res.json(property);
});`),
    },
    {
      name: "express + mongoose: `.select('-password')` without `.lean()`: the toJSON transform hides the reset code",
      files: mongooseUsersApp(`app.get('/admin/users', requireAuth, async (req, res) => {
  if (req.user.role !== 'admin') return res.status(403).end();
  res.json(await User.find().select('-password'));
});`),
    },
    {
      name: 'express + mongoose: a listing previewed by its token sends the token back (the client holds it already)',
      files: mongooseUsersApp(`app.get('/listings/preview', async (req, res) => {
  const listing = await Listing.findOne({ previewToken: String(req.query.token) }).select('-internalNotes').lean();
  if (!listing) return res.status(404).end();
  res.json(listing);
});`),
    },
    {
      name: "next.js + drizzle: an invite with its inviter's name only (`with: { invitedBy: { columns: { name: true } } }`)",
      files: drizzleInviteApp('{ columns: { name: true } }'),
    },
    {
      name: 'express + drizzle: the same people search picks only their id and name',
      files: {
        'package.json':
          '{ "dependencies": { "express": "4.21.0", "drizzle-orm": "0.30.0", "pg": "8.12.0", "jsonwebtoken": "9.0.0" } }',
        'src/schema.js': `import { pgTable, text } from 'drizzle-orm/pg-core';
export const users = pgTable('users', { id: text('id').primaryKey(), name: text('name'), email: text('email'), passwordHash: text('password_hash') });`,
        'src/app.js': `import express from 'express';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { ilike } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { users } from './schema.js';
const db = drizzle(new pg.Pool());
function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] }); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}
const app = express();
app.get('/users/search', requireAuth, async (req, res) => {
  const q = String(req.query.q ?? '').slice(0, 50);
  const matches = await db.select({ id: users.id, name: users.name }).from(users).where(ilike(users.name, \`%\${q}%\`)).limit(20);
  res.json(matches);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + better-sqlite3: a roster that lists players with only the display name of the user joined in',
      endpoint: 'GET /api/teams/:teamId/roster',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/playerRepo.js': `import Database from 'better-sqlite3';
const db = new Database('league.db');
export const playerRepo = {
  listRoster(teamId) {
    return db.prepare(\`SELECT p.id, p.jersey_number, u.display_name
        FROM players p JOIN users u ON u.id = p.user_id
       WHERE p.team_id = ? ORDER BY p.jersey_number\`).all(teamId);
  },
};`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { playerRepo } from './playerRepo.js';
const app = express();
app.get('/api/teams/:teamId/roster', requireAuth, (req, res) => {
  res.json({ players: playerRepo.listRoster(Number(req.params.teamId)) });
});
app.listen(3000);`,
      },
    },
    {
      name: "express + sequelize: the named scope is added to the default one (`scope('defaultScope', 'selected')`)",
      endpoint: 'GET /api/festivals/:festivalId/selections',
      files: {
        'src/models.js': `import { Sequelize, DataTypes } from 'sequelize';
export const sequelize = new Sequelize(process.env.DATABASE_URL);
const STAFF_ONLY = ['internalNotes', 'programmerScore'];
export const Submission = sequelize.define(
  'Submission',
  { title: DataTypes.STRING, festivalId: DataTypes.INTEGER, status: DataTypes.STRING, internalNotes: DataTypes.TEXT, programmerScore: DataTypes.INTEGER },
  { defaultScope: { attributes: { exclude: STAFF_ONLY } }, scopes: { selected: { where: { status: 'selected' } } } },
);`,
        'src/app.js': `import express from 'express';
import { Submission } from './models.js';
const app = express();
app.get('/api/festivals/:festivalId/selections', async (req, res) => {
  res.json(await Submission.scope('defaultScope', 'selected').findAll({ where: { festivalId: Number(req.params.festivalId) } }));
});
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: a row presented through a view class's factory (`AppointmentView.from(row)`)",
      endpoint: 'GET /api/appointments/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/view.js': `export class AppointmentView {
  static from(row) {
    const view = new AppointmentView();
    view.id = row.id;
    view.startsAt = row.startsAt;
    view.status = row.status;
    return view;
  }
}
export class AppointmentResponse {
  constructor(row) {
    this.id = row.id;
    this.startsAt = row.startsAt;
  }
}`,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
import { AppointmentView, AppointmentResponse } from './view.js';
const Appointment = mongoose.model('Appointment', new mongoose.Schema({ owner: String, startsAt: Date, status: String, internalNotes: String }));
const app = express();
app.get('/api/appointments/:id', requireAuth, async (req, res) => {
  const row = await Appointment.findOne({ _id: req.params.id, owner: req.user.id });
  if (!row) return res.status(404).json({ error: 'Not found' });
  res.json(AppointmentView.from(row));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: a row presented through a response class (`new AppointmentResponse(row)`)',
      endpoint: 'GET /api/appointments/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/view.js': `export class AppointmentView {
  static from(row) {
    const view = new AppointmentView();
    view.id = row.id;
    view.startsAt = row.startsAt;
    view.status = row.status;
    return view;
  }
}
export class AppointmentResponse {
  constructor(row) {
    this.id = row.id;
    this.startsAt = row.startsAt;
  }
}`,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
import { AppointmentView, AppointmentResponse } from './view.js';
const Appointment = mongoose.model('Appointment', new mongoose.Schema({ owner: String, startsAt: Date, status: String, internalNotes: String }));
const app = express();
app.get('/api/appointments/:id', requireAuth, async (req, res) => {
  const row = await Appointment.findOne({ _id: req.params.id, owner: req.user.id });
  if (!row) return res.status(404).json({ error: 'Not found' });
  res.json(new AppointmentResponse(row));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: a service returns `{ user, token }`; the token is sent and the user only through a mapper',
      files: {
        'src/models.js': `import mongoose, { Schema } from 'mongoose';
export const User = mongoose.model('User', new Schema({ email: String, passwordHash: String, firstName: String }));`,
        'src/auth.service.js': `import jwt from 'jsonwebtoken';
import bcrypt from 'bcrypt';
import { User } from './models.js';
export async function register(input) {
  const user = await User.create({ email: input.email, passwordHash: await bcrypt.hash(input.password, 12), firstName: input.firstName });
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
  return { user, token };
}`,
        'src/app.js': `import express from 'express';
import rateLimit from 'express-rate-limit';
import { register } from './auth.service.js';
const toProfile = (u) => ({ id: String(u._id), email: u.email, firstName: u.firstName });
const app = express();
app.use(express.json());
app.post('/auth/register', rateLimit({ windowMs: 60000, max: 5 }), async (req, res) => {
  const { user, token } = await register(req.body);
  res.status(201).json({ token, user: toProfile(user) });
});
app.listen(3000);`,
      },
    },
    {
      name: 'koa + drizzle: the same join with a column list',
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
router.get('/members', async (ctx) => {
  const fleetId = await assertFleetMember(ctx);
  ctx.body = await db.select({ id: memberships.id, role: memberships.role, name: users.name }).from(memberships).innerJoin(users, eq(memberships.userId, users.id)).where(eq(memberships.fleetId, fleetId));
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: the same roster populated with a field list',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/models.js': `import mongoose, { Schema } from 'mongoose';
export const User = mongoose.model('User', new Schema({ name: String, email: String, resetToken: String, passwordHash: { type: String, select: false } }));
export const Course = mongoose.model('Course', new Schema({ name: String, teacher: { type: Schema.Types.ObjectId, ref: 'User' }, students: [{ type: Schema.Types.ObjectId, ref: 'User' }] }));`,
        'src/app.js': `import express from 'express';
import { Course } from './models.js';
import { requireAuth } from './auth.js';
const app = express();
app.get('/courses/:id/roster', requireAuth, async (req, res) => {
  const course = await Course.findOne({ _id: req.params.id, teacher: req.user.id }).populate('students', 'name').lean();
  if (!course) return res.status(404).json({ error: 'Not found' });
  res.json({ id: course._id, name: course.name, students: course.students });
});
app.listen(3000);`,
      },
    },
    {
      name: 'koa + pg: the same issue read with a column list that leaves the editor notes out',
      files: {
        'src/issues.repo.ts': `import { Pool } from 'pg';
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export interface IssueRow { id: string; title: string; body_html: string; status: string; editor_notes: string | null; }
export async function findPublished(id: string) {
  const { rows } = await pool.query<IssueRow>("SELECT i.id, i.title, i.body_html FROM issues i WHERE i.id = $1 AND i.status = 'published'", [id]);
  return rows[0] ?? null;
}`,
        'src/app.ts': `import Koa from 'koa';
import Router from '@koa/router';
import { findPublished } from './issues.repo';
const app = new Koa();
const router = new Router({ prefix: '/api' });
router.get('/issues/:id', async (ctx) => {
  const issue = await findPublished(ctx.params.id);
  if (!issue) return ctx.throw(404, 'Issue not found');
  ctx.body = issue;
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'mongoose: trips populated with the vehicle, a `ref` to a schema without secrets',
      files: {
        'src/models.js': `import mongoose, { Schema } from 'mongoose';
export const Vehicle = mongoose.model('Vehicle', new Schema({ plate: String, make: String, seats: Number }));
export const Trip = mongoose.model('Trip', new Schema({ car: { type: Schema.Types.ObjectId, ref: 'Vehicle' }, from: String, to: String }));`,
        'src/app.js': `import express from 'express';
import { Trip } from './models.js';
const app = express();
app.get('/trips', async (req, res) => {
  res.json(await Trip.find({}).populate('car').limit(50));
});
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: the same rows behind `requireRole('teacher')`: the notes reach the staff who write them",
      endpoint: 'GET /api/v1/students/:studentId/grades',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/roles.js': `export const requireRole = (role) => (req, res, next) =>
  req.user?.role === role ? next() : res.status(403).json({ error: 'Forbidden' });`,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
import { requireRole } from './roles.js';
const Grade = mongoose.model('Grade', new mongoose.Schema({ student: { type: mongoose.Types.ObjectId, ref: 'User' }, points: Number, feedback: String, teacherNote: String }));
const app = express();
app.get('/api/v1/students/:studentId/grades', requireAuth, requireRole('teacher'), async (req, res) => {
  res.json(await Grade.find({ student: req.user.studentId }).lean());
});
app.listen(3000);`,
      },
    },
    {
      name: "next.js + supabase: the same list embedding only the landlord's name",
      endpoint: 'GET /api/leases',
      files: {
        'supabase/migrations/0001_init.sql': `create table public.profiles (
  id uuid primary key,
  full_name text,
  email text,
  phone text,
  internal_notes text,
  stripe_customer_id text
);
create table public.leases (
  id uuid primary key,
  tenant_id uuid references public.profiles (id),
  landlord_id uuid references public.profiles (id),
  monthly_rent_cents int
);`,
        'lib/admin.ts': `import { createClient } from '@supabase/supabase-js';
export const supabaseAdmin = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);`,
        'app/api/leases/route.ts': `import { NextResponse } from 'next/server';
import { supabaseAdmin } from '../../../lib/admin';
import { requireUser } from '../../../lib/auth';
export async function GET() {
  const user = await requireUser();
  const { data } = await supabaseAdmin
    .from('leases')
    .select('id, monthly_rent_cents, landlord:profiles!leases_landlord_id_fkey(id, full_name)')
    .eq('tenant_id', user.id);
  return NextResponse.json({ leases: data });
}`,
        'lib/auth.ts': `import { createServerClient } from '@supabase/ssr';
import { cookies } from 'next/headers';
export async function requireUser() {
  const store = await cookies();
  const supabase = createServerClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!, { cookies: { getAll: () => store.getAll(), setAll: () => {} } });
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Response('Unauthorized', { status: 401 });
  return user;
}`,
      },
    },
    {
      name: 'express + mongoose: the listing the caller just created comes back with its own preview token',
      endpoint: 'POST /listings',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/models.js': `import mongoose, { Schema } from 'mongoose';
export const Listing = mongoose.model('Listing', new Schema({ title: String, rent: Number, landlordId: String, previewToken: String }));`,
        'src/app.js': `import express from 'express';
import { randomBytes } from 'node:crypto';
import { requireAuth } from './auth.js';
import { Listing } from './models.js';
const app = express();
app.use(express.json());
app.post('/listings', requireAuth, async (req, res) => {
  const listing = await Listing.create({
    title: String(req.body.title),
    rent: Number(req.body.rent),
    landlordId: req.user.id,
    previewToken: randomBytes(18).toString('base64url'),
  });
  res.status(201).json(listing);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: the same loader returns picked fields of the landlord',
      endpoint: 'GET /landlords/:id',
      files: {
        'src/models.js': `import mongoose, { Schema } from 'mongoose';
export const User = mongoose.model('User', new Schema({ name: String, email: String, passwordHash: String, role: String }));`,
        'src/profiles.js': `import { User } from './models.js';
export async function publicProfile(id) {
  const landlord = await User.findOne({ _id: id, role: 'landlord' }).lean();
  if (!landlord) return null;
  return { id: String(landlord._id), name: landlord.name };
}`,
        'src/app.js': `import express from 'express';
import { publicProfile } from './profiles.js';
const app = express();
app.get('/landlords/:id', async (req, res) => {
  const profile = await publicProfile(req.params.id);
  if (!profile) return res.status(404).json({ error: 'Not found' });
  res.json(profile);
});
app.listen(3000);`,
      },
    },
    {
      name: "nestjs + mongoose: the @Schema decorator's toJSON transform deletes the password hash",
      endpoint: 'GET /users/me',
      files: {
        'src/user.schema.ts': `import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
@Schema({ toJSON: { transform: (_doc: unknown, ret: Record<string, unknown>) => { delete ret.passwordHash; return ret; } } })
export class User {
  @Prop() email: string;
  @Prop() name: string;
  @Prop() passwordHash: string;
}
export const UserSchema = SchemaFactory.createForClass(User);`,
        'src/auth.controller.ts': `import { Controller, Get, Injectable, NotFoundException, Req, UseGuards } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { AuthGuard } from '@nestjs/passport';
import { Model } from 'mongoose';
import { User } from './user.schema';
@Injectable()
export class UsersService {
  constructor(@InjectModel(User.name) private readonly userModel: Model<User>) {}
  async me(id: string) {
    const user = await this.userModel.findById(id);
    if (!user) throw new NotFoundException();
    return user;
  }
}
@Controller('users')
@UseGuards(AuthGuard('jwt'))
export class UsersController {
  constructor(private readonly users: UsersService) {}
  @Get('me')
  one(@Req() req: { user: { id: string } }) {
    return this.users.me(req.user.id);
  }
}`,
      },
    },
    {
      name: 'express + mongoose: the whole row with `staffNotes` only in the staff branch of a service; applicants get a view',
      endpoint: 'GET /applications/:id',
      files: applicationsApp("user.role === 'staff' || user.role === 'admin'"),
    },
    {
      name: "express + mongoose: the whole row only in the branch for one role of the shelter's (`reviewer` of the caller's shelter) while everyone else gets a view: who sees what was chosen",
      files: applicationsApp("user.role === 'reviewer' && user.shelterId"),
    },
    {
      name: 'hono + mongoose: a podcaster lists their own shows, with the private feed token they subscribe with',
      endpoint: 'GET /studio/shows',
      files: {
        'src/models.ts': `import mongoose from 'mongoose';
const showSchema = new mongoose.Schema({
  title: String,
  owner: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
  privateFeedToken: String,
});
export const Show = mongoose.model('Show', showSchema);`,
        'src/app.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { Show } from './models';
const app = new Hono();
app.use('/studio/*', jwt({ secret: process.env.JWT_SECRET! }));
app.get('/studio/shows', async (c) => {
  const { sub } = c.get('jwtPayload');
  const shows = await Show.find({ owner: sub }).lean();
  return c.json({ shows });
});
export default app;`,
      },
    },
    {
      name: "express + better-sqlite3: the members' joined user rows with named columns only",
      endpoint: 'GET /household/members',
      files: householdMembersApp('u.id, u.display_name'),
    },
    {
      name: 'express + passport: `deserializeUser` selects the public columns, and `/me` answers `req.user`',
      endpoint: 'GET /api/v1/auth/me',
      files: passportSqliteApp('SELECT id, email, display_name FROM users WHERE id = ?'),
    },
    {
      name: 'express + prisma: sign-in selects the password hash to compare it, and answers with a few fields',
      endpoint: 'POST /api/v1/auth/login',
      files: {
        'src/app.js': `import express from 'express';
import bcrypt from 'bcrypt';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const userSelect = { id: true, email: true, passwordHash: true };
const app = express();
app.use(express.json());
app.post('/api/v1/auth/login', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email) }, select: userSelect });
  if (!user || !(await bcrypt.compare(String(req.body.password), user.passwordHash))) return res.status(401).end();
  res.json({ user: { id: user.id, email: user.email } });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + sequelize: the default scope excludes the secrets, named through a constant',
      endpoint: 'GET /api/v1/admin/users',
      files: {
        'src/models.js': SEQUELIZE_USER_WITH_SCOPE,
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { User } from './models.js';
const app = express();
const adminOnly = (req, res, next) => (req.user.role === 'admin' ? next() : res.status(403).end());
app.get('/api/v1/admin/users', requireAuth, adminOnly, async (req, res) => {
  res.json(await User.findAll({ order: [['createdAt', 'DESC']] }));
});
app.listen(3000);`,
      },
    },
    {
      name: 'nestjs + typeorm: the joined patient is narrowed by select',
      endpoint: 'GET /billing/mine',
      files: nestTypeormApp(`  @Get('mine')
  @Roles('patient')
  mine(@CurrentUser() user: { patientId: string }) {
    return this.invoices.find({
      where: { patientId: user.patientId },
      relations: { patient: true },
      select: { id: true, amountCents: true, patient: { id: true, name: true } },
    });
  }`),
    },
    {
      name: 'next.js pages + mongoose: the nested shop owner is populated with its name only',
      endpoint: 'GET /api/products/{id}',
      files: {
        'package.json': '{ "dependencies": { "next": "14.0.0", "mongoose": "8.0.0", "jsonwebtoken": "9.0.0" } }',
        'lib/models.ts': NEXT_PAGES_MONGOOSE_MODELS,
        'pages/api/products/[id].ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { Product } from '../../../lib/models';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') return res.status(405).end();
  const product = await Product.findOne({ _id: String(req.query.id) })
    .populate({ path: 'shop', select: 'name owner', populate: { path: 'owner', select: 'name' } })
    .lean();
  if (!product) return res.status(404).json({ error: 'Not found' });
  return res.status(200).json({ product });
}`,
      },
    },
    {
      name: 'express + mongoose: a social login answers with the signed-in user (the person looked up is the caller)',
      files: {
        'src/app.js': `const express = require('express');
const mongoose = require('mongoose');
const User = mongoose.model('User', new mongoose.Schema({ email: String, firstName: String }));
const app = express();
app.use(express.json());
app.post('/api/v1/auth/google/login', async (req, res) => {
  let user = await User.findOne({ email: String(req.body.email) });
  if (!user) user = await User.findById(String(req.body.accountId));
  if (!user) return res.status(401).json({ error: 'Unknown account' });
  res.json(user);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + sequelize: the included landlord limited to named attributes',
      files: {
        'src/models.js': `const { DataTypes, Sequelize } = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);
const User = sequelize.define('User', { email: DataTypes.STRING, passwordHash: DataTypes.STRING });
const Property = sequelize.define('Property', { title: DataTypes.STRING, status: DataTypes.STRING, landlordId: DataTypes.INTEGER });
Property.belongsTo(User, { as: 'landlord', foreignKey: 'landlordId' });
module.exports = { User, Property };`,
        'src/app.js': `const express = require('express');
const { User, Property } = require('./models');
const app = express();
app.get('/api/v1/properties/:id', async (req, res) => {
  const property = await Property.findOne({ where: { id: req.params.id, status: 'listed' }, attributes: ['id', 'title'], include: [{ model: User, as: 'landlord', attributes: ['id'] }] });
  if (!property) return res.status(404).end();
  res.json(property);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: a `select: false` password on a read, and a create answered with chosen fields',
      files: {
        'src/models.js': `const mongoose = require('mongoose');
const User = mongoose.model('User', new mongoose.Schema({ email: String, passwordHash: { type: String, select: false } }));
module.exports = { User };`,
        'src/app.js': `const express = require('express');
const bcrypt = require('bcrypt');
const { User } = require('./models');
const app = express();
app.use(express.json());
app.post('/api/v1/auth/register', async (req, res) => {
  const user = await User.create({ email: String(req.body.email), passwordHash: await bcrypt.hash(String(req.body.password), 12) });
  res.status(201).json({ id: user.id, email: user.email });
});
app.get('/api/v1/me', async (req, res) => {
  res.json(await User.findById(req.session.userId));
});
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: the owner's own payout settings (iban) and staff reading internal notes behind a role check",
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/models.js': `const mongoose = require('mongoose');
const Request = mongoose.model('Request', new mongoose.Schema({ tenant: String, title: String, internalNotes: String }));
const Event = mongoose.model('Event', new mongoose.Schema({ title: String, organiser: String, organiserIban: String, published: Boolean }));
const Payout = mongoose.model('Payout', new mongoose.Schema({ owner: String, iban: String, bankAccountName: String }));
module.exports = { Request, Event, Payout };`,
        'src/app.js': `const express = require('express');
const { requireAuth } = require('./auth');
const { Payout, Request } = require('./models');
const app = express();
app.get('/api/v1/me/payout', requireAuth, async (req, res) => {
  res.json(await Payout.findOne({ owner: req.user.id }));
});
app.get('/api/v1/staff/requests/:id', requireAuth, async (req, res) => {
  if (req.user.role !== 'admin') return res.status(403).end();
  res.json(await Request.findById(req.params.id));
});
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: the caller's own refills with the caller nested in",
      endpoint: 'GET /refills',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/models.js': `import mongoose from 'mongoose';
const { Schema } = mongoose;
const userSchema = new Schema({
  name: String,
  email: String,
  phone: String,
  passwordHash: { type: String, select: false },
});
export const User = mongoose.model('User', userSchema);
export const Refill = mongoose.model('Refill', new Schema({ patient: { type: Schema.Types.ObjectId, ref: 'User' }, medication: String, status: String }));`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { Refill } from './models.js';
const app = express();
app.get('/refills', requireAuth, async (req, res) => res.json(await Refill.find({ patient: req.user.sub }).populate('patient')));
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: the schema's toJSON transform drops the secrets (UserSchema.set('toJSON', …))",
      endpoint: 'GET /me',
      files: {
        'src/models.js': `import mongoose from 'mongoose';
const UserSchema = new mongoose.Schema({ email: String, name: String, passwordHash: String, resetCode: String });
UserSchema.set('toJSON', {
  transform(_doc, ret) {
    delete ret.passwordHash;
    delete ret.resetCode;
    return ret;
  },
});
export const User = mongoose.model('User', UserSchema);`,
        'src/auth.js': `import jwt from 'jsonwebtoken';
export function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { User } from './models.js';
const app = express();
app.get('/me', requireAuth, async (req, res) => res.json(await User.findById(req.user.sub)));
app.listen(3000);`,
      },
    },
    {
      name: "hono + drizzle: the owner's own album, share token included, returned after an update scoped to the owner",
      endpoint: 'PATCH /albums/:id',
      files: {
        'src/schema.ts': `import { pgTable, serial, text, integer } from 'drizzle-orm/pg-core';
export const drivers = pgTable('drivers', { id: serial('id').primaryKey(), email: text('email'), passwordHash: text('password_hash'), role: text('role') });
export const albums = pgTable('albums', { id: serial('id').primaryKey(), ownerId: integer('owner_id'), title: text('title'), shareToken: text('share_token') });`,
        'src/auth.ts': `import { createMiddleware } from 'hono/factory';
import { verify } from 'hono/jwt';
export const requireUser = createMiddleware(async (c, next) => {
  try {
    const payload = await verify(c.req.header('Authorization')?.slice(7) ?? '', process.env.JWT_SECRET!, 'HS256');
    c.set('userId', Number(payload.sub));
  } catch {
    return c.json({ error: 'Unauthorized' }, 401);
  }
  await next();
});`,
        'src/index.ts': `import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { db } from './db';
import { albums } from './schema';
import { requireUser } from './auth';
const app = new Hono();
app.use('*', requireUser);
app.patch('/albums/:id', zValidator('json', z.object({ title: z.string().max(100) })), async (c) => {
  const [updated] = await db.update(albums).set(c.req.valid('json'))
    .where(and(eq(albums.id, Number(c.req.param('id'))), eq(albums.ownerId, c.get('userId')))).returning();
  return updated ? c.json(updated) : c.json({ error: 'Not found' }, 404);
});
export default app;`,
      },
    },
    {
      name: 'express + prisma: the included messages are filtered to the public ones',
      endpoint: 'GET /tickets/:id',
      files: {
        'prisma/schema.prisma': `model Ticket {
  id          String    @id
  subject     String
  requesterId String
  messages    Message[]
}
model Message {
  id       String  @id
  ticketId String
  ticket   Ticket  @relation(fields: [ticketId], references: [id])
  body     String
  internal Boolean @default(false)
}`,
        'src/auth.js': `import jwt from 'jsonwebtoken';
export function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}
export function requireAgent(req, res, next) {
  if (req.user?.role !== 'agent') return res.status(403).json({ error: 'Forbidden' });
  next();
}`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth, requireAgent } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/tickets/:id', requireAuth, async (req, res) => {
  const ticket = await prisma.ticket.findFirst({
    where: { id: req.params.id, requesterId: req.user.id },
    include: { messages: { where: { internal: false } } },
  });
  if (!ticket) return res.status(404).json({ error: 'Not found' });
  res.json(ticket);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: agents (a role check) may read the internal notes',
      endpoint: 'GET /tickets/:id',
      files: {
        'prisma/schema.prisma': `model Ticket {
  id          String    @id
  subject     String
  requesterId String
  messages    Message[]
}
model Message {
  id       String  @id
  ticketId String
  ticket   Ticket  @relation(fields: [ticketId], references: [id])
  body     String
  internal Boolean @default(false)
}`,
        'src/auth.js': `import jwt from 'jsonwebtoken';
export function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}
export function requireAgent(req, res, next) {
  if (req.user?.role !== 'agent') return res.status(403).json({ error: 'Forbidden' });
  next();
}`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth, requireAgent } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/tickets/:id', requireAuth, requireAgent, async (req, res) => {
  const ticket = await prisma.ticket.findFirst({
    where: { id: req.params.id, requesterId: req.user.id },
    include: { messages: true },
  });
  if (!ticket) return res.status(404).json({ error: 'Not found' });
  res.json(ticket);
});
app.listen(3000);`,
      },
    },
    {
      name: 'hono + memory store: a user search that maps results to id and display name',
      endpoint: 'GET /api/users/search',
      files: {
        'src/index.js': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
const users = [{ id: 1, username: 'alice', displayName: 'Alice', email: 'alice@example.com' }];
const app = new Hono();
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET, alg: 'HS256' }));
app.get('/api/users/search', (c) => {
  const q = (c.req.query('q') || '').toLowerCase();
  const matches = users
    .filter((u) => q && u.username.includes(q))
    .map((u) => ({ id: u.id, username: u.username, displayName: u.displayName }));
  return c.json(matches);
});
export default app;`,
      },
    },
    {
      name: 'express + prisma: select only public fields',
      endpoint: 'GET /users',
      files: {
        'prisma/schema.prisma': `model User {
  id           String @id @default(cuid())
  email        String @unique
  name         String
  passwordHash String
}`,
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/users', requireAuth, async (req, res) => {
  const users = await prisma.user.findMany({ select: { id: true, name: true } });
  res.json(users);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: .select("-password -resetToken")',
      endpoint: 'GET /me',
      files: {
        'src/models/user.js': `import mongoose from 'mongoose';
const schema = new mongoose.Schema({ email: String, name: String, password: String, resetToken: String });
export const User = mongoose.model('User', schema);`,
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { User } from './models/user.js';
import { requireAuth } from './auth.js';
const app = express();
app.get('/me', requireAuth, async (req, res) => {
  const user = await User.findById(req.user.id).select('-password -resetToken');
  res.json(user);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: rest-omit of passwordHash before sending',
      endpoint: 'GET /me',
      files: {
        'prisma/schema.prisma': `model User {
  id           String @id @default(cuid())
  email        String @unique
  passwordHash String
}`,
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/me', requireAuth, async (req, res) => {
  const user = await prisma.user.findUnique({ where: { id: req.user.id } });
  const { passwordHash, ...safe } = user;
  res.json(safe);
});
app.listen(3000);`,
      },
    },
    {
      name: 'koa + sequelize: attributes list',
      endpoint: 'GET /members',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import koaJwt from 'koa-jwt';
import { Sequelize, DataTypes } from 'sequelize';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const User = sequelize.define('User', { email: DataTypes.STRING, name: DataTypes.STRING, password: DataTypes.STRING });
const app = new Koa();
app.use(koaJwt({ secret: process.env.JWT_SECRET }));
const router = new Router();
router.get('/members', async (ctx) => {
  ctx.body = await User.findAll({ attributes: ['id', 'name'] });
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: "hono + drizzle: select({ id, name }) columns (no hash; other users' e-mails would be reported)",
      endpoint: 'GET /api/users',
      files: {
        'src/db.ts': `import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, serial, text } from 'drizzle-orm/pg-core';
export const users = pgTable('users', { id: serial('id').primaryKey(), name: text('name'), email: text('email'), passwordHash: text('password_hash') });
export const db = drizzle(process.env.DATABASE_URL!);`,
        'src/index.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { db, users } from './db';
const app = new Hono();
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET! }));
app.get('/api/users', async (c) => {
  const rows = await db.select({ id: users.id, name: users.name }).from(users);
  return c.json(rows);
});
export default app;`,
      },
    },
    {
      name: 'express + prisma: records mapped to a DTO',
      endpoint: 'GET /users',
      files: {
        'prisma/schema.prisma': `model User {
  id           String @id @default(cuid())
  email        String @unique
  name         String
  passwordHash String
}`,
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
const toDto = (u) => ({ id: u.id, name: u.name });
app.get('/users', requireAuth, async (req, res) => {
  const users = await prisma.user.findMany();
  res.json(users.map(toDto));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: whole todo of the caller (no sensitive fields)',
      endpoint: 'GET /todos',
      files: {
        'prisma/schema.prisma': `model Todo {
  id     String  @id @default(cuid())
  title  String
  done   Boolean
  userId String
}`,
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/todos', requireAuth, async (req, res) => {
  res.json(await prisma.todo.findMany({ where: { userId: req.user.id } }));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: password has select:false in the schema',
      endpoint: 'GET /me',
      files: {
        'src/models/user.js': `import mongoose from 'mongoose';
const schema = new mongoose.Schema({ email: String, name: String, password: { type: String, select: false } });
export const User = mongoose.model('User', schema);`,
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { User } from './models/user.js';
import { requireAuth } from './auth.js';
const app = express();
app.get('/me', requireAuth, async (req, res) => {
  const user = await User.findById(req.user.id);
  res.json(user);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: the whole invoice to staff (`isStaff(req.user) ? … : …`), a customer view to everyone else',
      endpoint: 'GET /invoices/:id',
      files: invoiceViewApp('isStaff(req.user) ? invoice : toCustomerView(invoice)'),
    },
  ],
});
