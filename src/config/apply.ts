import ignore from 'ignore';
import type { Category } from '../core/category.ts';
import type { EndpointRef, Finding } from '../core/finding.ts';
import type { Report, ReportEndpoint } from '../core/report.ts';
import { compileRoute, matchesRoute } from './routes.ts';
import { normaliseRuleId } from './rule-ids.ts';
import type { RuleSetting, Trust, VasConfig } from './schema.ts';

/** A public route has no caller to authenticate or to own an object, so these categories do not apply. */
const NOT_APPLICABLE_WHEN_PUBLIC = new Set<Category>(['missing-auth', 'bola']);

/** What a trusted helper in a route's middleware chain vouches for. */
const TRUSTED_FOR: Record<keyof Trust, Category> = { auth: 'missing-auth', ownership: 'bola', rateLimit: 'rate-limit' };

/** `requireRole('admin')` and `auth.requireSession` are both calls of a trusted `requireRole` / `requireSession`. */
function helperName(link: string): string {
  return link.replace(/\(.*$/s, '').split('.').at(-1) ?? link;
}

function middlewareOf(endpoint: ReportEndpoint): string[] {
  const names = endpoint.facts.middleware;
  return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string').map(helperName) : [];
}

function sameEndpoint(a: EndpointRef, b: EndpointRef): boolean {
  return a.method === b.method && a.path === b.path;
}

/**
 * Applies `vas.config.json` to a finished report: ignored paths, public-by-design routes, trusted helpers,
 * disabled rules and severity overrides. Pure: returns a new report.
 *
 * Trusted helpers are matched against each endpoint's middleware chain (`facts.middleware`). A helper called
 * inside a handler body is not visible here; the scanner has to know about it while it analyses the code.
 */
export function applyConfig(report: Report, config: VasConfig): Report {
  const ignored = ignore().add(config.ignore ?? []);
  const isIgnored = (file: string | undefined) => file !== undefined && ignored.ignores(file);
  const publicPatterns = (config.publicRoutes ?? []).map(compileRoute);
  const isPublic = (ref: EndpointRef) => publicPatterns.some((p) => matchesRoute(p, ref));
  const settings = new Map<string, RuleSetting>(
    Object.entries(config.rules ?? {}).map(([id, setting]) => [normaliseRuleId(id), setting]),
  );

  const trusted = Object.entries(config.trust ?? {}).map(([key, names]) => ({
    category: TRUSTED_FOR[key as keyof Trust],
    names: new Set(names),
  }));
  const vouchedFor = (e: ReportEndpoint): Set<Category> => {
    const chain = middlewareOf(e);
    return new Set(trusted.filter((t) => chain.some((n) => t.names.has(n))).map((t) => t.category));
  };

  const covered = new Map<string, Set<Category>>();
  const endpoints: ReportEndpoint[] = [];
  for (const e of report.endpoints) {
    if (isIgnored(e.location?.file)) continue;
    const vouched = vouchedFor(e);
    covered.set(`${e.method} ${e.path}`, vouched);
    const pub = isPublic(e);
    const authed = vouched.has('missing-auth') && e.auth !== 'required';
    endpoints.push(
      pub || authed ? { ...e, ...(pub ? { public: true } : {}), ...(authed ? { auth: 'required' } : {}) } : e,
    );
  }
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
      if (covered.get(`${ref.method} ${ref.path}`)?.has(finding.category)) continue;
    } else if (finding.category === 'rate-limit' && [...covered.values()].some((c) => c.has('rate-limit'))) {
      // "no rate limiting anywhere" is wrong once a trusted limiter guards some route
      continue;
    }
    findings.push(setting === undefined ? finding : { ...finding, severity: setting });
  }
  return { ...report, endpoints, findings, stats: { ...report.stats, endpoints: endpoints.length } };
}
