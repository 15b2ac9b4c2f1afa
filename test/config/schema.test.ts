import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/config/json-schema.ts';
import { parseConfig } from '../../src/config/load.ts';

const SCHEMA_FILE = new URL('../../schema/config.schema.json', import.meta.url);
const PROBE_FRAGMENT = new URL('../../src/probe/config-schema.json', import.meta.url);

function expected(): Record<string, unknown> {
  const fragment = existsSync(PROBE_FRAGMENT)
    ? (JSON.parse(readFileSync(PROBE_FRAGMENT, 'utf8')) as Record<string, unknown>)
    : undefined;
  return configJsonSchema(fragment);
}

describe('schema/config.schema.json', () => {
  it('is the schema generated from src/config/schema.ts (VAS_WRITE_SCHEMA=1 regenerates it)', () => {
    const want = `${JSON.stringify(expected(), null, 2)}\n`;
    if (process.env.VAS_WRITE_SCHEMA) writeFileSync(SCHEMA_FILE, want);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(want);
  });

  // The published schema (for editors) and loadConfig (for the CLI) must say the same yes or no.
  const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
  const accepts = (value: unknown) => {
    try {
      parseConfig(value, 'vas.config.json');
      return true;
    } catch {
      return false;
    }
  };
  it.each([
    [true, {}],
    [true, { $schema: './node_modules/vas/schema/config.schema.json' }],
    [true, { publicRoutes: ['GET /health', '/api/auth/**', 'POST /api/users/:id/reset'] }],
    [true, { trust: { auth: ['requireSession'], ownership: ['assertOwner'], rateLimit: ['throttle'] } }],
    [true, { ignore: ['scripts/', '**/*.spec.ts'] }],
    [true, { rules: { 'vas/versioning-none': 'off', 'rate-limit-login-unlimited': 'critical' } }],
    [true, { failOn: 'high', baseline: 'vas-baseline.json' }],
    [true, { probe: { target: 'http://127.0.0.1:3000', users: ['alice:pw', 'bob:pw'], maxRequests: 200 } }],
    [false, { probe: { target: 3000 } }],
    [false, { probe: { users: ['no-password'] } }],
    [false, { probe: { nonsense: true } }],
    [false, { publicRoutes: ['health'] }],
    [false, { publicRoutes: ['get /health'] }],
    [false, { trust: { auth: 'requireSession' } }],
    [false, { trust: { roles: ['x'] } }],
    [false, { rules: { 'vas/versioning-none': 'warn' } }],
    [false, { rules: { 'Not An Id': 'off' } }],
    [false, { failOn: 'severe' }],
    [false, { ignored: ['x'] }],
    [false, []],
  ])('agrees with loadConfig: %s for %j', (valid, config) => {
    expect(validate(config)).toBe(valid);
    expect(accepts(config)).toBe(valid);
  });
});
