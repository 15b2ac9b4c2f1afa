import { readFile } from 'node:fs/promises';
import type { Report } from '../../core/report.ts';
import type { ProbeRun } from '../engine/run.ts';
import { pseudoOp } from '../engine/run.ts';
import { is2xx } from '../http/exchange.ts';
import { mergeOperations, operationsFromReport } from './inventory.ts';
import type { ApiDescription } from './openapi.ts';
import { operationsFromSpec, parseSpecText } from './openapi.ts';
import type { Operation } from './operation.ts';

/** Where specs usually live on a running API; tried in order, on the target origin only. */
export const SPEC_PATHS = [
  '/openapi.json',
  '/swagger.json',
  '/v3/api-docs',
  '/api-docs',
  '/api/openapi.json',
  '/docs/openapi.json',
  '/openapi.yaml',
  '/swagger/v1/swagger.json',
  '/api-docs.json',
  '/api/swagger.json',
];

export async function loadSpecFile(file: string): Promise<ApiDescription> {
  const text = await readFile(file, 'utf8');
  return operationsFromSpec(parseSpecText(text));
}

/** Fetches a spec from the target: the given path, or the usual places. */
export async function fetchSpec(run: ProbeRun, path?: string): Promise<ApiDescription | null> {
  for (const p of path ? [path] : SPEC_PATHS) {
    const ex = await run.call(pseudoOp('GET', p), run.anonymous, {});
    if (!ex || !is2xx(ex.response.status)) continue;
    try {
      return await operationsFromSpec(parseSpecText(ex.response.body));
    } catch {
      // not a spec (an SPA index page answering every path, say)
    }
  }
  return null;
}

export function combine(spec: ApiDescription | null, report: Report | undefined): Operation[] {
  const fromReport = report ? operationsFromReport(report) : [];
  return spec ? mergeOperations(spec.operations, fromReport) : fromReport;
}
