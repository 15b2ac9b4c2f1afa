import { runCheckCases } from './check-tester.ts';
import { EXPRESS_REQUIRE_AUTH } from './snippets.ts';

/** Express: a sign-up that sets its session cookie with the variant's options. */
function signUpCookieApp(variant: string): Record<string, string> {
  return {
    'src/app.js': `import express from 'express';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/api/users', async (req, res) => {
  const user = await prisma.user.create({
  data: { email: String(req.body.email), passwordHash: await bcrypt.hash(String(req.body.password), 12) },
  select: { id: true, email: true },
  });
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
${variant}
  res.status(201).json(user);
});
app.listen(3000);`,
  };
}

/** Next.js App Router: a sign-in that sets its session cookie through the cookie store held in a variable. */
const nextCookieStoreApp = (options: string) => ({
  'package.json': '{ "dependencies": { "next": "15.0.0", "jose": "5.9.0" } }',
  'app/api/auth/session/route.ts': `import { cookies } from 'next/headers';
import { SignJWT } from 'jose';
import { NextResponse } from 'next/server';
const SESSION_COOKIE = 'app_session';
export async function POST(req: Request) {
  const { email, password } = await req.json();
  if (!(await checkPassword(String(email), String(password)))) return NextResponse.json({ error: 'Invalid' }, { status: 401 });
  const token = await new SignJWT({ sub: String(email) }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(new TextEncoder().encode(process.env.JWT_SECRET!));
  const store = await cookies();
  store.set(SESSION_COOKIE, token, ${options});
  return NextResponse.json({ ok: true });
}`,
});

