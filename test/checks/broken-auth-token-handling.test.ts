import { runCheckCases } from './check-tester.ts';
import {
  EXPRESS_REQUIRE_AUTH,
  expressPrismaApp,
  NEXT_PAGES_MONGOOSE_MODELS,
  NEXT_PAGES_WITH_AUTH,
} from './snippets.ts';

/** Hono: a login that signs with hono/jwt `sign` a payload spread from claims declared as `claims`. */
const honoSpreadClaimsApp = (claims: string) => ({
  'src/app.ts': `import { Hono } from 'hono';
import { sign } from 'hono/jwt';
const app = new Hono();
app.post('/api/v1/auth/login', async (c) => {
  const claims = ${claims};
  const token = await sign({ ...claims }, process.env.JWT_SECRET!, 'HS256');
  return c.json({ token });
});
export default app;`,
});

/**
 * Hono + jose: a project signer that keeps the SignJWT builder in a variable and sets the expiry only when the caller
 * passes `expiresIn`; the login route signs a refresh token with `options`.
 */
const joseOptionalExpiryApp = (options: string) => ({
  'src/lib/auth.ts': `import { SignJWT } from 'jose';
const secret = new TextEncoder().encode(process.env.JWT_SECRET);
export async function signJwt(claims: Record<string, unknown>, opts: { subject: string; expiresIn?: string }) {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(opts.subject).setIssuedAt();
  if (opts.expiresIn) {
    jwt.setExpirationTime(opts.expiresIn);
  }
  return jwt.sign(secret);
}`,
  'src/app.ts': `import { Hono } from 'hono';
import { signJwt } from './lib/auth.js';
const app = new Hono();
app.post('/api/v1/auth/login', async (c) => {
  const { userId } = await c.req.json();
  const refreshToken = await signJwt({ typ: 'refresh' }, ${options});
  return c.json({ refreshToken });
});
export default app;`,
});

/** Express + Prisma: a password reset confirmed by the token the body carries, looked up with `where`. */
const resetConfirmApp = (where: string) =>
  expressPrismaApp(
    `import bcrypt from 'bcryptjs';
import crypto from 'node:crypto';
app.post('/auth/forgot-password', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
  if (user) {
    const token = crypto.randomBytes(32).toString('hex');
    await prisma.user.update({ where: { id: user.id }, data: { resetToken: token, resetTokenExpiresAt: new Date(Date.now() + 3600e3) } });
  }
  res.status(202).json({ ok: true });
});
app.post('/auth/reset-password', async (req, res) => {
  const { token, password } = req.body;
  const user = await prisma.user.findFirst({ where: ${where} });
  if (!user) return res.status(400).json({ error: 'Invalid or expired link' });
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(String(password), 12), resetToken: null, resetTokenExpiresAt: null } });
  res.status(204).end();
});`,
    {
      'prisma/schema.prisma': `model User {
  id                  String    @id
  email               String    @unique
  passwordHash        String
  resetToken          String?
  resetTokenExpiresAt DateTime?
}`,
    },
  );

/** Next.js: middleware.ts only decodes the session JWT and forwards its subject; lib/auth.ts verifies it properly. */
const NEXT_DECODING_MIDDLEWARE: Record<string, string> = {
  'middleware.ts': `import { NextResponse, type NextRequest } from 'next/server';
import { decodeJwt } from 'jose';
export function middleware(request: NextRequest) {
  const token = request.cookies.get('session')?.value;
  if (!token) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const headers = new Headers(request.headers);
  headers.set('x-user-id', String(decodeJwt(token).sub));
  return NextResponse.next({ request: { headers } });
}
export const config = { matcher: ['/api/:path*'] };`,
  'lib/auth.ts': `import { cookies } from 'next/headers';
import { jwtVerify } from 'jose';
export async function getSession() {
  const token = (await cookies()).get('session')?.value;
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(process.env.SESSION_SECRET!), { algorithms: ['HS256'] });
    return { userId: String(payload.sub) };
  } catch {
    return null;
  }
}
export function currentUserId(request: Request): string {
  return request.headers.get('x-user-id') ?? '';
}`,
  'lib/db.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
};

/** Express + Prisma: a password-reset request whose token the variant makes. */
function resetTokenApp(variant: string): Record<string, string> {
  return {
    'src/app.js': `import crypto from 'node:crypto';
import express from 'express';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/api/auth/password-reset/request', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email) }, select: { id: true } });
  if (user) {
${variant}
  await prisma.user.update({ where: { id: user.id }, data: { resetToken, resetTokenExpires: new Date(Date.now() + 3600000) } });
  }
  res.status(202).json({ ok: true });
});
app.listen(3000);`,
  };
}

/** Express + passport-jwt: the strategy's options, `ignoreExpiration` as the variant sets it. */
function jwtStrategyApp(variant: string): Record<string, string> {
  return {
    'src/passport.ts': `import passport from 'passport';
import { ExtractJwt, Strategy as JwtStrategy, type StrategyOptions } from 'passport-jwt';
const options: StrategyOptions = {
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.JWT_SECRET!,
  algorithms: ['HS256'],
${variant}
};
passport.use(new JwtStrategy(options, (payload, done) => done(null, { id: payload.sub })));
export default passport;`,
    'src/app.ts': `import express from 'express';
import passport from './passport';
const app = express();
app.get('/api/v1/me', passport.authenticate('jwt', { session: false }), (req, res) => res.json(req.user));
app.listen(3000);`,
  };
}

/**
 * Hono + knex: password resets kept in their own table (`password_resets` with `token_hash` and `expires_at`); the
 * confirm step looks a row up with `lookup`.
 */
