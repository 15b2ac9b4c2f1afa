import { resolve } from 'node:path';
import { scanWithConfig } from '../config/pipeline.ts';
import type { Finding } from '../core/finding.ts';
import type { Report } from '../core/report.ts';

/**
 * What the server remembers between tool calls: the last report per scanned directory, so an assistant can
 * scan once and then page through findings and fixes without rescanning.
 */
export class Session {
  readonly reports = new Map<string, Report>();
  lastRoot: string | null = null;

  async scan(path: string, options: { config?: string; baseline?: string }): Promise<Report> {
    const root = resolve(path);
    const { report } = await scanWithConfig(root, {
      target: path,
      ...(options.config ? { configPath: options.config } : {}),
      ...(options.baseline ? { baselinePath: options.baseline } : {}),
    });
    this.reports.set(root, report);
    this.lastRoot = root;
    return report;
  }

  /** The report for `path`, or the last one; undefined when nothing was scanned. */
  report(path?: string): { root: string; report: Report } | undefined {
    const root = path === undefined ? this.lastRoot : resolve(path);
    const report = root === null ? undefined : this.reports.get(root);
    return root !== null && report ? { root, report } : undefined;
  }

  /** Finds a finding by its id (fingerprint) in any scanned report, the last one first. */
  finding(id: string): { root: string; report: Report; finding: Finding } | undefined {
    const others = [...this.reports.keys()].filter((r) => r !== this.lastRoot);
    const roots = this.lastRoot === null ? others : [this.lastRoot, ...others];
    for (const root of roots) {
      const report = this.reports.get(root)!;
      const finding = report.findings.find((f) => f.fingerprint === id);
      if (finding) return { root, report, finding };
    }
    return undefined;
  }
}
