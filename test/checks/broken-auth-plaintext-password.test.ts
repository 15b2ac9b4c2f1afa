import { runCheckCases } from './check-tester.ts';
import { EXPRESS_REQUIRE_AUTH } from './snippets.ts';

/** Express + Mongoose: a password change that checks the current password with bcrypt, then writes the new one (`write`). */
function passwordChangeApp(write: string): Record<string, string> {
  return {
    'package.json': '{ "dependencies": { "express": "4.21.0", "mongoose": "8.0.0", "bcryptjs": "2.4.3" } }',
    'src/auth.js': EXPRESS_REQUIRE_AUTH,
    'src/app.js': `import express from 'express';
import bcrypt from 'bcryptjs';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const userSchema = new mongoose.Schema({ email: String, password: { type: String, select: false } });
userSchema.pre('save', async function () { if (this.isModified('password')) this.password = await bcrypt.hash(this.password, 12); });
userSchema.methods.comparePassword = function (candidate) { return bcrypt.compare(candidate, this.password); };
const User = mongoose.model('User', userSchema);
const app = express();
app.use(express.json());
app.put('/auth/password', requireAuth, async (req, res) => {
  const user = await User.findById(req.user.id).select('+password');
  if (!user || !(await user.comparePassword(req.body.currentPassword))) return res.status(401).end();
${write}
  res.json({ ok: true });
});
app.listen(3000);`,
  };
}

/** Express + better-sqlite3: a kiosk check-in where a member proves who they are by `check`. */
const kioskPinApp = (check: string) => ({
  'src/app.js': `import express from 'express';
import bcrypt from 'bcryptjs';
import Database from 'better-sqlite3';
const db = new Database('gym.db');
const app = express();
app.use(express.json());
app.post('/checkins/kiosk', async (req, res) => {
  const { memberId, pin } = req.body;
  const member = db.prepare('SELECT id, name, pin_code, pin_hash FROM members WHERE id = ?').get(memberId);
  if (!member || ${check}) return res.status(401).json({ error: 'Unknown member or wrong PIN' });
  db.prepare("INSERT INTO checkins (member_id, checked_in_at) VALUES (?, datetime('now'))").run(member.id);
  res.status(201).json({ welcome: member.name });
});
app.listen(3000);`,
});

