/**
 * Secrets people ship: defaults from tutorials and framework templates. Kept small on purpose: the probe
 * cracks offline, and a short list plus words from the target itself finds what a real attacker finds first.
 */
export const WEAK_SECRETS: readonly string[] = [
  'secret',
  'secret123',
  'secretkey',
  'secret-key',
  'secret_key',
  'supersecret',
  'super-secret',
  'super_secret',
  'supersecretkey',
  'topsecret',
  'mysecret',
  'my-secret',
  'my_secret',
  'mysecretkey',
  'my-secret-key',
  'changeme',
  'change-me',
  'change_me',
  'changethis',
  'password',
  'password123',
  'passw0rd',
  'admin',
  'default',
  'test',
  'testing',
  'dev',
  'development',
  'devsecret',
  'dev-secret',
  'local',
  'localsecret',
  'jwt',
  'jwtsecret',
  'jwt-secret',
  'jwt_secret',
  'JWT_SECRET',
  'jwtSecret',
  'jwt-secret-key',
  'jwt_secret_key',
  'jwtkey',
  'jwt-key',
  'your-256-bit-secret',
  'your_jwt_secret',
  'your-jwt-secret',
  'your-secret',
  'your_secret',
  'your-secret-key',
  'your_secret_key',
  'yoursecretkey',
  'keyboard cat',
  'shhhhh',
  'shhhhhhared-secret',
  's3cr3t',
  's3cret',
  'token',
  'tokensecret',
  'token-secret',
  'auth',
  'authsecret',
  'auth-secret',
  'app-secret',
  'appsecret',
  'app_secret',
  'api-secret',
  'apisecret',
  'api_secret',
  'key',
  'private',
  'privatekey',
  'private-key',
  'qwerty',
  '123456',
  '12345678',
  '1234567890',
  'abc123',
  'letmein',
  'hello',
  'hunter2',
  'access',
  'access-secret',
  'accesstoken',
  'refresh-secret',
  'session-secret',
  'sessionsecret',
  'cookie-secret',
  'node',
  'express',
  'nestjs',
  'fastify',
  'hono',
  'koa',
  'next',
  'nextauth',
  'example',
  'sample',
  'demo',
  'foobar',
  'foo',
  'bar',
  'batman',
  'gfg_jwt_secret_key',
  'secretOrPrivateKey',
];

const SUFFIXES = [
  '',
  '-secret',
  '_secret',
  'secret',
  '-jwt-secret',
  '_jwt_secret',
  '-jwt',
  '_jwt',
  '-key',
  '-secret-key',
  '_secret_key',
  '-dev-secret',
  '-token-secret',
  '-auth-secret',
  '-api-secret',
  '123',
  '-dev',
];
const STOP = new Set([
  'api',
  'apis',
  'the',
  'a',
  'an',
  'service',
  'server',
  'backend',
  'rest',
  'v1',
  'v2',
  'v3',
  'app',
  'and',
  'of',
  'for',
]);

/**
 * Candidates built from the target's own words (API title, host, first path segments), the way a developer names
 * a secret after the project: `bookmarks-secret`, `chat-rooms-jwt-secret`.
 */
export function contextSecrets(words: string[]): string[] {
  const tokens = words
    .flatMap((w) => w.split(/[^A-Za-z0-9]+/))
    .map((w) => w.toLowerCase())
    .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w));
  const unique = [...new Set(tokens)].slice(0, 8);
  const bases = new Set<string>(unique);
  for (let i = 0; i + 1 < unique.length; i++) {
    const a = unique[i];
    const b = unique[i + 1];
    bases.add(`${a}-${b}`).add(`${a}_${b}`).add(`${a}${b}`);
  }
  const all = unique.join('-');
  if (all) bases.add(all).add(all.replace(/-/g, '_')).add(all.replace(/-/g, ''));
  const out: string[] = [];
  for (const base of bases) for (const suffix of SUFFIXES) out.push(`${base}${suffix}`);
  return out;
}