const resetTableApp = (lookup: string) => ({
  'package.json': '{ "dependencies": { "hono": "4.6.0", "knex": "3.1.0", "pg": "8.12.0", "bcryptjs": "2.4.3" } }',
  'src/app.ts': `import { Hono } from 'hono';
import knexFactory from 'knex';
import bcrypt from 'bcryptjs';
import { createHash, randomBytes } from 'node:crypto';
const db = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const hashToken = (t: string) => createHash('sha256').update(t).digest('hex');
const app = new Hono();
app.post('/auth/password-reset/request', async (c) => {
  const { email } = await c.req.json();
  const user = await db('users').where({ email }).first('id');
  if (user) {
    const token = randomBytes(32).toString('hex');
    await db('password_resets').insert({ user_id: user.id, token_hash: hashToken(token), expires_at: new Date(Date.now() + 3600e3) });
  }
  return c.json({ ok: true });
});
app.post('/auth/password-reset/confirm', async (c) => {
  const { token, password } = await c.req.json();
  const reset = await db('password_resets')${lookup}.first('id', 'user_id');
  if (!reset) return c.json({ error: 'Invalid or expired link' }, 400);
  await db('users').where({ id: reset.user_id }).update({ password_hash: await bcrypt.hash(String(password), 12) });
  return c.json({ ok: true });
});
export default app;`,
});

/**
 * Next.js App Router + Drizzle: the confirm step of a reset that reads the account's code and expiry columns and
 * turns a wrong code away (`expired` adds to that test).
 */
const drizzleResetApp = (expired: string) => ({
  'package.json':
    '{ "dependencies": { "next": "15.0.0", "drizzle-orm": "0.33.0", "postgres": "3.4.4", "bcryptjs": "2.4.3" } }',
  'lib/db.ts': `import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
export const users = pgTable('users', { id: uuid('id').primaryKey(), email: text('email').notNull(), passwordHash: text('password_hash').notNull(), resetCode: text('reset_code'), resetExpiresAt: timestamp('reset_expires_at') });
export const db = drizzle(postgres(process.env.DATABASE_URL!), { schema: { users } });`,
  'app/api/auth/password-reset/route.ts': `import { NextResponse } from 'next/server';
import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { db, users } from '@/lib/db';
export async function PUT(req: Request) {
  const { email, code, newPassword } = await req.json();
  const user = await db.query.users.findFirst({ where: eq(users.email, String(email)), columns: { id: true, resetCode: true, resetExpiresAt: true } });
  if (!user || !user.resetCode || user.resetCode !== code${expired}) return NextResponse.json({ error: 'Invalid or expired code' }, { status: 400 });
  await db.update(users).set({ passwordHash: await bcrypt.hash(String(newPassword), 12), resetCode: null }).where(eq(users.id, user.id));
  return NextResponse.json({ ok: true });
}`,
});

/** Fastify: @fastify/jwt registered with options a config module exports (`sign` is `sign`), and a login that signs. */
const fastifyJwtConfigApp = (sign: string): Record<string, string> => ({
  'src/config.js': `export const jwtConfig = {
  secret: process.env.JWT_SECRET,
  sign: ${sign},
  verify: { algorithms: ['HS256'] },
};`,
  'src/server.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import bcrypt from 'bcrypt';
import { jwtConfig } from './config.js';
import { findUserByEmail } from './users.js';
const app = Fastify();
await app.register(fastifyJwt, jwtConfig);
app.post('/login', async (request, reply) => {
  const user = await findUserByEmail(String(request.body.email));
  if (!user || !(await bcrypt.compare(String(request.body.password), user.passwordHash))) return reply.code(401).send();
  return { token: app.jwt.sign({ sub: user.id }) };
});
await app.listen({ port: 3000 });`,
  'src/users.js': `export async function findUserByEmail(email) {
  return null;
}`,
});

/**
 * Next.js pages + Prisma: one `[action].ts` file for login and the reset confirm, dispatching on the segment; the
 * reset looks the account up with `where`.
 */
const authActionApp = (where: string): Record<string, string> => ({
  'prisma/schema.prisma': `model User {
  id                  String    @id
  email               String    @unique
  passwordHash        String
  resetTokenHash      String?
  resetTokenExpires   DateTime?
}`,
  'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
  'pages/api/auth/[action].ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import bcrypt from 'bcryptjs';
import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';
import { prisma } from '../../../lib/prisma';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const action = String(req.query.action);
  if (action === 'login' && req.method === 'POST') {
    const user = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
    if (!user || !(await bcrypt.compare(String(req.body.password), user.passwordHash))) return res.status(401).end();
    return res.json({ token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET!, { expiresIn: '1h' }) });
  }
  if (action === 'reset-password' && req.method === 'POST') {
    const hash = crypto.createHash('sha256').update(String(req.body.token)).digest('hex');
    const user = await prisma.user.findFirst({ where: ${where} });
    if (!user) return res.status(400).json({ error: 'Invalid or expired link' });
    await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await bcrypt.hash(String(req.body.password), 12), resetTokenHash: null } });
    return res.status(204).end();
  }
  return res.status(404).end();
}`,
});

