import { runCheckCases } from './check-tester.ts';
import {
  EXPRESS_REQUIRE_AUTH,
  expressPrismaApp,
  GROUP_MEMBERS_APP,
  NEXT_PAGES_MONGOOSE_MODELS,
  NEXT_PAGES_WITH_AUTH,
  nestTypeormApp,
  nextSessionApp,
  ORG_MEMBERSHIP,
} from './snippets.ts';

/** Express + Prisma: the admin area behind `requireManager`, whose roles the variant names. */
function adminStatsApp(variant: string): Record<string, string> {
  return {
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const requireRole = (...roles) => (req, res, next) =>
  roles.includes(req.user.role) ? next() : res.status(403).json({ error: 'Forbidden' });
${variant}
const app = express();
app.get('/api/v1/admin/stats', requireAuth, requireManager, async (req, res) => {
  res.json({ landlords: await prisma.user.count({ where: { role: 'LANDLORD' } }) });
});
app.listen(3000);`,
  };
}

/** Express + Supabase: the admin area behind `requireManager`, which looks up a role through a helper with `whose`. */
const profileRoleApp = (whose: string) =>
  adminStatsApp(`import { createClient } from '@supabase/supabase-js';
const supabaseAdmin = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_SERVICE_ROLE_KEY);
async function getProfileRole(userId) {
  const { data, error } = await supabaseAdmin.from('profiles').select('role').eq('id', userId).maybeSingle();
  if (error) throw error;
  return data ? data.role : null;
}
const requireProfileRole = (...roles) => async (req, res, next) => {
  const role = await getProfileRole(${whose});
  if (!roles.includes(role)) return res.status(403).json({ error: 'Forbidden' });
  next();
};
const requireManager = requireProfileRole('admin');`);

/** Express + Prisma: a customer company's credit limit set behind the `guard` the variant names (an app with roles). */
const creditLimitApp = (guard: string) =>
  expressPrismaApp(`app.get('/api/v1/companies', requireAuth, requireRole('ADMIN'), async (req, res) => {
  res.json(await prisma.company.findMany({ select: { id: true, name: true } }));
});
app.patch('/api/v1/companies/:id/credit-limit', requireAuth, ${guard} async (req, res) => {
  const company = await prisma.company.update({ where: { id: req.params.id }, data: { creditLimit: Number(req.body.creditLimit) }, select: { id: true, creditLimit: true } });
  res.json(company);
});`);

/** Express + Mongoose: an organiser verified by loading it and saving it again, behind the `guard` the variant names. */
const verifyOrganiserApp = (guard: string, action = 'verify') => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Organiser = mongoose.model('Organiser', new mongoose.Schema({ name: String, owner: { type: mongoose.Schema.Types.ObjectId, ref: 'User' }, verified: Boolean }));
const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());
const app = express();
app.get('/api/v1/me/organisers', requireAuth, requireRole('organiser', 'admin'), async (req, res) => {
  res.json(await Organiser.find({ owner: req.user.id }).select('name verified'));
});
app.post('/api/v1/organisers/:id/${action}', requireAuth, ${guard} async (req, res) => {
  const organiser = await Organiser.findById(req.params.id);
  if (!organiser) return res.status(404).end();
  organiser.verified = true;
  await organiser.save();
  res.json({ id: organiser.id, verified: organiser.verified });
});
app.listen(3000);`,
});

/** Hono + Prisma: a sales report behind the authentication the variant names. */
function salesReportApp(variant: string): Record<string, string> {
  return {
    'src/index.ts': `import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { jwt } from 'hono/jwt';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = new Hono();
const requireRole = (role: string) => async (c: any, next: any) => (c.get('jwtPayload').role === role ? next() : c.json({ error: 'Forbidden' }, 403));
app.get('/api/admin/orders', jwt({ secret: process.env.JWT_SECRET! }), requireRole('admin'), async (c) => c.json(await prisma.order.findMany({ select: { id: true } })));
${variant}
  const rows = await prisma.order.groupBy({ by: ['eventId'], where: { status: 'paid' }, _sum: { totalCents: true } });
  return c.json(rows);
});
export default app;`,
  };
}

/** Express + Prisma: accounts created behind the guard and with the role the variant names. */
function accountsApp(variant: string): Record<string, string> {
  return expressPrismaApp(`import bcrypt from 'bcryptjs';
${variant}
  const user = await prisma.user.create({
  data: { email: String(req.body.email), role: req.body.role, passwordHash: await bcrypt.hash(String(req.body.password), 12) },
  select: { id: true, role: true },
  });
  res.status(201).json(user);
});`);
}

/**
 * NestJS: two HR controllers that declare `@Roles('hr')`; the payroll one applies the RolesGuard that reads it, the
 * reports one applies `guards`.
 */
const nestDeclaredRolesApp = (guards: string): Record<string, string> => ({
  'src/roles.guard.ts': `import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
export const Roles = (...roles: string[]) => SetMetadata('roles', roles);
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private reflector: Reflector) {}
  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<string[]>('roles', [context.getHandler(), context.getClass()]);
    if (!roles) return true;
    return roles.includes(context.switchToHttp().getRequest().user?.role);
  }
}`,
  'src/hr.controller.ts': `import { Controller, Get, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { Roles, RolesGuard } from './roles.guard';
import { PrismaService } from './prisma.service';
@Controller('payroll')
@UseGuards(AuthGuard('jwt'), RolesGuard)
@Roles('hr')
export class PayrollController {
  constructor(private readonly prisma: PrismaService) {}
  @Get('runs')
  runs() {
    return this.prisma.payrollRun.findMany({ select: { id: true, period: true } });
  }
}
@Controller('compensation')
@UseGuards(${guards})
@Roles('hr')
export class CompensationController {
  constructor(private readonly prisma: PrismaService) {}
  @Get('bands')
  bands() {
    return this.prisma.salaryBand.findMany({ select: { id: true, grade: true, minCents: true, maxCents: true } });
  }
}`,
  'src/prisma.service.ts': `import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
@Injectable()
export class PrismaService extends PrismaClient {}`,
  'src/app.module.ts': `import { Module } from '@nestjs/common';
import { CompensationController, PayrollController } from './hr.controller';
import { PrismaService } from './prisma.service';
@Module({ controllers: [PayrollController, CompensationController], providers: [PrismaService] })
export class AppModule {}`,
});

/**
 * Express + Prisma: a colleague's card read under `/staff`, in an app whose accounts are the given models' (a model
 * with a password hash signs in).
 */
const staffCardApp = (customers: boolean): Record<string, string> => ({
  'prisma/schema.prisma': `model Staff {
  id           String @id
  name         String
  email        String
  passwordHash String
  role         String
  companyId    String
}
${customers ? 'model Customer {\n  id           String @id\n  email        String\n  passwordHash String\n}' : ''}`,
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/staff/:id', requireAuth, async (req, res) => {
  const card = await prisma.staff.findFirst({ where: { id: req.params.id, companyId: req.user.companyId }, select: { id: true, name: true, role: true } });
  if (!card) return res.status(404).end();
  res.json(card);
});
app.listen(3000);`,
});

/** Express + Prisma: HR lists a team's pending leave (role-checked); approving one runs `check` first. */
const leaveApprovalApp = (check: string): Record<string, string> =>
  expressPrismaApp(`app.get('/teams/:teamId/leave-requests/pending', requireAuth, requireRole('hr'), async (req, res) => {
  res.json(await prisma.leaveRequest.findMany({ where: { teamId: req.params.teamId, status: 'PENDING' }, select: { id: true, days: true } }));
});
app.post('/teams/:teamId/leave-requests/:requestId/approve', requireAuth, async (req, res) => {
  ${check}
  const updated = await prisma.leaveRequest.update({ where: { id: req.params.requestId }, data: { status: 'APPROVED' }, select: { id: true, status: true } });
  res.json(updated);
});`);

/**
 * Fastify + @fastify/secure-session + @fastify/auth: a session check that only asks whether the session holds a role,
 * an admin check that compares it; the admin user list runs `checks`.
 */
const fastifySessionAdminApp = (checks: string): Record<string, string> => ({
  'src/server.ts': `import Fastify from 'fastify';
import fastifyAuth from '@fastify/auth';
import secureSession from '@fastify/secure-session';
import createError from 'http-errors';
import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ email: String, role: String }));
const app = Fastify();
await app.register(secureSession, { key: Buffer.from(process.env.SESSION_KEY!, 'hex') });
await app.register(fastifyAuth);
app.decorate('verifySession', async (request) => {
  const uid = request.session.get('uid');
  const role = request.session.get('role');
  if (!uid || !role) throw createError(401, 'Authentication required');
  request.user = { id: uid, role };
});
app.decorate('verifyAdmin', async (request) => {
  if (request.session.get('role') !== 'admin') throw createError(403, 'Administrators only');
});
app.get('/admin/users', { preHandler: app.auth([${checks}], { relation: 'and' }) }, async () => {
  return User.find().select('email role').lean();
});
await app.listen({ port: 3000 });`,
});

/** Express + Prisma: a billing run that invoices every active membership at once, behind `guards`. */
const billingRunApp = (guards: string): Record<string, string> =>
  expressPrismaApp(
    `app.get('/invoices', requireAuth, requireRole('admin'), async (req, res) => {
  res.json(await prisma.invoice.findMany({ select: { id: true, period: true, totalCents: true } }));
});
app.post('/invoices/run', ${guards}async (req, res) => {
  const period = String(req.body.period);
  const memberships = await prisma.membership.findMany({ where: { status: 'active' } });
  for (const m of memberships)
    await prisma.invoice.create({ data: { membershipId: m.id, period, totalCents: m.priceCents } });
  res.json({ created: memberships.length });
});`,
    {
      'prisma/schema.prisma': `model Membership {
  id         Int       @id
  userId     Int
  priceCents Int
  status     String
  invoices   Invoice[]
}
model Invoice {
  id           Int        @id
  membershipId Int
  period       String
  totalCents   Int
  membership   Membership @relation(fields: [membershipId], references: [id])
}`,
    },
  );

/** Express + Prisma: `DELETE /users/:id` bans another member's account, behind `guards`. */
const banMemberApp = (guards: string): Record<string, string> =>
  expressPrismaApp(`app.get('/reports', requireAuth, requireRole('moderator'), async (req, res) => {
  res.json(await prisma.report.findMany({ select: { id: true, reason: true } }));
});
app.delete('/users/:id', ${guards}async (req, res) => {
  if (req.params.id === req.user.id) return res.status(400).json({ error: 'You cannot ban yourself' });
  const user = await prisma.user.update({ where: { id: req.params.id }, data: { bannedAt: new Date(), banReason: String(req.body.reason) }, select: { id: true } });
  res.json(user);
});`);

/** Express + Prisma: bookings made by callers of `role` only (a check in the handler); rescheduling checks no role. */
const bookingRoleApp = (role: string): Record<string, string> =>
  expressPrismaApp(`app.post('/bookings', requireAuth, async (req, res) => {
  if (req.user.role !== '${role}') return res.status(403).json({ error: 'Not allowed to book' });
  res.status(201).json(await prisma.booking.create({ data: { studentId: req.user.id, tutorId: String(req.body.tutorId) }, select: { id: true } }));
});
app.patch('/bookings/:id', requireAuth, async (req, res) => {
  res.json(await prisma.booking.update({ where: { id: req.params.id }, data: { startsAt: new Date(req.body.startsAt) }, select: { id: true } }));
});`);

/**
 * Express + Prisma: the front desk lists guests behind `requireRole(...FRONT_OFFICE)` (roles another module declares),
 * and `GET /<resource>/export` writes every row of `model` as CSV behind sign-in only.
 */
const exportApp = (resource: string, model: string): Record<string, string> =>
  expressPrismaApp(
    `import { FRONT_OFFICE } from './roles.js';
app.get('/guests', requireAuth, requireRole(...FRONT_OFFICE), async (req, res) => {
  res.json(await prisma.user.findMany({ where: { role: 'guest' }, select: { id: true, name: true } }));
});
app.get('/${resource}/export', requireAuth, async (req, res) => {
  const rows = await prisma.${model}.findMany({ select: { id: true, name: true } });
  res.type('text/csv').send(rows.map((r) => [r.id, r.name].join(',')).join('\\n'));
});`,
    { 'src/roles.js': `export const FRONT_OFFICE = ['front_desk', 'manager', 'admin'];` },
  );

/** Express + Prisma: enrolling behind `requireRole(...LEARNERS)` (`['student']`, declared in another module), and
 * renaming an enrolment behind sign-in only. */
const learnerRoleApp = (): Record<string, string> =>
  expressPrismaApp(
    `import { LEARNERS } from './roles.js';
