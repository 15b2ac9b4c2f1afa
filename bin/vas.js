#!/usr/bin/env node
// Entry point. In a source checkout on a Node with type stripping (>= 22.18 / 24), run the TypeScript
// sources directly so the CLI is never stale; an installed package runs the compiled `dist/`.
import { existsSync } from 'node:fs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`vas: Node.js >= 22.12 is required (this is ${process.version})\n`);
  process.exit(2);
}
const src = new URL('../src/cli/main.ts', import.meta.url);
const useSource = existsSync(src) && process.features.typescript;
const { main } = await import(useSource ? src.href : new URL('../dist/cli/main.js', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
