/**
 * Files that many check cases share. A case is a whole little app, so each case still lists every file it needs;
 * only the identical ones live here.
 */

/** `src/auth.js`: Express middleware that verifies a bearer JWT and answers 401 otherwise. */
export const EXPRESS_REQUIRE_AUTH = `import jwt from 'jsonwebtoken';
export function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}`;

/**
 * An Express app on Prisma: `src/auth.js` (`requireAuth`), a `requireRole(...roles)` factory and JSON bodies, running
 * `routes`; `extra` adds files (a Prisma schema).
 */
export const expressPrismaApp = (routes: string, extra: Record<string, string> = {}): Record<string, string> => ({
  ...extra,
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());
const app = express();
app.use(express.json());
${routes}
app.listen(3000);`,
});

/** `src/org.js`: Express middleware factory that requires the caller's membership (and role) in `:orgId`. */
export const ORG_MEMBERSHIP = `const { Membership } = require('./models');
function requireOrgRole(...roles) {
  return async (req, res, next) => {
    const membership = await Membership.findOne({ where: { orgId: req.params.orgId, userId: req.user.id } });
    if (!membership || (roles.length && !roles.includes(membership.role))) {
      return res.status(403).json({ error: 'Not allowed for this organization' });
    }
    next();
  };
}
module.exports = { requireOrgRole };`;

/** `src/auth.js` (CommonJS): verifies a bearer JWT and loads the caller's Sequelize record into `req.user`. */
export const EXPRESS_REQUIRE_AUTH_LOADS_USER = `const jwt = require('jsonwebtoken');
const { User } = require('./models');
async function requireAuth(req, res, next) {
  try { const p = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); req.user = await User.findByPk(p.sub); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}
module.exports = { requireAuth };`;

/**
 * `lib/auth.ts` (Next.js pages): `withAuth(handler, { roles })` verifies the session cookie and checks the role only
 * when asked; `getSessionUser(req)` merely decodes the cookie.
 */
export const NEXT_PAGES_WITH_AUTH = `import jwt, { type JwtPayload } from 'jsonwebtoken';
import type { NextApiHandler, NextApiRequest, NextApiResponse } from 'next';
export type AuthedRequest = NextApiRequest & { user: { id: string; role: string } };
type AuthedHandler = (req: AuthedRequest, res: NextApiResponse) => unknown;
export function withAuth(handler: AuthedHandler, options: { roles?: string[] } = {}): NextApiHandler {
  return async (req, res) => {
    const token = req.cookies.session;
    if (!token) return res.status(401).json({ error: 'Not signed in' });
    let user;
    try {
      const p = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] }) as JwtPayload;
      user = { id: String(p.sub), role: String(p.role) };
    } catch {
      return res.status(401).json({ error: 'Session expired' });
    }
    if (options.roles && !options.roles.includes(user.role)) return res.status(403).json({ error: 'Forbidden' });
    (req as AuthedRequest).user = user;
    return handler(req as AuthedRequest, res);
  };
}
export function getSessionUser(req: NextApiRequest) {
  const token = req.cookies.session;
  if (!token) return null;
  const p = jwt.decode(token) as JwtPayload | null;
  return p?.sub ? { id: String(p.sub), role: String(p.role) } : null;
}`;

/** `lib/models.ts` (Next.js pages + Mongoose): users with contact and payout details, shops, products, orders. */
export const NEXT_PAGES_MONGOOSE_MODELS = `import mongoose, { Schema } from 'mongoose';
export const User = mongoose.model('User', new Schema({ email: String, name: String, phone: String, role: String, passwordHash: { type: String, select: false }, resetToken: String }));
export const Shop = mongoose.model('Shop', new Schema({ name: String, owner: { type: Schema.Types.ObjectId, ref: 'User' } }));
export const Product = mongoose.model('Product', new Schema({ title: String, price: Number, shop: { type: Schema.Types.ObjectId, ref: 'Shop' } }));
export const Order = mongoose.model('Order', new Schema({ buyer: { type: Schema.Types.ObjectId, ref: 'User' }, total: Number, note: String }));
export const Review = mongoose.model('Review', new Schema({ product: { type: Schema.Types.ObjectId, ref: 'Product' }, author: { type: Schema.Types.ObjectId, ref: 'User' }, rating: Number }));`;

/** `src/entities.ts` (NestJS + TypeORM): patients with private fields, invoices that belong to a patient. */
export const NEST_TYPEORM_ENTITIES = `import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
@Entity('patients')
export class Patient {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() userId: string;
  @Column() name: string;
  @Column() email: string;
  @Column() ssn: string;
  @Column() passwordHash: string;
}
@Entity('invoices')
export class Invoice {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() patientId: string;
  @ManyToOne(() => Patient) patient: Patient;
  @Column() amountCents: number;
  @Column() status: string;
}`;

/** `src/auth.ts` (NestJS): a JWT guard, a roles guard, `@Roles()` and `@CurrentUser()`. */
export const NEST_AUTH = `import { CanActivate, ExecutionContext, Injectable, SetMetadata, UnauthorizedException, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {}
export const Roles = (...roles: string[]) => SetMetadata('roles', roles);
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}
  canActivate(ctx: ExecutionContext): boolean {
    const roles = this.reflector.get<string[]>('roles', ctx.getHandler());
    if (!roles) return true;
    const { user } = ctx.switchToHttp().getRequest();
    if (!user) throw new UnauthorizedException();
    return roles.includes(user.role);
  }
}
export const CurrentUser = createParamDecorator((_d: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest().user);`;

/**
 * A NestJS app of one controller, `BillingController` at `/billing` behind `JwtAuthGuard` and `RolesGuard`, with TypeORM
 * repositories of the entities above and a DataSource. It always has one admin-only route (`GET /billing/invoices`,
 * so the app checks roles); `routes` adds the case's own methods. `pipes` replaces the controller's
 * `@UsePipes(new ValidationPipe({ whitelist: true }))`; `dto` is code placed before the controller (DTO classes).
 */
export function nestTypeormApp(routes: string, options: { pipes?: string; dto?: string } = {}): Record<string, string> {
  const controller = `import { BadRequestException, Body, Controller, Get, NotFoundException, Param, Patch, Post, Query, UseGuards, UsePipes, ValidationPipe } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsOptional, IsString } from 'class-validator';
