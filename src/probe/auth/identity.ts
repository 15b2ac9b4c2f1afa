import type { AuthScheme, Operation } from '../operations/operation.ts';
import { decodeJwt, secondsToExpiry } from './jwt.ts';

/** Someone the prober acts as. `anonymous` carries no credentials at all. */
export interface Identity {
  name: string;
  anonymous: boolean;
  username?: string;
  password?: string;
  /** the credential value sent according to `scheme` (a bearer token, an API key ...) */
  token?: string;
  scheme: AuthScheme | null;
  cookies: Record<string, string>;
  /** headers given by the user for this identity, sent as is */
  headers: Record<string, string>;
  /** what the API told us about this identity: its user id, e-mail ... (learned from tokens and responses) */
  userId?: string | number;
  email?: string;
  loginOp?: Operation;
  loggedIn: boolean;
  verified: boolean;
  verifiedWith?: string;
  logins: number;
  notes: string[];
}

export function anonymousIdentity(): Identity {
  return {
    name: 'anonymous',
    anonymous: true,
    scheme: null,
    cookies: {},
    headers: {},
    loggedIn: false,
    verified: false,
    logins: 0,
    notes: [],
  };
}

export function newIdentity(name: string): Identity {
  return {
    name,
    anonymous: false,
    scheme: null,
    cookies: {},
    headers: {},
    loggedIn: false,
    verified: false,
    logins: 0,
    notes: [],
  };
}

/** Headers (and query params) that carry an identity's credentials. */
export function credentialParts(id: Identity): { headers: Record<string, string>; query: Record<string, string> } {
  const headers: Record<string, string> = { ...id.headers };
  const query: Record<string, string> = {};
  const cookies = { ...id.cookies };
  const scheme = id.scheme ?? (id.token ? { kind: 'bearer' as const } : null);
  if (scheme?.kind === 'basic' && id.username !== undefined && id.password !== undefined) {
    headers.authorization = `Basic ${Buffer.from(`${id.username}:${id.password}`).toString('base64')}`;
  } else if (id.token && scheme) {
    if (scheme.kind === 'bearer') headers.authorization = `Bearer ${id.token}`;
    else if (scheme.kind === 'header') headers[scheme.name.toLowerCase()] = id.token;
    else if (scheme.kind === 'cookie') cookies[scheme.name] = id.token;
    else if (scheme.kind === 'query') query[scheme.name] = id.token;
  }
  const cookie = Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  if (cookie) headers.cookie = headers.cookie ? `${headers.cookie}; ${cookie}` : cookie;
  return { headers, query };
}

/** Values that identify this identity in responses: user id, username, e-mail. */
export function identityFacts(id: Identity): string[] {
  return [id.userId, id.username, id.email].filter((v) => v !== undefined && v !== '').map(String);
}

/** Learns user id / e-mail / username from a token's claims. */
export function learnFromToken(id: Identity): void {
  if (!id.token) return;
  const jwt = decodeJwt(id.token);
  if (!jwt) return;
  const claims = jwt.payload;
  for (const key of ['sub', 'id', 'userId', 'user_id', 'uid']) {
    const v = claims[key];
    if ((typeof v === 'string' || typeof v === 'number') && id.userId === undefined) id.userId = v;
  }
  for (const key of ['email', 'mail', 'upn']) {
    const v = claims[key];
    if (typeof v === 'string' && v.includes('@') && !id.email) id.email = v;
  }
  if (id.username === undefined) {
    const v = claims.username ?? claims.preferred_username;
    if (typeof v === 'string') id.username = v;
  }
}

/** True when the token is a JWT that has expired or will within `marginSeconds`. */
export function tokenExpiring(id: Identity, marginSeconds = 5): boolean {
  if (!id.token) return false;
  const jwt = decodeJwt(id.token);
  const left = jwt ? secondsToExpiry(jwt) : null;
  return left !== null && left < marginSeconds;
}
