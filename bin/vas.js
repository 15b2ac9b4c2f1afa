#!/usr/bin/env node
// Entry point. In a source checkout on a Node with type stripping (>= 22.18 / 24), run the TypeScript
// sources directly so the CLI is never stale; an installed package runs the compiled `dist/`.
import { existsSync } from 'node:fs';
import module from 'node:module';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`vas: Node.js >= 22.12 is required (this is ${process.version})\n`);
  process.exit(2);
}
// cache compiled code between runs (Node >= 22.1): a cold CLI start is most of a small scan. Worker
// threads read the same cache through the environment.
const cache = module.enableCompileCache?.();
if (cache?.directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = cache.directory;
const src = new URL('../src/cli/main.ts', import.meta.url);
const useSource = existsSync(src) && process.features.typescript;
const { main } = await import(useSource ? src.href : new URL('../dist/cli/main.js', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
