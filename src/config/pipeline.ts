import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Report } from '../core/report.ts';
import { sourceReader } from '../report/source.ts';
import { type ScanOptions, scan } from '../scan.ts';
import { applyConfig } from './apply.ts';
import { applyBaseline, parseBaseline } from './baseline.ts';
import { addFingerprints } from './fingerprint.ts';
import { type LoadedConfig, loadConfig } from './load.ts';
import { applySuppressions } from './suppressions.ts';

export interface ConfiguredScanOptions extends ScanOptions {
  /** --config; default `<root>/vas.config.json` when it exists */
  configPath?: string;
  /** --baseline; default the config's `baseline`, relative to the config file */
  baselinePath?: string;
}

export interface ConfiguredScan {
  /** what to report: config, suppressions and baseline applied, every finding fingerprinted */
  report: Report;
  /** the same before the baseline was applied: what --update-baseline writes */
  unbaselined: Report;
  config: LoadedConfig;
  /** the baseline file that was applied, if any */
  baselineFile: string | null;
}

/** The baseline to apply: the flag (relative to the working directory) or the config's (relative to the config file). */
export function baselinePathFor(loaded: LoadedConfig, flag: string | undefined): string | null {
  if (flag !== undefined) return resolve(flag);
  if (loaded.config.baseline === undefined) return null;
  return resolve(loaded.file ? dirname(loaded.file) : '.', loaded.config.baseline);
}

/**
 * `vas scan` as the CLI and the MCP server run it: scan, then the project's config, inline suppressions,
 * fingerprints and the baseline, in that order (a suppressed or disabled finding never reaches the baseline).
 */
export async function scanWithConfig(root: string, options: ConfiguredScanOptions = {}): Promise<ConfiguredScan> {
  const { configPath, baselinePath, ...scanOptions } = options;
  const config = loadConfig(root, configPath);
  const read = sourceReader(root);
  const scanned = await scan(root, scanOptions);
  const unbaselined = addFingerprints(applySuppressions(applyConfig(scanned, config.config), read), read);
  const baselineFile = baselinePathFor(config, baselinePath);
  if (baselineFile === null || !existsSync(baselineFile)) {
    // an explicit --baseline that does not exist yet is what --update-baseline creates; the caller decides
    return { report: unbaselined, unbaselined, config, baselineFile: null };
  }
  const baseline = parseBaseline(readFileSync(baselineFile, 'utf8'), baselineFile);
  return { report: applyBaseline(unbaselined, baseline), unbaselined, config, baselineFile };
}