app.post('/enrolments', requireAuth, requireRole(...LEARNERS), async (req, res) => {
  res.status(201).json(await prisma.enrolment.create({ data: { studentId: req.user.id, courseId: String(req.body.courseId) }, select: { id: true } }));
});
app.patch('/enrolments/:id', requireAuth, async (req, res) => {
  res.json(await prisma.enrolment.update({ where: { id: req.params.id }, data: { note: String(req.body.note) }, select: { id: true } }));
});`,
    { 'src/roles.js': `export const LEARNERS = ['student'];` },
  );

/** Express + Prisma: a manual credit or debit on a member's balance, behind `guards`. */
const balanceAdjustmentApp = (guards: string): Record<string, string> =>
  expressPrismaApp(`app.get('/members', requireAuth, requireRole('staff'), async (req, res) => {
  res.json(await prisma.member.findMany({ select: { id: true, name: true } }));
});
app.post('/members/:id/balance-adjustments', ${guards}async (req, res) => {
  const member = await prisma.member.update({ where: { id: req.params.id }, data: { balanceCents: { increment: Number(req.body.amountCents) } }, select: { id: true, balanceCents: true } });
  res.status(201).json(member);
});`);

/**
 * Express + Mongoose: redeeming a promo code, whose record the route changes with `update` (and, with `pass`, makes
 * the buyer's pass).
 */
const promoPassApp = (update: string, pass = true): Record<string, string> => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const PromoCode = mongoose.model('PromoCode', new mongoose.Schema({ code: String, percentOff: Number, uses: Number }));
const Pass = mongoose.model('Pass', new mongoose.Schema({ holder: { type: mongoose.Schema.Types.ObjectId, ref: 'User' }, plan: String }));
const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());
const app = express();
app.use(express.json());
app.post('/promo-codes', requireAuth, requireRole('admin'), async (req, res) => {
  res.status(201).json(await PromoCode.create({ code: String(req.body.code), percentOff: Number(req.body.percentOff), uses: 0 }));
});
app.post('/passes', requireAuth, async (req, res) => {
  const promo = await PromoCode.findOne({ code: String(req.body.promoCode) });
  if (promo) await PromoCode.updateOne({ _id: promo._id }, ${update});
  ${pass ? 'const pass = await Pass.create({ holder: req.user.id, plan: String(req.body.plan) });' : 'const pass = { id: null };'}
  res.status(201).json({ id: pass.id });
});
app.listen(3000);`,
});

/**
 * Next.js App Router + Drizzle: the spaces catalogue, an edit behind `withUser(handler${patchOptions})` and a new entry
 * behind `withUser(handler${postOptions})`.
 */
const spacesApp = (patchOptions: string, postOptions = '') =>
  nextSessionApp({
    'app/api/spaces/route.ts': `import { eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { db, spaces } from '@/db/schema';
import { readJson } from '@/lib/api';
import { withUser } from '@/lib/auth';
const update = z.object({ id: z.number().int(), name: z.string().max(80) }).strict();
const create = z.object({ name: z.string().max(80) }).strict();
export const PATCH = withUser(async (req) => {
  const { id, ...changes } = await readJson(req, update);
  const [space] = await db.update(spaces).set(changes).where(eq(spaces.id, id)).returning({ id: spaces.id, name: spaces.name });
  return NextResponse.json({ space });
}${patchOptions});
export const POST = withUser(async (req) => {
  const input = await readJson(req, create);
  const [space] = await db.insert(spaces).values({ ...input, active: true }).returning({ id: spaces.id });
  return NextResponse.json({ space }, { status: 201 });
}${postOptions});`,
  });

/** Express + Prisma: an account disabled by the id the path names, behind `guard`. */
const disableAccountApp = (guard: string) =>
  expressPrismaApp(`app.post('/users/:id/disable', requireAuth, ${guard}async (req, res) => {
  const user = await prisma.user.update({ where: { id: req.params.id }, data: { disabledAt: new Date() }, select: { id: true } });
  res.json(user);
});
app.get('/me', requireAuth, async (req, res) => res.json(await prisma.user.findUnique({ where: { id: req.user.id }, select: { id: true, role: true } })));`);

/**
 * Express + Prisma: a community whose role checks name `roles`; changing an account's role behind
 * `requireRole('moderator')`.
 */
const moderatorRoleApp = (otherRole: string) =>
  expressPrismaApp(`app.patch('/users/:id/role', requireAuth, requireRole('moderator'), async (req, res) => {
  const role = ['member', 'moderator'].includes(req.body.role) ? req.body.role : 'member';
  res.json(await prisma.user.update({ where: { id: req.params.id }, data: { role }, select: { id: true, role: true } }));
});
app.post('/reports/:id/close', requireAuth, requireRole(${otherRole}), async (req, res) => {
  res.json(await prisma.report.update({ where: { id: req.params.id }, data: { closedAt: new Date() }, select: { id: true } }));
});`);

/** Fastify + Mongoose + @fastify/auth: verifying a promoter behind `app.auth([verifySession, verifyAdmin]${options})`. */
const fastifyAuthRelationApp = (options: string) => ({
  'src/server.js': `import Fastify from 'fastify';
import fastifyAuth from '@fastify/auth';
import mongoose from 'mongoose';
const Promoter = mongoose.model('Promoter', new mongoose.Schema({ name: String, verified: Boolean }));
const app = Fastify();
app.register(fastifyAuth);
app.decorate('verifySession', async (request, reply) => {
  const userId = request.session?.get('userId');
  if (!userId) throw Object.assign(new Error('not signed in'), { statusCode: 401 });
  request.user = { id: userId, role: request.session.get('role') };
});
app.decorate('verifyAdmin', async (request) => {
  if (request.user?.role !== 'admin') throw Object.assign(new Error('forbidden'), { statusCode: 403 });
});
app.after(() => {
  app.post('/api/v1/admin/promoters/:id/verify', { preHandler: app.auth([app.verifySession, app.verifyAdmin]${options}) }, async (request) => {
    const p = await Promoter.findByIdAndUpdate(request.params.id, { verified: true }, { new: true }).select('name verified');
    return p;
  });
});
app.listen({ port: 3000 });`,
});

/**
 * Fastify + @fastify/jwt: an admin plugin behind the decorated `authenticate` and a decorated role factory whose body
 * is `factory` (it names the guard it returns).
 */
