import { runCheckCases } from './.dump-tester.ts';
import {
  EXPRESS_REQUIRE_AUTH,
  EXPRESS_REQUIRE_AUTH_LOADS_USER,
  expressPrismaApp,
  layeredRegisterApp,
  nestTypeormApp,
} from './snippets.ts';

/** Express: one `validate(schema)` middleware used with a strict schema and with a `.passthrough()` one. */
const EXPRESS_VALIDATE_PASSTHROUGH: Record<string, string> = {
  'src/validate.ts': `import type { RequestHandler } from 'express';
import type { ZodTypeAny } from 'zod';
export const validate =
  (schema: ZodTypeAny): RequestHandler =>
  (req, res, next) => {
    const result = schema.safeParse(req.body);
    if (!result.success) return res.status(400).json({ error: 'Validation failed' });
    req.body = result.data;
    next();
  };`,
  'src/app.ts': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { z } from 'zod';
import { validate } from './validate';
const prisma = new PrismaClient();
const registerSchema = z.object({ email: z.string().email(), fullName: z.string() }).passthrough();
const renameSchema = z.object({ fullName: z.string() });
const app = express();
app.use(express.json());
app.post('/api/v1/auth/register', validate(registerSchema), async (req, res) => {
  const user = await prisma.user.create({ data: { ...req.body } });
  res.status(201).json({ id: user.id });
});
app.patch('/api/v1/teams/:id', validate(renameSchema), async (req, res) => {
  await prisma.team.update({ where: { id: req.params.id }, data: req.body });
  res.status(204).end();
});
app.listen(3000);`,
};

/**
 * Koa: a yup schema validated with and without `stripUnknown`, the result spread into a knex update; `shared` is the
 * `opts` a module of the project exports (the call may pass it).
 */
function koaYupApp(options: string, shared = '{ abortEarly: false }'): Record<string, string> {
  return {
    'src/validation.js': `export const opts = ${shared};`,
    'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import knex from 'knex';
import * as yup from 'yup';
import { opts } from './validation.js';
const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
const profileSchema = yup.object({ name: yup.string().max(80), locale: yup.string().oneOf(['en', 'de']) });
const router = new Router();
router.patch('/me/profile', async (ctx) => {
  const changes = await profileSchema.validate(ctx.request.body${options});
  await db('customers').where({ id: ctx.state.user.id }).update({ ...changes, updated_at: db.fn.now() });
  ctx.status = 204;
});
const app = new Koa();
app.use(router.routes());
app.listen(3000);`,
  };
}

/** Fastify + Mongoose: a coach patches a client with `Object.assign(client, request.body)` behind a JSON body schema. */
function fastifyClientsApp(bodySchemaExtra: string): Record<string, string> {
  return {
    'package.json': '{ "dependencies": { "fastify": "4.28.0", "@fastify/jwt": "8.0.0", "mongoose": "8.0.0" } }',
    'src/server.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import mongoose from 'mongoose';
const Client = mongoose.model('Client', new mongoose.Schema({ coach: String, goals: String, role: String, email: String }));
const app = Fastify();
app.register(fastifyJwt, { secret: process.env.JWT_SECRET });
app.addHook('onRequest', async (request) => { await request.jwtVerify(); });
app.patch('/clients/:id', {
  schema: { body: { type: 'object', ${bodySchemaExtra}properties: { goals: { type: 'string', maxLength: 2000 } } } },
}, async (request, reply) => {
  const client = await Client.findOne({ _id: request.params.id, coach: request.user.sub });
  if (!client) return reply.code(404).send({ error: 'not found' });
  Object.assign(client, request.body);
  await client.save();
  return { id: client.id, goals: client.goals };
});
app.listen({ port: 3000 });`,
  };
}

/** Hono + Drizzle: `PATCH /me` spreads `c.req.valid('json')` into the update; `schemaEnd` closes the zod object. */
function honoProfileApp(schemaEnd: string): Record<string, string> {
  return {
    'src/schema.ts': `import { boolean, pgTable, serial, text } from 'drizzle-orm/pg-core';
export const users = pgTable('users', { id: serial('id').primaryKey(), displayName: text('display_name'), isAdmin: boolean('is_admin'), passwordHash: text('password_hash') });`,
    'src/index.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { zValidator } from '@hono/zod-validator';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from './db';
import { users } from './schema';
const profileSchema = z.object({ displayName: z.string().max(60).optional() })${schemaEnd};
const app = new Hono();
app.use('/me', jwt({ secret: process.env.JWT_SECRET!, alg: 'HS256' }));
app.patch('/me', zValidator('json', profileSchema), async (c) => {
  const { sub } = c.get('jwtPayload');
  const changes = c.req.valid('json');
  const [me] = await db.update(users).set({ ...changes }).where(eq(users.id, Number(sub))).returning({ id: users.id });
  return c.json(me);
});
export default app;`,
  };
}

/**
 * Express + Mongoose + express-validator: an invoice changed by the id a `param('id').isMongoId()` chain checks, then a
 * `validate` middleware that reads `validationResult(req)`; `update` is what the handler writes.
 */
const paramChainApp = (update: string) => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/validate.js': `import { validationResult } from 'express-validator';
export function validate(req, res, next) {
  if (validationResult(req).isEmpty()) return next();
  res.status(422).json({ error: 'Validation failed' });
}`,
  'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { param } from 'express-validator';
import { requireAuth } from './auth.js';
import { validate } from './validate.js';
const Invoice = mongoose.model('Invoice', new mongoose.Schema({ status: String, total: Number, owner: String }));
const idParam = param('id').isMongoId();
const app = express();
app.use(express.json());
app.patch('/invoices/:id', requireAuth, idParam, validate, async (req, res) => {
  const invoice = await Invoice.findOneAndUpdate({ _id: req.params.id, owner: req.user.id }, ${update}, { new: true });
  res.json({ id: invoice.id, status: invoice.status });
});
app.listen(3000);`,
});