import { DataSource, Repository } from 'typeorm';
import { CurrentUser, JwtAuthGuard, Roles, RolesGuard } from './auth';
import { Invoice, Patient } from './entities';
${options.dto ? `${options.dto}\n` : ''}@Controller('billing')
@UseGuards(JwtAuthGuard, RolesGuard)
${options.pipes ?? '@UsePipes(new ValidationPipe({ whitelist: true }))'}
export class BillingController {
  constructor(
    @InjectRepository(Invoice) private readonly invoices: Repository<Invoice>,
    @InjectRepository(Patient) private readonly patients: Repository<Patient>,
    private readonly dataSource: DataSource,
  ) {}

  @Get('invoices')
  @Roles('admin')
  all() {
    return this.invoices.find({ select: { id: true, status: true } });
  }

${routes}
}`;
  return {
    'src/entities.ts': NEST_TYPEORM_ENTITIES,
    'src/auth.ts': NEST_AUTH,
    'src/billing.controller.ts': controller,
    'src/app.module.ts': `import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BillingController } from './billing.controller';
import { Invoice, Patient } from './entities';
@Module({ imports: [TypeOrmModule.forFeature([Invoice, Patient])], controllers: [BillingController] })
export class AppModule {}`,
    'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
const app = await NestFactory.create(AppModule);
await app.listen(3000);`,
  };
}

/**
 * `src/auth.ts` (Koa + Prisma): `requireAuth` verifies a bearer JWT into `ctx.state.user`; `requireMembership` loads
 * the caller's membership of `:orgId` into `ctx.state.membership` (404 without one); `requireOrgRole(...)` checks its
 * role within that organisation.
 */
export const KOA_ORG_AUTH = `import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();
export const requireAuth = async (ctx, next) => {
  try {
    const p = jwt.verify(ctx.get('Authorization').slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] });
    ctx.state.user = { id: Number(p.sub) };
  } catch {
    ctx.throw(401, 'Authentication required');
  }
  await next();
};
export const requireMembership = async (ctx, next) => {
  const membership = await prisma.membership.findUnique({
    where: { userId_orgId: { userId: ctx.state.user.id, orgId: Number(ctx.params.orgId) } },
  });
  if (!membership) ctx.throw(404, 'Organisation not found');
  ctx.state.membership = membership;
  await next();
};
export function requireOrgRole(...roles) {
  return async (ctx, next) => {
    if (!roles.includes(ctx.state.membership.role)) ctx.throw(403, 'Not allowed in this organisation');
    await next();
  };
}`;

