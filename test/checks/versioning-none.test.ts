import { runCheckCases } from './check-tester.ts';

runCheckCases('versioning-none', {
  invalid: [
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
  ],
  valid: [
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
