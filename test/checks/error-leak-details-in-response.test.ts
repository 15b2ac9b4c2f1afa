import { runCheckCases } from './check-tester.ts';
import { honoSupabaseApp, nestTypeormApp } from './snippets.ts';

/** Express (TS) with one route and a global error handler whose body is the given lines. */
/** Next.js app router: a route whose catch hands the error to `handleError` (lib/api.ts), which ends with `fallback`. */
const handleErrorApp = (fallback: string): Record<string, string> => ({
  'lib/api.ts': `import { NextResponse } from 'next/server';
export class HttpError extends Error {
  constructor(public readonly status: number, message: string) { super(message); }
}
export function handleError(err: unknown) {
  if (err instanceof HttpError) return NextResponse.json({ error: err.message }, { status: err.status });
  console.error('[api] unhandled error', err);
  const message = err instanceof Error ? err.message : String(err);
  ${fallback}
}`,
  'app/api/boards/[id]/route.ts': `import { NextResponse } from 'next/server';
import { PrismaClient } from '@prisma/client';
import { handleError } from '../../../../lib/api';
const prisma = new PrismaClient();
export async function GET(_req: Request, { params }: { params: { id: string } }) {
  try {
    return NextResponse.json(await prisma.board.findUniqueOrThrow({ where: { id: params.id }, select: { id: true, title: true } }));
  } catch (err) {
    return handleError(err);
  }
}`,
});

function expressErrorHandler(...body: string[]): Record<string, string> {
  return {
    'src/app.ts': `import express, { type NextFunction, type Request, type Response } from 'express';
const app = express();
app.get('/api/v1/items', (req, res) => res.json([]));
app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
${body.map((l) => `  ${l}`).join('\n')}
});
app.listen(3000);`,
  };
}

/** Express + Sequelize: a booking's create answers errors of the class `BaseError`, imported from `source`. */
const baseErrorApp = (source: string) => ({
  'src/errors.js': `export class BaseError extends Error {
  constructor(message, status = 400) { super(message); this.status = status; }
}`,
  'src/app.js': `import express from 'express';
import { Sequelize, DataTypes } from 'sequelize';
import { BaseError } from '${source}';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const Booking = sequelize.define('Booking', { deskId: DataTypes.INTEGER, startsAt: DataTypes.DATE });
const app = express();
app.use(express.json());
app.post('/bookings', async (req, res) => {
  try {
    const booking = await Booking.create({ deskId: Number(req.body.deskId), startsAt: new Date(req.body.startsAt) });
    res.status(201).json({ id: booking.id });
  } catch (err) {
    if (err instanceof BaseError) return res.status(409).json({ error: 'Could not book', detail: err.message });
    res.status(500).json({ error: 'Internal error' });
  }
});
app.listen(3000);`,
});

/** Express + Mongoose: the error handler answers Mongoose's `cls` errors with their details, the rest generically. */
const mongooseErrorHandlerApp = (cls: string) => ({
  'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
const Pet = mongoose.model('Pet', new mongoose.Schema({ name: { type: String, required: true } }));
const app = express();
app.use(express.json());
app.post('/pets', async (req, res) => {
  const pet = await Pet.create({ name: req.body.name });
  res.status(201).json({ id: pet.id });
});
app.use((err, req, res, next) => {
  if (err instanceof mongoose.Error.${cls}) return res.status(400).json({ error: 'Invalid input', details: err.errors ?? err.message });
  res.status(500).json({ error: 'Internal error' });
});
app.listen(3000);`,
});

/** Next.js App Router: a route whose catch answers through the project's `json(data, status)` helper with `payload`. */
const nextJsonHelperApp = (payload: string) => ({
  'package.json': '{ "dependencies": { "next": "15.0.0" } }',
  'lib/http.ts': `import { NextResponse } from 'next/server';
export function json<T>(data: T, status = 200) {
  return NextResponse.json(data, { status });
}
export function handleCallbackError(args: { error: unknown }) {
  console.error(args.error);
  return NextResponse.json({ error: 'Something went wrong' }, { status: 500 });
}`,
  'app/api/attendance/route.ts': `import { json, handleCallbackError } from '@/lib/http';
export async function PUT(req: Request) {
  try {
    await saveSheet(await req.json());
    return json({ ok: true });
  } catch (err) {
    return ${payload};
  }
}`,
});

/**
 * Koa: the app's error middleware, which first answers errors that pass `test` with their details (`err.details`), and
 * a fixed message for anything else.
 */
const koaDetailsApp = (test: string) => ({
  'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import Joi from 'joi';
const app = new Koa();
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    if (${test}) {
      ctx.status = 400;
      ctx.body = { error: 'ValidationError', details: err.details.map((d) => d.message) };
      return;
    }
    ctx.status = 500;
    ctx.body = { error: 'Internal server error' };
  }
});
const router = new Router();
router.get('/items', async (ctx) => { ctx.body = []; });
app.use(router.routes());
app.listen(3000);`,
});

