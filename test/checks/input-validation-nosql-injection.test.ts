import { runCheckCases } from './check-tester.ts';
import { EXPRESS_REQUIRE_AUTH, expressPrismaApp } from './snippets.ts';

/** Fastify + Mongoose: a payment provider's event, its signature checked as the variant says. */
function paymentWebhookApp(variant: string): Record<string, string> {
  return {
    'src/app.js': `import crypto from 'node:crypto';
import Fastify from 'fastify';
import mongoose from 'mongoose';
const Invoice = mongoose.model('Invoice', new mongoose.Schema({ status: String, paymentRef: String }));
function verifySignature(rawBody, header, secret) {
  const expected = crypto.createHmac('sha256', secret).update(rawBody).digest('hex');
  const a = Buffer.from(String(header), 'hex');
  const b = Buffer.from(expected, 'hex');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
const fastify = Fastify();
fastify.post('/webhooks/payments', async (request, reply) => {
${variant}
  const event = request.body;
  await Invoice.findOneAndUpdate({ _id: event.data.invoiceId, status: 'open' }, { $set: { status: 'paid', paymentRef: event.data.id } });
  return { received: true };
});
fastify.listen({ port: 3000 });`,
  };
}

/** Express + Mongoose: a password reset behind express-validator chains (`checks`) and a `validate` middleware. */
const resetApp = (
  checks: string,
  read = 'const email = req.body.email;',
  filter = 'email, resetCode: req.body.code',
): Record<string, string> => ({
  'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { body, param, validationResult } from 'express-validator';
const Member = mongoose.model('Member', new mongoose.Schema({ email: String, resetCode: String, resetCodeExpiresAt: Date }));
const validate = (req, res, next) => (validationResult(req).isEmpty() ? next() : res.status(400).json({ error: 'Invalid input' }));
const app = express();
app.use(express.json());
app.post('/auth/password/reset', ${checks}, validate, async (req, res) => {
  ${read}
  const member = await Member.findOne({ ${filter}, resetCodeExpiresAt: { $gt: new Date() } });
  if (!member) return res.status(400).json({ error: 'Invalid or expired reset code' });
  res.json({ ok: true });
});
app.listen(3000);`,
});

/** Express + Mongoose: bookings of the caller between `from` and `to`, made from the query string by `convert`. */
const dateRangeApp = (convert: string): Record<string, string> => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Booking = mongoose.model('Booking', new mongoose.Schema({ owner: String, startsAt: Date }));
const app = express();
app.get('/bookings/range', requireAuth, async (req, res) => {
  const from = ${convert.replace('X', 'req.query.from')};
  const to = ${convert.replace('X', 'req.query.to')};
  res.json(await Booking.find({ owner: req.user.id, startsAt: { $gte: from, $lte: to } }).select('startsAt'));
});
app.listen(3000);`,
});