runCheckCases('broken-auth-token-handling', {
  invalid: [
    {
      name: 'next.js pages: the reset branch of an `[action].ts` file accepts the code without its expiry',
      endpoint: 'POST /api/auth/reset-password',
      files: authActionApp('{ resetTokenHash: hash }'),
    },
    {
      name: '@fastify/jwt registered with options from a config module that set no expiry',
      endpoint: 'POST /login',
      files: fastifyJwtConfigApp("{ algorithm: 'HS256' }"),
    },
    {
      name: 'next.js + drizzle: the reset code compared, its expiry column only picked (`columns: { resetExpiresAt: true }`)',
      endpoint: 'PUT /api/auth/password-reset',
      files: drizzleResetApp(''),
    },
    {
      name: 'hono + knex: a reset row found by its token hash, its `expires_at` never read',
      endpoint: 'POST /auth/password-reset/confirm',
      files: resetTableApp('.where({ token_hash: hashToken(String(token)) })'),
    },
    {
      name: 'express + prisma: a password reset that finds the account by its reset token and never reads the expiry',
      endpoint: 'POST /auth/reset-password',
      files: resetConfirmApp('{ resetToken: String(token) }'),
    },
    {
      name: 'koa: a refresh that reads the old token with `jsonwebtoken.decode` (the default import under its own name)',
      endpoint: 'POST /api/auth/refresh',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import jsonwebtoken from 'jsonwebtoken';
const router = new Router();
router.post('/api/auth/refresh', async (ctx) => {
  const token = String(ctx.get('Authorization')).slice(7);
  const payload = jsonwebtoken.decode(token);
  if (!payload || !payload.sub) ctx.throw(401, 'Invalid token');
  ctx.body = { token: jsonwebtoken.sign({ sub: payload.sub }, process.env.JWT_SECRET, { expiresIn: '15m' }) };
});
const app = new Koa();
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'express: a password-reset token made with Math.random()',
      endpoint: 'POST /api/auth/password-reset/request',
      files: resetTokenApp(`    const resetToken = Math.random().toString(36).slice(2, 10);`),
    },
    {
      name: "passport-jwt: the strategy's options (a constant) accept expired tokens (`ignoreExpiration: true`)",
      files: jwtStrategyApp(`  ignoreExpiration: true,`),
    },
    {
      name: "hono: a refresh route that reads the old token with `decode` from 'hono/jwt' and signs a new one",
      endpoint: 'POST /auth/refresh',
      files: {
        'src/index.ts': `import { Hono } from 'hono';
import { decode, sign } from 'hono/jwt';
const app = new Hono();
app.post('/auth/refresh', async (c) => {
  const token = (c.req.header('Authorization') ?? '').replace(/^Bearer\\s+/i, '');
  if (!token) return c.json({ error: 'Missing token' }, 401);
  const { payload } = decode(token);
  return c.json({ token: await sign({ sub: payload.sub, exp: Math.floor(Date.now() / 1000) + 900 }, process.env.JWT_SECRET!) });
});
export default app;`,
      },
    },
    {
      name: "fastify: a client portal's link signed with `app.jwt.sign` and no expiry (registered without one either)",
      endpoint: 'POST /clients/:clientId/portal-link',
      files: {
        'package.json':
          '{ "dependencies": { "fastify": "5.0.0", "@fastify/jwt": "9.0.0", "@prisma/client": "5.0.0", "zod": "3.23.0", "fastify-type-provider-zod": "4.0.0" } }',
        'src/app.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import { PrismaClient } from '@prisma/client';
import { z } from 'zod';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
const prisma = new PrismaClient();
const app = Fastify();
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
await app.register(fastifyJwt, { secret: process.env.JWT_SECRET, sign: { algorithm: 'HS256' }, verify: { algorithms: ['HS256'] } });
app.decorate('authenticate', async (request, reply) => {
  try { await request.jwtVerify(); } catch { return reply.code(401).send({ error: 'Unauthorized' }); }
});
app.post('/clients/:clientId/portal-link', { onRequest: [app.authenticate] }, async (request, reply) => {
  const client = await prisma.client.findFirst({ where: { id: request.params.clientId, freelancerId: request.user.sub }, select: { id: true } });
  if (!client) return reply.code(404).send({ error: 'Not found' });
  const token = app.jwt.sign({ clientId: client.id, scope: 'portal' });
  return { url: \`https://app.example/portal?token=\${token}\` };
});
await app.listen({ port: 3000 });`,
      },
    },
    {
      name: "fastify: a public listing shows the seller's view to whoever a decorator (`app.decorate('viewerFromHeader', …)`) decodes from the header",
      endpoint: 'GET /api/v1/listings/:id',
      files: {
        'src/plugins/auth.ts': `import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
import type { FastifyRequest } from 'fastify';
export default fp(async (app) => {
  await app.register(fastifyJwt, { secret: process.env.JWT_SECRET!, sign: { expiresIn: '15m' }, verify: { algorithms: ['HS256'] } });
  app.decorate('viewerFromHeader', (request: FastifyRequest) => {
    const header = request.headers.authorization;
    return header?.startsWith('Bearer ') ? app.jwt.decode(header.slice(7)) : null;
  });
});`,
        'src/app.ts': `import Fastify from 'fastify';
import { PrismaClient } from '@prisma/client';
import auth from './plugins/auth';
const prisma = new PrismaClient();
const app = Fastify();
await app.register(auth);
app.get('/api/v1/listings/:id', async (request: any, reply) => {
  const listing = await prisma.listing.findUnique({ where: { id: request.params.id }, include: { tickets: true } });
  if (!listing) return reply.code(404).send({ error: 'not_found' });
  const viewer = (app as any).viewerFromHeader(request);
  if (viewer && viewer.sub === listing.sellerId) return listing;
  return { id: listing.id, priceCents: listing.priceCents };
});
await app.listen({ port: 3000 });`,
      },
    },
    {
      name: 'next.js + supabase: the caller taken from `supabase.auth.getSession()` in server code (the cookie, never re-validated)',
      endpoint: 'GET /api/payments',
      files: {
        'lib/supabase.ts': `import { createServerClient } from '@supabase/ssr';
import { cookies } from 'next/headers';
export async function createClient() {
  const store = await cookies();
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: { getAll: () => store.getAll(), setAll: () => {} },
  });
}`,
        'lib/auth.ts': `import { createClient } from './supabase';
export async function currentUser() {
  const supabase = await createClient();
  const { data: { session } } = await supabase.auth.getSession();
  const user = session?.user;
  if (!user) throw new Response('Unauthorized', { status: 401 });
  return user;
}`,
        'app/api/payments/route.ts': `import { NextResponse } from 'next/server';
import { currentUser } from '../../../lib/auth';
import { createClient } from '../../../lib/supabase';
export async function GET() {
  const user = await currentUser();
  const supabase = await createClient();
  const { data } = await supabase.from('payments').select('id, amount_cents').eq('payer_id', user.id);
  return NextResponse.json(data ?? []);
}`,
      },
    },
    {
      name: 'express: an invite token signed by a helper from the payload the route hands it, with no expiry anywhere',
      endpoint: 'POST /teams/:teamId/invites',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/invites.js': `import jwt from 'jsonwebtoken';
export function createInviteToken(payload) {
  return jwt.sign(payload, process.env.INVITE_SECRET, { algorithm: 'HS256', audience: 'team-invite' });
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
import { createInviteToken } from './invites.js';
const app = express();
app.use(express.json());
app.post('/teams/:teamId/invites', requireAuth, (req, res) => {
  const token = createInviteToken({ teamId: req.params.teamId, email: String(req.body.email), invitedBy: req.user.id });
  res.status(201).json({ link: \`https://example.test/invites/accept?token=\${token}\` });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: a device token issued without expiry under `/auth/` (`POST /auth/device-token`)',
      endpoint: 'POST /auth/device-token',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import jwt from 'jsonwebtoken';
import { requireAuth } from './auth.js';
const app = express();
app.post('/auth/device-token', requireAuth, (req, res) => {
  res.json({ token: jwt.sign({ sub: req.user.id, kind: 'device' }, process.env.DEVICE_SECRET, { algorithm: 'HS256' }) });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: a public route redeems a pass token it only decodes (`jwt.decode(req.body.token)`)',
      endpoint: 'POST /passes/redeem',
      files: {
        'src/app.js': `import express from 'express';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/passes/redeem', async (req, res) => {
  const claims = jwt.decode(String(req.body.token));
  if (!claims || !claims.zoneId) return res.status(400).json({ error: 'Invalid pass' });
  const pass = await prisma.visitorPass.create({ data: { zoneId: claims.zoneId, plate: String(req.body.plate) }, select: { id: true } });
  res.status(201).json(pass);
});
app.listen(3000);`,
      },
    },
    {
      name: 'nestjs: a password reset whose injected service reads the reset token with `this.jwt.decode`',
      endpoint: 'POST /auth/reset-password',
      files: {
        'src/auth.service.ts': `import { BadRequestException, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PrismaService } from './prisma.service';
@Injectable()
export class AuthService {
  constructor(private readonly jwt: JwtService, private readonly prisma: PrismaService) {}
  async resetPassword(token: string, passwordHash: string) {
    const claims = this.jwt.decode(token) as { sub: string; purpose: string } | null;
    if (!claims || claims.purpose !== 'reset') throw new BadRequestException('Invalid token');
    await this.prisma.user.update({ where: { id: claims.sub }, data: { passwordHash } });
    return { ok: true };
  }
}`,
        'src/prisma.service.ts': `import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
@Injectable()
export class PrismaService extends PrismaClient {}`,
        'src/auth.controller.ts': `import { Body, Controller, Post } from '@nestjs/common';
import { AuthService } from './auth.service';
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}
  @Post('reset-password')
  reset(@Body() body: { token: string; passwordHash: string }) {
    return this.auth.resetPassword(body.token, body.passwordHash);
  }
}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PrismaService } from './prisma.service';
@Module({ imports: [JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '15m' } })], controllers: [AuthController], providers: [AuthService, PrismaService] })
export class AppModule {}`,
        'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
const app = await NestFactory.create(AppModule);
await app.listen(3000);`,
      },
    },
    {
      name: 'fastify: a plugin hook that only decodes the token, with a type argument (`app.jwt.decode<Claims>(token)`)',
      endpoint: 'GET /instructor/gradebook',
      files: {
        'src/app.ts': `import Fastify, { type FastifyInstance } from 'fastify';
import jwt from '@fastify/jwt';
type Claims = { sub: number; role: string };
async function instructorRoutes(app: FastifyInstance) {
  app.addHook('onRequest', async (request, reply) => {
    const token = (request.headers.authorization ?? '').slice(7);
    const claims = token ? app.jwt.decode<Claims>(token) : null;
    if (!claims || claims.role !== 'instructor') return reply.code(403).send({ error: 'instructors_only' });
  });
  app.get('/gradebook', async () => ({ rows: [] }));
}
const app = Fastify();
app.register(jwt, { secret: process.env.JWT_SECRET! });
app.register(instructorRoutes, { prefix: '/instructor' });
app.listen({ port: 3000 });`,
      },
    },
    {
      name: 'next: a handler that takes the caller from the header the decoding middleware forwards',
      endpoint: 'POST /api/notes',
      files: {
        ...NEXT_DECODING_MIDDLEWARE,
        'app/api/notes/route.ts': `import { NextResponse } from 'next/server';
import { currentUserId } from '../../../lib/auth';
import { prisma } from '../../../lib/db';
export async function POST(request: Request) {
  const { text } = await request.json();
  const note = await prisma.note.create({ data: { text: String(text), userId: currentUserId(request) } });
  return NextResponse.json({ id: note.id }, { status: 201 });
}`,
      },
    },
    {
      name: 'next.js pages: the handler identifies the caller with a helper that only jwt.decodes the cookie',
      endpoint: 'ALL /api/orders/mine',
      files: {
        'package.json': '{ "dependencies": { "next": "14.0.0", "mongoose": "8.0.0", "jsonwebtoken": "9.0.0" } }',
        'lib/auth.ts': NEXT_PAGES_WITH_AUTH,
        'lib/models.ts': NEXT_PAGES_MONGOOSE_MODELS,
        'pages/api/orders/mine.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { getSessionUser } from '../../../lib/auth';
import { Order } from '../../../lib/models';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = getSessionUser(req);
  if (!session) return res.status(401).json({ error: 'Sign in' });
  const orders = await Order.find({ buyer: session.id }).select('total').lean();
  return res.status(200).json({ orders });
}`,
      },
    },
    {
      name: 'hono: a session middleware that reads the token with `decode` from hono/jwt, never verifying it',
      endpoint: 'GET /api/v1/me/applications',
      files: {
        'src/app.ts': `import { Hono } from 'hono';
import { decode } from 'hono/jwt';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { prisma } from './db';
const candidateSession = createMiddleware(async (c, next) => {
  const header = c.req.header('Authorization');
  if (!header?.startsWith('Bearer ')) throw new HTTPException(401, { message: 'Missing token' });
  const { payload } = decode(header.slice(7));
  if (typeof payload.sub !== 'string') throw new HTTPException(401, { message: 'Invalid session' });
  c.set('jwtPayload', payload);
  await next();
});
const app = new Hono();
app.use('/api/v1/me/*', candidateSession);
app.get('/api/v1/me/applications', async (c) => {
  const { sub } = c.get('jwtPayload');
  return c.json(await prisma.application.findMany({ where: { candidateId: sub }, select: { id: true } }));
});
export default app;`,
      },
    },
    {
      name: 'hono: an impersonation token signed with hono/jwt `sign` and no `exp` in the payload',
      endpoint: 'POST /api/v1/admin/users/:id/impersonate',
      files: {
        'src/app.ts': `import { Hono } from 'hono';
import { jwt, sign } from 'hono/jwt';
const app = new Hono();
app.use('/api/v1/*', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));
app.post('/api/v1/admin/users/:id/impersonate', async (c) => {
  if (c.get('jwtPayload').role !== 'ADMIN') return c.json({ error: 'Forbidden' }, 403);
  const token = await sign({ sub: c.req.param('id'), imp: c.get('jwtPayload').sub }, process.env.JWT_SECRET!, 'HS256');
  return c.json({ token });
});
export default app;`,
      },
    },
    {
      name: '@fastify/jwt: reply.jwtSign without expiresIn, registered without sign.expiresIn',
      endpoint: 'POST /auth/login',
      files: {
        'src/app.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const app = Fastify();
app.register(fastifyJwt, { secret: process.env.JWT_SECRET });
app.post('/auth/login', async (request, reply) => {
  const token = await reply.jwtSign({ sub: String(request.body.email) });
  return { token };
});
app.listen({ port: 3000 });`,
      },
    },
    {
      name: 'express: a refresh verifies with ignoreExpiration: true',
      endpoint: 'POST /auth/refresh',
      files: {
        'src/app.js': `import express from 'express';
import jwt from 'jsonwebtoken';
const app = express();
app.use(express.json());
app.post('/auth/refresh', (req, res) => {
  const payload = jwt.verify(req.body.token, process.env.JWT_SECRET, { algorithms: ['HS256'], ignoreExpiration: true });
  res.json({ token: jwt.sign({ sub: payload.sub }, process.env.JWT_SECRET, { expiresIn: '15m' }) });
});
app.listen(3000);`,
      },
    },
    {
      name: 'fastify: a refresh decodes the old token with fastify.jwt.decode and signs a new one from it',
      endpoint: 'POST /auth/refresh',
      files: {
        'src/app.js': `const fastify = require('fastify')();
fastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET });
fastify.post('/auth/refresh', async (request, reply) => {
  const payload = fastify.jwt.decode(request.body.token);
  if (!payload || !payload.sub) return reply.code(401).send({ error: 'Invalid token' });
  return { token: fastify.jwt.sign({ sub: payload.sub }, { expiresIn: '15m' }) };
});
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'express: login signs a token without expiresIn',
      endpoint: 'POST /auth/login',
      files: {
        'src/app.js': `import express from 'express';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/auth/login', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
  if (!user || !(await bcrypt.compare(String(req.body.password), user.passwordHash))) return res.status(401).json({ error: 'Invalid credentials' });
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET);
  res.json({ token });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: auth middleware trusts jwt.decode',
      endpoint: 'GET /todos',
      files: {
        'src/auth.js': `import jwt from 'jsonwebtoken';
export function requireAuth(req, res, next) {
  const payload = jwt.decode(req.headers.authorization?.slice(7));
  if (!payload) return res.status(401).json({ error: 'Unauthorized' });
  req.user = { id: payload.sub };
  next();
}`,
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
      name: 'hono: hono/jwt `sign` of a payload spread from claims that carry no `exp`',
      endpoint: 'POST /api/v1/auth/login',
      files: honoSpreadClaimsApp("{ sub: 'u1', kind: 'family' }"),
    },
    {
      name: 'jose: a signer that sets the expiry only when asked, called without `expiresIn`',
      endpoint: 'POST /api/v1/auth/login',
      files: joseOptionalExpiryApp('{ subject: String(userId) }'),
    },
    {
      name: 'hono: jose SignJWT without setExpirationTime',
      endpoint: 'POST /auth/token',
      files: {
        'src/index.ts': `import { Hono } from 'hono';
import { SignJWT } from 'jose';
import bcrypt from 'bcryptjs';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const key = new TextEncoder().encode(process.env.JWT_SECRET);
const app = new Hono();
app.post('/auth/token', async (c) => {
  const { email, password } = await c.req.json();
  const user = await prisma.user.findUnique({ where: { email: String(email) } });
  if (!user || !(await bcrypt.compare(String(password), user.passwordHash))) return c.json({ error: 'Invalid credentials' }, 401);
  const token = await new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().sign(key);
  return c.json({ token });
});
export default app;`,
      },
    },
    {
      name: 'fastify: register issues a token without expiry',
      endpoint: 'POST /register',
      files: {
        'src/server.js': `import Fastify from 'fastify';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import pg from 'pg';
const pool = new pg.Pool();
const fastify = Fastify();
fastify.post('/register', async (request, reply) => {
  const hash = await bcrypt.hash(String(request.body.password), 12);
  const { rows } = await pool.query('INSERT INTO users (email, password_hash) VALUES ($1, $2) RETURNING id', [String(request.body.email), hash]);
  return reply.code(201).send({ token: jwt.sign({ sub: rows[0].id }, process.env.JWT_SECRET, { algorithm: 'HS256' }) });
});
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'express: a signed-in trainer checks a member in with a pass token the helper only decodes',
      endpoint: 'POST /classes/{classId}/checkin',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/pass.js': `import jwt from 'jsonwebtoken';
export function readMemberPass(passToken) {
  const payload = jwt.decode(passToken);
  return payload?.sub ? { sub: payload.sub } : null;
}`,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
import { readMemberPass } from './pass.js';
const Booking = mongoose.model('Booking', new mongoose.Schema({ classSession: String, member: String, status: String }));
const app = express();
app.use(express.json());
app.post('/classes/:classId/checkin', requireAuth, async (req, res) => {
  const pass = readMemberPass(String(req.body.passToken));
  if (!pass) return res.status(400).json({ error: 'invalid_pass' });
  const booking = await Booking.findOneAndUpdate({ classSession: req.params.classId, member: pass.sub }, { status: 'attended' });
  res.json({ id: booking?.id });
});
app.listen(3000);`,
      },
    },
  ],
  valid: [
    {
      name: 'next.js pages: the reset branch checks the expiry in its lookup',
      endpoint: 'POST /api/auth/reset-password',
      files: authActionApp('{ resetTokenHash: hash, resetTokenExpires: { gt: new Date() } }'),
    },
    {
      name: '@fastify/jwt registered with options from a config module that set `sign: { expiresIn }`',
      endpoint: 'POST /login',
      files: fastifyJwtConfigApp("{ algorithm: 'HS256', expiresIn: process.env.JWT_TTL ?? '1h' }"),
    },
    {
      name: 'next.js + drizzle: the same reset code, its expiry compared with now',
      endpoint: 'PUT /api/auth/password-reset',
      files: drizzleResetApp(' || !user.resetExpiresAt || user.resetExpiresAt < new Date()'),
    },
    {
      name: 'hono + knex: the same reset row looked up only while `expires_at` is in the future',
      endpoint: 'POST /auth/password-reset/confirm',
      files: resetTableApp(".where({ token_hash: hashToken(String(token)) }).andWhere('expires_at', '>', db.fn.now())"),
    },
    {
      name: 'express + prisma: a password reset that finds the account by its reset token while it has not expired',
      endpoint: 'POST /auth/reset-password',
      files: resetConfirmApp('{ resetToken: String(token), resetTokenExpiresAt: { gt: new Date() } }'),
    },
    {
      name: 'express: a password-reset token made with crypto.randomBytes',
      endpoint: 'POST /api/auth/password-reset/request',
      files: resetTokenApp(`    const resetToken = crypto.randomBytes(32).toString('hex');`),
    },
    {
      name: "passport-jwt: the strategy's options (a constant) say `ignoreExpiration: false`",
      files: jwtStrategyApp(`  ignoreExpiration: false,`),
    },
    {
      name: "next app router: a route inside middleware.ts's matcher decodes the session cookie the middleware verified",
      files: {
        'middleware.ts': `import { NextResponse, type NextRequest } from 'next/server';
import { jwtVerify } from 'jose';
export async function middleware(request: NextRequest) {
  const token = request.cookies.get('cf_session')?.value;
  if (!token) return NextResponse.json({ error: 'Authentication required' }, { status: 401 });
  try { await jwtVerify(token, new TextEncoder().encode(process.env.SESSION_SECRET!), { algorithms: ['HS256'] }); }
  catch { return NextResponse.json({ error: 'Session expired' }, { status: 401 }); }
  return NextResponse.next();
}
export const config = { matcher: ['/api/me/:path*'] };`,
        'lib/auth.ts': `import { cookies } from 'next/headers';
import { decodeJwt } from 'jose';
export function readSessionClaims() {
  const token = cookies().get('cf_session')?.value;
  if (!token) return null;
  const claims = decodeJwt(token);
  return { userId: String(claims.sub) };
}`,
        'app/api/me/profile/route.ts': `import { NextResponse } from 'next/server';
import { readSessionClaims } from '../../../../lib/auth';
export async function GET() {
  const claims = readSessionClaims();
  if (!claims) return NextResponse.json({ error: 'Authentication required' }, { status: 401 });
  return NextResponse.json({ id: claims.userId });
}`,
      },
    },
    {
      name: "express: a signed-in route decodes the caller's own bearer token (verified by the middleware) to read a claim",
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import jwt from 'jsonwebtoken';
import { requireAuth } from './auth.js';
const app = express();
app.get('/session/expiry', requireAuth, (req, res) => {
  const token = req.headers.authorization?.slice(7);
  const claims = jwt.decode(token);
  res.json({ expiresAt: claims?.exp ?? null });
});
app.listen(3000);`,
      },
    },
    {
      name: 'fastify: the same decorator verifies the token (`app.jwt.verify`)',
      endpoint: 'GET /api/v1/listings/:id',
      files: {
        'src/plugins/auth.ts': `import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
import type { FastifyRequest } from 'fastify';
export default fp(async (app) => {
  await app.register(fastifyJwt, { secret: process.env.JWT_SECRET!, sign: { expiresIn: '15m' }, verify: { algorithms: ['HS256'] } });
  app.decorate('viewerFromHeader', (request: FastifyRequest) => {
    const header = request.headers.authorization;
    try {
      return header?.startsWith('Bearer ') ? app.jwt.verify(header.slice(7)) : null;
    } catch {
      return null;
    }
  });
});`,
        'src/app.ts': `import Fastify from 'fastify';
import { PrismaClient } from '@prisma/client';
import auth from './plugins/auth';
const prisma = new PrismaClient();
const app = Fastify();
await app.register(auth);
app.get('/api/v1/listings/:id', async (request: any, reply) => {
  const listing = await prisma.listing.findUnique({ where: { id: request.params.id }, include: { tickets: true } });
  if (!listing) return reply.code(404).send({ error: 'not_found' });
  const viewer = (app as any).viewerFromHeader(request);
  if (viewer && viewer.sub === listing.sellerId) return listing;
  return { id: listing.id, priceCents: listing.priceCents };
});
await app.listen({ port: 3000 });`,
      },
    },
    {
      name: 'next.js + supabase: the caller taken from `supabase.auth.getUser()`, which asks Supabase Auth',
      endpoint: 'GET /api/payments',
      files: {
        'lib/supabase.ts': `import { createServerClient } from '@supabase/ssr';
import { cookies } from 'next/headers';
export async function createClient() {
  const store = await cookies();
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: { getAll: () => store.getAll(), setAll: () => {} },
  });
}`,
        'lib/auth.ts': `import { createClient } from './supabase';