runCheckCases('error-leak-details-in-response', {
  invalid: [
    {
      name: "next.js: a catch answering through the project's `json()` helper with `detail: (err as Error).message`",
      endpoint: 'PUT /api/attendance',
      files: nextJsonHelperApp("json({ error: 'Failed to save', detail: (err as Error).message }, 500)"),
    },
    {
      name: "express + mongoose: the error handler sends a CastError's text (`instanceof mongoose.Error.CastError`)",
      files: mongooseErrorHandlerApp('CastError'),
    },
    {
      name: "express + sequelize: the message of Sequelize's own BaseError (`instanceof BaseError`, imported from sequelize)",
      endpoint: 'POST /bookings',
      files: baseErrorApp('sequelize'),
    },
    {
      name: "next.js app router: the catch hands the error to the project's `handleError`, which answers unknown errors with their message",
      endpoint: 'GET /api/boards/[id]',
      files: handleErrorApp("return NextResponse.json({ error: 'Internal Server Error', message }, { status: 500 });"),
    },
    {
      name: "hono + supabase: the driver's whole error object handed back (`const { data, error } = await supabase…; c.json({ error }, 400)`)",
      endpoint: 'POST /api/accounts',
      files: honoSupabaseApp(`app.post('/api/accounts', async (c) => {
  const { data, error } = await supabaseAdmin.from('accounts').insert({ name: 'Checking', household_id: c.get('user').id }).select('id').single();
  if (error) return c.json({ error }, 400);
  return c.json(data, 201);
});`),
    },
    {
      name: "nest: a service's catch throws an HTTP exception carrying the driver error's message and query",
      endpoint: 'POST /api/v1/milestones/:id/release',
      files: {
        'src/payouts.service.ts': `import { Injectable, InternalServerErrorException } from '@nestjs/common';
import { DataSource } from 'typeorm';
@Injectable()
export class PayoutsService {
  constructor(private readonly dataSource: DataSource) {}
  async release(milestoneId: number) {
    try {
      await this.dataSource.query('UPDATE milestones SET paid = true WHERE id = $1', [milestoneId]);
    } catch (err) {
      const e = err as Error & { query?: string };
      throw new InternalServerErrorException({ message: 'Payout failed', detail: e.message, query: e.query });
    }
    return { released: true };
  }
}`,
        'src/payouts.controller.ts': `import { Controller, Param, ParseIntPipe, Post, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { PayoutsService } from './payouts.service';
@Controller('api/v1/milestones')
@UseGuards(AuthGuard('jwt'))
export class PayoutsController {
  constructor(private readonly payouts: PayoutsService) {}
  @Post(':id/release')
  release(@Param('id', ParseIntPipe) id: number) {
    return this.payouts.release(id);
  }
}`,
      },
    },
    {
      name: 'express: the global handler sends the message of the error under another name (`const error = err as Error`)',
      files: expressErrorHandler(
        'const error = err as Error & { status?: number };',
        'console.error(error);',
        'res.status(error.status ?? 500).json({ error: error.message });',
      ),
    },
    {
      name: 'express: the global handler keeps the message in a variable and sends it (`{ error, detail }`)',
      files: expressErrorHandler(
        'console.error(err);',
        'const detail = err instanceof Error ? err.message : String(err);',
        "res.status(500).json({ error: 'Internal server error', detail });",
      ),
    },
    {
      name: "nestjs: a caught error's message thrown back inside a BadRequestException body",
      endpoint: 'POST /billing/invoices/:id/pay',
      files: nestTypeormApp(`  @Post('invoices/:id/pay')
  @Roles('patient')
  async pay(@CurrentUser() user: { patientId: string }, @Param('id') id: string) {
    try {
      await this.invoices.update({ id, patientId: user.patientId }, { status: 'paid' });
      return { id, status: 'paid' };
    } catch (err: any) {
      throw new BadRequestException({ message: 'Payment failed', detail: err.message, code: err.code });
    }
  }`),
    },
    {
      name: 'fastify: the 5xx branch logs but does not return, so server errors reach the message',
      files: {
        'src/server.js': `import Fastify from 'fastify';
const app = Fastify();
app.setErrorHandler((error, request, reply) => {
  const status = error.statusCode ?? 500;
  if (status === 500) {
    request.log.error(error);
  }
  reply.code(status).send({ error: error.message });
});
app.get('/api/v1/items', async () => ({ items: [] }));
app.listen({ port: 3000 });`,
      },
    },
    {
      name: 'express: catch sends err.message and err.stack',
      endpoint: 'GET /reports/:id',
      files: {
        'src/app.js': `import express from 'express';
import pg from 'pg';
const pool = new pg.Pool();
const app = express();
app.get('/reports/:id', async (req, res) => {
  try {
    const { rows } = await pool.query('SELECT id, title FROM reports WHERE id = $1', [req.params.id]);
    res.json(rows[0]);
  } catch (err) {
    res.status(500).json({ error: err.message, stack: err.stack });
  }
});
app.listen(3000);`,
      },
    },
    {
      name: "koa: error middleware sends server errors' messages (`ctx.status === 500 ? err.message : 'Bad request'`)",
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
const app = new Koa();
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: ctx.status === 500 ? err.message : 'Bad request' };
  }
});
const router = new Router();
router.get('/items', async (ctx) => { ctx.body = []; });
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: "koa: error middleware sends any error's details when it has a status (a driver error has one too)",
      files: koaDetailsApp('err.status'),
    },
    {
      name: 'koa: catch puts the error object into ctx.body',
      endpoint: 'POST /imports',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { Sequelize, DataTypes } from 'sequelize';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const Item = sequelize.define('Item', { name: DataTypes.STRING });
const app = new Koa();
app.use(bodyParser());
const router = new Router();
router.post('/imports', async (ctx) => {
  try {
    await Item.bulkCreate([{ name: String(ctx.request.body.name) }]);
    ctx.status = 201;
  } catch (error) {
    ctx.status = 500;
    ctx.body = { error };
  }
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'express: app error handler returns err.stack (app-wide)',
      files: {
        'src/app.js': `import express from 'express';
const app = express();
app.get('/items', (req, res) => res.json([]));
app.use((err, req, res, next) => {
  res.status(500).json({ message: err.message, stack: err.stack });
});
app.listen(3000);`,
      },
    },
    {
      name: 'next.js app router: catch returns e.message',
      endpoint: 'POST /api/uploads',
      files: {
        'app/api/uploads/route.ts': `import { NextResponse } from 'next/server';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function POST(req: Request) {
  try {
    const { name } = await req.json();
    const upload = await prisma.upload.create({ data: { name: String(name) } });
    return NextResponse.json({ id: upload.id }, { status: 201 });
  } catch (e) {
    return NextResponse.json({ error: e.message }, { status: 500 });
  }
}`,
      },
    },
    {
      name: 'hono: catch returns String(err)',
      endpoint: 'GET /items/:id',
      files: {
        'src/index.ts': `import { Hono } from 'hono';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = new Hono();
app.get('/items/:id', async (c) => {
  try {
    return c.json(await prisma.item.findUniqueOrThrow({ where: { id: c.req.param('id') }, select: { id: true, name: true } }));
  } catch (err) {
    return c.json({ error: String(err) }, 500);
  }
});
export default app;`,
      },
    },
    {
      name: "koa: a router's own error middleware sends the stack to its routes' callers (the app's is generic)",
      endpoint: 'GET /api/v1/admin/reports',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
const app = new Koa();
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = 500;
    ctx.body = { error: 'Internal server error' };
  }
});
const adminErrors = async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: err.message, stack: err.stack };
  }
};
const admin = new Router();
admin.use(adminErrors);
admin.get('/reports', async (ctx) => {
  ctx.body = await buildReports();
});
const api = new Router({ prefix: '/api/v1' });
api.use('/admin', admin.routes());
app.use(api.routes());
app.listen(3000);`,
      },
    },
    {
      name: "express: a router's error handler sends err.message for its routes",
      endpoint: 'GET /api/v1/admin/reports',
      files: {
        'src/app.js': `import express from 'express';
