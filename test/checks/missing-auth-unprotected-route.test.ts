import { runCheckCases } from './check-tester.ts';
import {
  draftEpisodeApp,
  EXPRESS_REQUIRE_AUTH,
  expressPrismaApp,
  HONO_DEVICE_TELEMETRY,
  NEXT_PAGES_MONGOOSE_MODELS,
  NEXT_PAGES_WITH_AUTH,
  nextSessionApp,
  SPEAKER_PROFILE_APP,
  TYPEORM_FLEET,
} from './snippets.ts';

/** Express + Mongoose: `GET /pets/:petId` without sign-in; pets are created and changed by `requireRole(<writer>)` routes. */
function shelterApp(writer: string, extraField: string): Record<string, string> {
  return {
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/models.js': `import mongoose from 'mongoose';
const petSchema = new mongoose.Schema({
  name: String,
  species: String,
  status: String,
  shelter: { type: mongoose.Schema.Types.ObjectId, ref: 'Shelter' },${extraField}
});
export const Pet = mongoose.model('Pet', petSchema);
const shelterSchema = new mongoose.Schema({
  name: String,
  owner: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
});
export const Shelter = mongoose.model('Shelter', shelterSchema);`,
    'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { Pet } from './models.js';
const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());
const app = express();
app.use(express.json());
app.get('/pets/:petId', async (req, res) => {
  const pet = await Pet.findById(req.params.petId).select('name species status').lean();
  if (!pet) return res.status(404).end();
  res.json(pet);
});
app.post('/pets', requireAuth, requireRole('${writer}'), async (req, res) => {
  const pet = await Pet.create({ name: String(req.body.name), species: String(req.body.species) });
  res.status(201).json({ id: pet.id });
});
app.patch('/pets/:petId', requireAuth, requireRole('${writer}'), async (req, res) => {
  await Pet.updateOne({ _id: req.params.petId }, { status: String(req.body.status) });
  res.status(204).end();
});
app.listen(3000);`,
  };
}

/** Hono + Drizzle: a printable recipe page behind `viewerMiddleware`, and a signed-in list behind `requireUser`. */
function recipePrintApp(viewerMiddleware: string): Record<string, string> {
  return {
    'src/auth.ts': `import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import { loadSessionUser } from './session';
export const optionalUser = createMiddleware(async (c, next) => {
  const sid = getCookie(c, 'sid');
  if (sid) {
    const user = await loadSessionUser(sid);
    if (user) c.set('user', user);
  }
  await next();
});
export const logRequest = createMiddleware(async (c, next) => {
  console.log(c.req.method, c.req.path);
  await next();
});
export const requireUser = createMiddleware(async (c, next) => {
  const sid = getCookie(c, 'sid');
  const user = sid ? await loadSessionUser(sid) : null;
  if (!user) return c.json({ error: 'Unauthorized' }, 401);
  c.set('user', user);
  await next();
});`,
    'src/session.ts': `export async function loadSessionUser(sid: string) {
  return sid.length > 10 ? { id: 1 } : null;
}`,
    'src/index.ts': `import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { db } from './db';
import { recipes } from './schema';
import { ${viewerMiddleware}, requireUser } from './auth';
const app = new Hono();
app.get('/api/recipes/:id/print', ${viewerMiddleware}, async (c) => {
  const [recipe] = await db
    .select({ title: recipes.title, notes: recipes.privateNotes })
    .from(recipes)
    .where(eq(recipes.id, Number(c.req.param('id'))));
  if (!recipe) return c.text('Not found', 404);
  return c.text(\`\${recipe.title}\\n\${recipe.notes}\`);
});
app.get('/api/my/recipes', requireUser, async (c) => {
  return c.json(await db.select({ id: recipes.id }).from(recipes).where(eq(recipes.authorId, c.get('user').id)));
});
export default app;`,
  };
}

const LIVE_FEED = `app.get('/api/greenhouses/:id/live', async (req, res) => {
  res.json(await Greenhouse.findById(req.params.id).select('name').lean());
});`;

/** Express + Mongoose: a signed partner callback, an unauthenticated live feed of an object, and a signed-in list. */
const greenhouseApp = (live: boolean): Record<string, string> => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/signature.js': `import crypto from 'node:crypto';
export function verifyLabSignature(req, res, next) {
  const signature = req.headers['x-lab-signature'];
  if (typeof signature !== 'string') return res.status(401).json({ error: 'Missing signature' });
  const expected = crypto.createHmac('sha256', process.env.LAB_SECRET).update(JSON.stringify(req.body ?? {})).digest();
  const provided = Buffer.from(signature, 'hex');
  if (provided.length !== expected.length || !crypto.timingSafeEqual(provided, expected))
    return res.status(401).json({ error: 'Bad signature' });
  next();
}`,
  'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
import { verifyLabSignature } from './signature.js';
const LabOrder = mongoose.model('LabOrder', new mongoose.Schema({ ref: String, status: String, patient: { type: mongoose.Types.ObjectId, ref: 'Patient' } }));
const Greenhouse = mongoose.model('Greenhouse', new mongoose.Schema({ name: String, owner: { type: mongoose.Types.ObjectId, ref: 'User' }, shareToken: String }));
const app = express();
app.use(express.json());
app.post('/api/integrations/lab/orders/:ref/status', verifyLabSignature, async (req, res) => {
  const order = await LabOrder.findOneAndUpdate({ ref: req.params.ref }, { status: String(req.body.status) }, { new: true });
  if (!order) return res.status(404).json({ error: 'Unknown order' });
  res.json({ ok: true });
});
${live ? LIVE_FEED : ''}
app.get('/api/greenhouses', requireAuth, async (req, res) => {
  res.json(await Greenhouse.find({ owner: req.user.id }).select('name').lean());
});
app.listen(3000);`,
});

/** Next.js pages + Drizzle: meetups, an optional `getSessionUser` beside a rejecting `requireUser`, and one GET route. */
function meetupsApp(route: string, file = 'pages/api/meetups/[id].ts'): Record<string, string> {
  return {
    'package.json':
      '{ "dependencies": { "next": "14.2.0", "drizzle-orm": "0.30.0", "pg": "8.12.0", "jsonwebtoken": "9.0.0" } }',
    'lib/db.ts': `import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
export const db = drizzle(new Pool());`,
    'lib/schema.ts': `import { boolean, integer, pgTable, text } from 'drizzle-orm/pg-core';
export const meetups = pgTable('meetups', { id: integer('id').primaryKey(), title: text('title'), isPrivate: boolean('is_private'), organizerId: integer('organizer_id'), inviteCode: text('invite_code') });
export const rsvps = pgTable('rsvps', { meetupId: integer('meetup_id'), userId: integer('user_id') });`,
    'lib/session.ts': `import jwt from 'jsonwebtoken';
import type { NextApiRequest, NextApiResponse } from 'next';
export async function getSessionUser(req: NextApiRequest) {
  const token = req.cookies.session;
  if (!token) return null;
  try {
    const p = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] }) as { sub: string };
    return { id: Number(p.sub) };
  } catch {
    return null;
  }
}
export async function requireUser(req: NextApiRequest, res: NextApiResponse) {
  const user = await getSessionUser(req);
  if (!user) {
    res.status(401).json({ error: 'Unauthorized' });
    return null;
  }
  return user;
}`,
    'lib/access.ts': `import { and, eq } from 'drizzle-orm';
import { db } from './db';
import { rsvps } from './schema';
export async function canSeeMeetup(meetup: { id: number; isPrivate: boolean; organizerId: number }, viewer: { id: number } | null) {
  if (!meetup.isPrivate) return true;
  if (!viewer) return false;
  if (meetup.organizerId === viewer.id) return true;
  const [rsvp] = await db.select().from(rsvps).where(and(eq(rsvps.meetupId, meetup.id), eq(rsvps.userId, viewer.id)));
  return !!rsvp;
}`,
    'pages/api/rsvps.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { eq } from 'drizzle-orm';
import { db } from '../../lib/db';
import { rsvps } from '../../lib/schema';
import { requireUser } from '../../lib/session';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireUser(req, res);
  if (!user) return;
  return res.json(await db.select().from(rsvps).where(eq(rsvps.userId, user.id)));
}`,
    [file]: route,
  };
}

/** NestJS + Prisma with a global JWT guard that `@Public()` skips, and one controller. */
function nestPublicApp(controller: string): Record<string, string> {
  return {
    'package.json':
      '{ "dependencies": { "@nestjs/common": "10.0.0", "@nestjs/core": "10.0.0", "@nestjs/passport": "10.0.0", "@prisma/client": "5.0.0" } }',
    'prisma/schema.prisma': `model User {
  id    Int    @id
  name  String
  email String
  role  String
}
model Policy {
  id           Int    @id
  policyNumber String
  premium      Int
  customerId   Int
  customer     User   @relation(fields: [customerId], references: [id])
}`,
    'src/public.decorator.ts': `import { SetMetadata } from '@nestjs/common';
export const IS_PUBLIC_KEY = 'isPublic';
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);`,
    'src/jwt-auth.guard.ts': `import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { IS_PUBLIC_KEY } from './public.decorator';
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private reflector: Reflector) { super(); }
  canActivate(context: ExecutionContext) {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [context.getHandler(), context.getClass()])) return true;
    return super.canActivate(context);
  }
}`,
    'src/prisma.service.ts': `import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
@Injectable()
export class PrismaService extends PrismaClient {}`,
    'src/directory.controller.ts': controller,
    'src/me.controller.ts': `import { Controller, Get, Req } from '@nestjs/common';
import { PrismaService } from './prisma.service';
@Controller('me')
export class MeController {
  constructor(private readonly prisma: PrismaService) {}
  @Get('policies')
  mine(@Req() req) { return this.prisma.policy.findMany({ where: { customerId: req.user.id }, select: { policyNumber: true } }); }
}`,
    'src/app.module.ts': `import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DirectoryController } from './directory.controller';
import { MeController } from './me.controller';
import { PrismaService } from './prisma.service';
import { JwtAuthGuard } from './jwt-auth.guard';
@Module({ controllers: [DirectoryController, MeController], providers: [PrismaService, { provide: APP_GUARD, useClass: JwtAuthGuard }] })
export class AppModule {}`,
    'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
const app = await NestFactory.create(AppModule);
await app.listen(3000);`,
  };
}

/** Express + Mongoose: a staff-curated vehicle read without sign-in, with the projection the variant names. */
function vehicleCatalogueApp(variant: string): Record<string, string> {
  return {
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Vehicle = mongoose.model('Vehicle', new mongoose.Schema({
  plate: String,
  dailyRate: Number,
  gpsTrackerId: { type: String, select: false },
  lastKnownLocation: { type: String, select: false },
}));
const requireRole = (...roles) => (req, res, next) => (roles.includes(req.user.role) ? next() : res.status(403).end());
const app = express();
app.use(express.json());
${variant}
app.patch('/api/vehicles/:id', requireAuth, requireRole('admin'), async (req, res) => {
  await Vehicle.updateOne({ _id: req.params.id }, { $set: { dailyRate: Number(req.body.dailyRate) } });
  res.status(204).end();
});
app.listen(3000);`,
  };
}

/** Express + Mongoose: an organisation directory read without sign-in, filtered as the variant says. */
function orgDirectoryApp(variant: string): Record<string, string> {
  return {
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Organization = mongoose.model('Organization', new mongoose.Schema({ name: String, city: String, active: Boolean, owner: { type: mongoose.Schema.Types.ObjectId, ref: 'User' } }));
const app = express();
app.get('/api/v1/orgs', async (req, res) => {
${variant}
});
app.get('/api/v1/orgs/mine', requireAuth, async (req, res) => res.json(await Organization.find({ owner: req.user.id }).lean()));
app.listen(3000);`,
  };
}

/** Express + Prisma: an export downloaded without sign-in, looked up as the variant says. */
function exportDownloadApp(variant: string): Record<string, string> {
  return {
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/api/exports', requireAuth, async (req, res) => res.json(await prisma.dataExport.findMany({ where: { ownerId: req.user.id }, select: { id: true } })));
app.get('/api/exports/:exportId/download', async (req, res) => {
  const token = String(req.query.token ?? '');
${variant}
  if (!job) return res.status(404).end();
  res.redirect(302, job.fileUrl);
});
app.listen(3000);`,
  };
}

/** Express + Mongoose: a donations API with optional sign-in, and the route the variant adds. */
function donationsApp(variant: string): Record<string, string> {
  return {
    'src/auth.js': `import jwt from 'jsonwebtoken';
export function auth(req, res, next) {
  try {
  req.user = jwt.verify(String(req.headers.authorization).replace('Bearer ', ''), process.env.JWT_SECRET, { algorithms: ['HS256'] });
  next();
  } catch {
  res.status(401).json({ error: 'Unauthorized' });
  }
}
export function optionalAuth(req, res, next) {
  const header = req.headers.authorization;
  if (header) {
  try {
    req.user = jwt.verify(header.replace('Bearer ', ''), process.env.JWT_SECRET, { algorithms: ['HS256'] });
  } catch {
    req.user = undefined;
  }
  }
  next();
}`,
    'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { auth, optionalAuth } from './auth.js';
const Donation = mongoose.model('Donation', new mongoose.Schema({ donorUser: String, donorEmail: String, amountCents: Number }));
const app = express();
app.use(express.json());
${variant}
});
app.get('/api/donations/mine', auth, async (req, res) => res.json(await Donation.find({ donorUser: req.user.sub }).select('amountCents').lean()));
app.listen(3000);`,
  };
}

/** Next.js + Prisma: a `middleware.ts` with a list of public routes (`{ method, pattern }`), beside one route file. */
function nextPublicRoutesApp(route: Record<string, string>): Record<string, string> {
  return {
    'middleware.ts': `import { NextResponse, type NextRequest } from 'next/server';
import { jwtVerify } from 'jose';
const PUBLIC_ROUTES: Array<{ method: string; pattern: RegExp }> = [
  { method: 'POST', pattern: /^\\/api\\/v1\\/users$/ },
  { method: 'GET', pattern: /^\\/api\\/v1\\/shows(\\/[^/]+)?/ },
];
async function verifySession(token: string) {
  try {
return (await jwtVerify(token, new TextEncoder().encode(process.env.SESSION_SECRET!), { algorithms: ['HS256'] })).payload;
  } catch {
return null;
  }
}
function isPublic(req: NextRequest) {
  const { pathname } = req.nextUrl;
  return PUBLIC_ROUTES.some((r) => r.method === req.method && r.pattern.test(pathname));
}
export async function middleware(req: NextRequest) {
  const headers = new Headers(req.headers);
  headers.delete('x-user-id');
  const token = req.cookies.get('session')?.value;
  const session = token ? await verifySession(token) : null;
  if (session) {
headers.set('x-user-id', String(session.sub));
  } else if (!isPublic(req)) {
return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  return NextResponse.next({ request: { headers } });
}
export const config = { matcher: ['/api/v1/users/:path*', '/api/v1/shows/:path*'] };`,
    'lib/db.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
    ...route,
    'tsconfig.json': `{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } } }`,
  };
}

/** Express + Prisma: a trial registry whose search runs `$queryRaw` with the given condition and no sign-in. */
const trialSearchApp = (condition: string) => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.get('/trials/search', async (req, res) => {
  const pattern = \`%\${String(req.query.q ?? '')}%\`;
  const rows = await prisma.$queryRaw\`SELECT id, title, phase FROM "Trial" WHERE ${condition} title ILIKE \${pattern} LIMIT 25\`;
  res.json(rows);
});
app.post('/trials', requireAuth, async (req, res) => {
  res.status(201).json(await prisma.trial.create({ data: { title: String(req.body.title), sponsorId: req.user.id }, select: { id: true } }));
});
app.listen(3000);`,
});

/** `nestPublicApp`'s controller for partners: `@Public()` opts out of the JWT guard; the route applies `guards`. */
const partnerPoliciesController = (
  guards: string,
) => `import { Controller, Get, Param, UseGuards, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { Public } from './public.decorator';
import { PrismaService } from './prisma.service';
@Injectable()
export class PartnerKeyGuard extends AuthGuard('partner-api-key') {}
@Public()
@Controller('partner')
export class DirectoryController {
  constructor(private readonly prisma: PrismaService) {}
  ${guards}
  @Get('policies/:policyNumber')
  policy(@Param('policyNumber') policyNumber: string) {
    return this.prisma.policy.findFirst({ where: { policyNumber }, select: { policyNumber: true, premium: true } });
  }
}`;

/** Express + Prisma: holidays read without sign-in with `filter`, in an app where companies keep their own. */
const holidaysApp = (filter: string) => ({
  'prisma/schema.prisma': `model Company {
  id       String    @id
  name     String
  holidays Holiday[]
}
model Holiday {
  id        String   @id
  date      DateTime
  name      String
  country   String
  companyId String?
  company   Company? @relation(fields: [companyId], references: [id])
}`,
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/holidays', async (req, res) => {
  res.json(await prisma.holiday.findMany({ where: ${filter}, select: { date: true, name: true } }));
});
app.post('/holidays', requireAuth, async (req, res) => {
  res.status(201).json(await prisma.holiday.create({ data: { date: new Date(req.body.date), name: String(req.body.name), country: 'DE', companyId: req.user.companyId }, select: { id: true } }));
});
app.listen(3000);`,
});

/** Express + TypeORM: leagues listed without sign-in through a query builder on a repository factory, with `where`. */
const leagueListApp = (where: string) => ({
  'src/entities.ts': `import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
@Entity('leagues')
export class League {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() name: string;
  @Column() ownerId: string;
  @Column() isPublic: boolean;
  @Column() inviteCode: string;
}`,
  'src/data-source.ts': `import { DataSource } from 'typeorm';
import { League } from './entities';
export const AppDataSource = new DataSource({ type: 'postgres', entities: [League] });`,
  'src/auth.ts': EXPRESS_REQUIRE_AUTH,
  'src/app.ts': `import express from 'express';
import { AppDataSource } from './data-source';
import { League } from './entities';
import { requireAuth } from './auth';
const leagueRepo = () => AppDataSource.getRepository(League);
const app = express();
app.get('/leagues', async (req, res) => {
  const qb = leagueRepo().createQueryBuilder('league').select(['league.id', 'league.name'])${where};
  res.json(await qb.orderBy('league.name').take(100).getMany());
});
app.post('/leagues', requireAuth, async (req, res) => {
  const league = await leagueRepo().save({ name: String(req.body.name), ownerId: req.user.id, isPublic: false, inviteCode: 'x' });
  res.status(201).json({ id: league.id });
});
app.listen(3000);`,
});

/** Express + mysql2: a gym's check-ins read without sign-in with `columns`; members check in signed in. */
const occupancyApp = (columns: string) => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import mysql from 'mysql2/promise';
import { requireAuth } from './auth.js';
const pool = mysql.createPool(process.env.DATABASE_URL);
const app = express();
app.get('/checkins/occupancy', async (req, res) => {
  const [rows] = await pool.execute('SELECT ${columns} FROM checkins WHERE gym_id = ? AND checked_in_at >= NOW() - INTERVAL 90 MINUTE', [Number(req.query.gymId)]);
  res.json({ gymId: Number(req.query.gymId), rows });
});
app.post('/checkins', requireAuth, async (req, res) => {
  await pool.execute('INSERT INTO checkins (gym_id, user_id) VALUES (?, ?)', [Number(req.body.gymId), req.user.id]);
  res.status(201).end();
});
app.listen(3000);`,
});

/** Next.js App Router + Supabase: `POST /api/auth/session` with `body`; `GET /api/me` requires the session. */
const supabaseSessionApp = (body: string) => ({
  'lib/supabase.ts': `import { createServerClient } from '@supabase/ssr';
import { cookies } from 'next/headers';
export const createClient = () => createServerClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!, { cookies: { getAll: () => cookies().getAll(), setAll: () => {} } });`,
  'app/api/auth/session/route.ts': `import { NextResponse } from 'next/server';
import { createClient } from '../../../../lib/supabase';
export async function POST(req: Request) {
  const { email, password } = await req.json();
  const supabase = createClient();
${body}
}`,
  'app/api/me/route.ts': `import { NextResponse } from 'next/server';
import { createClient } from '../../../lib/supabase';
export async function GET() {
  const supabase = createClient();
  const { data } = await supabase.auth.getUser();
  if (!data.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { data: profile } = await supabase.from('profiles').select('id, display_name').eq('id', data.user.id).single();
  return NextResponse.json(profile);
}`,
});

/** Koa + koa-jwt with `.unless({ custom })`: a room's occupancy (guests' names) behind the global JWT check. */
const koaCustomUnlessApp = (custom: string) => ({
  'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import jwt from 'koa-jwt';
import pg from 'pg';
const pool = new pg.Pool();
const app = new Koa();
const router = new Router({ prefix: '/api' });
router.get('/rates', async (ctx) => {
  ctx.body = (await pool.query('SELECT id, name, nightly_cents FROM rates WHERE is_public = true')).rows;
});
router.get('/rooms/:roomId/occupancy', async (ctx) => {
  ctx.body = (await pool.query('SELECT r.check_in, g.full_name, g.email FROM reservations r JOIN guests g ON g.id = r.guest_id WHERE r.room_id = $1', [Number(ctx.params.roomId)])).rows;
});
router.post('/reservations', async (ctx) => {
  ctx.body = (await pool.query('INSERT INTO reservations (room_id, guest_id) VALUES ($1, $2) RETURNING id', [Number(ctx.request.body.roomId), ctx.state.user.sub])).rows[0];
});
app.use(jwt({ secret: process.env.JWT_SECRET }).unless({ custom: ${custom} }));
app.use(router.routes());
app.listen(3000);`,
});

/**
 * Koa + knex: a global `authenticate` that first lets the routes of the app's own table through (`if
 * (isPublicRoute(ctx)) return next()`), then runs koa-jwt; `publicRoutes` is the table's entries.
 */
const koaPublicTableApp = (publicRoutes: string) => ({
  'package.json':
    '{ "dependencies": { "koa": "2.15.0", "@koa/router": "12.0.1", "koa-jwt": "4.0.4", "knex": "3.1.0" } }',
  'src/auth.js': `import koaJwt from 'koa-jwt';
const PUBLIC_ROUTES = [
  ['POST', /^\\/api\\/v1\\/auth\\/login$/],
  ${publicRoutes}
];
export function isPublicRoute(ctx) {
  return PUBLIC_ROUTES.some(([method, pattern]) => ctx.method === method && pattern.test(ctx.path));
}
const verifyJwt = koaJwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'], key: 'user' });
export async function authenticate(ctx, next) {
  if (isPublicRoute(ctx)) {
    return next();
  }
  return verifyJwt(ctx, next);
}`,
  'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import knexFactory from 'knex';
import { authenticate } from './auth.js';
const db = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const app = new Koa();
const router = new Router({ prefix: '/api/v1' });
router.post('/auth/login', async (ctx) => { ctx.body = { ok: true }; });
router.get('/permit-types', async (ctx) => {
  ctx.body = await db('permit_types').select('code', 'name').where({ active: true });
});
router.get('/invoices/:id', async (ctx) => {
  ctx.body = await db('invoices').select('id', 'number', 'amount_cents', 'applicant_id').where('id', ctx.params.id).first();
});
app.use(authenticate);
app.use(router.routes());
app.listen(3000);`,
});

/**
 * Express + Prisma: a global `requireAuth` that first lets the app's public areas through (`if
 * (PUBLIC_PREFIXES.some((p) => req.path.startsWith(p))) return next()`); `prefixes` is the list.
 */
