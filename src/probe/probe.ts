import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Finding } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
import { anonymousIdentity } from './auth/identity.ts';
import { identitiesFrom, reverify, setupIdentities } from './auth/setup.ts';
import { discover } from './engine/discovery.ts';
import { createProgress } from './engine/progress.ts';
import { ProbeRun } from './engine/run.ts';
import { Scope } from './http/scope.ts';
import { Transport } from './http/transport.ts';
import { combine, fetchSpec, loadSpecFile } from './operations/load.ts';
import type { ApiDescription } from './operations/openapi.ts';
import type { ProbeOptions } from './options.ts';
import { DEFAULTS, MAX_BURST } from './options.ts';
import type { Probe } from './probes/define.ts';
import { PROBES } from './probes/index.ts';
import { buildReport, toFinding } from './report.ts';

export class ProbeInputError extends Error {
  override readonly name = 'ProbeInputError';
}

/** The probes a run uses, in the order they run (rate limiting last: a lockout must not spoil the others). */
export function selectProbes(options: Pick<ProbeOptions, 'probes' | 'exclude'>): Probe[] {
  const all = Object.values(PROBES);
  for (const id of [...(options.probes ?? []), ...(options.exclude ?? [])]) {
    if (!all.some((p) => p.meta.id === id || p.meta.category === id))
      throw new ProbeInputError(`unknown probe "${id}" (see vas rules)`);
  }
  const wanted = (p: Probe) =>
    options.probes?.length ? options.probes.some((id) => id === p.meta.id || id === p.meta.category) : p.meta.defaultOn;
  const excluded = (p: Probe) => (options.exclude ?? []).some((id) => id === p.meta.id || id === p.meta.category);
  return all.filter((p) => wanted(p) && !excluded(p));
}

function normalizeTarget(target: string): URL {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new ProbeInputError(`"${target}" is not a URL (expected http://host:port)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ProbeInputError(`"${target}" is not an http(s) URL`);
  return url;
}

/** A spec given as a URL on the target or a path that is not a local file is fetched from the target. */
export function specPathOnTarget(spec: string, target: URL): string | undefined {
  if (/^https?:\/\//i.test(spec)) {
    const url = new URL(spec);
    if (url.origin !== target.origin)
      throw new ProbeInputError(`--spec ${spec} is not on the target origin ${target.origin}`);
    return `${url.pathname}${url.search}`;
  }
  if (existsSync(spec)) return undefined;
  if (spec.startsWith('/')) return spec;
  throw new ProbeInputError(`--spec ${spec}: no such file`);
}

/** Reads a source directory with the static scanner, when that is available. */
async function scanSource(dir: string): Promise<Report> {
  const specifier = '../scan.ts';
  const mod = (await import(specifier)) as { scan?: (root: string) => Promise<Report> };
  if (typeof mod.scan !== 'function') throw new ProbeInputError('this build of vas has no static scanner for --source');
  return mod.scan(dir);
}

/**
 * Probes a running API and returns a dynamic report: only what was proved, each finding with the exchanges that
 * prove it. Talks to the target origin only, within the request budgets.
 */
export async function probe(options: ProbeOptions): Promise<Report> {
  const started = performance.now();
  const target = normalizeTarget(options.target);
  const probes = selectProbes(options);
  const scope = new Scope(target.origin, {
    maxRequests: options.maxRequests ?? DEFAULTS.maxRequests,
    maxRequestsPerEndpoint: options.maxRequestsPerEndpoint ?? DEFAULTS.maxRequestsPerEndpoint,
    rps: options.rps ?? DEFAULTS.rps,
  });
  const transport = new Transport(scope, {
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULTS.maxResponseBytes,
  });
  const progress = createProgress(options.progress ?? null, options.quiet === true);
  const run = new ProbeRun({
    options: {
      ...options,
      target: target.toString(),
      allowDestructive: options.allowDestructive === true,
      maxRetryAfter: options.maxRetryAfter ?? DEFAULTS.maxRetryAfter,
      burst: Math.min(MAX_BURST, Math.max(1, options.burst ?? DEFAULTS.burst)),
    },
    transport,
    operations: [],
    identities: identitiesFrom(options.identities ?? []),
    anonymous: anonymousIdentity(),
    progress,
    runId: randomBytes(3).toString('hex'),
  });
  try {
    let staticReport = options.staticReport;
    if (!staticReport && options.source) staticReport = await scanSource(options.source);
    let spec: ApiDescription | null = null;
    const remoteSpec = options.spec ? specPathOnTarget(options.spec, target) : undefined;
    if (options.spec && remoteSpec === undefined) spec = await loadSpecFile(options.spec);
    else if (options.spec || !staticReport) spec = await fetchSpec(run, remoteSpec);
    if (remoteSpec && !spec) throw new ProbeInputError(`no OpenAPI document at ${remoteSpec} on the target`);
    run.operations.push(...combine(spec, staticReport));
    if (run.operations.length === 0) {
      throw new ProbeInputError(
        'no endpoints to probe: give --spec <openapi file>, --from-report <vas scan JSON> or --source <dir>',
      );
    }
    if (spec?.title) run.contextWords.push(spec.title);
    run.contextWords.push(target.hostname.split('.')[0] ?? '');
    progress.phase('identities');
    await setupIdentities(run, options.login);
    await discover(run);
    await reverify(run);
    const findings: Finding[] = [];
    for (const p of probes) {
      progress.phase(p.meta.id);
      await p.run({ run, report: (result) => findings.push(toFinding(p, result)) });
    }
    progress.done();
    const report = buildReport(run, findings, started);
    return staticReport ? attachLocations(report, staticReport) : report;
  } finally {
    progress.done();
    await transport.close();
  }
}

/** Gives each dynamic finding the static location of its endpoint. */
function attachLocations(report: Report, staticReport: Report): Report {
  const norm = (p: string) => p.replace(/\{[^}]*\}/g, '{}').toLowerCase();
  for (const f of report.findings) {
    if (f.location || !f.endpoint) continue;
    const e = staticReport.endpoints.find(
      (s) => (s.method === f.endpoint?.method || s.method === 'ALL') && norm(s.path) === norm(f.endpoint?.path ?? ''),
    );
    if (e?.location) f.location = e.location;
  }
  return report;
}