/** A Koa app whose `src/routes.ts` defines routes under `/orgs/:orgId` behind the middleware above. */
export function koaOrgApp(routes: string): Record<string, string> {
  return {
    'package.json': '{ "dependencies": { "koa": "2.15.0", "@koa/router": "12.0.0", "@prisma/client": "5.0.0" } }',
    'prisma/schema.prisma': `model Membership {
  id     Int    @id
  userId Int
  orgId  Int
  role   String
}
model Shift {
  id    Int    @id
  orgId Int
  title String
}`,
    'src/auth.ts': KOA_ORG_AUTH,
    'src/app.ts': `import Koa from 'koa';
import Router from '@koa/router';
import { prisma, requireAuth, requireMembership, requireOrgRole } from './auth';
const router = new Router({ prefix: '/orgs/:orgId' });
router.use(requireAuth, requireMembership);
${routes}
const app = new Koa();
app.use(router.routes());
app.listen(3000);`,
  };
}

/** A Hono app whose devices authenticate with an API key header (looked up by its SHA-256 hash) and post their own telemetry. */
export const HONO_DEVICE_TELEMETRY: Record<string, string> = {
  'src/app.ts': `import { Hono } from 'hono';
import { createHash } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { eq } from 'drizzle-orm';
import { db } from './db';
import { devices, readings } from './schema';
const deviceAuth = createMiddleware(async (c, next) => {
  const key = c.req.header('x-device-key');
  if (!key) throw new HTTPException(401, { message: 'Missing device key' });
  const keyHash = createHash('sha256').update(key).digest('hex');
  const [device] = await db.select({ id: devices.id }).from(devices).where(eq(devices.apiKeyHash, keyHash)).limit(1);
  if (!device) throw new HTTPException(401, { message: 'Invalid device key' });
  c.set('device', { id: device.id });
  await next();
});
const app = new Hono();
app.post('/api/v1/telemetry', deviceAuth, async (c) => {
  const device = c.get('device');
  const body = await c.req.json<{ value: number }>();
  await db.insert(readings).values({ deviceId: device.id, value: Number(body.value) });
  await db.update(devices).set({ lastSeenAt: new Date() }).where(eq(devices.id, device.id));
  return c.json({ accepted: true }, 202);
});
export default app;`,
};

/** Express + TypeORM: branches, vehicles (a branch's), users with a password hash, and repository factories in `src/db.ts`. */
export const TYPEORM_FLEET: Record<string, string> = {
  'src/entities.ts': `import { Column, Entity, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
@Entity()
export class Branch {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() name!: string;
  @Column() city!: string;
  @OneToMany(() => Vehicle, (v) => v.branch) vehicles!: Vehicle[];
}
@Entity()
export class Vehicle {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() make!: string;
  @Column() dailyRate!: number;
  @Column() branchId!: string;
  @ManyToOne(() => Branch, (b) => b.vehicles) branch!: Branch;
}
@Entity()
export class User {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() email!: string;
  @Column() passwordHash!: string;
}`,
  'src/db.ts': `import { DataSource } from 'typeorm';
import { Branch, User, Vehicle } from './entities';
export const AppDataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, entities: [Branch, Vehicle, User] });
export const vehicleRepo = () => AppDataSource.getRepository(Vehicle);
export const userRepo = () => AppDataSource.getRepository(User);`,
};

/**
 * Express + Mongoose adoption applications: `GET /applications/:id` loads through a service that branches on
 * `condition` (written against `user`). Staff get the whole row, with its `staffNotes`; everyone else a view of
 * their own application. `adminFilter` is the filter the branch's administrators use.
 */
