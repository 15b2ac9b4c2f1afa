import { runCheckCases } from './check-tester.ts';
import { EXPRESS_REQUIRE_AUTH } from './snippets.ts';

runCheckCases('input-validation-sql-injection', {
  invalid: [
    {
      name: 'express + better-sqlite3: the username concatenated into the middle of the statement ("… = \'" + username + "\'")',
      endpoint: 'POST /login',
      files: {
        'src/app.js': `const express = require('express');
const Database = require('better-sqlite3');
const db = new Database('app.db');
const app = express();
app.use(express.json());
app.post('/login', (req, res) => {
  const { username } = req.body;
  const user = db.prepare("SELECT id, username FROM users WHERE username = '" + username + "'").get();
  res.json({ id: user ? user.id : null });
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + pg: template literal with req.query',
      endpoint: 'GET /contacts',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import pg from 'pg';
import { requireAuth } from './auth.js';
const pool = new pg.Pool();
const app = express();
app.get('/contacts', requireAuth, async (req, res) => {
  const { rows } = await pool.query(\`SELECT id, name FROM contacts WHERE owner_id = $1 AND name ILIKE '%\${req.query.q}%'\`, [req.user.id]);
  res.json(rows);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + better-sqlite3: string concatenation with req.params',
      endpoint: 'GET /notes/:id',
      files: {
        'src/app.js': `import express from 'express';
import Database from 'better-sqlite3';
const db = new Database('app.db');
const app = express();
app.get('/notes/:id', (req, res) => {
  const note = db.prepare('SELECT id, title FROM notes WHERE id = ' + req.params.id).get();
  res.json(note ?? null);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: $queryRawUnsafe with interpolated req.query',
      endpoint: 'GET /users/search',
      files: {
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.get('/users/search', async (req, res) => {
  const rows = await prisma.$queryRawUnsafe(\`SELECT id, name FROM "User" WHERE name LIKE '%\${req.query.q}%'\`);
  res.json(rows);
});
app.listen(3000);`,
      },
    },
    {
      name: 'koa + sequelize: sequelize.query with interpolated ctx.query',
      endpoint: 'GET /orders',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import { Sequelize, QueryTypes } from 'sequelize';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const app = new Koa();
const router = new Router();
router.get('/orders', async (ctx) => {
  ctx.body = await sequelize.query(\`SELECT id, total FROM orders WHERE status = '\${ctx.query.status}'\`, { type: QueryTypes.SELECT });
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
  ],
  valid: [
    {
      name: 'express + pg: bound parameters',
      endpoint: 'GET /contacts',
      files: {
        'src/auth.js': EXPRESS_REQUIRE_AUTH,
        'src/app.js': `import express from 'express';
import pg from 'pg';
import { requireAuth } from './auth.js';
const pool = new pg.Pool();
const app = express();
app.get('/contacts', requireAuth, async (req, res) => {
  const { rows } = await pool.query('SELECT id, name FROM contacts WHERE owner_id = $1 AND name ILIKE $2', [req.user.id, \`%\${req.query.q}%\`]);
  res.json(rows);
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + better-sqlite3: sort column from an allow-list',
      endpoint: 'GET /notes',
      files: {
        'src/app.js': `import express from 'express';
import Database from 'better-sqlite3';
const db = new Database('app.db');
const SORTS = { title: 'title', created: 'created_at' };
const app = express();
app.get('/notes', (req, res) => {
  const column = SORTS[req.query.sort] ?? 'created_at';
  res.json(db.prepare(\`SELECT id, title FROM notes ORDER BY \${column} DESC\`).all());
});
app.listen(3000);`,
      },
    },
    {
      name: 'express + prisma: $queryRaw tagged template (parameterised)',
      endpoint: 'GET /users/search',
      files: {
        'src/app.js': `import express from 'express';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const app = express();
app.get('/users/search', async (req, res) => {
  const q = \`%\${String(req.query.q)}%\`;
  const rows = await prisma.$queryRaw\`SELECT id, name FROM "User" WHERE name LIKE \${q}\`;
  res.json(rows);
});
app.listen(3000);`,
      },
    },
    {
      name: 'koa + sequelize: replacements instead of interpolation',
      endpoint: 'GET /orders',
      files: {
        'src/app.js': `import Koa from 'koa';
import Router from '@koa/router';
import { Sequelize, QueryTypes } from 'sequelize';
const sequelize = new Sequelize(process.env.DATABASE_URL);
const app = new Koa();
const router = new Router();
router.get('/orders', async (ctx) => {
  ctx.body = await sequelize.query('SELECT id, total FROM orders WHERE status = :status', { replacements: { status: String(ctx.query.status) }, type: QueryTypes.SELECT });
});
app.use(router.routes());
app.listen(3000);`,
      },
    },
  ],
});
