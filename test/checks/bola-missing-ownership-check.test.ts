import { runCheckCases } from './check-tester.ts';
import {
  applicationsApp,
  draftEpisodeApp,
  EXPRESS_REQUIRE_AUTH,
  expressPrismaApp,
  GROUP_MEMBERS_APP,
  HONO_DEVICE_TELEMETRY,
  honoSupabaseApp,
  KOA_PG_REPOSITORY,
  koaOrgApp,
  labSamplesApp,
  nestTypeormApp,
  nextSessionApp,
  ORG_MEMBERSHIP,
  pantryApp,
  rideShareApp,
} from './snippets.ts';

/** Next.js + Supabase: `DELETE /api/jobs/[id]` sent with the caller's own token (`createUserClient(auth.token)`). */
const SUPABASE_JOBS: Record<string, string> = {
  'lib/supabase.ts': `import { createClient } from '@supabase/supabase-js';
export const supabaseAdmin = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);
export function createUserClient(accessToken: string) {
  return createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!, {
    global: { headers: { Authorization: \`Bearer \${accessToken}\` } },
  });
}
export async function getAuth(req: Request) {
  const token = req.headers.get('authorization')?.slice(7);
  if (!token) return null;
  const { data } = await supabaseAdmin.auth.getUser(token);
  return data.user ? { user: data.user, token } : null;
}`,
  'app/api/jobs/[id]/route.ts': `import { NextResponse } from 'next/server';
import { createUserClient, getAuth } from '../../../../lib/supabase';
export async function DELETE(req: Request, { params }: { params: { id: string } }) {
  const auth = await getAuth(req);
  if (!auth) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const supabase = createUserClient(auth.token);
  const { data } = await supabase.from('jobs').delete().eq('id', params.id).select('id');
  if (!data?.length) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return new NextResponse(null, { status: 204 });
}`,
};

/** Koa + Prisma: episodes of a show, guarded by a helper that looks up the caller's membership of a show. */
const showEpisodesApp = (routes: string, prefix = '/api/v1/episodes') => ({
  'src/db.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
  'src/team.ts': `import createHttpError from 'http-errors';
import { prisma } from './db';
export async function assertShowRole(showId: string, userId: string, allowed = ['owner', 'editor']) {
  const membership = await prisma.showMember.findUnique({ where: { showId_userId: { showId, userId } }, select: { role: true } });
  if (!membership) throw createHttpError(404, 'Show not found');
  if (!allowed.includes(membership.role)) throw createHttpError(403, 'Not allowed');
  return membership;
}`,
  'src/app.ts': `import Router from '@koa/router';
import Koa from 'koa';
import createHttpError from 'http-errors';
import { prisma } from './db';
import { assertShowRole } from './team';
const app = new Koa();
const router = new Router({ prefix: '${prefix}' });
router.use(async (ctx, next) => {
  if (!ctx.session?.userId) ctx.throw(401, 'Sign in first');
  ctx.state.user = { id: ctx.session.userId };
  await next();
});
${routes}
app.use(router.routes());
app.listen(3000);`,
});

/** Express + Prisma: projects owned by users, tasks in projects; `loadOwnedProject` finds the caller's project or 404s. */
function projectTasksApp(route: string): Record<string, string> {
  return {
    'package.json': '{ "dependencies": { "express": "4.21.0", "@prisma/client": "5.0.0", "jsonwebtoken": "9.0.0" } }',
    'prisma/schema.prisma': `model User {
  id       String    @id
  role     String
  projects Project[]
}
model Project {
  id      String @id
  ownerId String
  owner   User   @relation(fields: [ownerId], references: [id])
  tasks   Task[]
}
model Task {
  id        String  @id
  title     String
  projectId String
  project   Project @relation(fields: [projectId], references: [id])
}`,
    'src/app.js': `import express from 'express';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] }); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}
const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());
async function loadOwnedProject(id, user) {
  const project = await prisma.project.findFirst({ where: { id, ownerId: user.id } });
  if (!project) throw Object.assign(new Error('Not found'), { status: 404 });
  return project;
}
const app = express();
app.use(express.json());
${route}
app.listen(3000);`,
  };
}

/**
 * A task read by its id, then its project loaded by the task's `projectId` through a helper; `check` is what the
 * helper does with the project before handing it back.
 */
const taskByParentHelper = (check: string) =>
  projectTasksApp(`async function loadProject(id, user) {
  const project = await prisma.project.findUnique({ where: { id } });
  if (!project) throw Object.assign(new Error('Not found'), { status: 404 });
  ${check}
  return project;
}
app.get('/tasks/:id', requireAuth, async (req, res) => {
  const task = await prisma.task.findUnique({ where: { id: req.params.id }, select: { id: true, title: true, projectId: true } });
  if (!task) return res.status(404).end();
  await loadProject(task.projectId, req.user);
  res.json(task);
});`);

/** Koa + pg: an application inserted with the columns of the row the variant builds (`Object.keys(row)`). */
const insertRowApp = (row: string) => ({
  ...KOA_PG_REPOSITORY,
  'src/applications.ts': `import { pool } from './db';
export async function createApplication(residentId: number, payload: Record<string, unknown>) {
  const row: Record<string, unknown> = ${row};
  const columns = Object.keys(row);
  const placeholders = columns.map((_, i) => \`$\${i + 1}\`);
  const { rows } = await pool.query(
    \`INSERT INTO permit_applications (\${columns.join(', ')}) VALUES (\${placeholders.join(', ')}) RETURNING id, status\`,
    Object.values(row),
  );
  return rows[0];
}`,
  'src/app.ts': `import Router from '@koa/router';
import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import { requireUser } from './auth';
import { createApplication } from './applications';
const app = new Koa();
const router = new Router({ prefix: '/api/v1' });
router.use(requireUser);
router.post('/applications', async (ctx) => {
  ctx.status = 201;
  ctx.body = await createApplication(ctx.state.user.id, ctx.request.body as Record<string, unknown>);
});
app.use(bodyParser());
app.use(router.routes());
app.listen(3000);`,
});

/**
 * Express + Mongoose: equipment leases of customer companies (`company` refers to the caller's `companyId` claim);
 * `routes` follow the shared list route, which scopes by the caller's company.
 */
const leasesApp = (routes: string) => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Lease = mongoose.model('Lease', new mongoose.Schema({
  company: { type: mongoose.Schema.Types.ObjectId, ref: 'Company' },
  unit: String,
  endDate: Date,
  status: String,
}));
const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());
const app = express();
app.use(express.json());
app.get('/leases/mine', requireAuth, async (req, res) => {
  res.json(await Lease.find({ company: req.user.companyId }).select('unit endDate status').lean());
});
${routes}
app.listen(3000);`,
});

/** Express + Prisma: esports matches between two teams; `findMembership(me, teamIds)` finds the caller's roster row. */
const matchesApp = (route: string) =>
  projectTasksApp(`async function findMembership(userId, teamIds) {
  const ids = teamIds.filter(Boolean);
  return prisma.player.findFirst({ where: { userId, teamId: { in: ids } }, select: { teamId: true } });
}
async function findManagedTournament(tournamentId, userId) {
  return prisma.tournament.findFirst({ where: { id: tournamentId, organiser: { ownerId: userId } }, select: { id: true } });
}
const forbidden = () => Object.assign(new Error('Forbidden'), { status: 403 });
${route}`);

/** Express + TypeORM: loans between institutions, listed for the caller's institution by the `where` the variant builds. */
const institutionLoansApp = (where: string) => ({
  'package.json': '{ "dependencies": { "express": "4.21.0", "typeorm": "0.3.20" } }',
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/entities.ts': `import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
@Entity()
export class Loan {
  @PrimaryGeneratedColumn() id!: number;
  @Column() lenderInstitutionId!: number;
  @Column() borrowerInstitutionId!: number;
  @Column() status!: string;
}`,
  'src/app.ts': `import express from 'express';
import { DataSource } from 'typeorm';
import { requireAuth } from './auth.js';
import { Loan } from './entities';
const ds = new DataSource({ type: 'postgres', entities: [Loan] });
const app = express();
app.get('/loans', requireAuth, async (req, res) => {
  const inst = req.user.institutionId;
  const statusFilter = req.query.status ? { status: String(req.query.status) } : {};
  const lending = { lenderInstitutionId: inst, ...statusFilter };
  const borrowing = { borrowerInstitutionId: inst, ...statusFilter };
  const where = ${where};
  res.json(await ds.getRepository(Loan).find({ where, select: { id: true, status: true } }));
});
app.listen(3000);`,
});

/** Express + Prisma: institutions (tenants of the app), listed behind `listGuard`, and one read by id. */
const institutionsApp = (listGuard: string) => {
  const files = projectTasksApp(`app.get('/institutions', requireAuth, ${listGuard} async (req, res) => {
  res.json(await prisma.institution.findMany({ select: { id: true, name: true, city: true } }));
});
app.get('/institutions/:id', requireAuth, async (req, res) => {
  const institution = await prisma.institution.findUnique({ where: { id: req.params.id }, select: { id: true, name: true, city: true, phone: true } });
  if (!institution) return res.status(404).end();
  res.json(institution);
});`);
  files['prisma/schema.prisma'] += `
model Institution {
  id    String @id
  name  String
  city  String
  phone String
  taxId String
}`;
  return files;
};

/** A match's lobby behind the `check` the variant writes after the match is loaded. */
const lobbyApp = (check: string) =>
  matchesApp(`app.get('/matches/:id/lobby', requireAuth, async (req, res) => {
  const match = await prisma.match.findUnique({ where: { id: req.params.id } });
  if (!match) return res.status(404).end();
  ${check}
  res.json({ serverHost: match.serverHost, serverPassword: match.serverPassword });
});`);

/** A match completed by the captain of the team `teamId` names, found to be the caller or 403. */
const confirmApp = (teamId: string) =>
  matchesApp(`app.post('/matches/:id/confirm', requireAuth, async (req, res) => {
  const match = await prisma.match.findUnique({ where: { id: req.params.id } });
  if (!match) return res.status(404).end();
  const opponentTeamId = ${teamId};
  const opponent = opponentTeamId ? await prisma.team.findUnique({ where: { id: opponentTeamId }, select: { captainId: true } }) : undefined;
  if (!opponent || opponent.captainId !== req.user.sub) throw forbidden();
  res.json(await prisma.match.update({ where: { id: match.id }, data: { status: 'completed' }, select: { id: true, status: true } }));
});`);

/** Express + Drizzle: the tasks of projects whose owner is `owner`, with conditions pushed into a list. */
const myTasksApp = (owner: string) =>
  drizzleTasksApp(`app.get('/my/tasks', requireAuth, async (req, res) => {
  const conditions = [];
  if (req.query.projectId) conditions.push(eq(tasks.projectId, String(req.query.projectId)));
  conditions.push(eq(projects.ownerId, ${owner}));
  const rows = await db.select({ id: tasks.id, title: tasks.title }).from(tasks).innerJoin(projects, eq(projects.id, tasks.projectId)).where(and(...conditions));
  res.json(rows);
});`);

/** A vote removed from a card for the user `who` names. */
const votesApp = (who: string) =>
  projectTasksApp(`app.delete('/cards/:cardId/votes', requireAuth, async (req, res) => {
  const { count } = await prisma.vote.deleteMany({ where: { cardId: req.params.cardId, userId: ${who} } });
  if (count === 0) return res.status(404).end();
  res.status(204).end();
});`);

/** A team's invitation revoked by `where` after the caller's membership of the path's team is required. */
const invitationApp = (where: string) =>
  projectTasksApp(`async function requireMembership(teamId, userId) {
  const membership = await prisma.teamMember.findFirst({ where: { teamId, userId } });
  if (!membership) throw Object.assign(new Error('Forbidden'), { status: 403 });
  return membership;
}
app.delete('/teams/:teamId/invitations', requireAuth, async (req, res) => {
  await requireMembership(req.params.teamId, req.user.sub);
  const { count } = await prisma.invitation.deleteMany({ where: ${where} });
  if (count === 0) return res.status(404).end();
  res.status(204).end();
});`);

/** A task read by id, then its project required to be the caller's by `findProjectForUser`; `before` runs first. */
const taskProjectApp = (projectArg: string, before = '') =>
  projectTasksApp(`async function findProjectForUser(user, projectId) {
  const project = await prisma.project.findFirst({ where: { id: projectId, ownerId: user.sub } });
  if (!project) throw Object.assign(new Error('Not found'), { status: 404 });
  return project;
}
app.get('/tasks/:id', requireAuth, async (req, res) => {
  ${before}
  const task = await prisma.task.findUnique({ where: { id: req.params.id } });
  if (!task) return res.status(404).end();
  await findProjectForUser(req.user, ${projectArg});
  res.json({ id: task.id, title: task.title });
});`);

/** Express + Drizzle over node-postgres: projects owned by users, tasks in projects. */
function drizzleTasksApp(route: string): Record<string, string> {
  return {
    'package.json':
      '{ "dependencies": { "express": "4.21.0", "drizzle-orm": "0.30.0", "pg": "8.12.0", "jsonwebtoken": "9.0.0" } }',
    'src/schema.js': `import { pgTable, text } from 'drizzle-orm/pg-core';
export const projects = pgTable('projects', { id: text('id').primaryKey(), ownerId: text('owner_id') });
export const tasks = pgTable('tasks', { id: text('id').primaryKey(), title: text('title'), projectId: text('project_id') });`,
    'src/app.js': `import express from 'express';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { projects, tasks } from './schema.js';
const pool = new pg.Pool();
const db = drizzle(pool);
function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] }); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}
const app = express();
app.use(express.json());
${route}
app.listen(3000);`,
  };
}

/** Express + Prisma: organisations, their members and their projects. */
function orgProjectsApp(route: string): Record<string, string> {
  return {
    'package.json': '{ "dependencies": { "express": "4.21.0", "@prisma/client": "5.0.0", "jsonwebtoken": "9.0.0" } }',
    'prisma/schema.prisma': `model Membership {
  id     String @id
  userId String
  orgId  String
  role   String
}
model Project {
  id    String @id
  name  String
  orgId String
}`,
    'src/app.js': `import express from 'express';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] }); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}
const app = express();
${route}
app.listen(3000);`,
  };
}

/** Express + Mongoose: collections that their owners can make private (`isPrivate`), with recipes in them. */
function collectionsApp(route: string): Record<string, string> {
  return {
    'package.json': '{ "dependencies": { "express": "4.21.0", "mongoose": "8.0.0" } }',
    'src/models.js': `import mongoose from 'mongoose';
export const Collection = mongoose.model('Collection', new mongoose.Schema({
  owner: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
  name: String,
  isPrivate: { type: Boolean, default: true },
  recipes: [{ type: mongoose.Schema.Types.ObjectId, ref: 'Recipe' }],
}));
export function canView(collection, userId) {
  if (!collection.isPrivate) return true;
  return String(collection.owner) === userId;
}`,
    'src/app.js': `import express from 'express';
import { Collection, canView } from './models.js';
import { requireAuth } from './auth.js';
const app = express();
${route}
app.listen(3000);`,
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
  };
}

/** Fastify + Mongoose: messages between users (`to`/`from` refer to User) and coaching sessions, behind @fastify/jwt. */
function fastifyMessagesApp(routes: string): Record<string, string> {
  return {
    'package.json': '{ "dependencies": { "fastify": "4.28.0", "@fastify/jwt": "8.0.0", "mongoose": "8.0.0" } }',
    'src/models.js': `import mongoose from 'mongoose';
const { Schema, model } = mongoose;
const ObjectId = Schema.Types.ObjectId;
export const User = model('User', new Schema({ email: String, name: String, role: String }));
export const Message = model('Message', new Schema({ from: { type: ObjectId, ref: 'User' }, to: { type: ObjectId, ref: 'User' }, body: String, readAt: Date }));
export const Session = model('Session', new Schema({ coach: { type: ObjectId, ref: 'User' }, client: { type: ObjectId, ref: 'User' }, status: String }));`,
    'src/server.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import { Message, Session } from './models.js';
const app = Fastify();
app.register(fastifyJwt, { secret: process.env.JWT_SECRET });
app.addHook('onRequest', async (request) => { await request.jwtVerify(); });
${routes}
app.listen({ port: 3000 });`,
  };
}

/** Express + Prisma, multi-tenant: callers carry a `tenantId`, and admins are admins of their own tenant. */
function tenantCustomersApp(route: string): Record<string, string> {
  return {
    'package.json': '{ "dependencies": { "express": "4.21.0", "@prisma/client": "5.0.0" } }',
    'prisma/schema.prisma': `model Customer {
  id       String @id
  tenantId String
  name     String
  gateCode String
}`,
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/policy.js': `export function assertSameTenant(user, record) {
  if (!record || record.tenantId !== user.tenantId) { const e = new Error('not found'); e.status = 404; throw e; }
  return record;
}`,
    'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
import { assertSameTenant } from './policy.js';
const prisma = new PrismaClient();
const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());
const app = express();
app.use(express.json());
app.get('/customers', requireAuth, requireRole('ADMIN'), async (req, res) => {
  res.json(await prisma.customer.findMany({ where: { tenantId: req.user.tenantId }, select: { id: true, name: true } }));
});
${route}
app.listen(3000);`,
  };
}

/** Express + Drizzle: an org owner (proven by a helper) changes a membership by `where(<variant>)`. */
function orgMembershipUpdateApp(variant: string): Record<string, string> {
  return {
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/schema.js': `import { pgTable, serial, integer, text } from 'drizzle-orm/pg-core';
export const memberships = pgTable('memberships', { id: serial('id'), userId: integer('user_id'), orgId: integer('org_id'), role: text('role') });`,
    'src/app.js': `import express from 'express';
import { drizzle } from 'drizzle-orm/node-postgres';
import { and, eq } from 'drizzle-orm';
import { requireAuth } from './auth.js';
import { memberships } from './schema.js';
const db = drizzle(process.env.DATABASE_URL);
async function requireOrgRole(userId, orgId) {
  const [m] = await db.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)));
  if (!m || m.role !== 'owner') throw Object.assign(new Error('forbidden'), { status: 403 });
}
const app = express();
app.use(express.json());
app.patch('/orgs/:orgId/members/:memberId', requireAuth, async (req, res) => {
  const orgId = Number(req.params.orgId);
  const memberId = Number(req.params.memberId);
  await requireOrgRole(req.user.id, orgId);
  const [member] = await db
  .update(memberships)
  .set({ role: req.body.role === 'coordinator' ? 'coordinator' : 'volunteer' })
${variant}
  .returning({ id: memberships.id, orgId: memberships.orgId, role: memberships.role });
  if (!member) return res.status(404).end();
  res.json(member);
});
app.listen(3000);`,
  };
}

/** Express + Mongoose: a booking of a vehicle, its customer and driver's name as the variant sets them. */
function vehicleBookingApp(variant: string): Record<string, string> {
  return {
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const User = mongoose.model('User', new mongoose.Schema({ name: String, email: String }));
const Vehicle = mongoose.model('Vehicle', new mongoose.Schema({ plate: String, status: String, dailyRate: Number }));
const Booking = mongoose.model('Booking', new mongoose.Schema({ customer: { type: mongoose.Schema.Types.ObjectId, ref: 'User' }, vehicle: { type: mongoose.Schema.Types.ObjectId, ref: 'Vehicle' }, driverName: String }));
const app = express();
app.use(express.json());
app.post('/bookings', requireAuth, async (req, res) => {
  const customer = await User.findById(req.user.id);
  const vehicle = await Vehicle.findOne({ _id: req.body.vehicleId, status: { $in: ['available', 'rented'] } });
  if (!vehicle) return res.status(404).end();
${variant}
  res.status(201).json({ id: booking.id });
});
app.listen(3000);`,
  };
}

/** Express + Prisma: claims listed with `where: <variant>`. */
function claimsListApp(variant: string): Record<string, string> {
  return {
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/api/claims', requireAuth, async (req, res) => {
  const policyId = typeof req.query.policyId === 'string' ? req.query.policyId : undefined;
${variant}
});
app.listen(3000);`,
  };
}

/** Express + Sequelize: a loan read by id with a filter the variant may scope. */
function loanLookupApp(variant: string): Record<string, string> {
  return {
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/app.js': `import express from 'express';
import { Sequelize, DataTypes } from 'sequelize';
import { requireAuth } from './auth.js';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const InstrumentLoan = sequelize.define('InstrumentLoan', { parentUserId: DataTypes.INTEGER, instrument: DataTypes.STRING });
const app = express();
app.get('/api/loans/:id', requireAuth, async (req, res) => {
  const where = { id: req.params.id };
${variant}
  const loan = await InstrumentLoan.findOne({ where });
  if (!loan) return res.status(404).end();
  res.json(loan);
});
app.listen(3000);`,
  };
}

/** Express + Drizzle: an org's shifts, listed after what the variant checks. */
function orgShiftsApp(variant: string): Record<string, string> {
  return {
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/schema.js': `import { pgTable, serial, integer, text } from 'drizzle-orm/pg-core';
export const memberships = pgTable('memberships', { id: serial('id'), userId: integer('user_id'), orgId: integer('org_id'), role: text('role') });
export const shifts = pgTable('shifts', { id: serial('id'), orgId: integer('org_id'), status: text('status'), title: text('title') });`,
    'src/app.js': `import express from 'express';
import { drizzle } from 'drizzle-orm/node-postgres';
import { and, eq, ne } from 'drizzle-orm';
import { requireAuth } from './auth.js';
import { memberships, shifts } from './schema.js';
const db = drizzle(process.env.DATABASE_URL);
async function requireMembership(userId, orgId) {
  const [m] = await db.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)));
  if (!m) throw Object.assign(new Error('not found'), { status: 404 });
  return m;
}
async function listShifts(orgId, includeDrafts) {
  const where = includeDrafts ? eq(shifts.orgId, orgId) : and(eq(shifts.orgId, orgId), ne(shifts.status, 'draft'));
  return db.select({ id: shifts.id, title: shifts.title }).from(shifts).where(where);
}
const app = express();
app.get('/orgs/:orgId/shifts', requireAuth, async (req, res) => {
  const orgId = Number(req.params.orgId);
${variant}
  res.json(await listShifts(orgId, isStaff));
});
app.listen(3000);`,
  };
}

/** Express + Prisma: placements listed with a company filter the variant sets. */
function placementsApp(variant: string): Record<string, string> {
  return {
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/api/placements', requireAuth, async (req, res) => {
  const where = {};
  if (req.query.status) where.status = String(req.query.status);
${variant}
  res.json(await prisma.jobOpening.findMany({ where, select: { id: true, title: true } }));
});
app.listen(3000);`,
  };
}

/** Express + Drizzle: a company's invoices, the company picked as the variant says. */
function companyInvoicesApp(variant: string): Record<string, string> {
  return {
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/schema.js': `import { pgTable, serial, integer, text } from 'drizzle-orm/pg-core';
export const companyMembers = pgTable('company_members', { id: serial('id'), userId: integer('user_id'), companyId: integer('company_id'), role: text('role') });
export const invoices = pgTable('invoices', { id: serial('id'), companyId: integer('company_id'), totalCents: integer('total_cents') });`,
    'src/app.js': `import express from 'express';
import { drizzle } from 'drizzle-orm/node-postgres';
import { eq } from 'drizzle-orm';
import { requireAuth } from './auth.js';
import { companyMembers, invoices } from './schema.js';
const db = drizzle(process.env.DATABASE_URL);
const app = express();
app.get('/api/invoices', requireAuth, async (req, res) => {
  let companyId;
${variant}
  const [membership] = await db.select({ companyId: companyMembers.companyId }).from(companyMembers).where(eq(companyMembers.userId, req.user.id));
  if (!membership) return res.json([]);
  companyId = membership.companyId;
  }
  res.json(await db.select({ id: invoices.id, totalCents: invoices.totalCents }).from(invoices).where(eq(invoices.companyId, companyId)));
});
app.listen(3000);`,
  };
}

/** Express + Prisma: a lab's samples (the caller's read is scoped to their `labId`), then the `route` the case writes. */
function labScopedSamplesApp(route: string): Record<string, string> {
  return {
    'prisma/schema.prisma': `model Sample {
  id     String @id
  labId  String
  status String
}
model User {
  id       String @id
  labId    String
  role     String
  fullName String
  email    String
}`,
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());
const app = express();
app.use(express.json());
app.get('/samples/:id', requireAuth, requireRole('technician', 'lab_manager'), async (req, res) => {
  const sample = await prisma.sample.findFirst({ where: { id: req.params.id, labId: req.user.labId }, select: { id: true, status: true } });
  if (!sample) return res.status(404).end();
  res.json(sample);
});
${route}
app.listen(3000);`,
  };
}

/** A sample's status changed by id alone, behind the route's `opening` line. */
const sampleUpdate = (opening: string) => `${opening}
  const sample = await prisma.sample.update({ where: { id: req.params.id }, data: { status: String(req.body.status) }, select: { id: true, status: true } });
  res.json(sample);
});`;

/**
 * Express + a SQL client written as tagged templates: postgres.js (`sql\`…\``), Prisma's `$queryRaw`, or Drizzle's
 * `db.execute(sql\`…\`)` — the tag binds every `${value}` as a parameter. `route` is one handler's body.
 */
const taggedSqlApp = (client: 'postgres' | 'prisma' | 'drizzle', route: string, method = 'get') => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/db.js': {
    postgres: `import postgres from 'postgres';
export const sql = postgres(process.env.DATABASE_URL);`,
    prisma: `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
    drizzle: `import { drizzle } from 'drizzle-orm/node-postgres';
export { sql } from 'drizzle-orm';
export const db = drizzle(process.env.DATABASE_URL);`,
  }[client],
  'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import * as database from './db.js';
const { sql, prisma, db } = database;
const app = express();
app.use(express.json());
app.use(requireAuth);
app.${method}('/pets/:id', async (req, res) => {
${route}
});
app.listen(3000);`,
});

/** Hono: `jwt()` verifies the bearer token for the sub-app; a helper then `decode`s the same header for the caller. */
const honoDecodedCallerApp = (auth: string) => ({
  'src/app.ts': `import { Hono, type Context } from 'hono';
import { jwt, decode } from 'hono/jwt';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const reports = new Hono();
${auth}
function caller(c: Context) {
  const token = c.req.header('Authorization')!.replace(/^Bearer\\s+/i, '');
  const { payload } = decode(token);
  return { id: payload.sub as string, orgId: payload.orgId as string };
}
reports.get('/tickets', async (c) => {
  const me = caller(c);
  const rows = await prisma.ticket.findMany({ where: { organizationId: me.orgId }, select: { id: true, subject: true } });
  return c.json(rows);
});
const app = new Hono();
app.route('/reports', reports);
export default app;`,
});

/**
 * Express + Prisma: message stats of one account, from `$queryRaw` with its `WHERE` built beforehand as a fragment;
 * the helper gets the query string's options and `account` beside them.
 */
const accountStatsApp = (account: string) => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import { PrismaClient, Prisma } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
async function statsFor(options) {
  const { period, accountId } = options;
  const where = Prisma.sql\`WHERE "accountId" = \${accountId}\`;
  return prisma.$queryRaw\`SELECT DATE_TRUNC(\${period}, date) AS p, COUNT(*)::int AS n FROM "Message" \${where} GROUP BY p\`;
}
const app = express();
app.get('/stats', requireAuth, async (req, res) => {
  res.json(await statsFor({ ...req.query, accountId: ${account} }));
});
app.listen(3000);`,
});

/** Express + postgres.js: a line of the caller's invoice removed, after the invoice and its lines were read. */
const invoiceLineApp = (withinInvoice: boolean) => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import postgres from 'postgres';
import { requireAuth } from './auth.js';
const sql = postgres(process.env.DATABASE_URL);
const app = express();
app.delete('/invoices/:id/lines/:lineId', requireAuth, async (req, res) => {
  const [invoice] = await sql\`select id, status from invoices where id = \${req.params.id} and owner_id = \${req.user.id}\`;
  if (!invoice) return res.status(404).end();
  const lines = await sql\`select id, amount from invoice_lines where invoice_id = \${invoice.id}\`;
  if (lines.length === 1) return res.status(409).json({ error: 'An invoice keeps one line' });
  await sql\`delete from invoice_lines where id = \${req.params.lineId}${withinInvoice ? ` and invoice_id = \${invoice.id}` : ''}\`;
  res.status(204).end();
});
app.listen(3000);`,
});

/**
 * Express + Prisma: a note service written as an object literal whose `rename` loads the note through its own method
 * `this.<load>` before changing it.
 */
const noteServiceApp = (load: 'findMine' | 'findById') =>
  expressPrismaApp(`const noteService = {
  async findById(id) {
    return prisma.note.findUnique({ where: { id } });
  },
  async findMine(id, userId) {
    return prisma.note.findFirst({ where: { id, userId }, select: { id: true } });
  },
  async rename(id, userId, title) {
    const note = await this.${load}(id, userId);
    if (!note) return null;
    return prisma.note.update({ where: { id }, data: { title }, select: { id: true, title: true } });
  },
};
app.put('/notes/:id', requireAuth, async (req, res) => {
  const note = await noteService.rename(req.params.id, req.user.id, String(req.body.title));
  if (!note) return res.status(404).json({ error: 'Not found' });
  res.json(note);
});`);

/**
 * Express + Prisma + CASL: a case loaded by the id the path names, then judged with the caller's ability by `check`.
 */
const caslCaseApp = (check: string) =>
  expressPrismaApp(
    `import { subject } from '@casl/ability';
import { defineAbilityFor } from './abilities.js';
app.get('/cases/:id', requireAuth, async (req, res) => {
  const found = await prisma.case.findUnique({ where: { id: req.params.id } });
  if (!found) return res.status(404).end();
  const ability = defineAbilityFor(req.user);
  if (${check}) return res.status(404).end();
  res.json({ id: found.id, title: found.title });
});`,
    {
      'src/abilities.js': `import { AbilityBuilder, createMongoAbility } from '@casl/ability';
export function defineAbilityFor(user) {
  const { can, build } = new AbilityBuilder(createMongoAbility);
  can('read', 'Case', { firmId: user.firmId });
  return build();
}`,
    },
  );

/** Express + Prisma: a trainer's notes about the client the path names, behind the trainer's package with them (`pin`). */
const trainerNotesApp = (pin: string) =>
  expressPrismaApp(`app.get('/clients/:memberId/notes', requireAuth, async (req, res) => {
  const memberId = Number(req.params.memberId);
  const pkg = await prisma.ptPackage.findFirst({ where: { ${pin}, memberId, status: 'ACTIVE' }, select: { id: true } });
  if (!pkg) return res.status(404).end();
  res.json(await prisma.ptNote.findMany({ where: { memberId }, select: { id: true, summary: true } }));
});`);

/** Express + Prisma: a record amended by a service that compares the vet `when` (before or after its update). */
const amendRecordApp = (before: boolean) =>
  expressPrismaApp(`const records = {
  async amend(id, user, text) {
    ${before ? "const current = await prisma.record.findUnique({ where: { id } });\n    if (!current || current.vetId !== user.id) { const e = new Error('Forbidden'); e.status = 403; throw e; }\n    " : ''}const record = await prisma.record.update({ where: { id }, data: { text }, select: { id: true, vetId: true } });
    ${before ? '' : "if (record.vetId !== user.id) { const e = new Error('Forbidden'); e.status = 403; throw e; }\n    "}return record;
  },
};
app.patch('/records/:id', requireAuth, async (req, res) => {
  res.json(await records.amend(req.params.id, req.user, String(req.body.text)));
});`);

/** Express + Mongoose: a listing loaded by the id the path names, changed and compared with the caller in `steps`. */
const listingSaveApp = (steps: string) => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Listing = mongoose.model('Listing', new mongoose.Schema({ seller: String, title: String, priceCents: Number }));
const app = express();
app.use(express.json());
app.patch('/listings/:id', requireAuth, async (req, res) => {
  const listing = await Listing.findById(req.params.id);
  if (!listing) return res.status(404).end();
  ${steps}
  res.json({ id: listing.id, title: listing.title });
});
app.listen(3000);`,
});

/**
 * Next.js pages + Prisma: a catch-all that hands `/purchases/{purchaseId}/receipt` on to a function with the segments;
 * the receipt is read with `where`.
 */
const catchAllReceiptApp = (where: string) => ({
  'package.json': '{ "dependencies": { "next": "14.2.0", "@prisma/client": "5.0.0", "next-auth": "4.24.0" } }',
  'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
  'pages/api/me/[...path].ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth';
import { prisma } from '../../../lib/prisma';
async function purchases(req: NextApiRequest, res: NextApiResponse, userId: string, purchaseId?: string, action?: string) {
  if (purchaseId && action === 'receipt' && req.method === 'GET') {
    const purchase = await prisma.purchase.findFirst({ where: ${where}, select: { id: true, amountCents: true } });
    if (!purchase) return res.status(404).end();
    return res.json(purchase);
  }
  return res.status(404).end();
}
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, {});
  if (!session?.user) return res.status(401).end();
  const [resource, id, action] = Array.isArray(req.query.path) ? req.query.path : [];
  if (resource === 'purchases') return purchases(req, res, session.user.id, id, action);
  return res.status(404).end();
}`,
});

/**
 * Express + Prisma: a team member removed from the show the path names, after the caller's ownership of that show is
 * checked; the member is picked by `where`.
 */
const removeTeamMemberApp = (where: string) =>
  expressPrismaApp(`app.delete('/shows/:showId/members/:memberId', requireAuth, async (req, res) => {
  const show = await prisma.show.findFirst({ where: { id: req.params.showId, ownerId: req.user.id }, select: { id: true } });
  if (!show) return res.status(404).end();
  const { count } = await prisma.show.updateMany({ where: ${where}, data: { memberCount: { decrement: 1 } } });
  await prisma.showMember.deleteMany({ where: { id: req.params.memberId, showId: show.id } });
  res.status(count ? 204 : 404).end();
});`);

/** Express + knex: invoices read through the project's base query `invoiceQuery()`, filtered with `filter`. */
const knexBaseQueryApp = (filter: string) => ({
  'package.json': '{ "dependencies": { "express": "4.19.0", "knex": "3.1.0", "pg": "8.11.0" } }',
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import knexFactory from 'knex';
import { requireAuth } from './auth.js';
const db = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const invoiceQuery = () => db('invoices as i').select('i.id', 'i.number', 'i.amount_cents');
const app = express();
app.get('/invoices/:id', requireAuth, async (req, res) => {
  const invoice = await invoiceQuery().where('i.id', req.params.id)${filter}.first();
  if (!invoice) return res.status(404).end();
  res.json(invoice);
});
app.listen(3000);`,
});

/**
 * Express + Prisma: a trip completed after a check that binds drivers only (`role === 'driver' && trip.driverId !==
 * me`); `others` is another route of the app (one that scopes by the caller's company makes it multi-tenant).
 */
const roleBoundTripApp = (others: string) =>
  expressPrismaApp(`${others}
app.post('/trips/:id/complete', requireAuth, async (req, res) => {
  const trip = await prisma.trip.findUnique({ where: { id: req.params.id }, select: { id: true, driverId: true } });
  if (!trip) return res.status(404).end();
  if (req.user.role === 'driver' && trip.driverId !== req.user.driverId) return res.status(403).end();
  await prisma.trip.update({ where: { id: trip.id }, data: { status: 'completed' } });
  res.status(204).end();
});`);

/**
 * Next.js App Router + Prisma + Auth.js: a patient's invoices, the query scoped by the session's user; `guard` is what
 * the handler does before the query.
 */
const optionalCallerApp = (guard: string, owner: string) => ({
  'package.json': '{ "dependencies": { "next": "15.0.0", "next-auth": "5.0.0-beta.25", "@prisma/client": "5.20.0" } }',
  'auth.ts': `import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
export const { handlers, auth } = NextAuth({ providers: [Credentials({ authorize: async () => null })] });`,
  'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
  'app/api/me/route.ts': `import { NextResponse } from 'next/server';
import { auth } from '@/auth';
export async function GET() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  return NextResponse.json({ id: session.user.id });
}`,
  'app/api/invoices/route.ts': `import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';
export async function GET() {
  const session = await auth();
  ${guard}
  const invoices = await prisma.invoice.findMany({ where: { patient: { userId: ${owner} } }, select: { id: true, total: true } });
  return NextResponse.json(invoices);
}`,
});

/**
 * Express + Prisma: a job endpoint that marks an e-mail account's thread done, behind `guard` (the queue's internal
 * key compared by a helper, or a user's sign-in).
 */
const internalJobApp = (guard: string) =>
  expressPrismaApp(`function secureCompare(a, b) {
  return typeof a === 'string' && typeof b === 'string' && a.length === b.length && a === b;
}
function isValidInternalApiKey(req) {
  return secureCompare(req.get('x-internal-api-key'), process.env.INTERNAL_API_KEY);
}
function withInternalKey(handler) {
  return async (req, res) => {
    if (!isValidInternalApiKey(req)) return res.status(401).end();
    return handler(req, res);
  };
}
app.post('/jobs/threads/done', ${guard}(async (req, res) => {
  const account = await prisma.emailAccount.findUnique({ where: { id: String(req.body.emailAccountId) }, select: { id: true, accessToken: true } });
  await prisma.thread.update({ where: { id: String(req.body.threadId) }, data: { done: true } });
  res.json({ ok: !!account });
}));`);

/**
 * Express + Prisma: a show's settings behind `assertShowAccess(showId, user)`, which loads the show and asks
 * `getShowRole(show, me)` (owner by comparison, or a collaborator row) — `decide` is what it does with the answer.
 */
const showRoleApp = (decide: string) =>
  expressPrismaApp(`async function getShowRole(show, userId) {
  if (show.ownerId === userId) return 'owner';
  const c = await prisma.collaborator.findFirst({ where: { showId: show.id, userId }, select: { role: true } });
  return c?.role ?? null;
}
async function assertShowAccess(showId, user) {
  const show = await prisma.show.findUnique({ where: { id: showId } });
  if (!show) { const e = new Error('Not found'); e.status = 404; throw e; }
  const role = await getShowRole(show, user.id);
  ${decide}
  return show;
}
app.get('/shows/:showId/settings', requireAuth, async (req, res) => {
  const show = await assertShowAccess(req.params.showId, req.user);
  res.json({ id: show.id, title: show.title });
});`);

/**
 * Express + Prisma: listener passes of a show behind `requireShowEditor`, a middleware that proves the caller edits the
 *  show of `:showId`; `where` picks the pass the route revokes.
 */
const showEditorApp = (where: string) =>
  expressPrismaApp(`async function requireShowEditor(req, res, next) {
  const show = await prisma.show.findFirst({ where: { id: req.params.showId, ownerId: req.user.id }, select: { id: true } });
  if (!show) return res.status(404).end();
  req.show = show;
  next();
}
app.patch('/shows/:showId/passes/:passId', requireAuth, requireShowEditor, async (req, res) => {
  await prisma.pass.updateMany({ where: ${where}, data: { status: 'revoked' } });
  res.status(204).end();
});`);

/**
 * Express + Prisma: a class created at the studio the body names, after `isStudioStaff(me, studioId)` (an equality
 * helper `sameId`) and `trainerCheck` on the trainer the body names.
 */
const studioClassApp = (trainerCheck: string) =>
  expressPrismaApp(`const sameId = (a, b) => a != null && b != null && String(a) === String(b);
function isStudioStaff(user, studioId) {
  if (user.role === 'admin') return true;
  return user.role === 'manager' && sameId(user.studioId, studioId);
}
app.post('/classes', requireAuth, async (req, res) => {
  const { studioId, trainerId, title } = req.body;
  if (!isStudioStaff(req.user, studioId)) return res.status(403).end();
  ${trainerCheck}
  const cls = await prisma.classSession.create({ data: { studioId: String(studioId), trainerId: String(trainerId), title: String(title) }, select: { id: true } });
  res.status(201).json(cls);
});`);

/**
 * Express + Prisma: an employee's leave history behind `canViewEmployee(viewer, employeeId)`, whose body is `decide`
 * (after the caller's own id, HR admins see everyone).
 */
const canViewEmployeeApp = (decide: string) =>
  expressPrismaApp(`async function canViewEmployee(viewer, employeeId) {
  const targetId = Number(employeeId);
  ${decide}
}
app.get('/employees/:id/leave-history', requireAuth, async (req, res) => {
  if (!(await canViewEmployee(req.user, req.params.id))) return res.status(404).end();
  res.json(await prisma.leaveRequest.findMany({ where: { employeeId: req.params.id }, select: { id: true, startDate: true } }));
});`);

/**
 * Express + Prisma: an organisation's projects after `findMembership(req.user, orgId)` — a helper whose body is
 * `search` — answered and its answer kept and tested.
 */
const membershipSearchApp = (search: string) =>
  expressPrismaApp(`function findMembership(user, orgId) {
  ${search}
}
app.get('/orgs/:orgId/projects', requireAuth, async (req, res) => {
  const membership = findMembership(req.user, req.params.orgId);
  if (!membership) return res.status(403).end();
  res.json(await prisma.project.findMany({ where: { orgId: req.params.orgId }, select: { id: true, name: true } }));
});`);

/**
 * Express + knex: an application read by id through a query the service builds and hands to the project's
 * `scopeApplications(query, user)`, whose body is `scope`.
 */
const knexScopeHelperApp = (scope: string) => ({
  'package.json': '{ "dependencies": { "express": "4.19.0", "knex": "3.1.0", "pg": "8.11.0" } }',
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/db.js': `import knexFactory from 'knex';
export default knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });`,
  'src/scope.js': `import db from './db.js';
