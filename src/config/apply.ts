import ignore from 'ignore';
import type { EndpointRef, Finding } from '../core/finding.ts';
import type { Report, ReportEndpoint } from '../core/report.ts';
import { compileRoute, matchesRoute } from './routes.ts';
import { normaliseRuleId } from './rule-ids.ts';
import type { RuleSetting, VasConfig } from './schema.ts';

/** A public route has no caller to authenticate or to own an object, so these categories do not apply. */
const NOT_APPLICABLE_WHEN_PUBLIC = new Set(['missing-auth', 'bola']);

function sameEndpoint(a: EndpointRef, b: EndpointRef): boolean {
  return a.method === b.method && a.path === b.path;
}

/**
 * Applies `vas.config.json` to a finished report: ignored paths, public-by-design routes, disabled rules and
 * severity overrides. Pure: returns a new report.
 *
 * `trust` is not applied here: whether a route calls a trusted helper is only known while the code is
 * analysed, so the scanner reads it (ScanOptions).
 */
export function applyConfig(report: Report, config: VasConfig): Report {
  const ignored = ignore().add(config.ignore ?? []);
  const isIgnored = (file: string | undefined) => file !== undefined && ignored.ignores(file);
  const publicPatterns = (config.publicRoutes ?? []).map(compileRoute);
  const isPublic = (ref: EndpointRef) => publicPatterns.some((p) => matchesRoute(p, ref));
  const settings = new Map<string, RuleSetting>(
    Object.entries(config.rules ?? {}).map(([id, setting]) => [normaliseRuleId(id), setting]),
  );

  const endpoints: ReportEndpoint[] = report.endpoints
    .filter((e) => !isIgnored(e.location?.file))
    .map((e) => (isPublic(e) && !e.public ? { ...e, public: true } : e));
  const droppedEndpoints = report.endpoints.filter((e) => isIgnored(e.location?.file));

  const findings: Finding[] = [];
  for (const finding of report.findings) {
    const setting = settings.get(finding.ruleId);
    if (setting === 'off') continue;
    if (isIgnored(finding.location?.file)) continue;
    if (finding.endpoint) {
      const ref = finding.endpoint;
      if (droppedEndpoints.some((e) => sameEndpoint(e, ref))) continue;
      if (NOT_APPLICABLE_WHEN_PUBLIC.has(finding.category) && isPublic(ref)) continue;
    }
    findings.push(setting === undefined ? finding : { ...finding, severity: setting });
  }
  return { ...report, endpoints, findings, stats: { ...report.stats, endpoints: endpoints.length } };
}