const app = express();
const admin = express.Router();
admin.get('/reports', async (req, res) => res.json(await buildReports()));
admin.use((err, req, res, next) => res.status(500).json({ error: err.message }));
app.use('/api/v1/admin', admin);
app.use((err, req, res, next) => res.status(500).json({ error: 'Internal error' }));
app.listen(3000);`,
      },
    },
    {
      name: 'express: a validation error named beside a driver error sends the driver message too',
      files: expressErrorHandler(
        "if (err instanceof Error && (err.name === 'ValidationError' || err.name === 'MongoServerError')) {",
        '  return res.status(400).json({ error: err.message });',
        '}',
        "res.status(500).json({ error: 'Internal error' });",
      ),
    },
    {
      name: "fastify: a plugin's own error handler sends error.message and Prisma's meta for its routes (the app's is generic)",
      endpoint: 'GET /api/partner/bookings',
      files: {
        'src/app.js': `import Fastify from 'fastify';
import { prisma } from './prisma.js';
const app = Fastify();
app.setErrorHandler((error, request, reply) => {
  request.log.error(error);
  reply.code(500).send({ error: 'Internal Server Error' });
});
app.register(
  async (partner) => {
    partner.setErrorHandler((error, request, reply) => {
      reply.code(error.statusCode ?? 500).send({ error: error.message, meta: error.meta });
    });
    partner.get('/bookings', async () => prisma.booking.findMany({ select: { id: true } }));
  },
  { prefix: '/api/partner' },
);
app.listen({ port: 3000 });`,
      },
    },
  ],
  valid: [
    {
      name: 'next.js: the same catch handing the error whole to an error helper of the project, which answers generically',
      endpoint: 'PUT /api/attendance',
      files: nextJsonHelperApp('handleCallbackError({ error: err })'),
    },
    {
      name: "koa: error middleware sends a Joi validation error's details (`Joi.isError(err)`), a fixed message otherwise",
      files: koaDetailsApp('Joi.isError(err)'),
    },
    {
      name: "express + mongoose: the error handler sends a validation error's fields (`instanceof mongoose.Error.ValidationError`)",
      files: mongooseErrorHandlerApp('ValidationError'),
    },
    {
      name: "express + sequelize: the message of the app's own BaseError (`instanceof BaseError`, from ./errors.js)",
      endpoint: 'POST /bookings',
      files: baseErrorApp('./errors.js'),
    },
    {
      name: "next.js app router: the project's `handleError` logs unknown errors and answers a fixed message",
      files: handleErrorApp(
        "console.error(message);\n  return NextResponse.json({ error: 'Internal Server Error' }, { status: 500 });",
      ),
    },
    {
      name: 'fastify: schema validation errors (`error.validation`) and 4xx errors keep their message, the rest are generic',
      files: {
        'src/server.ts': `import Fastify from 'fastify';
