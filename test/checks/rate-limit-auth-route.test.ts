import { runCheckCases } from './check-tester.ts';
import { EXPRESS_REQUIRE_AUTH } from './snippets.ts';

/**
 * Fastify + pg + @fastify/session: a self-service kiosk sign-in with a library card and a PIN that writes the member
 * into the session (`request.session.memberId`), registered with `options`.
 */
const kioskApp = (options: string) => ({
  'src/server.js': `const Fastify = require('fastify');
const { Pool } = require('pg');
const pool = new Pool();
const app = Fastify();
app.register(require('@fastify/cookie'));
app.register(require('@fastify/session'), { secret: process.env.SESSION_SECRET, cookie: { httpOnly: true, secure: true } });
app.register(require('@fastify/rate-limit'), { global: false });
app.post('/auth/kiosk', ${options}, async (request, reply) => {
  const { rows } = await pool.query('SELECT id, pin_hash FROM members WHERE card_number = $1', [request.body.cardNumber]);
  const member = rows[0];
  if (!member || !(await verifyPin(member.pin_hash, request.body.pin))) return reply.code(401).send({ error: 'invalid' });
  await request.session.regenerate();
  request.session.memberId = member.id;
  return { id: member.id };
});
app.listen({ port: 3000 });`,
});

/**
 * Next.js pages + next-auth: the credentials provider's `authorize()` checks the password after `guard` (the sign-in is
 * `POST /api/auth/callback/credentials`, run through the `[...nextauth]` catch-all); other auth routes are limited.
 */