export async function currentUser() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Response('Unauthorized', { status: 401 });
  return user;
}`,
        'app/api/payments/route.ts': `import { NextResponse } from 'next/server';
import { currentUser } from '../../../lib/auth';
import { createClient } from '../../../lib/supabase';
export async function GET() {
  const user = await currentUser();
  const supabase = await createClient();
  const { data } = await supabase.from('payments').select('id, amount_cents').eq('payer_id', user.id);
  return NextResponse.json(data ?? []);
}`,
      },
    },
    {
      name: 'express: a logout that decodes the refresh token only to find which one to revoke',
      endpoint: 'POST /auth/logout',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/auth/logout', requireAuth, async (req, res) => {
  const payload = jwt.decode(String(req.body.refreshToken));
  if (payload?.jti) {
    await prisma.refreshToken.updateMany({ where: { id: payload.jti, userId: req.user.id }, data: { revokedAt: new Date() } });
  }
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: a public route redeems a pass token it verifies (`jwt.verify` with a pinned algorithm)',
      endpoint: 'POST /passes/redeem',
      files: {
        'src/app.js': `import express from 'express';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/passes/redeem', async (req, res) => {
  const claims = jwt.verify(String(req.body.token), process.env.PASS_SECRET, { algorithms: ['HS256'] });
  if (!claims || !claims.zoneId) return res.status(400).json({ error: 'Invalid pass' });
  const pass = await prisma.visitorPass.create({ data: { zoneId: claims.zoneId, plate: String(req.body.plate) }, select: { id: true } });
  res.status(201).json(pass);
});
app.listen(3000);`,
      },
    },
    {
      name: 'nestjs: a password reset whose injected service verifies the reset token (`this.jwt.verify`)',
      endpoint: 'POST /auth/reset-password',
      files: {
        'src/auth.service.ts': `import { BadRequestException, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PrismaService } from './prisma.service';
