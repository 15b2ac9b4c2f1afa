import type { AppFacts } from '../facts/index.ts';
import type { Project } from '../parse/project.ts';
import type { Resolver } from '../parse/resolve.ts';
import type { AppInfo, Endpoint } from './endpoint.ts';
import type { Finding, Fix } from './finding.ts';
import type { Location } from './location.ts';
import type { RuleMeta } from './rule.ts';
import type { Confidence, Severity } from './severity.ts';
import type { Stack } from './stack.ts';

export interface CheckContext {
  project: Project;
  resolver: Resolver;
  stack: Stack;
  app: AppFacts;
  endpoints: Endpoint[];
  apps: AppInfo[];
}

/** What a check reports; the runner fills ruleId, category and defaults from the check's meta. */
export interface Report {
  message: string;
  location: Location | null;
  endpoint: Endpoint | null;
  fix: Fix;
  severity?: Severity;
  confidence?: Confidence;
}

export interface Check {
  meta: RuleMeta & { kind: 'check' };
  /** called once per endpoint (with facts attached) */
  endpoint?: (e: Endpoint, ctx: CheckContext) => Report | Report[] | null;
  /** called once per scan, for application-wide findings */
  app?: (ctx: CheckContext) => Report[];
}

/** Identity helper that types a check (citty's defineCommand pattern). */
export function defineCheck(check: Check): Check {
  return check;
}

export type { Finding };