const expressPublicPathsApp = (prefixes: string) =>
  expressPrismaApp(`const PUBLIC_PREFIXES = [${prefixes}];
app.use((req, res, next) => {
  if (PUBLIC_PREFIXES.some((p) => req.path.startsWith(p))) return next();
  return requireAuth(req, res, next);
});
app.get('/api/health', (req, res) => res.json({ ok: true }));
app.get('/api/orders/:id', async (req, res) => {
  res.json(await prisma.order.findUnique({ where: { id: req.params.id }, select: { id: true, total: true, customerEmail: true } }));
});`);

/**
 * Express + Prisma: a password reset under `/account/password` (no reset word in the path): `start` is the request
 * step's handler body, `finish` the completion step's.
 */
const accountPasswordApp = (start: string, finish: string) =>
  expressPrismaApp(`app.get('/api/account', requireAuth, async (req, res) => {
  res.json(await prisma.user.findUnique({ where: { id: req.user.id }, select: { id: true, email: true } }));
});
app.post('/api/account/password', async (req, res) => {
  ${start}
});
app.put('/api/account/password', async (req, res) => {
  ${finish}
});`);
const RESET_START = `const user = await prisma.user.findUnique({ where: { email: String(req.body.email) }, select: { id: true, email: true } });
  if (user) {
    const token = randomBytes(32).toString('hex');
    await prisma.user.update({ where: { id: user.id }, data: { resetToken: token, resetTokenExpires: new Date(Date.now() + 1800000) } });
    await sendResetEmail(user.email, token);
  }
  res.json({ message: 'If the account exists, a link was sent.' });`;
const RESET_FINISH = `const user = await prisma.user.findFirst({ where: { resetToken: String(req.body.token) }, select: { id: true } });
  if (!user) return res.status(400).json({ error: 'Invalid link' });
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hash(String(req.body.password)), resetToken: null } });
  res.json({ ok: true });`;

/**
 * Hono + Drizzle: a shows sub-app behind `authJwt()`, the project's factory whose body is `factory` (returning the
 * hono/jwt middleware, or something else).
 */
const honoJwtFactoryApp = (factory: string) => ({
  'package.json': '{ "dependencies": { "hono": "4.6.0", "drizzle-orm": "0.33.0" } }',
  'src/auth.ts': `import { jwt } from 'hono/jwt';
export const authJwt = () => ${factory};`,
  'src/index.ts': `import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { db } from './db';
import { shows } from './schema';
import { jwt } from 'hono/jwt';
import { authJwt } from './auth';
const showRoutes = new Hono();
showRoutes.use('*', authJwt());
showRoutes.get('/', (c) => c.json(db.select({ id: shows.id, title: shows.title }).from(shows).where(eq(shows.ownerId, c.get('jwtPayload').sub)).all()));
const app = new Hono();
app.use('/api/me', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));
app.get('/api/me', (c) => c.json({ id: c.get('jwtPayload').sub }));
app.route('/api/shows', showRoutes);
export default app;`,
});

/**
 * Next.js pages + Mongoose + iron-session: a file that dispatches on `req.method` with `switch`, exported as
 * `withApi(withStaff(handler))` — two wrappers of the project; `allow` is what `withStaff` asks of the session's user.
 */
const nestedWrappersApp = (allow: string) => ({
  'package.json': '{ "dependencies": { "next": "14.2.0", "mongoose": "8.4.0", "iron-session": "8.0.1" } }',
  'lib/auth.ts': `import type { NextApiHandler } from 'next';
import { getIronSession } from 'iron-session';
function guarded(allow: (user: { role: string }) => boolean, handler: NextApiHandler): NextApiHandler {
  return async (req, res) => {
    const session = await getIronSession<{ user?: { id: string; role: string } }>(req, res, { password: process.env.SESSION_SECRET!, cookieName: 'sid' });
    if (!session.user) return res.status(401).json({ error: 'Authentication required' });
    if (!allow(session.user)) return res.status(403).json({ error: 'Forbidden' });
    return handler(req, res);
  };
}
export const withStaff = (handler: NextApiHandler) => guarded((u) => ${allow}, handler);`,
  'lib/api.ts': `import type { NextApiHandler } from 'next';
export function withApi(handler: NextApiHandler): NextApiHandler {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch {
      if (!res.headersSent) res.status(500).json({ error: 'Internal server error' });
    }
  };
}`,
  'pages/api/tables.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import mongoose from 'mongoose';
import { withStaff } from '../../lib/auth';
import { withApi } from '../../lib/api';
const Table = mongoose.model('Table', new mongoose.Schema({ label: String, seats: Number, restaurantId: String }));
async function handler(req: NextApiRequest, res: NextApiResponse) {
  switch (req.method) {
    case 'GET':
      return res.json(await Table.find({ restaurantId: String(req.query.restaurantId) }).select('label seats').lean());
    default:
      return res.status(405).end();
  }
}
export default withApi(withStaff(handler));`,
});

/**
 * Next.js pages + Mongoose + iron-session: `/api/account` whose POST creates an account and `signIn` (what it does with
 * the session afterwards); its GET reads the signed-in account.
 */
const accountSignupApp = (signIn: string) => ({
  'package.json':
    '{ "dependencies": { "next": "14.2.0", "mongoose": "8.4.0", "iron-session": "8.0.1", "bcryptjs": "2.4.3" } }',
  'pages/api/account.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import mongoose from 'mongoose';
import bcrypt from 'bcryptjs';
import { getIronSession } from 'iron-session';
const User = mongoose.model('User', new mongoose.Schema({ name: String, email: String, passwordHash: String }));
const getSession = (req: NextApiRequest, res: NextApiResponse) =>
  getIronSession<{ user?: { id: string } }>(req, res, { password: process.env.SESSION_SECRET!, cookieName: 'sid' });
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    const user = await User.create({ name: String(req.body.name), email: String(req.body.email), passwordHash: await bcrypt.hash(String(req.body.password), 12) });
    const session = await getSession(req, res);
    ${signIn}
    return res.status(201).json({ id: user.id });
  }
  const session = await getSession(req, res);
  if (!session.user) return res.status(401).end();
  const me = await User.findById(session.user.id).select('name email');
  return res.json(me);
}`,
});

/** Express + express-jwt with `.unless({ path })`: `paths` are the paths it lets through. */
const expressJwtUnlessApp = (paths: string) => ({
  'package.json': '{ "dependencies": { "express": "4.19.0", "express-jwt": "8.4.1", "@prisma/client": "5.10.0" } }',
  'src/app.js': `import express from 'express';
import { expressjwt } from 'express-jwt';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }).unless({ path: [${paths}] }));
app.post('/api/login', (req, res) => res.json({ ok: true }));
app.get('/api/me', async (req, res) => {
  res.json(await prisma.user.findUnique({ where: { id: req.auth.sub }, select: { id: true, name: true } }));
});
app.get('/api/payouts/:id', async (req, res) => {
  res.json(await prisma.payout.findUnique({ where: { id: req.params.id }, select: { id: true, amount: true, iban: true } }));
});
app.listen(3000);`,
});

/**
 * Fastify: a plugin whose `onRequest` hook authenticates through the decorated `app.authenticate` unless the route's
 * config says `public`; the grade route is registered with `gradeConfig`.
 */
const fastifyPublicConfigApp = (gradeConfig: string) => ({
  'src/server.ts': `import Fastify from 'fastify';
import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
import { db, grades } from './db';
import { eq } from 'drizzle-orm';
const app = Fastify();
app.register(fastifyJwt, { secret: process.env.JWT_SECRET!, sign: { expiresIn: '15m' } });
app.register(fp(async (f) => {
  f.decorate('authenticate', async (request, reply) => {
    try { await request.jwtVerify(); } catch { return reply.code(401).send({ error: 'unauthorized' }); }
  });
}));
app.register(async (api) => {
  api.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config.public) return;
    return api.authenticate(request, reply);
  });
  api.get('/grades', async (request) => db.select({ id: grades.id }).from(grades).where(eq(grades.studentId, Number(request.user.sub))));
  api.get('/grades/:gradeId', { ${gradeConfig} }, async (request) => {
    const [grade] = await db.select({ id: grades.id, score: grades.score }).from(grades).where(eq(grades.id, Number(request.params.gradeId)));
    return grade;
  });
}, { prefix: '/api' });
app.listen({ port: 3000 });`,
  'src/db.ts': `import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { integer, pgTable, serial } from 'drizzle-orm/pg-core';
export const students = pgTable('students', { id: serial('id').primaryKey() });
export const grades = pgTable('grades', { id: serial('id').primaryKey(), studentId: integer('student_id').notNull().references(() => students.id), score: integer('score') });
export const db = drizzle(postgres(process.env.DATABASE_URL!));`,
});

/** Express + Prisma: a provider's webhook that compares the HMAC of the raw body with its signature header, `if (test)`. */
const webhookSignatureApp = (test: string) =>
  expressPrismaApp(`import crypto from 'node:crypto';
const signatureMatches = (raw, signature) => {
  const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(raw).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
};
app.post('/api/v1/webhooks/transcoder', express.raw({ type: 'application/json' }), async (req, res) => {
  const signature = req.headers['x-transcoder-signature'];
  if (${test}) return res.status(401).json({ error: 'Invalid signature' });
  const event = JSON.parse(req.body.toString());
  await prisma.episode.update({ where: { id: String(event.episodeId) }, data: { audioStatus: String(event.status) } });
  res.json({ received: true });
});
app.get('/api/v1/episodes', requireAuth, async (req, res) => res.json(await prisma.episode.findMany({ where: { ownerId: req.user.id }, select: { id: true } })));`);

/**
 * Express + Prisma: class controllers bound by a project helper that hands back the instance (`bindAll(new X())`),
 * a shop's stats behind `statsGuard`, and a payment webhook that hands the request to a controller method.
 */
const boundControllersApp = (statsGuard: string) =>
  expressPrismaApp(
    `import crypto from 'node:crypto';
import { bindAll } from './bind.js';
class ShopController {
  async stats(req, res) {
    const orders = await prisma.order.aggregate({ where: { shopId: req.params.shopId }, _sum: { totalCents: true } });
    res.json({ revenue: orders._sum.totalCents });
  }
}
class WebhookController {
  async handle(req, res) {
    const expected = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(req.body).digest('hex');
    if (!crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(req.get('x-signature') ?? ''))) return res.status(400).end();
    const event = JSON.parse(req.body.toString());
    await prisma.order.update({ where: { id: String(event.orderId) }, data: { paidAt: new Date() } });
    res.json({ received: true });
  }
}
const shops = bindAll(new ShopController());
const webhook = new WebhookController();
app.get('/api/v1/shops/:shopId/stats', ${statsGuard}shops.stats);
app.post('/api/v1/webhooks/payments', express.raw({ type: 'application/json' }), (req, res) => webhook.handle(req, res));
app.get('/api/v1/me/orders', requireAuth, async (req, res) => res.json(await prisma.order.findMany({ where: { buyerId: req.user.id }, select: { id: true } })));`,
    {
      'src/bind.js': `export function bindAll(instance) {
  const proto = Object.getPrototypeOf(instance);
  for (const key of Object.getOwnPropertyNames(proto)) if (key !== 'constructor') instance[key] = instance[key].bind(instance);
  return instance;
}`,
    },
  );

/**
 * Hono + Drizzle: an app-wide middleware that puts the session's user (or null) in the context, and recipes read by
 * the id the path names through `load`.
 */
const honoViewerApp = (load: string) => ({
  'src/db.ts': `import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
export const user = sqliteTable('user', { id: text('id').primaryKey(), name: text('name'), email: text('email') });
export const recipes = sqliteTable('recipes', { id: text('id').primaryKey(), authorId: text('author_id').notNull().references(() => user.id), title: text('title'), status: text('status') });
export const db = drizzle(new Database('app.db'));`,
  'src/recipes.ts': `import { eq } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import { db, recipes } from './db';
export function findRecipe(id: string) {
  return db.select().from(recipes).where(eq(recipes.id, id)).get();
}
export function getVisibleRecipe(id: string, viewer: { id: string } | null) {
  const recipe = findRecipe(id);
  if (!recipe || (recipe.status !== 'published' && viewer?.id !== recipe.authorId)) throw new HTTPException(404, { message: 'Not found' });
  return recipe;
}`,
  'src/app.ts': `import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { auth } from './auth';
import { findRecipe, getVisibleRecipe } from './recipes';
const attachSession = createMiddleware(async (c, next) => {
  const result = await auth.api.getSession({ headers: c.req.raw.headers });
  c.set('user', result?.user ?? null);
  await next();
});
const requireAuth = createMiddleware(async (c, next) => {
  if (!c.get('user')) throw new HTTPException(401, { message: 'Sign in required' });
  await next();
});
const app = new Hono();
app.use('/api/*', attachSession);
app.get('/api/v1/recipes/:id', (c) => {
  const viewer = c.get('user');
  const recipe = ${load};
  return c.json({ id: recipe?.id, title: recipe?.title });
});
app.get('/api/v1/me', requireAuth, (c) => c.json({ id: c.get('user').id }));
export default app;`,
  'src/auth.ts': `import { betterAuth } from 'better-auth';
export const auth = betterAuth({ secret: process.env.BETTER_AUTH_SECRET });`,
});

/** NestJS + TypeORM: the department's approved time off, with a guard on the controller's other routes only. */
const timeOffCalendarApp = (guard: string) => ({
  'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(3000);
}
bootstrap();`,
  'src/app.module.ts': `import { Module } from '@nestjs/common';
import { TimeOffController } from './time-off.controller';
@Module({ controllers: [TimeOffController] })
export class AppModule {}`,
  'src/session.guard.ts': `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
@Injectable()
export class SessionGuard implements CanActivate {
  canActivate(ctx: ExecutionContext) {
    const req = ctx.switchToHttp().getRequest();
    if (!req.session?.userId) throw new UnauthorizedException();
    return true;
  }
}`,
  'src/time-off.controller.ts': `import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { SessionGuard } from './session.guard';
import { TimeOffRequest } from './time-off.entity';
@Controller('time-off')
export class TimeOffController {
  constructor(@InjectRepository(TimeOffRequest) private readonly requests: Repository<TimeOffRequest>) {}
  @UseGuards(SessionGuard)
  @Get('mine')
  mine() {
    return this.requests.find({ select: { id: true } });
  }
  ${guard}@Get('calendar')
  calendar(@Query('departmentId') departmentId: string) {
    return this.requests.find({ where: { status: 'approved', departmentId }, select: { id: true, nurseId: true, startDate: true } });
  }
}`,
  'src/time-off.entity.ts': `import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
@Entity()
export class TimeOffRequest {
  @PrimaryGeneratedColumn() id: number;
  @Column() nurseId: number;
  @Column() departmentId: number;
  @Column() status: string;
  @Column() startDate: string;
}`,
});

/** Fastify + Mongoose: route options spread from a project helper (`{ ...guard(app), schema }`) that returns `options`. */
const fastifyGuardHelperApp = (options: string) => ({
  'src/server.js': `import Fastify from 'fastify';
import mongoose from 'mongoose';
const Shift = mongoose.model('Shift', new mongoose.Schema({ pantry: String, title: String, startsAt: Date }));
const app = Fastify();
app.decorate('verifySession', async (request, reply) => {
  if (!request.session?.get('userId')) return reply.code(401).send({ error: 'not_signed_in' });
});
function guard(app) {
  return ${options};
}
app.post('/api/v1/pantries/:pantryId/shifts', { ...guard(app), schema: { params: { type: 'object', properties: { pantryId: { type: 'string' } } } } }, async (request) => {
  const shift = await Shift.create({ pantry: request.params.pantryId, title: 'Sorting', startsAt: new Date() });
  return { id: shift.id };
});
app.get('/api/v1/me', { preHandler: app.verifySession }, async (request) => ({ id: request.session.get('userId') }));
app.listen({ port: 3000 });`,
});

/** Koa + knex: the project's `authenticate` middleware for the API, which hands the request on with `handOn`. */
const koaDelegatingAuthApp = (handOn: string) => ({
  'src/auth.js': `import koaJwt from 'koa-jwt';
const verifyJwt = koaJwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'], key: 'user' });
export async function authenticate(ctx, next) {
  ${handOn}
}`,
  'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import knexFactory from 'knex';
import koaJwt from 'koa-jwt';
import { authenticate } from './auth.js';
const db = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const app = new Koa();
const router = new Router({ prefix: '/api/v1' });
router.get('/applications', async (ctx) => {
  ctx.body = await db('applications').select('id', 'status').where('applicant_id', ctx.state.user?.sub);
});
const field = new Router({ prefix: '/field' });
field.get('/inspections', koaJwt({ secret: process.env.FIELD_SECRET, algorithms: ['HS256'] }), async (ctx) => {
  ctx.body = await db('inspections').select('id').where('inspector_id', ctx.state.user.sub);
});
app.use(field.routes());
app.use(authenticate);
app.use(router.routes());
app.listen(3000);`,
});

/**
 * Express + Prisma: a lesson read by id by anyone, beside the lessons' list registered as `list` (and a signed-in
 * route, so the app has authentication).
 */
const lessonItemApp = (list: string) =>
  expressPrismaApp(`${list}
app.get('/lessons/:lessonId', async (req, res) => {
  const lesson = await prisma.lesson.findUnique({ where: { id: req.params.lessonId }, select: { id: true, title: true, priceCents: true } });
  if (!lesson) return res.status(404).end();
  res.json(lesson);
});
app.get('/me/bookings', requireAuth, async (req, res) => {
  res.json(await prisma.booking.findMany({ where: { studentId: req.user.id }, select: { id: true, lessonId: true } }));
});`);

/**
 * NestJS: a brokers' directory controller without guards, whose class carries `comment` above its decorators, beside
 * a guarded controller of the caller's own policies.
 */
const nestDirectoryApp = (comment: string): Record<string, string> => ({
  'src/agents.controller.ts': `import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { PrismaService } from './prisma.service';
${comment}
@Controller('agents')
export class AgentsController {
  constructor(private readonly prisma: PrismaService) {}
  @Get(':id')
  profile(@Param('id') id: string) {
    return this.prisma.agent.findUnique({ where: { id }, select: { id: true, name: true, region: true } });
  }
}
@Controller('policies')
@UseGuards(AuthGuard('jwt'))
export class PoliciesController {
  constructor(private readonly prisma: PrismaService) {}
  @Get()
  mine() {
    return this.prisma.policy.findMany({ select: { id: true } });
  }
}`,
  'src/prisma.service.ts': `import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
@Injectable()
export class PrismaService extends PrismaClient {}`,
  'src/app.module.ts': `import { Module } from '@nestjs/common';
import { AgentsController, PoliciesController } from './agents.controller';
import { PrismaService } from './prisma.service';
@Module({ controllers: [AgentsController, PoliciesController], providers: [PrismaService] })
export class AppModule {}`,
});

/** Express + Prisma: `route`, open to anyone, beside a signed-in route (the app has authentication). */
const openPeopleApp = (route: string) =>
  expressPrismaApp(`${route}
app.get('/me/trips', requireAuth, async (req, res) => {
  res.json(await prisma.trip.findMany({ where: { driverId: req.user.id }, select: { id: true } }));
});`);

/** Express + Prisma: an event read by id by anyone, filtered by `where` (an enum's states), beside a signed-in route. */
const eventEnumApp = (where: string) =>
  expressPrismaApp(`const EventStatus = { DRAFT: 'DRAFT', PUBLISHED: 'PUBLISHED' };
app.get('/events/:id', async (req, res) => {
  const event = await prisma.event.findFirst({ where: ${where}, select: { id: true, title: true, startsAt: true } });
  if (!event) return res.status(404).end();
  res.json(event);
});
app.get('/me/tickets', requireAuth, async (req, res) => {
  res.json(await prisma.ticket.findMany({ where: { buyerId: req.user.id }, select: { id: true } }));
});`);

/** Next.js + Supabase: the auth routes of an app whose sign-in, refresh and reset run through Supabase Auth. */
const supabaseAuthRoutes = (resetCall: string): Record<string, string> => ({
  'lib/supabase.ts': `import { createClient } from '@supabase/supabase-js';
export const supabaseAdmin = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);
export const createAuthClient = () => createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!, { auth: { persistSession: false } });`,
  'app/api/auth/password/route.ts': `import { NextResponse, type NextRequest } from 'next/server';
import { createAuthClient, supabaseAdmin } from '@/lib/supabase';
export async function POST(req: NextRequest) {
  const { email } = await req.json();
  ${resetCall}
  return NextResponse.json({ message: 'If that address is registered, a reset link is on its way.' });
}`,
  'app/api/auth/session/route.ts': `import { NextResponse, type NextRequest } from 'next/server';
import { createAuthClient } from '@/lib/supabase';
export async function PUT(req: NextRequest) {
  const refreshToken = req.cookies.get('rt')?.value;
  if (!refreshToken) return NextResponse.json({ error: 'Missing refresh token' }, { status: 401 });
  const { data, error } = await createAuthClient().auth.refreshSession({ refresh_token: refreshToken });
  if (error || !data.session) return NextResponse.json({ error: 'Session expired' }, { status: 401 });
  return NextResponse.json({ accessToken: data.session.access_token });
}`,
  'app/api/me/route.ts': `import { NextResponse, type NextRequest } from 'next/server';
import { supabaseAdmin } from '@/lib/supabase';
export async function GET(req: NextRequest) {
  const token = req.headers.get('authorization')?.replace(/^Bearer /, '');
  const { data, error } = await supabaseAdmin.auth.getUser(token);
  if (error || !data.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  return NextResponse.json({ id: data.user.id });
}`,
});

/**
 * Express + Prisma: public reports (the list is declared public, so is each report) and `GET /reports/:id/${part}`,
 * which reads what it lists by the report's id alone.
 */
const publicReportPartApp = (part: string, model: string): Record<string, string> =>
  expressPrismaApp(`// Public: anyone may browse the reports filed in the city.
app.get('/reports', async (req, res) => {
  res.json(await prisma.report.findMany({ select: { id: true, title: true, status: true } }));
});
app.get('/reports/:id', async (req, res) => {
  const report = await prisma.report.findUnique({ where: { id: req.params.id }, select: { id: true, title: true } });
  if (!report) return res.status(404).end();
  res.json(report);
});
app.get('/reports/:id/${part}', async (req, res) => {
  res.json(await prisma.${model}.findMany({ where: { reportId: req.params.id }, select: { id: true, createdAt: true } }));
});
app.post('/reports', requireAuth, async (req, res) => {
  res.status(201).json(await prisma.report.create({ data: { title: String(req.body.title), reporterId: req.user.id } }));
});`);

/** Express + Sequelize: a campaign page read with the operator filter `filter`, next to signed-in campaign admin. */
const sequelizeCampaignApp = (filter: string): Record<string, string> => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/models.js': `import { Sequelize, DataTypes, Op } from 'sequelize';
export const sequelize = new Sequelize(process.env.DATABASE_URL);
export const Campaign = sequelize.define('Campaign', { title: DataTypes.STRING, status: DataTypes.STRING, orgId: DataTypes.INTEGER });
export { Op };`,
  'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { Campaign, Op } from './models.js';
const app = express();
app.get('/campaigns/:id', async (req, res) => {
  const campaign = await Campaign.findOne({ where: { id: req.params.id, status: ${filter} }, attributes: ['id', 'title', 'status'] });
  if (!campaign) return res.status(404).end();
  res.json(campaign);
});
app.patch('/campaigns/:id', requireAuth, async (req, res) => {
  await Campaign.update({ title: String(req.body.title) }, { where: { id: req.params.id, orgId: req.user.orgId } });
  res.status(204).end();
});
app.listen(3000);`,
});