const app = Fastify();
app.setErrorHandler((error, request, reply) => {
  if (error.validation) return reply.code(400).send({ error: 'Bad Request', message: error.message });
  const status = error.statusCode ?? 500;
  if (status < 500) return reply.code(status).send({ message: error.message });
  request.log.error({ err: error });
  return reply.code(500).send({ error: 'Internal Server Error' });
});
app.get('/api/v1/items', async () => []);
app.listen({ port: 3000 });`,
      },
    },
    {
      name: "express: an ORM's validation error lists the fields that failed",
      files: expressErrorHandler(
        'if (err instanceof SequelizeValidationError) {',
        "  return res.status(400).json({ error: 'invalid data', fields: err.errors.map((e) => e.path) });",
        '}',
        "res.status(500).json({ error: 'Internal error' });",
      ),
    },
    {
      name: "hono + supabase: the app's own error text under the name `error`",
      files: honoSupabaseApp(`app.post('/api/accounts', async (c) => {
  const body = await c.req.json();
  const error = typeof body.name !== 'string' ? 'name is required' : null;
  if (error) return c.json({ error }, 400);
  const { data } = await supabaseAdmin.from('accounts').insert({ name: body.name }).select('id').single();
  return c.json(data, 201);
});`),
    },
    {
      name: "express: the error handler sends a Joi error's field paths (`if (err.isJoi)`), and generic text for the rest",
      files: {
        'src/app.js': `import express from 'express';