export function applicationsApp(condition: string, adminFilter = '{ _id: id }'): Record<string, string> {
  return {
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/models.js': `import mongoose, { Schema } from 'mongoose';
export const User = mongoose.model('User', new Schema({ email: String, passwordHash: { type: String, select: false } }));
export const Application = mongoose.model('Application', new Schema({
  applicant: { type: Schema.Types.ObjectId, ref: 'User' },
  shelter: String,
  status: String,
  answers: Object,
  staffNotes: String,
}));`,
    'src/service.js': `import { Application } from './models.js';
function toApplicantView(doc) {
  return { id: String(doc._id), status: doc.status, answers: doc.answers };
}
export async function getApplicationForUser(id, user) {
  if (${condition}) {
    const filter = user.role === 'admin' ? ${adminFilter} : { _id: id, shelter: user.shelterId };
    return Application.findOne(filter).lean();
  }
  const application = await Application.findOne({ _id: id, applicant: user.sub }).lean();
  return application ? toApplicantView(application) : null;
}`,
    'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { getApplicationForUser } from './service.js';
const app = express();
app.get('/applications/:id', requireAuth, async (req, res) => {
  const application = await getApplicationForUser(req.params.id, req.user);
  if (!application) return res.status(404).json({ error: 'Not found' });
  res.json(application);
});
app.listen(3000);`,
  };
}

/**
 * Express + Prisma group members: the caller's own membership of `:groupId` is looked up and tested, its role decides
 * who may remove whom (`DELETE`); changing a member's role asks `hasGroupRole(groupId, me, ['owner'])` (`PATCH`) but then updates the
 * member's rows in every group (a BOLA, not a missing role).
 */
export const GROUP_MEMBERS_APP: Record<string, string> = {
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/groups.js': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();
export async function getMembership(groupId, userId) {
  return prisma.membership.findFirst({ where: { groupId, userId }, select: { role: true } });
}
export async function hasGroupRole(groupId, userId, roles) {
  const membership = await getMembership(groupId, userId);
  return membership !== null && roles.includes(membership.role);
}`,
  'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { getMembership, hasGroupRole, prisma } from './groups.js';
const app = express();
app.use(express.json());
app.delete('/groups/:groupId/members/:memberId', requireAuth, async (req, res) => {
  const { groupId, memberId } = req.params;
  const membership = await getMembership(groupId, req.user.id);
  if (!membership) return res.status(404).json({ error: 'Group not found' });
  if (membership.role === 'member') return res.status(403).json({ error: 'Forbidden' });
  const target = await getMembership(groupId, memberId);
  if (!target) return res.status(404).json({ error: 'Member not found' });
  if (target.role === 'owner') return res.status(400).json({ error: 'Transfer ownership first' });
  await prisma.membership.deleteMany({ where: { groupId, userId: memberId } });
  res.status(204).end();
});
app.patch('/groups/:groupId/members/:memberId', requireAuth, async (req, res) => {
  const { groupId, memberId } = req.params;
  if (!(await hasGroupRole(groupId, req.user.id, ['owner']))) return res.status(403).json({ error: 'Forbidden' });
  const role = req.body.role === 'moderator' ? 'moderator' : 'member';
  await prisma.membership.updateMany({ where: { userId: memberId }, data: { role } });
  res.json({ userId: memberId, role });
});
app.listen(3000);`,
};

/**
 * Koa + pg: a repository object whose methods are named like data-layer calls (`update`, `create`) but take the
 * owner as a positional argument and write it themselves: `update(id, publisherId, fields)` builds its `SET` from
 * the keys it is given; `create(data)` writes whatever object it is handed.
 */