/**
 * Express + Sequelize + celebrate: a pending leave request changed with `request.update(req.body)` behind
 * `celebrate(parts)` (`parts` is the map of request parts to schemas).
 */
const celebratePartsApp = (parts: string) => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import { celebrate, Joi, Segments } from 'celebrate';
import { DataTypes, Sequelize } from 'sequelize';
import { requireAuth } from './auth.js';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const LeaveRequest = sequelize.define('LeaveRequest', { employeeId: DataTypes.INTEGER, status: DataTypes.STRING, days: DataTypes.INTEGER, reason: DataTypes.STRING });
const idParam = { [Segments.PARAMS]: Joi.object({ id: Joi.number().integer().required() }) };
const leaveBody = { [Segments.BODY]: Joi.object({ reason: Joi.string().max(200) }) };
const app = express();
app.use(express.json());
app.patch('/leave-requests/:id', requireAuth, celebrate(${parts}), async (req, res) => {
  const request = await LeaveRequest.findOne({ where: { id: req.params.id, employeeId: req.user.id, status: 'pending' } });
  if (!request) return res.status(404).end();
  await request.update(req.body);
  res.json({ id: request.id });
});
app.listen(3000);`,
});

/** Express + express-validator: a sign-up that spreads what the variant names into the new user. */
function registerWithChainsApp(variant: string): Record<string, string> {
  return {
    'src/app.js': `import express from 'express';
import bcrypt from 'bcryptjs';
import { body, validationResult, matchedData } from 'express-validator';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
function validate(req, res, next) {
  const errors = validationResult(req);
  if (!errors.isEmpty()) return res.status(400).json({ errors: errors.array() });
  next();
}
const app = express();
app.use(express.json());
app.post(
  '/api/register',
  body('email').isEmail(),
  body('password').isLength({ min: 10 }),
  body('phone').optional().isMobilePhone('any'),
  validate,
  async (req, res) => {
${variant}
  const user = await prisma.user.create({ data: { ...profile, passwordHash: await bcrypt.hash(password, 12) }, select: { id: true } });
  res.status(201).json(user);
  },
);
app.listen(3000);`,
  };
}

/** Express + postgres.js: a pet changed with the `sql(object, ...columns)` helper inside the statement. */
const postgresPetApp = (write: string) => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import postgres from 'postgres';
import { requireAuth } from './auth.js';
const sql = postgres(process.env.DATABASE_URL);
const app = express();
app.use(express.json());
app.patch('/pets/:id', requireAuth, async (req, res) => {
  const [pet] = await sql\`update pets set \${${write}} where id = \${req.params.id} and owner_id = \${req.user.id} returning id, name\`;
  if (!pet) return res.status(404).end();
  res.json(pet);
});
app.listen(3000);`,
});

/**
 * Express + Sequelize + Joi: one `validate({ part: schema })` middleware, given the body's schema on the create route and
 * `schemas` on the update route.
 */
const partsValidatorApp = (schemas: string) => ({
  'src/auth.js': EXPRESS_REQUIRE_AUTH,
  'src/app.js': `import express from 'express';
import Joi from 'joi';
import { Sequelize, DataTypes } from 'sequelize';
import { requireAuth } from './auth.js';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const Booking = sequelize.define('Booking', { userId: DataTypes.INTEGER, deskId: DataTypes.INTEGER, status: DataTypes.STRING, priceCents: DataTypes.INTEGER });
const idParams = Joi.object({ bookingId: Joi.number().integer().required() });
const bookingBody = Joi.object({ deskId: Joi.number().integer().required() });
const validate = (schemas) => (req, res, next) => {
  for (const [part, schema] of Object.entries(schemas)) {
    const { value, error } = schema.validate(req[part], { stripUnknown: true });
    if (error) return res.status(400).json({ error: error.message });
    req[part] = value;
  }
  next();
};
const app = express();
app.use(express.json());
app.post('/bookings', requireAuth, validate({ body: bookingBody }), async (req, res) => {
  const booking = await Booking.create({ deskId: req.body.deskId, userId: req.user.id, status: 'held' });
  res.status(201).json({ id: booking.id });
});
app.patch('/bookings/:bookingId', requireAuth, validate(${schemas}), async (req, res) => {
  const booking = await Booking.findOne({ where: { id: req.params.bookingId, userId: req.user.id } });
  if (!booking) return res.status(404).end();
  await booking.update(req.body);
  res.json({ id: booking.id });
});
app.listen(3000);`,
});

/**
 * Express + Prisma: a reservation made after `reservationSchema.parse(req.body)` (its result kept as `input` unless
 * `keep` is false), with `data`.
 */
const parsedApartApp = (data: string, keep = true) =>
  expressPrismaApp(`import { z } from 'zod';
const reservationSchema = z.object({ vehicleId: z.string(), pickupAt: z.coerce.date() });
app.post('/reservations', requireAuth, async (req, res) => {
  ${keep ? 'const input = ' : ''}reservationSchema.parse(req.body);
  const reservation = await prisma.reservation.create({ data: ${data}, select: { id: true } });
  res.status(201).json(reservation);
});`);

