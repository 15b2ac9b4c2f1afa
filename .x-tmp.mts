import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { NEXT_PAGES_WITH_AUTH, NEXT_PAGES_MONGOOSE_MODELS } from './test/checks/snippets.ts';
const src = await import('node:fs').then(f => f.readFileSync('test/checks/missing-auth-unprotected-route.test.ts', 'utf8'));
const m = src.match(/'pages\/api\/orders\/index.ts': `([\s\S]*?)`,/);
const files = { 'package.json': '{ "dependencies": { "next": "14.0.0", "mongoose": "8.0.0", "jsonwebtoken": "9.0.0" } }', 'lib/auth.ts': NEXT_PAGES_WITH_AUTH, 'lib/models.ts': NEXT_PAGES_MONGOOSE_MODELS, 'pages/api/orders/index.ts': m![1]!.replace(/\\`/g,'`') };
for (const [k, v] of Object.entries(files)) { mkdirSync(dirname(join('/tmp/t1', k)), { recursive: true }); writeFileSync(join('/tmp/t1', k), v); }
