import bola from './bola-cross-user-access.ts';
import forgedToken from './broken-auth-forged-token.ts';
import noExpiry from './broken-auth-token-without-expiry.ts';
import weakSecret from './broken-auth-weak-jwt-secret.ts';
import dataExposure from './data-exposure-sensitive-fields.ts';
import type { Probe } from './define.ts';
import errorLeak from './error-leak-error-body.ts';
import massAssignment from './input-validation-mass-assignment.ts';
import operatorInjection from './input-validation-operator-injection.ts';
import missingAuth from './missing-auth-unauthenticated-access.ts';
import rateLimit from './rate-limit-login-burst.ts';
import versioning from './versioning-none.ts';

/**
 * Every probe by id, in the order a run uses them. Data exposure reads the responses of all the others, so it runs
 * late; rate limiting runs last, because a lockout must not spoil the others. Static imports: no directory scanning.
 */
export const PROBES = {
  'missing-auth-unauthenticated-access': missingAuth,
  'bola-cross-user-access': bola,
  'input-validation-mass-assignment': massAssignment,
  'input-validation-operator-injection': operatorInjection,
  'error-leak-error-body': errorLeak,
  'broken-auth-forged-token': forgedToken,
  'broken-auth-weak-jwt-secret': weakSecret,
  'broken-auth-token-without-expiry': noExpiry,
  'versioning-none': versioning,
  'data-exposure-sensitive-fields': dataExposure,
  'rate-limit-login-burst': rateLimit,
} as const satisfies Record<string, Probe>;

export type ProbeId = keyof typeof PROBES;
