import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.ts';
import { runCheckCases } from './check-tester.ts';

/** Next.js pages + next-auth: a login limiter made in the auth options; `use` is what `authorize()` does with it. */
const nextAuthLimiterApp = (use: string): Record<string, string> => ({
  'pages/api/auth/[...nextauth].ts': `import NextAuth, { type NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { RateLimiterMemory } from 'rate-limiter-flexible';
const loginLimiter = new RateLimiterMemory({ keyPrefix: 'login', points: 5, duration: 900 });
export const authOptions: NextAuthOptions = {
  providers: [
    CredentialsProvider({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const email = String(credentials?.email ?? '');
        ${use}
        return null;
      },
    }),
  ],
};
export default NextAuth(authOptions);`,
  'pages/api/notes.ts': `import type { NextApiRequest, NextApiResponse } from 'next';
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  res.status(200).json([]);
}`,
});

runCheckCases('rate-limit-missing', {
  invalid: [
    {
      name: 'next.js + next-auth: a login limiter made but never consumed',
      files: nextAuthLimiterApp('console.info(email, loginLimiter);'),
    },
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
      name: "next.js + next-auth: `authorize()` consumes a RateLimiterMemory before checking the password (no route's chain shows it)",
      files: nextAuthLimiterApp('await loginLimiter.consume(email);'),
    },
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

describe('where the app-wide finding points', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vas-primary-app-'));
    const files: Record<string, string> = {
      'package.json': JSON.stringify({ dependencies: { express: '^5' } }),
      // a seed script that also builds an app, found first in file order
      'scripts/seed.js': "import express from 'express';\nconst app = express();\napp.listen(0);\n",
      'src/app.js':
        "import express from 'express';\nconst app = express();\napp.get('/api/v1/notes', (req, res) => res.json([]));\napp.listen(3000);\n",
    };
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(join(dir, rel, '..'), { recursive: true });
      writeFileSync(join(dir, rel), text);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("points at the API's entry point, not at a script that also creates an app", async () => {
    const report = await scan(dir);
    const f = report.findings.find((x) => x.ruleId === 'vas/rate-limit-missing');
    expect(f?.location?.file).toBe('src/app.js');
  });
});
