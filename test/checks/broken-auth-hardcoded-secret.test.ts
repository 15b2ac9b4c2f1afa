import { runCheckCases } from './check-tester.ts';

runCheckCases('broken-auth-hardcoded-secret', {
  invalid: [
    {
      name: "nestjs: JwtModule.registerAsync's factory signs with a helper that falls back to a literal (`config.get('JWT_SECRET') || 'dev-secret'`)",
      files: {
        'src/secret.ts': `import { ConfigService } from '@nestjs/config';
export function jwtSecret(config: ConfigService): string {
  return config.get<string>('JWT_SECRET') || 'museum-loans-dev-secret';
}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { jwtSecret } from './secret';
@Module({
  imports: [
    ConfigModule.forRoot(),
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({ secret: jwtSecret(config), signOptions: { expiresIn: '1h' } }),
    }),
  ],
})
export class AppModule {}`,
      },
    },
    {
      name: "express: the reset tokens' secret falls back to a literal and only the reset routes use it (reported on them)",
      endpoint: 'POST /api/v1/auth/reset-password',
      files: {
        'package.json': '{ "dependencies": { "express": "4.21.0", "jsonwebtoken": "9.0.2" } }',
        'src/resetTokens.js': `const jwt = require('jsonwebtoken');
const RESET_SECRET = process.env.RESET_TOKEN_SECRET || 'volunteerhub-reset-2024';
function createResetToken(user) {
  return jwt.sign({ sub: user.id, purpose: 'reset' }, RESET_SECRET, { expiresIn: '30m' });
}
function verifyResetToken(token) {
  return jwt.verify(token, RESET_SECRET, { algorithms: ['HS256'] });
}
module.exports = { createResetToken, verifyResetToken };`,
        'src/app.js': `const express = require('express');
const jwt = require('jsonwebtoken');
const { createResetToken, verifyResetToken } = require('./resetTokens');
const { User } = require('./models');
const app = express();
app.use(express.json());
function auth(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch {
    res.status(401).json({ error: 'Unauthorized' });
  }
}
app.post('/api/v1/auth/forgot-password', async (req, res) => {
  const user = await User.findOne({ email: String(req.body.email) });
  if (user) await sendMail(user.email, createResetToken(user));
  res.status(202).json({ ok: true });
});
app.post('/api/v1/auth/reset-password', async (req, res) => {
  const payload = verifyResetToken(String(req.body.token));
  await User.updateOne({ _id: payload.sub }, { password: await hash(String(req.body.password)) });
  res.json({ ok: true });
});
app.get('/api/v1/me', auth, async (req, res) => res.json(await User.findById(req.user.sub).select('email')));
app.listen(3000);`,
      },
    },
    {
      name: "next.js: an internal route's key falls back to a literal (`process.env.INTERNAL_API_KEY || '…'`)",
      endpoint: 'GET /api/internal/stats',
      files: {
        'package.json': '{ "dependencies": { "next": "15.0.0" } }',
        'app/api/internal/stats/route.ts': `import { NextResponse } from 'next/server';
const INTERNAL_KEY = process.env.INTERNAL_API_KEY || 'roomies-internal-2024';
export async function GET(req: Request) {
  if (req.headers.get('x-internal-key') !== INTERNAL_KEY) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  return NextResponse.json({ ok: true });
}`,
      },
    },
    {
      name: "next.js + iron-session: the session password falls back to a literal (`password: process.env.SESSION_SECRET || '…'`)",
      files: {
        'package.json': '{ "dependencies": { "next": "14.2.0", "iron-session": "8.0.0" } }',
        'lib/session.ts': `import { getIronSession, type SessionOptions } from 'iron-session';
import { cookies } from 'next/headers';
export const sessionOptions: SessionOptions = {
  password: process.env.SESSION_SECRET || 'learnhub-dev-session-secret-change-me-2024',
  cookieName: 'lh',
};
export async function getSession() {
  return getIronSession<{ userId?: string }>(cookies(), sessionOptions);
}`,
        'app/api/me/route.ts': `import { NextResponse } from 'next/server';
import { getSession } from '@/lib/session';
export async function GET() {
  const session = await getSession();
  if (!session.userId) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  return NextResponse.json({ id: session.userId });
}`,
      },
    },
    {
      name: "koa: the session's signing keys fall back to a literal (`app.keys = [process.env.SESSION_SECRET || '…']`)",
      files: {
        'src/app.js': `const Koa = require('koa');
const session = require('koa-session');
const app = new Koa();
app.keys = [process.env.SESSION_SECRET || 'riverside-session-key'];
app.use(session({ key: 'library.sid', httpOnly: true, signed: true }, app));
app.use((ctx) => { ctx.body = { ok: true }; });
app.listen(3000);`,
      },
    },
    {
      name: 'next.js: next-auth options declared in lib/auth.ts with a hard-coded fallback secret',
      files: {
        'package.json': '{ "dependencies": { "next": "15.0.0", "next-auth": "4.24.0" } }',
        'lib/auth.ts': `import type { NextAuthOptions } from 'next-auth';
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET ?? 'deskhop-dev-secret',
  session: { strategy: 'jwt' },
  providers: [],
};`,
        'app/api/auth/[...nextauth]/route.ts': `import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth';
const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };`,
      },
    },
    {
      name: 'express: jwt.sign with a literal secret',
      files: {
        'src/app.js': `import express from 'express';
import jwt from 'jsonwebtoken';
const app = express();
app.post('/auth/token', (req, res) => {
  res.json({ token: jwt.sign({ sub: 'demo' }, 'super-secret-key', { expiresIn: '15m' }) });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: secret constant with a hard-coded fallback',
      files: {
        'src/config.js': `export const JWT_SECRET = process.env.JWT_SECRET || 'dev-secret-change-me';`,
        'src/auth.js': `import jwt from 'jsonwebtoken';
import { JWT_SECRET } from './config.js';
export function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
const app = express();
app.get('/me', requireAuth, (req, res) => res.json({ id: req.user.sub }));
app.listen(3000);`,
      },
    },
    {
      name: 'express-session with a literal secret',
      files: {
        'src/app.js': `import express from 'express';
import session from 'express-session';
const app = express();
app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: false, cookie: { httpOnly: true, secure: true } }));
app.get('/me', (req, res) => res.json({ user: req.session.userId ?? null }));
app.listen(3000);`,
      },
    },
    {
      name: 'fastify: @fastify/jwt registered with a literal secret',
      files: {
        'src/server.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const fastify = Fastify();
fastify.register(fastifyJwt, { secret: 'my-fastify-secret' });
fastify.get('/me', { onRequest: [async (request) => request.jwtVerify()] }, async (request) => ({ id: request.user.sub }));
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'hono: jwt middleware with a literal secret',
      files: {
        'src/index.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
const app = new Hono();
app.use('/api/*', jwt({ secret: 'hono-secret-123' }));
app.get('/api/me', (c) => c.json({ sub: c.get('jwtPayload').sub }));
export default app;`,
      },
    },
  ],
  valid: [
    {
      name: "next.js: an internal route's key comes from the environment only",
      files: {
        'package.json': '{ "dependencies": { "next": "15.0.0" } }',
        'app/api/internal/stats/route.ts': `import { NextResponse } from 'next/server';
export async function GET(req: Request) {
  if (req.headers.get('x-internal-key') !== process.env.INTERNAL_API_KEY) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  return NextResponse.json({ ok: true });
}`,
      },
    },
    {
      name: "koa-session: `key: 'podhost.sid'` names the cookie; the signing keys come from the environment",
      files: {
        'src/app.js': `import Koa from 'koa';
import session from 'koa-session';
const app = new Koa();
if (!process.env.SESSION_KEYS) throw new Error('SESSION_KEYS is not set');
app.keys = process.env.SESSION_KEYS.split(',');
app.use(session({ key: 'podhost.sid', httpOnly: true, secure: true, signed: true, sameSite: 'lax' }, app));
app.use((ctx) => { ctx.body = { ok: true }; });
app.listen(3000);`,
      },
    },
    {
      name: "koa: koa-jwt's `key` option names the ctx.state property, it is not a secret",
      files: {
        'package.json': '{ "dependencies": { "koa": "2.15.0", "koa-jwt": "4.0.4", "@koa/router": "12.0.0" } }',
        'src/app.ts': `import Koa from 'koa';
import Router from '@koa/router';
import jwt from 'koa-jwt';
const app = new Koa();
const router = new Router({ prefix: '/api/v1' });
const requireAuth = jwt({ secret: process.env.JWT_SECRET as string, algorithms: ['HS256'], key: 'user' });
router.get('/me', requireAuth, (ctx) => { ctx.body = { id: ctx.state.user.sub }; });
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'express: an empty fallback, and the app refuses to start without a long secret',
      files: {
        'src/auth.js': `import jwt from 'jsonwebtoken';
const JWT_SECRET = process.env.JWT_SECRET ?? '';
if (JWT_SECRET.length < 32) throw new Error('JWT_SECRET must be set');
export function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), JWT_SECRET, { algorithms: ['HS256'] }); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}`,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
const app = express();
app.get('/me', requireAuth, (req, res) => res.json({ id: req.user.sub }));
app.listen(3000);`,
      },
    },
    {
      name: 'express: secret from the environment, startup fails without it',
      files: {
        'src/config.js': `export const JWT_SECRET = process.env.JWT_SECRET;
if (!JWT_SECRET) throw new Error('JWT_SECRET is not set');`,
        'src/app.js': `import express from 'express';
import jwt from 'jsonwebtoken';
import { JWT_SECRET } from './config.js';
const app = express();
app.post('/auth/token', (req, res) => {
  res.json({ token: jwt.sign({ sub: 'demo' }, JWT_SECRET, { expiresIn: '15m' }) });
});
app.listen(3000);`,
      },
    },
    {
      name: 'fastify: @fastify/jwt secret from process.env',
      files: {
        'src/server.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const fastify = Fastify();
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });
fastify.get('/me', { onRequest: [async (request) => request.jwtVerify()] }, async (request) => ({ id: request.user.sub }));
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'nestjs: JwtModule.registerAsync reading ConfigService',
      files: {
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
@Module({
  imports: [
    ConfigModule.forRoot(),
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({ secret: config.getOrThrow('JWT_SECRET'), signOptions: { expiresIn: '15m' } }),
    }),
  ],
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
