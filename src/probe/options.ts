import type { Report } from '../core/report.ts';

/** Credentials for one identity: a password to log in with, or a ready token/headers/cookies. */
export interface IdentityInput {
  name: string;
  username?: string;
  password?: string;
  token?: string;
  headers?: Record<string, string>;
  cookies?: Record<string, string>;
}

/** An explicit login recipe, for APIs whose login route or body shape cannot be inferred. */
export interface LoginRecipe {
  method?: 'POST' | 'PUT';
  path: string;
  /** body template; `{username}` and `{password}` are replaced */
  body?: Record<string, unknown>;
  contentType?: 'application/json' | 'application/x-www-form-urlencoded';
  /** dot path of the token in the response (`data.accessToken`); found automatically when absent */
  tokenPath?: string;
  /** how to send the token: `bearer` (default), `header:X-Api-Key`, `cookie:session` */
  send?: string;
}

export interface ProbeOptions {
  /** base URL of the running API */
  target: string;
  /** OpenAPI / Swagger document: a file path or a path on the target (`/openapi.json`) */
  spec?: string;
  /** a static report (`vas scan --format json`) whose inventory to use */
  staticReport?: Report;
  /** a source directory to scan for the inventory */
  source?: string;
  identities?: IdentityInput[];
  login?: LoginRecipe;
  /** probe ids to run (default: all that are on by default) */
  probes?: string[];
  exclude?: string[];
  allowDestructive?: boolean;
  dryRun?: boolean;
  maxRequests?: number;
  maxRequestsPerEndpoint?: number;
  rps?: number;
  timeoutMs?: number;
  maxResponseBytes?: number;
  /** login/reset/OTP burst size, at most 30 */
  burst?: number;
  /** longest Retry-After the prober waits for, in seconds */
  maxRetryAfter?: number;
  /** extra values for parameters by name (`{"accountId": "acc_1"}`) */
  values?: Record<string, string>;
  /** where progress lines go (default: none) */
  progress?: NodeJS.WriteStream | null;
  quiet?: boolean;
  verbose?: boolean;
}

export const DEFAULTS = {
  maxRequests: 2000,
  maxRequestsPerEndpoint: 80,
  rps: 200,
  timeoutMs: 10_000,
  maxResponseBytes: 1_000_000,
  burst: 30,
  maxRetryAfter: 3,
} as const;

export const MAX_BURST = 30;