runCheckCases('input-validation-nosql-injection', {
  invalid: [
    {
      name: 'express + mongoose: query values put into a range filter as they came',
      endpoint: 'GET /bookings/range',
      files: dateRangeApp('X'),
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
      name: 'express + mongoose: express-validator checks the e-mail and password, but the filter also reads `req.body.code` (`{ $ne: null }` matches any reset code)',
      endpoint: 'POST /auth/password/reset',
      files: resetApp("body('email').isEmail(), body('password').isString().isLength({ min: 10 })"),
    },
    {
      name: 'express + mongoose: the same with the code destructured from the body (`const { email, code } = req.body`)',
      endpoint: 'POST /auth/password/reset',
      files: resetApp(
        "body('email').isEmail(), body('password').isString()",
        'const { email, code } = req.body;',
        'email, resetCode: code',
      ),
    },
    {
      name: "fastify + mongoose: a payment provider's event whose signature nobody checks",
      endpoint: 'POST /webhooks/payments',
      files: paymentWebhookApp(`  request.log.info('payment event');`),
    },
    {
      name: 'next.js pages: the new password checked by a schema, the reset token beside it not (`schema.safeParse(password)`)',
      endpoint: 'ALL /api/auth/reset-password',
      files: {
        'package.json': '{ "dependencies": { "next": "14.0.0", "mongoose": "8.0.0", "zod": "3.23.0" } }',
        'lib/db.ts': `import mongoose from 'mongoose';
export const User = mongoose.model('User', new mongoose.Schema({ email: String, passwordHash: String, resetToken: String }));`,
        'pages/api/auth/reset-password.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';
import { User } from '@/lib/db';
const passwordSchema = z.string().min(10);
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { token, password } = req.body ?? {};
  const pw = passwordSchema.safeParse(password);
  if (!token || !pw.success) return res.status(400).json({ error: 'invalid' });
  const user = await User.findOne({ resetToken: token });
  if (!user) return res.status(400).json({ error: 'invalid' });
  await User.updateOne({ _id: user._id }, { passwordHash: pw.data, $unset: { resetToken: 1 } });
  return res.status(200).json({ ok: true });
}`,
      },
    },
    {
      name: "express + mongoose: the whole filter is the client's (`Invoice.find(req.body.filter)`)",
      endpoint: 'POST /invoices/find',
      files: {
        'package.json': '{ "dependencies": { "express": "4.21.0", "mongoose": "8.0.0" } }',
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
const Invoice = mongoose.model('Invoice', new mongoose.Schema({ owner: String, amount: Number }));
const app = express();
app.use(express.json());
app.post('/invoices/find', async (req, res) => res.json(await Invoice.find(req.body.filter).select('amount')));
app.listen(3000);`,
      },
    },
    {
      name: 'koa + mongoose: a typeof check that only logs does not stop an operator object',
      endpoint: 'POST /api/v1/reset',
      files: {
        'src/app.js': `const Koa = require('koa');
const Router = require('@koa/router');
const { koaBody } = require('koa-body');
const mongoose = require('mongoose');
const Member = mongoose.model('Member', new mongoose.Schema({ email: String, name: String, resetToken: String }));
const Book = mongoose.model('Book', new mongoose.Schema({ title: String, genres: [String] }));
const router = new Router({ prefix: '/api/v1' });
router.post('/reset', async (ctx) => {
  const { token } = ctx.request.body || {};
  if (typeof token !== 'string') {
    console.warn('unexpected token type');
  }
  const member = await Member.findOne({ resetToken: token }).select('_id');
  ctx.body = { ok: !!member };
});
const app = new Koa();
app.use(koaBody());
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: a path parameter concatenated into a $where expression (server-side JavaScript)',
      endpoint: 'GET /api/v1/allocations/:threshold',
      files: {
        'src/app.js': `const express = require('express');
const mongoose = require('mongoose');
const Allocation = mongoose.model('Allocation', new mongoose.Schema({ userId: Number, stocks: Number }));
const app = express();
app.get('/api/v1/allocations/:threshold', async (req, res) => {
  const rows = await Allocation.find({ $where: \`this.stocks > '\${req.params.threshold}'\` }).select('stocks');
  res.json(rows);
});
app.listen(3000);`,
      },
    },
    {
      name: 'next.js pages: the typeof check guards the wrong branch, so the raw body value reaches the filter',
      endpoint: 'ALL /api/users',
      files: {
        'package.json': '{ "dependencies": { "next": "14.0.0", "mongoose": "8.0.0" } }',
        'lib/db.ts': `import mongoose from 'mongoose';
export const User = mongoose.model('User', new mongoose.Schema({ email: String, role: String }));`,
        'pages/api/users.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { User } from '@/lib/db';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const role = typeof req.body.role === 'string' ? 'member' : req.body.role;
  const users = await User.find({ role }).select('email role').lean();
  return res.status(200).json(users);
}`,
      },
    },
    {
      name: 'express + mongoose: findOne filter straight from req.body',
      endpoint: 'POST /auth/reset-request',
      files: {
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ email: String, name: String }));
const app = express();
app.use(express.json());
app.post('/auth/reset-request', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  res.json({ exists: Boolean(user) });
});
app.listen(3000);`,
      },
    },
    {
      name: 'fastify + mongoose: find filter from request.query, with `qs` as the query-string parser',
      endpoint: 'GET /notes',
      files: {
        'src/server.js': `import Fastify from 'fastify';
import qs from 'qs';
import fastifyJwt from '@fastify/jwt';
import mongoose from 'mongoose';
const Note = mongoose.model('Note', new mongoose.Schema({ text: String, tag: String, owner: String }));
const fastify = Fastify({ querystringParser: (str) => qs.parse(str) });
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });
fastify.addHook('onRequest', async (request) => { await request.jwtVerify(); });
fastify.get('/notes', async (request) => {
  return Note.find({ owner: request.user.id, tag: request.query.tag }).select('text tag');
});
fastify.listen({ port: 3000 });`,
      },
    },
  ],
  valid: [
    {
      name: 'express + mongoose: query values made into dates (`new Date(req.query.from)`) before the range filter',
      endpoint: 'GET /bookings/range',
      files: dateRangeApp('new Date(X)'),
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
      name: 'express + mongoose: the fields the filter reads checked by chains whose names look like ids (`body(…).isMongoId()`) beside a `param(…)` chain',
      files: resetApp(
        "param('token').optional().isString(), body('code').isMongoId()",
        'const code = req.body.code;',
        'resetCode: code',
      ),
    },
    {
      name: 'express + mongoose: express-validator checks every field the filter reads (the code too)',
      files: resetApp(
        "body('email').isEmail(), body('code').isString().isLength({ min: 6, max: 6 }), body('password').isString()",
      ),
    },
    {
      name: "fastify + mongoose: a payment provider's event checked against its HMAC signature before its ids are used",
      endpoint: 'POST /webhooks/payments',
      files: paymentWebhookApp(
        `  if (!verifySignature(request.rawBody || '', request.headers['x-signature'], process.env.WEBHOOK_SECRET)) return reply.code(401).send({ error: 'Bad signature' });`,
      ),
    },
    {
      name: 'next.js pages, fastify, koa: query values are strings or arrays there (flat query-string parsers), never operator objects',
      files: {
        'package.json':
          '{ "dependencies": { "next": "14.0.0", "mongoose": "8.0.0", "fastify": "4.28.0", "koa": "2.15.0", "@koa/router": "12.0.0" } }',
        'lib/db.ts': `import mongoose from 'mongoose';
export const Recipe = mongoose.model('Recipe', new mongoose.Schema({ title: String, tag: String, author: String }));`,
        'pages/api/recipes/[id].ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { Recipe } from '@/lib/db';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const recipe = await Recipe.findOne({ _id: req.query.id, tag: req.query.tag }).select('title');
  if (!recipe) return res.status(404).json({ error: 'not found' });
  return res.status(200).json(recipe);
}`,
        'server/fastify.js': `import Fastify from 'fastify';
import { Recipe } from '../lib/db';
const fastify = Fastify();
fastify.get('/recipes', async (request) => Recipe.find({ tag: request.query.tag }).select('title'));
fastify.listen({ port: 3000 });`,
        'server/koa.js': `import Koa from 'koa';
import Router from '@koa/router';
import { Recipe } from '../lib/db';
const router = new Router();
router.get('/koa/recipes', async (ctx) => { ctx.body = await Recipe.find({ author: ctx.query.author }).select('title'); });
new Koa().use(router.routes()).listen(3001);`,
      },
    },
    {
      name: 'next.js pages: a body id used in a filter after `if (!isObjectId(id)) return 400`',
      files: {
        'package.json': '{ "dependencies": { "next": "14.0.0", "mongoose": "8.0.0" } }',
        'lib/db.ts': `import mongoose from 'mongoose';
export const Recipe = mongoose.model('Recipe', new mongoose.Schema({ title: String, likes: [String] }));
export const isObjectId = (value: unknown): value is string => typeof value === 'string' && mongoose.isValidObjectId(value);`,
        'pages/api/likes.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { isObjectId, Recipe } from '@/lib/db';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { recipeId } = req.body;
  if (!isObjectId(recipeId)) return res.status(400).json({ error: 'Invalid recipe id' });
  const recipe = await Recipe.findOne({ _id: recipeId }).select('likes');
  if (!recipe) return res.status(404).json({ error: 'not found' });
  return res.status(200).json({ likes: recipe.likes.length });
}`,
      },
    },
    {
      name: 'express + mongoose: ids from the body inside `$in` are matched as values (`{ _id: { $in: items.map((x) => x._id) } }`)',
      files: {
        'package.json': '{ "dependencies": { "express": "4.21.0", "mongoose": "8.0.0" } }',
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
const Product = mongoose.model('Product', new mongoose.Schema({ name: String, price: Number }));
const app = express();
app.use(express.json());
app.post('/quote', async (req, res) => {
  const products = await Product.find({ _id: { $in: req.body.items.map((x) => x._id) } }).select('price');
  res.json({ total: products.reduce((n, p) => n + p.price, 0) });
});
app.listen(3000);`,
      },
    },
    {
      name: 'koa + mongoose: guards that reject non-strings and invalid ids before the query, and body values stored by a create',
      files: {
        'src/app.js': `const Koa = require('koa');
const Router = require('@koa/router');
const { koaBody } = require('koa-body');
const mongoose = require('mongoose');
const Member = mongoose.model('Member', new mongoose.Schema({ email: String, name: String, resetToken: String }));
const Book = mongoose.model('Book', new mongoose.Schema({ title: String, genres: [String] }));
const router = new Router({ prefix: '/api/v1' });
router.post('/reset', async (ctx) => {
  const { token } = ctx.request.body || {};
  if (typeof token !== 'string' || token.length !== 48) {
    ctx.throw(400, 'Invalid reset token');
  }
  const member = await Member.findOne({ resetToken: token }).select('_id');
  ctx.body = { ok: !!member };
});
router.post('/holds', async (ctx) => {
  const { bookId } = ctx.request.body || {};
  if (!mongoose.isValidObjectId(bookId)) ctx.throw(400, 'bookId is not valid');
  ctx.body = await Book.findOne({ _id: bookId }).select('title');
});
router.post('/books', async (ctx) => {
  const { title, genres } = ctx.request.body || {};
  const book = await Book.create({ title: String(title), genres });
  ctx.status = 201;
  ctx.body = { id: book.id };
});
const app = new Koa();
app.use(koaBody());
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: a $where that receives only a number (Number(req.params.id))',
      files: {
        'src/app.js': `const express = require('express');
const mongoose = require('mongoose');
const Review = mongoose.model('Review', new mongoose.Schema({ product: Number, body: String }));
const app = express();
app.get('/api/v1/products/:id/reviews', async (req, res) => {
  const rows = await Review.find({ $where: 'this.product == ' + Number(req.params.id) }).select('body');
  res.json(rows);
});
app.listen(3000);`,
      },
    },
    {
      name: 'next.js pages: a query value used in a Mongoose filter only when typeof says it is a string',
      endpoint: 'ALL /api/users',
      files: {
        'package.json': '{ "dependencies": { "next": "14.0.0", "mongoose": "8.0.0" } }',
        'lib/db.ts': `import mongoose from 'mongoose';
export const User = mongoose.model('User', new mongoose.Schema({ email: String, role: String }));`,
        'pages/api/users.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { User } from '@/lib/db';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const role = typeof req.query.role === 'string' ? req.query.role : undefined;
  const users = await User.find(role ? { role } : {}).select('email role').lean();
  return res.status(200).json(users);
}`,
      },
    },
    {
      name: 'express + mongoose: zod-validated email used as filter',
      endpoint: 'POST /auth/reset-request',
      files: {
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { z } from 'zod';
const User = mongoose.model('User', new mongoose.Schema({ email: String, name: String }));
const Body = z.object({ email: z.string().email() });
const app = express();
app.use(express.json());
app.post('/auth/reset-request', async (req, res) => {
  const { email } = Body.parse(req.body);
  const user = await User.findOne({ email });
  res.json({ exists: Boolean(user) });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: value cast with String() before querying',
      endpoint: 'POST /auth/reset-request',
      files: {
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ email: String, name: String }));
const app = express();
app.use(express.json());
app.post('/auth/reset-request', async (req, res) => {
  const user = await User.findOne({ email: String(req.body.email) });
  res.json({ exists: Boolean(user) });
});
app.listen(3000);`,
      },
    },
  ],
});
