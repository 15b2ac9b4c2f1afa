import type { AppInfo, Endpoint } from '../core/endpoint.ts';
import { type ModelInfo, modelKey, PERSON_MODEL } from '../facts/models.ts';
import { ACCOUNT_AUTH_STEP, LOGIN_VARIANTS } from '../facts/public.ts';

/** Routes of the authentication flow itself: where brute force and credential stuffing happen. */
export const AUTH_FLOW = new RegExp(
  `(?:^|/)(?:login|signin|sign-in|log-in|session|sessions|token|register|signup|sign-up|forgot|forgot-password|reset|reset-password|password-reset|password|otp|verify|verify-otp|2fa|mfa|two-factor|magic-link|verification|confirm|activate|activation|account-activation|resend-verification|verify-email|verify-phone|verify-code|callback/credentials|${LOGIN_VARIANTS})(?:/|$)`,
  'i',
);

export function isAuthFlow(e: Endpoint): boolean {
  if (e.method !== 'GET' && ACCOUNT_AUTH_STEP.test(e.path)) return true;
  // a sign-up recognised by what it does (`POST /api/users` that hashes a password and creates the user)
  // …and a sign-in recognised the same way (`POST /portal/access` that checks a code and signs a token)
  if (e.facts?.public.intended && (e.facts.public.reason === 'sign-up' || e.facts.public.reason === 'sign-in'))
    return true;
  if (e.method === 'GET' || !AUTH_FLOW.test(e.path)) return false;
  // `/transfers/{id}/confirm` with a one-time code in the body is a step an attacker can brute-force
  return (
    AUTH_FLOW.test(objectActionsRemoved(e.path)) ||
    e.handlers.some((h) => ONE_TIME_CODE.test(h.file.text.slice(h.fn.start, h.fn.end)))
  );
}

/** A one-time code, PIN or token read in a handler (`req.body.code`, `{ otp }`, `body.pin`). */
const ONE_TIME_CODE =
  /(?:\b(?:body|input|data|dto)|\))\??\.(?:code|otp|pin|totp|verificationCode|confirmationCode)\b|\{[^}]*\b(?:otp|pin|totp|code)\b[^}]*\}\s*=\s*(?:req|ctx|request|c)\b/;

/**
 * `/bookings/{id}/confirm`, `/boats/{id}/verify`: an action on an object, not the auth flow's confirm or verify step
 * (`/auth/verify`, `/verify-email/{token}` stay).
 */
function objectActionsRemoved(path: string): string {
  return (
    path
      .replace(
        /\/\{[^}]+\}\/(?:confirm|verify|verify-email|verify-phone|activate|activation|verification)(?=\/|$)/gi,
        '/{}',
      )
      // (a session addressed by its id and acted on, `/sessions/{id}/status`, is a record: a coaching session, a
      // class — signing in does not name one)
      .replace(/\/sessions?\/\{[^}]+\}\/.*$/i, '/{}')
  );
}

/**
 * A route of the admin area. `/staff/…` is the staff's area (`/clinics/{clinicId}/staff` is the clinic's staff, a
 * collection of the object) — unless, given the app's models, staff are the app's only accounts (a warehouse whose
 * pickers, drivers and managers all sign in as `Staff`): then `/staff/me` and `/staff/{id}` are everyone's accounts.
 */
export function isAdminPath(e: Endpoint, models?: ReadonlyMap<string, ModelInfo>): boolean {
  // (the caller's own account, wherever it sits: `/staff/me`, `/admin/me/password`)
  if (/\/me(?:\/|$)/i.test(e.path)) return false;
  if (/\/(?:admin|administrator|backoffice|superuser|moderation)(?:\/|$)/i.test(e.path)) return true;
  return /(?<!\})\/staff(?:\/|$)/i.test(e.path) && !(models && staffAreTheAccounts(models));
}

const STAFF_ACCOUNTS = new WeakMap<ReadonlyMap<string, ModelInfo>, boolean>();
const CREDENTIAL = /password|passwd/i;
const STAFF_MODEL = /^staff(?:member)?$/;

/** The only people who sign in (a model of people with a password field) are staff. */
function staffAreTheAccounts(models: ReadonlyMap<string, ModelInfo>): boolean {
  let known = STAFF_ACCOUNTS.get(models);
  if (known === undefined) {
    const accounts = [...models.values()].filter(
      (m) => PERSON_MODEL.test(modelKey(m.name)) && [...m.fields].some((x) => CREDENTIAL.test(x)),
    );
    known = accounts.length > 0 && accounts.every((m) => STAFF_MODEL.test(modelKey(m.name)));
    STAFF_ACCOUNTS.set(models, known);
  }
  return known;
}

export function isHealth(e: Endpoint): boolean {
  return (
    // (not a field or feed of an object: `/greenhouses/{id}/live`, `/orders/{id}/status`)
    (/\/(?:health|healthz|healthcheck|ready|readyz|live|livez|ping|status|metrics|version)$/i.test(e.path) &&
      !/\}\/[\w-]+$/.test(e.path)) ||
    e.path === '/'
  );
}

/** Folders of scripts that start an app for a side job (seeding, a deploy recipe), not the API itself. */
const SIDE_SCRIPT =
  /(?:^|\/)(?:seeds?|seeders?|scripts?|migrations?|fixtures?|deploy[\w-]*|recipes?|examples?|tools?|bin)\//i;
const ENTRY_FILE = /(?:^|\/)(?:main|app|server|index)\.[cm]?[jt]sx?$/;

/**
 * The app an app-wide finding points at: the API's entry point (`src/main.ts`, `app.js`), not a seed script or a
 * deploy recipe that also creates an app instance.
 */
export function primaryApp(apps: readonly AppInfo[]): AppInfo | undefined {
  const rank = (a: AppInfo) => (SIDE_SCRIPT.test(a.file.rel) ? 2 : 0) + (ENTRY_FILE.test(a.file.rel) ? 0 : 1);
  return [...apps].sort((a, b) => rank(a) - rank(b))[0];
}
