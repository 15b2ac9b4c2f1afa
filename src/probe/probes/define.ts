import type { Fix } from '../../core/finding.ts';
import type { RuleMeta } from '../../core/rule.ts';
import type { Severity } from '../../core/severity.ts';
import type { ProbeRun } from '../engine/run.ts';
import type { Exchange } from '../http/exchange.ts';
import type { Operation } from '../operations/operation.ts';

export interface ProbeMeta extends RuleMeta {
  kind: 'probe';
  /** runs unless excluded; off-by-default probes run only when named with --probes */
  defaultOn: boolean;
  /** what it sends, as a budget statement (Nuclei `max-request`) */
  requests: string;
  /** logged-in identities it needs to prove anything */
  identities: 0 | 1 | 2;
}

/** What a probe proved: the operation (null for app-wide), one sentence, and the exchanges that prove it. */
export interface ProbeResult {
  op: Operation | null;
  message: string;
  evidence: { ex: Exchange; description: string }[];
  severity?: Severity;
}

export interface ProbeContext {
  run: ProbeRun;
  report(result: ProbeResult): void;
}

export interface Probe {
  meta: ProbeMeta;
  fix: Fix;
  run(ctx: ProbeContext): Promise<void>;
}

/** Identity function for type inference (citty `defineCommand`). */
export function defineProbe(probe: Probe): Probe {
  return probe;
}