export function scopeApplications(query, user) {
  ${scope}
}
export async function findApplicationForUser(id, user) {
  const query = db('applications').select('applications.id', 'applications.status').where('applications.id', id);
  return scopeApplications(query, user).first();
}`,
  'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { findApplicationForUser } from './scope.js';
const app = express();
app.get('/applications/:id', requireAuth, async (req, res) => {
  const application = await findApplicationForUser(req.params.id, req.user);
  if (!application) return res.status(404).end();
  res.json(application);
});
app.listen(3000);`,
});

/**
 * Express + Prisma: a note on a student of the caller's class, after `enrolment(studentId, classId)` (the helper's
 * body) was asked about the student the path names; `use` is what the handler does with its answer.
 */
const enrolmentHelperApp = (helper: string, use: string) =>
  expressPrismaApp(`async function enrolment(studentId, classId) {
  ${helper}
}
app.post('/classes/:classId/students/:studentId/notes', requireAuth, async (req, res) => {
  const klass = await prisma.class.findFirst({ where: { id: req.params.classId, teacherId: req.user.id } });
  if (!klass) return res.status(404).end();
  ${use}
  const note = await prisma.note.create({ data: { classId: klass.id, studentId: req.params.studentId, text: String(req.body.text), authorId: req.user.id } });
  res.status(201).json({ id: note.id });
});`);

/**
 * Express + Prisma: a student loaded by the id the path names, then changed when `allowed` (a condition kept in a
 * variable) holds.
 */
const studentAllowedApp = (allowed: string) =>
  expressPrismaApp(`app.patch('/students/:id', requireAuth, async (req, res) => {
  const student = await prisma.student.findUnique({ where: { id: req.params.id }, select: { id: true, schoolId: true, guardianId: true } });
  if (!student) return res.status(404).end();
  const allowed = ${allowed};
  if (!allowed) return res.status(403).end();
  const updated = await prisma.student.update({ where: { id: student.id }, data: { note: String(req.body.note) }, select: { id: true } });
  res.json(updated);
});`);

/**
 * Express + Prisma: a task updated by the id the path names, behind `requireRole(...OPERATIONS)` with the staff
 * roles declared in another module; `guard` is the handler's own check.
 */
const staffConstantApp = (guard: string) =>
  expressPrismaApp(
    `import { OPERATIONS } from './roles.js';
app.patch('/tasks/:id', requireAuth, requireRole(...OPERATIONS), async (req, res) => {
  ${guard}
  const task = await prisma.task.update({ where: { id: req.params.id }, data: { status: String(req.body.status) } });
  res.json({ id: task.id, status: task.status });
});`,
    { 'src/roles.js': `export const OPERATIONS = ['front_desk', 'housekeeping', 'manager', 'admin'];` },
  );

/**
 * Express + Prisma: a pick list for a shipment the body names (checked against the caller's company) and a stock item
 * the body names, looked up with `filter`.
 */
const pickListApp = (filter: string) =>
  expressPrismaApp(
    `app.post('/picklists', requireAuth, async (req, res) => {
  const shipment = await prisma.shipment.findFirst({ where: { id: String(req.body.shipmentId), companyId: req.user.companyId } });
  if (!shipment) return res.status(404).end();
  const item = await prisma.stockItem.findFirst({ where: ${filter}, select: { id: true, sku: true, binCode: true } });
  if (!item) return res.status(400).json({ error: 'Unknown item' });
  const list = await prisma.pickList.create({ data: { shipmentId: shipment.id, itemId: item.id }, select: { id: true } });
  res.status(201).json({ list, item });
});`,
    {
      'prisma/schema.prisma': `model Warehouse {
  id        String      @id
  companyId String
  items     StockItem[]
}
model StockItem {
  id          String    @id
  sku         String
  binCode     String
  warehouseId String
  warehouse   Warehouse @relation(fields: [warehouseId], references: [id])
}`,
    },
  );

/**
 * Express + Prisma: an employee deactivated with `deactivate`, then their refresh tokens revoked by the employee id
 * the path names.
 */
const deactivateEmployeeApp = (deactivate: string) =>
  expressPrismaApp(`app.delete('/employees/:id', requireAuth, async (req, res) => {
  const id = req.params.id;
  const { count } = await prisma.employee.updateMany({ where: ${deactivate}, data: { active: false } });
  if (count === 0) return res.status(404).json({ error: 'Employee not found' });
  await prisma.refreshToken.updateMany({ where: { employeeId: id, revokedAt: null }, data: { revokedAt: new Date() } });
  res.status(204).end();
});`);

/**
 * NestJS + TypeORM: a patient's invoices through a query builder on the injected repository, kept in a local and run
 * after an optional filter; `owner` is what the builder adds to pin the patient to the caller.
 */
const patientInvoicesRoute = (owner: string) => `  @Get('patients/:patientId/invoices')
  forPatient(@Param('patientId') patientId: string, @Query('status') status: string, @CurrentUser() user: { id: string }) {
    const qb = this.invoices
      .createQueryBuilder('i')
      .innerJoin('i.patient', 'p')
      .select(['i.id', 'i.amountCents', 'i.status'])
      .where('i.patientId = :patientId', { patientId })${owner};
    if (status) qb.andWhere('i.status = :status', { status });
    return qb.orderBy('i.id', 'DESC').getMany();
  }`;

/** Express + Prisma: an invoice's receipt, loaded by id and let through when `allowed` holds. */
const receiptApp = (denied: string) =>
  expressPrismaApp(`app.get('/invoices/:id/receipt', requireAuth, async (req, res) => {
  const companyId = req.query.companyId ? Number(req.query.companyId) : null;
  const invoice = await prisma.invoice.findUnique({ where: { id: req.params.id }, select: { id: true, number: true, totalCents: true, userId: true } });
  if (${denied}) return res.status(404).end();
  res.json({ number: invoice.number, total: invoice.totalCents });
});`);

/** Next.js + Supabase (service role): a defect marked resolved by the caller, picked with `filter`. */
const resolveDefectApp = (filter: string) => ({
  'lib/supabase.ts': `import { createClient } from '@supabase/supabase-js';
export const supabaseAdmin = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);
export async function requireUser(req: Request) {
  const { data } = await supabaseAdmin.auth.getUser(req.headers.get('authorization')?.slice(7) ?? '');
  return data.user;
}`,
  'app/api/defects/[id]/resolve/route.ts': `import { NextResponse } from 'next/server';
import { supabaseAdmin, requireUser } from '../../../../../lib/supabase';
export async function POST(req: Request, { params }: { params: { id: string } }) {
  const user = await requireUser(req);
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { data } = await supabaseAdmin.from('defects').update({ resolved_by: user.id, resolved_at: new Date().toISOString() })${filter}.select('id').maybeSingle();
  if (!data) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(data);
}`,
});

/** Express + Drizzle: visits listed with conditions pushed into a list; `scoping` decides the agency condition. */
const visitListApp = (scoping: string) => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/db.js': `import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, integer, text } from 'drizzle-orm/pg-core';
export const visits = pgTable('visits', { id: integer('id'), agencyId: integer('agency_id'), clientId: integer('client_id'), status: text('status') });
export const db = drizzle(process.env.DATABASE_URL);`,
  'src/app.js': `import express from 'express';
import { and, eq } from 'drizzle-orm';
import { db, visits } from './db.js';
import { requireAuth } from './auth.js';
const app = express();
app.get('/visits', requireAuth, async (req, res) => {
  const { clientId, status } = req.query;
  const filters = [];
${scoping}
  if (status) filters.push(eq(visits.status, String(status)));
  res.json(await db.select({ id: visits.id, status: visits.status }).from(visits).where(and(...filters)));
});
app.listen(3000);`,
});

/**
 * Fastify + Mongoose: any booking cancelled behind an `authenticate` decorator that verifies the token and then runs
 * `kindTest` (a test of which kind of token it is).
 */
const tokenKindApp = (kindTest: string) => ({
  'src/app.js': `const Fastify = require('fastify');
const fastifyJwt = require('@fastify/jwt');
const mongoose = require('mongoose');
const Booking = mongoose.model('Booking', new mongoose.Schema({ customer: { type: mongoose.Schema.Types.ObjectId, ref: 'User' }, status: String }));
const fastify = Fastify();
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });
fastify.decorate('authenticate', async function authenticate(request, reply) {
  try {
    await request.jwtVerify();
  } catch (err) {
    return reply.code(401).send({ error: 'Unauthorized' });
  }
  ${kindTest}
});
fastify.register(async (app) => {
  app.addHook('onRequest', app.authenticate);
  app.post('/bookings/:bookingId/cancel', async (request) => {
    const booking = await Booking.findById(request.params.bookingId);
    booking.status = 'cancelled';
    await booking.save();
    return { id: booking.id, status: booking.status };
  });
});
fastify.listen({ port: 3000 });`,
});

/**
 * Hono + Prisma: a show deleted after a middleware that takes the show from the path, runs `check` on the caller's
 * team membership there, and keeps what `kept` says in the context (by default the show's id: `c.set('showId',
 * showId)`) for the handler, which deletes the show `showId` names.
 */
const honoShowContextApp = (check: string, kept = "c.set('showId', showId);", showId = "c.get('showId')") => ({
  'package.json': '{ "dependencies": { "hono": "4.6.0", "@prisma/client": "5.20.0" } }',
  'src/db.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
  'src/access.ts': `import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { verify } from 'hono/jwt';
import { prisma } from './db';
export const requireAuth = createMiddleware(async (c, next) => {
  const token = c.req.header('authorization')?.replace('Bearer ', '');
  if (!token) throw new HTTPException(401);
  c.set('user', await verify(token, process.env.JWT_SECRET!));
  await next();
});
export const requireShowMember = createMiddleware(async (c, next) => {
  const showId = c.req.param('showId');
  const member = await prisma.teamMember.findFirst({ where: { showId, userId: c.get('user').sub }, select: { role: true, showId: true } });
  ${check}
  ${kept}
  await next();
});`,
  'src/app.ts': `import { Hono } from 'hono';
import { prisma } from './db';
import { requireAuth, requireShowMember } from './access';
const app = new Hono();
app.use('*', requireAuth);
app.delete('/shows/:showId', requireShowMember, async (c) => {
  await prisma.show.delete({ where: { id: ${showId} } });
  return c.body(null, 204);
});
export default app;`,
});

/**
 * Express + Prisma: a purchase request loaded by a helper named `getRequest(id)` (a record, not the HTTP request) and
 * answered through `assertSameCompany(request, req.user)`, whose body is `check`.
 */
const purchaseRequestApp = (check: string) =>
  expressPrismaApp(`async function getRequest(id) {
  return prisma.purchaseRequest.findUnique({ where: { id: Number(id) }, select: { id: true, title: true, companyId: true } });
}
class NotFoundError extends Error {
  status = 404;
}
function assertSameCompany(entity, user) {
  ${check}
  return entity;
}
app.get('/purchase-requests/:id', requireAuth, async (req, res) => {
  const request = await getRequest(req.params.id);
  res.json(assertSameCompany(request, req.user));
});`);

/**
 * Koa + TypeORM: an appointment read by id through a list of filters a row may match any of (TypeORM OR's them): the
 * caller's own appointments, and — pushed on for clinic staff — `staffFilter` (over the clinics the caller works at).
 */
const appointmentFiltersApp = (staffFilter: string) => ({
  'package.json':
    '{ "dependencies": { "koa": "2.15.0", "@koa/router": "12.0.1", "typeorm": "0.3.20", "jsonwebtoken": "9.0.2" } }',
  'src/entities.ts': `import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
@Entity()
export class Appointment {
  @PrimaryGeneratedColumn() id!: number;
  @Column() ownerId!: number;
  @Column() clinicId!: number;
  @Column() notes!: string;
}
@Entity()
export class ClinicStaff {
  @PrimaryGeneratedColumn() id!: number;
  @Column() userId!: number;
  @Column() clinicId!: number;
}`,
  'src/db.ts': `import { DataSource } from 'typeorm';
import { Appointment, ClinicStaff } from './entities';
export const AppDataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, entities: [Appointment, ClinicStaff] });
export const appointments = () => AppDataSource.getRepository(Appointment);
export async function staffClinicIds(userId: number): Promise<number[]> {
  const rows = await AppDataSource.getRepository(ClinicStaff).find({ select: { clinicId: true }, where: { userId } });
  return rows.map((r) => r.clinicId);
}`,
  'src/app.ts': `import Koa from 'koa';
import Router from '@koa/router';
import jwt from 'jsonwebtoken';
import { In } from 'typeorm';
import { appointments, staffClinicIds } from './db';
const app = new Koa();
const router = new Router();
router.use(async (ctx, next) => {
  try {
    ctx.state.user = jwt.verify(String(ctx.get('authorization')).slice(7), process.env.JWT_SECRET!, { algorithms: ['HS256'] });
  } catch {
    ctx.throw(401);
  }
  await next();
});
router.get('/appointments/:id', async (ctx) => {
  const id = Number(ctx.params.id);
  const clinics = await staffClinicIds(ctx.state.user.id);
  const where: object[] = [{ id, ownerId: ctx.state.user.id }];
  if (clinics.length > 0) where.push(${staffFilter});
  const appt = await appointments().findOne({ where });
  if (!appt) ctx.throw(404);
  ctx.body = { id: appt.id, notes: appt.notes };
});
app.use(router.routes());
app.listen(3000);`,
});

/**
 * Express + Prisma: a ticket of an organisation deleted behind the organisation's membership middleware, by `filter`
 * (404 when nothing was deleted), then its comments by the ticket's id.
 */
const orgTicketDeleteApp = (filter: string) =>
  expressPrismaApp(`async function requireOrgMember(req, res, next) {
  const membership = await prisma.membership.findFirst({ where: { orgId: req.params.orgId, userId: req.user.id } });
  if (!membership) return res.status(403).end();
  next();
}
app.delete('/orgs/:orgId/tickets/:ticketId', requireAuth, requireOrgMember, async (req, res) => {
  const { count } = await prisma.ticket.deleteMany({ where: ${filter} });
  if (count === 0) return res.status(404).end();
  await prisma.comment.deleteMany({ where: { ticketId: req.params.ticketId } });
  res.status(204).end();
});`);

/**
 * Express + Prisma: an entry added to a meal plan after the async check `isPlanOwner(planId, me)`, its answer taken
 * as `allowed` (`call`: with or without `await`).
 */
const mealPlanEntryApp = (call: string) =>
  expressPrismaApp(`async function isPlanOwner(planId, userId) {
  const plan = await prisma.mealPlan.findUnique({ where: { id: Number(planId) }, select: { ownerId: true } });
  return !!plan && plan.ownerId === userId;
}
app.post('/meal-plans/:id/entries', requireAuth, async (req, res) => {
  const allowed = ${call};
  if (!allowed) return res.status(404).end();
  const entry = await prisma.mealPlanEntry.create({ data: { mealPlanId: Number(req.params.id), recipeId: Number(req.body.recipeId) }, select: { id: true } });
  res.status(201).json(entry);
});`);

/**
 * Express + Prisma: an event changed by `PATCH /events/:id` behind a guard shared with `/events/:eventId/…` routes,
 * which reads the event's id as `param` and compares its organiser with the caller.
 */
const eventOwnerGuardApp = (param: string) =>
  expressPrismaApp(`async function requireEventOwner(req, res, next) {
  const eventId = ${param};
  const event = await prisma.event.findUnique({ where: { id: eventId }, select: { organiserId: true } });
  if (!event || event.organiserId !== req.user.id) return res.status(403).end();
  next();
}
app.patch('/events/:id', requireAuth, requireEventOwner, async (req, res) => {
  res.json(await prisma.event.update({ where: { id: req.params.id }, data: { title: String(req.body.title) }, select: { id: true, title: true } }));
});
app.post('/events/:eventId/ticket-types', requireAuth, requireEventOwner, async (req, res) => {
  res.status(201).json(await prisma.ticketType.create({ data: { eventId: req.params.eventId, name: String(req.body.name) }, select: { id: true } }));
});`);

/**
 * Express + Prisma: a patient's insurance policies after `assertPatientAccess(req, patientId)` — whose body is
 * `check` — was called as a statement (it throws to turn the request away).
 */
const patientAccessApp = (check: string) =>
  expressPrismaApp(`class NotFoundError extends Error {
  status = 404;
}
function assertPatientAccess(req, patientId) {
  ${check}
}
app.get('/patients/:patientId/insurance', requireAuth, async (req, res) => {
  const patientId = Number(req.params.patientId);
  assertPatientAccess(req, patientId);
  res.json(await prisma.insurancePolicy.findMany({ where: { patientId }, select: { id: true, payerName: true } }));
});`);

/** Express + Mongoose: a class booked by the caller; the class's seat count moved by `${change}` on the class picked. */
const seatCountApp = (change: string): Record<string, string> => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/models.js': `import mongoose from 'mongoose';
export const ClassSession = mongoose.model('ClassSession', new mongoose.Schema({ title: String, trainer: { type: mongoose.Schema.Types.ObjectId, ref: 'User' }, capacity: Number, bookedCount: Number, status: String }));
export const Booking = mongoose.model('Booking', new mongoose.Schema({ member: String, classSession: String }));`,
  'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { Booking, ClassSession } from './models.js';
const app = express();
app.use(express.json());
app.post('/bookings', requireAuth, async (req, res) => {
  const classId = String(req.body.classId);
  const cls = await ClassSession.findOneAndUpdate({ _id: classId, status: 'scheduled' }, ${change}, { new: true });
  if (!cls) return res.status(409).json({ error: 'class_full_or_unavailable' });
  const booking = await Booking.create({ member: req.user.id, classSession: classId });
  res.status(201).json({ id: booking.id });
});
app.listen(3000);`,
});

/**
 * Express + Prisma: a task created at a property the caller manages (`assertPropertyAccess`), its assignee checked to
 * work there by `isStaffOfProperty`, which answers `${answer}`.
 */
const assigneeStaffApp = (answer: string): Record<string, string> =>
  expressPrismaApp(`async function assertPropertyAccess(user, propertyId) {
  const staff = await prisma.propertyStaff.findFirst({ where: { userId: user.id, propertyId, role: 'MANAGER' } });
  if (!staff) { const err = new Error('Forbidden'); err.status = 403; throw err; }
}
async function isStaffOfProperty(userId, propertyId) {
  const membership = await prisma.propertyStaff.findUnique({ where: { userId_propertyId: { userId, propertyId } }, select: { id: true } });
  return ${answer};
}
app.post('/tasks', requireAuth, async (req, res) => {
  const { propertyId, assigneeId, title } = req.body;
  await assertPropertyAccess(req.user, String(propertyId));
  if (assigneeId && !(await isStaffOfProperty(String(assigneeId), String(propertyId)))) return res.status(422).end();
  const task = await prisma.task.create({ data: { propertyId: String(propertyId), assigneeId, title: String(title), createdById: req.user.id }, select: { id: true } });
  res.status(201).json(task);
});`);

/**
 * Express + Prisma: a hotel property deleted by its id; `join` is the model that ties people to properties (a
 * `PropertyStaff` membership table, or none).
 */
const propertyDeleteApp = (join: string): Record<string, string> =>
  expressPrismaApp(
    `app.delete('/properties/:propertyId', requireAuth, async (req, res) => {
  await prisma.property.delete({ where: { id: req.params.propertyId } });
  res.status(204).end();
});`,
    {
      'prisma/schema.prisma': `model Property {
  id    String @id
  name  String
  city  String
  rooms Room[]
}
model Room {
  id         String   @id
  number     String
  propertyId String
  property   Property @relation(fields: [propertyId], references: [id])
}
model User {
  id    String @id
  email String
}
${join}`,
    },
  );

/**
 * Express + Prisma: a participant of the sponsor in the path changed by a service that loads it by id and compares its
 * study's sponsor with `compared` (404 on a mismatch), behind `requireSponsorMember` for `:sponsorId`.
 */
const sponsorParticipantApp = (compared: string): Record<string, string> =>
  expressPrismaApp(`async function requireSponsorMember(req, res, next) {
  const membership = await prisma.membership.findFirst({ where: { sponsorId: req.params.sponsorId, userId: req.user.id } });
  if (!membership) return res.status(403).end();
  next();
}
async function updateParticipant(sponsorId, participantId, otherSponsorId, notes) {
  const participant = await prisma.participant.findUnique({ where: { id: participantId }, include: { study: { select: { sponsorId: true } } } });
  if (!participant || participant.study.sponsorId !== ${compared}) { const err = new Error('Not found'); err.status = 404; throw err; }
  return prisma.participant.update({ where: { id: participant.id }, data: { notes: String(notes) }, select: { id: true } });
}
app.patch('/sponsors/:sponsorId/participants/:participantId', requireAuth, requireSponsorMember, async (req, res) => {
  res.json(await updateParticipant(req.params.sponsorId, req.params.participantId, req.body.sponsorId, req.body.notes));
});`);

/**
 * Express + Prisma: an order made from a purchase request the body names, the request looked up by a service call
 * written as the argument of `check`.
 */
const orderFromRequestApp = (check: string): Record<string, string> =>
  expressPrismaApp(`function assertSameCompany(entity, user) {
  if (!entity || entity.companyId !== user.companyId) { const err = new Error('Not found'); err.status = 404; throw err; }
  return entity;
}
function keepIfFound(entity) {
  if (!entity) { const err = new Error('Not found'); err.status = 404; throw err; }
  return entity;
}
const purchasing = {
  async getRequest(id) {
    return prisma.purchaseRequest.findFirst({ where: { id } });
  },
  async createOrder(user, dto) {
    const request = ${check}(await this.getRequest(dto.requestId), user);
    await prisma.purchaseRequest.update({ where: { id: request.id }, data: { status: 'ordered' } });
    return prisma.purchaseOrder.create({ data: { requestId: request.id, companyId: user.companyId }, select: { id: true } });
  },
};
app.post('/purchase-orders', requireAuth, async (req, res) => {
  res.status(201).json(await purchasing.createOrder(req.user, { requestId: String(req.body.requestId) }));
});`);

/** Express + better-sqlite3: a repair ticket opened for `owner`, which `branch` may set to the customer the body names. */
const staffIntakeApp = (branch: string): Record<string, string> => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import Database from 'better-sqlite3';
import { requireAuth } from './auth.js';
const db = new Database('app.db');
const insertTicket = db.prepare('INSERT INTO tickets (customer_id, issue) VALUES (@customerId, @issue)');
const isStaff = (user) => user.role === 'staff' || user.role === 'admin';
const app = express();
app.use(express.json());
app.post('/tickets', requireAuth, (req, res) => {
  let owner = req.user.id;
  ${branch}
  const info = insertTicket.run({ customerId: owner, issue: String(req.body.issue) });
  res.status(201).json({ id: info.lastInsertRowid });
});
app.listen(3000);`,
});

/**
 * Express + Prisma: a set scheduled on a stage, in a service handed the festival the route proved the caller's
 * organisation's; the stage is looked up by `stageFilter`.
 */
const festivalStageApp = (stageFilter: string): Record<string, string> =>
  expressPrismaApp(`const festivals = {
  async schedule(festival, input) {
    const stage = await prisma.stage.findFirst({ where: ${stageFilter}, select: { id: true } });
    if (!stage) { const err = new Error('Unknown stage'); err.status = 422; throw err; }
    return prisma.performance.create({ data: { stageId: stage.id, festivalId: festival.id, title: String(input.title) }, select: { id: true } });
  },
};
app.post('/festivals/:festivalId/performances', requireAuth, async (req, res) => {
  const festival = await prisma.festival.findFirst({ where: { id: req.params.festivalId, organisationId: req.user.orgId }, select: { id: true } });
  if (!festival) return res.status(404).end();
  res.status(201).json(await festivals.schedule(festival, { stageId: String(req.body.stageId), title: req.body.title }));
});`);

/**
 * Express + better-sqlite3: a quote added to a ticket the caller manages, written by a helper that builds its
 * statement from the row's keys at run time (`values` of the row).
 */
const dynamicInsertApp = (row: string): Record<string, string> => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import Database from 'better-sqlite3';
import { requireAuth } from './auth.js';
const db = new Database('app.db');
function buildInsert(table, row) {
  const keys = Object.keys(row).filter((k) => row[k] !== undefined);
  return { sql: \`INSERT INTO \${table} (\${keys.join(', ')}) VALUES (\${keys.map(() => '?').join(', ')})\`, values: keys.map((k) => row[k]) };
}
function createQuote(quote) {
  const { sql, values } = buildInsert('quotes', quote);
  return db.prepare(sql).run(...values);
}
const app = express();
app.use(express.json());
app.post('/tickets/:id/quotes', requireAuth, (req, res) => {
  const ticket = db.prepare('SELECT id, shop_id FROM tickets WHERE id = ? AND shop_id = ?').get(req.params.id, req.user.shopId);
  if (!ticket) return res.status(404).end();
  const info = createQuote(${row});
  res.status(201).json({ id: info.lastInsertRowid });
});
app.listen(3000);`,
});

/**
 * Koa + Sequelize: a vendor's truck deleted behind `...vendorOnly` (a role check and `loadVendor`, which keeps the
 * caller's vendor row in `ctx.state.vendor`, looked up by `currentUserId(ctx)`); `owner` scopes the lookup.
 */
const vendorTruckApp = (owner: string): Record<string, string> => ({
  'src/models.ts': `import { DataTypes, Model, Sequelize } from 'sequelize';
export const sequelize = new Sequelize(process.env.DATABASE_URL!);
export class Vendor extends Model {}
Vendor.init({ ownerId: DataTypes.INTEGER, name: DataTypes.STRING }, { sequelize });
export class Truck extends Model {}
Truck.init({ vendorId: DataTypes.INTEGER, name: DataTypes.STRING }, { sequelize });`,
  'src/guards.ts': `import type { Context, Middleware } from 'koa';
import { Truck, Vendor } from './models';
function claims(ctx: Context) {
  return ctx.state.user as { sub: string; role: string };
}
export function currentUserId(ctx: Context): number {
  return Number(claims(ctx).sub);
}
export const requireRole = (...roles: string[]): Middleware => async (ctx, next) => {
  if (!roles.includes(ctx.state.user?.role)) ctx.throw(403, 'forbidden');
  await next();
};
export const loadVendor: Middleware = async (ctx, next) => {
  const vendor = await Vendor.findOne({ where: { ownerId: currentUserId(ctx) } });
  if (!vendor) ctx.throw(403, 'vendor profile required');
  ctx.state.vendor = vendor;
  await next();
};
export function findTruck(vendorId: number, truckId: string) {
  return Truck.findOne({ where: ${owner} });
}`,
  'src/server.ts': `import Koa from 'koa';
import Router from '@koa/router';
import jwt from 'koa-jwt';
import { findTruck, loadVendor, requireRole } from './guards';
const vendorOnly = [requireRole('vendor'), loadVendor];
const router = new Router({ prefix: '/api' });
router.delete('/trucks/:truckId', ...vendorOnly, async (ctx) => {
  const truck = await findTruck(ctx.state.vendor.id, ctx.params.truckId);
  if (!truck) ctx.throw(404, 'Truck not found');
  await truck.destroy();
  ctx.status = 204;
});
const app = new Koa();
app.use(jwt({ secret: process.env.JWT_SECRET! }));
app.use(router.routes());
app.listen(3000);`,
});

/** Next.js + Prisma: the caller comes back from `parseRequest(request)` beside the query string (`{ query, auth, error }`). */
const parsedRequestApp = (check: string) => ({
  'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
  'lib/auth.ts': `import jwt from 'jsonwebtoken';
import { prisma } from '@/lib/prisma';
export async function checkAuth(request: Request) {
  const token = request.headers.get('authorization')?.split(' ')[1];
  const payload = token ? (jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'] }) as { userId: string }) : null;
  const user = payload ? await prisma.user.findUnique({ where: { id: payload.userId } }) : null;
  if (!user) return null;
  return { token, user };
}`,
  'lib/request.ts': `import { checkAuth } from '@/lib/auth';
export async function parseRequest(request: Request) {
  const url = new URL(request.url);
  const query = Object.fromEntries(url.searchParams);
  let error: (() => Response) | undefined;
  const auth = await checkAuth(request);
  if (!auth) error = () => Response.json({ error: 'Unauthorized' }, { status: 401 });
  return { url, query, auth, error };
}`,
  'permissions/project.ts': `import { prisma } from '@/lib/prisma';
export async function canViewProject({ user }: { user: { id: string } }, projectId: string) {
  const project = await prisma.project.findUnique({ where: { id: projectId } });
  if (!project) return false;
  return project.userId === user.id;
}`,
  'app/api/projects/[projectId]/segments/route.ts': `import { NextResponse } from 'next/server';
import { parseRequest } from '@/lib/request';
import { canViewProject } from '@/permissions/project';
import { prisma } from '@/lib/prisma';
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const { auth, query, error } = await parseRequest(request);
  if (error) return error();
  const { projectId } = await params;
  ${check}
  const segment = await prisma.segment.findFirst({ where: { id: query.segment, projectId } });
  return NextResponse.json(segment);
}`,
  'tsconfig.json': `{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } } }`,
});

/** Express + Mongoose: a tank's readings behind a brewery membership middleware that keeps the caller's membership. */
const breweryTankApp = (load: string) => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/models.js': `import mongoose from 'mongoose';
export const Membership = mongoose.model('Membership', new mongoose.Schema({ user: mongoose.Types.ObjectId, brewery: mongoose.Types.ObjectId, role: String }));
export const Brewery = mongoose.model('Brewery', new mongoose.Schema({ name: String, owner: { type: mongoose.Types.ObjectId, ref: 'User' } }));
export const Tank = mongoose.model('Tank', new mongoose.Schema({ name: String, brewery: { type: mongoose.Types.ObjectId, ref: 'Brewery' } }));
export const Reading = mongoose.model('Reading', new mongoose.Schema({ tank: mongoose.Types.ObjectId, gravity: Number }));`,
  'src/tenant.js': `import { Membership } from './models.js';
export async function requireMember(req, res, next) {
  const membership = await Membership.findOne({ user: req.user.id, brewery: req.params.breweryId });
  if (!membership) return res.status(404).json({ error: 'Brewery not found' });
  req.membership = membership;
  next();
}
export function assertSameBrewery(doc, membership) {
  if (!doc || !membership || !doc.brewery.equals(membership.brewery)) {
    throw Object.assign(new Error('Not found'), { status: 404 });
  }
  return doc;
}`,
  'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { requireMember, assertSameBrewery } from './tenant.js';
import { Tank, Reading } from './models.js';
const app = express();
const tanks = express.Router({ mergeParams: true });
tanks.use(requireAuth, requireMember);
tanks.get('/:tankId/readings', async (req, res) => {
  const tank = ${load};
  const readings = await Reading.find({ tank: tank._id }).select('gravity').lean();
  res.json(readings);
});
app.use('/breweries/:breweryId/tanks', tanks);
app.listen(3000);`,
});

/** Fastify + pg: rooms listed to anyone (`routes/catalog.js`), and a signed-in route that reads one by `where`. */
const roomBookingApp = (where: string, value: string) => ({
  'src/db.js': `const { Pool } = require('pg');
module.exports = new Pool();`,
  'src/app.js': `const fastify = require('fastify')();
fastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET });
fastify.decorate('authenticate', async (request, reply) => {
  try { await request.jwtVerify(); } catch { reply.code(401).send({ error: 'Unauthorized' }); }
});
fastify.register(require('./routes/catalog'), { prefix: '/api' });
fastify.register(require('./routes/bookings'), { prefix: '/api/bookings' });
fastify.listen({ port: 3000 });`,
  'src/routes/catalog.js': `const db = require('../db');
module.exports = async function catalog(fastify) {
  fastify.get('/rooms', async () => {
    const { rows } = await db.query('SELECT id, name, capacity FROM rooms WHERE is_active ORDER BY name');
    return rows;
  });
};`,
  'src/routes/bookings.js': `const db = require('../db');
module.exports = async function bookings(fastify) {
  fastify.addHook('onRequest', fastify.authenticate);
  fastify.post('/', async (request, reply) => {
    const { roomId, operatorId, startsAt } = request.body;
    const room = await db.query('SELECT id, hourly_rate_cents FROM rooms WHERE ${where}', [${value}]);
    if (!room.rows[0]) return reply.code(404).send({ error: 'Room not found' });
    const { rows } = await db.query('INSERT INTO bookings (user_id, room_id, starts_at) VALUES ($1, $2, $3) RETURNING id', [request.user.sub, room.rows[0].id, startsAt]);
    return reply.code(201).send(rows[0]);
  });
};`,
});

/** Koa + Sequelize: a team member removed after `isTeamCaptain(teamId, me)`, a helper answering `answer`. */
const teamCaptainApp = (answer: string) => ({
  'src/models.js': `const { Sequelize, DataTypes } = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);
const Team = sequelize.define('Team', { name: DataTypes.STRING, captainId: DataTypes.INTEGER });
const TeamMember = sequelize.define('TeamMember', { teamId: DataTypes.INTEGER, userId: DataTypes.INTEGER });
module.exports = { Team, TeamMember };`,
  'src/access.js': `const { Team } = require('./models');
async function isTeamCaptain(teamId, userId) {
  const team = await Team.findOne({ where: { id: teamId, captainId: userId }, attributes: ['id'] });
  return ${answer};
}
module.exports = { isTeamCaptain };`,
  'src/app.js': `const Koa = require('koa');
const Router = require('@koa/router');
const koaJwt = require('koa-jwt');
const { TeamMember } = require('./models');
const { isTeamCaptain } = require('./access');
const app = new Koa();
app.use(koaJwt({ secret: process.env.JWT_SECRET }));
const router = new Router();
router.delete('/teams/:teamId/members/:userId', async (ctx) => {
  const { teamId, userId } = ctx.params;
  if (!(await isTeamCaptain(teamId, ctx.state.user.id))) ctx.throw(403, 'Only the captain can remove members');
  await TeamMember.destroy({ where: { teamId, userId } });
  ctx.status = 204;
});
app.use(router.routes());
app.listen(3000);`,
});

/** Express + Prisma: a helper that reads a saved segment only when it is given a project (`if (projectId) { … }`). */
const optionalProjectFilterApp = (route: string) =>
  expressPrismaApp(`async function listFilters(query, projectId) {
  const filters = { from: query.from };
  if (projectId) {
    const segment = await prisma.segment.findFirst({ where: { id: query.segment, projectId } });
    filters.parameters = segment?.parameters;
  }
  return filters;
}
${route}`);

/**
 * Next.js pages + Prisma: `verifyUser({ req, res })` answers a 403 itself with a row it read (the ban on the client's
 * address), and hands the signed-in user back; the tag is found by `where`.
 */
