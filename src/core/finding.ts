import type { Category } from './category.ts';
import type { Location } from './location.ts';
import type { Confidence, Severity } from './severity.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';
/** "ALL" is an `app.all`/`use`-style catch-all. */
export type EndpointMethod = HttpMethod | 'ALL';

export interface EndpointRef {
  method: EndpointMethod;
  path: string;
}

/** Fix advice, written for the detected stack. */
export interface Fix {
  summary: string;
  steps: string[];
  example?: string;
}

/** One HTTP exchange that proves a dynamic finding. Secrets are redacted before they get here. */
export interface Evidence {
  description: string;
  request: { method: string; url: string; headers?: Record<string, string>; body?: string };
  response?: { status: number; headers?: Record<string, string>; body?: string };
  /** A `curl` line that reproduces the request (credentials replaced by placeholders). */
  curl?: string;
}

export interface Finding {
  /** `vas/<check-id>` */
  ruleId: string;
  category: Category;
  severity: Severity;
  confidence: Confidence;
  message: string;
  location: Location | null;
  /** null for application-wide findings */
  endpoint: EndpointRef | null;
  fix: Fix;
  evidence: Evidence[];
  /** Stable across unrelated edits; used by baselines and SARIF partialFingerprints. */
  fingerprint?: string;
}
