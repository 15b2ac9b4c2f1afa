import { readFileSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';

/** The `paths` aliases of one tsconfig/jsconfig: patterns and their targets, relative to `base`. */
export interface PathConfig {
  /** folder of the config: it applies to files under it */
  dir: string;
  /** `baseUrl`, absolute: where the targets are resolved from */
  base: string;
  paths: [string, string[]][];
}

/**
 * The `paths` aliases declared by the tsconfig.json/jsconfig.json of each folder, deepest folder first (a
 * package's config wins over the root's). Configs are JSON with comments, as tsc accepts them; unreadable or
 * invalid ones are ignored.
 */
export function readPathConfigs(dirs: Iterable<string>): PathConfig[] {
  const configs: PathConfig[] = [];
  for (const dir of new Set(dirs)) configs.push(...readPathConfig(dir));
  configs.sort((a, b) => b.dir.length - a.dir.length);
  return configs;
}

/** The `paths` aliases of the tsconfig.json/jsconfig.json in one folder (none, one or both). */
export function readPathConfig(dir: string): PathConfig[] {
  const configs: PathConfig[] = [];
  for (const name of ['tsconfig.json', 'jsconfig.json']) {
    const found = pathsOf(join(dir, name), 0);
    if (found) configs.push({ dir, ...found });
  }
  return configs;
}

interface ConfigJson {
  extends?: string | string[];
  compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> };
}

/**
 * The `paths` of one config, or of the config it `extends` (an Nx workspace keeps them in `tsconfig.base.json`, which
 * each project's tsconfig.json extends): targets resolve from the `baseUrl`, else from the config that declares them.
 */
function pathsOf(file: string, depth: number): Omit<PathConfig, 'dir'> | null {
  const json = readConfig(file);
  if (!json) return null;
  const here = dirname(file);
  const paths = json.compilerOptions?.paths;
  if (paths) return { base: resolvePath(here, json.compilerOptions?.baseUrl ?? '.'), paths: Object.entries(paths) };
  if (depth >= 4) return null;
  const parents = typeof json.extends === 'string' ? [json.extends] : (json.extends ?? []);
  // (a later entry of an `extends` list overrides an earlier one; only relative configs: packages are not installed)
  for (const parent of [...parents].reverse()) {
    if (!parent.startsWith('.')) continue;
    const target = resolvePath(here, parent);
    const found = pathsOf(target.endsWith('.json') ? target : `${target}.json`, depth + 1);
    if (found) return found;
  }
  return null;
}

/** A tsconfig as tsc reads it: JSON with comments and trailing commas. Null when missing or invalid. */
function readConfig(file: string): ConfigJson | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    return JSON.parse(
      text.replace(/\/\*[\s\S]*?\*\/|(^|[^:"'])\/\/.*$/gm, '$1').replace(/,(\s*[}\]])/g, '$1'),
    ) as ConfigJson;
  } catch {
    return null;
  }
}
