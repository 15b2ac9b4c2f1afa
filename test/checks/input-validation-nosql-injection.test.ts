import { runCheckCases } from './check-tester.ts';

runCheckCases('input-validation-nosql-injection', {
  invalid: [
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
      name: 'fastify + mongoose: find filter from request.query',
      endpoint: 'GET /notes',
      files: {
        'src/server.js': `import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
import mongoose from 'mongoose';
const Note = mongoose.model('Note', new mongoose.Schema({ text: String, tag: String, owner: String }));
const fastify = Fastify();
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
