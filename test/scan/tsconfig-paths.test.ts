import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.ts';

describe('imports through tsconfig paths aliases', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vas-paths-'));
    mkdirSync(join(dir, 'server', 'routes'), { recursive: true });
    mkdirSync(join(dir, 'server', 'middleware'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ dependencies: { express: '^5', jsonwebtoken: '^9' } }));
    // JSON with comments and a trailing comma, as tsc accepts it
    writeFileSync(
      join(dir, 'tsconfig.json'),
      '{\n  "compilerOptions": {\n    // aliases\n    "paths": { "@server/*": ["./server/*"], },\n  },\n}\n',
    );
    writeFileSync(
      join(dir, 'server', 'app.ts'),
      "import express from 'express';\nimport notes from '@server/routes/notes';\nconst app = express();\napp.use('/api/v1/notes', notes);\napp.listen(3000);\n",
    );
    writeFileSync(
      join(dir, 'server', 'middleware', 'auth.ts'),
      "import jwt from 'jsonwebtoken';\nexport function requireAuth(req, res, next) {\n  try {\n    req.user = jwt.verify(req.headers.authorization ?? '', process.env.JWT_SECRET!);\n    next();\n  } catch {\n    res.status(401).json({ error: 'unauthorized' });\n  }\n}\n",
    );
    writeFileSync(
      join(dir, 'server', 'routes', 'notes.ts'),
      "import { Router } from 'express';\nimport { requireAuth } from '@server/middleware/auth';\nconst router = Router();\nrouter.get('/:id', requireAuth, (req, res) => res.json({ id: req.params.id }));\nexport default router;\n",
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('follows the alias to the router (mount prefix) and to the auth middleware', async () => {
    const report = await scan(dir);
    expect(report.endpoints.map((e) => `${e.method} ${e.path} ${e.auth}`)).toEqual(['GET /api/v1/notes/{id} required']);
  });
});
