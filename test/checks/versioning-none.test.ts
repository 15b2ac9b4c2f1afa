import { runCheckCases } from './check-tester.ts';

runCheckCases('versioning-none', {
  invalid: [
    {
      name: 'nestjs: URI versioning without a default version, one controller that names none (`/api/invoices` beside `/api/v1/...`)',
      endpoint: 'GET /api/invoices',
      files: {
        'src/pets.controller.ts': `import { Controller, Get, Post } from '@nestjs/common';
@Controller({ path: 'pets', version: '1' })
export class PetsController {
  @Get()
  list() {
    return [];
  }
  @Post()
  create() {
    return {};
  }
}`,
        'src/visits.controller.ts': `import { Controller, Get, Post } from '@nestjs/common';
@Controller({ path: 'visits', version: '1' })
export class VisitsController {
  @Get()
  list() {
    return [];
  }
  @Post()
  create() {
    return {};
  }
}`,
        'src/invoices.controller.ts': `import { Controller, Get, Post } from '@nestjs/common';
@Controller('invoices')
export class InvoicesController {
  @Get()
  list() {
    return [];
  }
  @Post()
  create() {
    return {};
  }
}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { PetsController } from './pets.controller';
import { VisitsController } from './visits.controller';
import { InvoicesController } from './invoices.controller';
@Module({ controllers: [PetsController, VisitsController, InvoicesController] })
export class AppModule {}`,
        'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { VersioningType } from '@nestjs/common';
import { AppModule } from './app.module';
const app = await NestFactory.create(AppModule);
app.setGlobalPrefix('api');
app.enableVersioning({ type: VersioningType.URI });
await app.listen(3000);`,
      },
    },
    {
      name: 'express: unversioned /api routes',
      files: {
        'src/app.js': `import express from 'express';
const app = express();
app.get('/api/items', (req, res) => res.json([]));
app.post('/api/items', (req, res) => res.status(201).json({ ok: true }));
app.listen(3000);`,
      },
    },
    {
      name: 'hono: unversioned routes',
      files: {
        'src/index.ts': `import { Hono } from 'hono';
const app = new Hono();
app.get('/items', (c) => c.json([]));
app.delete('/items/:id', (c) => c.body(null, 204));
export default app;`,
      },
    },
    {
      name: 'fastify: one plugin registered beside the /api/v1 plugins',
      endpoint: 'POST /api/purchase-orders',
      files: {
        'src/routes.ts': `import type { FastifyInstance } from 'fastify';
export async function binRoutes(app: FastifyInstance) {
  app.get('/bins', async () => []);
  app.post('/bins', async () => ({ ok: true }));
  app.get('/bins/:id', async () => ({}));
}
export async function skuRoutes(app: FastifyInstance) {
  app.get('/skus', async () => []);
  app.patch('/skus/:id', async () => ({}));
}
export async function purchaseOrderRoutes(app: FastifyInstance) {
  app.post('/', async () => ({ ok: true }));
}`,
        'src/app.ts': `import Fastify from 'fastify';
import { binRoutes, purchaseOrderRoutes, skuRoutes } from './routes';
const app = Fastify();
app.register(binRoutes, { prefix: '/api/v1' });
app.register(skuRoutes, { prefix: '/api/v1' });
app.register(purchaseOrderRoutes, { prefix: '/api/purchase-orders' });
app.listen({ port: 3000 });`,
      },
    },
    {
      name: "express: a resource's status action on a router mounted beside /api/v1 (`/status` is not the status probe)",
      endpoint: 'PATCH /api/crews/jobs/:moveId/status',
      files: {
        'src/app.js': `import express from 'express';
const v1 = express.Router();
v1.get('/moves', (req, res) => res.json([]));
v1.post('/moves', (req, res) => res.status(201).json({ ok: true }));
v1.get('/moves/:id', (req, res) => res.json({}));
v1.get('/quotes', (req, res) => res.json([]));
v1.get('/quotes/:id', (req, res) => res.json({}));
const crews = express.Router();
crews.patch('/jobs/:moveId/status', (req, res) => res.json({ ok: true }));
const app = express();
app.get('/api/status', (req, res) => res.json({ ok: true }));
app.use('/api/v1', v1);
app.use('/api/crews', crews);
app.listen(3000);`,
      },
    },
  ],
  valid: [
    {
      name: 'express: a versioned API beside the webhooks, OAuth callback, preflight and feed it must keep stable',
      files: {
        'src/app.js': `import express from 'express';
const api = express.Router();
api.get('/items', (req, res) => res.json([]));
api.post('/items', (req, res) => res.status(201).json({ ok: true }));
api.get('/items/:id', (req, res) => res.json({}));
const app = express();
app.options('*', (req, res) => res.sendStatus(204));
app.get('/health', (req, res) => res.json({ ok: true }));
app.get('/status', (req, res) => res.json({ ok: true }));
app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => res.sendStatus(200));
app.get('/auth/google/callback', (req, res) => res.redirect('/'));
app.get('/feeds/:slug/rss.xml', (req, res) => res.type('application/rss+xml').send('<rss/>'));
app.use('/api/v1', api);
app.listen(3000);`,
      },
    },
    {
      name: 'express: a new /api/v1 started beside an older unversioned API (no convention yet: the app-wide rule decides)',
      files: {
        'src/app.js': `import express from 'express';
const app = express();
app.get('/api/items', (req, res) => res.json([]));
app.post('/api/items', (req, res) => res.status(201).json({ ok: true }));
app.get('/api/orders', (req, res) => res.json([]));
app.get('/api/v1/reports', (req, res) => res.json([]));
app.listen(3000);`,
      },
    },
    {
      name: 'express: router mounted under /api/v1, health unversioned',
      files: {
        'src/app.js': `import express from 'express';
const api = express.Router();
api.get('/items', (req, res) => res.json([]));
const app = express();
app.get('/health', (req, res) => res.json({ ok: true }));
app.use('/api/v1', api);
app.listen(3000);`,
      },
    },
    {
      name: 'nestjs: enableVersioning with URI versioning',
      files: {
        'src/items.controller.ts': `import { Controller, Get } from '@nestjs/common';
@Controller({ path: 'items', version: '1' })
export class ItemsController {
  @Get()
  list() {
    return [];
  }
}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { ItemsController } from './items.controller';
@Module({ controllers: [ItemsController] })
export class AppModule {}`,
        'src/main.ts': `import { NestFactory } from '@nestjs/core';
import { VersioningType } from '@nestjs/common';
import { AppModule } from './app.module';
const app = await NestFactory.create(AppModule);
app.enableVersioning({ type: VersioningType.URI });
await app.listen(3000);`,
      },
    },
    {
      name: 'fastify: routes registered under prefix /v2',
      files: {
        'src/server.js': `import Fastify from 'fastify';
const fastify = Fastify();
fastify.register(async (api) => {
  api.get('/items', async () => []);
}, { prefix: '/v2' });
fastify.listen({ port: 3000 });`,
      },
    },
  ],
});