const verifyUserApp = (where: string) => ({
  'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
  'lib/verifyUser.ts': `import { getToken } from 'next-auth/jwt';
import { prisma } from './prisma';
export default async function verifyUser({ req, res }) {
  const ban = await prisma.ban.findFirst({ where: { address: req.headers['x-forwarded-for'] } });
  if (ban) {
    res.status(403).json({ response: ban });
    return null;
  }
  const token = await getToken({ req });
  if (!token?.id) {
    res.status(401).json({ response: 'You must be logged in.' });
    return null;
  }
  const user = await prisma.user.findUnique({ where: { id: token.id } });
  if (!user) {
    res.status(404).json({ response: 'User not found.' });
    return null;
  }
  return user;
}`,
  'pages/api/v1/tags/[id].ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '../../../../lib/prisma';
import verifyUser from '../../../../lib/verifyUser';
export default async function tags(req: NextApiRequest, res: NextApiResponse) {
  const user = await verifyUser({ req, res });
  if (!user) return;
  const tag = await prisma.tag.findFirst({ where: ${where}, select: { id: true, name: true } });
  return res.status(200).json({ response: tag });
}`,
});

/** Express + better-sqlite3: a member's loans, whose member `pick` lets some callers choose. */
const memberLoansApp = (pick: string) => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/access.js': `export function isStaff(user) {
  return Boolean(user) && (user.role === 'librarian' || user.role === 'admin');
}`,
  'src/app.js': `import express from 'express';
import Database from 'better-sqlite3';
import { requireAuth } from './auth.js';
import { isStaff } from './access.js';
const db = new Database('library.db');
const app = express();
app.get('/loans', requireAuth, (req, res) => {
  let memberId = req.user.id;
  ${pick}
  res.json(db.prepare('SELECT id, tool_id, due_at FROM loans WHERE member_id = ?').all(memberId));
});
app.listen(3000);`,
});

/** Express + Mongoose + CASL: a guard keeps the caller's ability on the request; a service reads a case with `check`. */
const abilityServiceApp = (check: string) => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/abilities.js': `import { AbilityBuilder, createMongoAbility } from '@casl/ability';
export function defineAbilityFor(user) {
  const { can, build } = new AbilityBuilder(createMongoAbility);
  can('read', 'Case', { ownerId: user.id });
  return build();
}
export function attachAbility(req, res, next) {
  req.ability = defineAbilityFor(req.user);
  next();
}`,
  'src/cases.service.js': `import mongoose from 'mongoose';
import { ForbiddenError } from '@casl/ability';
const Case = mongoose.model('Case', new mongoose.Schema({ title: String, ownerId: String, notes: String }));
export async function findCase(ability, id) {
  const found = await Case.findById(id).lean();
  if (!found) throw Object.assign(new Error('Not found'), { status: 404 });
  ${check}
  return { id: found._id, title: found.title };
}`,
  'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { attachAbility } from './abilities.js';
import { findCase } from './cases.service.js';
const app = express();
app.get('/cases/:id', requireAuth, attachAbility, async (req, res) => {
  res.json(await findCase(req.ability, req.params.id));
});
app.listen(3000);`,
});

/** Express + Prisma: `requireMember(orgId, me)` returns `{ orgId, role }` after finding the caller's membership. */
const orgContextApp = (check: string) =>
  expressPrismaApp(`async function requireMember(orgId, userId) {
  const membership = await prisma.membership.findFirst({ where: { orgId, userId }, select: { id: true, role: true } });
  if (!membership) throw Object.assign(new Error('Organisation not found'), { status: 404 });
  return { orgId, role: membership.role };
}
app.delete('/orgs/:orgId/invoices/:invoiceId', requireAuth, async (req, res) => {
  const ctx = await requireMember(req.params.orgId, req.user.id);
  const invoice = await prisma.invoice.findUnique({ where: { id: req.params.invoiceId }, select: { id: true, orgId: true } });
  if (!invoice${check}) return res.status(404).json({ error: 'Invoice not found' });
  await prisma.invoice.delete({ where: { id: invoice.id } });
  res.status(204).end();
});`);

