// Writes the full JSON report of every app of some folders, minus timings, so that two versions of the scanner can be
// compared byte for byte (`diff -r`): the check behind "reports identical" for a refactor or a speed change.
//
//   node scripts/report-snapshot.ts OUT DIR...     every sub-folder of each DIR is one app; a DIR with a package.json
//                                                  at its top is itself one app
//   node scripts/report-snapshot.ts /tmp/before test/fixtures/heldout/*/apps ../shared/corpus/apps bench/.corpus
//   (then, on the other version) node scripts/report-snapshot.ts /tmp/after …  and  diff -r /tmp/before /tmp/after
//
// Scans run in this process on one thread (the report does not depend on threads; a test checks that).
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { scan } from '../src/scan.ts';

const [out, ...dirs] = process.argv.slice(2);
if (!out || dirs.length === 0) {
  process.stderr.write('usage: node scripts/report-snapshot.ts OUT DIR...\n');
  process.exit(2);
}

/** One app per sub-folder, or the folder itself when it is an app (its own package.json). */
function appsOf(dir: string): [string, string][] {
  const abs = resolve(dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    process.stderr.write(`report-snapshot: not a folder: ${dir}\n`);
    return [];
  }
  // (`…/batch3/apps` names its apps after the batch folder, so that batches do not overwrite each other)
  const prefix = basename(abs) === 'apps' ? `${basename(dirname(abs))}-` : '';
  if (existsSync(join(abs, 'package.json'))) return [[basename(abs), abs]];
  return readdirSync(abs, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => [`${prefix}${e.name}`, join(abs, e.name)] as [string, string]);
}

mkdirSync(out, { recursive: true });
const started = performance.now();
let count = 0;
for (const [name, dir] of dirs.flatMap(appsOf)) {
  const report = await scan(dir, { threads: 1 });
  report.stats.durationMs = 0;
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(report, null, 1)}\n`);
  count++;
}
process.stderr.write(`${count} reports in ${((performance.now() - started) / 1000).toFixed(1)} s → ${out}\n`);
