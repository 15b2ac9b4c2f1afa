import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { UsageError } from '../cli/errors.ts';
import { CONFIG_SCHEMA, validate } from '../probe/config.ts';
import { ConfigSchema, type VasConfig } from './schema.ts';

export const CONFIG_FILE = 'vas.config.json';

const PROBE_SCHEMA = CONFIG_SCHEMA as unknown as Parameters<typeof validate>[1];

/** A configuration together with where it came from (null: none found, defaults apply). */
export interface LoadedConfig {
  config: VasConfig;
  file: string | null;
}

/** `$.rules["vas/x"]`: the JSON path of a problem, in the notation editors and jq users know. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `${jsonPath(issue.path)}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.code === 'invalid_union')
    return `${jsonPath(issue.path)}: expected "off" or a severity (critical, high, medium, low, info)`;
  return `${jsonPath(issue.path)}: ${issue.message}`;
}

/** Validates parsed JSON; throws a one-line UsageError naming the file and the JSON path of the first problem. */
export function parseConfig(value: unknown, file: string): VasConfig {
  const result = ConfigSchema.safeParse(value);
  if (result.success) {
    // the prober owns the `probe` section and its schema; checking it here too means `vas scan` in CI
    // fails on a broken probe section before `vas probe` would
    const probeErrors = result.data.probe === undefined ? [] : validate(result.data.probe, PROBE_SCHEMA, '$.probe');
    if (probeErrors.length > 0) throw new UsageError(`invalid config ${file}: ${probeErrors[0]}`);
    return result.data;
  }
  const issue = result.error.issues[0];
  const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
  throw new UsageError(`invalid config ${file}: ${issue ? describeIssue(issue) : 'invalid'}${more}`);
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read config ${file}${code ? ` (${code})` : ''}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`invalid config ${file}: not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}

/**
 * The configuration for a scan of `root`: `explicitPath` (from --config, relative to the working directory)
 * when given, else `<root>/vas.config.json` when it exists, else defaults.
 */
export function loadConfig(root: string, explicitPath?: string): LoadedConfig {
  if (explicitPath !== undefined) {
    const file = resolve(explicitPath);
    if (!existsSync(file)) throw new UsageError(`config file not found: ${explicitPath}`);
    return { config: parseConfig(readJson(file), explicitPath), file };
  }
  const file = resolve(root, CONFIG_FILE);
  if (!existsSync(file)) return { config: {}, file: null };
  return { config: parseConfig(readJson(file), file), file };
}