runCheckCases('bola-missing-ownership-check', {
  invalid: [
    {
      name: "express + prisma: an invoice deleted by its id behind the caller's membership of the organisation, never compared with it",
      endpoint: 'DELETE /orgs/:orgId/invoices/:invoiceId',
      files: orgContextApp(''),
    },
    {
      name: 'express + better-sqlite3: any caller names the member whose loans are listed (`?memberId=` under no staff test)',
      endpoint: 'GET /loans',
      files: memberLoansApp('if (req.query.memberId) memberId = req.query.memberId;'),
    },
    {
      name: "express + mongoose + casl: a service handed the caller's ability reads a case without asking it",
      endpoint: 'GET /cases/:id',
      files: abilityServiceApp(''),
    },
    {
      name: 'next.js pages + prisma: a tag found by its id alone after `verifyUser({ req, res })`',
      endpoint: 'ALL /api/v1/tags/{id}',
      files: verifyUserApp('{ id: Number(req.query.id) }'),
    },
    {
      name: 'express + prisma: a helper given the project the path names reads a segment of it, the project unchecked',
      endpoint: 'GET /projects/:projectId/boards',
      files: optionalProjectFilterApp(`app.get('/projects/:projectId/boards', requireAuth, async (req, res) => {
  const filters = await listFilters(req.query, req.params.projectId);
  res.json(filters);
});`),
    },
    {
      name: 'express + mongoose: a tank read by its id alone behind the brewery membership (no check of its brewery)',
      endpoint: 'GET /breweries/:breweryId/tanks/:tankId/readings',
      files: breweryTankApp('await Tank.findById(req.params.tankId).lean()'),
    },
    {
      name: 'fastify + pg: the rooms an operator runs, listed by the operator the body names (public rooms or not)',
      endpoint: 'POST /api/bookings',
      files: roomBookingApp('operator_id = $1', 'operatorId'),
    },
    {
      name: 'next.js + prisma: a segment of the project the path names, read with no check of the project (caller from parseRequest)',
      endpoint: 'GET /api/projects/{projectId}/segments',
      files: parsedRequestApp(''),
    },
    {
      name: 'koa + sequelize: a truck looked up by id alone behind `...vendorOnly`',
      endpoint: 'DELETE /api/trucks/:truckId',
      files: vendorTruckApp('{ id: truckId }'),
    },
    {
      name: 'express + better-sqlite3: any caller names the customer a ticket is opened for (the override is under no staff test)',
      endpoint: 'POST /tickets',
      files: staffIntakeApp('owner = req.body.customerId;'),
    },
    {
      name: "express + prisma: a stage looked up by the client's id alone, in a service handed the caller's festival",
      endpoint: 'POST /festivals/:festivalId/performances',
      files: festivalStageApp('{ id: input.stageId }'),
    },
    {
      name: 'express + prisma: a purchase request the body names, looked up in the argument of a check that only tests it exists',
      endpoint: 'POST /purchase-orders',
      files: orderFromRequestApp('keepIfFound'),
    },
    {
      name: 'express + prisma: a participant compared with a sponsor the body names, not the one the guard proved',
      endpoint: 'PATCH /sponsors/:sponsorId/participants/:participantId',
      files: sponsorParticipantApp('otherSponsorId'),
    },
    {
      name: 'express + prisma: a property its staff join through `PropertyStaff { userId, propertyId }`, deleted by id alone',
      endpoint: 'DELETE /properties/:propertyId',
      files: propertyDeleteApp(`model PropertyStaff {
  id         String @id
  userId     String
  propertyId String
  position   String
}`),
    },
    {
      name: 'express + mongoose: a booking takes a seat back from the class the client picked (`$inc: { bookedCount: -1 }`)',
      endpoint: 'POST /bookings',
      files: seatCountApp('{ $inc: { bookedCount: -1 } }'),
    },
    {
      name: "express + mongoose: a booking sets the picked class's fields, not only its count",
      endpoint: 'POST /bookings',
      files: seatCountApp('{ $inc: { bookedCount: 1 }, $set: { status: String(req.body.status) } }'),
    },
    {
      name: "express + prisma: a patient's policies after a helper that only asks whether someone is signed in",
      endpoint: 'GET /patients/:patientId/insurance',
      files: patientAccessApp("if (!req.user) throw new NotFoundError('Not found');"),
    },
    {
      name: 'express + prisma: an event owner guard that reads only `:eventId`, on a route whose parameter is `:id`',
      endpoint: 'PATCH /events/:id',
      files: eventOwnerGuardApp('req.params.eventId'),
    },
    {
      name: 'express + prisma: the async ownership check called without `await` (a promise is always truthy)',
      endpoint: 'POST /meal-plans/:id/entries',
      files: mealPlanEntryApp('isPlanOwner(req.params.id, req.user.id)'),
      message: /calls the async check isPlanOwner\(\) without `await`/,
    },
    {
      name: "express + prisma: a ticket deleted by its id alone behind the organisation's membership (any organisation's ticket)",
      endpoint: 'DELETE /orgs/:orgId/tickets/:ticketId',
      files: orgTicketDeleteApp('{ id: req.params.ticketId }'),
    },
    {
      name: 'koa + typeorm: the filters a row may match include one by its id alone (any appointment, for staff of any clinic)',
      endpoint: 'GET /appointments/:id',
      files: appointmentFiltersApp('{ id }'),
    },
    {
      name: 'express + prisma: a purchase request (loaded by `getRequest(id)`) checked only for existence',
      endpoint: 'GET /purchase-requests/:id',
      files: purchaseRequestApp("if (!entity) throw new NotFoundError('Request not found');"),
    },
    {
      name: 'next.js + prisma: invoices scoped by `session?.user?.id` on a route that lets anonymous callers in (no filter without a session)',
      endpoint: 'GET /api/invoices',
      files: optionalCallerApp('', 'session?.user?.id'),
    },
    {
      name: "express + prisma: a signed-in user marks any account's thread done by the ids in the body",
      endpoint: 'POST /jobs/threads/done',
      files: internalJobApp('requireAuth, '),
    },
    {
      name: "express + prisma: a show's role asked for and then ignored (the show is sent whatever the answer)",
      endpoint: 'GET /shows/:showId/settings',
      files: showRoleApp('console.log(role);'),
    },
    {
      name: 'express + prisma: behind a middleware that proves the show, a pass revoked by its own id alone',
      endpoint: 'PATCH /shows/:showId/passes/:passId',
      files: showEditorApp('{ id: req.params.passId }'),
    },
    {
      name: "hono + prisma: a show deleted by the id a middleware kept in the context, without asking the caller's role there",
      endpoint: 'DELETE /shows/:showId',
      files: honoShowContextApp('console.log(member);'),
    },
    {
      name: "hono + prisma: an unpublished episode shown whatever the caller's role (the answer is asked of nothing)",
      endpoint: 'GET /episodes/:episodeId',
      files: draftEpisodeApp("user ? await getShowRole(String(user.sub), c.req.param('episodeId')) : null"),
    },
    {
      name: "express + prisma: a membership looked for among the caller's by its role only (the path's organisation is never compared)",
      endpoint: 'GET /orgs/:orgId/projects',
      files: membershipSearchApp("return user.memberships.find((m) => m.role === 'owner') ?? null;"),
    },
    {
      name: 'express + prisma: a predicate that never compares the employee with the caller (it only asks the role)',
      endpoint: 'GET /employees/:id/leave-history',
      files: canViewEmployeeApp("return viewer.role === 'manager' || viewer.role === 'hr_admin' || targetId > 0;"),
    },
    {
      name: 'express + prisma: in an app scoped by company, a trip checked for drivers only (any other role of any company completes it)',
      endpoint: 'POST /trips/:id/complete',
      files: roleBoundTripApp(`app.get('/vehicles', requireAuth, async (req, res) => {
  res.json(await prisma.vehicle.findMany({ where: { companyId: req.user.companyId }, select: { id: true, plate: true } }));
});`),
    },
    {
      name: "express + prisma: a helper's enrolment rows of the student the path names, sent back",
      endpoint: 'POST /classes/:classId/students/:studentId/notes',
      files: enrolmentHelperApp(
        'return prisma.enrollment.findMany({ where: { studentId } });',
        'return res.json(await enrolment(req.params.studentId, klass.id));',
      ),
    },
    {
      name: 'express + knex: a query handed to a scoping helper that only orders it',
      endpoint: 'GET /applications/:id',
      files: knexScopeHelperApp("return query.orderBy('applications.created_at');"),
    },
    {
      name: "express + knex: a scoping helper that hands the query back unnarrowed on a test of the client's data",
      endpoint: 'GET /applications/:id',
      files: knexScopeHelperApp(
        "if (query) return query;\n  return query.where('applications.applicant_id', user.sub);",
      ),
    },
    {
      name: "express + knex: an invoice read by id through the project's base query `invoiceQuery()`, unscoped",
      endpoint: 'GET /invoices/:id',
      files: knexBaseQueryApp(''),
    },
    {
      name: "express + prisma: the caller's show checked by its path id, then a show changed by the member id the path names",
      endpoint: 'DELETE /shows/:showId/members/:memberId',
      files: removeTeamMemberApp('{ members: { some: { id: req.params.memberId } } }'),
    },
    {
      name: 'next.js pages: a catch-all hands the receipt route on to a function that reads the purchase by id alone',
      endpoint: 'GET /api/me/purchases/{purchaseId}/receipt',
      files: catchAllReceiptApp('{ id: purchaseId }'),
    },
    {
      name: 'express + mongoose: a listing saved first and compared with the caller after',
      endpoint: 'PATCH /listings/:id',
      files: listingSaveApp(
        'listing.title = String(req.body.title);\n  await listing.save();\n  if (listing.seller !== req.user.id) return res.status(403).end();',
      ),
    },
    {
      name: "express + prisma + casl: the caller's ability asked about the type only (`ability.cannot('read', 'Case')`)",
      endpoint: 'GET /cases/:id',
      files: caslCaseApp("ability.cannot('read', 'Case')"),
    },
    {
      name: "express + prisma: a member's notes behind a package of the trainer's gym, not of the trainer",
      endpoint: 'GET /clients/:memberId/notes',
      files: trainerNotesApp('gymId: req.user.gymId'),
    },
    {
      name: 'express + prisma: a service that updates the record, then compares its vet with the caller',
      endpoint: 'PATCH /records/:id',
      files: amendRecordApp(false),
    },
    {
      name: "express + prisma: the caller's scope spread into `where`, then the whole query string after it",
      endpoint: 'GET /invoices',
      files: expressPrismaApp(`const scopeFor = (user) => ({ ownerId: user.id });
app.get('/invoices', requireAuth, async (req, res) => {
  const invoices = await prisma.invoice.findMany({ where: { ...scopeFor(req.user), ...req.query }, select: { id: true, total: true } });
  res.json(invoices);
});`),
    },
    {
      name: 'next app router: bookings of the member `?memberId` names, for anyone (`params.has(…) ? … : user.id`)',
      endpoint: 'GET /api/bookings',
      files: nextSessionApp({
        'app/api/bookings/route.ts': `import { and, eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { bookings, db, invoices } from '@/db/schema';
import { ApiError, readJson } from '@/lib/api';
import { withUser } from '@/lib/auth';
import { issueInvoice } from '@/lib/billing';
export const GET = withUser(async (req, _ctx, user) => {
  const params = new URL(req.url).searchParams;
  const canViewOthers = user.role === 'staff' || user.role === 'admin';
  const memberId = params.has('memberId') ? Number(params.get('memberId')) : user.id;
  const rows = await db.select().from(bookings).where(eq(bookings.memberId, memberId));
  return NextResponse.json({ bookings: rows.map((b) => ({ id: b.id, note: b.note })) });
});`,
      }),
    },
    {
      name: 'next app router: a booking changed by the id the project body reader returns, its owner checked after the write',
      endpoint: 'PATCH /api/bookings',
      files: nextSessionApp({
        'app/api/bookings/route.ts': `import { and, eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { bookings, db, invoices } from '@/db/schema';
import { ApiError, readJson } from '@/lib/api';
import { withUser } from '@/lib/auth';
import { issueInvoice } from '@/lib/billing';
export const PATCH = withUser(async (req, _ctx, user) => {
  const { id, note } = await readJson(req, z.object({ id: z.number().int(), note: z.string() }));
  const [updated] = await db.update(bookings).set({ note }).where(eq(bookings.id, id)).returning();
  if (!updated) throw new ApiError(404, 'Booking not found');
  if (updated.memberId !== user.id) throw new ApiError(403, 'Not yours');
  return NextResponse.json({ id: updated.id });
});`,
      }),
    },
    {
      name: 'express + drizzle: the agency condition pushed only when the client names no client (`if … else` pushes)',
      endpoint: 'GET /visits',
      files: visitListApp(`  if (clientId) filters.push(eq(visits.clientId, Number(clientId)));
  else filters.push(eq(visits.agencyId, req.user.agencyId));`),
    },
    {
      name: "next.js + supabase: any defect marked resolved by the caller (the caller's id is written, not a filter)",
      endpoint: 'POST /api/defects/[id]/resolve',
      files: resolveDefectApp(".eq('id', params.id)"),
    },
    {
      name: 'express + prisma: the owner comparison runs only when the client leaves `?companyId` out',
      endpoint: 'GET /invoices/:id/receipt',
      files: receiptApp('!invoice || (!companyId && invoice.userId !== req.user.id)'),
    },
    {
      name: "nestjs + typeorm: a patient's invoices from a query builder kept in a local, by the path's patient alone",
      endpoint: 'GET /billing/patients/:patientId/invoices',
      files: nestTypeormApp(patientInvoicesRoute('')),
    },
    {
      name: 'express + prisma: an employee of any company deactivated by id, then their tokens revoked',
      endpoint: 'DELETE /employees/:id',
      files: deactivateEmployeeApp('{ id }'),
    },
    {
      name: 'express + prisma: a stock item the body names, read by its id alone (any warehouse)',
      endpoint: 'POST /picklists',
      files: pickListApp('{ id: String(req.body.itemId) }'),
    },
    {
      name: "express + postgres.js: an update that writes the caller's id in SET but picks the row by id alone",
      endpoint: 'PATCH /pets/:id',
      files: taggedSqlApp(
        'postgres',
        `  const [pet] = await sql\`update pets set name = \${String(req.body.name)}, updated_by = \${req.user.id} where id = \${req.params.id} returning id, name\`;
  if (!pet) return res.status(404).end();
  res.json(pet);`,
        'patch',
      ),
    },
    {
      name: "express + postgres.js: a line deleted by its id alone after the caller's invoice and its lines were read",
      endpoint: 'DELETE /invoices/:id/lines/:lineId',
      files: invoiceLineApp(false),
    },
    {
      name: 'express + prisma: stats of the account the query names, through a $queryRaw fragment',
      endpoint: 'GET /stats',
      files: accountStatsApp('req.query.accountId'),
    },
    {
      name: 'express + postgres.js: a pet read by id alone in a tagged template',
      endpoint: 'GET /pets/:id',
      files: taggedSqlApp(
        'postgres',
        `  const [pet] = await sql\`select id, name, notes from pets where id = \${req.params.id}\`;
  if (!pet) return res.status(404).end();
  res.json(pet);`,
      ),
    },
    {
      name: 'express + prisma: a pet read by id alone with $queryRaw',
      endpoint: 'GET /pets/:id',
      files: taggedSqlApp(
        'prisma',
        `  const rows = await prisma.$queryRaw\`SELECT id, name FROM "Pet" WHERE id = \${req.params.id}\`;
  if (!rows.length) return res.status(404).end();
  res.json(rows[0]);`,
      ),
    },
    {
      name: 'express + drizzle: a pet read by id alone with db.execute(sql`…`)',
      endpoint: 'GET /pets/:id',
      files: taggedSqlApp(
        'drizzle',
        `  const { rows } = await db.execute(sql\`select id, name from pets where id = \${req.params.id}\`);
  if (!rows.length) return res.status(404).end();
  res.json(rows[0]);`,
      ),
    },
    {
      name: 'express + prisma: an institution read by id while only administrators may list them',
      endpoint: 'GET /institutions/:id',
      files: institutionsApp("requireRole('admin'),"),
    },
    {
      name: "express + typeorm: loans of the institution the query names, else the caller's (one filter, either value)",
      endpoint: 'GET /loans',
      files: institutionLoansApp('{ lenderInstitutionId: req.query.institutionId ?? inst }'),
    },
    {
      name: "express + prisma: a match's lobby (with its server password) to anyone on any team (`findMembership(me, [req.query.teamId])`)",
      endpoint: 'GET /matches/:id/lobby',
      files: lobbyApp('if (!(await findMembership(req.user.sub, [req.query.teamId]))) throw forbidden();'),
    },
    {
      name: "express + prisma: a match completed by the captain of whichever team the body names (not one of the match's)",
      endpoint: 'POST /matches/:id/confirm',
      files: confirmApp('req.body.teamId'),
    },
    {
      name: 'express + drizzle: conditions pushed into a list, one of them the owner the query names, else the caller (`req.query.ownerId ?? req.user.sub`)',
      endpoint: 'GET /my/tasks',
      files: myTasksApp('req.query.ownerId ?? req.user.sub'),
    },
    {
      name: "express + prisma: a team's invitation revoked by the id the query names alone, after the caller's membership of the path's team (another team's invitation goes too)",
      endpoint: 'DELETE /teams/:teamId/invitations',
      files: invitationApp('{ id: String(req.query.invitationId) }'),
    },
    {
      name: "express + prisma: a vote removed for whichever user the body names (`userId: req.body.userId ?? me`): not the caller's own relation",
      endpoint: 'DELETE /cards/:cardId/votes',
      files: votesApp('req.body.userId ?? req.user.sub'),
    },
    {
      name: "express + mongoose: leases listed for the company the query names, else the caller's (`filter.company = req.query.companyId ?? req.user.companyId`)",
      endpoint: 'GET /leases',
      files: leasesApp(`app.get('/leases', requireAuth, async (req, res) => {
  const filter = {};
  const companyId = req.query.companyId ?? req.user.companyId;
  if (companyId) filter.company = companyId;
  res.json(await Lease.find(filter).select('unit endDate status').lean());
});`),
    },
    {
      name: "express + mongoose: a company manager's role (`requireRole('manager', 'admin')`) changes any company's lease: the caller's company claim binds the roles below admin",
      endpoint: 'PATCH /leases/:id',
      files: leasesApp(`app.patch('/leases/:id', requireAuth, requireRole('manager', 'admin'), async (req, res) => {
  const lease = await Lease.findByIdAndUpdate(req.params.id, { $set: { endDate: new Date(req.body.endDate) } }, { new: true }).select('unit endDate status');
  if (!lease) return res.status(404).end();
  res.json(lease);
});`),
    },
    {
      name: "koa + pg: a row inserted with the body's keys last (`{ resident_id: residentId, ...payload }`): the client may name the resident",
      endpoint: 'POST /api/v1/applications',
      files: insertRowApp("{ status: 'pending', resident_id: residentId, ...payload }"),
    },
    {
      name: "express + supabase: a shift's sign-ups (other volunteers' rows) listed for any shift id",
      endpoint: 'GET /api/shifts/:shiftId/signups',
      files: pantryApp(
        '',
        `app.get('/api/shifts/:shiftId/signups', requireAuth, async (req, res) => {
  const { data } = await supabaseAdmin.from('volunteer_signups').select('*').eq('shift_id', req.params.shiftId);
  res.json(data);
});`,
      ),
    },
    {
      name: "express + prisma: the task's project loaded by a helper that compares nothing with the caller",
      endpoint: 'GET /tasks/:id',
      files: taskByParentHelper(''),
    },
    {
      name: "express + drizzle: the company is the caller's membership unless `?companyId=` names another (assigned in either branch)",
      endpoint: 'GET /api/invoices',
      files: companyInvoicesApp(`  if (req.query.companyId) {
    companyId = Number(req.query.companyId);
  } else {`),
    },
    {
      name: 'express + prisma: with `?policyId=` the claimant filter is dropped (`policyId ? { policyId } : { claimantId: me }`)',
      endpoint: 'GET /api/claims',
      files: claimsListApp(
        `  res.json(await prisma.claim.findMany({ where: policyId ? { policyId } : { claimantId: req.user.id }, select: { id: true, status: true } }));`,
      ),
    },
    {
      name: "express + prisma: the company filter is the caller's unless the client names one (`if (q.clientCompanyId) where.clientCompanyId = q.clientCompanyId; else …`)",
      endpoint: 'GET /api/placements',
      files: placementsApp(`  if (req.query.clientCompanyId) where.clientCompanyId = String(req.query.clientCompanyId);
  else where.clientCompanyId = req.user.clientCompanyId;`),
    },
    {
      name: 'express + sequelize: only when the client asks is the filter scoped (`if (req.query.mine) where.parentUserId = user.id`)',
      endpoint: 'GET /api/loans/:id',
      files: loanLookupApp(`  if (req.query.mine) where.parentUserId = req.user.id;`),
    },
    {
      name: 'express + mongodb: allocations found by a filter a closure builds from the user id in the path (`find(searchCriteria())`)',
      endpoint: 'GET /allocations/:userId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { MongoClient } from 'mongodb';
import { requireAuth } from './auth.js';
const db = new MongoClient(process.env.MONGO_URL).db('app');
const allocations = db.collection('allocations');
const app = express();
app.get('/allocations/:userId', requireAuth, async (req, res) => {
  const userId = parseInt(req.params.userId, 10);
  const searchCriteria = () => ({ userId });
  res.json(await allocations.find(searchCriteria()).toArray());
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: play statistics grouped for whichever show the client names (`groupBy({ where: { episode: { showId } } })`)',
      endpoint: 'GET /api/analytics',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/api/analytics', requireAuth, async (req, res) => {
  const showId = String(req.query.showId);
  const rows = await prisma.playEvent.groupBy({ by: ['episodeId'], where: { episode: { showId } }, _count: { _all: true } });
  res.json(rows.map((r) => ({ episodeId: r.episodeId, plays: r._count._all })));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + drizzle: an org owner changes a membership picked by id alone (the `orgId` in `returning(…)` filters nothing)',
      endpoint: 'PATCH /orgs/:orgId/members/:memberId',
      files: orgMembershipUpdateApp(`    .where(eq(memberships.id, memberId))`),
    },
    {
      name: 'express + prisma: a lab manager lists the staff (names, e-mails) of any lab the path names',
      endpoint: 'GET /labs/:labId/staff',
      files:
        labScopedSamplesApp(`app.get('/labs/:labId/staff', requireAuth, requireRole('lab_manager', 'admin'), async (req, res) => {
  res.json(await prisma.user.findMany({ where: { labId: req.params.labId }, select: { id: true, fullName: true, email: true } }));
});`),
    },
    {
      name: "express + prisma: a technician updates a sample of any lab by id (the read beside it is scoped to the caller's `labId`)",
      endpoint: 'PATCH /samples/:id',
      files: labScopedSamplesApp(
        sampleUpdate(
          `app.patch('/samples/:id', requireAuth, requireRole('technician', 'lab_manager'), async (req, res) => {`,
        ),
      ),
    },
    {
      name: "fastify + mongoose: an authenticate hook that also turns refresh tokens away (`request.user.type === 'refresh'`) checks no role; any booking can be cancelled",
      endpoint: 'POST /bookings/:bookingId/cancel',
      files: tokenKindApp(
        "if (request.user.type === 'refresh') return reply.code(401).send({ error: 'Unauthorized' });",
      ),
    },
    {
      name: "fastify + mongoose: an authenticate hook that turns device tokens away (`request.user.kind === 'device'`) checks no role; any booking can be cancelled",
      endpoint: 'POST /bookings/:bookingId/cancel',
      files: tokenKindApp(
        "if (request.user.kind === 'device') return reply.code(401).send({ error: 'Unauthorized' });",
      ),
    },
    {
      name: 'express + mongoose: a booking made for whichever customer the client names, the caller by default',
      endpoint: 'POST /bookings',
      files: vehicleBookingApp(
        `  const booking = await Booking.create({ customer: req.body.customerId || customer._id, vehicle: vehicle._id, driverName: req.body.driverName || customer.name });`,
      ),
    },
    {
      name: 'express + drizzle: shifts of any org, the filter picked between two conditions, no membership asked',
      endpoint: 'GET /orgs/:orgId/shifts',
      files: orgShiftsApp(`  const isStaff = req.user.role === 'coordinator';`),
    },
    {
      name: 'express: a work order sends back the profile of a contractor the client names by user id',
      endpoint: 'POST /work-orders',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/work-orders', requireAuth, async (req, res) => {
  const request = await prisma.maintenanceRequest.findFirst({ where: { id: req.body.requestId, landlordId: req.user.id } });
  if (!request) return res.status(404).json({ error: 'Request not found' });
  const contractor = await prisma.contractorProfile.findUnique({ where: { userId: req.body.contractorId } });
  if (!contractor) return res.status(422).json({ error: 'Unknown contractor' });
  const order = await prisma.workOrder.create({ data: { requestId: request.id, contractorId: req.body.contractorId, landlordId: req.user.id }, select: { id: true } });
  res.status(201).json({ order, contractor });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: a coordinator proves the org the client names is theirs (`!me.organization.equals(req.body.orgId)`), then rejects an hour log of any org by id',
      endpoint: 'POST /api/v1/hours/:logId/reject',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { HourLog, User } from './models.js';
import { requireAuth } from './auth.js';
const requireRole = (role) => (req, res, next) =>
  req.user.role === role ? next() : res.status(403).json({ error: 'Forbidden' });
const app = express();
app.use(express.json());
app.post('/api/v1/hours/:logId/reject', requireAuth, requireRole('coordinator'), async (req, res) => {
  const me = await User.findById(req.user.id).select('organization');
  if (!me || !me.organization.equals(req.body.orgId)) return res.status(403).json({ error: 'Not your organization' });
  const log = await HourLog.findOneAndUpdate({ _id: req.params.logId, status: 'pending' }, { status: 'rejected' }, { new: true });
  if (!log) return res.status(404).json({ error: 'Hour log not found' });
  res.json({ id: log.id, status: log.status });
});
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: a coordinator's event is checked against the caller's organisation, then a shift picked by id alone is changed",
      endpoint: 'PATCH /api/v1/events/:eventId/shifts/:shiftId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { Event, Shift } from './models.js';
import { requireAuth } from './auth.js';
const requireRole = (role) => (req, res, next) =>
  req.user.role === role ? next() : res.status(403).json({ error: 'Forbidden' });
const app = express();
app.use(express.json());
app.patch('/api/v1/events/:eventId/shifts/:shiftId', requireAuth, requireRole('coordinator'), async (req, res) => {
  const event = await Event.findById(req.params.eventId);
  if (!event) return res.status(404).json({ error: 'Event not found' });
  if (!event.org.equals(req.user.organization)) return res.status(403).json({ error: 'Another organization' });
  const shift = await Shift.findByIdAndUpdate(req.params.shiftId, { startsAt: new Date(String(req.body.startsAt)) }, { new: true });
  if (!shift) return res.status(404).json({ error: 'Shift not found' });
  res.json({ id: shift.id, startsAt: shift.startsAt });
});
app.listen(3000);`,
      },
    },
    {
      name: 'nestjs + typeorm: a role list that admits contributors is no admin gate (an invoice loaded by id alone)',
      endpoint: 'GET /billing/invoices/:id',
      files: nestTypeormApp(`  @Get('invoices/:id')
  @Roles('contributor', 'editor', 'admin')
  async one(@Param('id') id: string) {
    const invoice = await this.invoices.findOne({ where: { id }, select: { id: true, amountCents: true } });
    if (!invoice) throw new NotFoundException();
    return invoice;
  }`),
    },
    {
      name: 'express + sequelize: a clinic admin of :clinicId removes a staff membership picked by id from any clinic (`/staff` of an object is no admin area)',
      endpoint: 'DELETE /api/v1/clinics/:clinicId/staff/:membershipId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { ClinicMembership } from './models.js';
import { requireAuth } from './auth.js';
const requireClinicAdmin = async (req, res, next) => {
  const m = await ClinicMembership.findOne({ where: { userId: req.user.id, clinicId: Number(req.params.clinicId) } });
  if (!m || m.role !== 'clinic_admin') return res.status(403).json({ error: 'Forbidden' });
  req.membership = m;
  next();
};
const app = express();
app.delete('/api/v1/clinics/:clinicId/staff/:membershipId', requireAuth, requireClinicAdmin, async (req, res) => {
  const removed = await ClinicMembership.destroy({ where: { id: Number(req.params.membershipId) } });
  if (!removed) return res.status(404).json({ error: 'membership not found' });
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: "koa + typeorm: the loan's household id compared with the caller's own id (the wrong field)",
      endpoint: 'POST /api/v1/loans/:id/extend',
      files: {
        'src/app.ts': `import Koa from 'koa';
import Router from '@koa/router';
import jwt from 'koa-jwt';
import { AppDataSource } from './data-source';
import { Loan } from './entity/Loan';
const app = new Koa();
const router = new Router({ prefix: '/api/v1/loans' });
router.use(jwt({ secret: process.env.JWT_SECRET! }));
router.post('/:id/extend', async (ctx) => {
  const user = ctx.state.user as { id: number; householdId: number };
  const loan = await AppDataSource.getRepository(Loan).findOne({
    where: { id: Number(ctx.params.id) },
    relations: { household: true },
  });
  if (!loan) ctx.throw(404, 'Loan not found');
  if (loan.household.id !== user.id) ctx.throw(403, 'Not your loan');
  loan.extensions += 1;
  await AppDataSource.getRepository(Loan).save(loan);
  ctx.body = { id: loan.id, extensions: loan.extensions };
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: any reviewer deletes any review (`requireRole(Role.Reviewer, Role.Admin)`: an enum member naming an ordinary role)',
      endpoint: 'DELETE /reviews/:id',
      files: {
        'package.json': '{ "dependencies": { "express": "4.21.0", "@prisma/client": "5.0.0" } }',
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const Role = { Reviewer: 'reviewer', Organizer: 'organizer', Admin: 'admin' };
const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());
const app = express();
app.use(express.json());
app.delete('/reviews/:id', requireAuth, requireRole(Role.Reviewer, Role.Admin), async (req, res) => {
  await prisma.review.delete({ where: { id: req.params.id } });
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: a recipe read by its id on a catalogue route, drafts (`isPublished: false`) included',
      endpoint: 'GET /recipes/:recipeId',
      files: {
        'package.json': '{ "dependencies": { "express": "4.21.0", "@prisma/client": "5.0.0" } }',
        'prisma/schema.prisma': `model Recipe {
  id          String  @id
  title       String
  authorId    String
  isPublished Boolean @default(false)
}`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.get('/recipes/:recipeId', async (req, res) => {
  const recipe = await prisma.recipe.findUnique({ where: { id: req.params.recipeId }, select: { id: true, title: true } });
  if (!recipe) return res.status(404).end();
  res.json(recipe);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: any organizer deletes any event (`const staff = requireRole('ORGANIZER', 'ADMIN')`, registered as `staff`: organizers are ordinary users)",
      endpoint: 'DELETE /events/:eventId',
      files: {
        'package.json': '{ "dependencies": { "express": "5.0.0", "@prisma/client": "5.0.0" } }',
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());
const staff = requireRole('ORGANIZER', 'ADMIN');
const app = express();
app.delete('/events/:eventId', requireAuth, staff, async (req, res) => {
  await prisma.event.delete({ where: { id: req.params.eventId } });
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: a payment confirmed by any landlord; the only comparison turns away the one who recorded it (`recordedById === me` → 403)',
      endpoint: 'PATCH /payments/:id/confirm',
      files: {
        'package.json': '{ "dependencies": { "express": "4.21.0", "@prisma/client": "5.0.0" } }',
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.patch('/payments/:id/confirm', requireAuth, async (req, res) => {
  const payment = await prisma.payment.findUnique({ where: { id: req.params.id } });
  if (!payment) return res.status(404).end();
  if (payment.recordedById === req.user.id) return res.status(403).json({ error: 'cannot confirm your own' });
  res.json(await prisma.payment.update({ where: { id: payment.id }, data: { status: 'confirmed' }, select: { id: true } }));
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: a tenant's admin reads a customer of any tenant by id (callers carry a tenant; the role is within it)",
      endpoint: 'GET /customers/:id',
      files: tenantCustomersApp(`app.get('/customers/:id', requireAuth, requireRole('ADMIN'), async (req, res) => {
  const customer = await prisma.customer.findUnique({ where: { id: req.params.id }, select: { id: true, name: true, gateCode: true } });
  if (!customer) return res.status(404).end();
  res.json(customer);
});`),
    },
    {
      name: "fastify + mongoose: the session's coach compared with the caller, the test waived for every coach (`&& role !== 'coach'`)",
      endpoint: 'PATCH /sessions/:id/status',
      files: fastifyMessagesApp(`app.patch('/sessions/:id/status', async (request, reply) => {
  const session = await Session.findById(request.params.id);
  if (!session) return reply.code(404).send({ error: 'not found' });
  if (String(session.coach) !== request.user.sub && request.user.role !== 'coach') return reply.code(403).send({ error: 'forbidden' });
  session.status = String(request.body.status);
  await session.save();
  return { id: session.id, status: session.status };
});`),
    },
    {
      name: "fastify + mongoose: the inbox filter `{ to: me, ...request.query }`, where the client's `?to=` overrides the caller",
      endpoint: 'GET /inbox',
      files: fastifyMessagesApp(`app.get('/inbox', async (request) => {
  const { limit = 50, ...filters } = request.query;
  return Message.find({ to: request.user.sub, ...filters }).select('from body').limit(Number(limit) || 50);
});`),
    },
    {
      name: 'fastify + mongoose: the same inbox filter built beforehand (`const filter = { to: me, ...filters }`) and run',
      endpoint: 'GET /inbox',
      files: fastifyMessagesApp(`app.get('/inbox', async (request) => {
  const { limit = 50, ...filters } = request.query;
  const filter = { to: request.user.sub, ...filters };
  return Message.find(filter).select('from body').limit(Number(limit) || 50);
});`),
    },
    {
      name: 'fastify + mongoose: a message sent to anyone who asks; the caller is compared only to mark it read',
      endpoint: 'GET /messages/:id',
      files: fastifyMessagesApp(`app.get('/messages/:id', async (request, reply) => {
  const message = await Message.findById(request.params.id).select('from to body readAt');
  if (!message) return reply.code(404).send({ error: 'not found' });
  if (!message.readAt && String(message.to) === request.user.sub) {
    message.readAt = new Date();
    await message.save();
  }
  return message;
});`),
    },
    {
      name: "fastify + mongoose: the caller's key of a filter built beforehand, overwritten with the client's `clientId`",
      endpoint: 'GET /sessions',
      files: fastifyMessagesApp(`app.get('/sessions', async (request) => {
  const filter = request.user.role === 'coach' ? { coach: request.user.sub } : { client: request.user.sub };
  if (request.query.clientId) filter.client = request.query.clientId;
  return Session.find(filter).select('coach client status');
});`),
    },
    {
      name: 'express + mongoose: the recipes of a collection read by its id on a public route, private collections included',
      endpoint: 'GET /api/collections/:id/recipes',
      files: collectionsApp(`app.get('/api/collections/:id/recipes', async (req, res) => {
  const collection = await Collection.findById(req.params.id).populate({ path: 'recipes', select: 'title' }).lean();
  if (!collection) return res.status(404).json({ error: 'not found' });
  res.json({ name: collection.name, recipes: collection.recipes });
});`),
    },
    {
      name: "express + mongoose: a user's collections, the privacy filter dropped when the client asks (`?includePrivate=true`)",
      endpoint: 'GET /api/users/:id/collections',
      files: collectionsApp(`app.get('/api/users/:id/collections', requireAuth, async (req, res) => {
  const filter = req.query.includePrivate === 'true' ? { owner: req.params.id } : { owner: req.params.id, isPrivate: false };
  const collections = await Collection.find(filter).select('name').lean();
  res.json(collections);
});`),
    },
    {
      name: "hono + supabase: an account read through the service-role client the middleware set on the context (`c.get('db')`)",
      endpoint: 'GET /api/accounts/:id',
      files: honoSupabaseApp(
        `app.get('/api/accounts/:id', async (c) => {
  const account = unwrap(await c.get('db').from('accounts').select('id, name').eq('id', c.req.param('id')).maybeSingle());
  if (!account) throw new HTTPException(404, { message: 'not found' });
  return c.json(account);
});`,
        false,
      ),
    },
    {
      name: 'hono + supabase: an account loaded through `unwrap(…)`, and the membership asked of a household the client names',
      endpoint: 'DELETE /api/accounts/:id',
      files: honoSupabaseApp(`app.delete('/api/accounts/:id', async (c) => {
  const account = unwrap(await supabaseAdmin.from('accounts').select('id, household_id').eq('id', c.req.param('id')).maybeSingle());
  if (!account) throw new HTTPException(404, { message: 'not found' });
  await requireMember(c.get('user').id, c.req.query('householdId'));
  unwrap(await supabaseAdmin.from('accounts').delete().eq('id', account.id));
  return c.body(null, 204);
});`),
    },
    {
      name: "express + prisma: the caller's membership of `:orgId` looked up but never tested",
      endpoint: 'GET /orgs/:orgId/projects/:projectId',
      files: orgProjectsApp(`app.get('/orgs/:orgId/projects/:projectId', requireAuth, async (req, res) => {
  const membership = await prisma.membership.findFirst({ where: { orgId: req.params.orgId, userId: req.user.id } });
  const project = await prisma.project.findFirst({ where: { id: req.params.projectId, orgId: req.params.orgId }, select: { id: true } });
  if (!project) return res.status(404).end();
  res.json(project);
});`),
    },
    {
      name: "express + pg: any task moved into the caller's project (`project.id` is the value SET, not a filter)",
      endpoint: 'PATCH /projects/:projectId/tasks/:taskId',
      files: drizzleTasksApp(`app.patch('/projects/:projectId/tasks/:taskId', requireAuth, async (req, res) => {
  const { rows } = await pool.query('SELECT id FROM projects WHERE id = $1 AND owner_id = $2', [req.params.projectId, req.user.id]);
  const project = rows[0];
  if (!project) return res.status(404).end();
  await pool.query('UPDATE tasks SET project_id = $2 WHERE id = $1', [req.params.taskId, project.id]);
  res.status(204).end();
});`),
    },
    {
      name: "express + drizzle: any task moved into the caller's project (`.set({ projectId: project.id })`)",
      endpoint: 'PATCH /projects/:projectId/tasks/:taskId',
      files: drizzleTasksApp(`app.patch('/projects/:projectId/tasks/:taskId', requireAuth, async (req, res) => {
  const [project] = await db.select().from(projects).where(and(eq(projects.id, req.params.projectId), eq(projects.ownerId, req.user.id)));
  if (!project) return res.status(404).end();
  await db.update(tasks).set({ projectId: project.id }).where(eq(tasks.id, req.params.taskId));
  res.status(204).end();
});`),
    },
    {
      name: "express + prisma: a role gate, the caller's project proven, then a task deleted by its id alone (not within that project)",
      endpoint: 'DELETE /projects/:projectId/tasks/:taskId',
      files:
        projectTasksApp(`app.delete('/projects/:projectId/tasks/:taskId', requireAuth, requireRole('manager'), async (req, res) => {
  await loadOwnedProject(req.params.projectId, req.user);
  await prisma.task.delete({ where: { id: req.params.taskId } });
  res.status(204).end();
});`),
    },
    {
      name: 'express + supabase: a vehicle read through a service-role client the middleware put on the request, which row-level security does not bind',
      endpoint: 'GET /api/vehicles/:id',
      files: {
        'supabase/migrations/001_init.sql': `create table public.vehicles (id uuid primary key, org_id uuid not null, plate text);
alter table public.vehicles enable row level security;
create policy "members read vehicles" on public.vehicles for select to authenticated using (public.is_org_member(org_id));`,
        'src/auth.ts': `import { createClient } from '@supabase/supabase-js';
import type { NextFunction, Request, Response } from 'express';
export async function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, '');
  if (!token) return res.status(401).json({ error: 'unauthorized' });
  const sb = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);
  const { data, error } = await sb.auth.getUser(token);
  if (error || !data.user) return res.status(401).json({ error: 'unauthorized' });
  req.user = data.user;
  req.sb = sb;
  next();
}`,
        'src/app.ts': `import express from 'express';
import { requireAuth } from './auth';
const app = express();
app.use('/api', requireAuth);
app.get('/api/vehicles/:id', async (req, res) => {
  const { data, error } = await req.sb!.from('vehicles').select('id, plate').eq('id', req.params.id).maybeSingle();
  if (error) throw error;
  if (!data) return res.status(404).json({ error: 'not_found' });
  res.json(data);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + pg: a show role looked up for the episode's show by a helper, and never tested",
      endpoint: 'GET /api/episodes/:episodeId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/db.js': `import pg from 'pg';
const pool = new pg.Pool();
export const db = {
  async one(text, params = []) {
    const { rows } = await pool.query(text, params);
    return rows[0] ?? null;
  },
  query(text, params = []) {
    return pool.query(text, params);
  },
};`,
        'src/shows.js': `import { db } from './db.js';
export async function getShowRole(showId, userId) {
  const row = await db.one('SELECT role FROM show_members WHERE show_id = $1 AND user_id = $2', [showId, userId]);
  return row?.role ?? null;
}`,
        'src/http.js': `export class ApiError extends Error {
  constructor(status, code) { super(code); this.status = status; }
}
export const notFound = () => new ApiError(404, 'not_found');
export const unauthorized = () => new ApiError(401, 'unauthorized');`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { db } from './db.js';
import { getShowRole } from './shows.js';
import { notFound } from './http.js';
const app = express();
app.get('/api/episodes/:episodeId', requireAuth, async (req, res) => {
  const episode = await db.one('SELECT * FROM episodes WHERE id = $1', [req.params.episodeId]);
  if (!episode) throw notFound();
  const role = await getShowRole(episode.show_id, req.user.id);
  console.info('role', role);
  res.json(episode);
});
app.listen(3000);`,
      },
    },
    {
      name: "next pages: a tutor's payout requested for the tutor id in the body (withRole('TUTOR') is not an admin gate)",
      endpoint: 'ALL /api/v1/payouts',
      files: {
        'package.json': '{ "dependencies": { "next": "14.0.0", "@prisma/client": "5.0.0", "iron-session": "6.3.1" } }',
        'lib/session.js': `import { withIronSessionApiRoute } from 'iron-session/next';
const sessionOptions = { cookieName: 'sid', password: process.env.SESSION_PASSWORD, cookieOptions: { httpOnly: true, secure: true } };
export function withSessionRoute(handler) {
  return withIronSessionApiRoute(handler, sessionOptions);
}
export function withAuth(handler) {
  return withSessionRoute(async (req, res) => {
    const user = req.session.user;
    if (!user) return res.status(401).json({ error: 'Sign in' });
    return handler(req, res, user);
  });
}
export function withRole(roles, handler) {
  const allowed = Array.isArray(roles) ? roles : [roles];
  return withAuth((req, res, user) => {
    if (!allowed.includes(user.role)) return res.status(403).json({ error: 'Forbidden' });
    return handler(req, res, user);
  });
}`,
        'lib/prisma.js': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'pages/api/v1/me.js': `import { withAuth } from '../../../lib/session';
export default withAuth(async (req, res, user) => res.json({ id: user.id }));`,
        'pages/api/v1/payouts.js': `import { prisma } from '../../../lib/prisma';
import { withRole } from '../../../lib/session';
export default withRole('TUTOR', async (req, res, user) => {
  const tutorId = String(req.body.tutorId);
  const earnings = await prisma.invoice.findMany({ where: { tutorId }, select: { amountCents: true } });
  const balance = earnings.reduce((n, e) => n + e.amountCents, 0);
  if (Number(req.body.amountCents) > balance) return res.status(400).json({ error: 'Too much' });
  const payout = await prisma.payout.create({ data: { tutorId, amountCents: Number(req.body.amountCents) }, select: { id: true } });
  res.status(201).json(payout);
});`,
      },
    },
    {
      name: "express + prisma: a helper loads the instrument and asks a second helper for the caller's lab membership, which it never denies without",
      endpoint: 'DELETE /api/instruments/:instrumentId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/prisma.js': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'src/labAccess.js': `import { prisma } from './prisma.js';
export async function findMembership(labId, userId) {
  return prisma.membership.findUnique({ where: { labId_userId: { labId, userId } }, select: { id: true, role: true } });
}
export async function assertLabRole(labId, userId) {
  const membership = await findMembership(labId, userId);
  if (membership) console.info('member', membership.role);
  return membership;
}`,
        'src/instruments.js': `import { prisma } from './prisma.js';
import { assertLabRole } from './labAccess.js';
async function loadForRole(req) {
  const instrument = await prisma.instrument.findUnique({ where: { id: req.params.instrumentId } });
  if (!instrument) { const e = new Error('not found'); e.status = 404; throw e; }
  const membership = await assertLabRole(instrument.labId, req.user.id);
  return { instrument, membership };
}
export async function destroy(req, res) {
  const { instrument } = await loadForRole(req);
  await prisma.instrument.delete({ where: { id: instrument.id } });
  res.status(204).end();
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { destroy } from './instruments.js';
const app = express();
app.delete('/api/instruments/:instrumentId', requireAuth, destroy);
app.listen(3000);`,
      },
    },
    {
      name: 'fastify + drizzle: a bin updated within the warehouses of the organisation in the path, with no membership of it checked',
      endpoint: 'PATCH /orgs/:orgId/bins/:binId',
      files: {
        'src/schema.ts': `import { pgTable, serial, integer, text } from 'drizzle-orm/pg-core';
export const warehouses = pgTable('warehouses', { id: serial('id').primaryKey(), orgId: integer('org_id').notNull(), name: text('name') });
export const bins = pgTable('bins', { id: serial('id').primaryKey(), warehouseId: integer('warehouse_id').notNull(), label: text('label') });
export const memberships = pgTable('memberships', { id: serial('id').primaryKey(), orgId: integer('org_id').notNull(), userId: integer('user_id').notNull(), role: text('role') });`,
        'src/app.ts': `import Fastify from 'fastify';
import jwt from '@fastify/jwt';
import { and, eq, inArray } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { bins, memberships, warehouses } from './schema';
const db = drizzle(process.env.DATABASE_URL!);
const app = Fastify();
app.register(jwt, { secret: process.env.JWT_SECRET! });
app.addHook('onRequest', async (request) => { await request.jwtVerify(); });

app.patch<{ Params: { orgId: string; binId: string }; Body: { label: string } }>('/orgs/:orgId/bins/:binId', async (request, reply) => {
  const orgWarehouseIds = db.select({ id: warehouses.id }).from(warehouses).where(eq(warehouses.orgId, Number(request.params.orgId)));
  const [updated] = await db
    .update(bins)
    .set({ label: String(request.body.label) })
    .where(and(eq(bins.id, Number(request.params.binId)), inArray(bins.warehouseId, orgWarehouseIds)))
    .returning({ id: bins.id, label: bins.label });
  if (!updated) return reply.code(404).send({ error: 'not found' });
  return updated;
});
export default app;`,
      },
    },
    {
      name: 'express + mongoose: any account soft-deleted by the id in the path (the person is loaded, then changed by its _id)',
      endpoint: 'DELETE /api/users/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const User = mongoose.model('User', new mongoose.Schema({ name: String, removedAt: Date }));
const app = express();
app.delete('/api/users/:id', requireAuth, async (req, res) => {
  const user = await User.findOne({ _id: req.params.id, removedAt: null });
  if (!user) return res.status(404).json({ error: 'Not found' });
  await User.updateOne({ _id: user._id }, { $set: { removedAt: new Date() } });
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: a player added by the captain; the person named in the body is sent back whole',
      endpoint: 'POST /teams/:teamId/players',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
const toPlayerDto = (player, user) => ({ id: player.id, jersey: player.jersey, name: user ? user.displayName : null });
app.post('/teams/:teamId/players', requireAuth, async (req, res) => {
  const team = await prisma.team.findFirst({ where: { id: Number(req.params.teamId), captainId: req.user.id } });
  if (!team) return res.status(404).json({ error: 'Team not found' });
  const user = await prisma.user.findUnique({ where: { id: Number(req.body.userId) } });
  if (!user) return res.status(404).json({ error: 'User not found' });
  const player = await prisma.player.create({ data: { teamId: team.id, userId: user.id, jersey: Number(req.body.jersey) }, select: { id: true, jersey: true } });
  res.status(201).json({ player, user });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + sequelize: a member of any organisation removed by user id, with no membership check of `:orgId`',
      endpoint: 'DELETE /orgs/:orgId/members/:userId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `const express = require('express');
const { Membership } = require('./models');
const { requireAuth } = require('./auth.js');
const app = express();
app.delete('/orgs/:orgId/members/:userId', requireAuth, async (req, res) => {
  const removed = await Membership.destroy({ where: { orgId: req.params.orgId, userId: req.params.userId } });
  res.status(removed ? 204 : 404).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + sequelize: adding a member to any firm, the one route of the collection without `requireFirmRole`',
      endpoint: 'POST /firms/:firmId/members',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/firm.js': `const { Membership } = require('./models');
function requireFirmRole(...roles) {
  return async (req, res, next) => {
    const membership = await Membership.findOne({ where: { firmId: req.params.firmId, userId: req.user.id } });
    if (!membership || (roles.length && !roles.includes(membership.role))) return res.status(403).json({ error: 'Forbidden' });
    next();
  };
}
module.exports = { requireFirmRole };`,
        'src/app.js': `const express = require('express');
const { Firm, Membership, User } = require('./models');
const { requireAuth } = require('./auth.js');
const { requireFirmRole } = require('./firm.js');
const app = express();
app.use(express.json());
app.get('/firms/:firmId/members', requireAuth, requireFirmRole(), async (req, res) => {
  res.json(await Membership.findAll({ where: { firmId: req.params.firmId }, attributes: ['id', 'role'] }));
});
app.post('/firms/:firmId/members', requireAuth, async (req, res) => {
  const user = await User.findOne({ where: { email: String(req.body.email) }, attributes: ['id'] });
  if (!user) return res.status(404).json({ error: 'No such account' });
  const [membership, created] = await Membership.findOrCreate({ where: { firmId: req.params.firmId, userId: user.id }, defaults: { role: 'member' } });
  if (!created) await membership.update({ role: String(req.body.role) });
  res.status(created ? 201 : 200).json({ id: membership.id });
});
app.patch('/firms/:firmId', requireAuth, requireFirmRole('admin'), async (req, res) => {
  await Firm.update({ name: String(req.body.name) }, { where: { id: req.params.firmId } });
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + sequelize: the same includes, the membership filtered only on its role (anyone of any firm)',
      endpoint: 'GET /api/documents/:documentId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/models.js': `const { DataTypes, Sequelize } = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);
const Firm = sequelize.define('Firm', { name: DataTypes.STRING });
const Membership = sequelize.define('Membership', { userId: DataTypes.INTEGER, role: DataTypes.STRING });
const Case = sequelize.define('Case', { title: DataTypes.STRING, firmId: DataTypes.INTEGER, clientId: DataTypes.INTEGER });
const Document = sequelize.define('Document', { title: DataTypes.STRING, storageKey: DataTypes.STRING, caseId: DataTypes.INTEGER, uploadedBy: DataTypes.INTEGER });
module.exports = { Case, Document, Firm, Membership };`,
        'src/app.js': `const express = require('express');
const { requireAuth } = require('./auth.js');
const { Case, Document, Firm, Membership } = require('./models.js');
const app = express();
app.get('/api/documents/:documentId', requireAuth, async (req, res) => {
  const doc = await Document.findOne({
    where: { id: req.params.documentId },
    attributes: ['id', 'title'],
    include: [{ model: Case, as: 'case', required: true, include: [{ model: Firm, as: 'firm', required: true,
      include: [{ model: Membership, as: 'memberships', required: true, where: { role: 'partner' } }] }] }],
  });
  if (!doc) return res.status(404).json({ error: 'Not found' });
  res.json(doc);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + pg: the lab's samples listed through the same service without asserting the caller's membership",
      endpoint: 'GET /api/v1/labs/:labId/samples',
      files: labSamplesApp(`export async function listForLab(labId: number, userId: number) {
  return repo.listSamplesForLab(labId);
}`),
    },
    {
      name: "koa + prisma: a show manager's role proven for `:showId`, then a member removed by its id alone (of any show)",
      endpoint: 'DELETE /api/v1/shows/:showId/members/:memberId',
      files: showEpisodesApp(
        `router.delete('/:showId/members/:memberId', async (ctx) => {
  await assertShowRole(ctx.params.showId, ctx.state.user.id);
  await prisma.showMember.delete({ where: { id: ctx.params.memberId } });
  ctx.status = 204;
});`,
        '/api/v1/shows',
      ),
    },
    {
      name: "koa + prisma: the caller's role checked on a show named in the body, then the episode changed by its own id",
      endpoint: 'DELETE /api/v1/episodes/:episodeId',
      files: showEpisodesApp(`router.delete('/:episodeId', async (ctx) => {
  await assertShowRole(ctx.request.body.showId, ctx.state.user.id);
  await prisma.episode.delete({ where: { id: ctx.params.episodeId } });
  ctx.status = 204;
});`),
    },
    {
      name: "express + mongoose: anyone 'accepts' a ride by id without the open-status filter, taking another driver's ride",
      endpoint: 'POST /api/v1/ride-requests/:id/accept',
      files: rideShareApp(`app.post('/api/v1/ride-requests/:id/accept', async (req, res) => {
  const ride = await RideRequest.findByIdAndUpdate(req.params.id, { $set: { status: 'matched', driver: req.user.id } }, { new: true });
  if (!ride) return res.status(404).json({ error: 'Not found' });
  res.json({ id: ride.id, status: ride.status });
});`),
    },
    {
      name: "express + mongoose: an employee's performance reviews, read by anyone signed in",
      endpoint: 'GET /api/v1/employees/:employeeId/reviews',
      files: rideShareApp(`app.get('/api/v1/employees/:employeeId/reviews', async (req, res) => {
  res.json(await Review.find({ employee: req.params.employeeId }).select('score notes').lean());
});`),
    },
    {
      name: "express + pg: a note read by id through the project's `queryOne(text, params)` wrapper of `pool.query`",
      endpoint: 'GET /notes/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/db.js': `import pg from 'pg';
export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
export async function queryOne(text, params = []) {
  const { rows } = await pool.query(text, params);
  return rows[0] ?? null;
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { queryOne } from './db.js';
const app = express();
app.get('/notes/:id', requireAuth, async (req, res) => {
  const note = await queryOne('SELECT id, title, body FROM notes WHERE id = $1', [req.params.id]);
  if (!note) return res.status(404).json({ error: 'Not found' });
  res.json(note);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: the owner's membership of the clinic is proven, but the member is looked up by its own id alone",
      endpoint: 'PATCH /clinics/:clinicId/members/:membershipId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/membership.js': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();
export async function assertMember(userId, clinicId, roles = []) {
  const membership = await prisma.membership.findFirst({ where: { userId, clinicId }, select: { role: true } });
  if (!membership || (roles.length > 0 && !roles.includes(membership.role))) {
    const err = new Error('Clinic not found');
    err.status = 404;
    throw err;
  }
  return membership;
}
export function requireClinicMember(...roles) {
  return async (req, res, next) => {
    try {
      const { clinicId } = req.params;
      req.membership = await assertMember(req.user.id, clinicId, roles);
      next();
    } catch (err) {
      next(err);
    }
  };
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { prisma, requireClinicMember } from './membership.js';
const app = express();
app.use(express.json());
app.patch('/clinics/:clinicId/members/:membershipId', requireAuth, requireClinicMember('owner'), async (req, res) => {
  const role = req.body.role === 'admin' ? 'admin' : 'member';
  const membership = await prisma.membership.findFirst({ where: { id: req.params.membershipId }, select: { id: true } });
  if (!membership) return res.status(404).json({ error: 'Member not found' });
  await prisma.membership.update({ where: { id: membership.id }, data: { role } });
  res.json({ id: membership.id, role });
});
app.listen(3000);`,
      },
    },
    {
      name: 'hono: behind the same partner key, the organiser is taken from the query',
      endpoint: 'GET /partner/events',
      files: {
        'src/partnerAuth.ts': `import { createHash } from 'node:crypto';
import { bearerAuth } from 'hono/bearer-auth';
import { prisma } from './db';
export const partnerKeyAuth = bearerAuth({
  verifyToken: async (token, c) => {
    const keyHash = createHash('sha256').update(token).digest('hex');
    const key = await prisma.partnerKey.findUnique({ where: { keyHash }, select: { id: true, organizerId: true } });
    if (!key) return false;
    c.set('partner', { id: key.id, organizerId: key.organizerId });
    return true;
  },
});`,
        'src/db.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'src/app.ts': `import { Hono } from 'hono';
import { prisma } from './db';
import { partnerKeyAuth } from './partnerAuth';
const app = new Hono();
app.get('/partner/events', partnerKeyAuth, async (c) => {
  const { organizerId } = c.req.query();
  const data = await prisma.event.findMany({ where: { organizerId }, select: { id: true, title: true } });
  return c.json({ data });
});
export default app;`,
      },
    },
    {
      name: 'express + prisma: a membership helper that never denies (its result is not tested) proves nothing',
      endpoint: 'GET /teams/:teamId/members',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/teams.js': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();
export class HttpError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}
export async function requireMember(teamId, userId) {
  const membership = await prisma.teamMember.findFirst({ where: { teamId, userId }, select: { id: true } });
  
  return membership;
}
export function listMembers(teamId) {
  return prisma.teamMember.findMany({ where: { teamId }, select: { id: true, displayName: true } });
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { listMembers, requireMember } from './teams.js';
const app = express();
app.get('/teams/:teamId/members', requireAuth, async (req, res) => {
  await requireMember(req.params.teamId, req.user.id);
  res.json(await listMembers(req.params.teamId));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: a referral picked by id among clinics the client lists in the query',
      endpoint: 'GET /referrals/:referralId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/clinics.js': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();
export async function clinicIdsForUser(userId) {
  const rows = await prisma.membership.findMany({ where: { userId }, select: { clinicId: true } });
  return rows.map((row) => row.clinicId);
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { clinicIdsForUser, prisma } from './clinics.js';
const app = express();
app.get('/referrals/:referralId', requireAuth, async (req, res) => {
  const clinicIds = String(req.query.clinicIds).split(',');
  const referral = await prisma.referral.findFirst({
    where: { id: req.params.referralId, OR: [{ fromClinicId: { in: clinicIds } }, { toClinicId: { in: clinicIds } }] },
    select: { id: true, reason: true, status: true },
  });
  if (!referral) return res.status(404).json({ error: 'Referral not found' });
  res.json(referral);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: the captains are listed from the body, not from the match the route loads',
      endpoint: 'POST /matches/:matchId/score-reports',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/matches/:matchId/score-reports', requireAuth, async (req, res) => {
  const match = await prisma.match.findUnique({ where: { id: req.params.matchId }, include: { homeTeam: true, awayTeam: true } });
  if (!match) return res.status(404).json({ error: 'Match not found' });
  const captains = [req.body.homeCaptainId, req.body.awayCaptainId];
  if (!captains.includes(req.user.id)) return res.status(403).json({ error: 'Only a captain may report the score' });
  const report = await prisma.scoreReport.create({
    data: { matchId: match.id, reportedById: req.user.id, homeScore: Number(req.body.homeScore) },
    select: { id: true },
  });
  res.status(201).json(report);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: teams picked by ids from the body alone, beside a league loaded for its organiser (the teams may be another league's)",
      endpoint: 'POST /leagues/:leagueId/matches',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/leagues/:leagueId/matches', requireAuth, async (req, res) => {
  const { leagueId } = req.params;
  const league = await prisma.league.findFirst({ where: { id: leagueId, organizerId: req.user.id }, select: { id: true } });
  if (!league) return res.status(404).json({ error: 'League not found' });
  const teams = await prisma.team.count({ where: { id: { in: [req.body.homeTeamId, req.body.awayTeamId] } } });
  if (teams !== 2) return res.status(400).json({ error: 'Both teams must belong to this league' });
  const match = await prisma.match.create({
    data: { leagueId, homeTeamId: String(req.body.homeTeamId), awayTeamId: String(req.body.awayTeamId) },
    select: { id: true },
  });
  res.status(201).json(match);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: the record read by an id from the body belongs to a person (a host's table): not a catalogue",
      endpoint: 'POST /reservations',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'prisma/schema.prisma': `model User {
  id           String        @id
  email        String
  reservations Reservation[]
}
model Restaurant {
  id     String  @id
  name   String
  tables Table[]
}
model Table {
  id           String        @id
  restaurantId String
  restaurant   Restaurant    @relation(fields: [restaurantId], references: [id])
  seats        Int
  hostId       String
  host         User          @relation("hosting", fields: [hostId], references: [id])
  active       Boolean
  reservations Reservation[]
}
model Reservation {
  id        String   @id
  userId    String
  user      User     @relation(fields: [userId], references: [id])
  tableId   String
  table     Table    @relation(fields: [tableId], references: [id])
  startsAt  DateTime
}`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.post('/reservations', requireAuth, async (req, res) => {
  const table = await prisma.table.findFirst({ where: { id: req.body.tableId, active: true }, select: { id: true, seats: true } });
  if (!table) return res.status(404).json({ error: 'Table not found' });
  const taken = await prisma.reservation.count({ where: { tableId: req.body.tableId, startsAt: new Date(req.body.startsAt) } });
  if (taken > 0) return res.status(409).json({ error: 'Taken' });
  const reservation = await prisma.reservation.create({
    data: { tableId: table.id, startsAt: new Date(req.body.startsAt), userId: req.user.id },
    select: { id: true, startsAt: true },
  });
  res.status(201).json(reservation);
});
app.listen(3000);`
          .replace('select: { id: true, seats: true }', 'include: { reservations: true }')
          .replace('res.status(201).json(reservation)', 'res.status(201).json({ reservation, table })'),
      },
    },
    {
      name: 'express + mongoose: a filter that drops the owner when the client asks for it (`req.query.all`), not for a role',
      endpoint: 'GET /applications/:id',
      files: {
        ...applicationsApp('true'),
        'src/service.js': `import { Application } from './models.js';
export async function getApplicationForUser(id, user, all) {
  const filter = all ? { _id: id } : { _id: id, applicant: user.sub };
  return Application.findOne(filter).select('status answers').lean();
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { getApplicationForUser } from './service.js';
const app = express();
app.get('/applications/:id', requireAuth, async (req, res) => {
  res.json(await getApplicationForUser(req.params.id, req.user, req.query.all));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + better-sqlite3: a statement prepared at module level, run with a budget id from the query only',
      endpoint: 'GET /transactions',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import Database from 'better-sqlite3';
import { requireAuth } from './auth.js';
const db = new Database('budget.db');
const listTransactions = db.prepare('SELECT id, payee, amount_cents FROM transactions WHERE budget_id = ?');
const listOwnTransactions = db.prepare(
  'SELECT t.id, t.payee FROM transactions t JOIN budgets b ON b.id = t.budget_id WHERE t.budget_id = ? AND b.owner_id = ?',
);
const app = express();
app.get('/transactions', requireAuth, (req, res) => {
  res.json(listTransactions.all(Number(req.query.budgetId)));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: the caller is only written into the update (`approvedBy`), the filter picks any pending payout',
      endpoint: 'PATCH /payouts/:id/approve',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/models.js': `import mongoose from 'mongoose';
const payoutSchema = new mongoose.Schema({
  landlord: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
  amountCents: Number,
  status: String,
  approvedBy: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
});
export const Payout = mongoose.model('Payout', payoutSchema);`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { Payout } from './models.js';
const app = express();
app.patch('/payouts/:id/approve', requireAuth, async (req, res) => {
  const payout = await Payout.findOneAndUpdate(
    { _id: req.params.id, status: 'requested' },
    { status: 'approved', approvedBy: req.user.id },
    { new: true },
  );
  if (!payout) return res.status(404).end();
  res.json({ id: payout.id, status: payout.status });
});
app.listen(3000);`,
      },
    },
    {
      name: "next + supabase: the caller's own token, but the table has no row-level security in the migrations",
      endpoint: 'DELETE /api/jobs/[id]',
      files: {
        'supabase/migrations/0001_init.sql': `create table public.jobs (
  id uuid primary key,
  company_id uuid not null references public.companies (id)
);
alter table public.profiles enable row level security;`,
        ...SUPABASE_JOBS,
      },
    },
    {
      name: 'next + supabase: row-level security, but a policy opens deletes to every row',
      endpoint: 'DELETE /api/jobs/[id]',
      files: {
        'supabase/migrations/0001_init.sql': `create table public.jobs (
  id uuid primary key,
  company_id uuid not null references public.companies (id)
);
alter table public.jobs enable row level security;
create policy "anyone deletes" on public.jobs for delete using (true);`,
        ...SUPABASE_JOBS,
      },
    },
    {
      name: 'koa + prisma: an organisation admin deletes a membership by its id alone (and refusing their own proves nothing)',
      endpoint: 'DELETE /orgs/:orgId/members/:memberId',
      files: koaOrgApp(`router.delete('/members/:memberId', requireOrgRole('ADMIN'), async (ctx) => {
  const memberId = Number(ctx.params.memberId);
  if (memberId === ctx.state.membership.id) ctx.throw(400, 'Admins cannot remove themselves');
  await prisma.membership.delete({ where: { id: memberId } });
  ctx.status = 204;
});`),
    },
    {
      name: 'nestjs + typeorm: the owner in the where clause is `patientId ?? user.patientId`: the client may pick it',
      endpoint: 'GET /billing/invoices/:id',
      files: nestTypeormApp(`  @Get('invoices/:id')
  @Roles('patient')
  async one(@CurrentUser() user: { patientId: string }, @Param('id') id: string, @Query('patientId') patientId?: string) {
    const invoice = await this.invoices.findOne({ where: { id, patientId: patientId ?? user.patientId }, select: { id: true, amountCents: true } });
    if (!invoice) throw new NotFoundException();
    return invoice;
  }`),
    },
    {
      name: "express + knex: an order loaded by its id alone (db('orders').where('id', req.params.id).first())",
      endpoint: 'GET /api/v1/orders/:id',
      files: {
        'package.json':
          '{ "dependencies": { "express": "4.21.0", "knex": "3.1.0", "pg": "8.12.0", "passport": "0.7.0", "passport-jwt": "4.0.1" } }',
        'src/db.js': `module.exports = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });`,
        'src/auth.js': `const passport = require('passport');
const { Strategy, ExtractJwt } = require('passport-jwt');
passport.use(new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'] }, (payload, done) => done(null, { id: payload.sub })));
const requireAuth = passport.authenticate('jwt', { session: false });
module.exports = { passport, requireAuth };`,
        'src/app.js': `const express = require('express');
const db = require('./db');
const { passport, requireAuth } = require('./auth');
const app = express();
app.use(passport.initialize());
app.get('/api/v1/orders/:id', requireAuth, async (req, res) => {
  const order = await db('orders').where('id', req.params.id).first('id', 'status', 'total_cents');
  if (!order) return res.status(404).end();
  res.json(order);
});
app.listen(3000);`,
      },
    },
    {
      name: "hono: the caller's own account having a company (`!user.companyId` in the middleware) does not prove the addressed application is the company's",
      endpoint: 'PATCH /api/v1/applications/{id}/status',
      files: {
        'src/app.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { prisma } from './db';
const loadRecruiter = createMiddleware(async (c, next) => {
  const { sub } = c.get('jwtPayload');
  const user = await prisma.user.findUnique({ where: { id: sub }, select: { id: true, companyId: true } });
  if (!user || !user.companyId) throw new HTTPException(403, { message: 'Recruiter account required' });
  c.set('recruiter', { id: user.id, companyId: user.companyId });
  await next();
});
const app = new Hono();
app.use('/api/v1/*', jwt({ secret: process.env.JWT_SECRET! }), loadRecruiter);
app.patch('/api/v1/applications/:id/status', async (c) => {
  const { status } = await c.req.json<{ status: string }>();
  const application = await prisma.application.update({ where: { id: c.req.param('id') }, data: { status: String(status) } });
  return c.json({ id: application.id });
});
export default app;`,
      },
    },
    {
      name: "next.js + drizzle: the owner is the query's userId when given, else the session's (the column list merely selects isPublic)",
      endpoint: 'GET /api/trips',
      files: {
        'package.json': '{ "dependencies": { "next": "15.0.0", "drizzle-orm": "0.36.0", "jose": "5.0.0" } }',
        'lib/auth.ts': `import { cookies } from 'next/headers';
import { jwtVerify } from 'jose';
export async function getSession() {
  const token = (await cookies()).get('session')?.value;
  if (!token) return null;
  const { payload } = await jwtVerify(token, new TextEncoder().encode(process.env.SESSION_SECRET));
  return { userId: String(payload.sub) };
}`,
        'db/schema.ts': `import { pgTable, serial, text, boolean } from 'drizzle-orm/pg-core';
export const trips = pgTable('trips', { id: serial('id').primaryKey(), ownerId: text('owner_id'), title: text('title'), isPublic: boolean('is_public') });`,
        'app/api/trips/route.ts': `import { NextResponse, type NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { trips } from '@/db/schema';
import { getSession } from '@/lib/auth';
export async function GET(req: NextRequest) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const userId = req.nextUrl.searchParams.get('userId') ?? session.userId;
  const rows = await db.select({ id: trips.id, title: trips.title, isPublic: trips.isPublic }).from(trips).where(eq(trips.ownerId, userId));
  return NextResponse.json(rows);
}`,
      },
    },
    {
      name: 'koa: /boats/{boatId}/bookings/{bookingId}/confirm checks the boat, then confirms any booking by its own id',
      endpoint: 'POST /boats/:boatId/bookings/:bookingId/confirm',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
async function requireAuth(ctx, next) {
  try { ctx.state.user = jwt.verify(ctx.get('Authorization').slice(7), process.env.JWT_SECRET); } catch { ctx.throw(401); }
  await next();
}
const router = new Router();
router.post('/boats/:boatId/bookings/:bookingId/confirm', requireAuth, async (ctx) => {
  const boat = await prisma.boat.findUnique({ where: { id: ctx.params.boatId }, select: { ownerId: true } });
  if (!boat || boat.ownerId !== ctx.state.user.sub) ctx.throw(404, 'Boat not found');
  ctx.body = await prisma.booking.update({ where: { id: ctx.params.bookingId }, data: { status: 'CONFIRMED' }, select: { id: true } });
});
const app = new Koa();
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'express: a role gate that lets every coach through is not an admin gate; the gym comes from the path',
      endpoint: 'GET /gyms/:gymId/sessions',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/models.js': `import mongoose from 'mongoose';
export const Gym = mongoose.model('Gym', new mongoose.Schema({ name: String, coaches: [String], members: [String] }));
export const Program = mongoose.model('Program', new mongoose.Schema({ owner: String, title: String }));
export const Session = mongoose.model('Session', new mongoose.Schema({ gym: String, program: String, notes: String }));`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { Session } from './models.js';
const app = express();
app.get('/gyms/:gymId/sessions', requireAuth, async (req, res) => {
  if (req.user.role !== 'coach' && req.user.role !== 'admin') return res.status(403).json({ error: 'Coaches only' });
  res.json(await Session.find({ gym: req.params.gymId }).select('program notes'));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: a booking for a pet picked by id, referred to only by pet.id, without checking whose pet it is',
      endpoint: 'POST /appointments',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/appointments', requireAuth, async (req, res) => {
  const pet = await prisma.pet.findUnique({ where: { id: req.body.petId } });
  if (!pet) return res.status(404).json({ error: 'Pet not found' });
  const appointment = await prisma.appointment.create({ data: { petId: pet.id, at: new Date(req.body.at) }, select: { id: true } });
  res.status(201).json(appointment);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: a membership of the organisation in the path does not prove the shift addressed by its own id',
      endpoint: 'DELETE /orgs/:orgId/shifts/:shiftId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/org.js': ORG_MEMBERSHIP,
        'src/app.js': `const express = require('express');
const { Shift } = require('./models');
const { requireAuth } = require('./auth.js');
const { requireOrgRole } = require('./org.js');
const app = express();
app.delete('/orgs/:orgId/shifts/:shiftId', requireAuth, requireOrgRole('coordinator'), async (req, res) => {
  const shift = await Shift.findByPk(req.params.shiftId);
  if (!shift) return res.status(404).end();
  await shift.destroy();
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: the organisation is taken from the query without any membership check',
      endpoint: 'GET /members',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `const express = require('express');
const { Membership } = require('./models');
const { requireAuth } = require('./auth.js');
const app = express();
app.get('/members', requireAuth, async (req, res) => {
  res.json(await Membership.findAll({ where: { orgId: req.query.orgId }, attributes: ['role', 'userId'] }));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + pg (TS): a response interface without the owner column does not make invoices owner-less',
      endpoint: 'GET /invoices/:id',
      files: {
        'src/auth.ts': `import jwt from 'jsonwebtoken';
export function requireAuth(req: any, res: any, next: any) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET!); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}`,
        'src/app.ts': `import express from 'express';
import pg from 'pg';
import { requireAuth } from './auth';
interface Invoice { id: string; amount: number; status: string }
const pool = new pg.Pool();
const app = express();
app.get('/invoices/:id', requireAuth, async (req, res) => {
  const { rows } = await pool.query<Invoice>('SELECT id, amount, status FROM invoices WHERE id = $1', [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: 'Not found' });
  res.json(rows[0]);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + drizzle: the membership is looked up but never tested',
      endpoint: 'PATCH /tasks/:taskId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/db.js': `import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, text } from 'drizzle-orm/pg-core';
export const tasks = pgTable('tasks', { id: text('id'), projectId: text('project_id'), title: text('title') });
export const projectMembers = pgTable('project_members', { projectId: text('project_id'), userId: text('user_id'), role: text('role') });
export const db = drizzle(process.env.DATABASE_URL);`,
        'src/app.js': `import express from 'express';
import { and, eq } from 'drizzle-orm';
import { db, tasks, projectMembers } from './db.js';
import { requireAuth } from './auth.js';
const app = express();
app.use(express.json());
app.patch('/tasks/:taskId', requireAuth, async (req, res) => {
  const [task] = await db.select().from(tasks).where(eq(tasks.id, req.params.taskId));
  if (!task) return res.status(404).json({ error: 'Not found' });
  const [membership] = await db
    .select({ role: projectMembers.role })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, task.projectId), eq(projectMembers.userId, req.user.id)));
  console.log('membership', membership);
  const [updated] = await db.update(tasks).set({ title: String(req.body.title) }).where(eq(tasks.id, task.id)).returning();
  res.json({ id: updated.id, title: updated.title });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + passport: a middleware that only compares the id (and lets everyone through) proves nothing',
      endpoint: 'DELETE /users/:userId',
      files: {
        'src/auth.js': `import passport from 'passport';
const rights = new Map([['user', []], ['admin', ['manageUsers']]]);
const verify = (req, resolve, reject, required) => async (err, user) => {
  if (err || !user) return reject(new Error('Please authenticate'));
  req.user = user;
  if (required.length) {
    const granted = required.every((r) => rights.get(user.role).includes(r));
    if (!granted && req.params.userId !== user.id) console.warn('acting on another user');
  }
  resolve();
};
export const auth = (...required) => async (req, res, next) =>
  new Promise((resolve, reject) => {
    passport.authenticate('jwt', { session: false }, verify(req, resolve, reject, required))(req, res, next);
  })
    .then(() => next())
    .catch((err) => next(err));`,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { auth } from './auth.js';
const User = mongoose.model('User', new mongoose.Schema({ name: String, email: String }));
const app = express();
app.use(express.json());
app.delete('/users/:userId', auth('manageUsers'), async (req, res) => {
  await User.findByIdAndDelete(req.params.userId);
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: an order item (it refers to an order, which has an owner) changed by id',
      endpoint: 'DELETE /order-items/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'prisma/schema.prisma': `model Product {
  id         Int         @id @default(autoincrement())
  name       String
  priceCents Int
  items      OrderItem[]
}
model Order {
  id     Int         @id @default(autoincrement())
  userId Int
  items  OrderItem[]
}
model OrderItem {
  id        Int     @id @default(autoincrement())
  orderId   Int
  productId Int
  order     Order   @relation(fields: [orderId], references: [id])
  product   Product @relation(fields: [productId], references: [id])
}`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.delete('/order-items/:id', requireAuth, async (req, res) => {
  await prisma.orderItem.delete({ where: { id: Number(req.params.id) } });
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: "express + memory store: the owner is the caller's id unless the query names another user",
      endpoint: 'GET /bookmarks',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
const bookmarks = [{ id: 1, userId: 1, url: 'https://example.com', private: true }];
const app = express();
app.get('/bookmarks', requireAuth, (req, res) => {
  const ownerId = req.query.userId ? Number(req.query.userId) : req.user.id;
  res.json(bookmarks.filter((b) => b.userId === ownerId));
});
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: a recruiter (a role, not an administrator) changes any application's status by id",
      endpoint: 'PATCH /applications/:id/status',
      files: {
        'src/auth.js': `import jwt from 'jsonwebtoken';
export function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}
export const requireRole = (role) => (req, res, next) => (req.user.role === role ? next() : res.status(403).end());`,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth, requireRole } from './auth.js';
const Application = mongoose.model('Application', new mongoose.Schema({ job: String, candidate: String, status: String }));
const Comment = mongoose.model('Comment', new mongoose.Schema({ post: String, text: String }));
const app = express();
app.use(express.json());
app.patch('/applications/:id/status', requireAuth, requireRole('recruiter'), async (req, res) => {
  const updated = await Application.findByIdAndUpdate(req.params.id, { status: req.body.status }, { new: true }).select('status');
  res.json(updated);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: any organizer deletes any meetup (`requireRole('organizer', 'admin')` lets every organizer in)",
      endpoint: 'DELETE /meetups/:id',
      files: {
        'src/auth.js': `import jwt from 'jsonwebtoken';
export function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}
export const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());`,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth, requireRole } from './auth.js';
const Meetup = mongoose.model('Meetup', new mongoose.Schema({ title: String, organizer: { type: mongoose.Schema.Types.ObjectId, ref: 'User' } }));
const app = express();
app.delete('/meetups/:id', requireAuth, requireRole('organizer', 'admin'), async (req, res) => {
  const gone = await Meetup.findByIdAndDelete(req.params.id);
  res.status(gone ? 204 : 404).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: the applications of any job, listed by the job id from the path',
      endpoint: 'GET /jobs/:id/applications',
      files: {
        'src/auth.js': `import jwt from 'jsonwebtoken';
export function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}
export const requireRole = (role) => (req, res, next) => (req.user.role === role ? next() : res.status(403).end());`,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth, requireRole } from './auth.js';
const Application = mongoose.model('Application', new mongoose.Schema({ job: String, candidate: String, status: String }));
const Comment = mongoose.model('Comment', new mongoose.Schema({ post: String, text: String }));
const app = express();
app.use(express.json());
app.get('/jobs/:id/applications', requireAuth, requireRole('recruiter'), async (req, res) => {
  res.json(await Application.find({ job: req.params.id }).select('status candidate'));
});
app.listen(3000);`,
      },
    },
    {
      name: 'fastify + memory store: a device claimed by its serial number, whoever owns it now',
      endpoint: 'POST /devices/claim',
      files: {
        'src/server.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const devices = [{ id: 'd1', serial: 'LCK-00001', ownerId: 1, name: 'Lock' }];
const fastify = Fastify();
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });
fastify.decorate('authenticate', async (request) => { await request.jwtVerify(); });
fastify.post('/devices/claim', { onRequest: [fastify.authenticate] }, async (request, reply) => {
  const device = devices.find((d) => d.serial === request.body.serial);
  if (!device) return reply.code(404).send({ error: 'Unknown serial' });
  device.ownerId = request.user.sub;
  return reply.code(201).send({ id: device.id, name: device.name });
});
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'express + prisma: findUnique by params.id only',
      endpoint: 'GET /todos/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/todos/:id', requireAuth, async (req, res) => {
  const todo = await prisma.todo.findUnique({ where: { id: req.params.id } });
  if (!todo) return res.status(404).json({ error: 'Not found' });
  res.json(todo);
});
app.listen(3000);`,
      },
    },
    {
      name: 'fastify + mongoose: findByIdAndDelete with request.params.id',
      endpoint: 'DELETE /notes/:id',
      files: {
        'src/server.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import mongoose from 'mongoose';
const Note = mongoose.model('Note', new mongoose.Schema({ text: String, owner: String }));
const fastify = Fastify();
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });
fastify.decorate('authenticate', async (request, reply) => { await request.jwtVerify(); });
fastify.delete('/notes/:id', { onRequest: [fastify.authenticate] }, async (request, reply) => {
  await Note.findByIdAndDelete(request.params.id);
  return reply.code(204).send();
});
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'koa + sequelize: findByPk with ctx.params.id',
      endpoint: 'GET /invoices/:id',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import koaJwt from 'koa-jwt';
import { Sequelize, DataTypes } from 'sequelize';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const Invoice = sequelize.define('Invoice', { amount: DataTypes.INTEGER, userId: DataTypes.INTEGER });
const app = new Koa();
const router = new Router();
app.use(koaJwt({ secret: process.env.JWT_SECRET }));
router.get('/invoices/:id', async (ctx) => {
  const invoice = await Invoice.findByPk(ctx.params.id);
  if (!invoice) ctx.throw(404);
  ctx.body = invoice;
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'hono + drizzle: select where eq(id) only',
      endpoint: 'GET /projects/:id',
      files: {
        'src/db.ts': `import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, serial, text, integer } from 'drizzle-orm/pg-core';
export const projects = pgTable('projects', { id: serial('id').primaryKey(), name: text('name'), userId: integer('user_id') });
export const db = drizzle(process.env.DATABASE_URL!);`,
        'src/index.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { eq } from 'drizzle-orm';
import { db, projects } from './db';
const app = new Hono();
app.use('/projects/*', jwt({ secret: process.env.JWT_SECRET! }));
app.get('/projects/:id', async (c) => {
  const [project] = await db.select().from(projects).where(eq(projects.id, Number(c.req.param('id'))));
  if (!project) return c.json({ error: 'Not found' }, 404);
  return c.json(project);
});
export default app;`,
      },
    },
    {
      name: 'express + pg: SELECT by id only',
      endpoint: 'GET /orders/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import pg from 'pg';
import { requireAuth } from './auth.js';
const pool = new pg.Pool();
const app = express();
app.get('/orders/:id', requireAuth, async (req, res) => {
  const { rows } = await pool.query('SELECT id, total, status FROM orders WHERE id = $1', [req.params.id]);
  if (rows.length === 0) return res.status(404).json({ error: 'Not found' });
  res.json(rows[0]);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + in-memory array: find by id only',
      endpoint: 'PATCH /todos/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
const todos = [];
const app = express();
app.use(express.json());
app.patch('/todos/:id', requireAuth, (req, res) => {
  const todo = todos.find((t) => t.id === req.params.id);
  if (!todo) return res.status(404).json({ error: 'Not found' });
  todo.done = Boolean(req.body.done);
  res.json({ id: todo.id, done: todo.done });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: owner taken from the query string',
      endpoint: 'GET /todos',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/todos', requireAuth, async (req, res) => {
  const todos = await prisma.todo.findMany({ where: { userId: req.query.userId } });
  res.json(todos);
});
app.listen(3000);`,
      },
    },
    {
      name: 'nestjs + prisma: findUnique by @Param id behind AuthGuard',
      endpoint: 'GET /todos/:id',
      files: {
        'src/todos.controller.ts': `import { Controller, Get, Param, UseGuards, NotFoundException } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { PrismaService } from './prisma.service';

@Controller('todos')
@UseGuards(AuthGuard('jwt'))
export class TodosController {
  constructor(private readonly prisma: PrismaService) {}

  @Get(':id')
  async findOne(@Param('id') id: string) {
    const todo = await this.prisma.todo.findUnique({ where: { id } });
    if (!todo) throw new NotFoundException();
    return todo;
  }
}`,
        'src/prisma.service.ts': `import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
@Injectable()
export class PrismaService extends PrismaClient {}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { TodosController } from './todos.controller';
import { PrismaService } from './prisma.service';
@Module({ controllers: [TodosController], providers: [PrismaService] })
export class AppModule {}`,
        'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
const app = await NestFactory.create(AppModule);
await app.listen(3000);`,
      },
    },
    {
      name: 'next.js app router + prisma: session checked but not ownership',
      endpoint: 'DELETE /api/todos/[id]',
      files: {
        'auth.ts': `import NextAuth from 'next-auth';
export const { auth, handlers } = NextAuth({ providers: [] });`,
        'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'app/api/todos/[id]/route.ts': `import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';
export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { id } = await params;
  await prisma.todo.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}`,
        'tsconfig.json': `{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } } }`,
      },
    },
    {
      name: 'koa + sequelize: destroy where id only',
      endpoint: 'DELETE /invoices/:id',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import koaJwt from 'koa-jwt';
import { Sequelize, DataTypes } from 'sequelize';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const Invoice = sequelize.define('Invoice', { amount: DataTypes.INTEGER, userId: DataTypes.INTEGER });
const app = new Koa();
app.use(koaJwt({ secret: process.env.JWT_SECRET }));
const router = new Router();
router.delete('/invoices/:id', async (ctx) => {
  await Invoice.destroy({ where: { id: ctx.params.id } });
  ctx.status = 204;
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'express + better-sqlite3: DELETE WHERE id = ? only',
      endpoint: 'DELETE /notes/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import Database from 'better-sqlite3';
import { requireAuth } from './auth.js';
const db = new Database('app.db');
const app = express();
app.delete('/notes/:id', requireAuth, (req, res) => {
  db.prepare('DELETE FROM notes WHERE id = ?').run(req.params.id);
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: findByIdAndUpdate with checked fields but no owner',
      endpoint: 'PUT /notes/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Note = mongoose.model('Note', new mongoose.Schema({ text: String, owner: String }));
const app = express();
app.use(express.json());
app.put('/notes/:id', requireAuth, async (req, res) => {
  const note = await Note.findByIdAndUpdate(req.params.id, { text: String(req.body.text) }, { new: true });
  if (!note) return res.status(404).json({ error: 'Not found' });
  res.json({ id: note.id, text: note.text });
});
app.listen(3000);`,
      },
    },
    {
      name: 'koa + drizzle: the same helper is handed the request (`assertFleetMember(ctx)`), but this route never calls it',
      endpoint: 'GET /fleets/{fleetId}/fuel-logs/export',
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
router.get('/fuel-logs/export', async (ctx) => {
  ctx.body = await db.select({ id: fuelLogs.id, liters: fuelLogs.liters }).from(fuelLogs).where(eq(fuelLogs.fleetId, Number(ctx.params.fleetId)));
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'express: a class controller method registered as `asyncHandler(controller.get.bind(controller))` loads any pet by id',
      endpoint: 'GET /pets/{petId}',
      files: {
        'src/auth.ts': EXPRESS_REQUIRE_AUTH,
        'src/models.ts': `import mongoose, { Schema } from 'mongoose';
export const Pet = mongoose.model('Pet', new Schema({ name: String, owner: { type: Schema.Types.ObjectId, ref: 'User' } }));`,
        'src/PetService.ts': `import { Pet } from './models';
const isStaff = (user: { role: string }) => user.role === 'vet' || user.role === 'admin';
export class PetService {
  findAny(petId: string) { return Pet.findById(petId); }
  findAccessible(petId: string, user: { id: string; role: string }) {
    const filter = isStaff(user) ? { _id: petId } : { _id: petId, owner: user.id };
    return Pet.findOne(filter);
  }
}`,
        'src/PetController.ts': `import type { Request, Response } from 'express';
import { PetService } from './PetService';
export class PetController {
  constructor(private readonly pets: PetService) {}
  async get(req: Request, res: Response) {
    const pet = await this.pets.findAny(req.params.petId);
    if (!pet) return res.status(404).json({ error: 'Not found' });
    res.json({ id: pet.id, name: pet.name });
  }
}`,
        'src/app.ts': `import express from 'express';
import { requireAuth } from './auth';
import { PetController } from './PetController';
import { PetService } from './PetService';
const asyncHandler = (fn: any) => (req: any, res: any, next: any) => Promise.resolve(fn(req, res, next)).catch(next);
const controller = new PetController(new PetService());
const app = express();
app.get('/pets/:petId', requireAuth, asyncHandler(controller.get.bind(controller)));
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: staff roles from a module constant, one of them held to its own tasks by a broken check',
      endpoint: 'PATCH /tasks/:id',
      files: staffConstantApp(
        `const input = res.locals.input;
  if (req.user.role === 'housekeeping' && input.staffId !== req.user.id) return res.status(403).end();`,
      ),
    },
    {
      name: 'express + prisma: a condition chosen by role that only tests roles, kept in a variable',
      endpoint: 'PATCH /students/:id',
      files: studentAllowedApp("req.user.role === 'ADMIN' ? true : req.user.role === 'TEACHER'"),
    },
    {
      name: 'express + prisma: an object-literal service loads the note through `this.findById`, unscoped',
      endpoint: 'PUT /notes/:id',
      files: noteServiceApp('findById'),
    },
  ],
  valid: [
    {
      name: 'express + prisma: the invoice compared with the organisation the membership helper hands back (`invoice.orgId !== ctx.orgId`, `ctx = await requireMember(req.params.orgId, me)`)',
      endpoint: 'DELETE /orgs/:orgId/invoices/:invoiceId',
      files: orgContextApp(' || invoice.orgId !== ctx.orgId'),
    },
    {
      name: 'express + better-sqlite3: staff name the member whose loans are listed (`if (req.query.memberId && isStaff(req.user))`)',
      endpoint: 'GET /loans',
      files: memberLoansApp('if (req.query.memberId && isStaff(req.user)) memberId = req.query.memberId;'),
    },
    {
      name: "express + mongoose + casl: a service asks the caller's ability the guard kept on the request (`ForbiddenError.from(ability).throwUnlessCan('read', found)`)",
      endpoint: 'GET /cases/:id',
      files: abilityServiceApp("ForbiddenError.from(ability).throwUnlessCan('read', found);"),
    },
    {
      name: 'next.js pages + prisma: a tag of the user `verifyUser({ req, res })` returns (not the ban row it answers a 403 with)',
      endpoint: 'ALL /api/v1/tags/{id}',
      files: verifyUserApp('{ id: Number(req.query.id), ownerId: user.id }'),
    },
    {
      name: 'express + prisma: the same helper called without a project (`listFilters(req.query)`): its `if (projectId)` branch does not run',
      endpoint: 'GET /me/boards',
      files: optionalProjectFilterApp(`app.get('/me/boards', requireAuth, async (req, res) => {
  const filters = await listFilters(req.query);
  res.json(await prisma.board.findMany({ where: { userId: req.user.id, createdAt: { gte: filters.from } }, select: { id: true, name: true } }));
});`),
    },
    {
      name: 'express + mongoose: a tank read by id, written right in the argument of a check of its brewery (`assertSameBrewery(await Tank.findById(id).lean(), req.membership)`)',
      endpoint: 'GET /breweries/:breweryId/tanks/:tankId/readings',
      files: breweryTankApp('assertSameBrewery(await Tank.findById(req.params.tankId).lean(), req.membership)'),
    },
    {
      name: 'fastify + pg: a room looked up by its id to book it, rooms being listed to anyone (`routes/catalog.js`)',
      endpoint: 'POST /api/bookings',
      files: roomBookingApp('id = $1 AND is_active', 'roomId'),
    },
    {
      name: 'koa + sequelize: a member removed after `isTeamCaptain(teamId, me)`, which finds `{ id: teamId, captainId: me }` and answers `Boolean(team)`',
      endpoint: 'DELETE /teams/:teamId/members/:userId',
      files: teamCaptainApp('Boolean(team)'),
    },
    {
      name: "next.js + prisma: the project checked the caller's by a permission helper given the `auth` that parseRequest returns beside the query",
      endpoint: 'GET /api/projects/{projectId}/segments',
      files: parsedRequestApp(
        "if (!(await canViewProject(auth, projectId))) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });",
      ),
    },
    {
      name: "koa + sequelize: a truck looked up within the caller's vendor (`ctx.state.vendor`, kept by a middleware spread in as `...vendorOnly`)",
      endpoint: 'DELETE /api/trucks/:truckId',
      files: vendorTruckApp('{ id: truckId, vendorId }'),
    },
    {
      name: "express + better-sqlite3: a row written through a statement built at run time from the body's keys names no owner (mass assignment, not BOLA)",
      endpoint: 'POST /tickets/:id/quotes',
      files: dynamicInsertApp('{ status: "pending", ...req.body, ticket_id: ticket.id }'),
    },
    {
      name: 'express + better-sqlite3: staff may open a ticket for the customer the body names (`if (isStaff(req.user)) owner = body.customerId`)',
      endpoint: 'POST /tickets',
      files: staffIntakeApp('if (isStaff(req.user)) owner = req.body.customerId;'),
    },
    {
      name: "express + prisma: a stage looked up within the festival the route proved the caller's, handed to the service",
      endpoint: 'POST /festivals/:festivalId/performances',
      files: festivalStageApp('{ id: input.stageId, festivalId: festival.id }'),
    },
    {
      name: 'express + prisma: a purchase request looked up in the argument of `assertSameCompany(await this.getRequest(id), user)`',
      endpoint: 'POST /purchase-orders',
      files: orderFromRequestApp('assertSameCompany'),
    },
    {
      name: 'express + prisma: a participant loaded by id and bound to the guard-proved sponsor (`participant.study.sponsorId !== sponsorId` → 404)',
      endpoint: 'PATCH /sponsors/:sponsorId/participants/:participantId',
      files: sponsorParticipantApp('sponsorId'),
    },
    {
      name: 'express + prisma: a catalogue property no one joins, deleted by id (an admin function, judged by its role check)',
      endpoint: 'DELETE /properties/:propertyId',
      files: propertyDeleteApp(''),
    },
    {
      name: 'express + mongoose: a booking takes a seat on the class the client picked (`$inc: { bookedCount: 1 }`), the booking is the caller\u2019s',
      endpoint: 'POST /bookings',
      files: seatCountApp('{ $inc: { bookedCount: 1 } }'),
    },
    {
      name: "express + prisma: an assignee checked to work at the caller's property by a helper answering `membership !== null`",
      endpoint: 'POST /tasks',
      files: assigneeStaffApp('membership !== null'),
    },
    {
      name: "express + prisma: a patient's policies after a helper that lets the patient's own id through and throws otherwise",
      endpoint: 'GET /patients/:patientId/insurance',
      files: patientAccessApp("if (req.user.patientId === patientId) return;\n  throw new NotFoundError('Not found');"),
    },
    {
      name: 'express + prisma: an event owner guard that reads `req.params.eventId ?? req.params.id`, on `/events/:id`',
      endpoint: 'PATCH /events/:id',
      files: eventOwnerGuardApp('req.params.eventId ?? req.params.id'),
    },
    {
      name: 'express + prisma: the async ownership check awaited before the entry is added',
      endpoint: 'POST /meal-plans/:id/entries',
      files: mealPlanEntryApp('await isPlanOwner(req.params.id, req.user.id)'),
    },
    {
      name: "express + prisma: a ticket deleted within the caller's organisation (404 when none), then its comments by its id",
      endpoint: 'DELETE /orgs/:orgId/tickets/:ticketId',
      files: orgTicketDeleteApp('{ id: req.params.ticketId, organisation: req.params.orgId }'),
    },
    {
      name: "koa + typeorm: the caller's own appointment, or one at a clinic the caller works at (`clinicId: In(clinics)`)",
      endpoint: 'GET /appointments/:id',
      files: appointmentFiltersApp('{ id, clinicId: In(clinics) }'),
    },
    {
      name: "express + prisma: a purchase request (loaded by `getRequest(id)`, no HTTP request) compared with the caller's company",
      endpoint: 'GET /purchase-requests/:id',
      files: purchaseRequestApp(
        "if (!entity || entity.companyId !== user.companyId) throw new NotFoundError('Request not found');",
      ),
    },
    {
      name: "express + knex: an invoice read by id through the project's base query, scoped to the caller",
      endpoint: 'GET /invoices/:id',
      files: knexBaseQueryApp(".where('i.applicant_id', req.user.sub)"),
    },
    {
      name: "express + prisma: the same class once the trainer is asked to be one of the (proven) studio's (`trainer.count`)",
      endpoint: 'POST /classes',
      files: studioClassApp(
        'const atStudio = await prisma.trainer.count({ where: { userId: String(trainerId), studioId: String(studioId) } });\n  if (!atStudio) return res.status(400).end();',
      ),
    },
    {
      name: 'next.js + prisma: the same invoices after anonymous callers are turned away',
      endpoint: 'GET /api/invoices',
      files: optionalCallerApp(
        "if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });",
        'session.user.id',
      ),
    },
    {
      name: "express + prisma: the same job endpoint called by the queue, which proves the server's internal key (a service, no user)",
      endpoint: 'POST /jobs/threads/done',
      files: internalJobApp('withInternalKey'),
    },
    {
      name: "express + prisma: a show's role asked of a helper that compares its owner with the caller, a missing role turned away",
      endpoint: 'GET /shows/:showId/settings',
      files: showRoleApp("if (!role) { const e = new Error('Not found'); e.status = 404; throw e; }"),
    },
    {
      name: 'express + prisma: behind the same middleware, a pass revoked within the proven show',
      endpoint: 'PATCH /shows/:showId/passes/:passId',
      files: showEditorApp('{ id: req.params.passId, showId: req.show.id }'),
    },
    {
      name: "hono + prisma: a show deleted by the show of the caller's membership a middleware kept in the context",
      endpoint: 'DELETE /shows/:showId',
      files: honoShowContextApp(
        "if (!member) throw new HTTPException(403, { message: 'Not a member' });",
        "c.set('member', await prisma.teamMember.findFirst({ where: { showId: c.req.param('showId'), userId: c.get('user').sub } }));",
        "c.get('member').showId",
      ),
    },
    {
      name: "hono + prisma: a show deleted by the id a middleware kept in the context after the caller's team role there was checked",
      endpoint: 'DELETE /shows/:showId',
      files: honoShowContextApp("if (!member) throw new HTTPException(403, { message: 'Not a member' });"),
    },
    {
      name: "hono + prisma: an unpublished episode shown only to a signed-in member of its show's team (asked only of a signed-in caller)",
      endpoint: 'GET /episodes/:episodeId',
      files: draftEpisodeApp('user ? await getShowRole(String(user.sub), episode.showId) : null'),
    },
    {
      name: "express + prisma: the path's organisation looked for among the caller's memberships, the answer kept and tested",
      endpoint: 'GET /orgs/:orgId/projects',
      files: membershipSearchApp(
        'return user.memberships.find((m) => String(m.organisation) === String(orgId)) ?? null;',
      ),
    },
    {
      name: "express + prisma: the path's organisation looked for in the caller's list of organisation ids",
      endpoint: 'GET /orgs/:orgId/projects',
      files: membershipSearchApp('return user.orgIds.includes(orgId) ? { orgId } : null;'),
    },
    {
      name: "express + prisma: a predicate given the caller and the path's employee id that compares the two (HR admins see everyone)",
      endpoint: 'GET /employees/:id/leave-history',
      files: canViewEmployeeApp(
        "if (viewer.id === targetId) return true;\n  if (viewer.role === 'hr_admin') return true;\n  return false;",
      ),
    },
    {
      name: 'express + prisma: in a single-tenant app, a trip checked for drivers only (dispatch staff complete any trip by design)',
      endpoint: 'POST /trips/:id/complete',
      files: roleBoundTripApp(`app.get('/vehicles', requireAuth, async (req, res) => {
  res.json(await prisma.vehicle.findMany({ select: { id: true, plate: true } }));
});`),
    },
    {
      name: "express + prisma: a helper that only counts the student's enrolments in the caller's class (a yes or no)",
      endpoint: 'POST /classes/:classId/students/:studentId/notes',
      files: enrolmentHelperApp(
        'return (await prisma.enrollment.count({ where: { studentId, classId } })) > 0;',
        'if (!(await enrolment(req.params.studentId, klass.id))) return res.status(400).end();',
      ),
    },
    {
      name: "express + knex: a query handed to `scopeApplications(query, user)`, which narrows it to the caller's rows",
      endpoint: 'GET /applications/:id',
      files: knexScopeHelperApp("return query.where('applications.applicant_id', user.sub);"),
    },
    {
      name: 'express + knex: a scoping helper that lets staff see every row and narrows everyone else',
      endpoint: 'GET /applications/:id',
      files: knexScopeHelperApp(
        "if (user.role === 'clerk') return query;\n  return query.where('applications.applicant_id', user.sub);",
      ),
    },
    {
      name: "express + prisma: the caller's show checked by its path id, then that same show changed",
      endpoint: 'DELETE /shows/:showId/members/:memberId',
      files: removeTeamMemberApp('{ id: req.params.showId }'),
    },
    {
      name: "next.js pages: a catch-all hands the receipt route on to a function that reads the caller's purchase",
      endpoint: 'GET /api/me/purchases/{purchaseId}/receipt',
      files: catchAllReceiptApp('{ id: purchaseId, buyerId: userId }'),
    },
    {
      name: 'express + mongoose: a listing compared with the caller first and saved after',
      endpoint: 'PATCH /listings/:id',
      files: listingSaveApp(
        'if (listing.seller !== req.user.id) return res.status(403).end();\n  listing.title = String(req.body.title);\n  await listing.save();',
      ),
    },
    {
      name: "express + prisma + casl: the caller's ability asked about the loaded case (`subject('Case', found)`)",
      endpoint: 'GET /cases/:id',
      files: caslCaseApp("ability.cannot('read', subject('Case', found))"),
    },
    {
      name: "express + prisma: a member's notes behind the trainer's own package with that member (`trainerId: me`)",
      endpoint: 'GET /clients/:memberId/notes',
      files: trainerNotesApp('trainerId: req.user.id'),
    },
    {
      name: 'express + prisma: a service that compares the vet with the caller before it updates the record',
      endpoint: 'PATCH /records/:id',
      files: amendRecordApp(true),
    },
    {
      name: "express + prisma: the caller's scope spread into `where` after a validated status filter",
      endpoint: 'GET /invoices',
      files: expressPrismaApp(`const scopeFor = (user) => ({ ownerId: user.id });
app.get('/invoices', requireAuth, async (req, res) => {
  const status = ['open', 'paid'].includes(String(req.query.status)) ? String(req.query.status) : undefined;
  const invoices = await prisma.invoice.findMany({ where: { ...(status ? { status } : {}), ...scopeFor(req.user) }, select: { id: true, total: true } });
  res.json(invoices);
});`),
    },
    {
      name: 'next app router: bookings of the member `?memberId` names only for staff (`canViewOthers && … ? … : user.id`)',
      endpoint: 'GET /api/bookings',
      files: nextSessionApp({
        'app/api/bookings/route.ts': `import { and, eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { bookings, db, invoices } from '@/db/schema';
import { ApiError, readJson } from '@/lib/api';
import { withUser } from '@/lib/auth';
import { issueInvoice } from '@/lib/billing';
export const GET = withUser(async (req, _ctx, user) => {
  const params = new URL(req.url).searchParams;
  const canViewOthers = user.role === 'staff' || user.role === 'admin';
  const memberId = canViewOthers && params.has('memberId') ? Number(params.get('memberId')) : user.id;
  const rows = await db.select().from(bookings).where(eq(bookings.memberId, memberId));
  return NextResponse.json({ bookings: rows.map((b) => ({ id: b.id, note: b.note })) });
});`,
      }),
    },
    {
      name: 'next app router: an invoice a helper inserts from `{ memberId: user.id, description: input.note }`',
      endpoint: 'POST /api/bookings',
      files: nextSessionApp({
        'app/api/bookings/route.ts': `import { and, eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { bookings, db, invoices } from '@/db/schema';
import { ApiError, readJson } from '@/lib/api';
import { withUser } from '@/lib/auth';
import { issueInvoice } from '@/lib/billing';
export const POST = withUser(async (req, _ctx, user) => {
  const input = await readJson(req, z.object({ note: z.string().max(200) }));
  const invoice = issueInvoice({ memberId: user.id, description: input.note });
  return NextResponse.json({ invoice: { id: invoice.id } }, { status: 201 });
});`,
        'lib/billing.ts': `import { db, invoices } from '@/db/schema';
export function issueInvoice(data: { memberId: number; description: string }) {
  return db.insert(invoices).values({ ...data }).returning().get();
}`,
      }),
    },
    {
      name: 'express + drizzle: the agency condition pushed always, the client narrowing within it',
      endpoint: 'GET /visits',
      files: visitListApp(`  filters.push(eq(visits.agencyId, req.user.agencyId));
  if (clientId) {
    filters.push(eq(visits.clientId, Number(clientId)));
  } else {
    filters.push(eq(visits.status, 'scheduled'));
  }`),
    },
    {
      name: "next.js + supabase: a defect of the caller's own marked resolved",
      endpoint: 'POST /api/defects/[id]/resolve',
      files: resolveDefectApp(".eq('id', params.id).eq('reported_by', user.id)"),
    },
    {
      name: 'express + prisma: the owner comparison runs whatever the query says',
      endpoint: 'GET /invoices/:id/receipt',
      files: receiptApp('!invoice || invoice.userId !== req.user.id'),
    },
    {
      name: "nestjs + typeorm: a patient's invoices from a query builder kept in a local, the patient pinned to the caller",
      endpoint: 'GET /billing/patients/:patientId/invoices',
      files: nestTypeormApp(patientInvoicesRoute("\n      .andWhere('p.userId = :me', { me: user.id })")),
    },
    {
      name: "express + prisma: an employee of the caller's company deactivated (404 otherwise), then their tokens revoked",
      endpoint: 'DELETE /employees/:id',
      files: deactivateEmployeeApp('{ id, companyId: req.user.companyId }'),
    },
    {
      name: "express + prisma: a stock item the body names, within the warehouse of the caller's checked shipment",
      endpoint: 'POST /picklists',
      files: pickListApp('{ id: String(req.body.itemId), warehouseId: shipment.warehouseId }'),
    },
    {
      name: "express + postgres.js: an update that writes the caller's id in SET and picks the row by id and owner",
      endpoint: 'PATCH /pets/:id',
      files: taggedSqlApp(
        'postgres',
        `  const [pet] = await sql\`update pets set name = \${String(req.body.name)}, updated_by = \${req.user.id} where id = \${req.params.id} and owner_id = \${req.user.id} returning id, name\`;
  if (!pet) return res.status(404).end();
  res.json(pet);`,
        'patch',
      ),
    },
    {
      name: "express + postgres.js: a line deleted by its id within the caller's invoice",
      endpoint: 'DELETE /invoices/:id/lines/:lineId',
      files: invoiceLineApp(true),
    },
    {
      name: "express + prisma: stats of the caller's account, through a $queryRaw fragment and options beside the query's",
      endpoint: 'GET /stats',
      files: accountStatsApp('req.user.accountId'),
    },
    {
      name: "hono + prisma: tickets of the caller's organisation, read from the token jwt() verified (decoded again)",
      endpoint: 'GET /reports/tickets',
      files: honoDecodedCallerApp("reports.use('*', jwt({ secret: process.env.JWT_SECRET! }));"),
    },
    {
      name: "express + postgres.js: a pet read by id and the caller's id in a tagged template",
      endpoint: 'GET /pets/:id',
      files: taggedSqlApp(
        'postgres',
        `  const [pet] = await sql\`select id, name, notes from pets where id = \${req.params.id} and owner_id = \${req.user.id}\`;
  if (!pet) return res.status(404).end();
  res.json(pet);`,
      ),
    },
    {
      name: 'express + postgres.js: a pet read by id, then compared with the caller',
      endpoint: 'GET /pets/:id',
      files: taggedSqlApp(
        'postgres',
        `  const [pet] = await sql\`select id, name, owner_id from pets where id = \${req.params.id}\`;
  if (!pet || pet.owner_id !== req.user.id) return res.status(404).end();
  res.json(pet);`,
      ),
    },
    {
      name: "express + prisma: a pet read by id and the caller's id with $queryRaw",
      endpoint: 'GET /pets/:id',
      files: taggedSqlApp(
        'prisma',
        `  const rows = await prisma.$queryRaw\`SELECT id, name FROM "Pet" WHERE id = \${req.params.id} AND "ownerId" = \${req.user.id}\`;
  if (!rows.length) return res.status(404).end();
  res.json(rows[0]);`,
      ),
    },
    {
      name: "express + drizzle: a pet read by id and the caller's id with db.execute(sql`…`)",
      endpoint: 'GET /pets/:id',
      files: taggedSqlApp(
        'drizzle',
        `  const { rows } = await db.execute(sql\`select id, name from pets where id = \${req.params.id} and owner_id = \${req.user.id}\`);
  if (!rows.length) return res.status(404).end();
  res.json(rows[0]);`,
      ),
    },
    {
      name: "express + drizzle: an update that writes the caller's id beside client values (`.set({ ...extra })` in a helper handed `{ title, reviewerId: me }`) after the task was found in the caller's project",
      files: drizzleTasksApp(`async function setTask(id, extra) {
  const [updated] = await db.update(tasks).set({ status: 'reviewed', ...extra }).where(eq(tasks.id, id)).returning({ id: tasks.id, title: tasks.title });
  return updated;
}
app.patch('/tasks/:id', requireAuth, async (req, res) => {
  const [found] = await db.select({ id: tasks.id }).from(tasks).innerJoin(projects, eq(projects.id, tasks.projectId)).where(and(eq(tasks.id, req.params.id), eq(projects.ownerId, req.user.sub)));
  if (!found) return res.status(404).end();
  res.json(await setTask(found.id, req.body.title ? { title: String(req.body.title), reviewerId: req.user.sub } : {}));
});`),
    },
    {
      name: "express + prisma: the task's project required to be the caller's, its id coerced (`findProjectForUser(user, String(task.projectId))`)",
      files: taskProjectApp('String(task.projectId)'),
    },
    {
      name: "express + prisma: a share-link branch reads the task by its id and the link's token; the signed-in branch checks its project",
      files: taskProjectApp(
        'task.projectId',
        'if (req.query.share) {\n    const shared = await prisma.task.findFirst({ where: { id: req.params.id, shareToken: String(req.query.share) }, select: { title: true } });\n    if (!shared) return res.status(404).end();\n    return res.json(shared);\n  }',
      ),
    },
    {
      name: "express + prisma: an administrator changes any user's role (`requireRole('admin')`; the body's allowed values quote ordinary roles)",
      files:
        projectTasksApp(`const roleBody = (allowed) => (req, res, next) => (allowed.includes(req.body.role) ? next() : res.status(400).end());
app.patch('/users/:id/role', requireAuth, requireRole('admin'), roleBody(['resident', 'manager', 'admin']), async (req, res) => {
  const target = await prisma.user.update({ where: { id: req.params.id }, data: { role: req.body.role }, select: { id: true, role: true } });
  res.json(target);
});`),
    },
    {
      name: 'express + prisma: one entry of a directory every signed-in user is shown (`GET /institutions` lists them all)',
      files: institutionsApp(''),
    },
    {
      name: "express + typeorm: the caller's institution's loans, lending, borrowing or both as the query picks (`side === 'lending' ? [lending] : … : [lending, borrowing]`)",
      files: institutionLoansApp(
        "req.query.side === 'lending' ? [lending] : req.query.side === 'borrowing' ? [borrowing] : [lending, borrowing]",
      ),
    },
    {
      name: "express + prisma: a match's lobby to an admin, or to a player of either team (`role === 'admin' || (match && (await findMembership(…)))`)",
      files: lobbyApp(
        "const canView = req.user.role === 'admin' || (match && (await findMembership(req.user.sub, [match.teamAId, match.teamBId])));\n  if (!canView) return res.status(404).end();",
      ),
    },
    {
      name: "express + drizzle (better-sqlite3): a tournament read with `.get()` only to test that it is open, then the caller's own registration written",
      files: {
        'src/schema.js': `import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';
export const tournaments = sqliteTable('tournaments', { id: integer('id').primaryKey(), organiserId: integer('organiser_id'), status: text('status') });
export const registrations = sqliteTable('registrations', { id: integer('id').primaryKey(), tournamentId: integer('tournament_id'), userId: integer('user_id') });`,
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { requireAuth } from './auth.js';
import { registrations, tournaments } from './schema.js';
const db = drizzle(new Database('app.db'));
const app = express();
app.post('/tournaments/:id/registrations', requireAuth, (req, res) => {
  const tournament = db.select({ status: tournaments.status }).from(tournaments).where(eq(tournaments.id, Number(req.params.id))).get();
  if (!tournament || tournament.status !== 'open') return res.status(409).json({ error: 'Registrations are closed' });
  const row = db.insert(registrations).values({ tournamentId: Number(req.params.id), userId: req.user.sub }).returning({ id: registrations.id }).get();
  res.status(201).json(row);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: a match's lobby to players of either of its teams (`findMembership(me, [match.teamAId, match.teamBId])`, 403 without one)",
      files: lobbyApp(
        'const membership = await findMembership(req.user.sub, [match.teamAId, match.teamBId]);\n  if (!membership) throw forbidden();',
      ),
    },
    {
      name: "express + prisma: a match's lobby to its players or its tournament's organiser (`const allowed = findMembership(…) || findManagedTournament(…)`)",
      files: lobbyApp(
        'const allowed = (await findMembership(req.user.sub, [match.teamAId, match.teamBId])) || (await findManagedTournament(match.tournamentId, req.user.sub));\n  if (!allowed) throw forbidden();',
      ),
    },
    {
      name: "express + prisma: a match completed by the captain of the opposing team, found by the match's own team ids (`opponent.captainId !== me` → 403)",
      files: confirmApp("req.body.side === 'A' ? match.teamBId : match.teamAId"),
    },
    {
      name: 'express + drizzle: conditions pushed into a list, the owner the caller (a project filter from the query beside it)',
      files: myTasksApp('req.user.sub'),
    },
    {
      name: "express + prisma: a team's invitation revoked within the team whose membership was proven",
      files: invitationApp('{ id: String(req.query.invitationId), teamId: req.params.teamId }'),
    },
    {
      name: "express + prisma: the caller's own vote removed from a card (a social action on someone else's object)",
      files: votesApp('req.user.sub'),
    },
    {
      name: "express + mongoose: leases listed for the caller's own company (`filter.company = req.user.companyId`)",
      files: leasesApp(`app.get('/leases', requireAuth, async (req, res) => {
  const filter = {};
  if (req.query.status) filter.status = String(req.query.status);
  filter.company = req.user.companyId;
  res.json(await Lease.find(filter).select('unit endDate status').lean());
});`),
    },
    {
      name: "express + mongoose: the same change behind an administrators' role only (`requireRole('admin')`): staff act on every company's leases",
      files: leasesApp(`app.patch('/leases/:id', requireAuth, requireRole('admin'), async (req, res) => {
  const lease = await Lease.findByIdAndUpdate(req.params.id, { $set: { endDate: new Date(req.body.endDate) } }, { new: true }).select('unit endDate status');
  if (!lease) return res.status(404).end();
  res.json(lease);
});`),
    },
    {
      name: "koa + pg: a row inserted with the caller's id set after the body's keys (`{ ...payload, resident_id: residentId }`), its columns interpolated from `Object.keys(row)`",
      files: insertRowApp("{ status: 'pending', ...payload, resident_id: residentId }"),
    },
    {
      name: 'express + supabase: signing up for a shift read by one row only to test it (`maybeSingle()`, its start and capacity compared), its sign-ups counted (`head: true`), the row written for the caller',
      files: pantryApp(
        '',
        `app.post('/api/shifts/:shiftId/signups', requireAuth, async (req, res) => {
  const { data: shift } = await supabaseAdmin.from('shifts').select('id, starts_at, capacity').eq('id', req.params.shiftId).maybeSingle();
  if (!shift) throw new HttpError(404, 'Shift not found');
  if (new Date(shift.starts_at) <= new Date()) throw new HttpError(409, 'Shift has already started');
  const { count } = await supabaseAdmin.from('volunteer_signups').select('id', { count: 'exact', head: true }).eq('shift_id', req.params.shiftId);
  if (count >= shift.capacity) throw new HttpError(409, 'Shift is full');
  const { data } = await supabaseAdmin.from('volunteer_signups').insert({ shift_id: req.params.shiftId, volunteer_id: req.user.sub }).select('id').single();
  res.status(201).json(data);
});`,
      ),
    },
    {
      name: "express + prisma: the task's project loaded by a helper that compares it with the caller and denies (the child is checked through its parent)",
      files: taskByParentHelper(
        "if (project.ownerId !== user.id) throw Object.assign(new Error('Forbidden'), { status: 403 });",
      ),
    },
    {
      name: "express + drizzle: the company is always the caller's membership",
      endpoint: 'GET /api/invoices',
      files: companyInvoicesApp(`  {`),
    },
    {
      name: "express + prisma: `?policyId=` narrows the caller's own claims (`policyId ? { policyId, claimantId: me } : { claimantId: me }`)",
      endpoint: 'GET /api/claims',
      files: claimsListApp(
        `  res.json(await prisma.claim.findMany({ where: policyId ? { policyId, claimantId: req.user.id } : { claimantId: req.user.id }, select: { id: true, status: true } }));`,
      ),
    },
    {
      name: "express + prisma: the company filter is always the caller's (`where.clientCompanyId = user.clientCompanyId`)",
      endpoint: 'GET /api/placements',
      files: placementsApp(`  where.clientCompanyId = req.user.clientCompanyId;`),
    },
    {
      name: "express + prisma: an application to an opening read only to test its status (`select: { status: true }`, `if (job.status !== 'OPEN')`)",
      endpoint: 'POST /api/applications',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/api/applications', requireAuth, async (req, res) => {
  const candidate = await prisma.candidate.findFirst({ where: { id: String(req.body.candidateId), ownerRecruiterId: req.user.id }, select: { id: true } });
  if (!candidate) return res.status(404).end();
  const job = await prisma.jobOpening.findUnique({ where: { id: String(req.body.jobOpeningId) }, select: { status: true } });
  if (!job) return res.status(404).end();
  if (job.status !== 'OPEN') return res.status(400).json({ error: 'Not accepting candidates' });
  const application = await prisma.application.create({ data: { candidateId: candidate.id, jobOpeningId: String(req.body.jobOpeningId) }, select: { id: true } });
  res.status(201).json(application);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + sequelize: every caller but an administrator gets the filter scoped to them (`if (user.role !== 'admin') where.parentUserId = user.id`)",
      endpoint: 'GET /api/loans/:id',
      files: loanLookupApp(`  if (req.user.role !== 'admin') where.parentUserId = req.user.id;`),
    },
    {
      name: 'express + drizzle: an org owner changes a membership of that org (`and(eq(id), eq(orgId))`)',
      endpoint: 'PATCH /orgs/:orgId/members/:memberId',
      files: orgMembershipUpdateApp(`    .where(and(eq(memberships.id, memberId), eq(memberships.orgId, orgId)))`),
    },
    {
      name: 'express + prisma: only administrators update samples of every lab by id',
      endpoint: 'PATCH /samples/:id',
      files: labScopedSamplesApp(
        sampleUpdate(`app.patch('/samples/:id', requireAuth, requireRole('admin'), async (req, res) => {`),
      ),
    },
    {
      name: "express + mongoose: a booking of a vehicle open to booking (`status: { $in: ['available', 'rented'] }`), the driver's name defaulting to the caller's",
      endpoint: 'POST /bookings',
      files: vehicleBookingApp(
        `  const booking = await Booking.create({ customer: customer._id, vehicle: vehicle._id, driverName: req.body.driverName || customer.name });`,
      ),
    },
    {
      name: "express + prisma: only an administrator picks the org of a new user; a lab manager's is their own (`role === 'admin' ? body.orgId : me.orgId`)",
      endpoint: 'POST /users',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/users', requireAuth, async (req, res) => {
  if (req.user.role !== 'admin' && req.user.role !== 'lab_manager') return res.status(403).end();
  const orgId = req.user.role === 'admin' ? req.body.orgId : req.user.orgId;
  const user = await prisma.user.create({ data: { email: String(req.body.email), role: 'technician', orgId }, select: { id: true } });
  res.status(201).json(user);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + drizzle: shifts of an org the caller is a member of, the filter picked between two conditions (`includeDrafts ? eq(…) : and(…)`)',
      endpoint: 'GET /orgs/:orgId/shifts',
      files: orgShiftsApp(`  const membership = await requireMembership(req.user.id, orgId);
  const isStaff = membership.role !== 'volunteer';`),
    },
    {
      name: "koa + typeorm: the loan's household id compared with the caller's household id",
      files: {
        'src/app.ts': `import Koa from 'koa';
import Router from '@koa/router';
import jwt from 'koa-jwt';
import { AppDataSource } from './data-source';
import { Loan } from './entity/Loan';
const app = new Koa();
const router = new Router({ prefix: '/api/v1/loans' });
router.use(jwt({ secret: process.env.JWT_SECRET! }));
router.post('/:id/extend', async (ctx) => {
  const user = ctx.state.user as { id: number; householdId: number };
  const loan = await AppDataSource.getRepository(Loan).findOne({
    where: { id: Number(ctx.params.id) },
    relations: { household: true },
  });
  if (!loan) ctx.throw(404, 'Loan not found');
  if (loan.household.id !== user.householdId) ctx.throw(403, 'Not your loan');
  loan.extensions += 1;
  await AppDataSource.getRepository(Loan).save(loan);
  ctx.body = { id: loan.id, extensions: loan.extensions };
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: "hono + prisma: a sub-app's middleware proves the caller's membership of :orgId, read back with c.req.param('orgId')",
      files: {
        'src/index.ts': `import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { jwt } from 'hono/jwt';
import { prisma } from './prisma';
const requireMembership = createMiddleware(async (c, next) => {
  const orgId = c.req.param('orgId');
  const user = c.get('jwtPayload');
  const membership = await prisma.membership.findUnique({
    where: { userId_organizationId: { userId: user.sub, organizationId: orgId } },
  });
  if (!membership) return c.json({ error: 'Organization not found' }, 404);
  c.set('membership', membership);
  await next();
});
const orgs = new Hono();
orgs.use('*', jwt({ secret: process.env.JWT_SECRET! }));
orgs.use('/:orgId/*', requireMembership);
orgs.get('/:orgId/api-keys', async (c) => {
  const keys = await prisma.apiKey.findMany({
    where: { organizationId: c.req.param('orgId'), revokedAt: null },
    select: { id: true, name: true, prefix: true },
  });
  return c.json(keys);
});
const app = new Hono();
app.route('/api/v1/orgs', orgs);
export default app;`,
      },
    },
    {
      name: 'fastify + drizzle: a receipt link whose token is an HMAC of the order id',
      files: {
        'src/receipts.ts': `import { createHmac, timingSafeEqual } from 'node:crypto';
export function receiptToken(orderId: number): string {
  return createHmac('sha256', process.env.RECEIPT_SECRET!).update(\`receipt:\${orderId}\`).digest('base64url');
}
export function verifyReceiptToken(orderId: number, token: string): boolean {
  const expected = Buffer.from(receiptToken(orderId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}`,
        'src/server.ts': `import Fastify from 'fastify';
import { eq } from 'drizzle-orm';
import { db } from './db.js';
import { orders } from './schema.js';
import { verifyReceiptToken } from './receipts.js';
const app = Fastify();
app.get('/api/v1/orders/:id/receipt', async (request, reply) => {
  const { id } = request.params as { id: number };
  const { token } = request.query as { token: string };
  if (!verifyReceiptToken(id, token)) return reply.code(404).send({ error: 'Receipt not found' });
  const [receipt] = await db
    .select({ id: orders.id, total: orders.totalCents })
    .from(orders)
    .where(eq(orders.id, id));
  if (!receipt) return reply.code(404).send({ error: 'Receipt not found' });
  return receipt;
});
app.get('/api/v1/orders', async (request) => {
  await request.jwtVerify();
  return db.select({ id: orders.id }).from(orders).where(eq(orders.buyerId, (request.user as { sub: number }).sub));
});
app.listen({ port: 3000 });`,
      },
    },
    {
      name: "express + sequelize: scoped by the caller's membership, which a middleware loads through a helper that reads req.user",
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/clinic-access.js': `import { ClinicMembership } from './models.js';
async function loadMembership(req) {
  const clinicId = Number(req.params.clinicId);
  if (!req.user || !Number.isInteger(clinicId)) return null;
  return ClinicMembership.findOne({ where: { userId: req.user.id, clinicId } });
}
export async function requireClinicMember(req, res, next) {
  const membership = await loadMembership(req);
  if (!membership) return res.status(404).json({ error: 'clinic not found' });
  req.membership = membership;
  next();
}`,
        'src/app.js': `import express from 'express';
import { MedicalRecord } from './models.js';
import { requireAuth } from './auth.js';
import { requireClinicMember } from './clinic-access.js';
const app = express();
app.use(express.json());
app.patch('/api/v1/clinics/:clinicId/records/:recordId', requireAuth, requireClinicMember, async (req, res) => {
  const record = await MedicalRecord.findOne({
    where: { id: Number(req.params.recordId), clinicId: req.membership.clinicId },
  });
  if (!record) return res.status(404).json({ error: 'record not found' });
  await record.update({ diagnosis: String(req.body.diagnosis) });
  res.json({ id: record.id });
});
app.listen(3000);`,
      },
    },
    {
      name: "express + sequelize: the record compared with the caller's own profile, loaded by a helper from the caller's id",
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/owners.js': `import { Owner } from './models.js';
export async function getOwnerForUser(userId) {
  const owner = await Owner.findOne({ where: { userId } });
  if (!owner) throw new Error('no owner profile');
  return owner;
}`,
        'src/app.js': `import express from 'express';
import { Pet } from './models.js';
import { requireAuth } from './auth.js';
import { getOwnerForUser } from './owners.js';
const app = express();
app.use(express.json());
app.patch('/api/v1/pets/:petId', requireAuth, async (req, res) => {
  const owner = await getOwnerForUser(req.user.id);
  const pet = await Pet.findByPk(Number(req.params.petId));
  if (!pet || pet.ownerId !== owner.id) return res.status(404).json({ error: 'pet not found' });
  await pet.update({ name: String(req.body.name) });
  res.json({ id: pet.id, name: pet.name });
});
app.listen(3000);`,
      },
    },
    {
      name: "next.js + prisma: an API-key wrapper puts the key's account on the request under a name of its own (`apiRequest.apiAuth = principal`), and the rule is read within that account",
      files: {
        'package.json': '{ "dependencies": { "next": "14.2.0", "@prisma/client": "5.0.0" } }',
        'lib/api.ts': `import { NextResponse } from 'next/server';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
async function validateAccountApiKey(request: Request) {
  const key = request.headers.get('x-api-key');
  const found = key ? await prisma.apiKey.findUnique({ where: { key }, select: { accountId: true } }) : null;
  if (!found) throw new Error('invalid key');
  return found;
}
export function withAccountApiKey(handler: (request: Request & { apiAuth: { accountId: string } }, ctx: { params: { id: string } }) => Promise<Response>) {
  return async (request: Request, ctx: { params: { id: string } }) => {
    let principal;
    try {
      principal = await validateAccountApiKey(request);
    } catch {
      return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
    }
    const apiRequest = request as Request & { apiAuth: { accountId: string } };
    apiRequest.apiAuth = principal;
    return handler(apiRequest, ctx);
  };
}`,
        'app/api/v1/rules/[id]/route.ts': `import { NextResponse } from 'next/server';
import { PrismaClient } from '@prisma/client';
import { withAccountApiKey } from '@/lib/api';
const prisma = new PrismaClient();
export const GET = withAccountApiKey(async (request, { params }) => {
  const { accountId } = request.apiAuth;
  const rule = await prisma.rule.findFirst({ where: { id: params.id, accountId }, select: { id: true, name: true } });
  if (!rule) return NextResponse.json({ error: 'Rule not found' }, { status: 404 });
  return NextResponse.json({ rule });
});`,
      },
    },
    {
      name: "express + prisma: a quiz graded against its own questions (`quiz.questions.filter((q) => answers.get(q.id) === …)`: the loaded record's array, and a Map built in the handler)",
      files: {
        'package.json': '{ "dependencies": { "express": "4.21.0", "@prisma/client": "5.0.0" } }',
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/quizzes/:quizId/attempts', requireAuth, async (req, res) => {
  const quiz = await prisma.quiz.findFirst({ where: { id: req.params.quizId, course: { enrollments: { some: { userId: req.user.id } } } }, include: { questions: true } });
  if (!quiz) return res.status(404).end();
  const answers = new Map(req.body.answers.map((a) => [a.questionId, a.option]));
  const correct = quiz.questions.filter((q) => answers.get(q.id) === q.correctOption).length;
  res.status(201).json(await prisma.quizAttempt.create({ data: { quizId: quiz.id, userId: req.user.id, score: correct }, select: { id: true, score: true } }));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: a slug looked up only to see whether it is taken (`existsBy`/`count`)',
      files: {
        'package.json': '{ "dependencies": { "express": "4.21.0", "@prisma/client": "5.0.0" } }',
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const Role = { Reviewer: 'reviewer', Organizer: 'organizer', Admin: 'admin' };
const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());
const app = express();
app.use(express.json());
app.post('/conferences', requireAuth, async (req, res) => {
  if (await prisma.conference.count({ where: { slug: String(req.body.slug) } })) return res.status(409).end();
  res.status(201).json(await prisma.conference.create({ data: { slug: String(req.body.slug), ownerId: req.user.id }, select: { id: true } }));
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: the customer's tenant compared with the caller's by a helper that throws 404 (`assertSameTenant(user, existing)`)",
      files: tenantCustomersApp(`app.patch('/customers/:id', requireAuth, requireRole('ADMIN'), async (req, res) => {
  const existing = await prisma.customer.findUnique({ where: { id: req.params.id }, select: { id: true, tenantId: true } });
  assertSameTenant(req.user, existing);
  res.json(await prisma.customer.update({ where: { id: req.params.id }, data: { name: String(req.body.name) }, select: { id: true } }));
});`),
    },
    {
      name: "fastify + mongoose: the session's client compared with the caller, coaches (staff of another kind) excepted",
      files: fastifyMessagesApp(`app.get('/sessions/:id', async (request, reply) => {
  const session = await Session.findById(request.params.id).select('coach client status');
  if (!session) return reply.code(404).send({ error: 'not found' });
  if (String(session.client) !== request.user.sub && request.user.role !== 'coach') return reply.code(404).send({ error: 'not found' });
  return session;
});`),
    },
    {
      name: "fastify + mongoose: a message shown only to its recipient (the comparison answers 404), and an admin's choice of owner",
      files: fastifyMessagesApp(`app.get('/messages/:id', async (request, reply) => {
  const message = await Message.findById(request.params.id).select('from to body readAt');
  if (!message || String(message.to) !== request.user.sub) return reply.code(404).send({ error: 'not found' });
  return message;
});
app.get('/sessions', async (request) => {
  const filter = { client: request.user.sub };
  if (request.user.role === 'admin' && request.query.clientId) filter.client = request.query.clientId;
  return Session.find(filter).select('coach client status');
});`),
    },
    {
      name: 'express + mongoose: a collection shown after `canView(found, me)` (a predicate, not a view mapper)',
      files: collectionsApp(`app.get('/api/collections/:id', requireAuth, async (req, res) => {
  const found = await Collection.findById(req.params.id).select('name isPrivate owner').lean();
  if (!found || !canView(found, req.user.id)) return res.status(404).json({ error: 'not found' });
  res.json(found);
});`),
    },
    {
      name: "express + mongoose: a user's public collections only, whichever filter the client picks",
      files: collectionsApp(`app.get('/api/users/:id/collections', async (req, res) => {
  const filter = req.query.sort === 'name' ? { owner: req.params.id, isPrivate: false } : { isPrivate: false, owner: req.params.id };
  const collections = await Collection.find(filter).select('name').lean();
  res.json(collections);
});`),
    },
    {
      name: "hono + supabase: an account read through the caller's client the middleware set on the context (`c.get('db')`), on a table with row-level security",
      files: honoSupabaseApp(`app.get('/api/accounts/:id', async (c) => {
  const account = unwrap(await c.get('db').from('accounts').select('id, name').eq('id', c.req.param('id')).maybeSingle());
  if (!account) throw new HTTPException(404, { message: 'not found' });
  return c.json(account);
});`),
    },
    {
      name: "hono + supabase: an account loaded through `unwrap(…)`, then the caller's membership of its household required",
      files: honoSupabaseApp(`app.delete('/api/accounts/:id', async (c) => {
  const account = unwrap(await supabaseAdmin.from('accounts').select('id, household_id').eq('id', c.req.param('id')).maybeSingle());
  if (!account) throw new HTTPException(404, { message: 'not found' });
  await requireMember(c.get('user').id, account.household_id);
  unwrap(await supabaseAdmin.from('accounts').delete().eq('id', account.id));
  return c.body(null, 204);
});`),
    },
    {
      name: "express + prisma: the caller's membership asserted through a helper whose throw is caught (`.catch(() => null)`), then tested",
      files: orgProjectsApp(`async function assertMember(orgId, userId) {
  const m = await prisma.membership.findFirst({ where: { orgId, userId } });
  if (!m) throw Object.assign(new Error('Not found'), { status: 404 });
  return m;
}
app.get('/orgs/:orgId/projects', requireAuth, async (req, res) => {
  const membership = await assertMember(req.params.orgId, req.user.id).catch(() => null);
  if (!membership) return res.status(404).end();
  res.json(await prisma.project.findMany({ where: { orgId: req.params.orgId }, select: { id: true, name: true } }));
});`),
    },
    {
      name: "express + prisma: the caller's membership of `:orgId` looked up in the handler and tested, then a project of that org",
      files: orgProjectsApp(`app.get('/orgs/:orgId/projects/:projectId', requireAuth, async (req, res) => {
  const membership = await prisma.membership.findFirst({ where: { orgId: req.params.orgId, userId: req.user.id } });
  if (!membership) return res.status(403).end();
  const project = await prisma.project.findFirst({ where: { id: req.params.projectId, orgId: req.params.orgId }, select: { id: true } });
  if (!project) return res.status(404).end();
  res.json(project);
});`),
    },
    {
      name: "express + drizzle: the task read within the caller's project (`eq(tasks.projectId, project.id)`)",
      files: drizzleTasksApp(`app.get('/projects/:projectId/tasks/:taskId', requireAuth, async (req, res) => {
  const [project] = await db.select().from(projects).where(and(eq(projects.id, req.params.projectId), eq(projects.ownerId, req.user.id)));
  if (!project) return res.status(404).end();
  const [task] = await db.select({ id: tasks.id, title: tasks.title }).from(tasks).where(and(eq(tasks.id, req.params.taskId), eq(tasks.projectId, project.id)));
  res.json(task);
});`),
    },
    {
      name: "express + pg: the task deleted within the caller's project (`project_id = $2` bound to `project.id`, `project = rows[0]`)",
      files: drizzleTasksApp(`app.delete('/projects/:projectId/tasks/:taskId', requireAuth, async (req, res) => {
  const { rows } = await pool.query('SELECT id FROM projects WHERE id = $1 AND owner_id = $2', [req.params.projectId, req.user.id]);
  const project = rows[0];
  if (!project) return res.status(404).end();
  await pool.query('DELETE FROM tasks WHERE id = $1 AND project_id = $2', [req.params.taskId, project.id]);
  res.status(204).end();
});`),
    },
    {
      name: "express + prisma: the task read within the caller's project (`projectId: project.id` after `loadOwnedProject`)",
      files: projectTasksApp(`app.get('/projects/:projectId/tasks/:taskId', requireAuth, async (req, res) => {
  const project = await loadOwnedProject(req.params.projectId, req.user);
  const task = await prisma.task.findFirst({ where: { id: req.params.taskId, projectId: project.id }, select: { id: true, title: true } });
  if (!task) return res.status(404).end();
  res.json(task);
});`),
    },
    {
      name: 'express + prisma: the same with the project found for the caller in the handler',
      files: projectTasksApp(`app.delete('/projects/:projectId/tasks/:taskId', requireAuth, async (req, res) => {
  const project = await prisma.project.findFirst({ where: { id: req.params.projectId, ownerId: req.user.id } });
  if (!project) return res.status(404).end();
  await prisma.task.deleteMany({ where: { id: req.params.taskId, projectId: project.id } });
  res.status(204).end();
});`),
    },
    {
      name: "express + supabase: a vehicle read through the caller's client the auth middleware put on the request (`req.sb`), on a table with row-level security",
      endpoint: 'GET /api/vehicles/:id',
      files: {
        'supabase/migrations/001_init.sql': `create table public.vehicles (id uuid primary key, org_id uuid not null, plate text);
alter table public.vehicles enable row level security;
create policy "members read vehicles" on public.vehicles for select to authenticated using (public.is_org_member(org_id));`,
        'src/auth.ts': `import { createClient } from '@supabase/supabase-js';
import type { NextFunction, Request, Response } from 'express';
export async function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, '');
  if (!token) return res.status(401).json({ error: 'unauthorized' });
  const sb = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!, { global: { headers: { Authorization: \`Bearer \${token}\` } } });
  const { data, error } = await sb.auth.getUser(token);
  if (error || !data.user) return res.status(401).json({ error: 'unauthorized' });
  req.user = data.user;
  req.sb = sb;
  next();
}`,
        'src/app.ts': `import express from 'express';
import { requireAuth } from './auth';
const app = express();
app.use('/api', requireAuth);
app.get('/api/vehicles/:id', async (req, res) => {
  const { data, error } = await req.sb!.from('vehicles').select('id, plate').eq('id', req.params.id).maybeSingle();
  if (error) throw error;
  if (!data) return res.status(404).json({ error: 'not_found' });
  res.json(data);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: a manager assigns a mechanic, whose membership of the order's organisation is only asked about",
      endpoint: 'POST /api/work-orders/:id/assign',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/membership.js': `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function hasRole(userId, orgId, roles) {
  const membership = await prisma.orgMember.findFirst({ where: { orgId, userId }, select: { role: true } });
  return Boolean(membership && roles.includes(membership.role));
}`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
import { hasRole } from './membership.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/api/work-orders/:id/assign', requireAuth, async (req, res) => {
  const order = await prisma.workOrder.findUnique({ where: { id: req.params.id }, select: { id: true, orgId: true } });
  if (!order || !(await hasRole(req.user.id, order.orgId, ['owner', 'manager']))) return res.status(404).json({ error: 'not_found' });
  if (!(await hasRole(String(req.body.mechanicId), order.orgId, ['mechanic']))) return res.status(422).json({ error: 'not_a_mechanic_here' });
  const updated = await prisma.workOrder.update({ where: { id: order.id }, data: { mechanicId: String(req.body.mechanicId) }, select: { id: true } });
  res.json(updated);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: a booking read by id and shown only to its participants (`isParticipant(booking, me)`, 404 otherwise)',
      endpoint: 'GET /api/bookings/:bookingId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/bookings.js': `export function isParticipant(booking, userId) {
  return booking.studentId === userId || booking.tutor.userId === userId;
}`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
import { isParticipant } from './bookings.js';
const prisma = new PrismaClient();
const app = express();
app.get('/api/bookings/:bookingId', requireAuth, async (req, res) => {
  const booking = await prisma.booking.findUnique({ where: { id: req.params.bookingId }, select: { id: true, startsAt: true, studentId: true, tutor: { select: { userId: true } } } });
  if (!booking || !isParticipant(booking, req.user.id)) return res.status(404).json({ error: 'Not found' });
  res.json(booking);
});
app.listen(3000);`,
      },
    },
    {
      name: 'koa + better-sqlite3: a harvest logged for a plot the caller holds, through a repository handed a row of named values, then read back by its new id',
      endpoint: 'POST /api/harvests',
      files: {
        'src/db.js': `const Database = require('better-sqlite3');
module.exports = new Database('garden.db');`,
        'src/allocations.js': `const db = require('./db');
const holds = db.prepare('SELECT 1 FROM allocations WHERE member_id = ? AND plot_id = ?');
module.exports = { memberHoldsPlot: (memberId, plotId) => Boolean(holds.get(memberId, plotId)) };`,
        'src/harvests.js': `const db = require('./db');
const insert = db.prepare('INSERT INTO harvests (member_id, plot_id, crop, weight_grams) VALUES (@member_id, @plot_id, @crop, @weight_grams)');
const owned = db.prepare('SELECT id, plot_id, crop, weight_grams FROM harvests WHERE id = ? AND member_id = ?');
module.exports = {
  create: (row) => insert.run(row).lastInsertRowid,
  findOwned: (id, memberId) => owned.get(id, memberId),
};`,
        'src/app.js': `const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const jwt = require('jsonwebtoken');
const allocations = require('./allocations');
const harvests = require('./harvests');
const app = new Koa();
const router = new Router({ prefix: '/api' });
router.use(async (ctx, next) => {
  try { ctx.state.user = jwt.verify(String(ctx.get('authorization')).slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] }); }
  catch { ctx.throw(401, 'Sign in'); }
  await next();
});
router.post('/harvests', async (ctx) => {
  const input = ctx.request.body;
  if (!allocations.memberHoldsPlot(ctx.state.user.id, Number(input.plotId))) ctx.throw(403, 'Not your plot');
  const id = harvests.create({ member_id: ctx.state.user.id, plot_id: Number(input.plotId), crop: String(input.crop), weight_grams: Number(input.weightGrams) });
  ctx.status = 201;
  ctx.body = harvests.findOwned(id, ctx.state.user.id);
});
app.use(bodyParser());
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'express + pg: items of the organisation in the path, the statement numbering its placeholders by `params.length`',
      endpoint: 'GET /api/orgs/:orgId/items',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/pool.js': `import pg from 'pg';
export const pool = new pg.Pool();`,
        'src/org.js': `import { pool } from './pool.js';
export async function requireMember(req, res, next) {
  const { rows } = await pool.query('SELECT role FROM memberships WHERE org_id = $1 AND user_id = $2', [Number(req.params.orgId), req.user.id]);
  if (!rows[0]) return res.status(404).json({ error: 'Not found' });
  next();
}`,
        'src/repo.js': `import { pool } from './pool.js';
export async function search(orgId, opts) {
  const params = [orgId];
  let where = 'org_id = $1';
  if (opts.q) {
    params.push(\`%\${opts.q}%\`);
    where += \` AND name ILIKE $\${params.length}\`;
  }
  params.push(50, (opts.page - 1) * 50);
  const { rows } = await pool.query(\`SELECT id, sku, name FROM items WHERE \${where} LIMIT $\${params.length - 1} OFFSET $\${params.length}\`, params);
  return rows;
}`,
        'src/app.js': `import express from 'express';
import { randomBytes } from 'node:crypto';
import { requireAuth } from './auth.js';
import { requireMember } from './org.js';
import * as repo from './repo.js';
const app = express();
app.use(express.json());
app.get('/api/orgs/:orgId/items', requireAuth, requireMember, async (req, res) => {
  res.json(await repo.search(Number(req.params.orgId), { q: typeof req.query.q === 'string' ? req.query.q : '', page: Math.max(1, Number(req.query.page) || 1) }));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + pg: an invite created through a repository given the organisation in the path, a server-made token and the caller',
      endpoint: 'POST /api/orgs/:orgId/invites',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/pool.js': `import pg from 'pg';
export const pool = new pg.Pool();`,
        'src/org.js': `import { pool } from './pool.js';
export async function requireMember(req, res, next) {
  const { rows } = await pool.query('SELECT role FROM memberships WHERE org_id = $1 AND user_id = $2', [Number(req.params.orgId), req.user.id]);
  if (!rows[0]) return res.status(404).json({ error: 'Not found' });
  next();
}`,
        'src/repo.js': `import { pool } from './pool.js';
export async function create(input) {
  const { rows } = await pool.query(
    'INSERT INTO invites (org_id, email, token, invited_by) VALUES ($1, $2, $3, $4) RETURNING id, email',
    [input.orgId, input.email, input.token, input.invitedBy],
  );
  return rows[0];
}`,
        'src/app.js': `import express from 'express';
import { randomBytes } from 'node:crypto';
import { requireAuth } from './auth.js';
import { requireMember } from './org.js';
import * as repo from './repo.js';
const app = express();
app.use(express.json());
app.post('/api/orgs/:orgId/invites', requireAuth, requireMember, async (req, res) => {
  const token = randomBytes(24).toString('base64url');
  const invite = await repo.create({ orgId: Number(req.params.orgId), email: String(req.body.email), token, invitedBy: req.user.id });
  res.status(201).json(invite);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + pg: a show role looked up for the episode's show by a helper; the handler answers 404 without one",
      endpoint: 'GET /api/episodes/:episodeId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/db.js': `import pg from 'pg';
const pool = new pg.Pool();
export const db = {
  async one(text, params = []) {
    const { rows } = await pool.query(text, params);
    return rows[0] ?? null;
  },
  query(text, params = []) {
    return pool.query(text, params);
  },
};`,
        'src/shows.js': `import { db } from './db.js';
export async function getShowRole(showId, userId) {
  const row = await db.one('SELECT role FROM show_members WHERE show_id = $1 AND user_id = $2', [showId, userId]);
  return row?.role ?? null;
}`,
        'src/http.js': `export class ApiError extends Error {
  constructor(status, code) { super(code); this.status = status; }
}
export const notFound = () => new ApiError(404, 'not_found');
export const unauthorized = () => new ApiError(401, 'unauthorized');`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { db } from './db.js';
import { getShowRole } from './shows.js';
import { notFound } from './http.js';
const app = express();
app.get('/api/episodes/:episodeId', requireAuth, async (req, res) => {
  const episode = await db.one('SELECT * FROM episodes WHERE id = $1', [req.params.episodeId]);
  if (!episode) throw notFound();
  const role = await getShowRole(episode.show_id, req.user.id);
  if (!role) throw notFound();
  res.json(episode);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + pg: the episode's show role asked where it is tested (`if (!episode || !(await getShowRole(…)))`)",
      endpoint: 'GET /api/episodes/:episodeId/downloads',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/db.js': `import pg from 'pg';
const pool = new pg.Pool();
export const db = {
  async one(text, params = []) {
    const { rows } = await pool.query(text, params);
    return rows[0] ?? null;
  },
  query(text, params = []) {
    return pool.query(text, params);
  },
};`,
        'src/shows.js': `import { db } from './db.js';
export async function getShowRole(showId, userId) {
  const row = await db.one('SELECT role FROM show_members WHERE show_id = $1 AND user_id = $2', [showId, userId]);
  return row?.role ?? null;
}`,
        'src/http.js': `export class ApiError extends Error {
  constructor(status, code) { super(code); this.status = status; }
}
export const notFound = () => new ApiError(404, 'not_found');
export const unauthorized = () => new ApiError(401, 'unauthorized');`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { db } from './db.js';
import { getShowRole } from './shows.js';
import { notFound } from './http.js';
const app = express();
app.get('/api/episodes/:episodeId/downloads', requireAuth, async (req, res) => {
  const episode = await db.one('SELECT show_id FROM episodes WHERE id = $1', [req.params.episodeId]);
  if (!episode || !(await getShowRole(episode.show_id, req.user.id))) throw notFound();
  const { rows } = await db.query('SELECT country, count(*)::int AS n FROM downloads WHERE episode_id = $1 GROUP BY country', [req.params.episodeId]);
  res.json(rows);
});
app.listen(3000);`,
      },
    },
    {
      name: "next app router + pg: episodes listed by the show id bound in a list (`const values = [showId]`) after the caller's role in that show was required",
      endpoint: 'GET /api/v1/shows/[showId]/episodes',
      files: {
        'package.json': '{ "dependencies": { "next": "15.0.0", "pg": "8.11.0", "jose": "5.0.0" } }',
        'lib/db.ts': `import { Pool, type QueryResultRow } from 'pg';
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export const db = {
  query<T extends QueryResultRow = QueryResultRow>(text: string, params: unknown[] = []) {
    return pool.query<T>(text, params);
  },
  async one<T extends QueryResultRow = QueryResultRow>(text: string, params: unknown[] = []) {
    const { rows } = await pool.query<T>(text, params);
    return rows[0] ?? null;
  },
};`,
        'lib/auth.ts': `import { jwtVerify } from 'jose';
import type { NextRequest } from 'next/server';
export async function requireUser(req: NextRequest) {
  const token = req.cookies.get('session')?.value;
  if (!token) throw new Response('unauthorized', { status: 401 });
  const { payload } = await jwtVerify(token, new TextEncoder().encode(process.env.SESSION_SECRET!), { algorithms: ['HS256'] });
  return { userId: String(payload.sub) };
}`,
        'lib/shows.ts': `import { db } from './db';
export async function requireShowRole(showId: string, userId: string) {
  const row = await db.one<{ role: string }>('SELECT role FROM show_members WHERE show_id = $1 AND user_id = $2', [showId, userId]);
  if (!row) throw new Response('not found', { status: 404 });
  return row.role;
}`,
        'app/api/v1/shows/[showId]/episodes/route.ts': `import { NextResponse, type NextRequest } from 'next/server';
import { db } from '@/lib/db';
import { requireUser } from '@/lib/auth';
import { requireShowRole } from '@/lib/shows';
const STATUSES = new Set(['draft', 'published']);
export async function GET(req: NextRequest, { params }: { params: Promise<{ showId: string }> }) {
  const { userId } = await requireUser(req);
  const { showId } = await params;
  await requireShowRole(showId, userId);
  const status = req.nextUrl.searchParams.get('status');
  const values: unknown[] = [showId];
  let where = 'show_id = $1';
  if (status && STATUSES.has(status)) {
    values.push(status);
    where += \` AND status = $\${values.length}\`;
  }
  const { rows } = await db.query(\`SELECT id, title FROM episodes WHERE \${where} LIMIT 200\`, values);
  return NextResponse.json(rows);
}`,
        'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./*"] } } }',
      },
    },
    {
      name: "next pages: a tutor's payout requested for the tutor the session names",
      endpoint: 'ALL /api/v1/payouts',
      files: {
        'package.json': '{ "dependencies": { "next": "14.0.0", "@prisma/client": "5.0.0", "iron-session": "6.3.1" } }',
        'lib/session.js': `import { withIronSessionApiRoute } from 'iron-session/next';
const sessionOptions = { cookieName: 'sid', password: process.env.SESSION_PASSWORD, cookieOptions: { httpOnly: true, secure: true } };
export function withSessionRoute(handler) {
  return withIronSessionApiRoute(handler, sessionOptions);
}
export function withAuth(handler) {
  return withSessionRoute(async (req, res) => {
    const user = req.session.user;
    if (!user) return res.status(401).json({ error: 'Sign in' });
    return handler(req, res, user);
  });
}
export function withRole(roles, handler) {
  const allowed = Array.isArray(roles) ? roles : [roles];
  return withAuth((req, res, user) => {
    if (!allowed.includes(user.role)) return res.status(403).json({ error: 'Forbidden' });
    return handler(req, res, user);
  });
}`,
        'lib/prisma.js': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'pages/api/v1/me.js': `import { withAuth } from '../../../lib/session';
export default withAuth(async (req, res, user) => res.json({ id: user.id }));`,
        'pages/api/v1/payouts.js': `import { prisma } from '../../../lib/prisma';
import { withRole } from '../../../lib/session';
export default withRole('TUTOR', async (req, res, user) => {
  const tutorId = user.id;
  const earnings = await prisma.invoice.findMany({ where: { tutorId }, select: { amountCents: true } });
  const balance = earnings.reduce((n, e) => n + e.amountCents, 0);
  if (Number(req.body.amountCents) > balance) return res.status(400).json({ error: 'Too much' });
  const payout = await prisma.payout.create({ data: { tutorId, amountCents: Number(req.body.amountCents) }, select: { id: true } });
  res.status(201).json(payout);
});`,
      },
    },
    {
      name: "express + prisma: a helper loads the instrument and asks a second helper, which denies without the caller's membership of its lab (looked up by a third)",
      endpoint: 'DELETE /api/instruments/:instrumentId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/prisma.js': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'src/labAccess.js': `import { prisma } from './prisma.js';
export async function findMembership(labId, userId) {
  return prisma.membership.findUnique({ where: { labId_userId: { labId, userId } }, select: { id: true, role: true } });
}
export async function assertLabRole(labId, userId) {
  const membership = await findMembership(labId, userId);
  if (!membership) { const e = new Error('lab_not_found'); e.status = 404; throw e; }
  return membership;
}`,
        'src/instruments.js': `import { prisma } from './prisma.js';
import { assertLabRole } from './labAccess.js';
async function loadForRole(req) {
  const instrument = await prisma.instrument.findUnique({ where: { id: req.params.instrumentId } });
  if (!instrument) { const e = new Error('not found'); e.status = 404; throw e; }
  const membership = await assertLabRole(instrument.labId, req.user.id);
  return { instrument, membership };
}
export async function destroy(req, res) {
  const { instrument } = await loadForRole(req);
  await prisma.instrument.delete({ where: { id: instrument.id } });
  res.status(204).end();
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { destroy } from './instruments.js';
const app = express();
app.delete('/api/instruments/:instrumentId', requireAuth, destroy);
app.listen(3000);`,
      },
    },
    {
      name: "fastify + drizzle: a bin updated within the warehouses of the organisation in the path, the caller's membership of it checked by a hook",
      endpoint: 'PATCH /orgs/:orgId/bins/:binId',
      files: {
        'src/schema.ts': `import { pgTable, serial, integer, text } from 'drizzle-orm/pg-core';
export const warehouses = pgTable('warehouses', { id: serial('id').primaryKey(), orgId: integer('org_id').notNull(), name: text('name') });
export const bins = pgTable('bins', { id: serial('id').primaryKey(), warehouseId: integer('warehouse_id').notNull(), label: text('label') });
export const memberships = pgTable('memberships', { id: serial('id').primaryKey(), orgId: integer('org_id').notNull(), userId: integer('user_id').notNull(), role: text('role') });`,
        'src/app.ts': `import Fastify from 'fastify';
import jwt from '@fastify/jwt';
import { and, eq, inArray } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { bins, memberships, warehouses } from './schema';
const db = drizzle(process.env.DATABASE_URL!);
const app = Fastify();
app.register(jwt, { secret: process.env.JWT_SECRET! });
app.addHook('onRequest', async (request) => { await request.jwtVerify(); });
app.addHook('preHandler', async (request, reply) => {
  const orgId = Number((request.params as { orgId: string }).orgId);
  const [m] = await db.select().from(memberships).where(and(eq(memberships.orgId, orgId), eq(memberships.userId, (request.user as { sub: number }).sub)));
  if (!m) return reply.code(403).send({ error: 'forbidden' });
});
app.patch<{ Params: { orgId: string; binId: string }; Body: { label: string } }>('/orgs/:orgId/bins/:binId', async (request, reply) => {
  const orgWarehouseIds = db.select({ id: warehouses.id }).from(warehouses).where(eq(warehouses.orgId, Number(request.params.orgId)));
  const [updated] = await db
    .update(bins)
    .set({ label: String(request.body.label) })
    .where(and(eq(bins.id, Number(request.params.binId)), inArray(bins.warehouseId, orgWarehouseIds)))
    .returning({ id: bins.id, label: bins.label });
  if (!updated) return reply.code(404).send({ error: 'not found' });
  return updated;
});
export default app;`,
      },
    },
    {
      name: 'express: a player added by the captain; the person named in the body is shown through a mapper beside the new player',
      endpoint: 'POST /teams/:teamId/players',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
const toPlayerDto = (player, user) => ({ id: player.id, jersey: player.jersey, name: user ? user.displayName : null });
app.post('/teams/:teamId/players', requireAuth, async (req, res) => {
  const team = await prisma.team.findFirst({ where: { id: Number(req.params.teamId), captainId: req.user.id } });
  if (!team) return res.status(404).json({ error: 'Team not found' });
  const user = await prisma.user.findUnique({ where: { id: Number(req.body.userId) } });
  if (!user) return res.status(404).json({ error: 'User not found' });
  const player = await prisma.player.create({ data: { teamId: team.id, userId: user.id, jersey: Number(req.body.jersey) }, select: { id: true, jersey: true } });
  res.status(201).json(toPlayerDto(player, user));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: the same bound controller method; staff see any pet by role, others only their own (`isStaff(user) ? { _id } : { _id, owner }`)',
      endpoint: 'GET /pets/{petId}',
      files: {
        'src/auth.ts': EXPRESS_REQUIRE_AUTH,
        'src/models.ts': `import mongoose, { Schema } from 'mongoose';
export const Pet = mongoose.model('Pet', new Schema({ name: String, owner: { type: Schema.Types.ObjectId, ref: 'User' } }));`,
        'src/PetService.ts': `import { Pet } from './models';
const isStaff = (user: { role: string }) => user.role === 'vet' || user.role === 'admin';
export class PetService {
  findAny(petId: string) { return Pet.findById(petId); }
  findAccessible(petId: string, user: { id: string; role: string }) {
    const filter = isStaff(user) ? { _id: petId } : { _id: petId, owner: user.id };
    return Pet.findOne(filter);
  }
}`,
        'src/PetController.ts': `import type { Request, Response } from 'express';
import { PetService } from './PetService';
export class PetController {
  constructor(private readonly pets: PetService) {}
  async get(req: Request, res: Response) {
    const pet = await this.pets.findAccessible(req.params.petId, req.user as any);
    if (!pet) return res.status(404).json({ error: 'Not found' });
    res.json({ id: pet.id, name: pet.name });
  }
}`,
        'src/app.ts': `import express from 'express';
import { requireAuth } from './auth';
import { PetController } from './PetController';
import { PetService } from './PetService';
const asyncHandler = (fn: any) => (req: any, res: any, next: any) => Promise.resolve(fn(req, res, next)).catch(next);
const controller = new PetController(new PetService());
const app = express();
app.get('/pets/:petId', requireAuth, asyncHandler(controller.get.bind(controller)));
app.listen(3000);`,
      },
    },
    {
      name: "koa + drizzle: a helper handed the request (`assertFleetMember(ctx)`) proves the caller's fleet; a vehicle filter narrows within it",
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
  const vehicleId = ctx.query.vehicleId ? Number(ctx.query.vehicleId) : undefined;
  ctx.body = await db.select({ id: fuelLogs.id, liters: fuelLogs.liters }).from(fuelLogs)
    .where(and(eq(fuelLogs.fleetId, fleetId), vehicleId ? eq(fuelLogs.vehicleId, vehicleId) : undefined));
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: "express + sequelize: an organisation admin (`requireOrgRole('admin')` for `:orgId`) removes a member of that organisation by user id",
      endpoint: 'DELETE /orgs/:orgId/members/:userId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/org.js': ORG_MEMBERSHIP,
        'src/app.js': `const express = require('express');
const { Membership } = require('./models');
const { requireAuth } = require('./auth.js');
const { requireOrgRole } = require('./org.js');
const app = express();
app.delete('/orgs/:orgId/members/:userId', requireAuth, requireOrgRole('admin'), async (req, res) => {
  const removed = await Membership.destroy({ where: { orgId: req.params.orgId, userId: req.params.userId } });
  res.status(removed ? 204 : 404).end();
});
app.listen(3000);`,
      },
    },
    {
      name: "express + sequelize: adding a member behind the firm's admin role, like the collection's other routes",
      endpoint: 'POST /firms/:firmId/members',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/firm.js': `const { Membership } = require('./models');
function requireFirmRole(...roles) {
  return async (req, res, next) => {
    const membership = await Membership.findOne({ where: { firmId: req.params.firmId, userId: req.user.id } });
    if (!membership || (roles.length && !roles.includes(membership.role))) return res.status(403).json({ error: 'Forbidden' });
    next();
  };
}
module.exports = { requireFirmRole };`,
        'src/app.js': `const express = require('express');
const { Firm, Membership, User } = require('./models');
const { requireAuth } = require('./auth.js');
const { requireFirmRole } = require('./firm.js');
const app = express();
app.use(express.json());
app.get('/firms/:firmId/members', requireAuth, requireFirmRole(), async (req, res) => {
  res.json(await Membership.findAll({ where: { firmId: req.params.firmId }, attributes: ['id', 'role'] }));
});
app.post('/firms/:firmId/members', requireAuth, requireFirmRole('admin'), async (req, res) => {
  const user = await User.findOne({ where: { email: String(req.body.email) }, attributes: ['id'] });
  if (!user) return res.status(404).json({ error: 'No such account' });
  const [membership, created] = await Membership.findOrCreate({ where: { firmId: req.params.firmId, userId: user.id }, defaults: { role: 'member' } });
  if (!created) await membership.update({ role: String(req.body.role) });
  res.status(created ? 201 : 200).json({ id: membership.id });
});
app.patch('/firms/:firmId', requireAuth, requireFirmRole('admin'), async (req, res) => {
  await Firm.update({ name: String(req.body.name) }, { where: { id: req.params.firmId } });
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: a show created after checking that the slug the client chose is free (`if (taken) 409`)',
      endpoint: 'POST /api/v1/shows',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import { PrismaClient } from '@prisma/client';
import express from 'express';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/api/v1/shows', requireAuth, async (req, res) => {
  const slug = String(req.body.slug);
  const taken = await prisma.show.findUnique({ where: { slug }, select: { id: true } });
  if (taken) return res.status(409).json({ error: 'That slug is already in use' });
  const show = await prisma.show.create({ data: { slug, title: String(req.body.title), ownerId: req.user.id }, select: { id: true, slug: true } });
  res.status(201).json(show);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + sequelize: a document read through required includes down to the caller's firm membership (`where: { userId: me }`)",
      endpoint: 'GET /api/documents/:documentId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/models.js': `const { DataTypes, Sequelize } = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);
const Firm = sequelize.define('Firm', { name: DataTypes.STRING });
const Membership = sequelize.define('Membership', { userId: DataTypes.INTEGER, role: DataTypes.STRING });
const Case = sequelize.define('Case', { title: DataTypes.STRING, firmId: DataTypes.INTEGER, clientId: DataTypes.INTEGER });
const Document = sequelize.define('Document', { title: DataTypes.STRING, storageKey: DataTypes.STRING, caseId: DataTypes.INTEGER, uploadedBy: DataTypes.INTEGER });
module.exports = { Case, Document, Firm, Membership };`,
        'src/app.js': `const express = require('express');
const { requireAuth } = require('./auth.js');
const { Case, Document, Firm, Membership } = require('./models.js');
const app = express();
app.get('/api/documents/:documentId', requireAuth, async (req, res) => {
  const doc = await Document.findOne({
    where: { id: req.params.documentId },
    attributes: ['id', 'title'],
    include: [{ model: Case, as: 'case', required: true, include: [{ model: Firm, as: 'firm', required: true,
      include: [{ model: Membership, as: 'memberships', required: true, where: { userId: req.user.id } }] }] }],
  });
  if (!doc) return res.status(404).json({ error: 'Not found' });
  res.json(doc);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: a proposal sent to a gig still open (`findFirst({ where: { id, status: 'open' } })`), the proposal the caller's own",
      endpoint: 'POST /api/v1/gigs/:id/proposals',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import { PrismaClient } from '@prisma/client';
import express from 'express';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/api/v1/gigs/:id/proposals', requireAuth, async (req, res) => {
  const gig = await prisma.gig.findFirst({ where: { id: req.params.id, status: 'open' }, select: { id: true } });
  if (!gig) return res.status(404).json({ error: 'Gig is not open' });
  const proposal = await prisma.proposal.create({
    data: { gigId: gig.id, freelancerId: req.user.id, coverLetter: String(req.body.coverLetter) },
    select: { id: true },
  });
  res.status(201).json(proposal);
});
app.listen(3000);`,
      },
    },
    {
      name: "hono + drizzle: a grade changed where its assignment is in a subquery of the caller's own classes (`inArray(grades.assignmentId, own)`)",
      endpoint: 'PATCH /api/grades/:gradeId',
      files: {
        'src/db.ts': `import { drizzle } from 'drizzle-orm/node-postgres';
export const db = drizzle(process.env.DATABASE_URL!);`,
        'src/schema.ts': `import { integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
export const classes = pgTable('classes', { id: serial('id').primaryKey(), teacherId: integer('teacher_id').notNull() });
export const assignments = pgTable('assignments', { id: serial('id').primaryKey(), classId: integer('class_id').notNull() });
export const grades = pgTable('grades', { id: serial('id').primaryKey(), assignmentId: integer('assignment_id').notNull(), points: integer('points'), feedback: text('feedback') });`,
        'src/index.ts': `import { and, eq, inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { z } from 'zod';
import { db } from './db';
import { assignments, classes, grades } from './schema';
const app = new Hono();
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));
const Change = z.object({ points: z.number().int(), feedback: z.string().max(500) });
app.patch('/api/grades/:gradeId', async (c) => {
  const user = c.get('jwtPayload') as { sub: number };
  const change = Change.parse(await c.req.json());
  const own = db.select({ id: assignments.id }).from(assignments).innerJoin(classes, eq(classes.id, assignments.classId)).where(eq(classes.teacherId, user.sub));
  const [row] = await db
    .update(grades)
    .set({ points: change.points, feedback: change.feedback })
    .where(and(eq(grades.id, Number(c.req.param('gradeId'))), inArray(grades.assignmentId, own)))
    .returning({ id: grades.id });
  if (!row) return c.json({ error: 'Not found' }, 404);
  return c.json(row);
});
export default app;`,
      },
    },
    {
      name: "express + pg: the caller's lab membership asserted three calls deep (service → helper → repository → `query()` wrapper), then the lab's samples listed",
      endpoint: 'GET /api/v1/labs/:labId/samples',
      files: labSamplesApp(`export async function listForLab(labId: number, userId: number) {
  await assertLabMember(labId, userId);
  return repo.listSamplesForLab(labId);
}`),
    },
    {
      name: "koa + prisma: a show manager's role proven for `:showId`, then a member of that show removed (`{ id: memberId, showId }`)",
      endpoint: 'DELETE /api/v1/shows/:showId/members/:memberId',
      files: showEpisodesApp(
        `router.delete('/:showId/members/:memberId', async (ctx) => {
  await assertShowRole(ctx.params.showId, ctx.state.user.id);
  const { count } = await prisma.showMember.deleteMany({ where: { id: ctx.params.memberId, showId: ctx.params.showId } });
  ctx.status = count ? 204 : 404;
});`,
        '/api/v1/shows',
      ),
    },
    {
      name: "next.js + supabase: the cookie-bound client handed back through the project's `requireProfile()` and `requireUser()` (`const { supabase } = …`), on a table with row-level security",
      endpoint: 'DELETE /api/properties/[id]',
      files: {
        'supabase/migrations/0001_init.sql': `create table public.properties (
  id uuid primary key,
  landlord_id uuid not null references public.profiles (id),
  title text
);
alter table public.properties enable row level security;
create policy "landlord deletes own" on public.properties for delete using (landlord_id = auth.uid());`,
        'lib/supabase/server.ts': `import { createServerClient } from '@supabase/ssr';
import { cookies } from 'next/headers';
export async function createClient() {
  const store = await cookies();
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: { getAll: () => store.getAll(), setAll: () => {} },
  });
}`,
        'lib/auth.ts': `import { createClient } from './supabase/server';
export async function requireUser() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Response('Unauthorized', { status: 401 });
  return { supabase, user };
}
export async function requireProfile(roles: string[]) {
  const { supabase, user } = await requireUser();
  const { data: profile } = await supabase.from('profiles').select('id, role').eq('id', user.id).single();
  if (!profile || !roles.includes(profile.role)) throw new Response('Forbidden', { status: 403 });
  return { supabase, user, profile };
}`,
        'app/api/properties/[id]/route.ts': `import { NextResponse } from 'next/server';
import { requireProfile } from '../../../../lib/auth';
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { supabase } = await requireProfile(['landlord']);
  const { id } = await params;
  const { count } = await supabase.from('properties').delete({ count: 'exact' }).eq('id', id);
  if (!count) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return new NextResponse(null, { status: 204 });
}`,
      },
    },
    {
      name: "koa + prisma: the episode loaded by id, then `assertShowRole(episode.showId, me)` (the caller's membership of its show, 404 without one)",
      endpoint: 'DELETE /api/v1/episodes/:episodeId',
      files: showEpisodesApp(`router.delete('/:episodeId', async (ctx) => {
  const episode = await prisma.episode.findUnique({ where: { id: ctx.params.episodeId }, select: { id: true, showId: true } });
  if (!episode) throw createHttpError(404, 'Episode not found');
  await assertShowRole(episode.showId, ctx.state.user.id);
  await prisma.episode.delete({ where: { id: episode.id } });
  ctx.status = 204;
});`),
    },
    {
      name: 'express + supabase: a payment recorded with the id of the Stripe intent made for it, on a lease scoped to the caller',
      endpoint: 'POST /leases/:id/payments',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import { PrismaClient } from '@prisma/client';
import express from 'express';
import { createClient } from '@supabase/supabase-js';
import Stripe from 'stripe';
import { z } from 'zod';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const supabaseAdmin = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_SERVICE_ROLE_KEY);
const stripe = new Stripe(process.env.STRIPE_KEY);
const Payment = z.object({ amountCents: z.number().int().positive() });
const app = express();
app.use(express.json());
app.post('/leases/:id/payments', requireAuth, async (req, res) => {
  const input = Payment.parse(req.body);
  const lease = await prisma.lease.findFirst({ where: { id: req.params.id, tenantId: req.user.id } });
  if (!lease) return res.status(404).json({ error: 'Not found' });
  const intent = await stripe.paymentIntents.create({ amount: input.amountCents, currency: 'usd', metadata: { payerId: req.user.id } });
  const { data: payment, error } = await supabaseAdmin
    .from('payments')
    .insert({ lease_id: lease.id, payer_id: req.user.id, amount_cents: input.amountCents, stripe_intent_id: intent.id })
    .select('id, status')
    .single();
  if (error) return res.status(500).json({ error: 'Could not record the payment' });
  res.status(201).json({ payment, clientSecret: intent.client_secret });
});
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: a driver accepts a ride request still open to anyone (`{ _id: id, status: 'open' }`)",
      endpoint: 'POST /api/v1/ride-requests/:id/accept',
      files: rideShareApp(`app.post('/api/v1/ride-requests/:id/accept', async (req, res) => {
  const ride = await RideRequest.findOneAndUpdate(
    { _id: req.params.id, status: 'open' },
    { $set: { status: 'matched', driver: req.user.id } },
    { new: true },
  );
  if (!ride) return res.status(404).json({ error: 'No longer open' });
  res.json({ id: ride.id, status: ride.status });
});`),
    },
    {
      name: 'express + mongoose: the ratings of a driver, shown to every rider',
      endpoint: 'GET /api/v1/drivers/:driverId/ratings',
      files: rideShareApp(`app.get('/api/v1/drivers/:driverId/ratings', async (req, res) => {
  res.json(await Rating.find({ ratee: req.params.driverId }).populate('author', 'name').sort({ createdAt: -1 }).limit(50).lean());
});`),
    },
    {
      name: "koa + pg: a repository's own `update(id, ownerId, fields)` scoping its SQL to the owner it is handed",
      endpoint: 'PATCH /api/v1/boards/:id',
      files: KOA_PG_REPOSITORY,
    },
    {
      name: "koa + pg: the caller's id among the bound parameters of a project wrapper (`params = [boardId, ownerId]; params.push(status)`)",
      endpoint: 'GET /api/v1/boards/:id/cards',
      files: KOA_PG_REPOSITORY,
    },
    {
      name: "koa + pg: a repository's own `create(data)` handed `{ ...body, owner_id: me }` (the caller's id last)",
      endpoint: 'POST /api/v1/boards',
      files: KOA_PG_REPOSITORY,
    },
    {
      name: "express + pg: the same wrapper, with the owner in the SQL (`AND user_id = $2`, the caller's id bound)",
      endpoint: 'GET /notes/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/db.js': `import pg from 'pg';
export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
export async function queryOne(text, params = []) {
  const { rows } = await pool.query(text, params);
  return rows[0] ?? null;
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { queryOne } from './db.js';
const app = express();
app.get('/notes/:id', requireAuth, async (req, res) => {
  const note = await queryOne('SELECT id, title, body FROM notes WHERE id = $1 AND user_id = $2', [req.params.id, req.user.id]);
  if (!note) return res.status(404).json({ error: 'Not found' });
  res.json(note);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: the owner's membership of the clinic is proven, and the member is looked up within that clinic",
      endpoint: 'PATCH /clinics/:clinicId/members/:membershipId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/membership.js': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();
export async function assertMember(userId, clinicId, roles = []) {
  const membership = await prisma.membership.findFirst({ where: { userId, clinicId }, select: { role: true } });
  if (!membership || (roles.length > 0 && !roles.includes(membership.role))) {
    const err = new Error('Clinic not found');
    err.status = 404;
    throw err;
  }
  return membership;
}
export function requireClinicMember(...roles) {
  return async (req, res, next) => {
    try {
      const { clinicId } = req.params;
      req.membership = await assertMember(req.user.id, clinicId, roles);
      next();
    } catch (err) {
      next(err);
    }
  };
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { prisma, requireClinicMember } from './membership.js';
const app = express();
app.use(express.json());
app.patch('/clinics/:clinicId/members/:membershipId', requireAuth, requireClinicMember('owner'), async (req, res) => {
  const role = req.body.role === 'admin' ? 'admin' : 'member';
  const membership = await prisma.membership.findFirst({ where: { id: req.params.membershipId, clinicId: req.params.clinicId }, select: { id: true } });
  if (!membership) return res.status(404).json({ error: 'Member not found' });
  await prisma.membership.update({ where: { id: membership.id }, data: { role } });
  res.json({ id: membership.id, role });
});
app.listen(3000);`,
      },
    },
    {
      name: "hono: the partner a bearer-auth `verifyToken` hook stores (`c.set('partner', …)`) scopes the events to its organiser",
      endpoint: 'GET /partner/events',
      files: {
        'src/partnerAuth.ts': `import { createHash } from 'node:crypto';
import { bearerAuth } from 'hono/bearer-auth';
import { prisma } from './db';
export const partnerKeyAuth = bearerAuth({
  verifyToken: async (token, c) => {
    const keyHash = createHash('sha256').update(token).digest('hex');
    const key = await prisma.partnerKey.findUnique({ where: { keyHash }, select: { id: true, organizerId: true } });
    if (!key) return false;
    c.set('partner', { id: key.id, organizerId: key.organizerId });
    return true;
  },
});`,
        'src/db.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'src/app.ts': `import { Hono } from 'hono';
import { prisma } from './db';
import { partnerKeyAuth } from './partnerAuth';
const app = new Hono();
app.get('/partner/events', partnerKeyAuth, async (c) => {
  const { organizerId } = c.get('partner');
  const data = await prisma.event.findMany({ where: { organizerId }, select: { id: true, title: true } });
  return c.json({ data });
});
export default app;`,
      },
    },
    {
      name: 'express + mongoose: the caller comes from a session helper that loads their account (`const user = await requireUser(req)`), compared after the load',
      endpoint: 'GET /bookings/:id',
      files: {
        'src/auth.js': `import jwt from 'jsonwebtoken';
import { User } from './models.js';
export async function requireUser(req) {
  const payload = jwt.verify(req.cookies.session, process.env.JWT_SECRET, { algorithms: ['HS256'] });
  const user = await User.findById(payload.sub).select('name role').lean();
  if (!user) {
    const err = new Error('Please sign in');
    err.status = 401;
    throw err;
  }
  return { id: String(user._id), role: user.role };
}`,
        'src/models.js': `import mongoose, { Schema } from 'mongoose';
export const User = mongoose.model('User', new Schema({ name: String, role: String }));
export const Booking = mongoose.model('Booking', new Schema({ student: { type: Schema.Types.ObjectId, ref: 'User' }, tutor: { type: Schema.Types.ObjectId, ref: 'User' }, startsAt: Date }));`,
        'src/app.js': `import express from 'express';
import cookieParser from 'cookie-parser';
import { requireUser } from './auth.js';
import { Booking } from './models.js';
const app = express();
app.use(cookieParser());
app.get('/bookings/:id', async (req, res) => {
  const user = await requireUser(req);
  const booking = await Booking.findById(req.params.id).select('student tutor startsAt').lean();
  if (!booking) return res.status(404).json({ error: 'Booking not found' });
  const isParticipant = String(booking.student) === user.id || String(booking.tutor) === user.id;
  if (!isParticipant) return res.status(404).json({ error: 'Booking not found' });
  res.json(booking);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: removing another member of a group the caller's tested membership proves, the target's role only compared",
      endpoint: 'DELETE /groups/:groupId/members/:memberId',
      // (without the PATCH route, which updates the member's rows in every group)
      files: {
        ...GROUP_MEMBERS_APP,
        'src/app.js': GROUP_MEMBERS_APP['src/app.js']!.replace(/app\.patch\([\s\S]*?\n\}\);\n/, ''),
      },
    },
    {
      name: 'express + prisma: a helper that throws 404 when the caller is not a member (`await requireMember(teamId, me)`) proves the team',
      endpoint: 'GET /teams/:teamId/members',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/teams.js': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();
export class HttpError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}
export async function requireMember(teamId, userId) {
  const membership = await prisma.teamMember.findFirst({ where: { teamId, userId }, select: { id: true } });
  if (!membership) throw new HttpError(404, 'Team not found');
  return membership;
}
export function listMembers(teamId) {
  return prisma.teamMember.findMany({ where: { teamId }, select: { id: true, displayName: true } });
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { listMembers, requireMember } from './teams.js';
const app = express();
app.get('/teams/:teamId/members', requireAuth, async (req, res) => {
  await requireMember(req.params.teamId, req.user.id);
  res.json(await listMembers(req.params.teamId));
});
app.listen(3000);`,
      },
    },
    {
      name: "express + knex: a staff middleware that compares the role itself (`ensureLibrarian`: `role === 'librarian'`) may read any member",
      endpoint: 'GET /librarian/members/:memberId',
      files: {
        'src/auth.js': `function ensureAuthenticated(req, res, next) {
  if (req.isAuthenticated && req.isAuthenticated()) return next();
  return res.status(401).json({ error: 'Please sign in first' });
}
function ensureLibrarian(req, res, next) {
  if (req.user && req.user.role === 'librarian') return next();
  return res.status(403).json({ error: 'Librarian access only' });
}
module.exports = { ensureAuthenticated, ensureLibrarian };`,
        'migrations/001_init.js': `exports.up = (knex) =>
  knex.schema.createTable('members', (t) => {
    t.increments('id');
    t.string('email');
    t.string('full_name');
    t.string('password_hash');
    t.string('role');
  });`,
        'src/app.js': `const express = require('express');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });
const { ensureAuthenticated, ensureLibrarian } = require('./auth');
const app = express();
const router = express.Router();
router.use(ensureAuthenticated);
router.get('/members/:memberId', ensureLibrarian, async (req, res) => {
  const member = await knex('members').where({ id: req.params.memberId }).first();
  if (!member) return res.status(404).json({ error: 'Member not found' });
  res.json(member);
});
app.use('/librarian', router);
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: a referral picked by id among the clinics of the caller's own memberships (`fromClinicId: { in: clinicIds }`)",
      endpoint: 'GET /referrals/:referralId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/clinics.js': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();
export async function clinicIdsForUser(userId) {
  const rows = await prisma.membership.findMany({ where: { userId }, select: { clinicId: true } });
  return rows.map((row) => row.clinicId);
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { clinicIdsForUser, prisma } from './clinics.js';
const app = express();
app.get('/referrals/:referralId', requireAuth, async (req, res) => {
  const clinicIds = await clinicIdsForUser(req.user.id);
  const referral = await prisma.referral.findFirst({
    where: { id: req.params.referralId, OR: [{ fromClinicId: { in: clinicIds } }, { toClinicId: { in: clinicIds } }] },
    select: { id: true, reason: true, status: true },
  });
  if (!referral) return res.status(404).json({ error: 'Referral not found' });
  res.json(referral);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: the caller must be one of the captains listed from the match (`[match.homeTeam.captainId, …].includes(me)`)',
      endpoint: 'POST /matches/:matchId/score-reports',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/matches/:matchId/score-reports', requireAuth, async (req, res) => {
  const match = await prisma.match.findUnique({ where: { id: req.params.matchId }, include: { homeTeam: true, awayTeam: true } });
  if (!match) return res.status(404).json({ error: 'Match not found' });
  const captains = [match.homeTeam.captainId, match.awayTeam.captainId];
  if (!captains.includes(req.user.id)) return res.status(403).json({ error: 'Only a captain may report the score' });
  const report = await prisma.scoreReport.create({
    data: { matchId: match.id, reportedById: req.user.id, homeScore: Number(req.body.homeScore) },
    select: { id: true },
  });
  res.status(201).json(report);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: teams picked by ids from the body, within a league loaded for its organiser (`where: { id: { in: ids }, leagueId }`)',
      endpoint: 'POST /leagues/:leagueId/matches',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/leagues/:leagueId/matches', requireAuth, async (req, res) => {
  const { leagueId } = req.params;
  const league = await prisma.league.findFirst({ where: { id: leagueId, organizerId: req.user.id }, select: { id: true } });
  if (!league) return res.status(404).json({ error: 'League not found' });
  const teams = await prisma.team.count({ where: { id: { in: [req.body.homeTeamId, req.body.awayTeamId] }, leagueId } });
  if (teams !== 2) return res.status(400).json({ error: 'Both teams must belong to this league' });
  const match = await prisma.match.create({
    data: { leagueId, homeTeamId: String(req.body.homeTeamId), awayTeamId: String(req.body.awayTeamId) },
    select: { id: true },
  });
  res.status(201).json(match);
});
app.listen(3000);`,
      },
    },
    {
      name: "koa + mongoose: a helper resolves the caller's access to the course (tested by the handler), then a filter built beforehand lists its assignments",
      endpoint: 'GET /courses/:courseId/assignments',
      files: {
        'src/models.js': `import mongoose, { Schema } from 'mongoose';
export const Course = mongoose.model('Course', new Schema({ title: String, teacher: { type: Schema.Types.ObjectId, ref: 'User' } }));
export const Assignment = mongoose.model('Assignment', new Schema({ course: { type: Schema.Types.ObjectId, ref: 'Course' }, title: String, published: Boolean, createdBy: { type: Schema.Types.ObjectId, ref: 'User' } }));`,
        'src/access.js': `import { Course } from './models.js';
export async function resolveCourseAccess(user, courseId) {
  const course = await Course.findById(courseId).select('school teacher').lean();
  if (!course) return null;
  if (user.role === 'teacher' && String(course.teacher) === user.id) return 'teacher';
  if (user.role === 'admin' && String(course.school) === user.school) return 'admin';
  return null;
}`,
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import jwt from 'jsonwebtoken';
import { Assignment } from './models.js';
import { resolveCourseAccess } from './access.js';
const app = new Koa();
const router = new Router();
router.use(async (ctx, next) => {
  try { ctx.state.user = jwt.verify(ctx.get('Authorization').slice(7), process.env.JWT_SECRET); }
  catch { ctx.throw(401, 'Unauthorized'); }
  await next();
});
router.get('/courses/:courseId/assignments', async (ctx) => {
  const access = await resolveCourseAccess(ctx.state.user, ctx.params.courseId);
  if (!access) ctx.throw(404, 'Course not found');
  const filter = { course: ctx.params.courseId };
  if (access !== 'teacher') filter.published = true;
  const assignments = await Assignment.find(filter).lean();
  ctx.body = { assignments: assignments.map((a) => ({ id: a._id, title: a.title })) };
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'express + typeorm: a membership middleware whose helper looks the membership up through another and throws 404',
      endpoint: 'GET /clinics/:clinicId/members',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/membership.js': `import { AppDataSource } from './db.js';
const memberships = () => AppDataSource.getRepository('Membership');
export async function findMembership(userId, clinicId) {
  return memberships().findOne({ where: { userId, clinicId } });
}
export async function assertMember(userId, clinicId) {
  const membership = await findMembership(userId, clinicId);
  if (!membership) {
    const err = new Error('Clinic not found');
    err.status = 404;
    throw err;
  }
  return membership;
}
export function requireClinicMember() {
  return async (req, res, next) => {
    try {
      req.membership = await assertMember(req.user.id, req.params.clinicId);
      next();
    } catch (err) {
      next(err);
    }
  };
}`,
        'src/db.js': `import { DataSource } from 'typeorm';
export const AppDataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { AppDataSource } from './db.js';
import { requireClinicMember } from './membership.js';
const app = express();
app.get('/clinics/:clinicId/members', requireAuth, requireClinicMember(), async (req, res) => {
  const members = await AppDataSource.getRepository('Membership').find({
    where: { clinicId: req.params.clinicId },
    select: { id: true, role: true, userId: true },
  });
  res.json(members);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: booking a table of a restaurant (records that belong to no one) reads it by an id from the body',
      endpoint: 'POST /reservations',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'prisma/schema.prisma': `model User {
  id           String        @id
  email        String
  reservations Reservation[]
}
model Restaurant {
  id     String  @id
  name   String
  tables Table[]
}
model Table {
  id           String        @id
  restaurantId String
  restaurant   Restaurant    @relation(fields: [restaurantId], references: [id])
  seats        Int
  active       Boolean
  reservations Reservation[]
}
model Reservation {
  id        String   @id
  userId    String
  user      User     @relation(fields: [userId], references: [id])
  tableId   String
  table     Table    @relation(fields: [tableId], references: [id])
  startsAt  DateTime
}`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.post('/reservations', requireAuth, async (req, res) => {
  const table = await prisma.table.findFirst({ where: { id: req.body.tableId, active: true }, select: { id: true, seats: true } });
  if (!table) return res.status(404).json({ error: 'Table not found' });
  const taken = await prisma.reservation.count({ where: { tableId: req.body.tableId, startsAt: new Date(req.body.startsAt) } });
  if (taken > 0) return res.status(409).json({ error: 'Taken' });
  const reservation = await prisma.reservation.create({
    data: { tableId: table.id, startsAt: new Date(req.body.startsAt), userId: req.user.id },
    select: { id: true, startsAt: true },
  });
  res.status(201).json(reservation);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: a service whose only unscoped filter is the administrators' branch (`user.role === 'admin' ? …`)",
      endpoint: 'GET /applications/:id',
      files: applicationsApp("user.role === 'staff' || user.role === 'admin'"),
    },
    {
      name: "express + prisma: the caller's membership looked up by a compound key (`groupId_userId`) and tested before the notes are listed",
      endpoint: 'GET /groups/:groupId/notes',
      files: {
        'prisma/schema.prisma': `model GroupMember {
  id      String @id
  groupId String
  userId  String
  @@unique([groupId, userId])
}
model Note {
  id      String @id
  groupId String
  title   String
}
model Settlement {
  id         String @id
  groupId    String
  fromUserId String
  toUserId   String
}`,
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/db.js': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();
export function getMembership(groupId, userId) {
  return prisma.groupMember.findUnique({ where: { groupId_userId: { groupId, userId } } });
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { getMembership, prisma } from './db.js';
const app = express();
app.get('/groups/:groupId/notes', requireAuth, async (req, res) => {
  const membership = await getMembership(req.params.groupId, req.user.id);
  if (!membership) return res.status(403).end();
  res.json(await prisma.note.findMany({ where: { groupId: req.params.groupId }, select: { id: true, title: true } }));
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: the recipient's membership is looked up only to check they belong to the group",
      endpoint: 'POST /groups/:groupId/settlements',
      files: {
        'prisma/schema.prisma': `model GroupMember {
  id      String @id
  groupId String
  userId  String
  @@unique([groupId, userId])
}
model Note {
  id      String @id
  groupId String
  title   String
}
model Settlement {
  id         String @id
  groupId    String
  fromUserId String
  toUserId   String
}`,
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/db.js': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();
export function getMembership(groupId, userId) {
  return prisma.groupMember.findUnique({ where: { groupId_userId: { groupId, userId } } });
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { getMembership, prisma } from './db.js';
const app = express();
app.use(express.json());
app.post('/groups/:groupId/settlements', requireAuth, async (req, res) => {
  const { groupId } = req.params;
  if (!(await getMembership(groupId, req.user.id))) return res.status(403).end();
  const recipient = await prisma.groupMember.findUnique({
    where: { groupId_userId: { groupId, userId: req.body.toUserId } },
  });
  if (!recipient) return res.status(422).json({ error: 'Recipient is not a member of this group' });
  const s = await prisma.settlement.create({ data: { groupId, fromUserId: req.user.id, toUserId: String(req.body.toUserId) } });
  res.status(201).json({ id: s.id });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + better-sqlite3: a statement prepared at module level, run with the caller as owner',
      endpoint: 'GET /transactions',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import Database from 'better-sqlite3';
import { requireAuth } from './auth.js';
const db = new Database('budget.db');
const listTransactions = db.prepare('SELECT id, payee, amount_cents FROM transactions WHERE budget_id = ?');
const listOwnTransactions = db.prepare(
  'SELECT t.id, t.payee FROM transactions t JOIN budgets b ON b.id = t.budget_id WHERE t.budget_id = ? AND b.owner_id = ?',
);
const app = express();
app.get('/transactions', requireAuth, (req, res) => {
  res.json(listOwnTransactions.all(Number(req.query.budgetId), req.user.id));
});
app.listen(3000);`,
      },
    },
    {
      name: 'fastify + drizzle: enrolling in a course the query limits to published ones (`eq(courses.published, true)`)',
      endpoint: 'POST /courses/:courseId/enroll',
      files: {
        'src/schema.ts': `import { boolean, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
export const courses = pgTable('courses', {
  id: uuid('id').primaryKey(),
  instructorId: uuid('instructor_id').notNull(),
  title: text('title').notNull(),
  published: boolean('published').notNull(),
});
export const enrollments = pgTable('enrollments', {
  courseId: uuid('course_id').notNull(),
  studentId: uuid('student_id').notNull(),
  progress: integer('progress'),
});`,
        'src/app.ts': `import Fastify from 'fastify';
import jwt from '@fastify/jwt';
import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { courses, enrollments } from './schema';
const db = drizzle(postgres(process.env.DATABASE_URL!));
const app = Fastify();
app.register(jwt, { secret: process.env.JWT_SECRET! });
app.decorate('authenticate', async (request, reply) => {
  try { await request.jwtVerify(); } catch { return reply.code(401).send({ error: 'unauthorized' }); }
});
app.post('/courses/:courseId/enroll', { preHandler: [app.authenticate] }, async (request, reply) => {
  const [course] = await db
    .select({ id: courses.id })
    .from(courses)
    .where(and(eq(courses.id, request.params.courseId), eq(courses.published, true)));
  if (!course) return reply.code(404).send({ error: 'not_found' });
  await db.insert(enrollments).values({ courseId: course.id, studentId: request.user.sub });
  return reply.code(204).send();
});
app.listen({ port: 3000 });`,
      },
    },
    {
      name: "express: the handler tests the caller's membership of the workspace through a helper before listing its projects",
      endpoint: 'GET /workspaces/:workspaceId/projects',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'prisma/schema.prisma': `model Membership {
  id          Int    @id
  userId      Int
  workspaceId Int
}
model Project {
  id          Int    @id
  workspaceId Int
  name        String
}`,
        'src/permissions.js': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();
export async function getMembership(workspaceId, userId) {
  return prisma.membership.findFirst({ where: { workspaceId: Number(workspaceId), userId } });
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { getMembership, prisma } from './permissions.js';
const app = express();
app.get('/workspaces/:workspaceId/projects', requireAuth, async (req, res) => {
  if (!(await getMembership(req.params.workspaceId, req.user.id))) return res.status(404).end();
  const projects = await prisma.project.findMany({
    where: { workspaceId: Number(req.params.workspaceId) },
    select: { id: true, name: true },
  });
  res.json(projects);
});
app.listen(3000);`,
      },
    },
    {
      name: "next + @supabase/ssr: the server client carries the caller's session cookies; the notes table has row-level security",
      endpoint: 'DELETE /api/notes/[id]',
      files: {
        'supabase/migrations/0001_notes.sql': `create table notes (
  id bigint primary key,
  user_id uuid not null references auth.users (id),
  body text
);
alter table notes enable row level security;
create policy "own notes" on notes for all using (user_id = auth.uid());`,
        'utils/supabase/server.ts': `import { createServerClient } from '@supabase/ssr';
import { cookies } from 'next/headers';
export async function createClient() {
  const cookieStore = await cookies();
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: {
      getAll() {
        return cookieStore.getAll();
      },
      setAll(list) {
        for (const { name, value, options } of list) cookieStore.set(name, value, options);
      },
    },
  });
}`,
        'app/api/notes/[id]/route.ts': `import { NextResponse } from 'next/server';
import { createClient } from '../../../../utils/supabase/server';
export async function DELETE(_req: Request, { params }: { params: { id: string } }) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { error } = await supabase.from('notes').delete().eq('id', params.id);
  if (error) return NextResponse.json({ error: 'Could not delete' }, { status: 500 });
  return new NextResponse(null, { status: 204 });
}`,
      },
    },
    {
      name: "next + supabase: the delete runs with the caller's own token on a table with row-level security",
      endpoint: 'DELETE /api/jobs/[id]',
      files: {
        'supabase/migrations/0001_init.sql': `create table public.jobs (
  id uuid primary key,
  company_id uuid not null references public.companies (id)
);
alter table public.jobs enable row level security;
create policy "recruiters delete company jobs" on public.jobs for delete
  using (company_id = (select company_id from public.profiles where id = auth.uid()));`,
        ...SUPABASE_JOBS,
      },
    },
    {
      name: 'express: the comparison with the caller is kept in a variable and tested before the note is sent',
      endpoint: 'GET /notes/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/notes/:id', requireAuth, async (req, res) => {
  const note = await prisma.note.findUnique({ where: { id: req.params.id } });
  if (!note) return res.status(404).end();
  const isAuthor = note.authorId === req.user.id;
  if (!isAuthor) return res.status(404).end();
  res.json(note);
});
app.listen(3000);`,
      },
    },
    {
      name: 'koa + prisma: a shift deleted within the organisation of the membership the middleware loaded',
      endpoint: 'DELETE /orgs/:orgId/shifts/:shiftId',
      files: koaOrgApp(`router.delete('/shifts/:shiftId', async (ctx) => {
  const deleted = await prisma.shift.deleteMany({ where: { id: Number(ctx.params.shiftId), orgId: ctx.state.membership.orgId } });
  if (deleted.count === 0) ctx.throw(404, 'Shift not found');
  ctx.status = 204;
});`),
    },
    {
      name: "nestjs + typeorm: countBy({ patientId, doctorId: me }) must be non-zero before the patient's invoices are listed",
      endpoint: 'GET /billing/patients/:patientId/invoices',
      files: nestTypeormApp(`  @Get('patients/:patientId/invoices')
  @Roles('doctor')
  async forPatient(@CurrentUser() user: { doctorId: string }, @Param('patientId') patientId: string) {
    const visits = await this.invoices.countBy({ patientId, doctorId: user.doctorId });
    if (visits === 0) throw new NotFoundException('You are not treating this patient');
    return this.invoices.find({ where: { patientId }, select: { id: true, amountCents: true } });
  }`),
    },
    {
      name: 'hono + drizzle: a device authenticated by its API key header (looked up by hash) reports its own telemetry',
      files: HONO_DEVICE_TELEMETRY,
    },
    {
      name: "express + knex: the buyer's id in the where clause (where({ id, buyer_id: req.user.id }))",
      files: {
        'package.json':
          '{ "dependencies": { "express": "4.21.0", "knex": "3.1.0", "pg": "8.12.0", "passport": "0.7.0", "passport-jwt": "4.0.1" } }',
        'src/db.js': `module.exports = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });`,
        'src/auth.js': `const passport = require('passport');
const { Strategy, ExtractJwt } = require('passport-jwt');
passport.use(new Strategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'] }, (payload, done) => done(null, { id: payload.sub })));
const requireAuth = passport.authenticate('jwt', { session: false });
module.exports = { passport, requireAuth };`,
        'src/app.js': `const express = require('express');
const db = require('./db');
const { passport, requireAuth } = require('./auth');
const app = express();
app.use(passport.initialize());
app.get('/api/v1/orders/:id', requireAuth, async (req, res) => {
  const order = await db('orders').where({ id: req.params.id, buyer_id: req.user.id }).first('id', 'status');
  if (!order) return res.status(404).end();
  res.json(order);
});
app.listen(3000);`,
      },
    },
    {
      name: 'next.js: a tenant read from a session helper with no arguments (`const { businessId } = await requireMember()`) scopes the query',
      files: {
        'package.json': '{ "dependencies": { "next": "14.2.0", "next-auth": "5.0.0", "@prisma/client": "5.0.0" } }',
        'lib/api.ts': `import { auth } from '@/auth';
import { prisma } from '@/lib/db';
export async function requireMember() {
  const session = await auth();
  if (!session?.user?.id) throw new Error('401 Unauthorized');
  const membership = await prisma.membership.findFirst({ where: { userId: session.user.id }, select: { businessId: true } });
  if (!membership) throw new Error('403 Forbidden');
  return { userId: session.user.id, businessId: membership.businessId };
}`,
        'app/api/v1/customers/[id]/route.ts': `import { NextResponse } from 'next/server';
import { prisma } from '@/lib/db';
import { requireMember } from '@/lib/api';
export async function GET(_req: Request, { params }: { params: { id: string } }) {
  const { businessId } = await requireMember();
  const customer = await prisma.customer.findFirst({ where: { id: params.id, businessId }, select: { id: true, name: true } });
  if (!customer) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(customer);
}`,
      },
    },
    {
      name: "hono: a middleware that builds the caller's record from the verified payload (`c.set('recruiter', …)`) gives the tenant that scopes the query",
      files: {
        'src/app.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { prisma } from './db';
const loadRecruiter = createMiddleware(async (c, next) => {
  const { sub } = c.get('jwtPayload');
  const user = await prisma.user.findUnique({ where: { id: sub }, select: { id: true, companyId: true } });
  if (!user || !user.companyId) throw new HTTPException(403, { message: 'Recruiter account required' });
  c.set('recruiter', { id: user.id, companyId: user.companyId });
  await next();
});
const app = new Hono();
app.use('/api/v1/*', jwt({ secret: process.env.JWT_SECRET! }), loadRecruiter);
app.get('/api/v1/jobs/:id', async (c) => {
  const { companyId } = c.get('recruiter');
  const job = await prisma.job.findFirst({ where: { id: c.req.param('id'), companyId }, select: { id: true, title: true } });
  return job ? c.json(job) : c.json({ error: 'Not found' }, 404);
});
export default app;`,
      },
    },
    {
      name: 'express + mongoose: a membership middleware that answers 404 when the caller is not a member scopes the workspace',
      files: {
        'src/app.ts': `import express from 'express';
import mongoose from 'mongoose';
const Workspace = mongoose.model('Workspace', new mongoose.Schema({ name: String, members: [{ user: String, role: String }] }));
async function getMembership(workspaceId: string, userId: string) {
  return Workspace.findOne({ _id: workspaceId, 'members.user': userId }).lean();
}
const asyncHandler = (fn: any) => (req: any, res: any, next: any) => fn(req, res, next).catch(next);
function requireLogin(req: any, res: any, next: any) {
  if (!req.session.userId) return res.status(401).json({ error: 'sign in' });
  next();
}
const requireMembership = asyncHandler(async (req: any, res: any, next: any) => {
  const membership = await getMembership(req.params.workspaceId, req.session.userId);
  if (!membership) {
    res.status(404).json({ error: 'Workspace not found' });
    return;
  }
  next();
});
const app = express();
app.get('/api/v1/workspaces/:workspaceId', requireLogin, requireMembership, asyncHandler(async (req: any, res: any) => {
  const ws = await Workspace.findById(req.params.workspaceId).select('name');
  res.json(ws);
}));
app.listen(3000);`,
      },
    },
    {
      name: "koa + sequelize: listings filtered on a public status (`status: 'listed'`, SQL `status = 'listed'`) are the public catalogue of owned records",
      files: {
        'package.json':
          '{ "dependencies": { "koa": "2.15.0", "@koa/router": "12.0.0", "sequelize": "6.37.0", "koa-jwt": "4.0.4" } }',
        'src/models.ts': `import { DataTypes, Sequelize } from 'sequelize';
export const sequelize = new Sequelize(process.env.DATABASE_URL as string);
export const User = sequelize.define('User', { email: DataTypes.STRING, passwordHash: DataTypes.STRING });
export const Property = sequelize.define('Property', { title: DataTypes.STRING, status: DataTypes.STRING, landlordId: DataTypes.INTEGER });`,
        'src/app.ts': `import Koa from 'koa';
import Router from '@koa/router';
import jwt from 'koa-jwt';
import { Property, sequelize } from './models';
const app = new Koa();
const router = new Router({ prefix: '/api/v1/properties' });
router.get('/', async (ctx) => {
  ctx.body = await sequelize.query("SELECT id, title FROM properties WHERE status = 'listed' LIMIT 20");
});
router.get('/:id', async (ctx) => {
  const property = await Property.findOne({ where: { id: ctx.params.id, status: 'listed' }, attributes: ['id', 'title'] });
  if (!property) ctx.throw(404);
  ctx.body = property;
});
router.patch('/:id', jwt({ secret: process.env.JWT_SECRET as string, algorithms: ['HS256'] }), async (ctx) => {
  await Property.update({ title: String(ctx.request.body.title) }, { where: { id: ctx.params.id, landlordId: ctx.state.user.sub } });
  ctx.status = 204;
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: a staff role (pharmacist) processes every refill in the queue by design',
      endpoint: 'PATCH /refills/:id/status',
      files: {
        'src/auth.js': `import jwt from 'jsonwebtoken';
export function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}
export const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());`,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth, requireRole } from './auth.js';
const Refill = mongoose.model('Refill', new mongoose.Schema({ patient: { type: mongoose.Schema.Types.ObjectId, ref: 'User' }, status: String }));
const app = express();
app.use(express.json());
app.patch('/refills/:id/status', requireAuth, requireRole('pharmacist'), async (req, res) => {
  res.json(await Refill.findByIdAndUpdate(req.params.id, { status: String(req.body.status) }, { new: true }).select('status'));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: the program must belong to a member of a gym the caller coaches (owner in gym.members)',
      endpoint: 'POST /gyms/:gymId/sessions',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/models.js': `import mongoose from 'mongoose';
export const Gym = mongoose.model('Gym', new mongoose.Schema({ name: String, coaches: [String], members: [String] }));
export const Program = mongoose.model('Program', new mongoose.Schema({ owner: String, title: String }));
export const Session = mongoose.model('Session', new mongoose.Schema({ gym: String, program: String, notes: String }));`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { Gym, Program, Session } from './models.js';
const app = express();
app.use(express.json());
app.post('/gyms/:gymId/sessions', requireAuth, async (req, res) => {
  const gym = await Gym.findOne({ _id: req.params.gymId, coaches: req.user.id }).select('_id members');
  if (!gym) return res.status(403).json({ error: 'You do not coach at this gym' });
  const program = await Program.findOne({ _id: String(req.body.programId), owner: { $in: gym.members } }).select('owner');
  if (!program) return res.status(404).json({ error: 'Program not found' });
  const session = await Session.create({ gym: gym._id, program: program._id, notes: String(req.body.notes) });
  res.status(201).json({ id: session.id });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: a booking names a vet by id; the vet is only referred to (vet.id), never sent or changed',
      endpoint: 'POST /appointments',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/appointments', requireAuth, async (req, res) => {
  const pet = await prisma.pet.findFirst({ where: { id: req.body.petId, ownerId: req.user.id } });
  if (!pet) return res.status(404).json({ error: 'Pet not found' });
  const vet = await prisma.user.findUnique({ where: { id: req.body.vetId } });
  if (!vet) return res.status(400).json({ error: 'Unknown vet' });
  const appointment = await prisma.appointment.create({ data: { petId: pet.id, vetId: vet.id, at: new Date(req.body.at) }, select: { id: true } });
  res.status(201).json(appointment);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: a work order names a contractor whose profile is read only to test a flag (`if (!contractor?.verified)`)',
      endpoint: 'POST /work-orders',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/work-orders', requireAuth, async (req, res) => {
  const request = await prisma.maintenanceRequest.findFirst({ where: { id: req.body.requestId, landlordId: req.user.id } });
  if (!request) return res.status(404).json({ error: 'Request not found' });
  const contractor = await prisma.contractorProfile.findUnique({ where: { userId: req.body.contractorId }, select: { verified: true } });
  if (!contractor?.verified) return res.status(422).json({ error: 'Contractor is not verified' });
  const order = await prisma.workOrder.create({ data: { requestId: request.id, contractorId: req.body.contractorId, landlordId: req.user.id }, select: { id: true } });
  res.status(201).json(order);
});
app.listen(3000);`,
      },
    },
    {
      name: "hono: the caller is where the app's own auth middleware put it (c.set('driver', …)), and scopes the query",
      endpoint: 'GET /api/reservations/:id',
      files: {
        'src/auth.ts': `import { createMiddleware } from 'hono/factory';
import { verify } from 'hono/jwt';
export const requireDriver = createMiddleware(async (c, next) => {
  const header = c.req.header('Authorization');
  if (!header?.startsWith('Bearer ')) return c.json({ error: 'Unauthorized' }, 401);
  try {
    const payload = await verify(header.slice(7), process.env.JWT_SECRET!, 'HS256');
    c.set('driver', { id: Number(payload.sub) });
  } catch {
    return c.json({ error: 'Unauthorized' }, 401);
  }
  await next();
});`,
        'src/index.ts': `import { Hono } from 'hono';
import { and, eq } from 'drizzle-orm';
import { db } from './db';
import { reservations } from './schema';
import { requireDriver } from './auth';
const app = new Hono();
const mine = new Hono();
mine.use('*', requireDriver);
mine.get('/:id', async (c) => {
  const [row] = await db.select({ id: reservations.id }).from(reservations)
    .where(and(eq(reservations.id, Number(c.req.param('id'))), eq(reservations.driverId, c.get('driver').id)));
  return row ? c.json(row) : c.json({ error: 'Not found' }, 404);
});
app.route('/api/reservations', mine);
export default app;`,
      },
    },
    {
      name: "express: a middleware requires the caller's membership of the organisation in the path",
      endpoint: 'GET /orgs/:orgId/members',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/org.js': ORG_MEMBERSHIP,
        'src/app.js': `const express = require('express');
const { Membership } = require('./models');
const { requireAuth } = require('./auth.js');
const { requireOrgRole } = require('./org.js');
const app = express();
app.get('/orgs/:orgId/members', requireAuth, requireOrgRole(), async (req, res) => {
  res.json(await Membership.findAll({ where: { orgId: req.params.orgId }, attributes: ['role', 'userId'] }));
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: a helper destructures its options; the owner option is the caller's id",
      endpoint: 'GET /notes/find',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/notes.js': `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function findNote({ title, ownerId, urlId }) {
  return prisma.note.findFirst({ where: { title, userId: ownerId, ...(urlId ? { urlId } : {}) }, select: { id: true, title: true } });
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { findNote } from './notes.js';
const app = express();
app.get('/notes/find', requireAuth, async (req, res) => {
  res.json(await findNote({ title: String(req.query.title), ownerId: req.user.id }));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + sequelize: a record created by a model helper, then reloaded by its own id',
      endpoint: 'POST /templates',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { Sequelize, DataTypes } from 'sequelize';
import { requireAuth } from './auth.js';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const Template = sequelize.define('Template', { title: DataTypes.STRING, userId: DataTypes.INTEGER });
Template.createWithDefaults = (values) => Template.create({ ...values, title: values.title || 'Untitled' });
const app = express();
app.use(express.json());
app.post('/templates', requireAuth, async (req, res) => {
  let template = await Template.createWithDefaults({ title: String(req.body.title), userId: req.user.id });
  template = await Template.findByPk(template.id);
  res.status(201).json({ id: template.id, title: template.title });
});
app.listen(3000);`,
      },
    },
    {
      name: "express + drizzle: the caller's membership of the task's project is looked up and tested",
      endpoint: 'PATCH /tasks/:taskId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/db.js': `import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, text } from 'drizzle-orm/pg-core';
export const tasks = pgTable('tasks', { id: text('id'), projectId: text('project_id'), title: text('title') });
export const projectMembers = pgTable('project_members', { projectId: text('project_id'), userId: text('user_id'), role: text('role') });
export const db = drizzle(process.env.DATABASE_URL);`,
        'src/app.js': `import express from 'express';
import { and, eq } from 'drizzle-orm';
import { db, tasks, projectMembers } from './db.js';
import { requireAuth } from './auth.js';
const app = express();
app.use(express.json());
app.patch('/tasks/:taskId', requireAuth, async (req, res) => {
  const [task] = await db.select().from(tasks).where(eq(tasks.id, req.params.taskId));
  if (!task) return res.status(404).json({ error: 'Not found' });
  const [membership] = await db
    .select({ role: projectMembers.role })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, task.projectId), eq(projectMembers.userId, req.user.id)));
  if (!membership || membership.role === 'viewer') return res.status(404).json({ error: 'Not found' });
  const [updated] = await db.update(tasks).set({ title: String(req.body.title) }).where(eq(tasks.id, task.id)).returning();
  res.json({ id: updated.id, title: updated.title });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + passport: a rights middleware lets a user act on their own id, others need the right (403)',
      endpoint: 'DELETE /users/:userId',
      files: {
        'src/auth.js': `import passport from 'passport';
const rights = new Map([['user', []], ['admin', ['manageUsers']]]);
const verify = (req, resolve, reject, required) => async (err, user) => {
  if (err || !user) return reject(new Error('Please authenticate'));
  req.user = user;
  if (required.length) {
    const granted = required.every((r) => rights.get(user.role).includes(r));
    if (!granted && req.params.userId !== user.id) return reject(new Error('Forbidden'));
  }
  resolve();
};
export const auth = (...required) => async (req, res, next) =>
  new Promise((resolve, reject) => {
    passport.authenticate('jwt', { session: false }, verify(req, resolve, reject, required))(req, res, next);
  })
    .then(() => next())
    .catch((err) => next(err));`,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { auth } from './auth.js';
const User = mongoose.model('User', new mongoose.Schema({ name: String, email: String }));
const app = express();
app.use(express.json());
app.delete('/users/:userId', auth('manageUsers'), async (req, res) => {
  await User.findByIdAndDelete(req.params.userId);
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: a catalogue product refers to no person or record: no owner to check (the role check is another rule)',
      endpoint: 'PATCH /products/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'prisma/schema.prisma': `model Product {
  id         Int         @id @default(autoincrement())
  name       String
  priceCents Int
  items      OrderItem[]
}
model Order {
  id     Int         @id @default(autoincrement())
  userId Int
  items  OrderItem[]
}
model OrderItem {
  id        Int     @id @default(autoincrement())
  orderId   Int
  productId Int
  order     Order   @relation(fields: [orderId], references: [id])
  product   Product @relation(fields: [productId], references: [id])
}`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.patch('/products/:id', requireAuth, async (req, res) => {
  const product = await prisma.product.update({ where: { id: Number(req.params.id) }, data: { priceCents: Number(req.body.priceCents) } });
  res.json({ id: product.id, priceCents: product.priceCents });
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: a filter built beforehand from the caller's id and a search term",
      endpoint: 'GET /notes',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/notes', requireAuth, async (req, res) => {
  const q = req.query.q;
  const where = { userId: req.user.id, ...(q ? { title: { contains: String(q) } } : {}) };
  res.json(await prisma.note.findMany({ where, select: { id: true, title: true } }));
});
app.listen(3000);`,
      },
    },
    {
      name: "fastify + pg: the caller's id next to paging values and a search term in one list of bound parameters",
      endpoint: 'GET /notes',
      files: {
        'src/notes.service.js': `import pg from 'pg';
const pool = new pg.Pool();
export async function list(ownerId, { skip, take, q }) {
  const params = [ownerId, take, skip];
  let search = '';
  if (q) {
    params.push('%' + q + '%');
    search = ' AND title ILIKE $4';
  }
  const { rows } = await pool.query(\`SELECT id, title FROM notes WHERE account_id = $1\${search} LIMIT $2 OFFSET $3\`, params);
  return rows;
}`,
        'src/server.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import * as notes from './notes.service.js';
const fastify = Fastify();
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });
fastify.addHook('onRequest', async (request) => { await request.jwtVerify(); });
function parsePagination(query) {
  const page = Number(query.page ?? 1);
  const pageSize = Number(query.pageSize ?? 50);
  return { skip: (page - 1) * pageSize, take: pageSize };
}
fastify.get('/notes', async (request) => {
  const query = request.query;
  const { skip, take } = parsePagination(query);
  return notes.list(request.user.sub, { skip, take, q: query.q });
});
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'express + mongoose: the comments of a post are public content, like the post',
      endpoint: 'GET /posts/:id/comments',
      files: {
        'src/auth.js': `import jwt from 'jsonwebtoken';
export function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}
export const requireRole = (role) => (req, res, next) => (req.user.role === role ? next() : res.status(403).end());`,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth, requireRole } from './auth.js';
const Application = mongoose.model('Application', new mongoose.Schema({ job: String, candidate: String, status: String }));
const Comment = mongoose.model('Comment', new mongoose.Schema({ post: String, text: String }));
const app = express();
app.use(express.json());
app.get('/posts/:id/comments', async (req, res) => {
  res.json(await Comment.find({ post: req.params.id }).select('text'));
});
app.listen(3000);`,
      },
    },
    {
      name: 'fastify + memory store: a claim that refuses devices someone already owns',
      endpoint: 'POST /devices/claim',
      files: {
        'src/server.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const devices = [{ id: 'd1', serial: 'LCK-00001', ownerId: 1, name: 'Lock' }];
const fastify = Fastify();
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });
fastify.decorate('authenticate', async (request) => { await request.jwtVerify(); });
fastify.post('/devices/claim', { onRequest: [fastify.authenticate] }, async (request, reply) => {
  const device = devices.find((d) => d.serial === request.body.serial);
  if (!device) return reply.code(404).send({ error: 'Unknown serial' });
  if (device.ownerId) return reply.code(409).send({ error: 'Already claimed' });
  device.ownerId = request.user.sub;
  return reply.code(201).send({ id: device.id, name: device.name });
});
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'fastify + memory store: a claim that refuses owned devices (compared with null)',
      endpoint: 'POST /devices/claim',
      files: {
        'src/server.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const devices = [{ id: 'd1', serial: 'LCK-00001', ownerId: 1, name: 'Lock' }];
const fastify = Fastify();
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });
fastify.decorate('authenticate', async (request) => { await request.jwtVerify(); });
fastify.post('/devices/claim', { onRequest: [fastify.authenticate] }, async (request, reply) => {
  const device = devices.find((d) => d.serial === request.body.serial);
  if (!device) return reply.code(404).send({ error: 'Unknown serial' });
  if (device.ownerId != null && device.ownerId !== request.user.sub) return reply.code(409).send({ error: 'Already claimed' });
  device.ownerId = request.user.sub;
  return reply.code(201).send({ id: device.id, name: device.name });
});
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'express + prisma: ownership in the where clause',
      endpoint: 'GET /todos/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/todos/:id', requireAuth, async (req, res) => {
  const todo = await prisma.todo.findFirst({ where: { id: req.params.id, userId: req.user.id } });
  if (!todo) return res.status(404).json({ error: 'Not found' });
  res.json(todo);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: ownership checked after load (403)',
      endpoint: 'DELETE /todos/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.delete('/todos/:id', requireAuth, async (req, res) => {
  const todo = await prisma.todo.findUnique({ where: { id: req.params.id } });
  if (!todo) return res.status(404).json({ error: 'Not found' });
  if (todo.userId !== req.user.id) return res.status(403).json({ error: 'Forbidden' });
  await prisma.todo.delete({ where: { id: todo.id } });
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'fastify + mongoose: findOne with _id and owner',
      endpoint: 'GET /notes/:id',
      files: {
        'src/server.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import mongoose from 'mongoose';
const Note = mongoose.model('Note', new mongoose.Schema({ text: String, owner: String }));
const fastify = Fastify();
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });
fastify.decorate('authenticate', async (request, reply) => { await request.jwtVerify(); });
fastify.get('/notes/:id', { onRequest: [fastify.authenticate] }, async (request, reply) => {
  const note = await Note.findOne({ _id: request.params.id, owner: request.user.id });
  if (!note) return reply.code(404).send({ error: 'Not found' });
  return note;
});
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'express + pg: WHERE id AND user_id',
      endpoint: 'GET /orders/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import pg from 'pg';
import { requireAuth } from './auth.js';
const pool = new pg.Pool();
const app = express();
app.get('/orders/:id', requireAuth, async (req, res) => {
  const { rows } = await pool.query('SELECT id, total, status FROM orders WHERE id = $1 AND user_id = $2', [req.params.id, req.user.id]);
  if (rows.length === 0) return res.status(404).json({ error: 'Not found' });
  res.json(rows[0]);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + better-sqlite3: WHERE id = ? AND owner_id = ?',
      endpoint: 'GET /notes/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import Database from 'better-sqlite3';
import { requireAuth } from './auth.js';
const db = new Database('app.db');
const app = express();
app.get('/notes/:id', requireAuth, (req, res) => {
  const note = db.prepare('SELECT id, title, body FROM notes WHERE id = ? AND owner_id = ?').get(req.params.id, req.user.id);
  if (!note) return res.status(404).json({ error: 'Not found' });
  res.json(note);
});
app.listen(3000);`,
      },
    },
    {
      name: 'hono + drizzle: and(eq(id), eq(userId, caller))',
      endpoint: 'GET /projects/:id',
      files: {
        'src/db.ts': `import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, serial, text, integer } from 'drizzle-orm/pg-core';
export const projects = pgTable('projects', { id: serial('id').primaryKey(), name: text('name'), userId: integer('user_id') });
export const db = drizzle(process.env.DATABASE_URL!);`,
        'src/index.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { and, eq } from 'drizzle-orm';
import { db, projects } from './db';
const app = new Hono();
app.use('/projects/*', jwt({ secret: process.env.JWT_SECRET! }));
app.get('/projects/:id', async (c) => {
  const user = c.get('jwtPayload');
  const [project] = await db.select().from(projects).where(and(eq(projects.id, Number(c.req.param('id'))), eq(projects.userId, user.sub)));
  if (!project) return c.json({ error: 'Not found' }, 404);
  return c.json(project);
});
export default app;`,
      },
    },
    {
      name: 'express + in-memory array: find by id and owner',
      endpoint: 'GET /todos/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
const todos = [];
const app = express();
app.get('/todos/:id', requireAuth, (req, res) => {
  const todo = todos.find((t) => t.id === req.params.id && t.userId === req.user.id);
  if (!todo) return res.status(404).json({ error: 'Not found' });
  res.json(todo);
});
app.listen(3000);`,
      },
    },
    {
      name: 'koa + sequelize: findOne where id and userId from ctx.state.user',
      endpoint: 'GET /invoices/:id',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import koaJwt from 'koa-jwt';
import { Sequelize, DataTypes } from 'sequelize';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const Invoice = sequelize.define('Invoice', { amount: DataTypes.INTEGER, userId: DataTypes.INTEGER });
const app = new Koa();
const router = new Router();
app.use(koaJwt({ secret: process.env.JWT_SECRET }));
router.get('/invoices/:id', async (ctx) => {
  const invoice = await Invoice.findOne({ where: { id: ctx.params.id, userId: ctx.state.user.id } });
  if (!invoice) ctx.throw(404);
  ctx.body = invoice;
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'admin route behind a role check is judged by role, not ownership',
      endpoint: 'DELETE /admin/users/:id',
      files: {
        'src/auth.js': `import jwt from 'jsonwebtoken';
export function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}
export function requireRole(role) {
  return (req, res, next) => (req.user?.role === role ? next() : res.status(403).json({ error: 'Forbidden' }));
}`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth, requireRole } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.delete('/admin/users/:id', requireAuth, requireRole('admin'), async (req, res) => {
  await prisma.user.delete({ where: { id: req.params.id } });
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'nestjs + prisma: where id and userId from @Req user',
      endpoint: 'GET /todos/:id',
      files: {
        'src/todos.controller.ts': `import { Controller, Get, Param, Req, UseGuards, NotFoundException } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { PrismaService } from './prisma.service';

@Controller('todos')
@UseGuards(AuthGuard('jwt'))
export class TodosController {
  constructor(private readonly prisma: PrismaService) {}

  @Get(':id')
  async findOne(@Param('id') id: string, @Req() req) {
    const todo = await this.prisma.todo.findFirst({ where: { id, userId: req.user.id } });
    if (!todo) throw new NotFoundException();
    return todo;
  }
}`,
        'src/prisma.service.ts': `import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
@Injectable()
export class PrismaService extends PrismaClient {}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { PrismaService } from './prisma.service';
import { TodosController } from './todos.controller';
@Module({ controllers: [TodosController], providers: [PrismaService] })
export class AppModule {}`,
        'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

const app = await NestFactory.create(AppModule);
await app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: findOneAndUpdate scoped to owner',
      endpoint: 'PUT /notes/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';

const Note = mongoose.model('Note', new mongoose.Schema({ text: String, owner: String }));
const app = express();
app.use(express.json());
app.put('/notes/:id', requireAuth, async (req, res) => {
  const note = await Note.findOneAndUpdate({ _id: req.params.id, owner: req.user.id }, { text: String(req.body.text) }, { new: true });
  if (!note) return res.status(404).json({ error: 'Not found' });
  res.json({ id: note.id, text: note.text });
});
app.listen(3000);`,
      },
    },
    {
      name: 'koa + sequelize: destroy where id and userId',
      endpoint: 'DELETE /invoices/:id',
      files: {
        'src/app.js': `

import Router from '@koa/router';import Koa from 'koa';
import koaJwt from 'koa-jwt';
import { DataTypes, Sequelize } from 'sequelize';

const sequelize = new Sequelize(process.env.DATABASE_URL);
const Invoice = sequelize.define('Invoice', { amount: DataTypes.INTEGER, userId: DataTypes.INTEGER });
const app = new Koa();
app.use(koaJwt({ secret: process.env.JWT_SECRET }));
const router = new Router();
router.delete('/invoices/:id', async (ctx) => {
  const count = await Invoice.destroy({ where: { id: ctx.params.id, userId: ctx.state.user.id } });
  ctx.status = count ? 204 : 404;
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'next.js app router + prisma: ownership checked after load',
      endpoint: 'GET /api/todos/[id]',
      files: {
        'auth.ts': `import NextAuth from 'next-auth';
export const { auth, handlers } = NextAuth({ providers: [] });`,
        'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'app/api/todos/[id]/route.ts': `import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { id } = await params;
  const todo = await prisma.todo.findUnique({ where: { id } });
  if (!todo || todo.userId !== session.user.id) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(todo);
}`,
        'tsconfig.json': `{ "compilerOptions": "baseUrl": ".", "paths": "@/*": ["./*"] }`,
      },
    },
    {
      name: 'express + prisma: ownership asserted by a helper that throws 403',
      endpoint: 'GET /todos/:id',
      files: {
        'src/auth.js': `import jwt from 'jsonwebtoken';
export function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}
export function assertOwner(record, user) {
  if (!record || record.userId !== user.id) {
    const err = new Error('Forbidden');
    err.status = 403;
    throw err;
  }
}`,
        'src/app.js': `

import { PrismaClient } from '@prisma/client';import express from 'express';
import { assertOwner, requireAuth } from './auth.js';

const prisma = new PrismaClient();
const app = express();
app.get('/todos/:id', requireAuth, async (req, res) => {
  const todo = await prisma.todo.findUnique({ where: { id: req.params.id } });
  assertOwner(todo, req.user);
  res.json(todo);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: staff roles spread from a constant another module declares',
      endpoint: 'PATCH /tasks/:id',
      files: staffConstantApp(''),
    },
    {
      name: 'express + prisma: the record compared with the caller in each branch of a condition chosen by role',
      endpoint: 'PATCH /students/:id',
      files: studentAllowedApp(
        "req.user.role === 'ADMIN' ? student.schoolId === req.user.schoolId : student.guardianId === req.user.id",
      ),
    },
    {
      name: 'express + prisma: an object-literal service loads the note through `this.findMine`, scoped to the caller',
      endpoint: 'PUT /notes/:id',
      files: noteServiceApp('findMine'),
    },
  ],
});
