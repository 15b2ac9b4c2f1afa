import type { Endpoint } from '../core/endpoint.ts';

/** Routes of the authentication flow itself: where brute force and credential stuffing happen. */
export const AUTH_FLOW =
  /(?:^|\/)(?:login|signin|sign-in|log-in|session|sessions|token|register|signup|sign-up|forgot|forgot-password|reset|reset-password|password-reset|password|otp|verify|verify-otp|2fa|mfa|two-factor|magic-link|verification|confirm)(?:\/|$)/i;

export function isAuthFlow(e: Endpoint): boolean {
  return e.method !== 'GET' && AUTH_FLOW.test(e.path);
}

export function isAdminPath(e: Endpoint): boolean {
  return /\/(?:admin|administrator|staff|backoffice|superuser|moderation)(?:\/|$)/i.test(e.path);
}

export function isHealth(e: Endpoint): boolean {
  return (
    /\/(?:health|healthz|healthcheck|ready|readyz|live|livez|ping|status|metrics|version)$/i.test(e.path) ||
    e.path === '/'
  );
}