runCheckCases('broken-auth-insecure-cookie', {
  invalid: [
    {
      name: "next.js: `const store = await cookies(); store.set(SESSION_COOKIE, token, { sameSite: 'lax' })` (no httpOnly)",
      endpoint: 'POST /api/auth/session',
      files: nextCookieStoreApp("{ path: '/', sameSite: 'lax' }"),
    },
    {
      name: 'express: sign-up as `POST /api/users` signs the new account in with a cookie scripts can read',
      endpoint: 'POST /api/users',
      files: signUpCookieApp(`  res.cookie('session', token, { sameSite: 'lax', maxAge: 3600000 });`),
    },
    {
      name: 'express: a portal sign-in recognised by what it does sets its token cookie without httpOnly',
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
  res.cookie('portal_token', issuePortalToken(grant.userId), { maxAge: 8 * 60 * 60 * 1000, sameSite: 'lax' });
  res.json({ ok: true });
});
app.get('/api/portal/me', requireAuth, (req, res) => res.json({ id: req.user.id }));
app.listen(3000);`,
      },
    },
    {
      name: 'fastify: shared flags spread first, then overridden with `httpOnly: false`',
      endpoint: 'POST /auth/register',
      files: {
        'src/app.ts': `import Fastify from 'fastify';
import cookie from '@fastify/cookie';
const baseCookieOptions = { path: '/', httpOnly: true, secure: true };
const app = Fastify();
app.register(cookie, { secret: process.env.COOKIE_SECRET! });
app.post('/auth/register', async (request, reply) => {
  reply.setCookie('sid', 'new-session-id', { ...baseCookieOptions, httpOnly: false });
  return reply.code(201).send({ ok: true });
});
app.listen({ port: 3000 });`,
      },
    },
    {
      name: 'koa: ctx.cookies.set with the cookie name from a constant in another module, httpOnly: false',
      endpoint: 'POST /auth/login',
      files: {
        'src/session.js': `export const SESSION_COOKIE = 'app_session';`,
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import jwt from 'jsonwebtoken';
import { SESSION_COOKIE } from './session.js';
const app = new Koa();
const router = new Router();
router.post('/auth/login', async (ctx) => {
  const token = jwt.sign({ id: 1 }, process.env.JWT_SECRET, { expiresIn: '1h' });
  ctx.cookies.set(SESSION_COOKIE, token, { httpOnly: false, sameSite: 'lax' });
  ctx.body = { ok: true };
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'express: res.cookie("token") without options',
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
  res.cookie('token', jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' }));
  res.json({ ok: true });
});
app.listen(3000);`,
      },
    },
    {
      name: 'hono: setCookie session with httpOnly false',
      endpoint: 'POST /login',
      files: {
        'src/index.ts': `import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { randomUUID } from 'node:crypto';
const app = new Hono();
app.post('/login', async (c) => {
  setCookie(c, 'session', randomUUID(), { httpOnly: false, secure: true, sameSite: 'Lax' });
  return c.json({ ok: true });
});
export default app;`,
      },
    },
    {
      name: 'express-session with cookie.secure false (app-wide)',
      files: {
        'src/app.js': `import express from 'express';
import session from 'express-session';
const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { httpOnly: true, secure: false } }));
app.get('/me', (req, res) => res.json({ user: req.session.userId ?? null }));
app.listen(3000);`,
      },
    },
    {
      name: 'koa: a cookie named for the app (`nl_reader` from config) carries the session token, httpOnly: false',
      endpoint: 'POST /api/readers/login',
      files: {
        'src/config.js': `export const config = { readerCookieName: 'nl_reader', ttlHours: 24 };`,
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import { randomBytes } from 'node:crypto';
import { config } from './config.js';
const app = new Koa();
const router = new Router({ prefix: '/api/readers' });
router.post('/login', async (ctx) => {
  const token = randomBytes(32).toString('hex');
  ctx.cookies.set(config.readerCookieName, token, { httpOnly: false, sameSite: 'lax', maxAge: config.ttlHours * 3600 * 1000 });
  ctx.body = { ok: true };
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'next app router: `res.cookies.set` of the session token without httpOnly (not httpOnly by default, unlike Koa)',
      endpoint: 'POST /api/auth/signup',
      files: {
        'app/api/auth/signup/route.ts': `import { NextResponse } from 'next/server';
import { SignJWT } from 'jose';
const SESSION_COOKIE = 'cf_session';
export async function POST(req: Request) {
  const { email } = await req.json();
  const token = await new SignJWT({ email }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('7d').sign(new TextEncoder().encode(process.env.SESSION_SECRET!));
  const res = NextResponse.json({ ok: true }, { status: 201 });
  res.cookies.set(SESSION_COOKIE, token, { path: '/', maxAge: 604800, sameSite: 'lax' });
  return res;
}`,
      },
    },
  ],
  valid: [
    {
      name: 'next.js: the same cookie store given httpOnly and secure',
      endpoint: 'POST /api/auth/session',
      files: nextCookieStoreApp("{ path: '/', httpOnly: true, secure: true, sameSite: 'lax' }"),
    },
    {
      name: 'express: sign-up as `POST /api/users` signs the new account in with an httpOnly, secure cookie',
      endpoint: 'POST /api/users',
      files: signUpCookieApp(
        `  res.cookie('session', token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 3600000 });`,
      ),
    },
    {
      name: 'express: a double-submit CSRF cookie set readable by scripts at login (the session cookie itself is httpOnly)',
      files: {
        'src/app.js': `import express from 'express';
import { randomBytes } from 'node:crypto';
const app = express();
app.post('/auth/login', (req, res) => {
  const sessionToken = randomBytes(32).toString('hex');
  const csrfToken = randomBytes(16).toString('hex');
  res.cookie('app_sid', sessionToken, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.cookie('app_csrf', csrfToken, { httpOnly: false, secure: true, sameSite: 'strict' });
  res.json({ ok: true });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: a preference cookie readable by scripts at login',
      files: {
        'src/app.js': `import express from 'express';
import { randomBytes } from 'node:crypto';
const app = express();
app.post('/auth/login', (req, res) => {
  const sessionToken = randomBytes(32).toString('hex');
  res.cookie('sid', sessionToken, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.cookie('ui_theme', String(req.body.theme ?? 'light'), { httpOnly: false });
  res.json({ ok: true });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: the same portal sign-in with an httpOnly, secure cookie',
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
      name: 'fastify: the cookie options spread shared flags from a constant (`{ ...baseCookieOptions, maxAge }`)',
      endpoint: 'POST /auth/register',
      files: {
        'src/app.ts': `import Fastify from 'fastify';
import cookie from '@fastify/cookie';
const baseCookieOptions = { path: '/', signed: true, httpOnly: true, secure: true, sameSite: 'lax' } as const;
function setSessionCookie(reply, id: string) {
  reply.setCookie('sid', id, { ...baseCookieOptions, maxAge: 86400 });
}
const app = Fastify();
app.register(cookie, { secret: process.env.COOKIE_SECRET! });
app.post('/auth/register', async (request, reply) => {
  setSessionCookie(reply, 'new-session-id');
  return reply.code(201).send({ ok: true });
});
app.listen({ port: 3000 });`,
      },
    },
    {
      name: 'express: res.cookie("token") with httpOnly, secure, sameSite',
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
  res.cookie('token', jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' }), { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 900000 });
  res.json({ ok: true });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: non-auth preference cookie without flags',
      endpoint: 'POST /preferences/theme',
      files: {
        'src/app.js': `import express from 'express';
const app = express();
app.use(express.json());
app.post('/preferences/theme', (req, res) => {
  res.cookie('theme', req.body.theme === 'dark' ? 'dark' : 'light');
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express-session with httpOnly and secure cookie',
      files: {
        'src/app.js': `import express from 'express';
import session from 'express-session';
const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { httpOnly: true, secure: true, sameSite: 'lax' } }));
app.get('/me', (req, res) => res.json({ user: req.session.userId ?? null }));
app.listen(3000);`,
      },
    },
  ],
});