export const KOA_PG_REPOSITORY: Record<string, string> = {
  'src/auth.ts': `import type { Middleware } from 'koa';
import jwt from 'jsonwebtoken';
export const requireUser: Middleware = async (ctx, next) => {
  try {
    ctx.state.user = jwt.verify(ctx.get('authorization').slice(7), process.env.JWT_SECRET!, { algorithms: ['HS256'] });
  } catch {
    return ctx.throw(401, 'Unauthorized');
  }
  await next();
};`,
  'src/db.ts': `import { Pool } from 'pg';
export const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export async function queryMany(text: string, params: unknown[] = []) {
  const { rows } = await pool.query(text, params);
  return rows;
}`,
  'src/boards.repo.ts': `import { pool, queryMany } from './db';
const COLUMNS = 'id, owner_id, title, created_at';
export const boardsRepo = {
  async create(data: Record<string, unknown>) {
    const row = { title: 'Untitled', ...data };
    const { rows } = await pool.query(
      \`INSERT INTO boards (owner_id, title) VALUES ($1, $2) RETURNING \${COLUMNS}\`,
      [row.owner_id, row.title],
    );
    return rows[0];
  },
  async update(id: string, ownerId: string, fields: Record<string, unknown>) {
    const keys = Object.keys(fields);
    const assignments = keys.map((key, i) => \`\${key} = $\${i + 3}\`).join(', ');
    const { rows } = await pool.query(
      \`UPDATE boards SET \${assignments} WHERE id = $1 AND owner_id = $2 RETURNING \${COLUMNS}\`,
      [id, ownerId, ...keys.map((key) => fields[key])],
    );
    return rows[0] ?? null;
  },
  cards(boardId: string, ownerId: string, status?: string) {
    const params: unknown[] = [boardId, ownerId];
    let sql = \`SELECT c.id, c.title, c.status FROM cards c JOIN boards b ON b.id = c.board_id
      WHERE c.board_id = $1 AND b.owner_id = $2\`;
    if (status) {
      params.push(status);
      sql += \` AND c.status = $\${params.length}\`;
    }
    return queryMany(sql, params);
  },
};`,
  'src/app.ts': `import Router from '@koa/router';
import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import { requireUser } from './auth';
import { boardsRepo } from './boards.repo';
const app = new Koa();
const router = new Router({ prefix: '/api/v1' });
router.use(requireUser);
router.post('/boards', async (ctx) => {
  ctx.status = 201;
  ctx.body = await boardsRepo.create({ ...(ctx.request.body as object), owner_id: ctx.state.user.id });
});
router.get('/boards/:id/cards', async (ctx) => {
  ctx.body = await boardsRepo.cards(ctx.params.id, ctx.state.user.id, ctx.query.status as string | undefined);
});
router.patch('/boards/:id', async (ctx) => {
  const board = await boardsRepo.update(ctx.params.id, ctx.state.user.id, ctx.request.body as Record<string, unknown>);
  if (!board) return ctx.throw(404, 'Not found');
  ctx.body = board;
});
app.use(bodyParser());
app.use(router.routes());
app.listen(3000);`,
};

/**
 * Express + Mongoose ride sharing: the open pool drivers claim from, the public ratings of a driver, and their
 * look-alikes — a rider's offer accepted by anyone, an employee's performance reviews read by anyone.
 */