/** Express + Prisma + express-validator: a booking found by the code in its confirmation e-mail, read via `${read}`. */
const bookingLookupApp = (read: string): Record<string, string> =>
  expressPrismaApp(
    `import { body, matchedData } from 'express-validator';
app.post('/bookings/lookup', body('confirmationCode').isString().isLength({ min: 6, max: 12 }), body('lastName').isString(), async (req, res) => {
  const { confirmationCode, lastName } = ${read};
  const booking = await prisma.booking.findUnique({ where: { confirmationCode: String(confirmationCode).toUpperCase() }, select: { id: true, checkIn: true, guestName: true } });
  if (!booking || !booking.guestName.endsWith(lastName)) return res.status(404).end();
  res.json(booking);
});
app.get('/bookings', requireAuth, async (req, res) => {
  res.json(await prisma.booking.findMany({ where: { guestId: req.user.id } }));
});`,
  );

/**
 * NestJS + Prisma: a participant portal's sign-in code request, the controller handing the number to a service that
 * `store`s (or not) a code for the participant found by phone.
 */
const portalCodeApp = (store: string): Record<string, string> => ({
  'src/portal.service.ts': `import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
import { randomInt } from 'crypto';
const prisma = new PrismaClient();
@Injectable()
export class PortalService {
  async requestCode(phone: string) {
    const participant = await prisma.participant.findFirst({ where: { phone }, select: { id: true } });
    if (participant) {
      const code = randomInt(0, 1_000_000).toString().padStart(6, '0');
      await prisma.participant.update({ where: { id: participant.id }, data: { ${store} } });
    }
    return { message: 'If this number is registered, a code has been sent.' };
  }
}`,
  'src/portal.controller.ts': `import { Body, Controller, Get, Headers, Post, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { PortalService } from './portal.service';
@Controller('portal')
export class PortalController {
  constructor(private readonly portal: PortalService) {}
  @Post('request-code')
  requestCode(@Body() dto: { phone: string }) {
    return this.portal.requestCode(dto.phone);
  }
  @Get('me')
  @UseGuards(AuthGuard('jwt'))
  me(@Headers('authorization') auth: string) {
    return { ok: !!auth };
  }
}`,
  'src/app.module.ts': `import { Module } from '@nestjs/common';
import { PortalController } from './portal.controller';
import { PortalService } from './portal.service';
@Module({ controllers: [PortalController], providers: [PortalService] })
export class AppModule {}`,
});

/** Koa + Mongoose: a staff router whose declaration carries `comment`, its routes registered without auth. */
const staffRouterApp = (comment: string): Record<string, string> => ({
  'routes.js': `const Router = require('koa-router');
const jwt = require('jsonwebtoken');
const mongoose = require('mongoose');
const Staff = mongoose.model('Staff', new mongoose.Schema({ name: String, bio: String, role: String }));
const requireAuth = async (ctx, next) => {
  try { ctx.state.user = jwt.verify(String(ctx.get('authorization')).slice(7), process.env.JWT_SECRET); } catch { ctx.throw(401); }
  await next();
};
const membersRouter = new Router();
membersRouter.use(requireAuth);
membersRouter.get('/me', async (ctx) => { ctx.body = { id: ctx.state.user.sub }; });

${comment}
const staffRouter = new Router();

staffRouter.get('/', async (ctx) => { ctx.body = await Staff.find().select('name bio role'); });

const api = new Router({ prefix: '/api' });
api.use('/members', membersRouter.routes());
api.use('/staff', staffRouter.routes());
module.exports = { api };`,
  'app.js': `const Koa = require('koa');
const { api } = require('./routes');
const app = new Koa();
app.use(api.routes());
app.listen(3000);`,
});

/** Hono + Prisma: a pay run's bank file read when `status` is `state`, registered before the router's session check. */
const payRunFileApp = (model: string, state: string): Record<string, string> => ({
  'src/index.ts': `import { Hono } from 'hono';
import { PrismaClient } from '@prisma/client';
import { HTTPException } from 'hono/http-exception';
import { verify } from 'hono/jwt';
const prisma = new PrismaClient();
const requireSession = async (c, next) => {
  const token = c.req.header('authorization')?.slice(7);
  if (!token) return c.json({ error: 'Unauthorized' }, 401);
  c.set('user', await verify(token, process.env.JWT_SECRET!));
  await next();
};
const runs = new Hono();
runs.get('/:id/file', async (c) => {
  const run = await prisma.${model}.findUnique({ where: { id: Number(c.req.param('id')) }, select: { id: true, status: true, title: true } });
  if (!run || run.status !== '${state}') throw new HTTPException(404, { message: 'Not found' });
  return c.json(run);
});
runs.use('*', requireSession);
runs.get('/', async (c) => c.json(await prisma.${model}.findMany({ select: { id: true } })));
const app = new Hono();
app.route('/runs', runs);
export default app;`,
});

/** Express + Drizzle: an auction read by id without sign-in, filtered with `filter`, beside signed-in auction admin. */
const drizzleAuctionApp = (filter: string): Record<string, string> => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/db.js': `import { drizzle } from 'drizzle-orm/node-postgres';
import { integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
export const auctions = pgTable('auctions', { id: serial('id').primaryKey(), title: text('title'), status: text('status'), charityId: integer('charity_id') });
export const db = drizzle(process.env.DATABASE_URL);`,
  'src/app.js': `import express from 'express';
import { and, eq, ne } from 'drizzle-orm';
import { requireAuth } from './auth.js';
import { auctions, db } from './db.js';
const app = express();
app.get('/auctions/:id', async (req, res) => {
  const [auction] = await db.select({ id: auctions.id, title: auctions.title }).from(auctions).where(and(eq(auctions.id, Number(req.params.id)), ${filter}));
  if (!auction) return res.status(404).end();
  res.json(auction);
});
app.patch('/auctions/:id', requireAuth, async (req, res) => {
  await db.update(auctions).set({ title: String(req.body.title) }).where(and(eq(auctions.id, Number(req.params.id)), eq(auctions.charityId, req.user.charityId)));
  res.status(204).end();
});
app.listen(3000);`,
});

/** Express + Prisma: a vacancies list above which `comment` stands, in an app with signed-in routes. */
const vacancyWidgetApp = (comment: string): Record<string, string> =>
  expressPrismaApp(`${comment}
app.get('/vacancies', async (req, res) => {
  res.json(await prisma.plot.findMany({ where: { holderId: null }, select: { id: true, number: true } }));
});
app.get('/plots/mine', requireAuth, async (req, res) => {
  res.json(await prisma.plot.findMany({ where: { holderId: req.user.id } }));
});`);

/**
 * Express + Prisma: a guest's join link for a booking (`?token=`), checked by the project's constant-time `safeEqual`
 * as `check` says, beside signed-in booking routes.
 */
const joinLinkApp = (check: string): Record<string, string> =>
  expressPrismaApp(`import { timingSafeEqual } from 'node:crypto';
function safeEqual(a, b) {
  const ab = Buffer.from(String(a));
  const bb = Buffer.from(String(b));
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
app.get('/bookings/:id/join', async (req, res) => {
  const token = String(req.query.token ?? '');
  const booking = await prisma.booking.findUnique({ where: { id: req.params.id }, select: { joinToken: true, meetingUrl: true } });
  if (${check}) return res.status(404).end();
  res.json({ meetingUrl: booking.meetingUrl });
});
app.get('/bookings', requireAuth, async (req, res) => {
  res.json(await prisma.booking.findMany({ where: { studentId: req.user.id } }));
});`);

/** Fastify + pg: a route module `src/routes/${file}.js` holding `routes`, beside an authenticated write. */
const fastifyModuleApp = (file: string, routes: string) => ({
  'src/db.js': `const { Pool } = require('pg');
module.exports = new Pool();`,
  'src/app.js': `const fastify = require('fastify')();
fastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET });
fastify.decorate('authenticate', async (request, reply) => {
  try { await request.jwtVerify(); } catch { reply.code(401).send({ error: 'Unauthorized' }); }
});
fastify.register(require('./routes/${file}'), { prefix: '/api' });
fastify.listen({ port: 3000 });`,
  [`src/routes/${file}.js`]: `const db = require('../db');
module.exports = async function routes(fastify) {
  ${routes}
  fastify.post('/rooms', { preHandler: [fastify.authenticate] }, async (request) => {
    const { rows } = await db.query('INSERT INTO rooms (name) VALUES ($1) RETURNING id', [request.body.name]);
    return rows[0];
  });
};`,
});

const ROOM_LIST = `fastify.get('/rooms', async () => {
    const { rows } = await db.query('SELECT id, name, capacity FROM rooms WHERE is_active ORDER BY name');
    return rows;
  });`;

/** Express + Sequelize: a fundraiser's donations, read by `where`. */
const donationWallApp = (where: string) => ({
  'src/app.js': `const express = require('express');
const jwt = require('jsonwebtoken');
const { Sequelize, DataTypes } = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);
const Registration = sequelize.define('Registration', { userId: DataTypes.INTEGER, fundraisingPublic: DataTypes.BOOLEAN, medicalNotes: DataTypes.TEXT });
const Donation = sequelize.define('Donation', { amountPence: DataTypes.INTEGER, donorName: DataTypes.STRING, donorEmail: DataTypes.STRING });
Registration.hasMany(Donation, { foreignKey: 'registrationId' });
const app = express();
const requireAuth = (req, res, next) => {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
};
app.get('/me/registrations', requireAuth, async (req, res) => {
  res.json(await Registration.findAll({ where: { userId: req.user.id }, attributes: ['id'] }));
});
app.get('/fundraisers/:registrationId/donations', async (req, res) => {
  const registration = await Registration.findOne({ where: ${where}, attributes: ['id'] });
  if (!registration) return res.status(404).json({ error: 'Not found' });
  const donations = await Donation.findAll({ where: { registrationId: registration.id }, attributes: ['id', 'amountPence', 'donorName'] });
  res.json(donations);
});
app.listen(3000);`,
});

/** Express + Sequelize: a donation form, under `comment`. */
const donationFormApp = (comment: string) => ({
  'src/app.js': `const express = require('express');
const jwt = require('jsonwebtoken');
const { Sequelize, DataTypes } = require('sequelize');
const sequelize = new Sequelize(process.env.DATABASE_URL);
const Donation = sequelize.define('Donation', { amountPence: DataTypes.INTEGER, donorName: DataTypes.STRING, donorUserId: DataTypes.INTEGER });
const app = express();
app.use(express.json());
const requireAuth = (req, res, next) => {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
};
app.get('/me/donations', requireAuth, async (req, res) => {
  res.json(await Donation.findAll({ where: { donorUserId: req.user.id }, attributes: ['id', 'amountPence'] }));
});
${comment}
app.post('/donations', async (req, res) => {
  const donation = await Donation.create({
    amountPence: Number(req.body.amountPence),
    donorName: String(req.body.donorName),
    donorUserId: req.session?.userId ?? null,
  });
  res.status(201).json({ id: donation.id });
});
app.listen(3000);`,
});

/** Next.js + Prisma: a password reset completed with the e-mailed token, the account found by `where`. */
const resetCompleteApp = (where: string) => ({
  'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
  'lib/tokens.ts': `import { createHash } from 'node:crypto';
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');`,
  'app/api/account/password/route.ts': `import { NextResponse, type NextRequest } from 'next/server';
import bcrypt from 'bcryptjs';
import { prisma } from '@/lib/prisma';
import { hashToken } from '@/lib/tokens';
export async function PUT(req: NextRequest) {
  const { token, email, password } = await req.json();
  const user = await prisma.user.findUnique({ where: ${where}, select: { id: true } });
  if (!user) return NextResponse.json({ error: 'Invalid link' }, { status: 400 });
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(password, 12), resetTokenHash: null } });
  return NextResponse.json({ ok: true });
}`,
  'tsconfig.json': `{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } } }`,
});

/** Express + better-sqlite3: tools listed to anyone; a tool's page also reads `loanRead` of its loans. */
const toolPageApp = (loanRead: string) => ({
  'src/db.js': `import Database from 'better-sqlite3';
export const db = new Database('tools.db');
db.exec(\`CREATE TABLE IF NOT EXISTS tools (id INTEGER PRIMARY KEY, name TEXT, category TEXT, status TEXT);
CREATE TABLE IF NOT EXISTS loans (id INTEGER PRIMARY KEY, tool_id INTEGER, member_id INTEGER, due_at TEXT, notes TEXT);\`);`,
  'src/auth.js': `export function requireAuth(req, res, next) {
  if (!req.session.memberId) return res.status(401).json({ error: 'Sign in first' });
  next();
}`,
  'src/app.js': `import express from 'express';
import session from 'express-session';
import { db } from './db.js';
import { requireAuth } from './auth.js';
const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
app.get('/tools', (req, res) => {
  res.json(db.prepare("SELECT id, name, category FROM tools WHERE status != 'retired'").all());
});
app.get('/tools/:toolId', (req, res) => {
  const tool = db.prepare('SELECT * FROM tools WHERE id = ?').get(req.params.toolId);
  if (!tool) return res.status(404).json({ error: 'Tool not found' });
  const loan = db.prepare('${loanRead} FROM loans WHERE tool_id = ? AND returned_at IS NULL').get(tool.id);
  res.json({ ...tool, loan });
});
app.get('/me/loans', requireAuth, (req, res) => {
  res.json(db.prepare('SELECT id, tool_id, due_at FROM loans WHERE member_id = ?').all(req.session.memberId));
});
app.listen(3000);`,
});

/** Express + Prisma: routers mounted under `heading`, one of which exports revenue with no sign-in. */
const mixedMountsApp = (heading: string) => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/reports.js': `import { Router } from 'express';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export const reports = Router();
reports.get('/revenue', async (req, res) => {
  res.json(await prisma.invoice.groupBy({ by: ['agencyId'], where: { agencyId: String(req.query.agencyId) }, _sum: { totalCents: true } }));
});`,
  'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { reports } from './reports.js';
const app = express();
app.get('/me', requireAuth, (req, res) => res.json({ id: req.user.id }));

${heading}
app.use('/reports', reports);
app.listen(3000);`,
});

/** Express + Mongoose: a course page anyone may open, with `guard` before it is sent; other routes need a sign-in. */
const coursePageApp = (guard: string) => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import jwt from 'jsonwebtoken';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Course = mongoose.model('Course', new mongoose.Schema({ title: String, status: String, instructor: mongoose.Types.ObjectId, price: Number }));
const app = express();
function viewer(req) {
  try { return jwt.verify(req.headers.authorization?.slice(7) ?? '', process.env.JWT_SECRET); } catch { return null; }
}
app.get('/courses/:courseId', async (req, res) => {
  const me = viewer(req);
  const course = await Course.findById(req.params.courseId).select('title status instructor price').lean();
  if (!course) return res.status(404).json({ error: 'Course not found' });
  const canSeeDraft = !!me && String(course.instructor) === me.sub;
  ${guard}
  res.json({ id: course._id, title: course.title, price: course.price });
});
app.get('/me/courses', requireAuth, async (req, res) => {
  res.json(await Course.find({ instructor: req.user.sub }).select('title').lean());
});
app.listen(3000);`,
});

/** Express + Mongoose: an article page that moves the article with `update` as it reads it; editors sign in. */
const articlePageApp = (update: string) => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Article = mongoose.model('Article', new mongoose.Schema({ slug: String, title: String, body: String, status: String, views: Number, authorId: String }));
const app = express();
app.get('/articles/:slug', async (req, res) => {
  const article = await Article.findOneAndUpdate({ slug: req.params.slug, status: 'published' }, ${update}, { new: true }).select('slug title body views').lean();
  if (!article) return res.status(404).json({ error: 'Article not found' });
  res.json(article);
});
app.get('/me/articles', requireAuth, async (req, res) => {
  res.json(await Article.find({ authorId: req.user.id }).select('slug title').lean());
});
app.listen(3000);`,
});

