import { runCheckCases } from './check-tester.ts';

runCheckCases('rate-limit-missing', {
  invalid: [
    {
      name: 'express: no limiter anywhere',
      files: {
        'src/app.js': `import express from 'express';
const app = express();
app.get('/items', (req, res) => res.json([]));
app.post('/items', (req, res) => res.status(201).json({ ok: true }));
app.listen(3000);`,
      },
    },
    {
      name: 'fastify: no @fastify/rate-limit registered',
      files: {
        'src/server.js': `import Fastify from 'fastify';
const fastify = Fastify();
fastify.get('/items', async () => []);
fastify.listen({ port: 3000 });`,
      },
    },
  ],
  valid: [
    {
      name: 'express: app.use(rateLimit())',
      files: {
        'src/app.js': `import express from 'express';
import rateLimit from 'express-rate-limit';
const app = express();
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.get('/items', (req, res) => res.json([]));
app.listen(3000);`,
      },
    },
    {
      name: 'fastify: @fastify/rate-limit registered',
      files: {
        'src/server.js': `import Fastify from 'fastify';
import rateLimit from '@fastify/rate-limit';
const fastify = Fastify();
await fastify.register(rateLimit, { max: 100, timeWindow: '1 minute' });
fastify.get('/items', async () => []);
fastify.listen({ port: 3000 });`,
      },
    },
    {
      name: 'nestjs: ThrottlerModule with ThrottlerGuard as APP_GUARD',
      files: {
        'src/items.controller.ts': `import { Controller, Get } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Get()
  list() {
    return [];
  }
}`,
        'src/app.module.ts': `import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { ItemsController } from './items.controller';
@Module({
  imports: [ThrottlerModule.forRoot([{ ttl: 60000, limit: 100 }])],
  controllers: [ItemsController],
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
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
