import type { SentRequest } from './exchange.ts';

const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
// a header carrying a $VAS_ placeholder is double-quoted so the shell expands it
const hq = (s: string) => (s.includes('$VAS_') ? `"${s.replace(/(["\\`])/g, '\\$1')}"` : sq(s));

/** A `curl` line that reproduces a (redacted) request; placeholders like `$VAS_TOKEN_BOB` are left for the user. */
export function toCurl(req: SentRequest): string {
  const parts = ['curl', '-i', '-X', req.method, sq(req.url)];
  for (const [name, value] of Object.entries(req.headers)) {
    if (/^(content-length|host|connection)$/i.test(name)) continue;
    parts.push('-H', hq(`${name}: ${value}`));
  }
  if (req.body !== undefined && req.body !== '') parts.push('--data-raw', sq(req.body));
  return parts.join(' ');
}