runCheckCases('missing-auth-unprotected-route', {
  invalid: [
    {
      name: 'express + mongoose: a published article changed by whoever opens it (`$set` of a value from the query)',
      endpoint: 'GET /articles/:slug',
      files: articlePageApp('{ $set: { title: String(req.query.title) } }'),
    },
    {
      name: 'express + mongoose: a course page sent whatever its state, drafts included, to anyone',
      endpoint: 'GET /courses/:courseId',
      files: coursePageApp(''),
    },
    {
      name: 'express + prisma: a router mounted under a heading over public and protected routers alike (`// Public / mixed routers`)',
      endpoint: 'GET /reports/revenue',
      files: mixedMountsApp('// Public / mixed routers'),
    },
    {
      name: "express + better-sqlite3: a tool's page beside the public list that also sends its current loan whole (who has it, their notes)",
      endpoint: 'GET /tools/:toolId',
      files: toolPageApp('SELECT *'),
    },
    {
      name: 'fastify + pg: the rooms listed to anyone from a module that is no catalogue (`routes/rooms.js`)',
      endpoint: 'GET /api/rooms',
      files: fastifyModuleApp('rooms', ROOM_LIST),
    },
    {
      name: "fastify + pg: a shop's sales stats in `routes/catalog.js` (what hangs off a catalogue row is its owner's)",
      endpoint: 'GET /api/shops/:shopId/stats',
      files: fastifyModuleApp(
        'catalog',
        `fastify.get('/shops/:shopId/stats', async (request) => {
    const { rows } = await db.query('SELECT id, buyer_email, total FROM orders WHERE shop_id = $1', [request.params.shopId]);
    return rows;
  });`,
      ),
    },
    {
      name: 'fastify + pg: a booking checked in by the id the body names (no signed code)',
      endpoint: 'POST /api/check-in',
      files: fastifyModuleApp(
        'desk',
        `fastify.post('/check-in', async (request) => {
    await db.query('UPDATE bookings SET status = $1 WHERE id = $2', ['checked_in', request.body.bookingId]);
    return { ok: true };
  });`,
      ),
    },
    {
      name: "express + sequelize: a fundraiser's donations read by the registration id alone",
      endpoint: 'GET /fundraisers/:registrationId/donations',
      files: donationWallApp('{ id: req.params.registrationId }'),
    },
    {
      name: 'express + sequelize: a donation form under a comment that says nothing of accounts',
      endpoint: 'POST /donations',
      files: donationFormApp('// Record a donation for the signed-in supporter.'),
    },
    {
      name: 'next.js + prisma: a password set for the account the body names by e-mail',
      endpoint: 'PUT /api/account/password',
      files: resetCompleteApp('{ email }'),
    },
    {
      name: 'express + prisma: a booking joined by its id alone (the token is read but never compared)',
      endpoint: 'GET /bookings/:id/join',
      files: joinLinkApp('!booking'),
    },
    {
      name: 'express + prisma: a comment that says the list is not for the public website',
      endpoint: 'GET /vacancies',
      files: vacancyWidgetApp('// internal list for the committee, not on the public website'),
    },
    {
      name: 'express + drizzle: an auction read by id with a filter that is no publication state (`ne(auctions.status, "archived")`)',
      endpoint: 'GET /auctions/:id',
      files: drizzleAuctionApp("ne(auctions.status, 'archived')"),
    },
    {
      name: 'hono + prisma: an approved pay run read without sign-in (`status !== "APPROVED"` → 404 is a decision, not publication)',
      endpoint: 'GET /runs/:id/file',
      files: payRunFileApp('payRun', 'APPROVED'),
    },
    {
      name: 'nestjs + prisma: a participant looked up by phone and changed, no code issued (`data: { lastSeenAt }`)',
      endpoint: 'POST /portal/request-code',
      files: portalCodeApp('lastSeenAt: new Date()'),
    },
    {
      name: 'koa: a staff router whose comment says nothing of who may call it',
      endpoint: 'GET /api/staff',
      files: staffRouterApp('// staff directory'),
    },
    {
      name: "express + prisma: a part of a public report that is no catalogue's (`/reports/:id/assignments`), read without sign-in",
      endpoint: 'GET /reports/:id/assignments',
      files: publicReportPartApp('assignments', 'assignment'),
    },
    {
      name: 'express + sequelize: a campaign read by id with a filter that is no publication state (`status: { [Op.ne]: "archived" }`)',
      endpoint: 'GET /campaigns/:id',
      files: sequelizeCampaignApp("{ [Op.ne]: 'archived' }"),
    },
    {
      name: 'express + prisma: an event read by id by anyone, drafts included (no state filtered)',
      endpoint: 'GET /events/:id',
      files: eventEnumApp('{ id: req.params.id }'),
    },
    {
      name: "express + prisma: `/drivers/locations` lists drivers with their phones and positions (a catalogue's noun, but people are read)",
      endpoint: 'GET /drivers/locations',
      files: openPeopleApp(`app.get('/drivers/locations', async (req, res) => {
  res.json(await prisma.driver.findMany({ where: { companyId: String(req.query.companyId) }, select: { id: true, name: true, phone: true, lastLat: true, lastLng: true } }));
});`),
    },
    {
      name: 'nestjs: an agent read by id on a controller without guards (its comment says nothing of who may call it)',
      endpoint: 'GET /agents/:id',
      files: nestDirectoryApp('/** Agents, by id. */'),
    },
    {
      name: 'hono + prisma: an episode read by id by anyone, the team asked about something else than its publication (drafts included)',
      endpoint: 'GET /episodes/:episodeId',
      files: draftEpisodeApp(
        'user ? await getShowRole(String(user.sub), episode.showId) : null',
        "episode.title === ''",
      ),
    },
    {
      name: "express + prisma: a lesson read by id by anyone, while the lessons' list requires a signed-in caller",
      endpoint: 'GET /lessons/:lessonId',
      files: lessonItemApp(`app.get('/lessons', requireAuth, async (req, res) => {
  res.json(await prisma.lesson.findMany({ select: { id: true, title: true } }));
});`),
    },
    {
      name: "express + prisma: a shipment's manifest read by its id without sign-in (`manifest` of an object is no web-app manifest)",
      endpoint: 'GET /shipments/:id/manifest',
      files: expressPrismaApp(`app.get('/shipments', requireAuth, async (req, res) => {
  res.json(await prisma.shipment.findMany({ where: { orgId: req.user.orgId }, select: { id: true } }));
});
app.get('/shipments/:id/manifest', async (req, res) => {
  res.json(await prisma.shipment.findUnique({ where: { id: req.params.id }, select: { reference: true, supplierName: true } }));
});`),
    },
    {
      name: "hono: a sub-app behind the project's `authJwt()` factory that only logs",
      endpoint: 'GET /api/shows',
      files: honoJwtFactoryApp('async (c, next) => { console.log(c.req.path); await next(); }'),
    },
    {
      name: 'express: a password set for the account whose id the body names (no secret redeemed)',
      endpoint: 'PUT /api/account/password',
      files: accountPasswordApp(
        RESET_START,
        'await prisma.user.update({ where: { id: String(req.body.userId) }, data: { passwordHash: await hash(String(req.body.password)) } });\n  res.json({ ok: true });',
      ),
    },
    {
      name: 'express: an account looked up by the e-mail sent and answered with, no code issued',
      endpoint: 'POST /api/account/password',
      files: accountPasswordApp(
        'res.json(await prisma.user.findUnique({ where: { email: String(req.body.email) }, select: { id: true, phone: true } }));',
        RESET_FINISH,
      ),
    },
    {
      name: "koa: an invoice by id that the app's own public-routes table lets past the global JWT check",
      endpoint: 'GET /api/v1/invoices/{id}',
      files: koaPublicTableApp("['GET', /^\\/api\\/v1\\/invoices\\/\\d+$/],"),
    },
    {
      name: "express: an order by id under a prefix the app's global guard lets through",
      endpoint: 'GET /api/orders/:id',
      files: expressPublicPathsApp("'/api/health', '/api/orders'"),
    },
    {
      name: 'express-jwt: a payout by id under a path `.unless()` lets through',
      endpoint: 'GET /api/payouts/:id',
      files: expressJwtUnlessApp("'/api/login', /^\\/api\\/payouts/"),
    },
    {
      name: 'koa: an authenticate middleware that never hands the request to the koa-jwt instance it built',
      endpoint: 'GET /api/v1/applications',
      files: koaDelegatingAuthApp('return next();'),
    },
    {
      name: 'fastify: route options spread from a helper that sets only a config, no preHandler',
      endpoint: 'POST /api/v1/pantries/:pantryId/shifts',
      files: fastifyGuardHelperApp("{ config: { roles: ['coordinator'] } }"),
    },
    {
      name: "nestjs: a department's approved time off (an approval, not a publication) with no guard, unlike its siblings",
      endpoint: 'GET /time-off/calendar',
      files: timeOffCalendarApp(''),
    },
    {
      name: 'hono: a recipe read by id for anyone, the optional viewer in the context never asked',
      endpoint: 'GET /api/v1/recipes/:id',
      files: honoViewerApp("findRecipe(c.req.param('id'))"),
    },
    {
      name: "express: a shop's stats run by a controller method bound with `bindAll(new ShopController())`, no sign-in",
      endpoint: 'GET /api/v1/shops/:shopId/stats',
      files: boundControllersApp(''),
    },
    {
      name: 'express: a webhook that checks the signature only when the header is sent (`if (signature && !matches)`)',
      endpoint: 'POST /api/v1/webhooks/transcoder',
      files: webhookSignatureApp('signature && !signatureMatches(req.body, signature)'),
    },
    {
      name: 'fastify: a grade route marked `config: { public: true }` skips the plugin hook that authenticates',
      endpoint: 'GET /api/grades/:gradeId',
      files: fastifyPublicConfigApp('config: { public: true }'),
    },
    {
      name: 'next app router: a booking note changed by the id a project body reader (`readJson`) returns, no session (its GET sibling has one)',
      endpoint: 'PATCH /api/bookings',
      files: nextSessionApp({
        'app/api/bookings/route.ts': `import { eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { bookings, db } from '@/db/schema';
import { readJson, route } from '@/lib/api';
import { withUser } from '@/lib/auth';
const note = z.object({ id: z.number().int(), note: z.string().max(200) });
export const GET = withUser(async (_req, _ctx, user) => {
  const rows = await db.select({ id: bookings.id, note: bookings.note }).from(bookings).where(eq(bookings.memberId, user.id));
  return NextResponse.json({ bookings: rows });
});
export const PATCH = route(async (req) => {
  const { id, note: text } = await readJson(req, note);
  await db.update(bookings).set({ note: text }).where(eq(bookings.id, id));
  return NextResponse.json({ ok: true });
});`,
      }),
    },
    {
      name: "koa + koa-jwt: `.unless({ custom })` skips the check for every GET under /api/rooms (a room's guests too)",
      endpoint: 'GET /api/rooms/:roomId/occupancy',
      files: koaCustomUnlessApp("(ctx) => ctx.method === 'GET' && /^\\/api\\/(rooms|rates)(\\/|$)/.test(ctx.path)"),
    },
    {
      name: 'express + mongoose: a bike pass (its `holder` a person) read by id without sign-in',
      endpoint: 'GET /passes/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Pass = mongoose.model('Pass', new mongoose.Schema({ holder: { type: mongoose.Schema.Types.ObjectId, ref: 'User' }, plan: String, expiresAt: Date }));
const app = express();
app.get('/passes/:id', async (req, res) => {
  const pass = await Pass.findById(req.params.id).select('plan expiresAt').lean();
  if (!pass) return res.status(404).end();
  res.json(pass);
});
app.post('/passes', requireAuth, async (req, res) => {
  res.status(201).json({ id: (await Pass.create({ holder: req.user.id, plan: String(req.body.plan) })).id });
});
app.listen(3000);`,
      },
    },
    {
      name: "next.js + supabase: a 'session' route that changes the profile of whoever's e-mail it is given, signed in or not",
      endpoint: 'POST /api/auth/session',
      files:
        supabaseSessionApp(`  const { data } = await supabase.from('profiles').update({ last_seen: new Date().toISOString() }).eq('email', email).select('id');
  return NextResponse.json({ updated: data?.length ?? 0, password: !!password });`),
    },
    {
      name: 'express + mysql2: who checked in at a gym lately, read without sign-in',
      endpoint: 'GET /checkins/occupancy',
      files: occupancyApp('id, user_id, checked_in_at'),
    },
    {
      name: 'express + typeorm: every league (private ones too) listed by a query builder without sign-in',
      endpoint: 'GET /leagues',
      files: leagueListApp(''),
    },
    {
      name: "express + prisma: every company's own holidays read without sign-in",
      endpoint: 'GET /holidays',
      files: holidaysApp('{ country: String(req.query.country) }'),
    },
    {
      name: 'nestjs: @Public() over the global JWT guard, and no guard of its own on a policy lookup',
      endpoint: 'GET /partner/policies/:policyNumber',
      files: nestPublicApp(partnerPoliciesController('')),
    },
    {
      name: 'express + prisma: a $queryRaw search over every trial, drafts included, with no sign-in',
      endpoint: 'GET /trials/search',
      files: trialSearchApp(''),
    },
    {
      name: "express + prisma: an organisation's projects read without sign-in, `isPublic` only picked by the select (no publication filter)",
      endpoint: 'GET /api/orgs/:orgId/projects',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/api/orgs/:orgId/projects', async (req, res) => {
  res.json(await prisma.project.findMany({ where: { organisationId: req.params.orgId }, select: { id: true, name: true, isPublic: true } }));
});
app.get('/api/me', requireAuth, async (req, res) => res.json({ id: req.user.id }));
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: an export downloaded by its id alone, without sign-in',
      endpoint: 'GET /api/exports/:exportId/download',
      files: exportDownloadApp(
        `  const job = await prisma.dataExport.findFirst({ where: { id: req.params.exportId }, select: { fileUrl: true } });`,
      ),
    },
    {
      name: 'express + mongoose: every organisation, deactivated ones too, registered without sign-in',
      endpoint: 'GET /api/v1/orgs',
      files: orgDirectoryApp(`  res.json(await Organization.find({}).select('name city').lean());`),
    },
    {
      name: 'express: a refund behind optional sign-in changes any donation',
      endpoint: 'POST /api/donations/:id/refund',
      files: donationsApp(`app.post('/api/donations/:id/refund', optionalAuth, async (req, res) => {
  await Donation.updateOne({ _id: req.params.id }, { $set: { amountCents: 0 } });
  res.status(204).end();`),
    },
    {
      name: "express + mongoose: a staff-curated vehicle read without sign-in, with the tracker fields the schema hides (`.select('+gpsTrackerId +lastKnownLocation')`)",
      endpoint: 'GET /api/vehicles/:id',
      files: vehicleCatalogueApp(
        `app.get('/api/vehicles/:id', async (req, res) => res.json(await Vehicle.findById(req.params.id).select('+gpsTrackerId +lastKnownLocation').lean()));`,
      ),
    },
    {
      name: 'express + prisma: a sample looked up by its barcode (printed on the tube, not a secret) without sign-in',
      endpoint: 'GET /api/scans/:barcode',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/api/samples', requireAuth, async (req, res) => res.json(await prisma.sample.findMany({ where: { labId: req.user.labId }, select: { id: true } })));
app.get('/api/scans/:barcode', async (req, res) => {
  const sample = await prisma.sample.findFirst({ where: { barcode: req.params.barcode }, include: { client: true } });
  if (!sample) return res.status(404).end();
  res.json(sample);
});
app.listen(3000);`,
      },
    },
    {
      name: "next.js: middleware.ts lets anonymous GETs of `/shows/…` through by a regex without an end anchor, so a show's members list is open too",
      endpoint: 'GET /api/v1/shows/[showId]/members',
      files: nextPublicRoutesApp({
        'app/api/v1/shows/[showId]/members/route.ts': `import { NextResponse, type NextRequest } from 'next/server';
import { prisma } from '@/lib/db';
export async function GET(req: NextRequest, { params }: { params: { showId: string } }) {
  const members = await prisma.showMember.findMany({ where: { showId: params.showId }, include: { user: true } });
  return NextResponse.json(members);
}
export async function POST(req: NextRequest, { params }: { params: { showId: string } }) {
  const me = req.headers.get('x-user-id');
  const owner = await prisma.show.findFirst({ where: { id: params.showId, ownerId: me! }, select: { id: true } });
  if (!owner) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  const body = await req.json();
  const m = await prisma.showMember.create({ data: { showId: owner.id, userId: String(body.userId) }, select: { id: true } });
  return NextResponse.json(m, { status: 201 });
}`,
      }),
    },
    {
      name: 'hono: a recipe page behind a middleware that only logs (no sign-in of any kind)',
      endpoint: 'GET /api/recipes/:id/print',
      files: recipePrintApp('logRequest'),
    },
    {
      name: 'next.js + drizzle: pending invitations listed for any e-mail the client names (no code in the path, no sign-in)',
      endpoint: 'GET /api/v1/invitations/pending',
      files: {
        'middleware.ts': `import { auth } from './auth';
export default auth((req) => (req.auth?.user ? undefined : Response.json({ error: 'Unauthorized' }, { status: 401 })));
export const config = { matcher: ['/api/v1/households/:path*'] };`,
        'app/api/v1/invitations/pending/route.ts': `import { NextRequest, NextResponse } from 'next/server';
import { and, eq, isNull } from 'drizzle-orm';
import { db, invitations } from '@/db';
export async function GET(req: NextRequest) {
  const email = req.nextUrl.searchParams.get('email');
  if (!email) return NextResponse.json({ error: 'email is required' }, { status: 400 });
  const pending = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.email, email.toLowerCase()), isNull(invitations.acceptedAt)));
  return NextResponse.json({ invitations: pending });
}`,
        'app/api/v1/households/route.ts': `import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { db, households } from '@/db';
import { eq } from 'drizzle-orm';
export async function GET() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  return NextResponse.json(await db.select().from(households).where(eq(households.ownerId, session.user.id)));
}`,
      },
    },
    {
      name: "next.js + iron-session: a course roster that turns away only students (`if (session.role === 'student') 403`): anonymous callers have no role and pass",
      endpoint: 'GET /api/courses/[courseId]/enrollments',
      files: {
        'package.json': '{ "dependencies": { "next": "14.2.0", "@prisma/client": "5.0.0", "iron-session": "8.0.0" } }',
        'lib/session.ts': `import { cookies } from 'next/headers';
import { getIronSession } from 'iron-session';
export async function getSession() {
  return getIronSession<{ userId?: string; role?: string }>(cookies(), { password: process.env.SESSION_PASSWORD!, cookieName: 'lh' });
}`,
        'app/api/courses/[courseId]/enrollments/route.ts': `import { NextResponse } from 'next/server';
import { PrismaClient } from '@prisma/client';
import { getSession } from '@/lib/session';
const prisma = new PrismaClient();
export async function GET(_req: Request, { params }: { params: { courseId: string } }) {
  const session = await getSession();
  if (session.role === 'student') return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  const enrollments = await prisma.enrollment.findMany({ where: { courseId: params.courseId }, select: { id: true, progressPct: true } });
  return NextResponse.json({ enrollments });
}`,
        'app/api/me/route.ts': `import { NextResponse } from 'next/server';
import { getSession } from '@/lib/session';
export async function GET() {
  const session = await getSession();
  if (!session.userId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  return NextResponse.json({ id: session.userId });
}`,
      },
    },
    {
      name: "nestjs: `@Public()` over a listing of every customer's policies",
      endpoint: 'GET /policies',
      files: nestPublicApp(`import { Controller, Get } from '@nestjs/common';
import { Public } from './public.decorator';
import { PrismaService } from './prisma.service';
@Controller('policies')
export class DirectoryController {
  constructor(private readonly prisma: PrismaService) {}
  @Public()
  @Get()
  all() { return this.prisma.policy.findMany({ select: { policyNumber: true, premium: true } }); }
}`),
    },
    {
      name: 'next.js pages: the optional session only personalises the answer (`canEdit`), it decides nothing',
      endpoint: 'GET /api/meetups/:id',
      files: meetupsApp(`import type { NextApiRequest, NextApiResponse } from 'next';
import { eq } from 'drizzle-orm';
import { db } from '../../../lib/db';
import { meetups } from '../../../lib/schema';
import { getSessionUser } from '../../../lib/session';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const viewer = await getSessionUser(req);
    const [meetup] = await db.select().from(meetups).where(eq(meetups.id, Number(req.query.id)));
    if (!meetup) return res.status(404).end();
    return res.json({ title: meetup.title, canEdit: meetup.organizerId === viewer?.id });
  }
  return res.status(405).end();
}`),
    },
    {
      name: 'express + clerk: a route registered before `router.use(requireAuth())`, behind only `clerkMiddleware()` (which rejects nobody)',
      endpoint: 'GET /api/instruments/:instrumentId/maintenance',
      files: {
        'src/app.js': `import express from 'express';
import { clerkMiddleware, requireAuth, getAuth } from '@clerk/express';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.use(clerkMiddleware());
const router = express.Router({ mergeParams: true });
router.get('/', async (req, res) => res.json(await prisma.maintenanceLog.findMany({ where: { instrumentId: req.params.instrumentId }, select: { id: true, summary: true } })));
router.use(requireAuth());
app.use('/api/instruments/:instrumentId/maintenance', router);
app.get('/api/me', requireAuth(), (req, res) => res.json({ id: getAuth(req).userId }));
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: a vet clinic's webhook that marks vaccinations verified (`verified: true`) from whatever is posted (no signature checked)",
      endpoint: 'POST /api/v1/webhooks/vet-records',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.get('/api/v1/dogs', requireAuth, async (req, res) => {
  res.json(await prisma.dog.findMany({ where: { ownerId: req.user.id }, select: { id: true, name: true } }));
});
app.post('/api/v1/webhooks/vet-records', async (req, res) => {
  const dog = await prisma.dog.findUnique({ where: { microchipId: String(req.body.microchipId) }, select: { id: true } });
  if (!dog) return res.status(202).json({ status: 'ignored' });
  await prisma.vaccination.create({ data: { dogId: dog.id, type: String(req.body.vaccine), verified: true, verifiedAt: new Date() } });
  res.status(202).json({ status: 'accepted' });
});
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: a billing webhook that changes a lab's plan from whatever is posted (no signature checked)",
      endpoint: 'POST /api/v1/webhooks/billing',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import crypto from 'node:crypto';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.post('/api/v1/webhooks/billing', express.raw({ type: 'application/json' }), async (req, res) => {
  
  const event = JSON.parse(req.body.toString('utf8'));
  await prisma.lab.update({ where: { id: event.labId }, data: { plan: event.plan } });
  res.status(204).end();
});
app.get('/api/v1/labs', requireAuth, async (req, res) => {
  res.json(await prisma.lab.findMany({ where: { ownerId: req.user.id }, select: { id: true, plan: true } }));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + sequelize: a search of every festival, drafts too, whose statement is built in a variable',
      endpoint: 'GET /api/festivals/search',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { Sequelize, QueryTypes } from 'sequelize';
import { requireAuth } from './auth.js';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const app = express();
app.get('/api/festivals/search', async (req, res) => {
  let sql = 'SELECT id, name, city FROM festivals WHERE deleted_at IS NULL';
  const replacements = [];
  if (typeof req.query.country === 'string') {
    sql += ' AND country = ?';
    replacements.push(req.query.country);
  }
  sql += ' LIMIT 50';
  res.json(await sequelize.query(sql, { replacements, type: QueryTypes.SELECT }));
});
app.post('/api/festivals', requireAuth, async (req, res) => {
  await sequelize.query('INSERT INTO festivals (name, programmer_id) VALUES (?, ?)', { replacements: [String(req.body.name), req.user.id] });
  res.status(201).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + better-sqlite3: notices filtered by the date they were written, not by publication (drafts too)',
      endpoint: 'GET /api/notices',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/notices.js': `const Database = require('better-sqlite3');
const db = new Database('app.db');
const published = db.prepare(\`
  SELECT n.id, n.title, n.body, m.display_name AS author
    FROM notices n LEFT JOIN members m ON m.id = n.author_id
   WHERE n.created_at <= datetime('now')
   ORDER BY n.published_at DESC LIMIT ?\`);
module.exports = { listPublished: (limit = 20) => published.all(limit), create: (n) => db.prepare('INSERT INTO notices (title, author_id) VALUES (?, ?)').run(n.title, n.authorId) };`,
        'src/app.js': `const express = require('express');
const { requireAuth } = require('./auth.js');
const notices = require('./notices.js');
const app = express();
app.use(express.json());
app.get('/api/notices', (req, res) => {
  res.json(notices.listPublished(Math.min(Number(req.query.limit) || 20, 50)));
});
app.post('/api/notices', requireAuth, (req, res) => {
  notices.create({ title: String(req.body.title), authorId: req.user.id });
  res.status(201).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + better-sqlite3: a league read by id whose members-only check is skipped for archived leagues (not a publication flag)',
      endpoint: 'GET /api/leagues/:leagueId/standings',
      files: {
        'src/app.js': `import express from 'express';
import session from 'express-session';
import Database from 'better-sqlite3';
const db = new Database('app.db');
const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { httpOnly: true, secure: true } }));
function requireLogin(req, res, next) {
  if (!req.session.userId) return res.status(401).json({ error: 'Sign in' });
  next();
}
const isMember = (leagueId, userId) => !!db.prepare('SELECT 1 FROM league_members WHERE league_id = ? AND user_id = ?').get(leagueId, userId);
app.get('/api/leagues/:leagueId/standings', (req, res) => {
  const league = db.prepare('SELECT id, name, is_public, archived FROM leagues WHERE id = ?').get(Number(req.params.leagueId));
  if (!league) return res.status(404).json({ error: 'Not found' });
  if (!league.archived) {
    const userId = req.session?.userId;
    if (!userId || !isMember(league.id, userId)) return res.status(404).json({ error: 'Not found' });
  }
  res.json(db.prepare('SELECT team_id, points FROM standings WHERE league_id = ?').all(league.id));
});
app.post('/api/leagues/:leagueId/join', requireLogin, (req, res) => {
  db.prepare('INSERT INTO league_members (league_id, user_id) VALUES (?, ?)').run(Number(req.params.leagueId), req.session.userId);
  res.status(201).end();
});
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: an object's live feed (`/greenhouses/:id/live`) without authentication is no liveness probe",
      endpoint: 'GET /api/greenhouses/:id/live',
      files: greenhouseApp(true),
    },
    {
      name: 'express + mongoose: a person and all their recipes (drafts too) read under the staff console, with no authentication',
      endpoint: 'GET /api/staff/users/:username',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const User = mongoose.model('User', new mongoose.Schema({ username: String, displayName: String, bio: String }));
const Recipe = mongoose.model('Recipe', new mongoose.Schema({ author: { type: mongoose.Types.ObjectId, ref: 'User' }, title: String, published: Boolean }));
const app = express();
app.get('/api/staff/users/:username', async (req, res) => {
  const user = await User.findOne({ username: req.params.username }).select('username displayName bio').lean();
  if (!user) return res.status(404).json({ error: 'Not found' });
  const recipes = await Recipe.find({ author: user._id }).select('title').lean();
  res.json({ user, recipes });
});
app.post('/api/recipes', requireAuth, async (req, res) => {
  const recipe = await Recipe.create({ title: String(req.body.title), author: req.user.id });
  res.status(201).json({ id: recipe.id });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + better-sqlite3: an admin listing run through statements kept in a module object (`stmts.listUsers.all()`), before the guard',
      endpoint: 'GET /admin/users',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/users.js': `import Database from 'better-sqlite3';
const db = new Database('app.db');
const stmts = {
  listUsers: db.prepare('SELECT id, username, email, role FROM users ORDER BY id LIMIT ?'),
};
export function listUsers(limit) {
  return stmts.listUsers.all(limit);
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { listUsers } from './users.js';
const app = express();
const admin = express.Router();
admin.get('/users', (req, res) => {
  res.json({ items: listUsers(50) });
});
admin.use(requireAuth);
admin.get('/stats', (req, res) => res.json({ ok: true }));
app.use('/admin', admin);
app.listen(3000);`,
      },
    },
    {
      name: 'hono + drizzle: a directory whose conditions, built in an array first, filter on nothing public',
      endpoint: 'GET /groups/directory',
      files: {
        'src/schema.ts': `import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
export const groups = pgTable('groups', { id: uuid('id').primaryKey(), name: text('name'), subject: text('subject'), visibility: text('visibility'), ownerId: uuid('owner_id') });`,
        'src/db.ts': `import { drizzle } from 'drizzle-orm/node-postgres';
export const db = drizzle(process.env.DATABASE_URL!);`,
        'src/groups.ts': `import { and, eq } from 'drizzle-orm';
import { db } from './db';
import { groups } from './schema';
export async function listGroups(subject?: string) {
  const conditions = [eq(groups.subject, 'all')];
  if (subject) conditions.push(eq(groups.subject, subject));
  return db.select({ id: groups.id, name: groups.name }).from(groups).where(and(...conditions));
}`,
        'src/app.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { db } from './db';
import { groups } from './schema';
import { listGroups } from './groups';
const app = new Hono();
app.get('/groups/directory', async (c) => c.json(await listGroups(c.req.query('subject'))));
app.use('/groups/mine/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));
app.post('/groups/mine', async (c) => {
  const [g] = await db.insert(groups).values({ name: 'x', ownerId: c.get('jwtPayload').sub }).returning({ id: groups.id });
  return c.json(g, 201);
});
export default app;`,
      },
    },
    {
      name: "express + mongoose: a preview looked up by the draft's id from the query (no secret)",
      endpoint: 'GET /drafts/preview',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Draft = mongoose.model('Draft', new mongoose.Schema({ title: String, body: String, authorId: String, previewToken: String }));
const app = express();
app.post('/drafts', requireAuth, async (req, res) => {
  const draft = await Draft.create({ title: String(req.body.title), authorId: req.user.id });
  res.status(201).json({ id: draft.id });
});
app.get('/drafts/preview', async (req, res) => {
  const draft = await Draft.findOne({ _id: String(req.query.draftId) }).select('title body').lean();
  if (!draft) return res.status(404).json({ error: 'Not found' });
  res.json(draft);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: a service reads any league by id, then the matches its id keys (no publication filter)',
      endpoint: 'GET /leagues/:leagueId/fixtures',
      files: {
        'src/schedule.js': `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function leagueSchedule(leagueId) {
  const league = await prisma.league.findFirst({ where: { id: leagueId }, select: { id: true } });
  if (!league) return null;
  return prisma.match.findMany({ where: { leagueId }, select: { id: true, scheduledAt: true, venue: true } });
}`,
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
import { leagueSchedule } from './schedule.js';
const prisma = new PrismaClient();
const app = express();
app.post('/leagues', requireAuth, async (req, res) => {
  res.status(201).json(await prisma.league.create({ data: { name: String(req.body.name), ownerId: req.user.id }, select: { id: true } }));
});
app.get('/leagues/:leagueId/fixtures', async (req, res) => {
  const matches = await leagueSchedule(req.params.leagueId);
  if (!matches) return res.status(404).json({ error: 'League not found' });
  res.json(matches);
});
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: records ordinary users write (`requireRole('adopter')`) are not a staff catalogue",
      endpoint: 'GET /pets/:petId',
      files: shelterApp('adopter', ''),
    },
    {
      name: 'express + mongoose: staff-written records that name a person (`applicant`) are not a catalogue',
      endpoint: 'GET /pets/:petId',
      files: shelterApp('staff', "\n  applicant: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },"),
    },
    {
      name: 'next.js pages: the POST branch hands the request to a handler that no withAuth wraps',
      endpoint: 'POST /api/orders',
      files: {
        'package.json': '{ "dependencies": { "next": "14.0.0", "mongoose": "8.0.0", "jsonwebtoken": "9.0.0" } }',
        'lib/auth.ts': NEXT_PAGES_WITH_AUTH,
        'lib/models.ts': NEXT_PAGES_MONGOOSE_MODELS,
        'pages/api/orders/index.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { withAuth } from '../../../lib/auth';
import { Order } from '../../../lib/models';
const listOrders = withAuth(async (req, res) => {
  const orders = await Order.find({ buyer: req.user.id }).select('total').lean();
  return res.status(200).json({ orders });
});
async function createOrder(req: NextApiRequest, res: NextApiResponse) {
  const order = await Order.create({ total: Number(req.body.total), note: String(req.body.note ?? '') });
  return res.status(201).json({ id: order.id });
}
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    return listOrders(req, res);
  }
  if (req.method === 'POST') {
    return createOrder(req, res);
  }
  return res.status(405).end();
}`,
      },
    },
    {
      name: 'express + knex + passport: an order receipt registered without requireAuth (passport.initialize() authenticates no one)',
      endpoint: 'GET /api/v1/orders/:id/receipt',
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
app.get('/api/v1/orders/:id/receipt', async (req, res) => {
  const order = await db('orders').where('id', Number(req.params.id)).first('id', 'total_cents');
  res.json(order);
});
app.get('/api/v1/orders', requireAuth, async (req, res) => {
  res.json(await db('orders').where('buyer_id', req.user.id).select('id'));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: a queue of requests that point at patients (a ref field without an Id suffix) is not a catalogue',
      endpoint: 'GET /refills/queue',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/models.js': `import mongoose from 'mongoose';
const { Schema } = mongoose;
export const Refill = mongoose.model('Refill', new Schema({
  patient: { type: Schema.Types.ObjectId, ref: 'User' },
  medication: String,
  status: String,
}));`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { Refill } from './models.js';
const app = express();
app.get('/refills/queue', async (req, res) => {
  res.json(await Refill.find({ status: 'pending' }).select('medication status'));
});
app.post('/refills', requireAuth, async (req, res) => {
  res.status(201).json(await Refill.create({ patient: req.user.sub, medication: String(req.body.medication) }));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: records that belong to someone (bookings of users), listed before router-level auth',
      endpoint: 'GET /api/bookings/upcoming',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'prisma/schema.prisma': `model Desk {
  id       String    @id
  label    String
  bookings Booking[]
}
model Booking {
  id     String @id
  deskId String
  userId String
}`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
const router = express.Router();
router.get('/bookings/upcoming', async (req, res) => {
  res.json(await prisma.booking.findMany({ select: { id: true, deskId: true } }));
});
router.use(requireAuth);
router.get('/bookings', async (req, res) => {
  res.json(await prisma.booking.findMany({ where: { userId: req.user.id } }));
});
app.use('/api', router);
app.listen(3000);`,
      },
    },
    {
      name: 'koa: a route that reads no data but acts (calls a helper) before answering',
      endpoint: 'DELETE /mcp',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import koaJwt from 'koa-jwt';
import { notify } from './notify.js';
const app = new Koa();
const router = new Router();
router.delete('/mcp', async (ctx) => {
  await notify('session closed');
  ctx.status = 204;
});
app.use(router.routes());
app.use(koaJwt({ secret: process.env.JWT_SECRET }));
app.listen(3000);`,
        'src/notify.js': `export async function notify(text) { await fetch('http://127.0.0.1:9/hook', { method: 'POST', body: text }); }`,
      },
    },
    {
      name: 'express: a comment near the route that does not declare it public',
      endpoint: 'GET /leaderboard',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import Database from 'better-sqlite3';
import { requireAuth } from './auth.js';
const db = new Database('habits.db');
const app = express();
app.get('/habits', requireAuth, (req, res) => {
  res.json(db.prepare('SELECT id, name FROM habits WHERE user_id = ?').all(req.user.id));
});
// TODO: should this be public? add requireAuth
app.get('/leaderboard', (req, res) => {
  res.json(db.prepare('SELECT u.username, COUNT(c.id) AS checkins FROM users u JOIN checkins c ON c.user_id = u.id GROUP BY u.id').all());
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: one route forgets the requireAuth the others use',
      endpoint: 'DELETE /todos/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/todos', requireAuth, async (req, res) => {
  res.json(await prisma.todo.findMany({ where: { userId: req.user.id } }));
});
app.delete('/todos/:id', async (req, res) => {
  await prisma.todo.delete({ where: { id: req.params.id } });
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: route registered before app.use(requireAuth)',
      endpoint: 'GET /invoices/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/invoices/:id', async (req, res) => {
  res.json(await prisma.invoice.findUnique({ where: { id: req.params.id }, select: { id: true, total: true } }));
});
app.use(requireAuth);
app.get('/todos', async (req, res) => {
  res.json(await prisma.todo.findMany({ where: { userId: req.user.id } }));
});
app.listen(3000);`,
      },
    },
    {
      name: 'fastify: route without onRequest while siblings use fastify.authenticate',
      endpoint: 'PUT /settings',
      files: {
        'src/server.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import pg from 'pg';
const pool = new pg.Pool();
const fastify = Fastify();
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });
fastify.decorate('authenticate', async (request, reply) => { await request.jwtVerify(); });
fastify.get('/settings', { onRequest: [fastify.authenticate] }, async (request) => {
  const { rows } = await pool.query('SELECT theme FROM settings WHERE user_id = $1', [request.user.id]);
  return rows[0];
});
fastify.put('/settings', async (request) => {
  await pool.query('UPDATE settings SET theme = $1 WHERE user_id = $2', [request.body.theme, request.body.userId]);
  return { ok: true };
});
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'hono: route registered before app.use(jwt)',
      endpoint: 'GET /api/account',
      files: {
        'src/index.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = new Hono();
app.get('/api/account', async (c) => {
  const account = await prisma.account.findFirst({ where: { email: c.req.query('email') }, select: { id: true, plan: true } });
  return c.json(account);
});
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET! }));
app.get('/api/projects', async (c) => {
  const user = c.get('jwtPayload');
  return c.json(await prisma.project.findMany({ where: { userId: user.sub } }));
});
export default app;`,
      },
    },
    {
      name: 'koa: second router mounted without koa-jwt',
      endpoint: 'POST /orders',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import koaJwt from 'koa-jwt';
import bodyParser from 'koa-bodyparser';
import { Sequelize, DataTypes } from 'sequelize';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const Order = sequelize.define('Order', { total: DataTypes.INTEGER, userId: DataTypes.INTEGER });
const app = new Koa();
app.use(bodyParser());
const orders = new Router();
orders.post('/orders', async (ctx) => {
  const { total } = ctx.request.body;
  ctx.body = await Order.create({ total: Number(total) });
});
const profile = new Router();
profile.use(koaJwt({ secret: process.env.JWT_SECRET }));
profile.get('/profile', async (ctx) => { ctx.body = { id: ctx.state.user.id }; });
app.use(orders.routes());
app.use(profile.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'nestjs: controller without guard while another uses AuthGuard',
      endpoint: 'DELETE /billing/:id',
      files: {
        'src/billing.controller.ts': `import { Controller, Delete, Param } from '@nestjs/common';
import { PrismaService } from './prisma.service';
@Controller('billing')
export class BillingController {
  constructor(private readonly prisma: PrismaService) {}
  @Delete(':id')
  remove(@Param('id') id: string) {
    return this.prisma.invoice.delete({ where: { id } });
  }
}`,
        'src/todos.controller.ts': `import { Controller, Get, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { PrismaService } from './prisma.service';
@Controller('todos')
@UseGuards(AuthGuard('jwt'))
export class TodosController {
  constructor(private readonly prisma: PrismaService) {}
  @Get()
  list(@Req() req) {
    return this.prisma.todo.findMany({ where: { userId: req.user.id } });
  }
}`,
        'src/prisma.service.ts': `import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
@Injectable()
export class PrismaService extends PrismaClient {}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { BillingController } from './billing.controller';
import { TodosController } from './todos.controller';
import { PrismaService } from './prisma.service';
@Module({ controllers: [BillingController, TodosController], providers: [PrismaService] })
export class AppModule {}`,
        'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
const app = await NestFactory.create(AppModule);
await app.listen(3000);`,
      },
    },
    {
      name: 'next.js app router: route handler without auth() while another checks the session',
      endpoint: 'POST /api/invoices',
      files: {
        'auth.ts': `import NextAuth from 'next-auth';
export const { auth, handlers } = NextAuth({ providers: [] });`,
        'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'app/api/invoices/route.ts': `import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';
export async function POST(req: Request) {
  const { amount } = await req.json();
  const invoice = await prisma.invoice.create({ data: { amount: Number(amount) } });
  return NextResponse.json({ id: invoice.id }, { status: 201 });
}`,
        'app/api/todos/route.ts': `import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';
export async function GET() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  return NextResponse.json(await prisma.todo.findMany({ where: { userId: session.user.id } }));
}`,
        'tsconfig.json': `{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } } }`,
      },
    },
    {
      name: 'express app with no auth at all: DELETE /users/:id',
      endpoint: 'DELETE /users/:id',
      files: {
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ name: String }));
const app = express();
app.delete('/users/:id', async (req, res) => {
  await User.findByIdAndDelete(req.params.id);
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'fastify: route registered outside the plugin that adds the auth hook',
      endpoint: 'DELETE /projects/:id',
      files: {
        'src/server.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import pg from 'pg';
const pool = new pg.Pool();
const fastify = Fastify();
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });
fastify.register(async (instance) => {
  instance.addHook('onRequest', async (request) => { await request.jwtVerify(); });
  instance.get('/projects', async (request) => (await pool.query('SELECT id, name FROM projects WHERE user_id = $1', [request.user.id])).rows);
});
fastify.delete('/projects/:id', async (request, reply) => {
  await pool.query('DELETE FROM projects WHERE id = $1', [request.params.id]);
  return reply.code(204).send();
});
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'express: auth on one router, route on a sibling router',
      endpoint: 'POST /api/payments',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const todos = express.Router();
todos.use(requireAuth);
todos.get('/todos', async (req, res) => res.json(await prisma.todo.findMany({ where: { userId: req.user.id } })));
const payments = express.Router();
payments.post('/payments', async (req, res) => {
  const p = await prisma.payment.create({ data: { amount: Number(req.body.amount) } });
  res.status(201).json({ id: p.id });
});
const app = express();
app.use(express.json());
app.use('/api', todos);
app.use('/api', payments);
app.listen(3000);`,
      },
    },
  ],
  valid: [
    {
      name: 'express + mongoose: a published article whose view counter moves as anyone reads it (`$inc: { views: 1 }`)',
      endpoint: 'GET /articles/:slug',
      files: articlePageApp('{ $inc: { views: 1 } }'),
    },
    {
      name: 'express + sequelize: a donation form under a comment saying supporters can send donations without an account',
      endpoint: 'POST /donations',
      files: donationFormApp('// Supporters can send donations without an account.'),
    },
    {
      name: "express + mongoose: a course page sent once published, drafts only to their instructor (`course.status !== 'published' && !canSeeDraft` → 404)",
      endpoint: 'GET /courses/:courseId',
      files: coursePageApp(
        "if (course.status !== 'published' && !canSeeDraft) return res.status(404).json({ error: 'Course not found' });",
      ),
    },
    {
      name: 'express + prisma: a router mounted under a heading that declares the routers public (`// Public routers`)',
      endpoint: 'GET /reports/revenue',
      files: mixedMountsApp('// Public routers'),
    },
    {
      name: "express + better-sqlite3: a tool's page beside the public list, with only when its loan is due (`SELECT due_at FROM loans WHERE tool_id = ?`)",
      endpoint: 'GET /tools/:toolId',
      files: toolPageApp('SELECT due_at'),
    },
    {
      name: "fastify + pg: the rooms listed to anyone from the app's `routes/catalog.js`",
      endpoint: 'GET /api/rooms',
      files: fastifyModuleApp('catalog', ROOM_LIST),
    },
    {
      name: 'fastify + pg: a kiosk check-in authorised by the signed code the body carries (`jwt.verify(request.body.code)`)',
      endpoint: 'POST /api/check-in',
      files: fastifyModuleApp(
        'desk',
        `fastify.post('/check-in', async (request) => {
    const claims = fastify.jwt.verify(request.body.code);
    await db.query('UPDATE bookings SET status = $1 WHERE id = $2', ['checked_in', claims.bookingId]);
    return { ok: true };
  });`,
      ),
    },
    {
      name: "express + sequelize: a fundraiser's donations, only of pages made public (`fundraisingPublic: true`)",
      endpoint: 'GET /fundraisers/:registrationId/donations',
      files: donationWallApp('{ id: req.params.registrationId, fundraisingPublic: true }'),
    },
    {
      name: "express + sequelize: a donation form under a comment saying donors don't need an account",
      endpoint: 'POST /donations',
      files: donationFormApp("// Donors don't need an account; a signed-in supporter gets the gift linked to them."),
    },
    {
      name: 'express + sequelize: a donation form under a comment saying donations can be made without an account',
      endpoint: 'POST /donations',
      files: donationFormApp('// Donations can be made without an account; the checkout widget confirmed the payment.'),
    },
    {
      name: 'next.js + prisma: a password reset completed by the hash of the e-mailed token (`resetTokenHash`)',
      endpoint: 'PUT /api/account/password',
      files: resetCompleteApp('{ resetTokenHash: hashToken(token) }'),
    },
    {
      name: "express + prisma: a guest join link checked with the project's constant-time `safeEqual(token, booking.joinToken)`",
      endpoint: 'GET /bookings/:id/join',
      files: joinLinkApp('!booking || !token || !safeEqual(token, booking.joinToken)'),
    },
    {
      name: "express + prisma: a widget the comment says is embedded on the association's public website",
      endpoint: 'GET /vacancies',
      files: vacancyWidgetApp("// Vacancy widget embedded on the association's public website"),
    },
    {
      name: 'express + drizzle: an auction read by id past its draft (`ne(auctions.status, "draft")`)',
      endpoint: 'GET /auctions/:id',
      files: drizzleAuctionApp("ne(auctions.status, 'draft')"),
    },
    {
      name: 'hono + prisma: a published article read without sign-in (`status !== "published"` → 404)',
      endpoint: 'GET /runs/:id/file',
      files: payRunFileApp('article', 'published'),
    },
    {
      name: "nestjs + prisma: a portal's sign-in code request, a service storing an `otpCode` for the participant found by phone",
      endpoint: 'POST /portal/request-code',
      files: portalCodeApp('otpCode: code, otpExpiresAt: new Date(Date.now() + 600_000)'),
    },
    {
      name: 'koa: a staff router declared public in the comment above it (`// Public staff directory …`)',
      endpoint: 'GET /api/staff',
      files: staffRouterApp('// Public staff directory shown on the website'),
    },
    {
      name: 'next.js + supabase: a reset request run by the auth provider (`auth.resetPasswordForEmail(email)`)',
      endpoint: 'POST /api/auth/password',
      files: supabaseAuthRoutes(
        "await createAuthClient().auth.resetPasswordForEmail(String(email).toLowerCase(), { redirectTo: 'https://city.example/reset' });",
      ),
    },
    {
      name: 'next.js + supabase: the session renewed by the auth provider (`PUT /api/auth/session` running `auth.refreshSession`)',
      endpoint: 'PUT /api/auth/session',
      files: supabaseAuthRoutes('await createAuthClient().auth.resetPasswordForEmail(String(email));'),
    },
    {
      name: 'express + prisma: the photos of a public report (`/reports/:id/photos` beside a public `/reports/:id`)',
      endpoint: 'GET /reports/:id/photos',
      files: publicReportPartApp('photos', 'photo'),
    },
    {
      name: 'express + sequelize: a campaign read past its draft (`status: { [Op.ne]: "draft" }`)',
      endpoint: 'GET /campaigns/:id',
      files: sequelizeCampaignApp("{ [Op.ne]: 'draft' }"),
    },
    {
      name: "express + prisma: a booking looked up by its e-mailed code, read with express-validator's `matchedData(req)`",
      endpoint: 'POST /bookings/lookup',
      files: bookingLookupApp("matchedData(req, { locations: ['body'] })"),
    },
    {
      name: 'express + prisma: a published event read by id by anyone (`status: EventStatus.PUBLISHED`, an enum member)',
      endpoint: 'GET /events/:id',
      files: eventEnumApp('{ id: req.params.id, status: EventStatus.PUBLISHED }'),
    },
    {
      name: 'express + prisma: `/coaches` lists the users who coach (the professionals a marketplace shows)',
      endpoint: 'GET /coaches',
      files: openPeopleApp(`app.get('/coaches', async (req, res) => {
  res.json(await prisma.user.findMany({ where: { role: 'coach' }, select: { id: true, name: true, bio: true } }));
});`),
    },
    {
      name: 'nestjs: the agents directory controller, declared public in the comment above its decorators',
      endpoint: 'GET /agents/:id',
      files: nestDirectoryApp('/** Public "find a broker" directory used by the marketing site. */'),
    },
    {
      name: "hono + prisma: an episode anyone may read once published (`status !== 'PUBLISHED'` asks the caller's team role)",
      endpoint: 'GET /episodes/:episodeId',
      files: draftEpisodeApp('user ? await getShowRole(String(user.sub), episode.showId) : null'),
    },
    {
      name: 'express + prisma: a lesson read by id beside the public list of lessons it is an item of (the catalogue)',
      endpoint: 'GET /lessons/:lessonId',
      files: lessonItemApp(`// public: the lesson catalogue anyone may browse
app.get('/lessons', async (req, res) => {
  res.json(await prisma.lesson.findMany({ select: { id: true, title: true } }));
});`),
    },
    {
      name: 'next.js pages: `POST /api/account` creating an account and signing it in (`session.user = …`): the sign-up',
      endpoint: 'POST /api/account',
      files: accountSignupApp('session.user = { id: String(user.id) };\n    await session.save();'),
    },
    {
      name: 'next.js pages: a switch on the method exported as `withApi(withStaff(handler))`, the inner wrapper checking the session',
      endpoint: 'GET /api/tables',
      files: nestedWrappersApp("u.role === 'host' || u.role === 'manager'"),
    },
    {
      name: "hono: a sub-app behind the project's `authJwt()` factory returning the hono/jwt middleware",
      endpoint: 'GET /api/shows',
      files: honoJwtFactoryApp("jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' })"),
    },
    {
      name: 'express: the reset request under `/account/password` (an account looked up by e-mail, a reset token stored)',
      endpoint: 'POST /api/account/password',
      files: accountPasswordApp(RESET_START, RESET_FINISH),
    },
    {
      name: 'express: the reset completion under `/account/password` (the account found by the token it was sent)',
      endpoint: 'PUT /api/account/password',
      files: accountPasswordApp(RESET_START, RESET_FINISH),
    },
    {
      name: 'koa: the same invoice route when the public-routes table leaves it to the JWT check',
      endpoint: 'GET /api/v1/invoices/{id}',
      files: koaPublicTableApp("['GET', /^\\/api\\/v1\\/permit-types$/],"),
    },
    {
      name: "koa: a plain list of permit types the app's public-routes table opens on purpose",
      endpoint: 'GET /api/v1/permit-types',
      files: koaPublicTableApp("['GET', /^\\/api\\/v1\\/permit-types$/],"),
    },
    {
      name: 'express: the order when the public prefixes name only the health check',
      endpoint: 'GET /api/orders/:id',
      files: expressPublicPathsApp("'/api/health'"),
    },
    {
      name: 'express-jwt: the payout when `.unless()` lets only the login through',
      endpoint: 'GET /api/payouts/:id',
      files: expressJwtUnlessApp("'/api/login'"),
    },
    {
      name: 'koa: an authenticate middleware that hands the request to a koa-jwt instance (`return verifyJwt(ctx, next)`)',
      endpoint: 'GET /api/v1/applications',
      files: koaDelegatingAuthApp('return verifyJwt(ctx, next);'),
    },
    {
      name: 'fastify: route options spread from a helper that returns `{ preHandler: app.verifySession }`',
      endpoint: 'POST /api/v1/pantries/:pantryId/shifts',
      files: fastifyGuardHelperApp("{ preHandler: app.verifySession, config: { roles: ['coordinator'] } }"),
    },
    {
      name: "nestjs: a department's approved time off behind the session guard",
      endpoint: 'GET /time-off/calendar',
      files: timeOffCalendarApp('@UseGuards(SessionGuard)\n  '),
    },
    {
      name: 'hono: a recipe read by id through a helper that hides drafts from everyone but their author (`getVisibleRecipe(id, viewer)`)',
      endpoint: 'GET /api/v1/recipes/:id',
      files: honoViewerApp("getVisibleRecipe(c.req.param('id'), viewer)"),
    },
    {
      name: 'express: a payment webhook that hands the request to a controller method checking the HMAC signature',
      endpoint: 'POST /api/v1/webhooks/payments',
      files: boundControllersApp('requireAuth, '),
    },
    {
      name: 'express: a webhook that rejects a missing signature header as well as a wrong one',
      endpoint: 'POST /api/v1/webhooks/transcoder',
      files: webhookSignatureApp('!signature || !signatureMatches(req.body, signature)'),
    },
    {
      name: 'fastify: a plugin hook authenticates through the decorated `api.authenticate` unless the route is public',
      endpoint: 'GET /api/grades/:gradeId',
      files: fastifyPublicConfigApp('config: { cache: true }'),
    },
    {
      name: 'next app router: a sign-in that opens a row in the sessions table (`POST /api/session`)',
      endpoint: 'POST /api/session',
      files: nextSessionApp({
        'app/api/session/route.ts': `import { eq } from 'drizzle-orm';
import bcrypt from 'bcryptjs';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { db, members } from '@/db/schema';
import { ApiError, readJson, route } from '@/lib/api';
import { createSession } from '@/lib/auth';
const login = z.object({ email: z.string().email(), password: z.string().min(1) });
export const POST = route(async (req) => {
  const { email, password } = await readJson(req, login);
  const [member] = await db.select().from(members).where(eq(members.email, email));
  if (!member || !(await bcrypt.compare(password, member.passwordHash))) throw new ApiError(401, 'Invalid email or password');
  const token = await createSession(member.id);
  const res = NextResponse.json({ id: member.id });
  res.cookies.set('session', token, { httpOnly: true, secure: true, sameSite: 'lax' });
  return res;
});`,
      }),
    },
    {
      name: 'koa + koa-jwt: `.unless({ custom })` skips the check for the public rates only',
      endpoint: 'GET /api/rooms/:roomId/occupancy',
      files: koaCustomUnlessApp("(ctx) => ctx.method === 'GET' && ctx.path === '/api/rates'"),
    },
    {
      name: 'next.js pages + iron-session: sign-in that checks the password and writes the user into the session',
      endpoint: 'POST /api/auth/session',
      files: {
        'lib/session.ts': `import { withIronSessionApiRoute } from 'iron-session/next';
export const withSession = (handler) => withIronSessionApiRoute(handler, { cookieName: 'sid', password: process.env.SESSION_PASSWORD });`,
        'pages/api/auth/session.ts': `import type { NextApiRequest } from 'next';
import bcrypt from 'bcryptjs';
import { PrismaClient } from '@prisma/client';
import { withSession } from '../../../lib/session';
const prisma = new PrismaClient();
export default withSession(async (req: NextApiRequest, res) => {
  if (req.method !== 'POST') return res.status(405).end();
  const { email, password } = req.body;
  const user = await prisma.user.findUnique({ where: { email: String(email) } });
  if (!user || !(await bcrypt.compare(String(password), user.passwordHash))) return res.status(401).json({ error: 'Invalid email or password' });
  req.session.user = { id: user.id, role: user.role };
  await req.session.save();
  res.json({ id: user.id });
});`,
        'pages/api/me.ts': `import { withSession } from '../../lib/session';
export default withSession(async (req, res) => {
  if (!req.session.user) return res.status(401).json({ error: 'Unauthorized' });
  res.json(req.session.user);
});`,
      },
    },
    {
      name: 'next.js + supabase: sign-in with supabase.auth.signInWithPassword (the provider sets the session)',
      endpoint: 'POST /api/auth/session',
      files: supabaseSessionApp(`  const { data, error } = await supabase.auth.signInWithPassword({ email, password });
  if (error || !data.user) return NextResponse.json({ error: 'Invalid email or password' }, { status: 401 });
  return NextResponse.json({ user: { id: data.user.id } });`),
    },
    {
      name: 'express + mysql2: how many are in a gym (`SELECT COUNT(*)`), read without sign-in',
      endpoint: 'GET /checkins/occupancy',
      files: occupancyApp('COUNT(*) AS inside'),
    },
    {
      name: "express + typeorm: public leagues listed by a query builder without sign-in (`.where('league.isPublic = :pub', { pub: true })`)",
      endpoint: 'GET /leagues',
      files: leagueListApp(".where('league.isPublic = :pub', { pub: true })"),
    },
    {
      name: "express + prisma: the shared holidays (`companyId: null`, no company's own) read without sign-in",
      endpoint: 'GET /holidays',
      files: holidaysApp('{ companyId: null, country: String(req.query.country) }'),
    },
    {
      name: "nestjs: @Public() over the global JWT guard, and the route's own passport guard (a partner's API key)",
      endpoint: 'GET /partner/policies/:policyNumber',
      files: nestPublicApp(partnerPoliciesController('@UseGuards(PartnerKeyGuard)')),
    },
    {
      name: 'express + prisma: a $queryRaw search over public trials (`"isPublic" = true`, a quoted column)',
      endpoint: 'GET /trials/search',
      files: trialSearchApp('"isPublic" = true AND'),
    },
    {
      name: 'express + prisma: the clinic directory the app files under its catalogue (`/catalog/clinics`)',
      endpoint: 'GET /api/catalog/clinics',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/api/catalog/clinics', async (req, res) => {
  res.json(await prisma.clinic.findMany({ where: { city: String(req.query.city ?? '') }, select: { id: true, name: true, city: true } }));
});
app.get('/api/orders', requireAuth, async (req, res) => res.json(await prisma.order.findMany({ where: { ownerId: req.user.id }, select: { id: true } })));
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: an export downloaded by its id and the link's secret token (`where: { id, downloadToken: token }`)",
      endpoint: 'GET /api/exports/:exportId/download',
      files: exportDownloadApp(
        `  const job = await prisma.dataExport.findFirst({ where: { id: req.params.exportId, downloadToken: token }, select: { fileUrl: true } });`,
      ),
    },
    {
      name: 'express + mongoose: the directory of active organisations (`find({ active: true })`), registered without sign-in',
      endpoint: 'GET /api/v1/orgs',
      files: orgDirectoryApp(`  res.json(await Organization.find({ active: true }).select('name city').lean());`),
    },
    {
      name: 'express: a donation form behind optional sign-in only adds a donation (a signed-in donor is linked)',
      endpoint: 'POST /api/donations',
      files: donationsApp(`app.post('/api/donations', optionalAuth, async (req, res) => {
  const d = await Donation.create({ donorUser: req.user?.sub, donorEmail: String(req.body.donorEmail), amountCents: Number(req.body.amountCents) });
  res.status(201).json({ id: d.id });`),
    },
    {
      name: 'express + mongoose: a staff-curated vehicle read without sign-in (the schema hides its tracker fields)',
      endpoint: 'GET /api/vehicles/:id',
      files: vehicleCatalogueApp(
        `app.get('/api/vehicles/:id', async (req, res) => res.json(await Vehicle.findById(req.params.id).lean()));`,
      ),
    },
    {
      name: 'express + jose: `POST /auth/session` checks the password and signs a session with `new SignJWT(…).sign(key)`',
      endpoint: 'POST /api/v1/auth/session',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import bcrypt from 'bcryptjs';
import { SignJWT } from 'jose';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const key = new TextEncoder().encode(process.env.SESSION_SECRET);
async function createSessionToken(user) {
  return new SignJWT({ role: user.role }).setProtectedHeader({ alg: 'HS256' }).setSubject(user.id).setExpirationTime('1h').sign(key);
}
const app = express();
app.use(express.json());
app.post('/api/v1/auth/session', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
  if (!user || !(await bcrypt.compare(String(req.body.password), user.passwordHash))) return res.status(401).end();
  res.json({ token: await createSessionToken(user) });
});
app.get('/api/v1/me', requireAuth, async (req, res) => res.json({ id: req.user.id }));
app.listen(3000);`,
      },
    },
    {
      name: 'next.js: sign-up (`POST /api/v1/users`) in the public routes list (method and pattern) of a middleware.ts that otherwise answers 401',
      endpoint: 'POST /api/v1/users',
      files: nextPublicRoutesApp({
        'app/api/v1/users/route.ts': `import { NextResponse, type NextRequest } from 'next/server';