const app = express();
app.get('/items', (req, res) => res.json([]));
app.use((err, req, res, next) => {
  if (err.isJoi) return res.status(400).json({ error: 'validation_failed', fields: err.details.map((d) => d.path.join('.')) });
  res.status(500).json({ error: 'internal_error' });
});
app.listen(3000);`,
      },
    },
    {
      name: "nest: a service's catch logs the driver error and throws a generic exception",
      endpoint: 'POST /api/v1/milestones/:id/release',
      files: {
        'src/payouts.service.ts': `import { Injectable, InternalServerErrorException } from '@nestjs/common';
import { DataSource } from 'typeorm';
@Injectable()
export class PayoutsService {
  constructor(private readonly dataSource: DataSource) {}
  async release(milestoneId: number) {
    try {
      await this.dataSource.query('UPDATE milestones SET paid = true WHERE id = $1', [milestoneId]);
    } catch (err) {
      console.error('payout failed', err);
      throw new InternalServerErrorException('Payout failed');
    }
    return { released: true };
  }
}`,
        'src/payouts.controller.ts': `import { Controller, Param, ParseIntPipe, Post, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { PayoutsService } from './payouts.service';
@Controller('api/v1/milestones')
@UseGuards(AuthGuard('jwt'))
export class PayoutsController {
  constructor(private readonly payouts: PayoutsService) {}
  @Post(':id/release')
  release(@Param('id', ParseIntPipe) id: number) {
    return this.payouts.release(id);
  }
}`,
      },
    },
    {
      name: "express: only the app's own error class (`ServiceError`, fixed messages) is answered with its message",
      files: {
        'src/app.js': `import express from 'express';
export class ServiceError extends Error {}
async function submit(body) {
  if (!body.petId) throw new ServiceError('Pet is required');
  return { id: 1 };
}
const app = express();
app.use(express.json());
app.post('/api/v1/applications', async (req, res, next) => {
  try {
    res.status(201).json(await submit(req.body));
  } catch (err) {
    if (err instanceof ServiceError) return res.status(400).json({ error: err.message });
    return next(err);
  }
});
app.listen(3000);`,
      },
    },
    {
      name: "express: the stack is added to a response kept in a variable only in development (`...(env === 'development' && { stack })`)",
      files: {
        'src/app.js': `const express = require('express');
const config = { env: process.env.NODE_ENV };
const app = express();
app.get('/api/v1/items', (req, res) => res.json([]));
app.use((err, req, res, next) => {
  const response = { code: 500, message: 'Internal server error', ...(config.env === 'development' && { stack: err.stack }) };
  res.status(500).send(response);
});
app.listen(3000);`,
      },
    },
    {
      name: "express: the global handler keeps only client errors' messages in a variable (`err.expose ? err.message : …`)",
      files: expressErrorHandler(
        'const e = err as { expose?: boolean; message: string; status?: number };',
        "const message = e.expose ? e.message : 'Internal server error';",
        'res.status(e.status ?? 500).json({ error: message });',
      ),
    },
    {
      name: 'nestjs: a failed payment answers a fixed message',
      endpoint: 'POST /billing/invoices/:id/pay',
      files: nestTypeormApp(`  @Post('invoices/:id/pay')
  @Roles('patient')
  async pay(@CurrentUser() user: { patientId: string }, @Param('id') id: string) {
    try {
      await this.invoices.update({ id, patientId: user.patientId }, { status: 'paid' });
      return { id, status: 'paid' };
    } catch (err: any) {
      console.error(err);
      throw new BadRequestException('Payment could not be completed');
    }
  }`),
    },
    {
      name: 'fastify: the error handler answers every 5xx generically first, then sends the message of client errors',
      files: {
        'src/server.js': `import Fastify from 'fastify';
const app = Fastify();
app.setErrorHandler((error, request, reply) => {
  const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 500) {
    request.log.error(error);
    return reply.code(500).send({ error: 'Internal Server Error' });
  }
  return reply.code(status).send({ error: error.message });
});
app.get('/api/v1/items', async () => ({ items: [] }));
app.listen({ port: 3000 });`,
      },
    },
    {
      name: 'express: error logged, generic message sent',
      endpoint: 'GET /reports/:id',
      files: {
        'src/app.js': `import express from 'express';
