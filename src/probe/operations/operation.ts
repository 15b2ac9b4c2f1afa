import type { HttpMethod } from '../../core/finding.ts';
import type { Location } from '../../core/location.ts';

/** A JSON Schema fragment as found in an OpenAPI document (already dereferenced). */
export type JsonSchema = { [key: string]: unknown };

export interface Param {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
}

/** How a credential travels, from the spec's securitySchemes (or guessed from the login response). */
export type AuthScheme =
  | { kind: 'bearer' }
  | { kind: 'basic' }
  | { kind: 'header'; name: string }
  | { kind: 'cookie'; name: string }
  | { kind: 'query'; name: string };

/** One operation the prober may call: from an OpenAPI document, a static report, or both. */
export interface Operation {
  method: HttpMethod;
  /** path template as a client sees it, params as `{name}` */
  path: string;
  params: Param[];
  body: { contentType: string; schema: JsonSchema; required: boolean } | null;
  /** schema of the documented 2xx response, when there is one */
  response: JsonSchema | null;
  /** whether the operation is documented/recognised as requiring credentials */
  auth: 'required' | 'none' | 'unknown';
  /** intended to be public (login, health, public catalogs ...) */
  public: boolean;
  schemes: AuthScheme[];
  location: Location | null;
  source: 'openapi' | 'inventory';
  summary?: string;
}

export function opKey(op: { method: string; path: string }): string {
  return `${op.method.toUpperCase()} ${op.path}`;
}

/** `{id}`-style parameter names of a template, in order. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
}

/** Compares templates ignoring parameter names: /a/{id} matches /a/{bookmarkId}. */
export function sameTemplate(a: string, b: string): boolean {
  const norm = (p: string) =>
    p
      .replace(/\{[^}]*\}/g, '{}')
      .replace(/\/+$/, '')
      .toLowerCase() || '/';
  return norm(a) === norm(b);
}

const AUTH_FLOW = {
  login: /(^|\/)(log-?in|sign-?in|authenticate|auth|token|tokens|sessions?|oauth\/token)$/i,
  register: /(^|\/)(register|sign-?up|signup|join|users)$/i,
  reset: /(forgot|reset|recover)/i,
  otp: /(otp|2fa|mfa|verify|verification|confirm|code|pin)/i,
  logout: /(log-?out|sign-?out|revoke)/i,
  refresh: /refresh/i,
};

/** Property names of an object schema (top level). */
export function bodyProps(op: Operation): string[] {
  const props = op.body?.schema.properties;
  return props && typeof props === 'object' ? Object.keys(props) : [];
}

const PASSWORD_FIELD = /^(password|pass|passwd|pwd|passphrase|secret)$/i;
const NEW_PASSWORD_FIELD = /^(new_?password|password_?new|newpass)$/i;
const CODE_FIELD =
  /^(code|otp|otp_?code|token|pin|verification_?code|reset_?code|one_?time_?code|confirmation_?code)$/i;

export function passwordField(op: Operation): string | undefined {
  return bodyProps(op).find((p) => PASSWORD_FIELD.test(p));
}

export function codeField(op: Operation): string | undefined {
  return bodyProps(op).find((p) => CODE_FIELD.test(p));
}

/** What an auth-flow route is for; null for ordinary routes. Drives login inference and the rate-limit probe. */
export function authFlowKind(op: Operation): 'login' | 'register' | 'reset' | 'otp' | 'logout' | 'refresh' | null {
  const path = op.path.replace(/\/\{[^}]+\}$/, '');
  if (AUTH_FLOW.logout.test(path)) return 'logout';
  if (op.method !== 'POST' && op.method !== 'PUT') return null;
  if (AUTH_FLOW.refresh.test(path)) return 'refresh';
  const props = bodyProps(op);
  if (AUTH_FLOW.reset.test(path) || props.some((p) => NEW_PASSWORD_FIELD.test(p))) return 'reset';
  if (/(register|sign-?up|signup)/i.test(path)) return 'register';
  if (AUTH_FLOW.login.test(path) && (props.length === 0 || passwordField(op))) return 'login';
  if (passwordField(op) && /auth|session|log/i.test(path) && !op.path.includes('{')) return 'login';
  if (AUTH_FLOW.otp.test(op.path) && (codeField(op) || (props.length === 0 && op.source === 'inventory'))) return 'otp';
  if (op.public && passwordField(op) && AUTH_FLOW.register.test(path)) return 'register';
  return null;
}

/** Paths that are public by convention even without a spec saying so. */
export function conventionallyPublic(op: Operation): boolean {
  return /(^|\/)(health|healthz|ready|readyz|live|livez|ping|status|version|docs|openapi(\.json|\.yaml)?|swagger(\.json)?|api-docs)$/i.test(
    op.path,
  );
}