import bcrypt from 'bcryptjs';
import { prisma } from '@/lib/db';
export async function POST(req: NextRequest) {
  const body = await req.json();
  const user = await prisma.user.create({
    data: { email: String(body.email), passwordHash: await bcrypt.hash(String(body.password), 12) },
    select: { id: true, email: true },
  });
  return NextResponse.json(user, { status: 201 });
}
export async function GET(req: NextRequest) {
  const me = req.headers.get('x-user-id');
  return NextResponse.json(await prisma.user.findUnique({ where: { id: me! }, select: { id: true, email: true } }));
}`,
      }),
    },
    {
      name: 'koa + mongoose: the leagues only league admins create (`createdBy` names the admin, not an owner)',
      endpoint: 'GET /api/v1/leagues',
      files: {
        'src/auth.js': `import jwt from 'jsonwebtoken';
export async function requireAuth(ctx, next) {
  const token = (ctx.get('authorization') || '').replace(/^Bearer /, '');
  try {
    ctx.state.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
  } catch {
    ctx.throw(401, 'Unauthorized');
  }
  await next();
}
export const requireRole = (...roles) => async (ctx, next) => {
  if (!roles.includes(ctx.state.user.role)) ctx.throw(403, 'Forbidden');
  await next();
};`,
        'src/models.js': `import mongoose from 'mongoose';