export function rideShareApp(routes: string): Record<string, string> {
  return {
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/models.js': `import mongoose from 'mongoose';
const ride = new mongoose.Schema({ rider: { type: mongoose.Types.ObjectId, ref: 'User' }, driver: { type: mongoose.Types.ObjectId, ref: 'User' }, status: String, fare: Number });
export const RideRequest = mongoose.model('RideRequest', ride);
const rating = new mongoose.Schema({ author: { type: mongoose.Types.ObjectId, ref: 'User' }, ratee: { type: mongoose.Types.ObjectId, ref: 'User' }, stars: Number, comment: String });
export const Rating = mongoose.model('Rating', rating);
const review = new mongoose.Schema({ employee: { type: mongoose.Types.ObjectId, ref: 'User' }, manager: { type: mongoose.Types.ObjectId, ref: 'User' }, score: Number, notes: String });
export const Review = mongoose.model('Review', review);
export const User = mongoose.model('User', new mongoose.Schema({ email: String, passwordHash: String, name: String }));`,
    'src/app.js': `import express from 'express';
import rateLimit from 'express-rate-limit';
import { requireAuth } from './auth.js';
import { Rating, Review, RideRequest } from './models.js';
const app = express();
app.use(express.json());
app.use(rateLimit({ windowMs: 60000, max: 100 }));
app.use('/api/v1', requireAuth);
${routes}
app.listen(3000);`,
  };
}

/**
 * Express + pg, three layers deep: route → service → access helper → repository → the project's `query(text, params)`.
 * `listForLab` is given as written by the case (with or without `await assertLabMember(labId, userId)`).
 */
export function labSamplesApp(listForLab: string): Record<string, string> {
  return {
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/db.ts': `import { Pool } from 'pg';
export const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export async function query(text: string, params: unknown[] = []) {
  const result = await pool.query(text, params);
  return result.rows;
}`,
    'src/repo.ts': `import { query } from './db';
export async function isLabMember(labId: number, userId: number) {
  const rows = await query('SELECT 1 FROM lab_members WHERE lab_id = $1 AND user_id = $2', [labId, userId]);
  return rows.length > 0;
}
export function listSamplesForLab(labId: number) {
  return query('SELECT id, barcode, status FROM samples WHERE lab_id = $1', [labId]);
}`,
    'src/service.ts': `import * as repo from './repo';
class HttpError extends Error {
  constructor(public status: number, message: string) { super(message); }
}
async function assertLabMember(labId: number, userId: number) {
  if (!(await repo.isLabMember(labId, userId))) throw new HttpError(404, 'lab_not_found');
}
${listForLab}`,
    'src/app.ts': `import express from 'express';
import { requireAuth } from './auth.js';
import * as samples from './service';
const app = express();
app.use('/api/v1', requireAuth);
app.get('/api/v1/labs/:labId/samples', async (req, res) => {
  res.json(await samples.listForLab(Number(req.params.labId), req.user.id));
});
app.listen(3000);`,
  };
}

/**
 * Hono + Supabase: the auth middleware sets a client on the context (`c.set('db', …)`), the caller's own
 * (`callerClient`: anon key + the caller's bearer token) or the service role's; `unwrap` hands back `result.data`.
 */
export function honoSupabaseApp(route: string, callerClient = true): Record<string, string> {
  return {
    'package.json': '{ "dependencies": { "hono": "4.6.0", "@supabase/supabase-js": "2.45.0" } }',
    'supabase/migrations/001_init.sql': `create table public.accounts (id uuid primary key, household_id uuid not null, name text, plaid_access_token text);
create table public.household_members (household_id uuid, user_id uuid, role text);
alter table public.accounts enable row level security;
alter table public.household_members enable row level security;
create policy "members read accounts" on public.accounts for select using (public.is_member(household_id));`,
    'src/supabase.ts': `import { createClient } from '@supabase/supabase-js';
export const supabaseAdmin = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_KEY!);
export function createUserClient(token: string) {
  return createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!, {
    global: { headers: { Authorization: \`Bearer \${token}\` } },
  });
}
export function unwrap<T>(result: { data: T | null; error: unknown }): T {
  if (result.error) throw new Error('db');
  return result.data as T;
}
export async function requireMember(userId: string, householdId: string) {
  const { data } = await supabaseAdmin.from('household_members').select('role').eq('household_id', householdId).eq('user_id', userId).maybeSingle();
  if (!data) throw new HTTPException(404, { message: 'not found' });
  return data.role;
}`,
    'src/index.ts': `import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { createUserClient, requireMember, supabaseAdmin, unwrap } from './supabase';
const requireUser = createMiddleware(async (c, next) => {
  const token = c.req.header('Authorization')?.slice(7);
  if (!token) throw new HTTPException(401, { message: 'unauthorized' });
  const { data } = await supabaseAdmin.auth.getUser(token);
  if (!data.user) throw new HTTPException(401, { message: 'unauthorized' });
  c.set('user', { id: data.user.id });
  c.set('db', ${callerClient ? 'createUserClient(token)' : 'supabaseAdmin'});
  await next();
});
const app = new Hono();
app.use('/api/*', requireUser);
${route}
export default app;`,
  };
}

/**
 * Express 5 (CommonJS) + Prisma in layers: a Joi `validate()` middleware that strips unknown keys (unless the schema
 * says `.unknown(true)`), a service that looks the e-mail up whole and spreads the rest of the body into the
 * repository's `create`, which selects a profile.
 */
export function layeredRegisterApp(keepsUnknown: boolean): Record<string, string> {
  return {
    'package.json':
      '{ "dependencies": { "express": "5.0.0", "@prisma/client": "5.0.0", "joi": "17.13.0", "bcrypt": "5.1.0" } }',
    'src/validate.js': `const Joi = require('joi');
function validate(schema) {
  return (req, res, next) => {
    const { error, value } = schema.validate(req.body, { stripUnknown: true });
    if (error) return res.status(400).json({ error: 'invalid' });
    req.body = value;
    next();
  };
}
const registerSchema = Joi.object({ email: Joi.string().email().required(), password: Joi.string().min(10).required() })${keepsUnknown ? '.unknown(true)' : ''};
module.exports = { validate, registerSchema };`,
    'prisma/schema.prisma': `model User {
  id           String @id
  email        String @unique
  role         String @default("PARTICIPANT")
  passwordHash String
}`,
    'src/users.repository.js': `const { PrismaClient } = require('@prisma/client');
const prisma = new PrismaClient();
const profileSelect = { id: true, email: true, role: true };
module.exports = {
  findByEmail(email) { return prisma.user.findUnique({ where: { email } }); },
  create(data) { return prisma.user.create({ data, select: profileSelect }); },
};`,
    'src/users.service.js': `const bcrypt = require('bcrypt');
const users = require('./users.repository');
async function register(input) {
  const { password, ...profile } = input;
  const existing = await users.findByEmail(profile.email);
  if (existing) { const e = new Error('taken'); e.status = 409; throw e; }
  return users.create({ ...profile, passwordHash: await bcrypt.hash(password, 12) });
}
module.exports = { register };`,
    'src/app.js': `const express = require('express');
const { validate, registerSchema } = require('./validate');
const service = require('./users.service');
const app = express();
app.use(express.json());
app.post('/auth/register', validate(registerSchema), async (req, res) => {
  const user = await service.register(req.body);
  res.status(201).json({ user });
});
app.listen(3000);`,
  };
}

/** A public speaker profile (`publicProfile: true`) whose select picks the speaker's e-mail and phone, spread into the answer. */
export const SPEAKER_PROFILE_APP: Record<string, string> = {
  'package.json': '{ "dependencies": { "express": "4.21.0", "@prisma/client": "5.0.0" } }',
  'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.get('/speakers/:id', async (req, res) => {
  const speaker = await prisma.user.findFirst({ where: { id: req.params.id, publicProfile: true }, select: { id: true, name: true, email: true, phone: true } });
  if (!speaker) return res.status(404).end();
  const talks = await prisma.talk.findMany({ where: { speakerId: speaker.id, status: 'accepted' }, select: { id: true, title: true } });
  res.json({ ...speaker, talks });
});
app.listen(3000);`,
};

/**
 * Express + Supabase (service-role client): a food bank's pantries, shifts and staff. `assertPantryStaff` runs the
 * `adminTest` on the caller's profile role first, then requires a staff row for the pantry; `routes` follow.
 */
export function pantryApp(adminTest: string, routes: string): Record<string, string> {
  return {
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'supabase/migrations/0001_init.sql': `create table profiles (id uuid primary key, email text, full_name text, phone text, home_address text, date_of_birth date, role text);
create table pantry_staff (pantry_id uuid, user_id uuid references profiles(id), role text, joined_at timestamptz);`,
    'src/supabase.js': `import { createClient } from '@supabase/supabase-js';
export const supabaseAdmin = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_SERVICE_ROLE_KEY);`,
    'src/access.js': `import { supabaseAdmin } from './supabase.js';
export class HttpError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}
export async function getProfileRole(userId) {
  const { data } = await supabaseAdmin.from('profiles').select('role').eq('id', userId).maybeSingle();
  return data ? data.role : null;
}
export async function assertPantryStaff(userId, pantryId) {
  const globalRole = await getProfileRole(userId);
  ${adminTest}
  const { data } = await supabaseAdmin.from('pantry_staff').select('role').eq('pantry_id', pantryId).eq('user_id', userId).maybeSingle();
  if (!data) throw new HttpError(403, 'You are not on the staff of this pantry');
  return data.role;
}`,
    'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { supabaseAdmin } from './supabase.js';
import { assertPantryStaff, HttpError } from './access.js';
const app = express();
app.use(express.json());
${routes}
app.listen(3000);`,
  };
}