/** Hono + Prisma + valibot: a profile update whose body is checked by `schema` apart from it, then written as it is. */
const honoProfileApp = (schema: string) => ({
  'src/app.ts': `import { Hono } from 'hono';
import { PrismaClient } from '@prisma/client';
import * as v from 'valibot';
const prisma = new PrismaClient();
const ProfileSchema = ${schema};
const app = new Hono();
app.use('*', async (c, next) => {
  const session = await prisma.session.findUnique({ where: { tokenHash: c.req.header('x-session') ?? '' }, include: { user: true } });
  if (!session) return c.json({ error: 'unauthenticated' }, 401);
  c.set('user', session.user);
  await next();
});
app.patch('/me', async (c) => {
  const body = await c.req.json();
  const parsed = v.safeParse(ProfileSchema, body);
  if (!parsed.success) return c.json({ error: 'invalid_request' }, 400);
  const user = await prisma.user.update({ where: { id: c.get('user').id }, data: body, select: { id: true, name: true } });
  return c.json(user);
});
export default app;`,
});

runCheckCases('input-validation-mass-assignment', {
  invalid: [
    {
      name: 'hono + valibot: the body checked by `v.safeParse(ProfileSchema, body)` apart from it, then written as it is (`data: body`)',
      endpoint: 'PATCH /me',
      files: honoProfileApp('v.object({ name: v.optional(v.string()), phone: v.optional(v.string()) })'),
    },
    {
      name: 'express + sequelize: celebrate given only the path id (`[Segments.PARAMS]`), the whole body written',
      endpoint: 'PATCH /leave-requests/:id',
      files: celebratePartsApp('idParam'),
    },
    {
      name: 'express + mongoose: only the path id checked by express-validator, the whole body written',
      endpoint: 'PATCH /invoices/:id',
      files: paramChainApp('req.body'),
    },
    {
      name: 'express + prisma: the body parsed with a (non-strict) zod schema for its verdict alone, the raw body written',
      endpoint: 'POST /reservations',
      files: parsedApartApp('{ ...req.body, customerId: req.user.id }', false),
    },
    {
      name: 'express + prisma: the body parsed with a zod schema into `input`, then the raw body spread into the new row',
      endpoint: 'POST /reservations',
      files: parsedApartApp("{ ...req.body, customerId: req.user.id, status: 'pending' }"),
    },
    {
      name: 'express + sequelize: a validator given only the path parameters, then the body written into the booking',
      endpoint: 'PATCH /bookings/:bookingId',
      files: partsValidatorApp('{ params: idParams }'),
    },
    {
      name: 'express + postgres.js: the whole body written with the sql() helper',
      endpoint: 'PATCH /pets/:id',
      files: postgresPetApp('sql(req.body)'),
    },
    {
      name: 'express-validator chains on the route, then the rest of `req.body` spread into the new user (role, isAdmin come along)',
      endpoint: 'POST /api/register',
      files: registerWithChainsApp(`    const { password, ...profile } = req.body;`),
    },
    {
      name: 'nestjs: an empty DTO class with no validators (every property of the body passes)',
      endpoint: 'PATCH /jobs/:id',
      files: {
        'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { ValidationPipe } from '@nestjs/common';
import { AppModule } from './app.module';
async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalPipes(new ValidationPipe({ whitelist: true }));
  await app.listen(3000);
}
bootstrap();`,
        'src/dto.ts': `import { IsString, IsOptional, IsInt } from 'class-validator';
import { OmitType, PartialType } from '@nestjs/mapped-types';
export class CreateJobDto {
  @IsString() clientCompanyId!: string;
  @IsString() title!: string;
  @IsOptional() @IsInt() feePercent?: number;
}
export class UpdateJobDto  {}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { JobsController } from './jobs.controller';
@Module({ controllers: [JobsController] })
export class AppModule {}`,
        'src/jobs.controller.ts': `import { Body, Controller, Param, Patch, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { PrismaClient } from '@prisma/client';
import { UpdateJobDto } from './dto';
const prisma = new PrismaClient();
@Controller('jobs')
@UseGuards(AuthGuard('jwt'))
export class JobsController {
  @Patch(':id')
  update(@Param('id') id: string, @Body() dto: UpdateJobDto) {
    return prisma.jobOpening.update({ where: { id }, data: dto, select: { id: true } });
  }
}`,
      },
    },
    {
      name: 'express + prisma: a Joi schema with `.unknown(true)` (undeclared keys kept despite `stripUnknown`), the rest of the body spread into the create by a service',
      endpoint: 'POST /auth/register',
      files: layeredRegisterApp(true),
    },
    {
      name: 'hono + drizzle: zValidator with a schema that passes undeclared keys on (`.passthrough()`), the checked body spread into the update',
      endpoint: 'PATCH /me',
      files: honoProfileApp('.passthrough()'),
    },
    {
      name: 'fastify + mongoose: a JSON body schema without `additionalProperties: false` (Ajv keeps undeclared keys), body assigned whole',
      endpoint: 'PATCH /clients/:id',
      files: fastifyClientsApp(''),
    },
    {
      name: 'nestjs + prisma: a DTO under a global ValidationPipe without whitelist handed to a service as `data`',
      endpoint: 'PATCH /notes/:id',
      files: {
        'package.json':
          '{ "dependencies": { "@nestjs/common": "10.0.0", "@nestjs/core": "10.0.0", "@prisma/client": "5.0.0", "class-validator": "0.14.0" } }',
        'src/notes.dto.ts': `import { IsString } from 'class-validator';
export class UpdateNoteDto { @IsString() title!: string; }`,
        'src/prisma.service.ts': `import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
@Injectable()
export class PrismaService extends PrismaClient {}`,
        'src/notes.service.ts': `import { Injectable } from '@nestjs/common';
import { PrismaService } from './prisma.service';
import { UpdateNoteDto } from './notes.dto';
@Injectable()
export class NotesService {
  constructor(private readonly prisma: PrismaService) {}
  update(id: string, userId: string, dto: UpdateNoteDto) {
    return this.prisma.note.updateMany({ where: { id, authorId: userId }, data: dto });
  }
}`,
        'src/notes.controller.ts': `import { Body, Controller, Param, Patch, Req } from '@nestjs/common';
import { UpdateNoteDto } from './notes.dto';
import { NotesService } from './notes.service';
@Controller('notes')
export class NotesController {
  constructor(private readonly notes: NotesService) {}
  @Patch(':id')
  update(@Param('id') id: string, @Req() req, @Body() dto: UpdateNoteDto) { return this.notes.update(id, req.user.id, dto); }
}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { NotesController } from './notes.controller';
import { NotesService } from './notes.service';
import { PrismaService } from './prisma.service';
@Module({ controllers: [NotesController], providers: [NotesService, PrismaService] })
export class AppModule {}`,
        'src/main.ts': `import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
const app = await NestFactory.create(AppModule);
app.useGlobalPipes(new ValidationPipe({ transform: true }));
await app.listen(3000);`,
      },
    },
    {
      name: 'fastify + prisma: a zod body schema through the type provider that passes unknown keys through (`.passthrough()`)',
      endpoint: 'PATCH /me',
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
const profileSchema = z.object({ displayName: z.string().max(80).optional(), bio: z.string().max(500).optional() }).passthrough();
app.patch('/me', { onRequest: [app.authenticate], schema: { body: profileSchema } }, async (request) => {
  await prisma.user.update({ where: { id: request.user.sub }, data: request.body });
  return { ok: true };
});
await app.listen({ port: 3000 });`,
      },
    },
    {
      name: 'express: a `validate(schema)` middleware given a zod `.passthrough()` schema, the body spread into the new user',
      endpoint: 'POST /api/v1/auth/register',
      files: EXPRESS_VALIDATE_PASSTHROUGH,
    },
    {
      name: 'koa: a yup schema validated without `stripUnknown` keeps undeclared keys, spread into the update',
      endpoint: 'PATCH /me/profile',
      files: koaYupApp(''),
    },
    {
      name: "koa: a yup schema validated with the project's shared options, which do not strip unknown keys",
      endpoint: 'PATCH /me/profile',
      files: koaYupApp(', opts'),
    },
    {
      name: 'nestjs + typeorm: ValidationPipe without whitelist lets undeclared fields through into repository.merge',
      endpoint: 'PATCH /billing/me',
      files: nestTypeormApp(
        `  @Patch('me')
  @Roles('patient')
  async updateMe(@CurrentUser() user: { sub: string }, @Body() dto: UpdatePatientDto) {
    const patient = await this.patients.findOneByOrFail({ userId: user.sub });
    this.patients.merge(patient, dto);
    const saved = await this.patients.save(patient);
    return { id: saved.id, name: saved.name };
  }`,
        {
          pipes: '@UsePipes(new ValidationPipe({ transform: true }))',
          dto: `export class UpdatePatientDto {
  @IsOptional()
  @IsString()
  name?: string;
}`,
        },
      ),
    },
    {
      name: 'express + sequelize: the signed-in user updates their own record with the whole body',
      endpoint: 'PATCH /me',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH_LOADS_USER,
        'src/app.js': `const express = require('express');
const { requireAuth } = require('./auth.js');
const app = express();
app.use(express.json());
app.patch('/me', requireAuth, async (req, res) => {
  await req.user.update(req.body);
  res.json({ id: req.user.id, email: req.user.email });
});
app.listen(3000);`,
      },
    },
    {
      name: 'nest: a service merges the raw body (a Partial of the entity, not a validated DTO) into the record',
      endpoint: 'PATCH /pets/:id',
      files: {
        'src/pets.controller.ts': `import { Body, Controller, Param, Patch } from '@nestjs/common';
import { PetsService } from './pets.service';
import { Pet } from './pet.entity';
@Controller('pets')
export class PetsController {
  constructor(private readonly pets: PetsService) {}
  @Patch(':id')
  update(@Param('id') id: string, @Body() body: Partial<Pet>) {
    return this.pets.update(id, body);
  }
}`,
        'src/pets.service.ts': `import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Pet } from './pet.entity';
@Injectable()
export class PetsService {
  constructor(@InjectRepository(Pet) private readonly repo: Repository<Pet>) {}
  async update(id: string, changes: Partial<Pet>) {
    const pet = await this.repo.findOneBy({ id });
    Object.assign(pet, changes);
    return this.repo.save(pet);
  }
}`,
        'src/pet.entity.ts': `import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
@Entity()
export class Pet {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() name: string;
  @Column() ownerId: string;
}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { PetsController } from './pets.controller';
import { PetsService } from './pets.service';
@Module({ controllers: [PetsController], providers: [PetsService] })
export class AppModule {}`,
      },
    },
    {
      name: 'hono: zValidator checks a copy; the handler spreads the raw c.req.json() into the insert',
      endpoint: 'POST /signup',
      files: {
        'src/schema.ts': `import { pgTable, serial, text, integer } from 'drizzle-orm/pg-core';
export const drivers = pgTable('drivers', { id: serial('id').primaryKey(), email: text('email'), passwordHash: text('password_hash'), role: text('role') });
export const albums = pgTable('albums', { id: serial('id').primaryKey(), ownerId: integer('owner_id'), title: text('title'), shareToken: text('share_token') });`,
        'src/auth.ts': `import { createMiddleware } from 'hono/factory';
import { verify } from 'hono/jwt';
export const requireUser = createMiddleware(async (c, next) => {
  try {
    const payload = await verify(c.req.header('Authorization')?.slice(7) ?? '', process.env.JWT_SECRET!, 'HS256');
    c.set('userId', Number(payload.sub));
  } catch {
    return c.json({ error: 'Unauthorized' }, 401);
  }
  await next();
});`,
        'src/index.ts': `import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import bcrypt from 'bcryptjs';
import { db } from './db';
import { drivers } from './schema';
const app = new Hono();
app.post('/signup', zValidator('json', z.object({ email: z.string().email(), password: z.string().min(8) })), async (c) => {
  const body = await c.req.json();
  const passwordHash = await bcrypt.hash(body.password, 10);
  const [driver] = await db.insert(drivers).values({ ...body, passwordHash }).returning();
  return c.json({ driver }, 201);
});
export default app;`,
      },
    },
    {
      name: 'express + mongoose: a document built from the whole body, then saved',
      endpoint: 'POST /notes',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Note = mongoose.model('Note', new mongoose.Schema({ text: String, owner: String, pinned: Boolean }));
const app = express();
app.use(express.json());
app.post('/notes', requireAuth, async (req, res) => {
  const note = await new Note(req.body).save();
  res.status(201).json({ id: note.id });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: update data is req.body',
      endpoint: 'PATCH /me',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const app = express();
app.use(express.json());
app.patch('/me', requireAuth, async (req, res) => {
  const user = await prisma.user.update({ where: { id: req.user.id }, data: req.body, select: { id: true, name: true } });
  res.json(user);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: Model.create(req.body)',
      endpoint: 'POST /profiles',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Profile = mongoose.model('Profile', new mongoose.Schema({ bio: String, owner: String, verified: Boolean }));
const app = express();
app.use(express.json());
app.post('/profiles', requireAuth, async (req, res) => {
  const profile = await Profile.create(req.body);
  res.status(201).json({ id: profile.id });
});
app.listen(3000);`,
      },
    },
    {
      name: 'koa + sequelize: Model.update(ctx.request.body, …)',
      endpoint: 'PUT /todos/:id',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import koaJwt from 'koa-jwt';
import bodyParser from 'koa-bodyparser';
import { Sequelize, DataTypes } from 'sequelize';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const Todo = sequelize.define('Todo', { title: DataTypes.STRING, userId: DataTypes.INTEGER });
const app = new Koa();
app.use(bodyParser());
app.use(koaJwt({ secret: process.env.JWT_SECRET }));
const router = new Router();
router.put('/todos/:id', async (ctx) => {
  await Todo.update(ctx.request.body, { where: { id: ctx.params.id, userId: ctx.state.user.id } });
  ctx.status = 204;
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'express + in-memory array: Object.assign(record, req.body)',
      endpoint: 'PUT /todos/:id',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
const todos = [];
const app = express();
app.use(express.json());
app.put('/todos/:id', requireAuth, (req, res) => {
  const todo = todos.find((t) => t.id === req.params.id && t.userId === req.user.id);
  if (!todo) return res.status(404).json({ error: 'Not found' });
  Object.assign(todo, req.body);
  res.json(todo);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + pg-free: body spread over server-set owner',
      endpoint: 'POST /todos',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
const todos = [];
const app = express();
app.use(express.json());
app.post('/todos', requireAuth, (req, res) => {
  const todo = { id: String(todos.length + 1), userId: req.user.id, done: false, ...req.body };
  todos.push(todo);
  res.status(201).json(todo);
});
app.listen(3000);`,
      },
    },
    {
      name: 'fastify + drizzle: insert().values(request.body)',
      endpoint: 'POST /projects',
      files: {
        'src/db.js': `import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, serial, text, integer } from 'drizzle-orm/pg-core';
export const projects = pgTable('projects', { id: serial('id').primaryKey(), name: text('name'), userId: integer('user_id') });
export const db = drizzle(process.env.DATABASE_URL);`,
        'src/server.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import { db, projects } from './db.js';
const fastify = Fastify();
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });
fastify.addHook('onRequest', async (request) => { await request.jwtVerify(); });
fastify.post('/projects', async (request, reply) => {
  const [row] = await db.insert(projects).values(request.body).returning({ id: projects.id });
  return reply.code(201).send(row);
});
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'nestjs + prisma: untyped @Body() passed as data, no ValidationPipe',
      endpoint: 'POST /posts',
      files: {
        'src/posts.controller.ts': `import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { PrismaService } from './prisma.service';
@Controller('posts')
@UseGuards(AuthGuard('jwt'))
export class PostsController {
  constructor(private readonly prisma: PrismaService) {}
  @Post()
  create(@Body() body: any) {
    return this.prisma.post.create({ data: body });
  }
}`,
        'src/prisma.service.ts': `import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
@Injectable()
export class PrismaService extends PrismaClient {}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { PostsController } from './posts.controller';
import { PrismaService } from './prisma.service';
@Module({ controllers: [PostsController], providers: [PrismaService] })
export class AppModule {}`,
        'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
const app = await NestFactory.create(AppModule);
await app.listen(3000);`,
      },
    },
    {
      name: 'next.js app router + prisma: await req.json() as update data',
      endpoint: 'PATCH /api/profile',
      files: {
        'auth.ts': `import NextAuth from 'next-auth';
export const { auth, handlers } = NextAuth({ providers: [] });`,
        'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'app/api/profile/route.ts': `import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';
export async function PATCH(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const body = await req.json();
  await prisma.user.update({ where: { id: session.user.id }, data: body });
  return NextResponse.json({ ok: true });
}`,
        'tsconfig.json': `{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } } }`,
      },
    },
    {
      name: 'hono + prisma: await c.req.json() as update data',
      endpoint: 'PUT /api/account',
      files: {
        'src/index.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = new Hono();
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET! }));
app.put('/api/account', async (c) => {
  const user = c.get('jwtPayload');
  const data = await c.req.json();
  await prisma.account.update({ where: { userId: user.sub }, data });
  return c.json({ ok: true });
});
export default app;`,
      },
    },
    {
      name: 'express + mongoose: findByIdAndUpdate(req.user.id, req.body)',
      endpoint: 'PUT /me',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const User = mongoose.model('User', new mongoose.Schema({ name: String, role: String }));
const app = express();
app.use(express.json());
app.put('/me', requireAuth, async (req, res) => {
  await User.findByIdAndUpdate(req.user.id, req.body);
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + sequelize: express-validator chains check some fields, Object.assign writes the whole body',
      endpoint: 'PATCH /api/v1/pets/:petId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/validate.js': `import { validationResult } from 'express-validator';
export const validate = (chains) => async (req, res, next) => {
  for (const c of chains) await c.run(req);
  if (!validationResult(req).isEmpty()) return res.status(400).json({ error: 'Invalid body' });
  next();
};`,
        'src/app.js': `import express from 'express';
import { body } from 'express-validator';
import { Pet } from './models.js';
import { requireAuth } from './auth.js';
import { validate } from './validate.js';
const app = express();
app.use(express.json());
app.patch(
  '/api/v1/pets/:petId',
  requireAuth,
  validate([body('name').optional().isString(), body('weightKg').optional().isFloat({ min: 0 })]),
  async (req, res) => {
    const pet = await Pet.findOne({ where: { id: req.params.petId, ownerId: req.user.id } });
    if (!pet) return res.status(404).json({ error: 'Not found' });
    Object.assign(pet, req.body);
    await pet.save();
    res.json({ id: pet.id, name: pet.name });
  },
);
app.listen(3000);`,
      },
    },
  ],
  valid: [
    {
      name: 'hono + valibot: the same with a strict schema (`v.strictObject`), which turns unknown keys away',
      endpoint: 'PATCH /me',
      files: honoProfileApp('v.strictObject({ name: v.optional(v.string()), phone: v.optional(v.string()) })'),
    },
    {
      name: 'express + sequelize: celebrate given the path id and a body schema (Joi rejects unknown keys)',
      endpoint: 'PATCH /leave-requests/:id',
      files: celebratePartsApp('{ ...idParam, ...leaveBody }'),
    },
    {
      name: 'express + mongoose: only the path id checked by express-validator, one named field written',
      endpoint: 'PATCH /invoices/:id',
      files: paramChainApp('{ status: String(req.body.status) }'),
    },
    {
      name: 'express + prisma: the body parsed with a zod schema into `input`, and `input` spread into the new row',
      endpoint: 'POST /reservations',
      files: parsedApartApp("{ ...input, customerId: req.user.id, status: 'pending' }"),
    },
    {
      name: 'express + sequelize: the same validator given the body too (unknown keys stripped) before the write',
      endpoint: 'PATCH /bookings/:bookingId',
      files: partsValidatorApp('{ params: idParams, body: bookingBody }'),
    },
    {
      name: 'express + postgres.js: the sql() helper given the columns it may write',
      endpoint: 'PATCH /pets/:id',
      files: postgresPetApp("sql(req.body, 'name', 'species')"),
    },
    {
      name: 'express-validator chains on the route, then only the checked fields (`matchedData(req)`) spread into the new user',
      endpoint: 'POST /api/register',
      files: registerWithChainsApp(`    const { password, ...profile } = matchedData(req);`),
    },
    {
      name: "nestjs: a DTO made of mapped types over a validated one (`PartialType(OmitType(CreateJobDto, ['clientCompanyId']))`) under a whitelisting pipe",
      endpoint: 'PATCH /jobs/:id',
      files: {
        'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { ValidationPipe } from '@nestjs/common';
import { AppModule } from './app.module';
async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalPipes(new ValidationPipe({ whitelist: true }));
  await app.listen(3000);
}
bootstrap();`,
        'src/dto.ts': `import { IsString, IsOptional, IsInt } from 'class-validator';
import { OmitType, PartialType } from '@nestjs/mapped-types';
export class CreateJobDto {
  @IsString() clientCompanyId!: string;
  @IsString() title!: string;
  @IsOptional() @IsInt() feePercent?: number;
}
export class UpdateJobDto extends PartialType(OmitType(CreateJobDto, ['clientCompanyId'] as const)) {}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { JobsController } from './jobs.controller';
@Module({ controllers: [JobsController] })
export class AppModule {}`,
        'src/jobs.controller.ts': `import { Body, Controller, Param, Patch, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { PrismaClient } from '@prisma/client';
import { UpdateJobDto } from './dto';
const prisma = new PrismaClient();
@Controller('jobs')
@UseGuards(AuthGuard('jwt'))
export class JobsController {
  @Patch(':id')
  update(@Param('id') id: string, @Body() dto: UpdateJobDto) {
    return prisma.jobOpening.update({ where: { id }, data: dto, select: { id: true } });
  }
}`,
      },
    },
    {
      name: 'express + sequelize: express-validator checkExact turns unknown fields away',
      endpoint: 'PATCH /api/v1/pets/:petId',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { body, checkExact, validationResult } from 'express-validator';
import { Pet } from './models.js';
import { requireAuth } from './auth.js';
const app = express();
app.use(express.json());
app.patch(
  '/api/v1/pets/:petId',
  requireAuth,
  checkExact([body('name').optional().isString(), body('weightKg').optional().isFloat({ min: 0 })]),
  async (req, res) => {
    if (!validationResult(req).isEmpty()) return res.status(400).json({ error: 'Invalid body' });
    const pet = await Pet.findOne({ where: { id: req.params.petId, ownerId: req.user.id } });
    if (!pet) return res.status(404).json({ error: 'Not found' });
    Object.assign(pet, req.body);
    await pet.save();
    res.json({ id: pet.id, name: pet.name });
  },
);
app.listen(3000);`,
      },
    },
    {
      name: 'hono + drizzle: the same with a plain zod object (undeclared keys dropped)',
      files: honoProfileApp(''),
    },
    {
      name: 'fastify + mongoose: the same with `additionalProperties: false` (Ajv removes undeclared keys)',
      files: fastifyClientsApp('additionalProperties: false, '),
    },
    {
      name: 'next.js pages: the GET branch of a handler whose validated POST branch spreads the body (read per branch)',
      endpoint: 'GET /api/recipes',
      files: {
        'package.json': '{ "dependencies": { "next": "14.0.0", "@prisma/client": "5.0.0", "next-auth": "4.24.0" } }',
        'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'pages/api/recipes/index.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { z } from 'zod';
import { prisma } from '../../../lib/prisma';
const recipeSchema = z.object({ title: z.string().max(200) }).strict();
export default async function recipes(req: NextApiRequest, res: NextApiResponse) {
  try {
    if (req.method === 'GET') {
      const list = await prisma.recipe.findMany({ where: { isPublic: true }, select: { id: true, title: true } });
      return res.status(200).json({ recipes: list });
    }
    if (req.method === 'POST') {
      const session = await getServerSession(req, res, {});
      if (!session?.user?.id) return res.status(401).json({ error: 'Unauthorized' });
      recipeSchema.parse(req.body);
      const recipe = await prisma.recipe.create({ data: { ...req.body, authorId: session.user.id }, select: { id: true } });
      return res.status(201).json({ recipe });
    }
    return res.status(405).end();
  } catch {
    return res.status(500).json({ error: 'Server error' });
  }
}`,
      },
    },
    {
      name: 'express: the same `validate()` middleware is loose at one call (fields read one by one) and strict at another (whole body stored)',
      endpoint: 'PATCH /api/v1/teams/:id',
      files: {
        ...EXPRESS_VALIDATE_PASSTHROUGH,
        'src/app.ts': EXPRESS_VALIDATE_PASSTHROUGH['src/app.ts']!.replace(
          'data: { ...req.body }',
          'data: { email: String(req.body.email), fullName: String(req.body.fullName) }',
        ),
      },
    },
    {
      name: 'koa: a yup schema validated with `stripUnknown: true`, spread into the update',
      endpoint: 'PATCH /me/profile',
      files: koaYupApp(', { stripUnknown: true }'),
    },
    {
      name: "koa: a yup schema validated with the project's shared options (`{ stripUnknown: true }` from another module)",
      endpoint: 'PATCH /me/profile',
      files: koaYupApp(', opts', '{ abortEarly: false, stripUnknown: true }'),
    },
    {
      name: 'nestjs + typeorm: ValidationPipe({ whitelist: true }) strips undeclared fields before repository.merge',
      endpoint: 'PATCH /billing/me',
      files: nestTypeormApp(
        `  @Patch('me')
  @Roles('patient')
  async updateMe(@CurrentUser() user: { sub: string }, @Body() dto: UpdatePatientDto) {
    const patient = await this.patients.findOneByOrFail({ userId: user.sub });
    this.patients.merge(patient, dto);
    const saved = await this.patients.save(patient);
    return { id: saved.id, name: saved.name };
  }`,
        {
          dto: `export class UpdatePatientDto {
  @IsOptional()
  @IsString()
  name?: string;
}`,
        },
      ),
    },
    {
      name: 'express + prisma: zod parse before create',
      endpoint: 'POST /todos',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { z } from 'zod';
import { PrismaClient } from '@prisma/client';
import { requireAuth } from './auth.js';
const prisma = new PrismaClient();
const CreateTodo = z.object({ title: z.string().max(200), done: z.boolean().optional() });
const app = express();
app.use(express.json());
app.post('/todos', requireAuth, async (req, res) => {
  const data = CreateTodo.parse(req.body);
  const todo = await prisma.todo.create({ data: { ...data, userId: req.user.id } });
  res.status(201).json(todo);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: joi validate with stripUnknown',
      endpoint: 'POST /profiles',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import Joi from 'joi';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const Profile = mongoose.model('Profile', new mongoose.Schema({ bio: String, owner: String, verified: Boolean }));
const schema = Joi.object({ bio: Joi.string().max(500) });
const app = express();
app.use(express.json());
app.post('/profiles', requireAuth, async (req, res) => {
  const { value, error } = schema.validate(req.body, { stripUnknown: true });
  if (error) return res.status(400).json({ error: 'Invalid body' });
  const profile = await Profile.create({ ...value, owner: req.user.id });
  res.status(201).json({ id: profile.id });
});
app.listen(3000);`,
      },
    },
    {
      name: 'nestjs: class-validator DTO with global ValidationPipe whitelist',
      endpoint: 'POST /posts',
      files: {
        'src/create-post.dto.ts': `import { IsString, MaxLength } from 'class-validator';
export class CreatePostDto {
  @IsString() @MaxLength(200) title: string;
  @IsString() body: string;
}`,
        'src/posts.controller.ts': `import { Body, Controller, Post, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { PrismaService } from './prisma.service';
import { CreatePostDto } from './create-post.dto';
@Controller('posts')
@UseGuards(AuthGuard('jwt'))
export class PostsController {
  constructor(private readonly prisma: PrismaService) {}
  @Post()
  create(@Body() dto: CreatePostDto, @Req() req) {
    return this.prisma.post.create({ data: { ...dto, authorId: req.user.id } });
  }
}`,
        'src/prisma.service.ts': `import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@prisma/client';
@Injectable()
export class PrismaService extends PrismaClient {}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { PostsController } from './posts.controller';
import { PrismaService } from './prisma.service';
@Module({ controllers: [PostsController], providers: [PrismaService] })
export class AppModule {}`,
        'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { ValidationPipe } from '@nestjs/common';
import { AppModule } from './app.module';
const app = await NestFactory.create(AppModule);
app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }));
await app.listen(3000);`,
      },
    },
    {
      name: 'koa + sequelize: only picked fields are written',
      endpoint: 'PUT /todos/:id',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import koaJwt from 'koa-jwt';
import bodyParser from 'koa-bodyparser';
import { Sequelize, DataTypes } from 'sequelize';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const Todo = sequelize.define('Todo', { title: DataTypes.STRING, done: DataTypes.BOOLEAN, userId: DataTypes.INTEGER });
const app = new Koa();
app.use(bodyParser());
app.use(koaJwt({ secret: process.env.JWT_SECRET }));
const router = new Router();
router.put('/todos/:id', async (ctx) => {
  const { title, done } = ctx.request.body;
  await Todo.update({ title: String(title), done: Boolean(done) }, { where: { id: ctx.params.id, userId: ctx.state.user.id } });
  ctx.status = 204;
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
    {
      name: 'hono + prisma: @hono/zod-validator and c.req.valid("json")',
      endpoint: 'PUT /api/account',
      files: {
        'src/index.ts': `import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = new Hono();
const Account = z.object({ displayName: z.string().max(80) });
app.use('/api/*', jwt({ secret: process.env.JWT_SECRET! }));
app.put('/api/account', zValidator('json', Account), async (c) => {
  const user = c.get('jwtPayload');
  const data = c.req.valid('json');
  await prisma.account.update({ where: { userId: user.sub }, data });
  return c.json({ ok: true });
});
export default app;`,
      },
    },
    {
      name: 'fastify + drizzle: JSON schema body with additionalProperties false',
      endpoint: 'POST /projects',
      files: {
        'src/db.js': `import { drizzle } from 'drizzle-orm/node-postgres';
import { pgTable, serial, text, integer } from 'drizzle-orm/pg-core';
export const projects = pgTable('projects', { id: serial('id').primaryKey(), name: text('name'), userId: integer('user_id') });
export const db = drizzle(process.env.DATABASE_URL);`,
        'src/server.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import { db, projects } from './db.js';
const fastify = Fastify();
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });
fastify.addHook('onRequest', async (request) => { await request.jwtVerify(); });
const schema = { body: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string', maxLength: 100 } } } };
fastify.post('/projects', { schema }, async (request, reply) => {
  const [row] = await db.insert(projects).values({ ...request.body, userId: request.user.id }).returning({ id: projects.id });
  return reply.code(201).send(row);
});
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'next.js app router + prisma: zod safeParse of req.json()',
      endpoint: 'PATCH /api/profile',
      files: {
        'auth.ts': `import NextAuth from 'next-auth';
export const { auth, handlers } = NextAuth({ providers: [] });`,
        'lib/prisma.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();`,
        'app/api/profile/route.ts': `import { NextResponse } from 'next/server';
import { z } from 'zod';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';
const Profile = z.object({ name: z.string().max(80) });
export async function PATCH(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const parsed = Profile.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: 'Invalid body' }, { status: 400 });
  await prisma.user.update({ where: { id: session.user.id }, data: parsed.data });
  return NextResponse.json({ ok: true });
}`,
        'tsconfig.json': `{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } } }`,
      },
    },
    {
      name: 'express + in-memory array: copy of the body only ({ ...req.body })',
      endpoint: 'POST /drafts',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { requireAuth } from './auth.js';
const app = express();
app.use(express.json());
app.post('/drafts', requireAuth, (req, res) => {
  const preview = { ...req.body };
  res.json({ length: JSON.stringify(preview).length });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + mongoose: express-validator matchedData',
      endpoint: 'PUT /me',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import { body, matchedData, validationResult } from 'express-validator';
import mongoose from 'mongoose';
import { requireAuth } from './auth.js';
const User = mongoose.model('User', new mongoose.Schema({ name: String, role: String }));
const app = express();
app.use(express.json());
app.put('/me', requireAuth, body('name').isString().isLength({ max: 80 }), async (req, res) => {
  if (!validationResult(req).isEmpty()) return res.status(400).json({ error: 'Invalid body' });
  await User.findByIdAndUpdate(req.user.id, matchedData(req));
  res.status(204).end();
});
app.listen(3000);`,
      },
    },
  ],
});
