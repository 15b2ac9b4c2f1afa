import { buildInventory } from './adapters/index.ts';
import { runChecks } from './checks/run.ts';
import type { Finding } from './core/finding.ts';
import type { Diagnostic, ReportEndpoint } from './core/report.ts';
import { attachFacts } from './facts/index.ts';
import { toReportEndpoint } from './facts/summary.ts';
import type { SourceGroup } from './parse/groups.ts';
import { loadSources } from './parse/project.ts';
import { Resolver } from './parse/resolve.ts';
import { stackOf, stackPackages } from './stack/detect.ts';

/** What the scan of one group of sources gives back: plain data, so that a worker thread can send it. */
export interface GroupResult {
  endpoints: ReportEndpoint[];
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** package names the group's stack was read from (the report's stack is read from all groups' names) */
  stackPackages: string[];
  files: number;
  lines: number;
}

export interface GroupOptions {
  /** sources already read, by absolute path */
  texts?: ReadonlyMap<string, string>;
  /** called while the group's files are parsed */
  onProgress?: (done: number, total: number) => void;
}

/**
 * The static pipeline over one group: parse once, build the inventory through the framework adapters,
 * attach facts to every endpoint, run every check.
 */
export function scanGroup(
  root: string,
  group: Pick<SourceGroup, 'sources' | 'schemas' | 'packages'>,
  options: GroupOptions = {},
): GroupResult {
  const project = loadSources({ root, ...group }, options);
  const names = stackPackages(project);
  const stack = stackOf(names);
  const resolver = new Resolver(project);
  const inventory = buildInventory(project, resolver);
  const facts = attachFacts(inventory, project, resolver);
  const findings = runChecks({ inventory, project, resolver, stack, facts });
  return {
    endpoints: inventory.endpoints.map(toReportEndpoint),
    findings,
    diagnostics: project.diagnostics,
    stackPackages: [...names],
    files: project.files.size,
    lines: project.lines,
  };
}
