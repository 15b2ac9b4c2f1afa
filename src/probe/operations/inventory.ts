import type { HttpMethod } from '../../core/finding.ts';
import type { Report } from '../../core/report.ts';
import type { Operation } from './operation.ts';
import { conventionallyPublic, pathParamNames, sameTemplate } from './operation.ts';

/** Operations from a static report's inventory: no schemas, but auth intent and source locations. */
export function operationsFromReport(report: Report): Operation[] {
  const ops: Operation[] = [];
  for (const e of report.endpoints) {
    // an app.all/use-style catch-all says nothing about which method to send
    if (e.method === 'ALL' || e.method === 'HEAD' || e.method === 'OPTIONS') continue;
    const op: Operation = {
      method: e.method as HttpMethod,
      path: e.path,
      params: pathParamNames(e.path).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      body: null,
      response: null,
      auth: e.auth,
      public: e.public,
      schemes: [],
      location: e.location,
      source: 'inventory',
    };
    if (e.auth === 'unknown' && conventionallyPublic(op)) op.public = true;
    ops.push(op);
  }
  return ops;
}

/**
 * Joins spec operations and inventory operations. The spec knows schemas and security; the inventory knows
 * where the handler is. A route only the source has is still probed.
 */
export function mergeOperations(spec: Operation[], inventory: Operation[]): Operation[] {
  const out = spec.map((op) => ({ ...op }));
  for (const inv of inventory) {
    const match = out.find((op) => op.method === inv.method && sameTemplate(op.path, inv.path));
    if (match) {
      match.location = match.location ?? inv.location;
      if (match.auth === 'unknown') match.auth = inv.auth;
    } else out.push(inv);
  }
  return out;
}
