import type { Category } from './category.ts';
import type { Severity } from './severity.ts';

/**
 * What every rule (static check or dynamic probe) declares about itself, as data.
 * Docs live in docs/rules/<id>.md (checks) and docs/probes/<id>.md (probes).
 */
export interface RuleMeta {
  /** kebab-case, leads with the category, e.g. `bola-missing-ownership-check`; the report's ruleId is `vas/<id>` */
  id: string;
  kind: 'check' | 'probe';
  title: string;
  category: Category;
  severity: Severity;
  /** One or two sentences: what it finds and why it matters. */
  description: string;
  /** Narrows the category's OWASP mapping, e.g. API5:2023 for admin functions. */
  owasp?: string;
  cwe?: string;
}

export function ruleId(id: string): string {
  return `vas/${id}`;
}
