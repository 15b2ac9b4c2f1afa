import type { Check } from '../core/check.ts';
import bolaMissingOwnershipCheck from './bola-missing-ownership-check.ts';
import brokenAuthHardcodedSecret from './broken-auth-hardcoded-secret.ts';
import brokenAuthInsecureCookie from './broken-auth-insecure-cookie.ts';
import brokenAuthPlaintextPassword from './broken-auth-plaintext-password.ts';
import brokenAuthTokenHandling from './broken-auth-token-handling.ts';
import dataExposureRecoverySecret from './data-exposure-recovery-secret.ts';
import dataExposureWholeRecord from './data-exposure-whole-record.ts';
import errorLeakDetailsInResponse from './error-leak-details-in-response.ts';
import inputValidationMassAssignment from './input-validation-mass-assignment.ts';
import inputValidationNosqlInjection from './input-validation-nosql-injection.ts';
import inputValidationSqlInjection from './input-validation-sql-injection.ts';
import missingAuthAdminWithoutRole from './missing-auth-admin-without-role.ts';
import missingAuthUnprotectedRoute from './missing-auth-unprotected-route.ts';
import rateLimitAuthRoute from './rate-limit-auth-route.ts';
import rateLimitMissing from './rate-limit-missing.ts';
import versioningNone from './versioning-none.ts';

/** Every check, by id (static imports: no file-system scanning at start-up). Order = report order within a category. */
export const CHECKS = {
  'missing-auth-unprotected-route': missingAuthUnprotectedRoute,
  'missing-auth-admin-without-role': missingAuthAdminWithoutRole,
  'bola-missing-ownership-check': bolaMissingOwnershipCheck,
  'broken-auth-token-handling': brokenAuthTokenHandling,
  'broken-auth-plaintext-password': brokenAuthPlaintextPassword,
  'broken-auth-insecure-cookie': brokenAuthInsecureCookie,
  'broken-auth-hardcoded-secret': brokenAuthHardcodedSecret,
  'data-exposure-whole-record': dataExposureWholeRecord,
  'data-exposure-recovery-secret': dataExposureRecoverySecret,
  'rate-limit-auth-route': rateLimitAuthRoute,
  'rate-limit-missing': rateLimitMissing,
  'input-validation-sql-injection': inputValidationSqlInjection,
  'input-validation-nosql-injection': inputValidationNosqlInjection,
  'input-validation-mass-assignment': inputValidationMassAssignment,
  'error-leak-details-in-response': errorLeakDetailsInResponse,
  'versioning-none': versioningNone,
} satisfies Record<string, Check>;

export type CheckId = keyof typeof CHECKS;
