import { readFileSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';

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
  for (const dir of new Set(dirs)) {
    for (const name of ['tsconfig.json', 'jsconfig.json']) {
      let text: string;
      try {
        text = readFileSync(join(dir, name), 'utf8');
      } catch {
        continue;
      }
      try {
        // JSON with comments and trailing commas, as tsc accepts it
        const json = JSON.parse(
          text.replace(/\/\*[\s\S]*?\*\/|(^|[^:"'])\/\/.*$/gm, '$1').replace(/,(\s*[}\]])/g, '$1'),
        ) as {
          compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> };
        };
        const paths = json.compilerOptions?.paths;
        if (!paths) continue;
        configs.push({
          dir,
          base: resolvePath(dir, json.compilerOptions?.baseUrl ?? '.'),
          paths: Object.entries(paths),
        });
      } catch {
        // not valid JSON even after stripping comments: ignore the aliases
      }
    }
  }
  configs.sort((a, b) => b.dir.length - a.dir.length);
  return configs;
}