const credentialsApp = (guard: string) => ({
  'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
  'lib/ratelimit.ts': `const hits = new Map<string, number>();
export const loginLimiter = {
  hit(key: string) {
    const n = (hits.get(key) ?? 0) + 1;
    hits.set(key, n);
    return { allowed: n <= 5 };
  },
};
export function rateLimit(key: string) {
  const n = (hits.get(key) ?? 0) + 1;
  hits.set(key, n);
  if (n > 5) throw new Error('Too many attempts');
}`,
  'lib/auth.ts': `import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import bcrypt from 'bcryptjs';
import { prisma } from './prisma';
import { loginLimiter, rateLimit } from './ratelimit';
export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt' },
  providers: [
    CredentialsProvider({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const email = String(credentials?.email ?? '');
        ${guard}
        const user = await prisma.user.findUnique({ where: { email } });
        if (!user || !(await bcrypt.compare(String(credentials?.password), user.passwordHash))) return null;
        return { id: user.id, email: user.email };
      },
    }),
  ],
};`,
  'pages/api/auth/[...nextauth].ts': `import NextAuth from 'next-auth';
import { authOptions } from '../../../lib/auth';
export default NextAuth(authOptions);`,
  'pages/api/auth/signup.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import bcrypt from 'bcryptjs';
import { prisma } from '../../../lib/prisma';
import { rateLimit } from '../../../lib/ratelimit';
export default async function signup(req: NextApiRequest, res: NextApiResponse) {
  rateLimit(\`signup:\${req.socket.remoteAddress}\`);
  const user = await prisma.user.create({ data: { email: String(req.body.email), passwordHash: await bcrypt.hash(String(req.body.password), 12) } });
  res.status(201).json({ id: user.id });
}`,
});

/** Express + better-sqlite3: a kiosk check-in that checks a member's PIN against its hash, behind `limiter`. */
const kioskHashApp = (limiter: string) => ({
  'src/app.js': `import express from 'express';
import bcrypt from 'bcryptjs';
import rateLimit from 'express-rate-limit';
import Database from 'better-sqlite3';
const db = new Database('gym.db');
const app = express();
app.use(express.json());
const kioskLimiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 10 });
app.post('/checkins/kiosk', ${limiter}async (req, res) => {
  const { memberId, pin } = req.body;
  const member = db.prepare('SELECT id, name, pin_hash FROM members WHERE id = ?').get(memberId);
  if (!member || !(await bcrypt.compare(pin, member.pin_hash))) return res.status(401).json({ error: 'Wrong PIN' });
  res.status(201).json({ welcome: member.name });
});
app.listen(3000);`,
});

runCheckCases('rate-limit-auth-route', {
  invalid: [
    {
      name: 'express + better-sqlite3: a kiosk that checks a typed PIN (`bcrypt.compare(pin, …)`) on a path of no auth flow, unlimited',
      endpoint: 'POST /checkins/kiosk',
      files: kioskHashApp(''),
    },
    {
      name: "next.js pages + next-auth: the credentials provider's `authorize()` checks passwords with no limit (`POST /api/auth/callback/credentials`)",
      endpoint: 'POST /api/auth/callback/credentials',
      files: credentialsApp(''),
    },
    {
      name: 'fastify: a card-and-PIN sign-in that writes `request.session.memberId`, with no limiter',
      endpoint: 'POST /auth/kiosk',
      files: kioskApp('{}'),
    },
    {
      name: 'express + prisma: joining a group by the invite code typed into the body (`POST /groups/join`), with no limiter',
      endpoint: 'POST /api/v1/groups/join',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import { PrismaClient } from '@prisma/client';
import express from 'express';
import rateLimit from 'express-rate-limit';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
const joinLimiter = rateLimit({ windowMs: 60 * 1000, max: 10 });
app.post('/api/v1/groups/join', requireAuth, async (req, res) => {
  const group = await prisma.group.findFirst({ where: { inviteCode: String(req.body.code) }, select: { id: true } });
  if (!group) return res.status(404).json({ error: 'Unknown code' });
  await prisma.membership.create({ data: { groupId: group.id, userId: req.user.id } });
  res.status(201).json({ groupId: group.id });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: a portal sign-in recognised by what it does (checks an e-mailed code, signs a token), with no limiter',
      endpoint: 'POST /api/portal/access',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/codes.js': `import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function redeemAccessCode(email, code) {
  const grant = await prisma.accessCode.findFirst({ where: { email, code, usedAt: null }, select: { id: true, userId: true } });
  if (!grant) { const err = new Error('Invalid code'); err.status = 401; throw err; }
  return grant;
}
export const issuePortalToken = (userId) => jwt.sign({ sub: userId, scope: 'portal' }, process.env.PORTAL_SECRET, { expiresIn: '8h' });`,
        'src/app.js': `import express from 'express';
import rateLimit from 'express-rate-limit';
import { requireAuth } from './auth.js';
import { issuePortalToken, redeemAccessCode } from './codes.js';
const app = express();
app.use(express.json());
const codeLimiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 5 });
app.post('/api/portal/access', async (req, res) => {
  const grant = await redeemAccessCode(String(req.body.email), String(req.body.code));
  res.cookie('portal_token', issuePortalToken(grant.userId), { httpOnly: true, secure: true, sameSite: 'lax' });
  res.json({ ok: true });
});
app.get('/api/portal/me', requireAuth, (req, res) => res.json({ id: req.user.id }));
app.listen(3000);`,
      },
    },
    {
      name: 'next app router: `POST /api/users` that hashes a password and creates the account (a sign-up by what it does), which middleware.ts lets through for POST only',
      endpoint: 'POST /api/users',
      files: {
        'middleware.ts': `import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
export async function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;
  if (pathname === '/api/users' && req.method === 'POST') return NextResponse.next();
  const token = await getToken({ req });
  if (!token) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  return NextResponse.next();
}
export const config = { matcher: ['/api/users'] };`,
        'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'app/api/users/route.ts': `import { NextResponse } from 'next/server';
import bcrypt from 'bcryptjs';
import { prisma } from '../../../lib/prisma';
export async function POST(req: Request) {
  const { name, email, password } = await req.json();
  const user = await prisma.user.create({
    data: { name: String(name), email: String(email), passwordHash: await bcrypt.hash(String(password), 12) },
    select: { id: true, name: true },
  });
  return NextResponse.json(user, { status: 201 });
}
export async function GET() {
  return NextResponse.json(await prisma.user.findMany({ select: { id: true, name: true } }));
}`,
      },
    },
    {
      name: 'express: a PIN sign-in for handheld scanners (`/auth/pin-login`) and an e-mail code check without a limiter',
      endpoint: 'POST /api/v1/auth/pin-login',
      files: {
        'src/app.js': `import express from 'express';
import rateLimit from 'express-rate-limit';
import jwt from 'jsonwebtoken';
import { Device } from './models.js';
const app = express();
app.use(express.json());
app.post('/api/v1/auth/login', rateLimit({ windowMs: 60000, max: 5 }), (req, res) => res.json({}));
app.post('/api/v1/auth/pin-login', async (req, res) => {
  const device = await Device.findOne({ where: { pin: String(req.body.pin) } });
  if (!device) return res.status(401).json({ error: 'Wrong PIN' });
  res.json({ token: jwt.sign({ sub: device.id }, process.env.JWT_SECRET, { expiresIn: '8h' }) });
});
app.listen(3000);`,
        'src/models.js': `export const Device = { findOne: async () => null };`,
      },
    },
    {
      name: 'express: `/auth/register-parent` (sign-up for one kind of account) without a limiter',
      endpoint: 'POST /api/v1/auth/register-parent',
      files: {
        'src/app.js': `import express from 'express';
import bcrypt from 'bcrypt';
import rateLimit from 'express-rate-limit';
import { User } from './models.js';
const app = express();
app.use(express.json());
app.post('/api/v1/auth/login', rateLimit({ windowMs: 60000, max: 5 }), (req, res) => res.json({}));
app.post('/api/v1/auth/register-parent', async (req, res) => {
  const user = await User.create({ email: String(req.body.email), passwordHash: await bcrypt.hash(String(req.body.password), 12) });
  res.status(201).json({ id: user.id });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: confirming a transfer with a one-time code from the body, without a limiter',
      endpoint: 'POST /transfers/:id/confirm',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/models.js': `export const Booking = { findOne: async () => null };`,
        'src/app.js': `import express from 'express';
import rateLimit from 'express-rate-limit';
import { requireAuth } from './auth.js';
import { Booking } from './models.js';
const app = express();
app.use(express.json());
app.post('/login', rateLimit({ windowMs: 60_000, limit: 5 }), (req, res) => res.json({ ok: true }));
app.post('/transfers/:id/confirm', requireAuth, async (req, res) => {
  const t = await Booking.findOne({ where: { id: req.params.id, userId: req.user.id } });
  if (!t || String(req.body.code) !== t.code) return res.status(400).json({ error: 'invalid_code' });
  res.json({ ok: true });
});
app.listen(3000);`,
      },
    },
    {
      name: 'koa: account activation (it sends an e-mail) without rate limit',
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
      name: 'express: login without a limiter',
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
  res.json({ token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' }) });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: limiter on another route only',
      endpoint: 'POST /login',
      files: {
        'src/app.js': `import express from 'express';
import rateLimit from 'express-rate-limit';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const uploadLimiter = rateLimit({ windowMs: 60_000, limit: 10 });
const app = express();
app.use(express.json());
app.post('/uploads', uploadLimiter, (req, res) => res.status(202).json({ ok: true }));
app.post('/login', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
  if (!user || !(await bcrypt.compare(String(req.body.password), user.passwordHash))) return res.status(401).json({ error: 'Invalid credentials' });
  res.json({ token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' }) });
});
app.listen(3000);`,
      },
    },
    {
      name: 'fastify: register without rate limit',
      endpoint: 'POST /register',
      files: {
        'src/server.js': `import Fastify from 'fastify';
import bcrypt from 'bcrypt';
import pg from 'pg';
const pool = new pg.Pool();
const fastify = Fastify();
fastify.post('/register', async (request, reply) => {
  const hash = await bcrypt.hash(String(request.body.password), 12);
  await pool.query('INSERT INTO users (email, password_hash) VALUES ($1, $2)', [String(request.body.email), hash]);
  return reply.code(201).send({ ok: true });
});
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'hono: forgot-password without rate limit',
      endpoint: 'POST /auth/forgot-password',
      files: {
        'src/index.ts': `import { Hono } from 'hono';
import { PrismaClient } from '@prisma/client';
import { randomBytes } from 'node:crypto';
const prisma = new PrismaClient();
const app = new Hono();
app.post('/auth/forgot-password', async (c) => {
  const { email } = await c.req.json();
  const user = await prisma.user.findUnique({ where: { email: String(email) } });
  if (user) await prisma.resetToken.create({ data: { userId: user.id, token: randomBytes(32).toString('hex') } });
  return c.json({ ok: true });
});
export default app;`,
      },
    },
    {
      name: 'koa: login without rate limit',
      endpoint: 'POST /login',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { Sequelize, DataTypes } from 'sequelize';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const User = sequelize.define('User', { email: DataTypes.STRING, passwordHash: DataTypes.STRING });
const app = new Koa();
app.use(bodyParser());
const router = new Router();
router.post('/login', async (ctx) => {
  const user = await User.findOne({ where: { email: String(ctx.request.body.email) } });
  if (!user || !(await bcrypt.compare(String(ctx.request.body.password), user.passwordHash))) ctx.throw(401, 'Invalid credentials');
  ctx.body = { token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' }) };
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'nestjs: @Post("login") without throttler',
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
    {
      name: 'next.js app router: reset-password route handler without limiter',
      endpoint: 'POST /api/auth/reset-password',
      files: {
        'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'app/api/auth/reset-password/route.ts': `import { NextResponse } from 'next/server';
import bcrypt from 'bcryptjs';
import { prisma } from '@/lib/prisma';
export async function POST(req: Request) {
  const { token, password } = await req.json();
  const reset = await prisma.resetToken.findUnique({ where: { token: String(token) } });
  if (!reset) return NextResponse.json({ error: 'Invalid token' }, { status: 400 });
  await prisma.user.update({ where: { id: reset.userId }, data: { passwordHash: await bcrypt.hash(String(password), 12) } });
  return NextResponse.json({ ok: true });
}`,
        'tsconfig.json': `{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } } }`,
      },
    },
    {
      name: 'express: app-wide limiter registered after the login route',
      endpoint: 'POST /login',
      files: {
        'src/app.js': `import express from 'express';
import rateLimit from 'express-rate-limit';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/login', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
  if (!user || !(await bcrypt.compare(String(req.body.password), user.passwordHash))) return res.status(401).json({ error: 'Invalid credentials' });
  res.json({ token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' }) });
});
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.get('/items', (req, res) => res.json([]));
app.listen(3000);`,
      },
    },
  ],
  valid: [
    {
      name: 'express + better-sqlite3: the same kiosk PIN check behind a limiter',
      endpoint: 'POST /checkins/kiosk',
      files: kioskHashApp('kioskLimiter, '),
    },
    {
      name: 'next.js pages + next-auth: `authorize()` asks a limiter and turns a no away (`const attempt = loginLimiter.hit(email); if (!attempt.allowed) throw …`)',
      endpoint: 'POST /api/auth/callback/credentials',
      files: credentialsApp(
        "const attempt = loginLimiter.hit('login:' + email);\n        if (!attempt.allowed) throw new Error('Too many sign-in attempts');",
      ),
    },
    {
      name: 'next.js pages + next-auth: `authorize()` calls a limiter that throws once the budget is spent (`rateLimit(key);` as a statement)',
      endpoint: 'POST /api/auth/callback/credentials',
      files: credentialsApp("rateLimit('login:' + email);"),
    },
    {
      name: 'fastify: the same kiosk sign-in with a per-route limit (`config.rateLimit`)',
      endpoint: 'POST /auth/kiosk',
      files: kioskApp("{ config: { rateLimit: { max: 5, timeWindow: '1 minute' } } }"),
    },
    {
      name: 'next pages: forgot-password asks a limiter the project built whether the request may go on (`if (!forgotLimiter(req, res)) return`)',
      files: {
        'lib/rateLimit.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
export function createRateLimiter({ windowMs, max }: { windowMs: number; max: number }) {
  const buckets = new Map<string, { count: number; resetAt: number }>();
  return function limit(req: NextApiRequest, res: NextApiResponse): boolean {
    const id = String(req.headers['x-forwarded-for'] ?? 'unknown');
    const now = Date.now();
    const b = buckets.get(id);
    if (!b || b.resetAt <= now) {
      buckets.set(id, { count: 1, resetAt: now + windowMs });
      return true;
    }
    b.count += 1;
    if (b.count > max) {
      res.status(429).json({ error: 'Too many requests' });
      return false;
    }
    return true;
  };
}`,
        'pages/api/v1/auth/forgot-password.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';
import { createRateLimiter } from '@/lib/rateLimit';
const forgotLimiter = createRateLimiter({ windowMs: 60 * 60 * 1000, max: 5 });
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'POST') {
    if (!forgotLimiter(req, res)) return;
    const user = await prisma.user.findUnique({ where: { email: String(req.body.email) }, select: { id: true } });
    if (user) await prisma.passwordReset.create({ data: { userId: user.id } });
    return res.status(202).json({ ok: true });
  }
  return res.status(405).end();
}`,
      },
    },
    {
      name: 'express: a coaching session addressed by its id and given a new status (a record, not a sign-in)',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import rateLimit from 'express-rate-limit';
import { requireAuth } from './auth.js';
const sessions = new Map();
const app = express();
app.use(express.json());
app.post('/login', rateLimit({ windowMs: 60_000, limit: 5 }), (req, res) => res.json({ ok: true }));
app.patch('/sessions/:id/status', requireAuth, (req, res) => {
  const s = sessions.get(req.params.id);
  if (!s || s.coach !== req.user.id) return res.status(404).end();
  s.status = String(req.body.status);
  res.json({ id: req.params.id, status: s.status });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: a shipping quote looked up by the postal code in the body is no secret code redeemed',
      endpoint: 'POST /api/v1/shipping/quote',
      files: {
        'src/app.js': `import { PrismaClient } from '@prisma/client';
import express from 'express';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/api/v1/shipping/quote', async (req, res) => {
  const zone = await prisma.shippingZone.findFirst({ where: { postal_code: String(req.body.postal_code) }, select: { rateCents: true } });
  res.json({ rateCents: zone?.rateCents ?? 999 });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: the same join behind a limiter',
      endpoint: 'POST /api/v1/groups/join',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import { PrismaClient } from '@prisma/client';
import express from 'express';
import rateLimit from 'express-rate-limit';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
const joinLimiter = rateLimit({ windowMs: 60 * 1000, max: 10 });
app.post('/api/v1/groups/join', requireAuth, joinLimiter, async (req, res) => {
  const group = await prisma.group.findFirst({ where: { inviteCode: String(req.body.code) }, select: { id: true } });
  if (!group) return res.status(404).json({ error: 'Unknown code' });
  await prisma.membership.create({ data: { groupId: group.id, userId: req.user.id } });
  res.status(201).json({ groupId: group.id });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: the same portal sign-in behind a strict limiter',
      endpoint: 'POST /api/portal/access',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/codes.js': `import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function redeemAccessCode(email, code) {
  const grant = await prisma.accessCode.findFirst({ where: { email, code, usedAt: null }, select: { id: true, userId: true } });
  if (!grant) { const err = new Error('Invalid code'); err.status = 401; throw err; }
  return grant;
}
export const issuePortalToken = (userId) => jwt.sign({ sub: userId, scope: 'portal' }, process.env.PORTAL_SECRET, { expiresIn: '8h' });`,
        'src/app.js': `import express from 'express';
import rateLimit from 'express-rate-limit';
import { requireAuth } from './auth.js';
import { issuePortalToken, redeemAccessCode } from './codes.js';
const app = express();
app.use(express.json());
const codeLimiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 5 });
app.post('/api/portal/access', codeLimiter, async (req, res) => {
  const grant = await redeemAccessCode(String(req.body.email), String(req.body.code));
  res.cookie('portal_token', issuePortalToken(grant.userId), { httpOnly: true, secure: true, sameSite: 'lax' });
  res.json({ ok: true });
});
app.get('/api/portal/me', requireAuth, (req, res) => res.json({ id: req.user.id }));
app.listen(3000);`,
      },
    },
    {
      name: 'next.js: login calls a helper that asks an Upstash limiter and throws an HttpError(429)',
      endpoint: 'POST /api/auth/login',
      files: {
        'lib/http.ts': `export class HttpError extends Error {
  constructor(public status: number, message: string) { super(message); }
}`,
        'lib/rate-limit.ts': `import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';
import { HttpError } from './http';
export const authLimiter = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(5, '10 m') });
export async function enforceLimit(limiter: Ratelimit, key: string) {
  const { success } = await limiter.limit(key);
  if (!success) throw new HttpError(429, 'Too many attempts');
}`,
        'app/api/auth/login/route.ts': `import { NextResponse } from 'next/server';
import bcrypt from 'bcryptjs';
import { authLimiter, enforceLimit } from '../../../../lib/rate-limit';
import { HttpError } from '../../../../lib/http';
import { findUserByEmail } from '../../../../lib/users';
export async function POST(request: Request) {
  try {
    await enforceLimit(authLimiter, \`login:\${request.headers.get('x-forwarded-for')}\`);
    const { email, password } = await request.json();
    const user = await findUserByEmail(String(email));
    if (!user || !(await bcrypt.compare(String(password), user.passwordHash))) throw new HttpError(401, 'Invalid');
    return NextResponse.json({ id: user.id });
  } catch (err) {
    const status = err instanceof HttpError ? err.status : 500;
    return NextResponse.json({ error: 'Request failed' }, { status });
  }
}`,
        'lib/users.ts': `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export const findUserByEmail = (email: string) => prisma.user.findUnique({ where: { email } });`,
      },
    },
    {
      name: 'next.js pages: a sign-up that awaits a limiter object of the project (`authLimiter.check(res, 5, key)`)',
      endpoint: 'POST /api/auth/signup',
      files: {
        'package.json': '{ "dependencies": { "next": "14.0.0", "@prisma/client": "5.0.0", "lru-cache": "10.0.0" } }',
        'lib/rateLimit.ts': `import { LRUCache } from 'lru-cache';
export function rateLimit({ interval }: { interval: number }) {
  const hits = new LRUCache<string, number>({ max: 1000, ttl: interval });
  return {
    check(res: { setHeader(k: string, v: number): void }, limit: number, key: string): Promise<void> {
      const used = (hits.get(key) ?? 0) + 1;
      hits.set(key, used);
      res.setHeader('X-RateLimit-Limit', limit);
      return used > limit ? Promise.reject(new Error('Too many requests')) : Promise.resolve();
    },
  };
}
export const authLimiter = rateLimit({ interval: 15 * 60 * 1000 });`,
        'pages/api/auth/signup.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import bcrypt from 'bcryptjs';
import { PrismaClient } from '@prisma/client';
import { authLimiter } from '../../../lib/rateLimit';
const prisma = new PrismaClient();
export default async function signup(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  await authLimiter.check(res, 5, \`signup:\${req.socket.remoteAddress}\`);
  const user = await prisma.user.create({
    data: { email: String(req.body.email), passwordHash: await bcrypt.hash(String(req.body.password), 12) },
    select: { id: true, email: true },
  });
  return res.status(201).json({ user });
}`,
      },
    },
    {
      name: "express: confirming one's own booking is an action on an object, not an auth step",
      endpoint: 'POST /bookings/:id/confirm',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/models.js': `export const Booking = { update: async () => [1] };`,
        'src/app.js': `import express from 'express';
import rateLimit from 'express-rate-limit';
import { requireAuth } from './auth.js';
import { Booking } from './models.js';
const app = express();
app.use(express.json());
app.post('/login', rateLimit({ windowMs: 60_000, limit: 5 }), (req, res) => res.json({ ok: true }));
app.post('/bookings/:id/confirm', requireAuth, async (req, res) => {
  await Booking.update({ status: 'confirmed' }, { where: { id: req.params.id, userId: req.user.id } });
  res.json({ ok: true });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: express-rate-limit on the login route',
      endpoint: 'POST /auth/login',
      files: {
        'src/app.js': `import express from 'express';
import rateLimit from 'express-rate-limit';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 5 });
const app = express();
app.use(express.json());
app.post('/auth/login', loginLimiter, async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
  if (!user || !(await bcrypt.compare(String(req.body.password), user.passwordHash))) return res.status(401).json({ error: 'Invalid credentials' });
  res.json({ token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' }) });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: app-wide limiter registered before the routes',
      endpoint: 'POST /login',
      files: {
        'src/app.js': `import express from 'express';
import rateLimit from 'express-rate-limit';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.use(express.json());
app.post('/login', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
  if (!user || !(await bcrypt.compare(String(req.body.password), user.passwordHash))) return res.status(401).json({ error: 'Invalid credentials' });
  res.json({ token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' }) });
});
app.listen(3000);`,
      },
    },
    {
      name: 'fastify: @fastify/rate-limit with a per-route config',
      endpoint: 'POST /register',
      files: {
        'src/server.js': `import Fastify from 'fastify';
import rateLimit from '@fastify/rate-limit';
import bcrypt from 'bcrypt';
import pg from 'pg';
const pool = new pg.Pool();
const fastify = Fastify();
await fastify.register(rateLimit, { global: false });
fastify.post('/register', { config: { rateLimit: { max: 5, timeWindow: '15 minutes' } } }, async (request, reply) => {
  const hash = await bcrypt.hash(String(request.body.password), 12);
  await pool.query('INSERT INTO users (email, password_hash) VALUES ($1, $2)', [String(request.body.email), hash]);
  return reply.code(201).send({ ok: true });
});
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'hono: hono-rate-limiter on /auth/*',
      endpoint: 'POST /auth/forgot-password',
      files: {
        'src/index.ts': `import { Hono } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import { PrismaClient } from '@prisma/client';
import { randomBytes } from 'node:crypto';
const prisma = new PrismaClient();
const app = new Hono();
app.use('/auth/*', rateLimiter({ windowMs: 15 * 60 * 1000, limit: 5, keyGenerator: (c) => c.req.header('x-forwarded-for') ?? '' }));
app.post('/auth/forgot-password', async (c) => {
  const { email } = await c.req.json();
  const user = await prisma.user.findUnique({ where: { email: String(email) } });
  if (user) await prisma.resetToken.create({ data: { userId: user.id, token: randomBytes(32).toString('hex') } });
  return c.json({ ok: true });
});
export default app;`,
      },
    },
    {
      name: 'koa: koa-ratelimit app-wide',
      endpoint: 'POST /login',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import ratelimit from 'koa-ratelimit';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { Sequelize, DataTypes } from 'sequelize';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const User = sequelize.define('User', { email: DataTypes.STRING, passwordHash: DataTypes.STRING });
const app = new Koa();
app.use(ratelimit({ driver: 'memory', db: new Map(), duration: 900000, max: 5 }));
app.use(bodyParser());
const router = new Router();
router.post('/login', async (ctx) => {
  const user = await User.findOne({ where: { email: String(ctx.request.body.email) } });
  if (!user || !(await bcrypt.compare(String(ctx.request.body.password), user.passwordHash))) ctx.throw(401, 'Invalid credentials');
  ctx.body = { token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' }) };
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'nestjs: @Throttle on login with ThrottlerGuard as APP_GUARD',
      endpoint: 'POST /auth/login',
      files: {
        'src/auth.controller.ts': `import { Body, Controller, Post, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Throttle } from '@nestjs/throttler';
import * as bcrypt from 'bcrypt';
import { PrismaService } from './prisma.service';
@Controller('auth')
export class AuthController {
  constructor(private readonly prisma: PrismaService, private readonly jwtService: JwtService) {}
  @Throttle({ default: { limit: 5, ttl: 900000 } })
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
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AuthController } from './auth.controller';
import { PrismaService } from './prisma.service';
@Module({
  imports: [JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '15m' } }), ThrottlerModule.forRoot([{ ttl: 60000, limit: 100 }])],
  controllers: [AuthController],
  providers: [PrismaService, { provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class AppModule {}`,
        'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
const app = await NestFactory.create(AppModule);
await app.listen(3000);`,
      },
    },
    {
      name: 'express: logout is not an attack surface for brute force',
      endpoint: 'POST /auth/logout',
      files: {
        'src/app.js': `import express from 'express';
const app = express();
app.post('/auth/logout', (req, res) => {
  res.clearCookie('session');
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: limiter on the auth router with router.use',
      endpoint: 'POST /auth/otp/verify',
      files: {
        'src/app.js': `import express from 'express';
import rateLimit from 'express-rate-limit';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const auth = express.Router();
auth.use(rateLimit({ windowMs: 15 * 60 * 1000, limit: 5 }));
auth.post('/otp/verify', async (req, res) => {
  const code = await prisma.otp.findFirst({ where: { code: String(req.body.code), expiresAt: { gt: new Date() } } });
  if (!code) return res.status(401).json({ error: 'Invalid code' });
  res.json({ ok: true });
});
const app = express();
app.use(express.json());
app.use('/auth', auth);
app.listen(3000);`,
      },
    },
  ],
});