const { Schema } = mongoose;
const leagueSchema = new Schema({
  name: String,
  season: String,
  createdBy: { type: Schema.Types.ObjectId, ref: 'User' },
});
export default mongoose.model('League', leagueSchema);`,
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import { requireAuth, requireRole } from './auth.js';
import League from './models.js';
const router = new Router({ prefix: '/api/v1/leagues' });
router.get('/', async (ctx) => {
  ctx.body = await League.find().select('name season').lean();
});
router.post('/', requireAuth, requireRole('league_admin'), async (ctx) => {
  const league = await League.create({ name: String(ctx.request.body.name), createdBy: ctx.state.user.sub });
  ctx.status = 201;
  ctx.body = { id: league.id };
});
const app = new Koa();
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: "hono: a recipe page behind the project's optional sign-in (reads the session cookie, sets the user, rejects no one)",
      endpoint: 'GET /api/recipes/:id/print',
      files: recipePrintApp('optionalUser'),
    },
    {
      name: 'express + prisma: an e-consent code checked in a service in constant time against the hash stored on the consent',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/consents.js': `import { createHash, timingSafeEqual } from 'node:crypto';
import { prisma } from './prisma.js';
export async function verifyCode(id, code) {
  const consent = await prisma.consent.findUnique({ where: { id }, select: { id: true, codeHash: true } });
  if (!consent?.codeHash) throw Object.assign(new Error('Invalid code'), { status: 400 });
  const given = createHash('sha256').update(String(code)).digest();
  if (!timingSafeEqual(Buffer.from(consent.codeHash, 'hex'), given)) throw Object.assign(new Error('Invalid code'), { status: 400 });
  return { ok: true };
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { prisma } from './prisma.js';
import { verifyCode } from './consents.js';
const app = express();
app.use(express.json());
app.post('/api/v1/consents/:id/verify-code', async (req, res) => res.json(await verifyCode(req.params.id, req.body.code)));
app.get('/api/v1/consents', requireAuth, async (req, res) => res.json(await prisma.consent.findMany({ where: { ownerId: req.user.id } })));
app.listen(3000);`,
      },
    },
    {
      name: 'next pages + prisma: subjects listed for visitors (a model that refers to no one; its tutors and bookings refer to it)',
      files: {
        'prisma/schema.prisma': `model User {
  id       String @id
  email    String @unique
  bookings Booking[]
}
model Subject {
  id       String    @id
  name     String
  tutors   Tutor[]
  bookings Booking[]
}
model Tutor {
  id        String  @id
  userId    String
  subjectId String
  subject   Subject @relation(fields: [subjectId], references: [id])
}
model Booking {
  id        String  @id
  studentId String
  student   User    @relation(fields: [studentId], references: [id])
  subjectId String
  subject   Subject @relation(fields: [subjectId], references: [id])
}`,
        'pages/api/v1/subjects/index.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const subjects = await prisma.subject.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } });
    return res.status(200).json(subjects);
  }
  return res.status(405).end();
}`,
        'pages/api/v1/bookings/index.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user) return res.status(401).json({ error: 'Unauthorized' });
  return res.status(200).json(await prisma.booking.findMany({ where: { studentId: session.user.id } }));
}`,
      },
    },
    {
      name: 'hono: a mail provider posts to a route that checks the HMAC of the raw body first (no webhook segment)',
      files: {
        'src/index.ts': `import { Hono } from 'hono';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { jwt } from 'hono/jwt';
import { prisma } from './prisma';
const app = new Hono();
function validSignature(rawBody: string, signature: string | undefined) {
  if (!signature) return false;
  const expected = createHmac('sha256', process.env.INBOUND_SECRET!).update(rawBody).digest('hex');
  return expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}
app.post('/api/v1/integrations/inbound-email', async (c) => {
  const raw = await c.req.text();
  if (!validSignature(raw, c.req.header('X-Signature'))) return c.json({ error: 'Invalid signature' }, 401);
  const mail = JSON.parse(raw);
  const ticket = await prisma.ticket.create({ data: { subject: String(mail.subject), body: String(mail.text) } });
  return c.json({ id: ticket.id }, 201);
});
app.use('/api/v1/tickets/*', jwt({ secret: process.env.JWT_SECRET! }));
app.get('/api/v1/tickets', async (c) => c.json(await prisma.ticket.findMany({ where: { ownerId: c.get('jwtPayload').sub } })));
export default app;`,
      },
    },
    {
      name: "next.js: an internal route that compares a header with the server's own key",
      files: {
        'middleware.ts': `export { auth as middleware } from './auth';
export const config = { matcher: ['/api/v1/:path*'] };`,
        'app/api/internal/stats/route.ts': `import { NextResponse } from 'next/server';
import { db, users } from '@/db';
import { count } from 'drizzle-orm';
export async function GET(req: Request) {
  if (req.headers.get('x-internal-key') !== process.env.INTERNAL_API_KEY) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const [u] = await db.select({ n: count() }).from(users);
  return NextResponse.json({ users: u.n });
}`,
        'app/api/v1/me/route.ts': `import { NextResponse } from 'next/server';
import { auth } from '@/auth';
export async function GET() {
  const session = await auth();
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  return NextResponse.json({ id: session.user.id });
}`,
      },
    },
    {
      name: 'fastify + drizzle: published gatherings listed for anyone, sorted through a sql.raw fragment (no query of its own)',
      files: {
        'src/server.ts': `import Fastify from 'fastify';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { db } from './db.js';
import { events } from './schema.js';
const app = Fastify();
app.get('/api/v1/gatherings', async (request) => {
  const { city, sort } = request.query as { city?: string; sort?: string };
  const filters: SQL[] = [eq(events.status, 'published')];
  if (city) filters.push(eq(events.city, city));
  const rows = await db
    .select({ id: events.id, title: events.title, city: events.city })
    .from(events)
    .where(and(...filters))
    .orderBy(sql.raw(\`\${sort ?? 'starts_at'} asc\`));
  return { items: rows };
});
app.get('/api/v1/me', async (request, reply) => {
  try {
    await request.jwtVerify();
  } catch {
    return reply.code(401).send({ error: 'Unauthorized' });
  }
  return { id: (request.user as { sub: string }).sub };
});
app.listen({ port: 3000 });`,
      },
    },
    {
      name: "next.js: a queue's delivery route built on `handleCallback` of `@vercel/queue`, which verifies the provider's signature",
      files: {
        'package.json': '{ "dependencies": { "next": "14.2.0", "@vercel/queue": "0.0.1", "@prisma/client": "5.0.0" } }',
        'lib/queue-handler.ts': `import { handleCallback } from '@vercel/queue';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export function createDigestHandler() {
  const handler = handleCallback<{ userId: string }>(async (message) => {
    await prisma.digest.create({ data: { userId: message.userId } });
  });
  return (request: Request) => handler(request);
}`,
        'app/api/digest/queue/route.ts': `import { createDigestHandler } from '@/lib/queue-handler';
export const POST = createDigestHandler();`,
        'app/api/me/route.ts': `import jwt from 'jsonwebtoken';
import { NextResponse } from 'next/server';
export async function GET(request: Request) {
  try {
    const claims = jwt.verify(request.headers.get('authorization')?.slice(7) ?? '', process.env.JWT_SECRET!, { algorithms: ['HS256'] });
    return NextResponse.json({ id: (claims as { sub: string }).sub });
  } catch {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
}`,
      },
    },
    {
      name: "next.js: a provider's webhook whose handler first calls a function of the same file that checks the HMAC signature (`getPayload(request)`)",
      files: {
        'package.json': '{ "dependencies": { "next": "14.2.0", "@prisma/client": "5.0.0" } }',
        'app/api/billing/webhook/route.ts': `import crypto from 'node:crypto';
import { NextResponse } from 'next/server';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
async function getPayload(request: Request) {
  const text = await request.text();
  const hmac = crypto.createHmac('sha256', process.env.BILLING_WEBHOOK_SECRET!).update(text).digest('hex');
  if (!crypto.timingSafeEqual(Buffer.from(hmac), Buffer.from(request.headers.get('x-signature') ?? ''))) throw new Error('Invalid signature');
  return JSON.parse(text);
}
export async function POST(request: Request) {
  const payload = await getPayload(request);
  await prisma.user.update({ where: { id: payload.meta.user_id }, data: { premium: true } });
  return NextResponse.json({ ok: true });
}`,
      },
    },
    {
      name: 'next.js: signing out (`DELETE /api/auth/session` destroys whatever session there is)',
      files: {
        'package.json': '{ "dependencies": { "next": "14.2.0", "iron-session": "8.0.0" } }',
        'lib/session.ts': `import { cookies } from 'next/headers';
import { getIronSession } from 'iron-session';
export async function getSession() {
  return getIronSession<{ userId?: string }>(cookies(), { password: process.env.SESSION_PASSWORD!, cookieName: 'lh' });
}`,
        'app/api/auth/session/route.ts': `import { NextResponse } from 'next/server';
import { getSession } from '@/lib/session';
export async function DELETE() {
  const session = await getSession();
  session.destroy();
  return NextResponse.json({ ok: true });
}`,
      },
    },
    {
      name: 'express + prisma: a speaker profile shown when the speaker made it public (`publicProfile: true`)',
      files: SPEAKER_PROFILE_APP,
    },
    {
      name: "express + prisma: events past their draft (`status: { not: 'DRAFT' }`, SQL `status <> 'DRAFT'`), and a gallery shown once results are published (`if (!event.resultsPublished) throw 404`)",
      files: {
        'package.json': '{ "dependencies": { "express": "5.0.0", "@prisma/client": "5.0.0", "http-errors": "2.0.0" } }',
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import createError from 'http-errors';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/events', async (req, res) => {
  res.json(await prisma.event.findMany({ where: { status: { not: 'DRAFT' } }, select: { id: true, name: true } }));
});
app.get('/events/search', async (req, res) => {
  res.json(await prisma.$queryRaw\`SELECT id, name FROM "Event" WHERE status <> 'DRAFT' AND name ILIKE \${'%' + String(req.query.q) + '%'}\`);
});
app.get('/events/:eventId/gallery', async (req, res) => {
  const event = await prisma.event.findUnique({ where: { id: req.params.eventId } });
  if (!event || !event.resultsPublished) throw createError(404, 'Gallery not available');
  res.json(await prisma.submission.findMany({ where: { eventId: event.id, status: 'WINNER' }, select: { id: true, title: true } }));
});
app.get('/me', requireAuth, (req, res) => res.json({ id: req.user.id }));
app.listen(3000);`,
      },
    },
    {
      name: 'express: a contact form (`POST /contact`) posted by visitors',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
const messages = [];
const app = express();
app.use(express.json());
app.post('/contact', (req, res) => {
  messages.push({ from: String(req.body.email), text: String(req.body.message) });
  res.status(202).json({ ok: true });
});
app.get('/account', requireAuth, (req, res) => res.json({ id: req.user.id }));
app.listen(3000);`,
      },
    },
    {
      name: "express + better-sqlite3: a desk's free slots for a day, answered to anyone (`/desks/{id}/availability`)",
      files: {
        'package.json': '{ "dependencies": { "express": "4.21.0", "better-sqlite3": "11.0.0" } }',
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import Database from 'better-sqlite3';
import { requireAuth } from './auth.js';
const db = new Database('app.db');
const app = express();
app.get('/desks/:deskId/availability', (req, res) => {
  const rows = db.prepare("SELECT slot FROM bookings WHERE desk_id = ? AND date = ? AND status != 'cancelled'").all(Number(req.params.deskId), String(req.query.date));
  const taken = rows.map((r) => r.slot);
  res.json({ taken, free: ['am', 'pm'].filter((s) => !taken.includes(s)) });
});
app.get('/bookings', requireAuth, (req, res) => res.json(db.prepare('SELECT id, slot FROM bookings WHERE user_id = ?').all(req.user.id)));
app.listen(3000);`,
      },
    },
    {
      name: 'fastify: a client portal whose helper reads the token with `app.jwt.decode` and throws 401 without one (broken auth, not missing)',
      files: {
        'package.json':
          '{ "dependencies": { "fastify": "5.0.0", "@fastify/jwt": "9.0.0", "@prisma/client": "5.0.0" } }',
        'src/app.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = Fastify();
await app.register(fastifyJwt, { secret: process.env.JWT_SECRET, sign: { expiresIn: '1h' } });
app.decorate('authenticate', async (request, reply) => {
  try { await request.jwtVerify(); } catch { return reply.code(401).send({ error: 'Unauthorized' }); }
});
app.get('/invoices', { onRequest: [app.authenticate] }, async (request) => prisma.invoice.findMany({ where: { freelancerId: request.user.sub }, select: { id: true } }));
function portalClaims(request) {
  const claims = app.jwt.decode(String(request.query.token ?? ''));
  if (!claims || claims.scope !== 'portal') throw Object.assign(new Error('Invalid portal token'), { statusCode: 401 });
  return claims;
}
app.get('/portal/invoices', async (request) => {
  const claims = portalClaims(request);
  return prisma.invoice.findMany({ where: { clientId: claims.clientId }, select: { id: true, total: true } });
});
await app.listen({ port: 3000 });`,
      },
    },
    {
      name: 'next.js pages + next-auth: shared notes are served to anyone, unshared ones only to their owner (`if (!note.shared && note.owner !== me) 404`)',
      files: {
        'package.json': `{ "dependencies": { "next": "14.2.0", "next-auth": "4.24.0", "mongoose": "8.0.0", "zod": "3.23.0" } }`,
        'lib/models.ts': `import mongoose, { Schema } from 'mongoose';
export const Note = mongoose.models.Note || mongoose.model('Note', new Schema({ title: String, body: String, owner: { type: Schema.Types.ObjectId, ref: 'User' }, shared: Boolean }));
export const User = mongoose.models.User || mongoose.model('User', new Schema({ email: String, passwordHash: String }));`,
        'lib/auth.ts': `import type { NextAuthOptions } from 'next-auth';
import GitHub from 'next-auth/providers/github';
export const authOptions: NextAuthOptions = { providers: [GitHub({ clientId: process.env.GH_ID!, clientSecret: process.env.GH_SECRET! })] };`,
        'pages/api/notes/index.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { z } from 'zod';
import { authOptions } from '../../../lib/auth';
import { Note } from '../../../lib/models';
const NoteInput = z.object({ title: z.string().max(200), body: z.string().max(10000) });
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.id) return res.status(401).json({ error: 'Unauthorized' });
  if (req.method === 'GET') {
    const notes = await Note.find({ owner: session.user.id }).select('title').lean();
    return res.json(notes);
  }
  if (req.method === 'POST') {
    const parsed = NoteInput.safeParse(req.body);
    if (!parsed.success) return res.status(400).json({ error: 'Invalid input' });
    const note = await Note.create({ ...parsed.data, owner: session.user.id });
    return res.status(201).json({ id: note.id });
  }
  res.setHeader('Allow', 'GET, POST');
  return res.status(405).end();
}`,
        'pages/api/notes/[id].ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '../../../lib/auth';
import { Note } from '../../../lib/models';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  const id = String(req.query.id);
  if (req.method === 'GET') {
    const note = await Note.findById(id).select('title body owner shared').lean();
    if (!note) return res.status(404).end();
    if (!note.shared && String(note.owner) !== session?.user?.id) return res.status(404).end();
    return res.json({ title: note.title, body: note.body });
  }
  if (!session?.user?.id) return res.status(401).json({ error: 'Unauthorized' });
  if (req.method === 'DELETE') {
    const result = await Note.deleteOne({ _id: id, owner: session.user.id });
    return res.status(result.deletedCount ? 204 : 404).end();
  }
  return res.status(405).end();
}`,
      },
    },
    {
      name: 'next.js: `POST /api/auth/guest` hands a visitor a signed guest pass (the auth flow, no account needed)',
      files: meetupsApp(
        `import type { NextApiRequest, NextApiResponse } from 'next';
import jwt from 'jsonwebtoken';
import { and, eq } from 'drizzle-orm';
import { db } from '../../../lib/db';
import { meetups } from '../../../lib/schema';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const [meetup] = await db.select({ id: meetups.id }).from(meetups).where(and(eq(meetups.id, Number(req.body.meetupId)), eq(meetups.isPrivate, false)));
  if (!meetup) return res.status(404).end();
  const pass = jwt.sign({ guest: true, meetupId: meetup.id }, process.env.GUEST_SECRET as string, { expiresIn: '1d' });
  return res.json({ pass });
}`,
        'pages/api/auth/guest.ts',
      ),
    },
    {
      name: 'nestjs: `@Public()` on a directory of attorneys (people read by id and listed)',
      files: nestPublicApp(`import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { Public } from './public.decorator';
import { PrismaService } from './prisma.service';
@Public()
@Controller('attorneys')
export class DirectoryController {
  constructor(private readonly prisma: PrismaService) {}
  @Get()
  list() { return this.prisma.user.findMany({ where: { role: 'ATTORNEY' } }); }
  @Get(':id')
  one(@Param('id', ParseIntPipe) id: number) { return this.prisma.user.findFirst({ where: { id, role: 'ATTORNEY' } }); }
}`),
    },
    {
      name: "koa + prisma: a vet's open slots, read without signing in (`/vets/{vetId}/slots`)",
      files: {
        'package.json':
          '{ "dependencies": { "koa": "2.15.0", "@koa/router": "12.0.0", "@prisma/client": "5.0.0", "jsonwebtoken": "9.0.0" } }',
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
async function requireAuth(ctx, next) {
  try { ctx.state.user = jwt.verify(ctx.get('authorization').slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] }); }
  catch { ctx.throw(401, 'Unauthorized'); }
  await next();
}
const app = new Koa();
const router = new Router();
router.get('/vets/:vetId/slots', async (ctx) => {
  const vet = await prisma.staff.findFirst({ where: { id: ctx.params.vetId, role: 'VET' }, select: { id: true } });
  if (!vet) ctx.throw(404, 'Vet not found');
  const taken = await prisma.appointment.findMany({ where: { vetId: vet.id }, select: { startsAt: true } });
  ctx.body = { vetId: vet.id, taken };
});
router.get('/appointments', requireAuth, async (ctx) => {
  ctx.body = await prisma.appointment.findMany({ where: { ownerId: ctx.state.user.sub }, select: { id: true } });
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'next.js pages: an optional session handed to the access decision (`if (!(await canSeeMeetup(meetup, viewer)))`)',
      files: meetupsApp(`import type { NextApiRequest, NextApiResponse } from 'next';
import { eq } from 'drizzle-orm';
import { db } from '../../../lib/db';
import { meetups } from '../../../lib/schema';
import { getSessionUser } from '../../../lib/session';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const viewer = await getSessionUser(req);
    const [meetup] = await db.select().from(meetups).where(eq(meetups.id, Number(req.query.id)));
    if (!meetup || !(await canSeeMeetup(meetup, viewer))) return res.status(404).json({ error: 'Not found' });
    return res.json({ id: meetup.id, title: meetup.title });
  }
  return res.status(405).end();
}
import { canSeeMeetup } from '../../../lib/access';`),
    },
    {
      name: 'next.js pages: a part of an optional session handed to the access decision (`canSeeMeetup(meetup, viewer?.account)`)',
      files: meetupsApp(`import type { NextApiRequest, NextApiResponse } from 'next';