const fastifyRoleFactoryApp = (factory: string) => ({
  'src/server.ts': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = Fastify();
await app.register(fastifyJwt, { secret: process.env.JWT_SECRET!, sign: { expiresIn: '15m' } });
app.decorate('authenticate', async (request, reply) => {
  try { await request.jwtVerify(); } catch { return reply.code(401).send({ error: 'unauthorized' }); }
});
app.decorate('requireRole', (...roles: string[]) => {
  ${factory}
});
app.register(async (admin) => {
  admin.addHook('onRequest', admin.authenticate);
  admin.addHook('preHandler', admin.requireRole('ADMIN'));
  admin.get('/users', async () => prisma.user.findMany({ select: { id: true, email: true, role: true } }));
}, { prefix: '/admin' });
await app.listen({ port: 3000 });`,
});

/**
 * Express + Prisma: owner profiles read by staff only (`requireRole('vet', 'admin')`); `remove` is how the delete of
 * one is registered.
 */
const ownerProfilesApp = (remove: string) =>
  expressPrismaApp(`app.get('/owners/:id', requireAuth, requireRole('vet', 'admin'), async (req, res) => {
  res.json(await prisma.owner.findUnique({ where: { id: req.params.id }, select: { id: true, name: true } }));
});
app.patch('/owners/me', requireAuth, async (req, res) => {
  res.json(await prisma.owner.update({ where: { userId: req.user.id }, data: { phone: String(req.body.phone) }, select: { id: true } }));
});
${remove}`);

/** Express + Prisma, multi-tenant: deactivating a member of the caller's organisation, behind `guard`. */
const deactivateMemberApp = (guard: string) =>
  expressPrismaApp(`app.get('/members', requireAuth, async (req, res) => {
  res.json(await prisma.user.findMany({ where: { orgId: req.user.orgId }, select: { id: true, name: true } }));
});
app.delete('/members/:id', requireAuth, ${guard}async (req, res) => {
  await prisma.user.updateMany({ where: { id: req.params.id, orgId: req.user.orgId }, data: { active: false } });
  res.status(204).end();
});`);

/**
 * Hono + Drizzle on SQLite: a downloads overview written as a raw Drizzle statement run by `db.all(sql\`…\`)`;
 * `owner` is its filter on the shows' owner. The app has roles (an admin route checks one).
 */
const drizzleOverviewApp = (owner: string) => ({
  'package.json': '{ "dependencies": { "hono": "4.6.0", "drizzle-orm": "0.33.0", "better-sqlite3": "11.0.0" } }',
  'src/app.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import Database from 'better-sqlite3';
const db = drizzle(new Database('app.db'));
const app = new Hono();
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));
app.get('/api/admin/users', (c) => {
  if (c.get('jwtPayload').role !== 'admin') return c.json({ error: 'forbidden' }, 403);
  return c.json(db.all(sql\`SELECT id, email FROM users\`));
});
app.get('/api/analytics/overview', (c) => {
  const { sub } = c.get('jwtPayload');
  const rows = db.all(sql\`SELECT s.id, s.title, COUNT(d.id) AS downloads FROM shows s LEFT JOIN downloads d ON d.show_id = s.id ${owner} GROUP BY s.id\`);
  return c.json(rows);
});
export default app;`,
});

/**
 * Express + Prisma: payout requests reviewed by `PATCH /payouts` behind `guards`, which signs the caller in as the
 * reviewer (`processedBy`) of the payout the body names; drivers request payouts behind a role check.
 */
const payoutReviewApp = (guards: string, where = '{ id: req.body.payoutId }') =>
  expressPrismaApp(`app.post('/payouts', requireAuth, requireRole('driver'), async (req, res) => {
  res.status(201).json(await prisma.payout.create({ data: { driverId: req.user.id, amountCents: Number(req.body.amountCents) }, select: { id: true } }));
});
app.patch('/payouts', ${guards}, async (req, res) => {
  const payout = await prisma.payout.updateMany({
    where: ${where},
    data: { status: String(req.body.status), processedBy: req.user.id, processedAt: new Date() },
  });
  res.json({ updated: payout.count });
});`);

/**
 * NestJS: an admin controller behind a guard that reads `@CheckAbility(action, subject)` and asks an abilities table;
 * the user administration routes carry `decorator`.
 */
const nestAbilityApp = (decorator: string): Record<string, string> => ({
  'src/abilities.ts': `import { CanActivate, ExecutionContext, ForbiddenException, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
const GRANTS: Record<string, string[]> = { customer: ['read:Policy'], admin: ['manage:all'] };
export const CheckAbility = (action: string, subject: string) => SetMetadata('ability', { action, subject });
@Injectable()
export class PoliciesGuard implements CanActivate {
  constructor(private reflector: Reflector) {}
  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<{ action: string; subject: string }>('ability', [context.getHandler(), context.getClass()]);
    if (!rule) return true;
    const { user } = context.switchToHttp().getRequest();
    const grants = GRANTS[user.role] ?? [];
    if (!grants.includes(\`\${rule.action}:\${rule.subject}\`) && !grants.includes('manage:all')) throw new ForbiddenException();
    return true;
  }
}`,
  'src/admin.controller.ts': `import { Body, Controller, Get, Param, Patch, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { CheckAbility, PoliciesGuard } from './abilities';
import { PrismaService } from './prisma.service';
@Controller('admin/users')
@UseGuards(AuthGuard('jwt'), PoliciesGuard)
export class AdminUsersController {
  constructor(private readonly prisma: PrismaService) {}
  @Get()
  ${decorator}
  list() {
    return this.prisma.user.findMany({ select: { id: true, email: true, role: true } });
  }
  @Patch(':id/role')
  ${decorator}
  setRole(@Param('id') id: string, @Body() body: { role: string }) {
    return this.prisma.user.update({ where: { id }, data: { role: String(body.role) }, select: { id: true, role: true } });
  }
}`,
  'src/prisma.service.ts': `import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
@Injectable()
export class PrismaService extends PrismaClient {}`,
  'src/app.module.ts': `import { Module } from '@nestjs/common';
import { AdminUsersController } from './admin.controller';
import { PrismaService } from './prisma.service';
@Module({ controllers: [AdminUsersController], providers: [PrismaService] })
export class AppModule {}`,
});

/**
 * Express + Prisma: a member books a desk after a helper counts the bookings that clash with it (anyone's), in an app
 * with roles.
 */
const deskBookingApp = (): Record<string, string> =>
  expressPrismaApp(
    `app.get('/admin/bookings', requireAuth, requireRole('admin'), async (req, res) => {
  res.json(await prisma.booking.findMany({ select: { id: true, deskId: true } }));
});
const countOverlapping = (resource, startsAt, endsAt) =>
  prisma.booking.count({ where: { ...resource, startsAt: { lt: endsAt }, endsAt: { gt: startsAt } } });
app.post('/bookings', requireAuth, async (req, res) => {
  const startsAt = new Date(String(req.body.startsAt));
  const endsAt = new Date(String(req.body.endsAt));
  const clashes = await countOverlapping({ deskId: Number(req.body.deskId) }, startsAt, endsAt);
  if (clashes > 0) return res.status(409).json({ error: 'That desk is taken' });
  const booking = await prisma.booking.create({ data: { userId: req.user.id, deskId: Number(req.body.deskId), startsAt, endsAt }, select: { id: true } });
  res.status(201).json(booking);
});`,
    {
      'prisma/schema.prisma': `model Booking {
  id       Int      @id
  userId   Int
  deskId   Int
  startsAt DateTime
  endsAt   DateTime
}`,
    },
  );

/**
 * Express + Prisma: trips created by dispatchers behind a role check, and changed by `PATCH /trips/:id` after `check`
 * on the loaded trip.
 */
const tripUpdateApp = (check: string) =>
  expressPrismaApp(`app.post('/trips', requireAuth, requireRole('ADMIN', 'DISPATCHER'), async (req, res) => {
  res.status(201).json(await prisma.trip.create({ data: { driverId: String(req.body.driverId), companyId: req.user.companyId }, select: { id: true } }));
});
app.patch('/trips/:id', requireAuth, async (req, res) => {
  const trip = await prisma.trip.findUnique({ where: { id: req.params.id }, select: { id: true, driverId: true } });
  if (!trip) return res.status(404).end();
  ${check}
  res.json(await prisma.trip.update({ where: { id: trip.id }, data: { status: String(req.body.status) }, select: { id: true, status: true } }));
});`);

/**
 * Express + Prisma: a workspace member added with the role the body names, behind `guard` (the caller's own
 * membership of the workspace); the `Member` rows refer to user accounts.
 */
const workspaceMemberApp = (guard: string) =>
  expressPrismaApp(
    `const RANK = { viewer: 1, editor: 2, admin: 3 };
const hasRank = (held, needed) => (RANK[held] ?? 0) >= RANK[needed];
async function requireWorkspaceAdmin(req, res, next) {
  const m = await prisma.member.findFirst({ where: { workspaceId: req.params.workspaceId, userId: req.user.id } });
  if (!m) return res.status(404).end();
  ${guard}
  next();
}
app.get('/admin/users', requireAuth, requireRole('admin'), async (req, res) => {
  res.json(await prisma.user.findMany({ select: { id: true, email: true } }));
});
app.post('/workspaces/:workspaceId/members', requireAuth, requireWorkspaceAdmin, async (req, res) => {
  const member = await prisma.member.create({ data: { workspaceId: req.params.workspaceId, userId: String(req.body.userId), role: String(req.body.role) }, select: { id: true } });
  res.status(201).json(member);
});`,
    {
      'prisma/schema.prisma': `model User {
  id           String @id
  email        String
  passwordHash String
  role         String
}
model Member {
  id          String @id
  workspaceId String
  userId      String
  role        String
}`,
    },
  );

/**
 * NestJS: an admin controller behind the app's global JWT guard; `guard` is the class guarding `GET /admin/users`
 * (it reads the caller with `context.switchToHttp().getRequest().user` in one go).
 */
const nestPlatformAdminApp = (check: string): Record<string, string> => ({
  'src/guards.ts': `import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {}
@Injectable()
export class PlatformAdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const user: { sub: string; platformRole?: string } | undefined = context.switchToHttp().getRequest().user;
    if (${check}) throw new ForbiddenException('Platform administrators only');
    return true;
  }
}`,
  'src/admin.controller.ts': `import { Controller, Get, UseGuards } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
import { JwtAuthGuard, PlatformAdminGuard } from './guards';
const prisma = new PrismaClient();
@Controller('admin')
@UseGuards(JwtAuthGuard)
export class AdminController {
  @Get('users')
  @UseGuards(PlatformAdminGuard)
  listUsers() {
    return prisma.user.findMany({ select: { id: true, email: true } });
  }
}`,
  'src/app.module.ts': `import { Module } from '@nestjs/common';
import { AdminController } from './admin.controller';
@Module({ controllers: [AdminController] })
export class AppModule {}`,
});

/**
 * NestJS: global JWT and roles guards; the roles guard lets `@Public()` routes and routes without `@Roles` through
 * before it reads the caller. `create` is the decorators of `POST /users`, which makes accounts with the role named.
 */
const nestGlobalRolesApp = (create: string): Record<string, string> => ({
  'src/auth.ts': `import { CanActivate, ExecutionContext, ForbiddenException, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
export const IS_PUBLIC_KEY = 'isPublic';
export const ROLES_KEY = 'roles';
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);
export const Roles = (...roles: string[]) => SetMetadata(ROLES_KEY, roles);
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) { super(); }
  canActivate(ctx: ExecutionContext) {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [ctx.getHandler(), ctx.getClass()])) return true;
    return super.canActivate(ctx);
  }
}
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}
  canActivate(ctx: ExecutionContext): boolean {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<string[]>(ROLES_KEY, targets);
    if (!roles || roles.length === 0) return true;
    const user = ctx.switchToHttp().getRequest().user;
    if (!user || !roles.includes(user.role)) throw new ForbiddenException('Insufficient role');
    return true;
  }
}`,
  'src/users.controller.ts': `import { Body, Controller, Get, Post } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
import { Roles } from './auth';
const prisma = new PrismaClient();
@Controller('users')
export class UsersController {
  @Get()
  @Roles('ADMIN')
  list() {
    return prisma.user.findMany({ select: { id: true, email: true, role: true } });
  }
  ${create}
  @Post()
  create(@Body() dto: { email: string; role: string }) {
    return prisma.user.create({ data: { email: dto.email, role: dto.role }, select: { id: true } });
  }
}`,
  'src/app.module.ts': `import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtAuthGuard, RolesGuard } from './auth';
import { UsersController } from './users.controller';
@Module({
  controllers: [UsersController],
  providers: [
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
})
export class AppModule {}`,
});

/** Express + Prisma: a role change on a colleague's account, looked up by id within the caller's company; `guard` on it. */
const tenantRoleChangeApp = (guard: string): Record<string, string> =>
  expressPrismaApp(`app.patch('/company/users/:id/role', requireAuth, ${guard}async (req, res) => {
  const target = await prisma.user.findFirst({ where: { id: req.params.id, companyId: req.user.companyId }, select: { id: true } });
  if (!target) return res.status(404).end();
  const updated = await prisma.user.update({ where: { id: target.id }, data: { role: String(req.body.role) }, select: { id: true, role: true } });
  res.json(updated);
});
app.get('/company/users', requireAuth, requireRole('HR_ADMIN'), async (req, res) => {
  res.json(await prisma.user.findMany({ where: { companyId: req.user.companyId }, select: { id: true, role: true } }));
});`);

/**
 * NestJS + Prisma: a sponsor's members behind a guard that checks the caller's membership of `:sponsorId` and, when
 * `@SponsorRoles(...)` asks for some, their role; `remove` is the decorators of the member removal.
 */
const sponsorMembersApp = (remove: string): Record<string, string> => ({
  'src/guards.ts': `import { CanActivate, ExecutionContext, ForbiddenException, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export const SPONSOR_ROLES = 'sponsorRoles';
export const SponsorRoles = (...roles: string[]) => SetMetadata(SPONSOR_ROLES, roles);
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {}
@Injectable()
export class SponsorGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest();
    const membership = await prisma.membership.findUnique({ where: { userId_sponsorId: { userId: req.user.sub, sponsorId: req.params.sponsorId } } });
    if (!membership) throw new ForbiddenException('Not a member of this sponsor');
    const required = this.reflector.getAllAndOverride<string[] | undefined>(SPONSOR_ROLES, [context.getHandler(), context.getClass()]);
    if (required?.length && !required.includes(membership.role)) throw new ForbiddenException('Insufficient sponsor role');
    return true;
  }
}`,
  'src/members.controller.ts': `import { Body, Controller, Delete, Param, Patch, UseGuards } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
import { JwtAuthGuard, SponsorGuard, SponsorRoles } from './guards';
const prisma = new PrismaClient();
@Controller('sponsors')
@UseGuards(JwtAuthGuard, SponsorGuard)
export class MembersController {
  @Patch(':sponsorId/members/:memberId')
  @SponsorRoles('ADMIN')
  update(@Param('sponsorId') sponsorId: string, @Param('memberId') memberId: string, @Body() dto: { role: string }) {
    return prisma.membership.updateMany({ where: { id: memberId, sponsorId }, data: { role: dto.role } });
  }
  @Delete(':sponsorId/members/:memberId')
  ${remove}
  remove(@Param('sponsorId') sponsorId: string, @Param('memberId') memberId: string) {
    return prisma.membership.deleteMany({ where: { id: memberId, sponsorId } });
  }
}`,
  'src/app.module.ts': `import { Module } from '@nestjs/common';
import { MembersController } from './members.controller';
@Module({ controllers: [MembersController] })
export class AppModule {}`,
});

/**
 * Express + Prisma: staff write quotes (`requireStaff`); the customer approves one of a ticket, `check` deciding
 * whose ticket it is.
 */
const quoteApprovalApp = (check: string): Record<string, string> =>
  expressPrismaApp(`const requireStaff = requireRole('staff', 'admin');
app.post('/tickets/:id/quotes', requireAuth, requireStaff, async (req, res) => {
  res.status(201).json(await prisma.quote.create({ data: { ticketId: req.params.id, total: Number(req.body.total) }, select: { id: true } }));
});
app.post('/tickets/:id/quotes/:quoteId/approve', requireAuth, async (req, res) => {
  const ticket = await prisma.ticket.findUnique({ where: { id: req.params.id } });
  if (${check}) return res.status(404).end();
  await prisma.quote.update({ where: { id: req.params.quoteId }, data: { status: 'approved' } });
  res.json({ ok: true });
});`);

/** Express + Prisma: a translators area whose routes require the translator role, and `route` without it. */
const translatorAreaApp = (route: string): Record<string, string> =>
  expressPrismaApp(`app.post('/translators/availability', requireAuth, requireRole('translator'), async (req, res) => {
  res.json(await prisma.availability.create({ data: { translatorId: req.user.id, days: String(req.body.days) }, select: { id: true } }));
});
app.delete('/translators/availability/:id', requireAuth, requireRole('translator'), async (req, res) => {
  await prisma.availability.deleteMany({ where: { id: req.params.id, translatorId: req.user.id } });
  res.status(204).end();
});
app.patch('${route}', requireAuth, async (req, res) => {
  await prisma.payout.updateMany({ where: { id: req.params.payoutId }, data: { note: String(req.body.note) } });
  res.status(204).end();
});`);

/** Express + Prisma: an app whose user list needs the admin role, and `DELETE /${what}/:id` without one. */
const deleteByIdApp = (what: string, model: string): Record<string, string> =>
  expressPrismaApp(`app.get('/users', requireAuth, requireRole('admin'), async (req, res) => {
  res.json(await prisma.user.findMany({ select: { id: true, email: true } }));
});
app.delete('/${what}/:id', requireAuth, async (req, res) => {
  await prisma.${model}.delete({ where: { id: req.params.id } });
  res.status(204).end();
});`);

/** Hono: a member's role changed behind `guard`, where `requireRole(min)` compares role ranks (`roleRank[m.role] < …`). */
const rankedRoleApp = (guard: string): Record<string, string> => ({
  'src/index.ts': `import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { jwt } from 'hono/jwt';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const roleRank = { holder: 1, committee: 2, admin: 3 } as const;
const loadMember = createMiddleware(async (c, next) => {
  const { sub } = c.get('jwtPayload');
  const member = await prisma.member.findUnique({ where: { id: Number(sub) } });
  if (!member) return c.json({ error: 'Unauthorized' }, 401);
  c.set('member', member);
  await next();
});
const requireRole = (minimum: keyof typeof roleRank) =>
  createMiddleware(async (c, next) => {
    const member = c.get('member');
    if (!member || roleRank[member.role] < roleRank[minimum]) return c.json({ error: 'Forbidden' }, 403);
    await next();
  });
const members = new Hono();
members.use('*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }), loadMember);
members.patch('/:memberId/role', ${guard}async (c) => {
  const { role } = await c.req.json();
  const updated = await prisma.member.update({ where: { id: Number(c.req.param('memberId')) }, data: { role: String(role) }, select: { id: true, role: true } });
  return c.json(updated);
});
const app = new Hono();
app.route('/members', members);
export default app;`,
});

/** Koa + Sequelize: any signed-in user renames a team; `associations` tell whose teams are. */
const teamRenameApp = (associations: string) => ({
  'src/app.js': `const Koa = require('koa');
const Router = require('@koa/router');
const koaJwt = require('koa-jwt');
const { Sequelize, DataTypes } = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);
const User = sequelize.define('User', { email: DataTypes.STRING, passwordHash: DataTypes.STRING });
const Team = sequelize.define('Team', { name: DataTypes.STRING, fundraisingTarget: DataTypes.INTEGER });
${associations}
const app = new Koa();
app.use(koaJwt({ secret: process.env.JWT_SECRET }));
const router = new Router();
const requireAdmin = async (ctx, next) => {
  if (ctx.state.user.role !== 'admin') ctx.throw(403);
  await next();
};
router.delete('/admin/teams/:teamId', requireAdmin, async (ctx) => {
  await Team.destroy({ where: { id: ctx.params.teamId } });
  ctx.status = 204;
});
router.patch('/teams/:teamId', async (ctx) => {
  const team = await Team.findByPk(ctx.params.teamId);
  if (!team) ctx.throw(404);
  await team.update({ name: String(ctx.request.body.name) });
  ctx.body = { id: team.id, name: team.name };
});
app.use(router.routes());
app.listen(3000);`,
});

/** Express + Prisma: a staff area whose deletions need the admin role; `route` changes a staff account. */
const staffAreaApp = (route: string) => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());
const app = express();
app.use(express.json());
app.delete('/staff/:id', requireAuth, requireRole('admin'), async (req, res) => {
  await prisma.user.delete({ where: { id: req.params.id } });
  res.status(204).end();
});
${route}
app.listen(3000);`,
});

runCheckCases('missing-auth-admin-without-role', {
  invalid: [
    {
      name: "express + prisma: any signed-in user changes any staff account's name in the staff area",
      endpoint: 'PATCH /staff/:id',
      files: staffAreaApp(`app.patch('/staff/:id', requireAuth, async (req, res) => {
  const user = await prisma.user.update({ where: { id: req.params.id }, data: { name: String(req.body.name) }, select: { id: true, name: true } });
  res.json(user);
});`),
    },
    {
      name: 'koa + sequelize: teams, which no association ties to a user, renamed by any signed-in user',
      endpoint: 'PATCH /teams/:teamId',
      files: teamRenameApp(''),
    },
    {
      name: 'hono: a role change behind authentication only',
      endpoint: 'PATCH /members/:memberId/role',
      files: rankedRoleApp(''),
    },
    {
      name: 'express + prisma: any signed-in user deletes whichever user account the path names',
      endpoint: 'DELETE /accounts/:id',
      files: deleteByIdApp('accounts', 'user'),
      message: /deletes whichever user account/,
    },
    {
      name: 'express + prisma: a route of the translators area without the translator role the area requires',
      endpoint: 'PATCH /translators/payouts/:payoutId',
      files: translatorAreaApp('/translators/payouts/:payoutId'),
    },
    {
      name: 'express + prisma: a quote approved on any ticket that exists, beside staff-only quote routes',
      endpoint: 'POST /tickets/:id/quotes/:quoteId/approve',
      files: quoteApprovalApp('!ticket'),
    },
    {
      name: "express + prisma: a colleague's account looked up by id within the company, then its role changed by the row's id (no role check)",
      endpoint: 'PATCH /company/users/:id/role',
      files: tenantRoleChangeApp(''),
    },
    {
      name: "nestjs: a member removed without the `@SponsorRoles('ADMIN')` the same path's update asks for (the guard checks membership only)",
      endpoint: 'DELETE /sponsors/:sponsorId/members/:memberId',
      files: sponsorMembersApp(''),
    },
    {
      name: 'nestjs: a global roles guard that passes routes without `@Roles` (after its `@Public()` pass), on a route making accounts with the role named',
      endpoint: 'POST /users',
      files: nestGlobalRolesApp(''),
    },
    {
      name: 'nestjs: an admin route whose guard only checks that a caller is signed in (`if (!user)`)',
      endpoint: 'GET /admin/users',
      files: nestPlatformAdminApp('!user'),
    },
    {
      name: 'express + prisma: a trip changed by any signed-in user, while creating trips requires the dispatcher role',
      endpoint: 'PATCH /trips/:id',
      files: tripUpdateApp(''),
    },
    {
      name: 'express + prisma: any signed-in user reviews the payout the body names, signed in as its processor',
      endpoint: 'PATCH /payouts',
      files: payoutReviewApp('requireAuth'),
    },
    {
      name: 'hono + drizzle: the same overview over every show, run by `db.all(sql`…`)` for any signed-in user',
      endpoint: 'GET /api/analytics/overview',
      files: drizzleOverviewApp(''),
    },
    {
      name: "express + prisma: any member deactivates another member's account of the same organisation (`active: false`)",
      endpoint: 'DELETE /members/:id',
      files: deactivateMemberApp(''),
    },
    {
      name: 'express + prisma: an owner profile only staff may read, deleted by any signed-in user',
      endpoint: 'DELETE /owners/:id',
      files: ownerProfilesApp(`app.delete('/owners/:id', requireAuth, async (req, res) => {
  await prisma.owner.delete({ where: { id: req.params.id } });
  res.status(204).end();
});`),
    },
    {
      name: 'fastify: a decorated role factory whose named guard only logs the role',
      endpoint: 'GET /admin/users',
      files: fastifyRoleFactoryApp(
        'const guard = async (request) => { request.log.info({ role: request.user.role }); };\n  return guard;',
      ),
    },
    {
      name: "fastify: @fastify/auth with the default relation ('or'): the session alone lets the caller through the admin check",
      endpoint: 'POST /api/v1/admin/promoters/:id/verify',
      files: fastifyAuthRelationApp(''),
    },
    {
      name: "express + prisma: moderators change accounts' roles in an app that also has an admin role",
      endpoint: 'PATCH /users/:id/role',
      files: moderatorRoleApp("'admin'"),
    },
    {
      name: 'express + prisma: disabling another account (`disabledAt`) behind sign-in only',
      endpoint: 'POST /users/:id/disable',
      files: disableAccountApp(''),
    },
    {
      name: 'next app router: a new catalogue entry behind `withUser(handler)`, its edit behind `withUser(handler, { roles })`',
      endpoint: 'POST /api/spaces',
      files: spacesApp(", { roles: ['staff', 'admin'] }"),
    },
    {
      name: "express + mongoose: redeeming rewrites the promo code's discount (a catalogue edit)",
      endpoint: 'POST /passes',
      files: promoPassApp('{ $set: { percentOff: Number(req.body.percentOff) } }', false),
    },
    {
      name: "express + prisma: crediting another member's balance, open to any signed-in user",
      endpoint: 'POST /members/:id/balance-adjustments',
      files: balanceAdjustmentApp('requireAuth, '),
    },
    {
      name: 'express + prisma: rescheduling with no role check beside bookings only administrators make',
      endpoint: 'PATCH /bookings/:id',
      files: bookingRoleApp('admin'),
    },
    {
      name: "express + prisma: banning another member's account (`bannedAt`), open to any signed-in user",
      endpoint: 'DELETE /users/:id',
      files: banMemberApp('requireAuth, '),
    },
    {
      name: 'express + prisma: a billing run over every active membership, open to any signed-in user',
      endpoint: 'POST /invoices/run',
      files: billingRunApp('requireAuth, '),
    },
    {
      name: 'fastify: an admin route behind a session check that only asks whether the session holds a role',
      endpoint: 'GET /admin/users',
      files: fastifySessionAdminApp('app.verifySession'),
    },
    {
      name: "express + prisma: approving leave with no role check, beside HR's role-checked list of the same collection",
      endpoint: 'POST /teams/:teamId/leave-requests/:requestId/approve',
      files: leaveApprovalApp(''),
    },
    {
      name: 'express + prisma: a route of the /staff area without a role check, in an app whose customers sign in too',
      endpoint: 'GET /staff/:id',
      files: staffCardApp(true),
    },
    {
      name: "nestjs: @Roles('hr') on a controller that applies the JWT guard but not the RolesGuard that reads it",
      endpoint: 'GET /compensation/bands',
      files: nestDeclaredRolesApp("AuthGuard('jwt')"),
    },
    {
      name: "express + mongoose: any signed-in user verifies an organiser's licence (`/verify-licence`)",
      endpoint: 'POST /api/v1/organisers/:id/verify-licence',
      files: verifyOrganiserApp('', 'verify-licence'),
    },
    {
      name: 'express + mongoose: any signed-in user verifies an organiser (loaded, flagged, saved): a staff decision by its nature',
      endpoint: 'POST /api/v1/organisers/:id/verify',
      files: verifyOrganiserApp(''),
    },
    {
      name: "express + prisma: any signed-in user sets a company's credit limit (a staff decision by its nature)",
      endpoint: 'PATCH /api/v1/companies/:id/credit-limit',
      files: creditLimitApp(''),
    },
    {
      name: 'express + supabase: the role looked up for a user id the client names (`getProfileRole(req.query.as)`) is no check of the caller',
      endpoint: 'GET /api/v1/admin/stats',
      files: profileRoleApp('req.query.as'),
    },
    {
      name: 'express + prisma: any signed-in user creates accounts with the role the body names',
      endpoint: 'POST /api/users',
      files: accountsApp(`app.post('/api/users', requireAuth, async (req, res) => {`),
    },
    {
      name: "hono: the sales report across every event behind any signed-in user's token",
      endpoint: 'GET /api/partner/reports/daily-sales',
      files: salesReportApp(
        `app.get('/api/partner/reports/daily-sales', jwt({ secret: process.env.JWT_SECRET! }), async (c) => {`,
      ),
    },
    {
      name: "express: the admin area behind `requireManager = requireRole('ADMIN', 'LANDLORD')`: every landlord gets in",
      endpoint: 'GET /api/v1/admin/stats',
      files: adminStatsApp(`const requireManager = requireRole('ADMIN', 'LANDLORD');`),
    },
    {
      name: "express: granting roles behind requireRole('editor', 'admin'): editors may make anyone an admin",
      endpoint: 'PATCH /api/v1/users/:id/role',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const requireRole = (...roles) => (req, res, next) =>
  roles.includes(req.user.role) ? next() : res.status(403).json({ error: 'Forbidden' });
const app = express();
app.use(express.json());
app.patch('/api/v1/users/:id/role', requireAuth, requireRole('editor', 'admin'), async (req, res) => {
  const role = ['member', 'editor', 'admin'].includes(req.body.role) ? req.body.role : 'member';
  const user = await prisma.user.update({ where: { id: Number(req.params.id) }, data: { role }, select: { id: true, role: true } });
  res.json(user);
});
app.listen(3000);`,
      },
    },
    {
      name: "fastify: the organizer area's routes require the organizer role by name, its sales report forgot it",
      endpoint: 'GET /api/v1/organizer/events/:id/sales',
      files: {
        'src/server.ts': `import Fastify from 'fastify';
import { prisma } from './prisma.js';
const app = Fastify();
app.decorate('authenticate', async (request, reply) => {
  try {
    await request.jwtVerify();
  } catch {
    return reply.code(401).send({ error: 'Unauthorized' });
  }
});
app.decorate('requireRole', (role: string) => async (request, reply) => {
  if (request.user.role !== role) return reply.code(403).send({ error: 'Forbidden' });
});
app.register(
  async (organizer) => {
    organizer.addHook('onRequest', app.authenticate);
    organizer.post('/events', { preHandler: [app.requireRole('organizer')] }, async (request) =>
      prisma.event.create({ data: { title: String((request.body as { title: string }).title), organizerId: request.user.sub } }),
    );
    organizer.get('/events/:id/sales', async (request) => {
      const { id } = request.params as { id: string };
      return prisma.order.aggregate({ where: { eventId: Number(id) }, _sum: { totalCents: true } });
    });
  },
  { prefix: '/api/v1/organizer' },
);
app.listen({ port: 3000 });`,
      },
    },
    {
      name: 'express + prisma: any signed-in user approves a payout (the app checks roles elsewhere)',
      endpoint: 'POST /api/v1/payouts/:id/approve',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const requireRole = (role) => (req, res, next) =>
  req.user.role === role ? next() : res.status(403).json({ error: 'Forbidden' });
const app = express();
app.use(express.json());
app.get('/api/v1/reports/fees', requireAuth, requireRole('admin'), async (req, res) => {
  res.json(await prisma.fee.aggregate({ _sum: { amount: true } }));
});
app.post('/api/v1/payouts/:id/approve', requireAuth, async (req, res) => {
  const payout = await prisma.payout.update({
    where: { id: Number(req.params.id) },
    data: { status: 'approved', approvedBy: req.user.id },
  });
  res.json({ id: payout.id, status: payout.status });
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: a role change that checks the caller's role only when the client asks for admin (anyone may make themselves organizer)",
      endpoint: 'PATCH /users/:id/role',
      files: {
        'package.json': '{ "dependencies": { "express": "4.21.0", "@prisma/client": "5.0.0" } }',
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.patch('/users/:id/role', requireAuth, async (req, res) => {
  if (req.body.role === 'admin' && req.user.role !== 'admin') return res.status(403).json({ error: 'Only admins grant admin' });
  const user = await prisma.user.update({ where: { id: req.params.id }, data: { role: String(req.body.role) }, select: { id: true, role: true } });
  res.json(user);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: an account's role changed within the caller's tenant, with no role check (the tenant scope is no ownership of that account)",
      endpoint: 'PATCH /users/:id/role',
      files: {
        'package.json': '{ "dependencies": { "express": "4.21.0", "@prisma/client": "5.0.0" } }',
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.patch('/users/:id/role', requireAuth, async (req, res) => {
  const { count } = await prisma.user.updateMany({ where: { id: req.params.id, tenantId: req.user.tenantId }, data: { role: String(req.body.role) } });
  if (count === 0) return res.status(404).end();
  res.json({ id: req.params.id });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: `GET /api/users` answers every account whole to any signed-in user (accounts have a role)',
      endpoint: 'GET /api/users',
      files: {
        'package.json':
          '{ "dependencies": { "express": "4.21.0", "@prisma/client": "5.0.0", "jsonwebtoken": "9.0.0" } }',
        'prisma/schema.prisma': `model User {
  id           Int    @id
  name         String
  email        String
  passwordHash String
  role         String
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
app.get('/api/users', requireAuth, async (req, res) => res.json(await prisma.user.findMany()));
app.listen(3000);`,
      },
    },
    {
      name: "koa + prisma: the clinic's settings row (`where: { id: 1 }`) changed by any signed-in user in an app with roles",
      endpoint: 'PUT /settings',
      files: {
        'package.json':
          '{ "dependencies": { "koa": "2.15.0", "@koa/router": "12.0.0", "@prisma/client": "5.0.0", "jsonwebtoken": "9.0.0" } }',
        'prisma/schema.prisma': `model ClinicSettings {
  id            Int     @id @default(1)
  clinicName    String
  smsSenderId   String?
  paymentApiKey String?
}
model Staff {
  id   String @id
  role String
}`,
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
async function requireAuth(ctx, next) {
  try { ctx.state.user = jwt.verify(ctx.get('authorization').slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] }); }
  catch { ctx.throw(401, 'Unauthorized'); }
  await next();
}
const requireRole = (...roles) => async (ctx, next) => { if (!roles.includes(ctx.state.user.role)) ctx.throw(403, 'Forbidden'); await next(); };
const app = new Koa();
const router = new Router();
app.use(bodyParser());
router.get('/staff', requireAuth, requireRole('ADMIN'), async (ctx) => { ctx.body = await prisma.staff.findMany({ select: { id: true } }); });
router.put('/settings', requireAuth, async (ctx) => {
  const updated = await prisma.clinicSettings.update({ where: { id: 1 }, data: { clinicName: String(ctx.request.body.clinicName) } });
  ctx.body = { clinicName: updated.clinicName };
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'express: the same session helper called without a role (`await requireUser(req)`) checks only the sign-in',
      endpoint: 'GET /admin/payouts/:id',
      files: {
        'src/auth.js': `import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();
export class HttpError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}
export async function requireUser(req, opts = {}) {
  let payload;
  try {
    payload = jwt.verify(req.cookies.session, process.env.JWT_SECRET, { algorithms: ['HS256'] });
  } catch {
    throw new HttpError(401, 'Please sign in');
  }
  const user = await prisma.user.findUnique({ where: { id: payload.sub }, select: { id: true, role: true } });
  if (!user) throw new HttpError(401, 'Please sign in');
  if (opts.role && user.role !== opts.role) throw new HttpError(403, 'You do not have access to this resource');
  return user;
}`,
        'src/app.js': `import express from 'express';
import cookieParser from 'cookie-parser';
import { prisma, requireUser } from './auth.js';
const app = express();
app.use(cookieParser());
app.get('/admin/payouts/:id', async (req, res, next) => {
  try {
    await requireUser(req);
    res.json(await prisma.payout.findUnique({ where: { id: req.params.id }, select: { id: true, amountCents: true } }));
  } catch (err) {
    next(err);
  }
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: a role predicate asked about someone the client names, not the caller (`isPlatformAdmin(req.query.userId)`)',
      endpoint: 'GET /admin/groups',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/permissions.js': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();
export async function isPlatformAdmin(userId) {
  const row = await prisma.user.findUnique({ where: { id: userId }, select: { isPlatformAdmin: true } });
  return row?.isPlatformAdmin === true;
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { isPlatformAdmin, prisma } from './permissions.js';
const app = express();
app.get('/admin/groups', requireAuth, async (req, res) => {
  if (!(await isPlatformAdmin(req.query.userId))) return res.status(403).json({ error: 'Forbidden' });
  res.json(await prisma.group.findMany({ select: { id: true, name: true } }));
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: approving anyone's payout by id, while the collection's pending list requires the admin role",
      endpoint: 'PATCH /payouts/:id/approve',
      files: {
        'src/auth.js': `${EXPRESS_REQUIRE_AUTH}
export const requireRole = (role) => (req, res, next) => (req.user.role === role ? next() : res.status(403).end());`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth, requireRole } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/payouts', requireAuth, async (req, res) => {
  const payout = await prisma.payout.create({ data: { amountCents: Number(req.body.amountCents), landlordId: req.user.id }, select: { id: true } });
  res.status(201).json(payout);
});
app.get('/payouts/pending', requireAuth, requireRole('admin'), async (req, res) => {
  res.json(await prisma.payout.findMany({ where: { status: 'requested' }, select: { id: true, amountCents: true } }));
});
app.patch('/payouts/:id/approve', requireAuth, async (req, res) => {
  const payout = await prisma.payout.update({ where: { id: req.params.id }, data: { status: 'approved', approvedBy: req.user.id }, select: { id: true, status: true } });
  res.json(payout);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: voiding anyone's parking violation by id, while the collection's list requires the enforcement role",
      endpoint: 'PATCH /violations/:id/void',
      files: {
        'src/auth.js': `${EXPRESS_REQUIRE_AUTH}
export const requireRole = (role) => (req, res, next) => (req.user.role === role ? next() : res.status(403).end());`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth, requireRole } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/violations', requireAuth, requireRole('admin'), async (req, res) => {
  res.json(await prisma.violation.findMany({ select: { id: true, plate: true, status: true } }));
});
app.patch('/violations/:id/void', requireAuth, async (req, res) => {
  const violation = await prisma.violation.update({ where: { id: req.params.id }, data: { status: 'void', voidedBy: req.user.id }, select: { id: true, status: true } });
  res.json(violation);
});
app.listen(3000);`,
      },
    },
    {
      name: 'nestjs + typeorm: a revenue report over every invoice, behind sign-in only, in an app with roles',
      endpoint: 'GET /billing/reports/revenue',
      files: nestTypeormApp(`  @Get('reports/revenue')
  revenue(@Query('from') from: string, @Query('to') to: string) {
    return this.dataSource.query('SELECT SUM("amountCents") AS total FROM invoices WHERE status = $1 AND "paidAt" BETWEEN $2 AND $3', ['paid', from, to]);
  }`),
    },
    {
      name: 'next.js pages: an admin listing wrapped in withAuth(handler) without the roles option it checks',
      endpoint: 'GET /api/admin/users',
      files: {
        'package.json': '{ "dependencies": { "next": "14.0.0", "mongoose": "8.0.0", "jsonwebtoken": "9.0.0" } }',
        'lib/auth.ts': NEXT_PAGES_WITH_AUTH,
        'lib/models.ts': NEXT_PAGES_MONGOOSE_MODELS,
        'pages/api/admin/users.ts': `import { withAuth } from '../../../lib/auth';
import { User } from '../../../lib/models';
export default withAuth(async (req, res) => {
  if (req.method !== 'GET') return res.status(405).end();
  const users = await User.find({}).select('email role').lean();
  return res.status(200).json({ users });
});`,
      },
    },
    {
      name: 'express + mongoose: `PUT /members/:id/role` outside any admin prefix, behind sign-in only',
      endpoint: 'PUT /api/v1/members/:id/role',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Member = mongoose.model('Member', new mongoose.Schema({ name: String, role: String }));
const app = express();
app.use(express.json());
app.put('/api/v1/members/:id/role', requireAuth, async (req, res) => {
  const role = ['member', 'librarian', 'admin'].includes(req.body.role) ? req.body.role : 'member';
  await Member.updateOne({ _id: String(req.params.id) }, { role });
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: in an app with roles, any signed-in user can create catalogue records (parking lots)',
      endpoint: 'POST /lots',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'prisma/schema.prisma': `model User {
  id    String @id
  email String
  role  String
}
model Lot {
  id    String @id
  name  String
  city  String
  spots Int
}`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
function requireAdmin(req, res, next) {
  if (req.user.role !== 'admin') return res.status(403).json({ error: 'Admins only' });
  next();
}
app.delete('/users/:id', requireAuth, requireAdmin, async (req, res) => {
  await prisma.user.delete({ where: { id: req.params.id } });
  res.status(204).end();
});
app.post('/lots', requireAuth, async (req, res) => {
  const lot = await prisma.lot.create({ data: { name: String(req.body.name), city: String(req.body.city), spots: Number(req.body.spots) } });
  res.status(201).json(lot);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: admin route behind requireAuth only',
      endpoint: 'DELETE /admin/users/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.delete('/admin/users/:id', requireAuth, async (req, res) => {
  await prisma.user.delete({ where: { id: req.params.id } });
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'nestjs: admin controller with AuthGuard but no roles guard',
      endpoint: 'GET /admin/stats',
      files: {
        'src/admin.controller.ts': `import { Controller, Get, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { PrismaService } from './prisma.service';
@Controller('admin')
@UseGuards(AuthGuard('jwt'))
export class AdminController {
  constructor(private readonly prisma: PrismaService) {}
  @Get('stats')
  stats() {
    return this.prisma.user.count();
  }
}`,
        'src/prisma.service.ts': `import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
@Injectable()
export class PrismaService extends PrismaClient {}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { AdminController } from './admin.controller';
import { PrismaService } from './prisma.service';
@Module({ controllers: [AdminController], providers: [PrismaService] })
export class AppModule {}`,
        'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
const app = await NestFactory.create(AppModule);
await app.listen(3000);`,
      },
    },
    {
      name: "express: a role factory that reads `req.get('role')` (a request header the client sets)",
      endpoint: 'GET /api/v1/admin/users',
      files: {
        'src/auth.js': `import jwt from 'jsonwebtoken';
export function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}
export const requireRole = (...allowed) => (req, res, next) => {
  if (!allowed.includes(req.get('role'))) return res.status(403).json({ error: 'Forbidden' });
  next();
};`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth, requireRole } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/api/v1/admin/users', requireAuth, requireRole('admin'), async (req, res) => {
  res.json(await prisma.user.findMany({ select: { id: true, email: true } }));
});
app.listen(3000);`,
      },
    },
    {
      name: 'hono: admin routes behind jwt only',
      endpoint: 'POST /admin/plans',
      files: {
        'src/index.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = new Hono();
app.use('/admin/*', jwt({ secret: process.env.JWT_SECRET! }));
app.post('/admin/plans', async (c) => {
  const { name, price } = await c.req.json();
  return c.json(await prisma.plan.create({ data: { name: String(name), price: Number(price) } }), 201);
});
export default app;`,
      },
    },
    {
      name: 'express + prisma: every guest exported as CSV behind sign-in only, beside a guest list the front desk needs',
      endpoint: 'GET /guests/export',
      files: exportApp('guests', 'user'),
    },
  ],
  valid: [
    {
      name: "express + prisma: the caller's own account in the staff area (`PATCH /staff/me`)",
      endpoint: 'PATCH /staff/me',
      files: staffAreaApp(`app.patch('/staff/me', requireAuth, async (req, res) => {
  const user = await prisma.user.update({ where: { id: req.user.id }, data: { name: String(req.body.name) }, select: { id: true, name: true } });
  res.json(user);
});`),
    },
    {
      name: "koa + sequelize: a team's captain named by an association (`Team.belongsTo(User, { as: 'captain', foreignKey: 'captainId' })`): a user's team, not an admin's record",
      endpoint: 'PATCH /teams/:teamId',
      files: teamRenameApp("Team.belongsTo(User, { as: 'captain', foreignKey: 'captainId' });"),
    },
    {
      name: "hono: a role change behind `requireRole('admin')`, which compares role ranks (`roleRank[member.role] < roleRank[minimum]`)",
      endpoint: 'PATCH /members/:memberId/role',
      files: rankedRoleApp("requireRole('admin'), "),
    },
    {
      name: "express + prisma: a wedding guest deleted by id is no user account (the organiser's list, judged by BOLA)",
      endpoint: 'DELETE /guests/:id',
      files: deleteByIdApp('guests', 'guest'),
    },
    {
      name: "express + prisma: the caller's own corner of the translators area (`/translators/me/payouts/:payoutId`) needs no area role",
      endpoint: 'PATCH /translators/me/payouts/:payoutId',
      files: translatorAreaApp('/translators/me/payouts/:payoutId'),
    },
    {
      name: 'express + prisma: a customer approving a quote of their own ticket (`ticket.customerId !== req.user.id` → 404)',
      endpoint: 'POST /tickets/:id/quotes/:quoteId/approve',
      files: quoteApprovalApp('!ticket || ticket.customerId !== req.user.id'),
    },
    {
      name: "express + prisma: the same role change behind `requireRole('HR_ADMIN')`",
      endpoint: 'PATCH /company/users/:id/role',
      files: tenantRoleChangeApp("requireRole('HR_ADMIN'), "),
    },
    {
      name: "nestjs: the member removal with `@SponsorRoles('ADMIN')`, enforced by the sponsor guard",
      endpoint: 'DELETE /sponsors/:sponsorId/members/:memberId',
      files: sponsorMembersApp("@SponsorRoles('ADMIN')"),
    },
    {
      name: "nestjs: the same route with `@Roles('ADMIN')`, enforced by the global roles guard",
      endpoint: 'POST /users',
      files: nestGlobalRolesApp("@Roles('ADMIN')"),
    },
    {
      name: "nestjs: a guard comparing `context.switchToHttp().getRequest().user`'s platform role, read in one go",
      endpoint: 'GET /admin/users',
      files: nestPlatformAdminApp("user?.platformRole !== 'PLATFORM_ADMIN'"),
    },
    {
      name: "express + prisma: a workspace's admin adds a member with the role the body names (a membership row, no account)",
      endpoint: 'POST /workspaces/:workspaceId/members',
      files: workspaceMemberApp("if (!hasRank(m.role, 'admin')) return res.status(403).end();"),
    },
    {
      name: 'express + prisma: a trip changed after a role-aware check (drivers only their own; dispatch staff any, by design)',
      endpoint: 'PATCH /trips/:id',
      files: tripUpdateApp(
        "if (req.user.role === 'DRIVER' && trip.driverId !== req.user.driverId) return res.status(403).end();",
      ),
    },
    {
      name: "express + prisma: a desk booked after counting anyone's clashing bookings (a count that only decides is no run over everyone)",
      endpoint: 'POST /bookings',
      files: deskBookingApp(),
    },
    {
      name: "nestjs: admin user routes behind an abilities guard asked for `@CheckAbility('manage', 'User')` (an action on a subject, no role)",
      endpoint: 'PATCH /admin/users/:id/role',
      files: nestAbilityApp("@CheckAbility('manage', 'User')"),
    },
    {
      name: 'express + prisma: payouts reviewed by admins only (the same route behind requireRole)',
      endpoint: 'PATCH /payouts',
      files: payoutReviewApp("requireAuth, requireRole('admin')"),
    },
    {
      name: "express + prisma: a driver signs off the payout the body names among their own (the caller's rows only)",
      endpoint: 'PATCH /payouts',
      files: payoutReviewApp('requireAuth', '{ id: req.body.payoutId, driverId: req.user.id }'),
    },
    {
      name: "hono + drizzle: a downloads overview run by `db.all(sql`…`)` filtered on the caller's own shows",
      endpoint: 'GET /api/analytics/overview',
      files: drizzleOverviewApp(`WHERE s.owner_id = \${sub}`),
    },
    {
      name: "express + prisma: the same deactivation behind the organisation admin's role",
      endpoint: 'DELETE /members/:id',
      files: deactivateMemberApp("requireRole('admin'), "),
    },
    {
      name: 'express + prisma: the same delete behind the staff role',
      endpoint: 'DELETE /owners/:id',
      files: ownerProfilesApp(`app.delete('/owners/:id', requireAuth, requireRole('admin'), async (req, res) => {
  await prisma.owner.delete({ where: { id: req.params.id } });
  res.status(204).end();
});`),
    },
    {
      name: "express + prisma: the same delete limited to the caller's own profile",
      endpoint: 'DELETE /owners/:id',
      files: ownerProfilesApp(`app.delete('/owners/:id', requireAuth, async (req, res) => {
  await prisma.owner.deleteMany({ where: { id: req.params.id, userId: req.user.id } });
  res.status(204).end();
});`),
    },
    {
      name: 'fastify: a decorated role factory that names its guard before returning it',
      endpoint: 'GET /admin/users',
      files: fastifyRoleFactoryApp(
        "const guard = async (request, reply) => {\n    if (!roles.includes(request.user.role)) return reply.code(403).send({ error: 'forbidden' });\n  };\n  return guard;",
      ),
    },
    {
      name: 'fastify: a decorated role factory that returns a function it declares',
      endpoint: 'GET /admin/users',
      files: fastifyRoleFactoryApp(
        "async function guard(request, reply) {\n    if (!roles.includes(request.user.role)) return reply.code(403).send({ error: 'forbidden' });\n  }\n  return guard;",
      ),
    },
    {
      name: "fastify: @fastify/auth with `{ relation: 'and' }`: the session and the admin check both run",
      endpoint: 'POST /api/v1/admin/promoters/:id/verify',
      files: fastifyAuthRelationApp(", { relation: 'and' }"),
    },
    {
      name: "express + prisma: moderators change accounts' roles in a community whose highest role is moderator",
      endpoint: 'PATCH /users/:id/role',
      files: moderatorRoleApp("'moderator'"),
    },
    {
      name: "express + prisma: disabling another account behind `requireRole('admin')`",
      endpoint: 'POST /users/:id/disable',
      files: disableAccountApp("requireRole('admin'), "),
    },
    {
      name: "next app router: catalogue edits behind `withUser(handler, { roles: ['staff', 'admin'] })`",
      endpoint: 'PATCH /api/spaces',
      files: spacesApp(", { roles: ['staff', 'admin'] }", ", { roles: ['staff', 'admin'] }"),
    },
    {
      name: 'express + mongoose: redeeming counts one use of the promo code (`$inc`)',
      endpoint: 'POST /passes',
      files: promoPassApp('{ $inc: { uses: 1 } }', false),
    },
    {
      name: "express + mongoose: buying a pass (the holder's own record) with a promo code whose uses it counts",
      endpoint: 'POST /passes',
      files: promoPassApp('{ $inc: { uses: 1 } }'),
    },
    {
      name: "express + prisma: crediting another member's balance, for staff",
      endpoint: 'POST /members/:id/balance-adjustments',
      files: balanceAdjustmentApp("requireAuth, requireRole('staff'), "),
    },
    {
      name: "express + prisma: rescheduling with no role check beside bookings only students make (an ordinary user's role)",
      endpoint: 'PATCH /bookings/:id',
      files: bookingRoleApp('student'),
    },
    {
      name: "express + prisma: banning another member's account, for moderators",
      endpoint: 'DELETE /users/:id',
      files: banMemberApp("requireAuth, requireRole('moderator'), "),
    },
    {
      name: 'express + prisma: a billing run over every active membership, for administrators',
      endpoint: 'POST /invoices/run',
      files: billingRunApp("requireAuth, requireRole('admin'), "),
    },
    {
      name: "fastify: an admin route behind the session check and one comparing the session's role (`session.get('role')`)",
      endpoint: 'GET /admin/users',
      files: fastifySessionAdminApp('app.verifySession, app.verifyAdmin'),
    },
    {
      name: 'express + prisma: approving leave in a team of the path the caller was found to manage',
      endpoint: 'POST /teams/:teamId/leave-requests/:requestId/approve',
      files: leaveApprovalApp(
        'const team = await prisma.team.findFirst({ where: { id: req.params.teamId, managerId: req.user.id }, select: { id: true } });\n  if (!team) return res.status(404).end();',
      ),
    },
    {
      name: "express + prisma: a colleague's card under /staff, in an app whose only accounts are staff",
      endpoint: 'GET /staff/:id',
      files: staffCardApp(false),
    },
    {
      name: "nestjs: @Roles('hr') on a controller that applies the RolesGuard",
      endpoint: 'GET /compensation/bands',
      files: nestDeclaredRolesApp("AuthGuard('jwt'), RolesGuard"),
    },
    {
      name: "express + mongoose: an organiser verified behind `requireRole('admin')`",
      files: verifyOrganiserApp("requireRole('admin'),"),
    },
    {
      name: "express + prisma: a company's credit limit set behind `requireRole('ADMIN')`",
      files: creditLimitApp("requireRole('ADMIN'),"),
    },
    {
      name: "express + prisma: a sibling that adds a board to a team the body names, for the caller's team role there (`requireMembership(req.body.teamId, me, ['facilitator'])`), is no platform role (a board changed by any member is a BOLA, not a missing role)",
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const forbidden = () => Object.assign(new Error('Forbidden'), { status: 403 });
async function requireMembership(teamId, userId, roles) {
  const membership = await prisma.teamMember.findFirst({ where: { teamId, userId } });
  if (!membership) throw forbidden();
  if (roles && !roles.includes(membership.role)) throw forbidden();
  return membership;
}
const app = express();
app.use(express.json());
app.post('/boards', requireAuth, async (req, res) => {
  await requireMembership(req.body.teamId, req.user.sub, ['owner', 'facilitator']);
  res.status(201).json(await prisma.board.create({ data: { teamId: req.body.teamId, title: String(req.body.title), createdById: req.user.sub } }));
});
app.patch('/boards/:boardId', requireAuth, async (req, res) => {
  res.json(await prisma.board.update({ where: { id: req.params.boardId }, data: { title: String(req.body.title) } }));
});
app.listen(3000);`,
      },
    },
    {
      name: "express + supabase: the caller's role looked up by a helper named for it (`getProfileRole(req.user.id)`), 403 unless among the roles asked for",
      files: profileRoleApp('req.user.id'),
    },
    {
      name: "express + prisma: waiving a due after a helper checks the caller's club role against a list (`requireClubRole(me, clubId, ['owner', 'treasurer'])`)",
      endpoint: 'PATCH /api/dues/:dueId/waive',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
async function requireClubRole(userId, clubId, roles) {
  const m = await prisma.membership.findFirst({ where: { userId, clubId }, select: { role: true } });
  if (!m || !roles.includes(m.role)) throw Object.assign(new Error('Forbidden'), { status: 403 });
}
const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());
const app = express();
app.use(express.json());
app.get('/api/dues/overdue', requireAuth, requireRole('admin'), async (req, res) => res.json(await prisma.due.findMany({ where: { status: 'overdue' }, select: { id: true } })));
app.patch('/api/dues/:dueId/waive', requireAuth, async (req, res) => {
  await requireClubRole(req.user.id, String(req.body.clubId), ['owner', 'treasurer']);
  const due = await prisma.due.update({ where: { id: req.params.dueId }, data: { status: 'waived' }, select: { id: true } });
  res.json(due);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: a signed-in user adds an account that always gets the member role',
      endpoint: 'POST /api/users',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import bcrypt from 'bcryptjs';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());
const app = express();
app.use(express.json());
app.post('/api/users', requireAuth, async (req, res) => {
  const user = await prisma.user.create({
    data: { email: String(req.body.email), role: 'member', passwordHash: await bcrypt.hash(String(req.body.password), 12) },
    select: { id: true, role: true },
  });
  res.status(201).json(user);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: administrators create accounts with the role the body names',
      endpoint: 'POST /api/users',
      files: accountsApp(`app.post('/api/users', requireAuth, requireRole('admin'), async (req, res) => {`),
    },
    {
      name: "hono: a partner's sales report behind a token issued to that partner (`bearerAuth({ token })`)",
      endpoint: 'GET /api/partner/reports/daily-sales',
      files: salesReportApp(
        `app.get('/api/partner/reports/daily-sales', bearerAuth({ token: process.env.PARTNER_REPORTS_TOKEN! }), async (c) => {`,
      ),
    },
    {
      name: "express: the admin area behind `requireManager = requireRole('ADMIN', 'SUPPORT')`: staff roles only",
      endpoint: 'GET /api/v1/admin/stats',
      files: adminStatsApp(`const requireManager = requireRole('ADMIN', 'SUPPORT');`),
    },
    {
      name: "fastify: the vehicle catalogue is changed behind a check of the session's account kind (`session.kind !== 'staff'`)",
      files: {
        'prisma/schema.prisma': `model Branch {
  id       String    @id
  name     String
  vehicles Vehicle[]
}
model Vehicle {
  id       String @id
  branchId String
  branch   Branch @relation(fields: [branchId], references: [id])
  make     String
  status   String
}
model Customer {
  id    String @id
  email String @unique
  role  String
}`,
        'src/app.js': `import Fastify from 'fastify';
import { prisma } from './prisma.js';
const app = Fastify();
app.decorate('requireSession', async (request, reply) => {
  if (!request.session.userId) return reply.code(401).send({ error: 'Please sign in' });
});
app.decorate('requireStaff', async (request, reply) => {
  if (!request.session.userId || request.session.kind !== 'staff') return reply.code(401).send({ error: 'Staff only' });
});
app.get('/api/v1/me', { onRequest: [app.requireSession] }, async (request) =>
  prisma.customer.findUnique({ where: { id: request.session.userId }, select: { id: true, email: true } }),
);
app.decorate('requireManager', async (request, reply) => {
  if (!request.session.userId || request.session.role !== 'MANAGER') return reply.code(403).send({ error: 'Managers only' });
});
app.delete('/api/v1/branches/:id', { onRequest: [app.requireManager] }, async (request) =>
  prisma.branch.delete({ where: { id: request.params.id } }),
);
app.patch('/api/v1/vehicles/:vehicleId', { onRequest: [app.requireStaff] }, async (request) =>
  prisma.vehicle.update({ where: { id: request.params.vehicleId }, data: { status: String(request.body.status) } }),
);
app.listen({ port: 3000 });`,
      },
    },
    {
      name: "express: a router's staff check, then requireRole('admin') on the route that grants roles",
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const requireRole = (...roles) => (req, res, next) =>
  roles.includes(req.user.role) ? next() : res.status(403).json({ error: 'Forbidden' });
const admin = express.Router();
admin.use(requireAuth, requireRole('coordinator', 'admin'));
admin.patch('/members/:id/role', requireRole('admin'), async (req, res) => {
  const role = ['member', 'coordinator', 'admin'].includes(req.body.role) ? req.body.role : 'member';
  const m = await prisma.member.update({ where: { id: Number(req.params.id) }, data: { role }, select: { id: true, role: true } });
  res.json(m);
});
const app = express();
app.use(express.json());
app.use('/api/v1/admin', admin);
app.listen(3000);`,
      },
    },
    {
      name: 'next.js + iron-session: admin routes behind a middleware whose matcher covers them and that checks `session.role` (`getIronSession`)',
      files: {
        'package.json': '{ "dependencies": { "next": "14.2.0", "@prisma/client": "5.0.0", "iron-session": "8.0.0" } }',
        'lib/session.ts': `export const sessionOptions = { password: process.env.SESSION_PASSWORD!, cookieName: 'lh' };
export type SessionData = { userId?: string; role?: string };`,
        'middleware.ts': `import { NextResponse, type NextRequest } from 'next/server';
import { getIronSession } from 'iron-session';
import { sessionOptions, type SessionData } from '@/lib/session';
export async function middleware(request: NextRequest) {
  const response = NextResponse.next();
  const session = await getIronSession<SessionData>(request, response, sessionOptions);
  if (!session.userId) return NextResponse.json({ error: 'Not authenticated' }, { status: 401 });
  if (request.nextUrl.pathname.startsWith('/api/admin') && session.role !== 'admin') {
    return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  }
  return response;
}
export const config = { matcher: ['/api/admin/:path*'] };`,
        'app/api/admin/payouts/[payoutId]/route.ts': `import { NextResponse } from 'next/server';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function PATCH(request: Request, { params }: { params: { payoutId: string } }) {
  const payout = await prisma.payout.update({ where: { id: params.payoutId }, data: { status: 'paid' }, select: { id: true } });
  return NextResponse.json(payout);
}`,
      },
    },
    {
      name: 'next.js pages: `withAdmin(h)` returns `withSession((req, res) => { if (req.session.role !== "admin") 403; … })`',
      files: {
        'package.json': '{ "dependencies": { "next": "14.2.0", "mongoose": "8.0.0", "jose": "5.0.0" } }',
        'lib/models.ts': `import mongoose, { Schema } from 'mongoose';
export const User = mongoose.model('User', new Schema({ email: String, role: String, passwordHash: { type: String, select: false } }));`,
        'lib/withSession.ts': `import type { NextApiHandler, NextApiRequest, NextApiResponse } from 'next';
import { jwtVerify } from 'jose';
type SessionRequest = NextApiRequest & { session: { sub: string; role: string } };
type Handler = (req: SessionRequest, res: NextApiResponse) => unknown;
async function getSession(req: NextApiRequest) {
  const token = req.cookies.session;
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(process.env.SESSION_SECRET), { algorithms: ['HS256'] });
    return { sub: String(payload.sub), role: String(payload.role) };
  } catch {
    return null;
  }
}
export function withSession(handler: Handler): NextApiHandler {
  return async (req, res) => {
    const session = await getSession(req);
    if (!session) return res.status(401).json({ error: 'Please sign in' });
    (req as SessionRequest).session = session;
    return handler(req as SessionRequest, res);
  };
}
export function withAdmin(handler: Handler): NextApiHandler {
  return withSession((req, res) => {
    if (req.session.role !== 'admin') return res.status(403).json({ error: 'Admins only' });
    return handler(req, res);
  });
}`,
        'pages/api/admin/users.ts': `import { withAdmin } from '../../../lib/withSession';
import { User } from '../../../lib/models';
export default withAdmin(async (req, res) => {
  const users = await User.find({}).select('email role').lean();
  return res.json(users);
});`,
      },
    },
    {
      name: 'express + prisma: a directory of people that picks what it shows (`select: { id, name }`)',
      files: {
        'package.json':
          '{ "dependencies": { "express": "4.21.0", "@prisma/client": "5.0.0", "jsonwebtoken": "9.0.0" } }',
        'prisma/schema.prisma': `model User {
  id           Int    @id
  name         String
  email        String
  passwordHash String
  role         String
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
app.get('/api/users', requireAuth, async (req, res) => res.json(await prisma.user.findMany({ select: { id: true, name: true } })));
app.listen(3000);`,
      },
    },
    {
      name: "next app router: a project helper that checks the admin role itself (`requireAdmin()`: `role !== 'admin'` → 403)",
      endpoint: 'POST /api/admin/payouts/[payoutId]/approve',
      files: {
        'lib/auth.ts': `import { cookies } from 'next/headers';
import { jwtVerify } from 'jose';
export class HttpError extends Error { constructor(readonly status: number, message: string) { super(message); } }
export async function requireUser() {
  const token = cookies().get('session')?.value;
  if (!token) throw new HttpError(401, 'Authentication required');
  const { payload } = await jwtVerify(token, new TextEncoder().encode(process.env.SESSION_SECRET!), { algorithms: ['HS256'] });
  return { userId: String(payload.sub), role: String(payload.role) };
}
export async function requireAdmin() {
  const session = await requireUser();
  if (session.role !== 'admin') throw new HttpError(403, 'Forbidden');
  return session;
}`,
        'lib/db.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'app/api/admin/payouts/[payoutId]/approve/route.ts': `import { NextResponse } from 'next/server';
import { requireAdmin } from '../../../../../../lib/auth';
import { prisma } from '../../../../../../lib/db';
export async function POST(_req: Request, { params }: { params: { payoutId: string } }) {
  const admin = await requireAdmin();
  const payout = await prisma.payout.update({ where: { id: params.payoutId }, data: { status: 'approved', reviewedBy: admin.userId }, select: { id: true, status: true } });
  return NextResponse.json(payout);
}`,
      },
    },
    {
      name: 'fastify: a plugin-wide role hook from a decorator that asks a `roleOf(request.user)` helper',
      endpoint: 'GET /staff/reports/revenue',
      files: {
        'src/auth.ts': `import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import jwt from 'jsonwebtoken';
export function roleOf(user: { app_metadata?: { role?: string } }) {
  const role = user.app_metadata?.role;
  return role === 'admin' || role === 'staff' ? role : 'guest';
}
export default fp(async (app) => {
  app.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
    try { (request as any).user = jwt.verify(String(request.headers.authorization).slice(7), process.env.JWT_SECRET!, { algorithms: ['HS256'] }); }
    catch { return reply.code(401).send({ error: 'Unauthorized' }); }
  });
  app.decorate('requireRole', (...roles: string[]) => async (request: FastifyRequest, reply: FastifyReply) => {
    if (!roles.includes(roleOf((request as any).user))) return reply.code(403).send({ error: 'Forbidden' });
  });
});`,
        'src/app.ts': `import Fastify from 'fastify';
import auth from './auth';
const app = Fastify();
await app.register(auth);
await app.register(async (staff) => {
  staff.addHook('preHandler', (staff as any).authenticate);
  staff.addHook('preHandler', (staff as any).requireRole('staff', 'admin'));
  staff.get('/reports/revenue', async () => ({ totalCents: 0 }));
}, { prefix: '/staff' });
app.listen({ port: 3000 });`,
      },
    },
    {
      name: "express: the handler asks a session helper for the role (`await requireUser(req, { role: 'admin' })`), which compares and denies",
      endpoint: 'GET /admin/payouts/:id',
      files: {
        'src/auth.js': `import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();
export class HttpError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}
export async function requireUser(req, opts = {}) {
  let payload;
  try {
    payload = jwt.verify(req.cookies.session, process.env.JWT_SECRET, { algorithms: ['HS256'] });
  } catch {
    throw new HttpError(401, 'Please sign in');
  }
  const user = await prisma.user.findUnique({ where: { id: payload.sub }, select: { id: true, role: true } });
  if (!user) throw new HttpError(401, 'Please sign in');
  if (opts.role && user.role !== opts.role) throw new HttpError(403, 'You do not have access to this resource');
  return user;
}`,
        'src/app.js': `import express from 'express';
import cookieParser from 'cookie-parser';
import { prisma, requireUser } from './auth.js';
const app = express();
app.use(cookieParser());
app.get('/admin/payouts/:id', async (req, res, next) => {
  try {
    await requireUser(req, { role: 'admin' });
    res.json(await prisma.payout.findUnique({ where: { id: req.params.id }, select: { id: true, amountCents: true } }));
  } catch (err) {
    next(err);
  }
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: a sibling whose role is read off the caller's membership of the group is no platform role",
      endpoint: 'PATCH /groups/:groupId/members/:memberId',
      files: GROUP_MEMBERS_APP,
    },
    {
      name: 'express: an admin listing guarded by a role predicate asked about the caller (`if (!(await isPlatformAdmin(req.user.id)))`)',
      endpoint: 'GET /admin/groups',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/permissions.js': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();
export async function isPlatformAdmin(userId) {
  const row = await prisma.user.findUnique({ where: { id: userId }, select: { isPlatformAdmin: true } });
  return row?.isPlatformAdmin === true;
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { isPlatformAdmin, prisma } from './permissions.js';
const app = express();
app.get('/admin/groups', requireAuth, async (req, res) => {
  if (!(await isPlatformAdmin(req.user.id))) return res.status(403).json({ error: 'Forbidden' });
  res.json(await prisma.group.findMany({ select: { id: true, name: true } }));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: an admin middleware that compares a role field named for its scope (`req.auth.platformRole`)',
      endpoint: 'GET /admin/users',
      files: {
        'src/auth.ts': `import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';
export class HttpError extends Error {
  constructor(public status: number, message: string) { super(message); }
}
export function authenticate(req: Request, _res: Response, next: NextFunction) {
  try {
    const claims = jwt.verify(req.headers.authorization?.slice(7) ?? '', process.env.JWT_SECRET!, { algorithms: ['HS256'] }) as { sub: string; role: string };
    req.auth = { userId: claims.sub, platformRole: claims.role };
    next();
  } catch {
    next(new HttpError(401, 'Invalid or expired token'));
  }
}
export function requireAdmin(req: Request, _res: Response, next: NextFunction) {
  if (req.auth?.platformRole !== 'admin') return next(new HttpError(403, 'Administrator access required'));
  next();
}`,
        'src/app.ts': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { authenticate, requireAdmin } from './auth';
const prisma = new PrismaClient();
const app = express();
const admin = express.Router();
admin.use(authenticate);
admin.get('/users', requireAdmin, async (_req, res) => {
  res.json(await prisma.user.findMany({ select: { id: true, email: true } }));
});
app.use('/admin', admin);
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: cancelling one's own payout request (scoped to the caller) beside role-gated routes of the collection",
      endpoint: 'PATCH /payouts/:id/reject',
      files: {
        'src/auth.js': `${EXPRESS_REQUIRE_AUTH}
export const requireRole = (role) => (req, res, next) => (req.user.role === role ? next() : res.status(403).end());`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth, requireRole } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/payouts', requireAuth, async (req, res) => {
  const payout = await prisma.payout.create({ data: { amountCents: Number(req.body.amountCents), landlordId: req.user.id }, select: { id: true } });
  res.status(201).json(payout);
});
app.get('/payouts/pending', requireAuth, requireRole('admin'), async (req, res) => {
  res.json(await prisma.payout.findMany({ where: { status: 'requested' }, select: { id: true, amountCents: true } }));
});
app.patch('/payouts/:id/reject', requireAuth, async (req, res) => {
  const { count } = await prisma.payout.updateMany({ where: { id: req.params.id, landlordId: req.user.id, status: 'requested' }, data: { status: 'withdrawn' } });
  if (count === 0) return res.status(404).end();
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: the staff router admits only callers with a row in the staff table (being staff is the role)',
      endpoint: 'GET /api/v1/staff/dashboard',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const staff = express.Router();
staff.use(requireAuth, async (req, res, next) => {
  const assignments = await prisma.staffMember.findMany({ where: { userId: req.user.id, active: true } });
  if (assignments.length === 0) return res.status(403).json({ error: 'Staff access only' });
  req.restaurantIds = assignments.map((a) => a.restaurantId);
  next();
});
staff.get('/dashboard', async (req, res) => {
  res.json(await prisma.reservation.count({ where: { restaurantId: { in: req.restaurantIds } } }));
});
const app = express();
app.use('/api/v1/staff', staff);
app.listen(3000);`,
      },
    },
    {
      name: 'express: any signed-in user creates an organization; renaming one takes the owner role within it',
      endpoint: 'POST /orgs',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/org.js': ORG_MEMBERSHIP,
        'src/models.js': `const Org = { create: async () => ({}), update: async () => [1] };
const Membership = { findOne: async () => null, create: async () => ({}) };
module.exports = { Org, Membership };`,
        'src/app.js': `const express = require('express');
const { requireAuth } = require('./auth.js');
const { requireOrgRole } = require('./org.js');
const { Org, Membership } = require('./models');
const app = express();
app.use(express.json());
app.post('/orgs', requireAuth, async (req, res) => {
  const org = await Org.create({ name: String(req.body.name), plan: 'free' });
  res.status(201).json({ id: org.id });
});
app.patch('/orgs/:orgId', requireAuth, requireOrgRole('owner'), async (req, res) => {
  await Org.update({ name: String(req.body.name) }, { where: { id: req.params.orgId } });
  res.json({ ok: true });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: the admin middleware loads the caller and checks a flag named for the role (`isPlatformAdmin`)',
      endpoint: 'GET /api/admin/users',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
async function requirePlatformAdmin(req, res, next) {
  const me = await prisma.user.findUnique({ where: { id: req.user.id }, select: { isPlatformAdmin: true } });
  if (!me?.isPlatformAdmin) return res.status(403).json({ error: 'Platform administrators only' });
  next();
}
const app = express();
app.get('/api/admin/users', requireAuth, requirePlatformAdmin, async (req, res) => {
  res.json(await prisma.user.findMany({ select: { id: true, email: true } }));
});
app.listen(3000);`,
      },
    },
    {
      name: "nestjs + typeorm: a spending report of the caller's own invoices",
      endpoint: 'GET /billing/reports/spending',
      files: nestTypeormApp(`  @Get('reports/spending')
  spending(@CurrentUser() user: { patientId: string }) {
    return this.invoices.find({ where: { patientId: user.patientId }, select: { id: true, amountCents: true } });
  }`),
    },
    {
      name: "next.js pages: the same admin listing with withAuth(handler, { roles: ['admin'] })",
      endpoint: 'GET /api/admin/users',
      files: {
        'package.json': '{ "dependencies": { "next": "14.0.0", "mongoose": "8.0.0", "jsonwebtoken": "9.0.0" } }',
        'lib/auth.ts': NEXT_PAGES_WITH_AUTH,
        'lib/models.ts': NEXT_PAGES_MONGOOSE_MODELS,
        'pages/api/admin/users.ts': `import { withAuth } from '../../../lib/auth';
import { User } from '../../../lib/models';
export default withAuth(
  async (req, res) => {
    if (req.method !== 'GET') return res.status(405).end();
    const users = await User.find({}).select('email role').lean();
    return res.status(200).json({ users });
  },
  { roles: ['admin'] },
);`,
      },
    },
    {
      name: "express + mongoose: `PUT /members/:id/role` with the caller's admin role checked in the handler",
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Member = mongoose.model('Member', new mongoose.Schema({ name: String, role: String }));
const app = express();
app.use(express.json());
app.put('/api/v1/members/:id/role', requireAuth, async (req, res) => {
  if (req.user.role !== 'admin') return res.status(403).json({ error: 'Forbidden' });
  await Member.updateOne({ _id: String(req.params.id) }, { role: String(req.body.role) });
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: "hono: the role the auth middleware put in the context (`c.set('role', …)`), read back with `c.get('role')`",
      endpoint: 'GET /api/v1/admin/users',
      files: {
        'src/app.ts': `import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import { verify } from 'hono/jwt';
import { HTTPException } from 'hono/http-exception';
import { prisma } from './db';
const requireAuth = createMiddleware(async (c, next) => {
  const token = getCookie(c, 'session');
  if (!token) throw new HTTPException(401, { message: 'Not signed in' });
  const payload = await verify(token, process.env.JWT_SECRET!, 'HS256');
  c.set('userId', String(payload.sub));
  c.set('role', payload.role);
  await next();
});
const requireRole = (...allowed: string[]) =>
  createMiddleware(async (c, next) => {
    if (!allowed.includes(c.get('role'))) throw new HTTPException(403, { message: 'Forbidden' });
    await next();
  });
const admin = new Hono();
admin.use('*', requireAuth);
admin.get('/users', requireRole('admin'), async (c) => c.json(await prisma.user.findMany({ select: { id: true, email: true } })));
const app = new Hono();
app.route('/api/v1/admin', admin);
export default app;`,
      },
    },
    {
      name: 'hono: a role factory that returns `createMiddleware(async (c, next) => …)` guards the admin routes',
      files: {
        'src/app.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { prisma } from './db';
const requireRole = (...roles: string[]) =>
  createMiddleware(async (c, next) => {
    const payload = c.get('jwtPayload');
    if (!payload || !roles.includes(payload.role)) throw new HTTPException(403, { message: 'Forbidden' });
    await next();
  });
const admin = new Hono();
admin.use('*', jwt({ secret: process.env.JWT_SECRET! }));
admin.get('/users', requireRole('ADMIN'), async (c) => c.json(await prisma.user.findMany({ select: { id: true, email: true } })));
const app = new Hono();
app.route('/api/v1/admin', admin);
export default app;`,
      },
    },
    {
      name: 'fastify: a decorated role factory kept in a variable (`const staffOnly = fastify.requireRole(...)`) guards staff routes',
      files: {
        'src/server.js': `import Fastify from 'fastify';
import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
const app = Fastify();
app.register(fastifyJwt, { secret: process.env.JWT_SECRET, sign: { expiresIn: '1h' } });
app.register(fp(async (fastify) => {
  fastify.decorate('authenticate', async (request, reply) => {
    try { await request.jwtVerify(); } catch { return reply.code(401).send({ error: 'Unauthorized' }); }
  });
  fastify.decorate('requireRole', (...roles) => async (request, reply) => {
    if (!roles.includes(request.user.role)) return reply.code(403).send({ error: 'Forbidden' });
  });
}));
app.register(async (fastify) => {
  fastify.addHook('onRequest', fastify.authenticate);
  const staffOnly = fastify.requireRole('admin');
  fastify.delete('/users/:id', { preHandler: staffOnly }, async (request) => ({ deleted: request.params.id }));
}, { prefix: '/api/v1/admin' });
app.listen({ port: 3000 });`,
      },
    },
    {
      name: "express + prisma: uploads are every user's own content, even in a table that records no uploader",
      endpoint: 'POST /files',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'prisma/schema.prisma': `model User {
  id    String @id
  email String
  role  String
}
model Lot {
  id    String @id
  name  String
  city  String
  spots Int
}
model File {
  id   String @id
  path String
  size Int
}`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
function requireAdmin(req, res, next) {
  if (req.user.role !== 'admin') return res.status(403).json({ error: 'Admins only' });
  next();
}
app.delete('/users/:id', requireAuth, requireAdmin, async (req, res) => {
  await prisma.user.delete({ where: { id: req.params.id } });
  res.status(204).end();
});
app.post('/files', requireAuth, async (req, res) => {
  const file = await prisma.file.create({ data: { path: String(req.body.path), size: Number(req.body.size) } });
  res.status(201).json(file);
});
app.listen(3000);`,
      },
    },
    {
      name: 'hono: a middleware verifies with hono/jwt and checks the role on the verified payload',
      endpoint: 'GET /admin/stats',
      files: {
        'src/check-role.ts': `import type { Context, Next } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { verify } from 'hono/jwt';
const checkRole = (roles: string[] = []) => async (c: Context, next: Next) => {
  const token = c.req.header('Authorization')?.split('Bearer ')[1];
  if (!token) throw new HTTPException(401, { message: 'Requires token' });
  const payload = await verify(token, process.env.JWT_SECRET!);
  if (roles.length && !roles.includes(payload.role as string)) throw new HTTPException(403, { message: 'Forbidden' });
  c.set('user', payload);
  await next();
};
export default checkRole;`,
        'src/index.ts': `import { Hono } from 'hono';
import checkRole from './check-role';
import { db } from './db';
const app = new Hono();
app.get('/admin/stats', checkRole(['admin']), async (c) => c.json(await db.query.orders.findMany()));
export default app;`,
      },
    },
    {
      name: 'express: requireRole("admin") after requireAuth',
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
      name: 'express: role checked in the handler',
      endpoint: 'GET /admin/users',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/admin/users', requireAuth, async (req, res) => {
  if (req.user.role !== 'admin') return res.status(403).json({ error: 'Forbidden' });
  res.json(await prisma.user.findMany({ select: { id: true, email: true } }));
});
app.listen(3000);`,
      },
    },
    {
      name: 'nestjs: RolesGuard with @Roles("admin")',
      endpoint: 'GET /admin/stats',
      files: {
        'src/roles.guard.ts': `import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
export const Roles = (...roles: string[]) => SetMetadata('roles', roles);
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private reflector: Reflector) {}
  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.get<string[]>('roles', context.getHandler());
    const user = context.switchToHttp().getRequest().user;
    return !roles || roles.includes(user?.role);
  }
}`,
        'src/admin.controller.ts': `import { Controller, Get, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { Roles, RolesGuard } from './roles.guard';
import { PrismaService } from './prisma.service';
@Controller('admin')
@UseGuards(AuthGuard('jwt'), RolesGuard)
export class AdminController {
  constructor(private readonly prisma: PrismaService) {}
  @Get('stats')
  @Roles('admin')
  stats() {
    return this.prisma.user.count();
  }
}`,
        'src/prisma.service.ts': `import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
@Injectable()
export class PrismaService extends PrismaClient {}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { AdminController } from './admin.controller';
import { PrismaService } from './prisma.service';
@Module({ controllers: [AdminController], providers: [PrismaService] })
export class AppModule {}`,
        'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
const app = await NestFactory.create(AppModule);
await app.listen(3000);`,
      },
    },
    {
      name: 'express: admin router with requireAuth and requireAdmin at mount',
      endpoint: 'POST /admin/plans',
      files: {
        'src/auth.js': `import jwt from 'jsonwebtoken';
export function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}
export function requireAdmin(req, res, next) {
  if (!req.user?.isAdmin) return res.status(403).json({ error: 'Forbidden' });
  next();
}`,
        'src/admin.js': `import { Router } from 'express';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export const admin = Router();
admin.post('/plans', async (req, res) => {
  res.status(201).json(await prisma.plan.create({ data: { name: String(req.body.name), price: Number(req.body.price) } }));
});`,
        'src/app.js': `import express from 'express';
import { requireAuth, requireAdmin } from './auth.js';
import { admin } from './admin.js';
const app = express();
app.use(express.json());
app.use('/admin', requireAuth, requireAdmin, admin);
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: the product catalogue exported as CSV behind sign-in only (no one's records)",
      endpoint: 'GET /products/export',
      files: exportApp('products', 'product'),
    },
    {
      name: 'express + prisma: enrolments made by a role list constant of ordinary users make no staff function',
      endpoint: 'PATCH /enrolments/:id',
      files: learnerRoleApp(),
    },
  ],
});