/**
 * Next.js App Router + Drizzle with hand-written sessions: `lib/auth.ts` (a `sessions` table, `requireUser()`,
 * `requireRole(...roles)`, `withUser(handler, { roles })` that asks for the roles only when given them), `lib/api.ts`
 * (`readJson(req, schema)`, the project's body reader) and `db/schema.ts`; `routes` adds route files.
 */
export const nextSessionApp = (routes: Record<string, string>): Record<string, string> => ({
  'package.json':
    '{ "dependencies": { "next": "14.2.0", "drizzle-orm": "0.33.0", "better-sqlite3": "11.0.0", "zod": "3.23.0" } }',
  'db/schema.ts': `import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
export const members = sqliteTable('members', { id: integer('id').primaryKey(), email: text('email').notNull(), passwordHash: text('password_hash').notNull(), role: text('role').notNull() });
export const sessions = sqliteTable('sessions', { id: text('id').primaryKey(), memberId: integer('member_id').notNull(), expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull() });
export const spaces = sqliteTable('spaces', { id: integer('id').primaryKey(), name: text('name').notNull(), active: integer('active', { mode: 'boolean' }).notNull() });
export const bookings = sqliteTable('bookings', { id: integer('id').primaryKey(), memberId: integer('member_id').notNull().references(() => members.id), spaceId: integer('space_id').notNull().references(() => spaces.id), note: text('note') });
export const invoices = sqliteTable('invoices', { id: integer('id').primaryKey(), memberId: integer('member_id').notNull().references(() => members.id), description: text('description').notNull() });
export const db = drizzle(new Database('app.db'));`,
  'lib/api.ts': `import { NextResponse, type NextRequest } from 'next/server';
export class ApiError extends Error {
  constructor(public readonly status: number, message: string) { super(message); }
}
export function route(handler: (req: NextRequest, ctx: unknown) => Promise<Response>) {
  return async (req: NextRequest, ctx: unknown) => {
    try { return await handler(req, ctx); }
    catch (err) { return NextResponse.json({ error: err instanceof ApiError ? err.message : 'Internal error' }, { status: err instanceof ApiError ? err.status : 500 }); }
  };
}
export async function readJson(req: Request, schema: { parse: (x: unknown) => any }) {
  let body: unknown;
  try { body = await req.json(); } catch { throw new ApiError(400, 'Request body must be JSON'); }
  return schema.parse(body);
}`,
  'lib/auth.ts': `import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import { cookies } from 'next/headers';
import { db, members, sessions } from '@/db/schema';
import { ApiError, route } from '@/lib/api';
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export async function createSession(memberId: number) {
  const token = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({ id: hashToken(token), memberId, expiresAt: new Date(Date.now() + 864e5) });
  return token;
}
export async function getSession() {
  const token = cookies().get('session')?.value;
  if (!token) return null;
  const [user] = await db.select({ id: members.id, role: members.role }).from(sessions).innerJoin(members, eq(members.id, sessions.memberId)).where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, new Date())));
  return user ?? null;
}
export async function requireUser() {
  const user = await getSession();
  if (!user) throw new ApiError(401, 'Please sign in');
  return user;
}
export async function requireRole(...roles: string[]) {
  const user = await requireUser();
  if (!roles.includes(user.role)) throw new ApiError(403, 'Forbidden');
  return user;
}
export function withUser(handler: (req: Request, ctx: unknown, user: { id: number; role: string }) => Promise<Response>, opts: { roles?: string[] } = {}) {
  return route(async (req, ctx) => {
    const user = opts.roles ? await requireRole(...opts.roles) : await requireUser();
    return handler(req, ctx, user);
  });
}`,
  'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } } }',
  ...routes,
});