import { eq } from 'drizzle-orm';
import { db } from '../../../lib/db';
import { meetups } from '../../../lib/schema';
import { getSessionUser } from '../../../lib/session';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const viewer = await getSessionUser(req);
    const [meetup] = await db.select().from(meetups).where(eq(meetups.id, Number(req.query.id)));
    if (!meetup || !(await canSeeMeetup(meetup, viewer?.account))) return res.status(404).json({ error: 'Not found' });
    return res.json({ id: meetup.id, title: meetup.title });
  }
  return res.status(405).end();
}
import { canSeeMeetup } from '../../../lib/access';`),
    },
    {
      name: 'next.js pages: a search over the meetups not withheld from the public (`WHERE is_private = false`)',
      files: meetupsApp(
        `import type { NextApiRequest, NextApiResponse } from 'next';
import { sql } from 'drizzle-orm';
import { db } from '../../../lib/db';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const q = String(req.query.q ?? '');
    const result = await db.execute(sql.raw(\`SELECT id, title FROM meetups WHERE is_private = false AND title ILIKE '%\${q}%' LIMIT 25\`));
    return res.json(result.rows);
  }
  return res.status(405).end();
}`,
        'pages/api/meetups/search.ts',
      ),
    },
    {
      name: 'express + clerk: the same route registered after `router.use(requireAuth())`',
      endpoint: 'GET /api/instruments/:instrumentId/maintenance',
      files: {
        'src/app.js': `import express from 'express';
import { clerkMiddleware, requireAuth, getAuth } from '@clerk/express';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.use(clerkMiddleware());
const router = express.Router({ mergeParams: true });
router.use(requireAuth());
router.get('/', async (req, res) => res.json(await prisma.maintenanceLog.findMany({ where: { instrumentId: req.params.instrumentId }, select: { id: true, summary: true } })));
app.use('/api/instruments/:instrumentId/maintenance', router);
app.get('/api/me', requireAuth(), (req, res) => res.json({ id: getAuth(req).userId }));
app.listen(3000);`,
      },
    },
    {
      name: "express + prisma: a billing webhook that checks the provider's HMAC signature over the raw body",
      endpoint: 'POST /api/v1/webhooks/billing',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import crypto from 'node:crypto';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.post('/api/v1/webhooks/billing', express.raw({ type: 'application/json' }), async (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.BILLING_WEBHOOK_SECRET).update(req.body).digest('hex');
  const given = String(req.get('x-billing-signature') ?? '');
  if (given.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected))) return res.status(401).end();
  const event = JSON.parse(req.body.toString('utf8'));
  await prisma.lab.update({ where: { id: event.labId }, data: { plan: event.plan } });
  res.status(204).end();
});
app.get('/api/v1/labs', requireAuth, async (req, res) => {
  res.json(await prisma.lab.findMany({ where: { ownerId: req.user.id }, select: { id: true, plan: true } }));
});
app.listen(3000);`,
      },
    },
    {
      name: "express + sequelize: a search of published festivals whose statement is built in a variable (`let sql = 'SELECT … WHERE published = true'`)",
      endpoint: 'GET /api/festivals/search',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { Sequelize, QueryTypes } from 'sequelize';
import { requireAuth } from './auth.js';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const app = express();
app.get('/api/festivals/search', async (req, res) => {
  let sql = 'SELECT id, name, city FROM festivals WHERE published = true';
  const replacements = [];
  if (typeof req.query.country === 'string') {
    sql += ' AND country = ?';
    replacements.push(req.query.country);
  }
  sql += ' LIMIT 50';
  res.json(await sequelize.query(sql, { replacements, type: QueryTypes.SELECT }));
});
app.post('/api/festivals', requireAuth, async (req, res) => {
  await sequelize.query('INSERT INTO festivals (name, programmer_id) VALUES (?, ?)', { replacements: [String(req.body.name), req.user.id] });
  res.status(201).end();
});
app.listen(3000);`,
      },
    },
    {
      name: "express + better-sqlite3: notices published by date (`published_at <= datetime('now')`) read through a repository",
      endpoint: 'GET /api/notices',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/notices.js': `const Database = require('better-sqlite3');
const db = new Database('app.db');
const published = db.prepare(\`
  SELECT n.id, n.title, n.body, m.display_name AS author
    FROM notices n LEFT JOIN members m ON m.id = n.author_id
   WHERE n.published_at <= datetime('now')
   ORDER BY n.published_at DESC LIMIT ?\`);
module.exports = { listPublished: (limit = 20) => published.all(limit), create: (n) => db.prepare('INSERT INTO notices (title, author_id) VALUES (?, ?)').run(n.title, n.authorId) };`,
        'src/app.js': `const express = require('express');
const { requireAuth } = require('./auth.js');
const notices = require('./notices.js');
const app = express();
app.use(express.json());
app.get('/api/notices', (req, res) => {
  res.json(notices.listPublished(Math.min(Number(req.query.limit) || 20, 50)));
});
app.post('/api/notices', requireAuth, (req, res) => {
  notices.create({ title: String(req.body.title), authorId: req.user.id });
  res.status(201).end();
});
app.listen(3000);`,
      },
    },
    {
      name: "next pages: withRole('ADMIN', handler) hands the handler on to withAuth, which answers 401 without a session user",
      endpoint: 'ALL /api/v1/admin/stats',
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
        'pages/api/v1/admin/stats.js': `import { prisma } from '../../../../lib/prisma';
import { withRole } from '../../../../lib/session';
export default withRole('ADMIN', async (req, res) => {
  const users = await prisma.user.count();
  res.json({ users });
});`,
      },
    },
    {
      name: "express + better-sqlite3: standings of public leagues for everyone; a private league asks for the caller's membership",
      endpoint: 'GET /api/leagues/:leagueId/standings',
      files: {
        'src/app.js': `import express from 'express';
import session from 'express-session';
import Database from 'better-sqlite3';
const db = new Database('app.db');
const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { httpOnly: true, secure: true } }));
function requireLogin(req, res, next) {
  if (!req.session.userId) return res.status(401).json({ error: 'Sign in' });
  next();
}
const isMember = (leagueId, userId) => !!db.prepare('SELECT 1 FROM league_members WHERE league_id = ? AND user_id = ?').get(leagueId, userId);
app.get('/api/leagues/:leagueId/standings', (req, res) => {
  const league = db.prepare('SELECT id, name, is_public, archived FROM leagues WHERE id = ?').get(Number(req.params.leagueId));
  if (!league) return res.status(404).json({ error: 'Not found' });
  if (!league.is_public) {
    const userId = req.session?.userId;
    if (!userId || !isMember(league.id, userId)) return res.status(404).json({ error: 'Not found' });
  }
  res.json(db.prepare('SELECT team_id, points FROM standings WHERE league_id = ?').all(league.id));
});
app.post('/api/leagues/:leagueId/join', requireLogin, (req, res) => {
  db.prepare('INSERT INTO league_members (league_id, user_id) VALUES (?, ?)').run(Number(req.params.leagueId), req.session.userId);
  res.status(201).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'next app router + mongoose: published campaigns, the filter built in a local object first',
      endpoint: 'GET /api/campaigns',
      files: {
        'lib/models.ts': `import mongoose, { Schema } from 'mongoose';
export const Campaign = mongoose.models.Campaign ?? mongoose.model('Campaign', new Schema({ title: String, status: String, category: String, owner: { type: Schema.Types.ObjectId, ref: 'User' }, goalCents: Number }));`,
        'lib/campaigns.ts': `import { Campaign } from './models';
export async function listPublished(category: string | null) {
  const filter: Record<string, unknown> = { status: 'published' };
  if (category) filter.category = category;
  return Campaign.find(filter).select('title category goalCents').limit(24).lean();
}`,
        'app/api/campaigns/route.ts': `import { NextResponse, type NextRequest } from 'next/server';
import { getServerSession } from 'next-auth';
import { listPublished } from '../../../lib/campaigns';
export async function GET(req: NextRequest) {
  return NextResponse.json(await listPublished(req.nextUrl.searchParams.get('category')));
}
export async function POST(req: NextRequest) {
  const session = await getServerSession();
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  return NextResponse.json({ ok: true }, { status: 201 });
}`,
      },
    },
    {
      name: 'next app router + mongoose: one campaign among the states past publication (`status: { $in: VISIBLE_STATUSES }`)',
      endpoint: 'GET /api/campaigns/[id]',
      files: {
        'lib/models.ts': `import mongoose, { Schema } from 'mongoose';
export const Campaign = mongoose.models.Campaign ?? mongoose.model('Campaign', new Schema({ title: String, status: String, category: String, owner: { type: Schema.Types.ObjectId, ref: 'User' }, goalCents: Number }));`,
        'lib/campaigns.ts': `import { Campaign } from './models';
export const VISIBLE_STATUSES = ['published', 'funded', 'closed'] as const;
export async function getPublicCampaign(id: string) {
  return Campaign.findOne({ _id: id, status: { $in: VISIBLE_STATUSES } }).select('title category goalCents').lean();
}`,
        'app/api/campaigns/[id]/route.ts': `import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { getPublicCampaign } from '../../../../lib/campaigns';
export async function GET(_req: Request, { params }: { params: { id: string } }) {
  const campaign = await getPublicCampaign(params.id);
  if (!campaign) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(campaign);
}
export async function DELETE(_req: Request, { params }: { params: { id: string } }) {
  const session = await getServerSession();
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  return NextResponse.json({ id: params.id });
}`,
      },
    },
    {
      name: 'fastify + supabase: a guest finds their booking by the confirmation code and surname they were given',
      endpoint: 'POST /guest/bookings/lookup',
      files: {
        'src/supabase.ts': `import { createClient } from '@supabase/supabase-js';
export const supabaseAdmin = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);`,
        'src/app.ts': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import rateLimit from '@fastify/rate-limit';
import { supabaseAdmin } from './supabase';
const app = Fastify();
await app.register(fastifyJwt, { secret: process.env.JWT_SECRET!, sign: { expiresIn: '1h' } });
await app.register(rateLimit, { global: false });
app.post<{ Body: { confirmationCode: string; lastName: string } }>('/guest/bookings/lookup', { config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }, async (request, reply) => {
  const { confirmationCode, lastName } = request.body;
  const { data } = await supabaseAdmin.from('bookings').select('confirmation_code, check_in, check_out, status')
    .eq('confirmation_code', confirmationCode).eq('lead_guest_last_name', lastName.toLowerCase()).maybeSingle();
  if (!data) return reply.code(404).send({ error: 'Not found' });
  return { booking: data };
});
app.get('/me/bookings', async (request, reply) => {
  try { await request.jwtVerify(); } catch { return reply.code(401).send({ error: 'Unauthorized' }); }
  return [];
});
app.listen({ port: 3000 });`,
      },
    },
    {
      name: "express + mongoose: a partner's status callback behind an HMAC signature check (`createHmac` + `timingSafeEqual`, 401)",
      endpoint: 'POST /api/integrations/lab/orders/:ref/status',
      files: greenhouseApp(false),
    },
    {
      name: 'express + prisma: `POST /auth/parent-invite/accept` redeems the invite code in the body (the parent has no account yet)',
      endpoint: 'POST /api/auth/parent-invite/accept',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import { PrismaClient } from '@prisma/client';
import bcrypt from 'bcrypt';
import express from 'express';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/api/auth/parent-invite/accept', async (req, res) => {
  const link = await prisma.parentLink.findFirst({ where: { inviteCode: String(req.body.code), acceptedAt: null }, select: { id: true } });
  if (!link) return res.status(404).json({ error: 'Invalid code' });
  const passwordHash = await bcrypt.hash(String(req.body.password), 12);
  const parent = await prisma.user.create({ data: { email: String(req.body.email), passwordHash, role: 'parent' }, select: { id: true } });
  await prisma.parentLink.update({ where: { id: link.id }, data: { parentId: parent.id, acceptedAt: new Date() } });
  res.status(201).json(parent);
});
app.get('/api/me', requireAuth, async (req, res) => {
  res.json(await prisma.user.findUnique({ where: { id: req.user.id }, select: { id: true, email: true } }));
});
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: a person's public profile with their recipes, read by anyone",
      endpoint: 'GET /api/users/:username',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const User = mongoose.model('User', new mongoose.Schema({ username: String, displayName: String, bio: String }));
const Recipe = mongoose.model('Recipe', new mongoose.Schema({ author: { type: mongoose.Types.ObjectId, ref: 'User' }, title: String, published: Boolean }));
const app = express();
app.get('/api/users/:username', async (req, res) => {
  const user = await User.findOne({ username: req.params.username }).select('username displayName bio').lean();
  if (!user) return res.status(404).json({ error: 'Not found' });
  const recipes = await Recipe.find({ author: user._id }).select('title').lean();
  res.json({ user, recipes });
});
app.post('/api/recipes', requireAuth, async (req, res) => {
  const recipe = await Recipe.create({ title: String(req.body.title), author: req.user.id });
  res.status(201).json({ id: recipe.id });
});
app.listen(3000);`,
      },
    },
    {
      name: 'koa + prisma: upload API tokens from the Authorization header, hashed and looked up by a service that throws 401',
      endpoint: 'POST /api/v1/uploads/episodes',
      files: {
        'src/db.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'src/tokens.ts': `import { createHash } from 'node:crypto';
import createHttpError from 'http-errors';
import { prisma } from './db';
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export async function resolveApiToken(raw: string) {
  const token = await prisma.apiToken.findUnique({ where: { tokenHash: hashToken(raw) }, select: { id: true, showId: true, revokedAt: true } });
  if (!token || token.revokedAt) throw createHttpError(401, 'Invalid API token');
  return token;
}`,
        'src/api-token.ts': `import type { Middleware } from 'koa';
import { resolveApiToken } from './tokens';
export function requireApiToken(): Middleware {
  return async (ctx, next) => {
    const [scheme, value] = ctx.get('authorization').split(' ');
    if (scheme !== 'Bearer' || !value) ctx.throw(401, 'API token required');
    ctx.state.apiToken = await resolveApiToken(value);
    await next();
  };
}`,
        'src/app.ts': `import Router from '@koa/router';
