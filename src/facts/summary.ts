import type { Endpoint } from '../core/endpoint.ts';
import type { ReportEndpoint } from '../core/report.ts';
import { locationOf } from '../parse/source.ts';

/** The inventory entry as the JSON report shows it: location, auth status and the facts, without AST nodes. */
export function toReportEndpoint(e: Endpoint): ReportEndpoint {
  const f = e.facts;
  return {
    method: e.method,
    path: e.path,
    location: locationOf(e.file, e.node),
    framework: e.framework,
    public: f?.public.intended ?? false,
    auth: f?.auth.status ?? 'unknown',
    facts: f
      ? {
          middleware: e.chain.map((l) => l.name),
          auth: f.auth.status === 'required' ? { via: f.auth.via, kind: f.auth.kind } : f.auth,
          public: f.public,
          roleCheck: f.roleCheck,
          validation: f.validation,
          rateLimit: f.rateLimit.route,
          dataAccess: f.data.map((d) => ({
            layer: d.layer,
            model: d.model,
            operation: d.operation,
            byClientId: d.byClientId,
            scopedToCaller: d.scopedToCaller,
            selected: d.selected,
            line: d.location.line,
          })),
          ownership: f.ownership.kind,
          response: { kind: f.response.kind, sensitiveFields: f.response.sensitiveFields },
        }
      : { middleware: e.chain.map((l) => l.name) },
  };
}
