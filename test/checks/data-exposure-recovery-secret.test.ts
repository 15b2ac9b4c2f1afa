import { runCheckCases } from './check-tester.ts';

runCheckCases('data-exposure-recovery-secret', {
  invalid: [
    {
      name: 'express: the reset token a helper generated and handed back, sent in the response next to the neutral message',
      endpoint: 'POST /api/v1/auth/forgot-password',
      files: {
        'src/reset.ts': `import crypto from 'node:crypto';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function startPasswordReset(email: string): Promise<string | null> {
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return null;
  const token = crypto.randomBytes(32).toString('hex');
  await prisma.user.update({ where: { id: user.id }, data: { resetTokenHash: crypto.createHash('sha256').update(token).digest('hex') } });
  return token;
}`,
        'src/app.ts': `import express from 'express';
import { startPasswordReset } from './reset';
import { sendResetEmail } from './mail';
const app = express();
app.use(express.json());
app.post('/api/v1/auth/forgot-password', async (req, res) => {
  const resetToken = await startPasswordReset(String(req.body.email));
  if (resetToken) await sendResetEmail(String(req.body.email), resetToken);
  res.json({ message: 'If the address is registered, a link is on its way.', resetToken });
});
app.listen(3000);`,
        'src/mail.ts': `export async function sendResetEmail(to: string, token: string) {
  console.log('mail', to, token.length);
}`,
      },
    },
    {
      name: 'fastify: a reset code made with randomInt is returned (only when the address exists)',
      endpoint: 'POST /auth/forgot-password',
      files: {
        'src/app.js': `const crypto = require('node:crypto');
const fastify = require('fastify')();
const db = require('./db');
fastify.post('/auth/forgot-password', async (request) => {
  const code = String(crypto.randomInt(100000, 1000000));
  const { rows } = await db.query('UPDATE customers SET reset_code = $1 WHERE email = $2 RETURNING id', [code, request.body.email]);
  return { message: 'If that address is registered, a code is on its way.', resetCode: rows.length ? code : undefined };
});
fastify.listen({ port: 3000 });`,
        'src/db.js': `const { Pool } = require('pg');
module.exports = new Pool();`,
      },
    },
    {
      name: 'nest: the controller returns what the service returns, and the service returns the token it stored',
      endpoint: 'POST /auth/forgot-password',
      files: {
        'src/auth.controller.ts': `import { Body, Controller, Post } from '@nestjs/common';
import { UsersService } from './users.service';
@Controller('auth')
export class AuthController {
  constructor(private readonly users: UsersService) {}
  @Post('forgot-password')
  forgotPassword(@Body() dto: { email: string }) {
    return this.users.createResetToken(dto.email);
  }
}`,
        'src/users.service.ts': `import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import { User } from './user.entity';
@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}
  async createResetToken(email: string) {
    const user = await this.users.findOneBy({ email });
    if (!user) return { ok: true };
    user.resetToken = randomBytes(24).toString('hex');
    await this.users.save(user);
    return { ok: true, resetToken: user.resetToken };
  }
}`,
        'src/user.entity.ts': `import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
@Entity()
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() email: string;
  @Column({ nullable: true }) resetToken: string | null;
}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { UsersService } from './users.service';
@Module({ controllers: [AuthController], providers: [UsersService] })
export class AppModule {}`,
      },
    },
  ],
  valid: [
    {
      name: 'hono + postgres.js: the reset token stored in an outbox row (`sql.json({ token })`), a generic answer sent',
      endpoint: 'POST /auth/forgot-password',
      files: {
        'src/app.ts': `import { Hono } from 'hono';
import postgres from 'postgres';
import { randomBytes, createHash } from 'node:crypto';
const sql = postgres(process.env.DATABASE_URL!);
const app = new Hono();
app.post('/auth/forgot-password', async (c) => {
  const { email } = await c.req.json();
  const [user] = await sql\`select id from users where email = \${String(email)}\`;
  if (user) {
    const token = randomBytes(32).toString('hex');
    await sql\`update users set reset_token_hash = \${createHash('sha256').update(token).digest('hex')} where id = \${user.id}\`;
    await sql\`insert into email_outbox (to_address, template, payload) values (\${String(email)}, 'password_reset', \${sql.json({ token })})\`;
  }
  return c.json({ message: 'If an account exists for this email, a reset link is on its way.' });
});
export default app;`,
      },
    },
    {
      name: 'next.js: a reset link put in the e-mail sent with Resend (`resend.emails.send({ to, html })`), the answer neutral',
      files: {
        'package.json': '{ "dependencies": { "next": "14.2.0", "@prisma/client": "5.0.0", "resend": "3.0.0" } }',
        'app/api/auth/password-reset/route.ts': `import crypto from 'node:crypto';
import { NextResponse } from 'next/server';
import { PrismaClient } from '@prisma/client';
import { Resend } from 'resend';
const prisma = new PrismaClient();
const resend = new Resend(process.env.RESEND_API_KEY);
export async function POST(request: Request) {
  const { email } = await request.json();
  const user = await prisma.user.findUnique({ where: { email: String(email) }, select: { id: true, email: true } });
  if (user) {
    const token = crypto.randomBytes(32).toString('hex');
    await prisma.user.update({ where: { id: user.id }, data: { resetToken: token } });
    const link = \`\${process.env.APP_URL}/reset-password?token=\${token}\`;
    await resend.emails.send({ from: 'no-reply@example.com', to: user.email, subject: 'Reset', html: \`<a href="\${link}">Reset</a>\` });
  }
  return NextResponse.json({ ok: true });
}`,
      },
    },
    {
      name: 'express: the reset token a helper handed back goes only to the e-mail',
      endpoint: 'POST /api/v1/auth/forgot-password',
      files: {
        'src/reset.ts': `import crypto from 'node:crypto';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function startPasswordReset(email: string): Promise<string | null> {
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return null;
  const token = crypto.randomBytes(32).toString('hex');
  await prisma.user.update({ where: { id: user.id }, data: { resetTokenHash: crypto.createHash('sha256').update(token).digest('hex') } });
  return token;
}`,
        'src/app.ts': `import express from 'express';
import { startPasswordReset } from './reset';
import { sendResetEmail } from './mail';
const app = express();
app.use(express.json());
app.post('/api/v1/auth/forgot-password', async (req, res) => {
  const resetToken = await startPasswordReset(String(req.body.email));
  if (resetToken) await sendResetEmail(String(req.body.email), resetToken);
  res.json({ message: 'If the address is registered, a link is on its way.' });
});
app.listen(3000);`,
        'src/mail.ts': `export async function sendResetEmail(to: string, token: string) {
  console.log('mail', to, token.length);
}`,
      },
    },
    {
      name: 'express: the reset link is mailed, and the answer is the same for every address',
      endpoint: 'POST /auth/password-reset',
      files: {
        'src/app.js': `import crypto from 'node:crypto';
import express from 'express';
import { mailer } from './mailer.js';
import { User } from './models.js';
const app = express();
app.use(express.json());
app.post('/auth/password-reset', async (req, res) => {
  const user = await User.findOne({ email: String(req.body.email) });
  if (user) {
    const token = crypto.randomBytes(32).toString('hex');
    user.resetToken = token;
    await user.save();
    const link = \`https://app.example.com/reset?token=\${token}\`;
    return mailer.send(user.email, link).then(() => res.json({ message: 'If the address is registered, we sent a link.' }));
  }
  res.json({ message: 'If the address is registered, we sent a link.' });
});
app.listen(3000);`,
        'src/mailer.js': `export const mailer = { send: async (to, text) => console.log(to, text.length) };`,
        'src/models.js': `import mongoose from 'mongoose';
export const User = mongoose.model('User', new mongoose.Schema({ email: String, resetToken: String }));`,
      },
    },
    {
      name: 'express: a new API key is shown once to its owner (not a recovery route)',
      endpoint: 'POST /api-keys',
      files: {
        'src/app.js': `import crypto from 'node:crypto';
import express from 'express';
import { requireAuth } from './auth.js';
import { ApiKey } from './models.js';
const app = express();
app.post('/api-keys', requireAuth, async (req, res) => {
  const key = crypto.randomBytes(24).toString('base64url');
  await ApiKey.create({ userId: req.user.id, hash: crypto.createHash('sha256').update(key).digest('hex') });
  res.status(201).json({ key });
});
app.listen(3000);`,
        'src/auth.js': `import jwt from 'jsonwebtoken';
export function requireAuth(req, res, next) {
  try { req.user = jwt.verify(req.headers.authorization?.slice(7), process.env.JWT_SECRET); next(); }
  catch { res.status(401).json({ error: 'Unauthorized' }); }
}`,
        'src/models.js': `import mongoose from 'mongoose';
export const ApiKey = mongoose.model('ApiKey', new mongoose.Schema({ userId: String, hash: String }));`,
      },
    },
  ],
});
