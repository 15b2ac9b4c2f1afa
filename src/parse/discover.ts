import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fdir } from 'fdir';
import ignore, { type Ignore } from 'ignore';

/** Source extensions we parse. `.d.ts` files declare types only and are skipped. */
const SOURCE_EXT = /\.(?:[cm]?[jt]s|[jt]sx)$/;
/** Schemas the data models are read from (Prisma, SQL migrations). */
const SCHEMA_EXT = /\.(?:prisma|sql)$/;
/** Folders that never hold hand-written API source. */
const SKIP_DIRS = new Set([
  'node_modules',
  '.git',
  'dist',
  'build',
  'out',
  '.next',
  '.nuxt',
  '.output',
  '.svelte-kit',
  'coverage',
  '.turbo',
  '.vercel',
  '.cache',
  '.vas-cache',
  'vendor',
  'bower_components',
  'tmp',
  '.yarn',
]);
/** Tests, mocks and end-to-end suites hold no routes of the app (and their secrets are fixtures). */
const TEST_FILE =
  /(?:^|\/)(?:__tests__|__mocks__|__fixtures__|e2e|cypress|playwright)\/|\.(?:test|spec|e2e-spec|e2e)\.[cm]?[jt]sx?$/;
/**
 * Browser assets: plain JavaScript under a `public/` or `static/` folder is served to browsers as is (Express's
 * `express.static('public')`, Next.js's `public/`), often a vendored library such as angular.js. It defines no route.
 */
const BROWSER_ASSET = /(?:^|\/)(?:public|static)\/(?:.*\/)?[^/]+\.[cm]?jsx?$/;
const GENERATED = /(?:\.min\.[cm]?js|\.d\.[cm]?ts|\.bundle\.js|\.chunk\.js|-min\.js)$/;
/** Files over this size are almost always bundles or generated code. */
export const MAX_FILE_BYTES = 1_000_000;

export interface DiscoveredFiles {
  sources: string[];
  packageJsons: string[];
  /** Prisma schemas and SQL files */
  schemas: string[];
  skipped: { file: string; reason: string }[];
}

/**
 * Finds the JS/TS sources and package.json files under `root`, honouring every `.gitignore` on the way
 * (nested ones apply to their own folder) and skipping dependencies, build output and generated files.
 */
export function discoverFiles(root: string): DiscoveredFiles {
  const ignores = new Map<string, Ignore | undefined>();
  const ignoreFor = (dir: string): Ignore | undefined => {
    if (ignores.has(dir)) return ignores.get(dir);
    let ig: Ignore | undefined;
    // most folders have no .gitignore: test first instead of paying for a thrown ENOENT per folder
    const path = join(dir, '.gitignore');
    if (existsSync(path)) {
      try {
        ig = ignore().add(readFileSync(path, 'utf8'));
      } catch {
        ig = undefined;
      }
    }
    ignores.set(dir, ig);
    return ig;
  };
  // per folder: the .gitignore files that apply to what it holds (its own and its ancestors' inside root)
  const chains = new Map<string, { ig: Ignore; base: string }[]>();
  const chainOf = (dir: string): { ig: Ignore; base: string }[] => {
    let chain = chains.get(dir);
    if (chain) return chain;
    const parent = dirname(dir);
    chain = dir === root || parent === dir || !dir.startsWith(root) ? [] : [...chainOf(parent)];
    const ig = ignoreFor(dir);
    if (ig) chain.push({ ig, base: dir });
    chains.set(dir, chain);
    return chain;
  };
  if (!chains.has(root)) {
    const ig = ignoreFor(root);
    chains.set(root, ig ? [{ ig, base: root }] : []);
  }
  const isIgnored = (path: string, isDir: boolean): boolean => {
    // each .gitignore matches paths relative to its own folder
    for (const { ig, base } of chainOf(dirname(path))) {
      const sub =
        path
          .slice(base.length + 1)
          .split(sep)
          .join('/') + (isDir ? '/' : '');
      if (sub && sub !== '/' && ig.ignores(sub)) return true;
    }
    return false;
  };

  const skipped: { file: string; reason: string }[] = [];
  const files = new fdir()
    .withFullPaths()
    .exclude((name, path) => SKIP_DIRS.has(name) || name.startsWith('.') || isIgnored(path.replace(/[/\\]$/, ''), true))
    .filter(
      (path, isDir) =>
        !isDir && (SOURCE_EXT.test(path) || SCHEMA_EXT.test(path) || path.endsWith(`${sep}package.json`)),
    )
    .crawl(root)
    .sync()
    .sort();

  const sources: string[] = [];
  const packageJsons: string[] = [];
  const schemas: string[] = [];
  for (const file of files) {
    if (isIgnored(file, false)) continue;
    if (file.endsWith(`${sep}package.json`)) {
      packageJsons.push(file);
      continue;
    }
    if (SCHEMA_EXT.test(file)) {
      schemas.push(file);
      continue;
    }
    const rel = relative(root, file).split(sep).join('/');
    if (GENERATED.test(file) || TEST_FILE.test(rel) || BROWSER_ASSET.test(rel)) continue;
    // size (bundles) and readability are checked when the file is read: one system call instead of two
    sources.push(file);
  }
  return { sources, packageJsons, schemas, skipped };
}
