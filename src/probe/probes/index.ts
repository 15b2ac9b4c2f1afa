import bola from './bola-cross-user-access.ts';
import type { Probe } from './define.ts';
import missingAuth from './missing-auth-unauthenticated-access.ts';

/** Every probe by id, in the order a run uses them (rate limiting last). Static imports: no directory scanning. */
export const PROBES = {
  'missing-auth-unauthenticated-access': missingAuth,
  'bola-cross-user-access': bola,
} as const satisfies Record<string, Probe>;

export type ProbeId = keyof typeof PROBES;