import pg from 'pg';
const pool = new pg.Pool();
const app = express();
app.get('/reports/:id', async (req, res) => {
  try {
    const { rows } = await pool.query('SELECT id, title FROM reports WHERE id = $1', [req.params.id]);
    res.json(rows[0]);
  } catch (err) {
    console.error('report lookup failed', err);
    res.status(500).json({ error: 'Internal error' });
  }
});
app.listen(3000);`,
      },
    },
    {
      name: 'express: error handler logs and sends details only in development',
      endpoint: 'GET /items',
      files: {
        'src/app.js': `import express from 'express';
const app = express();
app.get('/items', (req, res) => res.json([]));
app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: process.env.NODE_ENV === 'development' ? err.message : 'Internal error' });
});
app.listen(3000);`,
      },
    },
    {
      name: "koa: error middleware answers server errors generically (`ctx.status === 500 ? 'Internal error' : err.message`)",
      endpoint: 'GET /items',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
const app = new Koa();
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { error: ctx.status === 500 ? 'Internal error' : err.message };
  }
});
const router = new Router();
router.get('/items', async (ctx) => { ctx.body = []; });
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'koa: error middleware exposes only client errors (err.expose)',
      endpoint: 'GET /items',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
const app = new Koa();
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status ?? 500;
    ctx.body = { error: err.expose ? err.message : 'Internal error' };
    ctx.app.emit('error', err, ctx);
  }
});
const router = new Router();
router.get('/items', async (ctx) => { ctx.body = []; });
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'hono: app.onError logs and returns a generic message',
      endpoint: 'GET /items/:id',
      files: {
        'src/index.ts': `import { Hono } from 'hono';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = new Hono();
app.get('/items/:id', async (c) => c.json(await prisma.item.findUniqueOrThrow({ where: { id: c.req.param('id') }, select: { id: true, name: true } })));
app.onError((err, c) => {
  console.error(err);
  return c.json({ error: 'Internal error' }, 500);
});
export default app;`,
      },
    },
  ],
});