/**
 * Hono + Prisma: an episode read by id by anyone; one that passes `draftTest` (by default: not published) is shown
 * only when `role` — the caller's team role on the episode's show, asked through `getShowRole` when someone is signed
 * in — says so.
 */
export const draftEpisodeApp = (role: string, draftTest = "episode.status !== 'PUBLISHED'") => ({
  'package.json': '{ "dependencies": { "hono": "4.6.0", "@prisma/client": "5.20.0" } }',
  'src/db.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();
export async function getShowRole(userId: string, showId: string) {
  const member = await prisma.teamMember.findFirst({ where: { showId, userId }, select: { role: true } });
  return member?.role ?? null;
}`,
  'src/app.ts': `import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { verify } from 'hono/jwt';
import { getShowRole, prisma } from './db';
const app = new Hono();
app.get('/me', async (c) => {
  const token = getCookie(c, 'session');
  if (!token) return c.json({ error: 'Unauthorized' }, 401);
  const user = await verify(token, process.env.JWT_SECRET!);
  return c.json(await prisma.user.findUnique({ where: { id: user.sub }, select: { id: true, name: true } }));
});
app.get('/episodes/:episodeId', async (c) => {
  const token = getCookie(c, 'session');
  const user = token ? await verify(token, process.env.JWT_SECRET!) : null;
  const episode = await prisma.episode.findUnique({ where: { id: c.req.param('episodeId') }, select: { id: true, title: true, status: true, showId: true } });
  if (!episode) return c.json({ error: 'Not found' }, 404);
  if (${draftTest}) {
    const role = ${role};
    if (!role) return c.json({ error: 'Not found' }, 404);
  }
  return c.json({ episode });
});
export default app;`,
});