@Injectable()
export class AuthService {
  constructor(private readonly jwt: JwtService, private readonly prisma: PrismaService) {}
  async resetPassword(token: string, passwordHash: string) {
    const claims = this.jwt.verify<{ sub: string; purpose: string }>(token);
    if (!claims || claims.purpose !== 'reset') throw new BadRequestException('Invalid token');
    await this.prisma.user.update({ where: { id: claims.sub }, data: { passwordHash } });
    return { ok: true };
  }
}`,
        'src/prisma.service.ts': `import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
@Injectable()
export class PrismaService extends PrismaClient {}`,
        'src/auth.controller.ts': `import { Body, Controller, Post } from '@nestjs/common';
import { AuthService } from './auth.service';
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}
  @Post('reset-password')
  reset(@Body() body: { token: string; passwordHash: string }) {
    return this.auth.resetPassword(body.token, body.passwordHash);
  }
}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PrismaService } from './prisma.service';
@Module({ imports: [JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '15m' } })], controllers: [AuthController], providers: [AuthService, PrismaService] })
export class AppModule {}`,
        'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
const app = await NestFactory.create(AppModule);
await app.listen(3000);`,
      },
    },
    {
      name: 'next: a handler that verifies the session itself does not rely on the decoding middleware',
      endpoint: 'GET /api/notes',
      files: {
        ...NEXT_DECODING_MIDDLEWARE,
        'app/api/notes/route.ts': `import { NextResponse } from 'next/server';
import { getSession } from '../../../lib/auth';
import { prisma } from '../../../lib/db';
export async function GET() {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  return NextResponse.json(await prisma.note.findMany({ where: { userId: session.userId }, select: { id: true } }));
}`,
      },
    },
    {
      name: 'next.js pages: the handler identifies the caller with a helper that verifies the cookie',
      endpoint: 'ALL /api/orders/mine',
      files: {
        'package.json': '{ "dependencies": { "next": "14.0.0", "mongoose": "8.0.0", "jsonwebtoken": "9.0.0" } }',
        'lib/models.ts': NEXT_PAGES_MONGOOSE_MODELS,
        'lib/session.ts': `import jwt, { type JwtPayload } from 'jsonwebtoken';
import type { NextApiRequest } from 'next';
export function sessionUser(req: NextApiRequest) {
  const token = req.cookies.session;
  if (!token) return null;
  try {
    const p = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] }) as JwtPayload;
    return { id: String(p.sub) };
  } catch {
    return null;
  }
}`,
        'pages/api/orders/mine.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { sessionUser } from '../../../lib/session';
import { Order } from '../../../lib/models';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = sessionUser(req);
  if (!session) return res.status(401).json({ error: 'Sign in' });
  const orders = await Order.find({ buyer: session.id }).select('total').lean();
  return res.status(200).json({ orders });
}`,
      },
    },
    {
      name: 'hono: hono/jwt `sign` of a payload spread from claims that carry `exp`',
      endpoint: 'POST /api/v1/auth/login',
      files: honoSpreadClaimsApp("{ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 900 }"),
    },
    {
      name: 'jose: a signer that sets the expiry only when asked, called with `expiresIn`',
      endpoint: 'POST /api/v1/auth/login',
      files: joseOptionalExpiryApp("{ subject: String(userId), expiresIn: '30d' }"),
    },
    {
      name: 'hono: hono/jwt `sign` with an `exp` claim in the payload',
      files: {
        'src/app.ts': `import { Hono } from 'hono';
import { sign } from 'hono/jwt';
const app = new Hono();
app.post('/api/v1/auth/login', async (c) => {
  const token = await sign({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 900 }, process.env.JWT_SECRET!, 'HS256');
  return c.json({ token });
});
export default app;`,
      },
    },
    {
      name: '@fastify/jwt: registered with sign: { expiresIn }, so reply.jwtSign tokens expire',
      endpoint: 'POST /auth/login',
      files: {
        'src/app.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const app = Fastify();
app.register(fastifyJwt, { secret: process.env.JWT_SECRET, sign: { expiresIn: '15m' } });
app.post('/auth/login', async (request, reply) => {
  const token = await reply.jwtSign({ sub: String(request.body.email) });
  return { token };
});
app.listen({ port: 3000 });`,
      },
    },
    {
      name: 'fastify: a refresh verifies the old token with fastify.jwt.verify',
      endpoint: 'POST /auth/refresh',
      files: {
        'src/app.js': `const fastify = require('fastify')();
fastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET });
fastify.post('/auth/refresh', async (request, reply) => {
  const payload = fastify.jwt.verify(request.body.token);
  if (!payload || !payload.sub) return reply.code(401).send({ error: 'Invalid token' });
  return { token: fastify.jwt.sign({ sub: payload.sub }, { expiresIn: '15m' }) };
});
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'express: login signs with expiresIn',
      endpoint: 'POST /auth/login',
      files: {
        'src/app.js': `import express from 'express';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/auth/login', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
  if (!user || !(await bcrypt.compare(String(req.body.password), user.passwordHash))) return res.status(401).json({ error: 'Invalid credentials' });
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m', algorithm: 'HS256' });
  res.json({ token });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: payload carries exp',
      endpoint: 'POST /auth/login',
      files: {
        'src/app.js': `import express from 'express';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/auth/login', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
  if (!user || !(await bcrypt.compare(String(req.body.password), user.passwordHash))) return res.status(401).json({ error: 'Invalid credentials' });
  const token = jwt.sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 900 }, process.env.JWT_SECRET);
  res.json({ token });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: middleware verifies with a pinned algorithm',
      endpoint: 'GET /todos',
      files: {
        'src/auth.js': `import jwt from 'jsonwebtoken';
export function requireAuth(req, res, next) {
  try {
    const payload = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] });
    req.user = { id: payload.sub };
    next();
  } catch {
    res.status(401).json({ error: 'Unauthorized' });
  }
}`,
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
      name: 'hono: jose SignJWT with setExpirationTime',
      endpoint: 'POST /auth/token',
      files: {
        'src/index.ts': `import { Hono } from 'hono';