runCheckCases('broken-auth-plaintext-password', {
  invalid: [
    {
      name: 'express + better-sqlite3: a kiosk compares the PIN a member types with the one stored as it is (`member.pin_code !== pin`)',
      endpoint: 'POST /checkins/kiosk',
      files: kioskPinApp('member.pin_code !== pin'),
    },
    {
      name: "express + mongoose: the new password written by `updateOne`, which skips the `pre('save')` hook that hashes it",
      endpoint: 'PUT /auth/password',
      files: passwordChangeApp(
        '  await User.updateOne({ _id: user._id }, { $set: { password: req.body.newPassword } });',
      ),
    },
    {
      name: 'express + pg: a reset writes the new password as received into the `password_hash` column',
      endpoint: 'POST /api/auth/password/reset',
      files: {
        'src/users.js': `import pg from 'pg';
import bcrypt from 'bcrypt';
const pool = new pg.Pool();
export async function findByResetToken(token) {
  const { rows } = await pool.query('SELECT id FROM users WHERE reset_token = $1 AND reset_expires_at > now()', [token]);
  return rows[0] ?? null;
}
export async function updatePassword(userId, password) {
  await pool.query('UPDATE users SET password_hash = $2, reset_token = NULL WHERE id = $1', [userId, password]);
}`,
        'src/app.js': `import express from 'express';
import * as users from './users.js';
const app = express();
app.use(express.json());
app.post('/api/auth/password/reset', async (req, res) => {
  const user = await users.findByResetToken(String(req.body.token));
  if (!user) return res.status(400).json({ error: 'Invalid link' });
  await users.updatePassword(user.id, String(req.body.password));
  res.json({ ok: true });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: a kiosk PIN compared as stored (`staff.kioskPin === req.body.pin`)',
      endpoint: 'POST /api/auth/kiosk-login',
      files: {
        'src/app.js': `import express from 'express';
import jwt from 'jsonwebtoken';
import bcrypt from 'bcrypt';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/api/auth/kiosk-login', async (req, res) => {
  const staff = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
  if (!staff || !(staff.kioskPin === String(req.body.pin))) return res.status(401).json({ error: 'Invalid PIN' });
  res.json({ token: jwt.sign({ sub: staff.id }, process.env.JWT_SECRET, { expiresIn: '12h' }) });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + better-sqlite3: sign-up inserts the password as received',
      endpoint: 'POST /register',
      files: {
        'src/app.js': `const express = require('express');
const Database = require('better-sqlite3');
const db = new Database('app.db');
const app = express();
app.use(express.json());
app.post('/register', (req, res) => {
  const { username, password } = req.body;
  const info = db.prepare('INSERT INTO users (username, password) VALUES (?, ?)').run(username, password);
  res.status(201).json({ id: info.lastInsertRowid });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: sign-up creates the user with the password as received',
      endpoint: 'POST /register',
      files: {
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ email: String, password: String }));
const app = express();
app.use(express.json());
app.post('/register', async (req, res) => {
  const { email, password } = req.body;
  const user = await User.create({ email: String(email), password });
  res.status(201).json({ id: user.id });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: user.password === req.body.password',
      endpoint: 'POST /auth/login',
      files: {
        'src/app.js': `import express from 'express';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/auth/login', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
  if (!user || user.password !== req.body.password) return res.status(401).json({ error: 'Invalid credentials' });
  res.json({ token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' }) });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: findOne({ email, password: req.body.password })',
      endpoint: 'POST /login',
      files: {
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import jwt from 'jsonwebtoken';
const User = mongoose.model('User', new mongoose.Schema({ email: String, password: String }));
const app = express();
app.use(express.json());
app.post('/login', async (req, res) => {
  const user = await User.findOne({ email: String(req.body.email), password: req.body.password });
  if (!user) return res.status(401).json({ error: 'Invalid credentials' });
  res.json({ token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' }) });
});
app.listen(3000);`,
      },
    },
  ],
  valid: [
    {
      name: 'express + better-sqlite3: a kiosk checks the PIN against its hash (`bcrypt.compare(pin, member.pin_hash)`)',
      endpoint: 'POST /checkins/kiosk',
      files: kioskPinApp('!(await bcrypt.compare(String(pin), member.pin_hash))'),
    },
    {
      name: "express + mongoose: `new User({ email, password })` saved through a `pre('save')` hook that hashes, and a mailer's `auth: { pass: process.env.SMTP_PASSWORD }`",
      files: {
        'package.json':
          '{ "dependencies": { "express": "4.21.0", "mongoose": "8.0.0", "bcrypt": "5.1.0", "nodemailer": "6.9.0" } }',
        'src/models/User.js': `import bcrypt from 'bcrypt';
import mongoose from 'mongoose';
const userSchema = new mongoose.Schema({ email: String, password: String });
userSchema.pre('save', function save(next) {
  const user = this;
  if (!user.isModified('password')) return next();
  bcrypt.genSalt(10, (err, salt) => {
    if (err) return next(err);
    bcrypt.hash(user.password, salt, (e, hash) => { user.password = hash; next(e); });
  });
});
export const User = mongoose.model('User', userSchema);`,
        'src/app.js': `import express from 'express';
import nodemailer from 'nodemailer';
import { User } from './models/User.js';
const mailer = nodemailer.createTransport({ service: 'SendGrid', auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD } });
const app = express();
app.use(express.json());
app.post('/signup', async (req, res) => {
  const user = new User({ email: String(req.body.email), password: req.body.password });
  await user.save();
  await mailer.sendMail({ to: user.email, subject: 'Welcome' });
  res.status(201).json({ id: user.id });
});
app.listen(3000);`,
      },
    },
    {
      name: "express + mongoose: the new password set on the document and saved (the `pre('save')` hook hashes it)",
      files: passwordChangeApp('  user.password = req.body.newPassword;\n  await user.save();'),
    },
    {
      name: 'express + pg: a reset writes the bcrypt hash of the new password into `password_hash`',
      endpoint: 'POST /api/auth/password/reset',
      files: {
        'src/users.js': `import pg from 'pg';
import bcrypt from 'bcrypt';
const pool = new pg.Pool();
export async function findByResetToken(token) {
  const { rows } = await pool.query('SELECT id FROM users WHERE reset_token = $1 AND reset_expires_at > now()', [token]);
  return rows[0] ?? null;
}
export async function updatePassword(userId, password) {
  await pool.query('UPDATE users SET password_hash = $2, reset_token = NULL WHERE id = $1', [userId, await bcrypt.hash(password, 12)]);
}`,
        'src/app.js': `import express from 'express';
import * as users from './users.js';
const app = express();
app.use(express.json());
app.post('/api/auth/password/reset', async (req, res) => {
  const user = await users.findByResetToken(String(req.body.token));
  if (!user) return res.status(400).json({ error: 'Invalid link' });
  await users.updatePassword(user.id, String(req.body.password));
  res.json({ ok: true });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: a kiosk PIN checked against its bcrypt hash (`kioskPinHash`)',
      endpoint: 'POST /api/auth/kiosk-login',
      files: {
        'src/app.js': `import express from 'express';
import jwt from 'jsonwebtoken';
import bcrypt from 'bcrypt';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/api/auth/kiosk-login', async (req, res) => {
  const staff = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
  if (!staff || !(await bcrypt.compare(String(req.body.pin), staff.kioskPinHash))) return res.status(401).json({ error: 'Invalid PIN' });
  res.json({ token: jwt.sign({ sub: staff.id }, process.env.JWT_SECRET, { expiresIn: '12h' }) });
});
app.listen(3000);`,
      },
    },
    {
      name: 'next.js + supabase: sign-up hands the password to Supabase Auth (`supabase.auth.signUp`), which hashes it',
      endpoint: 'POST /api/auth/signup',
      files: {
        'lib/supabase.ts': `import { createClient } from '@supabase/supabase-js';
export const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!);`,
        'app/api/auth/signup/route.ts': `import { NextResponse } from 'next/server';
import { z } from 'zod';
import { supabase } from '../../../../lib/supabase';
const SignUp = z.object({ email: z.string().email(), password: z.string().min(12) });
export async function POST(request: Request) {
  const input = SignUp.parse(await request.json());
  const { data, error } = await supabase.auth.signUp({ email: input.email, password: input.password });
  if (error || !data.user) return NextResponse.json({ error: 'Could not sign up' }, { status: 400 });
  return NextResponse.json({ id: data.user.id }, { status: 201 });
}`,
      },
    },
    {
      name: 'express + mongoose: sign-up hashes before it creates the user',
      endpoint: 'POST /register',
      files: {
        'src/app.js': `import express from 'express';
import bcrypt from 'bcrypt';
import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ email: String, password: String }));
const app = express();
app.use(express.json());
app.post('/register', async (req, res) => {
  const password = await bcrypt.hash(String(req.body.password), 12);
  const user = await User.create({ email: String(req.body.email), password });
  res.status(201).json({ id: user.id });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: bcrypt.compare against passwordHash',
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
      name: 'express + mongoose: argon2 verify in a helper',
      endpoint: 'POST /login',
      files: {
        'src/passwords.js': `import argon2 from 'argon2';
export function checkPassword(hash, plain) {
  return argon2.verify(hash, plain);
}`,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import jwt from 'jsonwebtoken';
import { checkPassword } from './passwords.js';
const User = mongoose.model('User', new mongoose.Schema({ email: String, passwordHash: String }));
const app = express();
app.use(express.json());
app.post('/login', async (req, res) => {
  const user = await User.findOne({ email: String(req.body.email) });
  if (!user || !(await checkPassword(user.passwordHash, String(req.body.password)))) return res.status(401).json({ error: 'Invalid credentials' });
  res.json({ token: jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' }) });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: sign-up confirms password === confirmPassword, then hashes',
      endpoint: 'POST /auth/signup',
      files: {
        'src/app.js': `import express from 'express';
import bcrypt from 'bcrypt';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.post('/auth/signup', async (req, res) => {
  if (req.body.password !== req.body.confirmPassword) return res.status(400).json({ error: 'Passwords do not match' });
  const user = await prisma.user.create({ data: { email: String(req.body.email), passwordHash: await bcrypt.hash(String(req.body.password), 12) } });
  res.status(201).json({ id: user.id });
});
app.listen(3000);`,
      },
    },
  ],
});