import Koa from 'koa';
import { requireApiToken } from './api-token';
import { prisma } from './db';
const requireUser: Koa.Middleware = async (ctx, next) => {
  if (!ctx.session?.userId) ctx.throw(401, 'Sign in first');
  await next();
};
const app = new Koa();
const router = new Router({ prefix: '/api/v1/uploads' });
router.get('/quota', requireUser, async (ctx) => {
  ctx.body = await prisma.quota.findUnique({ where: { userId: ctx.session.userId }, select: { used: true } });
});
router.post('/episodes', requireApiToken(), async (ctx) => {
  ctx.status = 201;
  ctx.body = await prisma.episode.create({ data: { title: String(ctx.request.body.title), showId: ctx.state.apiToken.showId }, select: { id: true } });
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'koa + pg: a publisher router behind a middleware that hashes the `x-api-key` header, looks it up and answers 401',
      endpoint: 'GET /publisher/publications',
      files: {
        'src/db.ts': `import { Pool } from 'pg';
export const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export async function queryOne(text: string, params: unknown[] = []) {
  const { rows } = await pool.query(text, params);
  return rows[0] ?? null;
}
export async function queryMany(text: string, params: unknown[] = []) {
  const { rows } = await pool.query(text, params);
  return rows;
}`,
        'src/crypto.ts': `import { createHash } from 'node:crypto';
export const sha256Hex = (value: string) => createHash('sha256').update(value).digest('hex');`,
        'src/apiKey.ts': `import type { Middleware } from 'koa';
import { sha256Hex } from './crypto';
import { queryOne } from './db';
export const requireApiKey: Middleware = async (ctx, next) => {
  const header = ctx.get('x-api-key');
  if (!header) return ctx.throw(401, 'API key required');
  const row = await queryOne('SELECT k.id AS key_id, k.publisher_id FROM api_keys k WHERE k.key_hash = $1 AND k.revoked_at IS NULL', [
    sha256Hex(header),
  ]);
  if (!row) return ctx.throw(401, 'Invalid API key');
  ctx.state.publisher = { id: row.publisher_id };
  await next();
};`,
        'src/app.ts': `import Koa from 'koa';
import Router from '@koa/router';
import jwt from 'jsonwebtoken';
import { requireApiKey } from './apiKey';
import { queryMany } from './db';
const app = new Koa();
const publisher = new Router({ prefix: '/publisher' });
publisher.use(requireApiKey);
publisher.get('/publications', async (ctx) => {
  ctx.body = await queryMany('SELECT id, title FROM publications WHERE publisher_id = $1', [ctx.state.publisher.id]);
});
const reader = new Router({ prefix: '/reader' });
reader.use(async (ctx, next) => {
  try {
    ctx.state.user = jwt.verify(ctx.cookies.get('session') ?? '', process.env.JWT_SECRET!, { algorithms: ['HS256'] });
  } catch {
    return ctx.throw(401, 'Sign in required');
  }
  await next();
});
reader.get('/subscriptions', async (ctx) => {
  ctx.body = await queryMany('SELECT id FROM subscriptions WHERE reader_id = $1', [ctx.state.user.sub]);
});
app.use(publisher.routes());
app.use(reader.routes());
app.listen(3000);`,
      },
    },
    {
      name: "express + pg: published issues read through a SQL wrapper (`WHERE i.status = 'published'`) in an app with sign-in elsewhere",
      endpoint: 'GET /issues/:id',
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
app.get('/issues/:id', async (req, res) => {
  const issue = await queryOne("SELECT i.id, i.title, i.body_html FROM issues i WHERE i.id = $1 AND i.status = 'published'", [req.params.id]);
  if (!issue) return res.status(404).json({ error: 'Not found' });
  res.json(issue);
});
app.post('/issues', requireAuth, async (req, res) => {
  res.status(201).json(await queryOne('INSERT INTO issues (title, author_id) VALUES ($1, $2) RETURNING id', [String(req.body.title), req.user.id]));
});
app.listen(3000);`,
      },
    },
    {
      name: 'hono + drizzle: a directory whose conditions, built in an array first, filter on visibility (`and(...conditions)`)',
      endpoint: 'GET /groups/directory',
      files: {
        'src/schema.ts': `import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
export const groups = pgTable('groups', { id: uuid('id').primaryKey(), name: text('name'), subject: text('subject'), visibility: text('visibility'), ownerId: uuid('owner_id') });`,
        'src/db.ts': `import { drizzle } from 'drizzle-orm/node-postgres';
export const db = drizzle(process.env.DATABASE_URL!);`,
        'src/groups.ts': `import { and, eq } from 'drizzle-orm';
import { db } from './db';
import { groups } from './schema';
export async function listGroups(subject?: string) {
  const conditions = [eq(groups.visibility, 'public')];
  if (subject) conditions.push(eq(groups.subject, subject));
  return db.select({ id: groups.id, name: groups.name }).from(groups).where(and(...conditions));
}`,
        'src/app.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { db } from './db';
import { groups } from './schema';
import { listGroups } from './groups';
const app = new Hono();
app.get('/groups/directory', async (c) => c.json(await listGroups(c.req.query('subject'))));
app.use('/groups/mine/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));
app.post('/groups/mine', async (c) => {
  const [g] = await db.insert(groups).values({ name: 'x', ownerId: c.get('jwtPayload').sub }).returning({ id: groups.id });
  return c.json(g, 201);
});
export default app;`,
      },
    },
    {
      name: 'express + mongoose: a preview looked up by the secret token of its share link (`{ previewToken: req.query.token }`)',
      endpoint: 'GET /drafts/preview',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Draft = mongoose.model('Draft', new mongoose.Schema({ title: String, body: String, authorId: String, previewToken: String }));
const app = express();
app.post('/drafts', requireAuth, async (req, res) => {
  const draft = await Draft.create({ title: String(req.body.title), authorId: req.user.id });
  res.status(201).json({ id: draft.id });
});
app.get('/drafts/preview', async (req, res) => {
  const draft = await Draft.findOne({ previewToken: String(req.query.token) }).select('title body').lean();
  if (!draft) return res.status(404).json({ error: 'Not found' });
  res.json(draft);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: a service reads a league only if published (`isPublic: true`), then the matches its id keys',
      endpoint: 'GET /leagues/:leagueId/fixtures',
      files: {
        'src/schedule.js': `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function leagueSchedule(leagueId) {
  const league = await prisma.league.findFirst({ where: { id: leagueId, isPublic: true }, select: { id: true } });
  if (!league) return null;
  return prisma.match.findMany({ where: { leagueId }, select: { id: true, scheduledAt: true, venue: true } });
}`,
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
import { leagueSchedule } from './schedule.js';
const prisma = new PrismaClient();
const app = express();
app.post('/leagues', requireAuth, async (req, res) => {
  res.status(201).json(await prisma.league.create({ data: { name: String(req.body.name), ownerId: req.user.id }, select: { id: true } }));
});
app.get('/leagues/:leagueId/fixtures', async (req, res) => {
  const matches = await leagueSchedule(req.params.leagueId);
  if (!matches) return res.status(404).json({ error: 'League not found' });
  res.json(matches);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: accepting an invitation with the token from the e-mail (`POST /auth/invites/accept`) creates the account',
      endpoint: 'POST /auth/invites/accept',
      files: {
        'src/app.js': `import express from 'express';
import jwt from 'jsonwebtoken';
import bcrypt from 'bcrypt';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/auth/invites/accept', async (req, res) => {
  const invite = jwt.verify(String(req.body.token), process.env.INVITE_SECRET, { algorithms: ['HS256'] });
  const user = await prisma.user.create({
    data: { email: invite.email, passwordHash: await bcrypt.hash(String(req.body.password), 12) },
    select: { id: true, email: true },
  });
  res.status(201).json(user);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: pets only staff add and change (role-checked writes) are shown to everyone',
      endpoint: 'GET /pets/:petId',
      files: shelterApp('staff', ''),
    },
    {
      name: 'hono: a guest looks a reservation up with the confirmation code from the e-mail (the code is the credential)',
      endpoint: 'GET /api/v1/reservations/lookup',
      files: {
        'src/app.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = new Hono();
app.get('/api/v1/reservations/lookup', async (c) => {
  const code = c.req.query('code') ?? '';
  const email = c.req.query('email') ?? '';
  const reservation = await prisma.reservation.findFirst({
    where: { confirmationCode: code, guestEmail: email },
    select: { startsAt: true, partySize: true, status: true },
  });
  if (!reservation) return c.json({ error: 'Reservation not found' }, 404);
  return c.json(reservation);
});
app.use('/api/v1/reservations/*', jwt({ secret: process.env.JWT_SECRET! }));
app.get('/api/v1/reservations/mine', async (c) => {
  const { sub } = c.get('jwtPayload');
  return c.json(await prisma.reservation.findMany({ where: { userId: sub }, select: { id: true } }));
});
export default app;`,
      },
    },
    {
      name: 'express + typeorm: vehicles belong to branches, not to people; a repository handed out by a factory still names its entity',
      endpoint: 'GET /api/v1/vehicles/:id',
      files: {
        ...TYPEORM_FLEET,
        'src/app.ts': `import express from 'express';
import jwt from 'jsonwebtoken';
import { userRepo, vehicleRepo } from './db';
const app = express();
const authenticate = (req, res, next) => {
  try { req.user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET!); next(); }
  catch { res.status(401).end(); }
};
app.get('/api/v1/vehicles/:id', async (req, res) => {
  const repo = vehicleRepo();
  const vehicle = await repo.findOne({ where: { id: String(req.params.id) }, relations: { branch: true } });
  if (!vehicle) return res.status(404).end();
  res.json(vehicle);
});
app.get('/api/v1/me', authenticate, async (req, res) => {
  const me = await userRepo().findOne({ where: { id: req.user.sub }, select: { id: true, email: true } });
  res.json(me);
});
app.listen(3000);`,
      },
    },
    {
      name: 'next app router: a published recipe is for everyone; the session only lets authors see their drafts',
      endpoint: 'GET /api/recipes/[recipeId]',
      files: {
        'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'app/api/recipes/[recipeId]/route.ts': `import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { prisma } from '../../../../lib/prisma';
const recipeFields = { id: true, title: true, published: true, authorId: true } as const;
export async function GET(_req: Request, { params }: { params: { recipeId: string } }) {
  const session = await getServerSession();
  const recipe = await prisma.recipe.findUnique({ where: { id: params.recipeId }, select: recipeFields });
  if (!recipe) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  if (!recipe.published && recipe.authorId !== session?.user?.id) {
    return NextResponse.json({ error: 'Not found' }, { status: 404 });
  }
  return NextResponse.json(recipe);
}
export async function DELETE(_req: Request, { params }: { params: { recipeId: string } }) {
  const session = await getServerSession();
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  await prisma.recipe.deleteMany({ where: { id: params.recipeId, authorId: session.user.id } });
  return new NextResponse(null, { status: 204 });
}`,
      },
    },
    {
      name: 'express + pg: a medication catalogue and a PIN sign-in answer anonymous callers by design',
      endpoint: 'GET /api/v1/medications',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import pg from 'pg';
import { requireAuth } from './auth.js';
const db = new pg.Pool();
const app = express();
app.use(express.json());
app.get('/api/v1/medications', async (req, res) => {
  const { rows } = await db.query('SELECT id, name, price_cents FROM medications WHERE active = true ORDER BY name LIMIT 50');
  res.json(rows);
});
app.post('/api/v1/auth/pin-login', async (req, res) => {
  const { rows } = await db.query('SELECT id FROM devices WHERE pin_hash = crypt($1, pin_hash)', [String(req.body.pin)]);
  if (!rows[0]) return res.status(401).json({ error: 'Wrong PIN' });
  res.json({ ok: true });
});
app.get('/api/v1/me', requireAuth, (req, res) => res.json({ id: req.user.sub }));
app.listen(3000);`,
      },
    },
    {
      name: 'next.js pages: both branches hand the request to consts wrapped in withAuth',
      endpoint: 'GET /api/orders',
      files: {
        'package.json': '{ "dependencies": { "next": "14.0.0", "mongoose": "8.0.0", "jsonwebtoken": "9.0.0" } }',
        'lib/auth.ts': NEXT_PAGES_WITH_AUTH,
        'lib/models.ts': NEXT_PAGES_MONGOOSE_MODELS,
        'pages/api/orders/index.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { withAuth } from '../../../lib/auth';
import { Order } from '../../../lib/models';
const listOrders = withAuth(async (req, res) => {
  const orders = await Order.find({ buyer: req.user.id }).select('total').lean();
  return res.status(200).json({ orders });
});
const createOrder = withAuth(async (req, res) => {
  const order = await Order.create({ buyer: req.user.id, total: Number(req.body.total) });
  return res.status(201).json({ id: order.id });
});
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    return listOrders(req, res);
  }
  if (req.method === 'POST') {
    return createOrder(req, res);
  }
  return res.status(405).end();
}`,
      },
    },
    {
      name: 'next.js pages: the reviews of a product (`/api/reviews?productId=`) are part of the public catalogue',
      endpoint: 'GET /api/reviews',
      files: {
        'package.json': '{ "dependencies": { "next": "14.0.0", "mongoose": "8.0.0", "jsonwebtoken": "9.0.0" } }',
        'lib/auth.ts': NEXT_PAGES_WITH_AUTH,
        'pages/api/orders/mine.ts': `import { withAuth } from '../../../lib/auth';
import { Order } from '../../../lib/models';
export default withAuth(async (req, res) => res.status(200).json(await Order.find({ buyer: req.user.id }).select('total')));`,
        'lib/models.ts': NEXT_PAGES_MONGOOSE_MODELS,
        'pages/api/reviews/index.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { Review } from '../../../lib/models';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') return res.status(405).end();
  const productId = String(req.query.productId);
  const reviews = await Review.find({ product: productId }).select('rating').lean();
  return res.status(200).json({ reviews });
}`,
      },
    },
    {
      name: 'hono + drizzle: a device authenticated by its API key header (looked up by hash) reports its own telemetry',
      files: HONO_DEVICE_TELEMETRY,
    },
    {
      name: 'express + drizzle: a catalogue search in raw SQL that only selects (`/restaurants/nearby`), and reviews of a hotel, are public',
      files: {
        'src/db.ts': `import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, serial, text, integer } from 'drizzle-orm/pg-core';
export const db = drizzle(process.env.DATABASE_URL!);
export const restaurants = pgTable('restaurants', { id: serial('id'), name: text('name'), ownerId: integer('owner_id') });
export const reviews = pgTable('reviews', { id: serial('id'), hotelId: integer('hotel_id'), body: text('body'), authorId: integer('author_id') });`,
        'src/app.ts': `import express from 'express';
import jwt from 'jsonwebtoken';
import { eq, sql } from 'drizzle-orm';
import { db, reviews } from './db';
const app = express();
app.get('/api/v1/restaurants/nearby', async (req, res) => {
  const lat = Number(req.query.lat);
  const result = await db.execute(sql\`SELECT id, name FROM restaurants WHERE abs(lat - \${lat}) < 0.1 LIMIT 25\`);
  res.json({ restaurants: result.rows });
});
app.get('/api/v1/hotels/:hotelId/reviews', async (req, res) => {
  const rows = await db.select({ id: reviews.id, body: reviews.body }).from(reviews).where(eq(reviews.hotelId, Number(req.params.hotelId)));
  res.json(rows);
});
app.get('/api/v1/me', (req, res, next) => {
  try { req.user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] }); next(); }
  catch { res.status(401).json({ error: 'unauthorized' }); }
}, (req, res) => res.json({ id: req.user.sub }));
app.listen(3000);`,
      },
    },
    {
      name: 'express: sign-up for one kind of account under /auth (`/auth/register-parent`) is public by design',
      files: {
        'src/app.js': `import express from 'express';
import bcrypt from 'bcrypt';
import rateLimit from 'express-rate-limit';
import { User } from './models.js';
const app = express();
app.use(express.json());
app.post('/api/v1/auth/register-parent', rateLimit({ windowMs: 60000, max: 5 }), async (req, res) => {
  const user = await User.create({ email: String(req.body.email), passwordHash: await bcrypt.hash(String(req.body.password), 12) });
  res.status(201).json({ id: user.id });
});
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
      name: 'koa + prisma: a catalogue that lists only verified boats, before route-level auth on the writes',
      endpoint: 'GET /boats',
      files: {
        'src/auth.js': `import jwt from 'jsonwebtoken';
export async function requireAuth(ctx, next) {
  try { ctx.state.user = jwt.verify(ctx.get('Authorization').slice(7), process.env.JWT_SECRET); } catch { ctx.throw(401); }
  await next();
}`,
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const router = new Router();
router.get('/boats', async (ctx) => {
  ctx.body = await prisma.boat.findMany({ where: { isVerified: true }, select: { id: true, name: true } });
});
router.patch('/boats/:id', requireAuth, async (ctx) => {
  ctx.body = await prisma.boat.updateMany({ where: { id: ctx.params.id, ownerId: ctx.state.user.sub }, data: { name: String(ctx.request.body.name) } });
});
const app = new Koa();
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'hono: a sub-app behind a middleware that verifies with hono/jwt and puts the caller under its own key',
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
      name: "next.js: middleware.ts checks next-auth's getToken for the paths its matcher lists",
      endpoint: 'GET /api/v1/me',
      files: {
        'package.json': '{ "dependencies": { "next": "15.0.0", "next-auth": "4.24.0", "@prisma/client": "5.0.0" } }',
        'middleware.ts': `import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
export async function middleware(req: NextRequest) {
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  if (!token) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  return NextResponse.next();
}
export const config = { matcher: ['/api/v1/bookings/:path*', '/api/v1/me'] };`,
        'app/api/v1/me/route.ts': `import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { prisma } from '@/lib/prisma';
export async function GET() {
  const session = await getServerSession();
  const user = await prisma.user.findUnique({ where: { id: session!.user.id }, select: { id: true, email: true } });
  return NextResponse.json(user);
}`,
        'app/api/v1/bookings/route.ts': `import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';
export async function GET() {
  return NextResponse.json(await prisma.booking.findMany({ select: { id: true } }));
}`,
        'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
      },
    },
    {
      name: 'express: a listing of records that belong to no one (locations and their desks), before router-level auth',
      endpoint: 'GET /api/desks/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'prisma/schema.prisma': `model Location {
  id    String @id
  name  String
  city  String
  desks Desk[]
}
model Desk {
  id         String   @id
  label      String
  locationId String
  location   Location @relation(fields: [locationId], references: [id])
  bookings   Booking[]
}
model Booking {
  id     String @id
  deskId String
  userId String
}`,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
const router = express.Router();
router.get('/desks/:id', async (req, res) => {
  res.json(await prisma.desk.findUnique({ where: { id: req.params.id }, select: { id: true, label: true } }));
});
router.use(requireAuth);
router.get('/bookings', async (req, res) => {
  res.json(await prisma.booking.findMany({ where: { userId: req.user.id } }));
});
app.use('/api', router);
app.listen(3000);`,
      },
    },
    {
      name: "express: the catch-all that serves the front end's pages",
      endpoint: 'GET /*',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/api/me', requireAuth, (req, res) => res.json({ id: req.user.id }));
app.get('*', async (req, res) => {
  const branding = await prisma.setting.findFirst({ select: { siteName: true } });
  res.send('<!doctype html><title>' + branding.siteName + '</title><div id="root"></div>');
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: sign-up as POST /users, the account built with new User(…).save()',
      endpoint: 'POST /users',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import bcrypt from 'bcrypt';
import { requireAuth } from './auth.js';
const User = mongoose.model('User', new mongoose.Schema({ email: String, passwordHash: String }));
const app = express();
app.use(express.json());
app.post('/users', async (req, res) => {
  const user = await new User({ email: String(req.body.email), passwordHash: await bcrypt.hash(String(req.body.password), 12) }).save();
  res.status(201).json({ id: user.id });
});
app.get('/users/me', requireAuth, async (req, res) => res.json({ id: req.user.id }));
app.listen(3000);`,
      },
    },
    {
      name: 'koa: account activation is part of signing up, public by design',
      endpoint: 'POST /api/user/account-activation',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import koaJwt from 'koa-jwt';
import { sendActivationEmail } from './mail.js';
const app = new Koa();
const router = new Router();
router.post('/api/user/account-activation', async (ctx) => {
  const { email, name } = ctx.request.body;
  await sendActivationEmail(String(email), String(name));
  ctx.body = { message: 'Check your inbox' };
});
router.get('/api/me', koaJwt({ secret: process.env.JWT_SECRET }), async (ctx) => {
  ctx.body = { id: ctx.state.user.id };
});
app.use(router.routes());
app.listen(3000);`,
        'src/mail.js': `export async function sendActivationEmail(email, name) { await fetch('http://127.0.0.1:9/mail', { method: 'POST', body: email + name }); }`,
      },
    },
    {
      name: 'koa: a route that only answers (405 Method not allowed) changes nothing',
      endpoint: 'DELETE /mcp',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import koaJwt from 'koa-jwt';
import { notify } from './notify.js';
const app = new Koa();
const router = new Router();
router.delete('/mcp', async (ctx) => {
  ctx.status = 405;
  ctx.set('Allow', 'POST');
  ctx.body = { error: 'Method not allowed. Use POST.' };
});
app.use(router.routes());
app.use(koaJwt({ secret: process.env.JWT_SECRET }));
app.listen(3000);`,
        'src/notify.js': `export async function notify(text) { await fetch('http://127.0.0.1:9/hook', { method: 'POST', body: text }); }`,
      },
    },
    {
      name: 'express: routers mounted in a section headed // Public, before the auth line',
      endpoint: 'GET /api/doctors',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/doctors.js': `import { Router } from 'express';
import pg from 'pg';
const pool = new pg.Pool();
const router = Router();
router.get('/', async (req, res) => {
  const { rows } = await pool.query('SELECT id, name, specialty FROM doctors');
  res.json(rows);
});
export default router;`,
        'src/appointments.js': `import { Router } from 'express';
const router = Router();
router.get('/', (req, res) => res.json([]));
export default router;`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import doctors from './doctors.js';
import appointments from './appointments.js';
const app = express();
app.get('/health', (req, res) => res.json({ ok: true }));

// Public
app.use('/api/status', (req, res) => res.json({ up: true }));
app.use('/api/doctors', doctors);

// Everything after this point requires a session
app.use('/api', requireAuth);
app.use('/api/appointments', appointments);
app.listen(3000);`,
      },
    },
    {
      name: 'express: a comment right above the route declares it public',
      endpoint: 'GET /leaderboard',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import Database from 'better-sqlite3';
import { requireAuth } from './auth.js';
const db = new Database('habits.db');
const app = express();
app.get('/habits', requireAuth, (req, res) => {
  res.json(db.prepare('SELECT id, name FROM habits WHERE user_id = ?').all(req.user.id));
});
// Public weekly leaderboard shown on the landing page
app.get('/leaderboard', (req, res) => {
  res.json(db.prepare('SELECT u.username, COUNT(c.id) AS checkins FROM users u JOIN checkins c ON c.user_id = u.id GROUP BY u.id').all());
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: router-level auth with app.use(prefix, requireAuth, router)',
      endpoint: 'DELETE /api/todos/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/todos.js': `import { Router } from 'express';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export const todos = Router();
todos.delete('/todos/:id', async (req, res) => {
  await prisma.todo.deleteMany({ where: { id: req.params.id, userId: req.user.id } });
  res.status(204).end();
});`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { todos } from './todos.js';
const app = express();
app.use('/api', requireAuth, todos);
app.listen(3000);`,
      },
    },
    {
      name: 'express: router.use(requireAuth) before the routes',
      endpoint: 'POST /orders',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import pg from 'pg';
import { requireAuth } from './auth.js';
const pool = new pg.Pool();
const app = express();
const router = express.Router();
router.use(requireAuth);
router.post('/orders', async (req, res) => {
  const { rows } = await pool.query('INSERT INTO orders (user_id, total) VALUES ($1, $2) RETURNING id', [req.user.id, Number(req.body.total)]);
  res.status(201).json(rows[0]);
});
app.use(express.json());
app.use(router);
app.listen(3000);`,
      },
    },
    {
      name: 'express: login, sign-up and health are public by design',
      endpoint: 'POST /auth/login',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.get('/health', (req, res) => res.json({ ok: true }));
app.post('/auth/signup', async (req, res) => {
  const user = await prisma.user.create({ data: { email: String(req.body.email), passwordHash: await bcrypt.hash(String(req.body.password), 12) } });
  res.status(201).json({ id: user.id });
});
app.post('/auth/login', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
  if (!user || !(await bcrypt.compare(String(req.body.password), user.passwordHash))) return res.status(401).json({ error: 'Invalid credentials' });
  res.json({ token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' }) });
});
app.get('/todos', requireAuth, async (req, res) => res.json(await prisma.todo.findMany({ where: { userId: req.user.id } })));
app.listen(3000);`,
      },
    },
    {
      name: 'fastify: onRequest hook registered in an encapsulated plugin',
      endpoint: 'PUT /settings',
      files: {
        'src/server.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import pg from 'pg';
const pool = new pg.Pool();
const fastify = Fastify();
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });
fastify.register(async (instance) => {
  instance.addHook('onRequest', async (request) => { await request.jwtVerify(); });
  instance.put('/settings', async (request) => {
    await pool.query('UPDATE settings SET theme = $1 WHERE user_id = $2', [String(request.body.theme), request.user.id]);
    return { ok: true };
  });
});
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'hono: app.use(prefix, jwt) before the routes',
      endpoint: 'GET /api/account',
      files: {
        'src/index.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = new Hono();
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET! }));
app.get('/api/account', async (c) => {
  const user = c.get('jwtPayload');
  return c.json(await prisma.account.findFirst({ where: { userId: user.sub }, select: { id: true, plan: true } }));
});
export default app;`,
      },
    },
    {
      name: 'koa: app.use(koaJwt) before the router',
      endpoint: 'POST /orders',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import koaJwt from 'koa-jwt';
import bodyParser from 'koa-bodyparser';
import { Sequelize, DataTypes } from 'sequelize';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const Order = sequelize.define('Order', { total: DataTypes.INTEGER, userId: DataTypes.INTEGER });
const app = new Koa();
app.use(bodyParser());
app.use(koaJwt({ secret: process.env.JWT_SECRET }));
const router = new Router();
router.post('/orders', async (ctx) => {
  ctx.body = await Order.create({ total: Number(ctx.request.body.total), userId: ctx.state.user.id });
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'nestjs: guard on the controller class',
      endpoint: 'DELETE /billing/:id',
      files: {
        'src/billing.controller.ts': `import { Controller, Delete, Param, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { PrismaService } from './prisma.service';
@Controller('billing')
@UseGuards(AuthGuard('jwt'))
export class BillingController {
  constructor(private readonly prisma: PrismaService) {}
  @Delete(':id')
  remove(@Param('id') id: string, @Req() req) {
    return this.prisma.invoice.deleteMany({ where: { id, userId: req.user.id } });
  }
}`,
        'src/prisma.service.ts': `import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
@Injectable()
export class PrismaService extends PrismaClient {}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { BillingController } from './billing.controller';
import { PrismaService } from './prisma.service';
@Module({ controllers: [BillingController], providers: [PrismaService] })
export class AppModule {}`,
        'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
const app = await NestFactory.create(AppModule);
await app.listen(3000);`,
      },
    },
    {
      name: 'next.js app router: a helper reads the session and checks access (and queries) before the change',
      endpoint: 'DELETE /api/posts/:postId',
      files: {
        'package.json': `{ "dependencies": { "next": "^14", "next-auth": "^4", "@prisma/client": "^5" } }`,
        'lib/auth.ts': `export const authOptions = { providers: [] };`,
        'lib/db.ts': `import { PrismaClient } from '@prisma/client';
export const db = new PrismaClient();`,
        'app/api/posts/[postId]/route.ts': `import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { db } from '@/lib/db';
export async function DELETE(req: Request, context: { params: { postId: string } }) {
  if (!(await verifyCurrentUserHasAccessToPost(context.params.postId))) {
    return new Response(null, { status: 403 });
  }
  await db.post.delete({ where: { id: context.params.postId } });
  return new Response(null, { status: 204 });
}
async function verifyCurrentUserHasAccessToPost(postId: string) {
  const session = await getServerSession(authOptions);
  const count = await db.post.count({ where: { id: postId, authorId: session?.user.id } });
  return count > 0;
}`,
        'tsconfig.json': `{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } } }`,
      },
    },
    {
      name: 'next.js app router: handler checks the session first',
      endpoint: 'POST /api/invoices',
      files: {
        'auth.ts': `import NextAuth from 'next-auth';
export const { auth, handlers } = NextAuth({ providers: [] });`,
        'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'app/api/invoices/route.ts': `import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';
export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { amount } = await req.json();
  const invoice = await prisma.invoice.create({ data: { amount: Number(amount), userId: session.user.id } });
  return NextResponse.json({ id: invoice.id }, { status: 201 });
}`,
        'tsconfig.json': `{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } } }`,
      },
    },
    {
      name: 'express: public catalogue read in an app without auth',
      endpoint: 'GET /products/:id',
      files: {
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.get('/products/:id', async (req, res) => {
  res.json(await prisma.product.findUnique({ where: { id: req.params.id }, select: { id: true, name: true, price: true } }));
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: app.use(requireAuth) after the public routes, before the private ones',
      endpoint: 'GET /account',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.get('/health', (req, res) => res.json({ ok: true }));
app.use(requireAuth);
app.get('/account', async (req, res) => {
  res.json(await prisma.account.findFirst({ where: { userId: req.user.id }, select: { id: true, plan: true } }));
});
app.listen(3000);`,
      },
    },
    {
      name: 'nestjs: global APP_GUARD, login marked @Public()',
      endpoint: 'DELETE /billing/:id',
      files: {
        'src/public.decorator.ts': `import { SetMetadata } from '@nestjs/common';
export const IS_PUBLIC_KEY = 'isPublic';
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);`,
        'src/jwt-auth.guard.ts': `import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { IS_PUBLIC_KEY } from './public.decorator';
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private reflector: Reflector) { super(); }
  canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    return super.canActivate(context);
  }
}`,
        'src/billing.controller.ts': `import { Controller, Delete, Param, Req } from '@nestjs/common';
import { PrismaService } from './prisma.service';
@Controller('billing')
export class BillingController {
  constructor(private readonly prisma: PrismaService) {}
  @Delete(':id')
  remove(@Param('id') id: string, @Req() req) {
    return this.prisma.invoice.deleteMany({ where: { id, userId: req.user.id } });
  }
}`,
        'src/prisma.service.ts': `import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
@Injectable()
export class PrismaService extends PrismaClient {}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { BillingController } from './billing.controller';
import { PrismaService } from './prisma.service';
import { JwtAuthGuard } from './jwt-auth.guard';
@Module({ controllers: [BillingController], providers: [PrismaService, { provide: APP_GUARD, useClass: JwtAuthGuard }] })
export class AppModule {}`,
        'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
const app = await NestFactory.create(AppModule);
await app.listen(3000);`,
      },
    },
    {
      name: 'next.js: middleware.ts protects /api/invoices via matcher',
      endpoint: 'POST /api/invoices',
      files: {
        'auth.ts': `import NextAuth from 'next-auth';
export const { auth, handlers } = NextAuth({ providers: [] });`,
        'middleware.ts': `export { auth as middleware } from '@/auth';
export const config = { matcher: ['/api/invoices/:path*'] };`,
        'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'app/api/invoices/route.ts': `import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';
export async function POST(req: Request) {
  const { amount } = await req.json();
  const invoice = await prisma.invoice.create({ data: { amount: Number(amount) } });
  return NextResponse.json({ id: invoice.id }, { status: 201 });
}`,
        'tsconfig.json': `{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } } }`,
      },
    },
  ],
});