import { SignJWT } from 'jose';
import bcrypt from 'bcryptjs';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const key = new TextEncoder().encode(process.env.JWT_SECRET);
const app = new Hono();
app.post('/auth/token', async (c) => {
  const { email, password } = await c.req.json();
  const user = await prisma.user.findUnique({ where: { email: String(email) } });
  if (!user || !(await bcrypt.compare(String(password), user.passwordHash))) return c.json({ error: 'Invalid credentials' }, 401);
  const token = await new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('2h').sign(key);
  return c.json({ token });
});
export default app;`,
      },
    },
    {
      name: 'fastify: register signs with a numeric expiresIn',
      endpoint: 'POST /register',
      files: {
        'src/server.js': `import Fastify from 'fastify';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import pg from 'pg';
const pool = new pg.Pool();
const fastify = Fastify();
fastify.post('/register', async (request, reply) => {
  const hash = await bcrypt.hash(String(request.body.password), 12);
  const { rows } = await pool.query('INSERT INTO users (email, password_hash) VALUES ($1, $2) RETURNING id', [String(request.body.email), hash]);
  return reply.code(201).send({ token: jwt.sign({ sub: rows[0].id }, process.env.JWT_SECRET, { expiresIn: 3600 }) });
});
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'nestjs: JwtModule.register with signOptions.expiresIn',
      endpoint: 'POST /auth/login',
      files: {
        'src/auth.controller.ts': `import { Body, Controller, Post, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcrypt';
import { PrismaService } from './prisma.service';
@Controller('auth')
export class AuthController {
  constructor(private readonly prisma: PrismaService, private readonly jwtService: JwtService) {}
  @Post('login')
  async login(@Body() body: { email: string; password: string }) {
    const user = await this.prisma.user.findUnique({ where: { email: body.email } });
    if (!user || !(await bcrypt.compare(body.password, user.passwordHash))) throw new UnauthorizedException();
    return { token: this.jwtService.sign({ sub: user.id }) };
  }
}`,
        'src/prisma.service.ts': `import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
@Injectable()
export class PrismaService extends PrismaClient {}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AuthController } from './auth.controller';
import { PrismaService } from './prisma.service';
@Module({
  imports: [JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '15m' } })],
  controllers: [AuthController],
  providers: [PrismaService],
})
export class AppModule {}`,
        'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
const app = await NestFactory.create(AppModule);
await app.listen(3000);`,
      },
    },
  ],
});
