import type { Check, CheckContext, Report } from '../core/check.ts';
import type { Inventory } from '../core/endpoint.ts';
import type { Finding } from '../core/finding.ts';
import { ruleId } from '../core/rule.ts';
import { severityRank } from '../core/severity.ts';
import type { Stack } from '../core/stack.ts';
import { type AppFacts, analysisFailed } from '../facts/index.ts';
import type { Project } from '../parse/project.ts';
import type { Resolver } from '../parse/resolve.ts';
import { CHECKS } from './index.ts';

export interface ScanContext {
  inventory: Inventory;
  project: Project;
  resolver: Resolver;
  stack: Stack;
  facts: AppFacts;
}

/**
 * Runs every check over the inventory. The contract allows one finding per (category, endpoint): when two
 * checks of a category fire on the same endpoint, the most severe one is kept.
 */
export function runChecks(scan: ScanContext, checks: readonly Check[] = Object.values(CHECKS)): Finding[] {
  const ctx: CheckContext = {
    project: scan.project,
    resolver: scan.resolver,
    stack: scan.stack,
    app: scan.facts,
    endpoints: scan.inventory.endpoints,
    apps: scan.inventory.apps,
  };
  const findings: Finding[] = [];
  for (const check of checks) {
    if (check.endpoint) {
      for (const e of ctx.endpoints) {
        // (a check that fails on one endpoint — a defect of ours — costs that finding, not the scan)
        let r: ReturnType<NonNullable<Check['endpoint']>>;
        try {
          r = check.endpoint(e, ctx);
        } catch (err) {
          scan.project.diagnostics.push(analysisFailed(e, err));
          continue;
        }
        for (const rep of r === null ? [] : Array.isArray(r) ? r : [r]) findings.push(toFinding(check, rep));
      }
    }
    if (check.app) for (const rep of check.app(ctx)) findings.push(toFinding(check, rep));
  }
  return dedupe(findings);
}

function toFinding(check: Check, r: Report): Finding {
  return {
    ruleId: ruleId(check.meta.id),
    category: check.meta.category,
    severity: r.severity ?? check.meta.severity,
    confidence: r.confidence ?? 'high',
    message: r.message,
    location: r.location,
    endpoint: r.endpoint ? { method: r.endpoint.method, path: r.endpoint.path } : null,
    fix: r.fix,
    evidence: [],
  };
}

function dedupe(findings: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  const order: string[] = [];
  for (const f of findings) {
    const key = f.endpoint
      ? `${f.category} ${f.endpoint.method} ${f.endpoint.path}`
      : `${f.category} * ${f.location?.file}:${f.location?.line}`;
    const prev = best.get(key);
    if (!prev) {
      best.set(key, f);
      order.push(key);
    } else if (severityRank(f.severity) < severityRank(prev.severity)) best.set(key, f);
  }
  return order.map((k) => best.get(k)!).sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}
