import type { Command } from 'commander';
import { type CatalogEntry, docsUrl, findRules, readRuleDocs, ruleCatalog } from '../../report/rule-catalog.ts';
import { UsageError } from '../errors.ts';

interface RulesFlags {
  json?: boolean;
}

const KIND_TITLE = {
  check: 'Static checks (vas scan)',
  probe: 'Dynamic probes (vas probe)',
  meta: 'Rules about vas itself',
};

function table(entries: CatalogEntry[]): string {
  const width = Math.max(...entries.map((e) => e.id.length));
  return entries
    .map((e) => `  ${e.id.padEnd(width)}  ${e.severity.padEnd(8)}  ${(e.category ?? '-').padEnd(16)}  ${e.title}`)
    .join('\n');
}

function list(flags: RulesFlags): string {
  const catalog = ruleCatalog();
  if (flags.json) {
    return `${JSON.stringify(
      catalog.map((e) => ({ ...e, docsUrl: docsUrl(e) })),
      null,
      2,
    )}\n`;
  }
  const sections = (['check', 'probe', 'meta'] as const)
    .map((kind) => catalog.filter((e) => e.kind === kind))
    .filter((entries) => entries.length > 0)
    .map((entries) => `${KIND_TITLE[entries[0]!.kind]}\n${table(entries)}`);
  return `${sections.join('\n\n')}\n\nRun \`vas rules <id>\` for a rule's documentation.\n`;
}

/** Levenshtein distance, for "did you mean" on a mistyped id. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

function suggestion(id: string): string {
  const bare = id.replace(/^vas\//, '');
  const words = bare.split('-');
  // "bola-ownership" names words of "bola-missing-ownership-check": as good as a typo-free match
  const contains = (id: string) => words.every((w) => id.split('-').includes(w));
  const scored = ruleCatalog()
    .map((e) => ({ id: e.id, score: contains(e.id) ? 0 : distance(bare, e.id) }))
    .sort((a, b) => a.score - b.score);
  const best = scored[0];
  return best && best.score <= Math.max(3, bare.length / 3) ? ` (did you mean ${best.id}?)` : '';
}

function show(id: string, flags: RulesFlags): string {
  const entries = findRules(id);
  if (entries.length === 0) throw new UsageError(`unknown rule "${id}"${suggestion(id)}; run vas rules to list them`);
  if (flags.json) {
    const out = entries.map((e) => ({ ...e, docsUrl: docsUrl(e), docs: readRuleDocs(e) ?? null }));
    return `${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`;
  }
  // a check and a probe may share an id (the same problem, found statically and on a live API)
  return entries.map(page).join('\n');
}

function page(entry: CatalogEntry): string {
  const docs = readRuleDocs(entry);
  if (docs) return docs.endsWith('\n') ? docs : `${docs}\n`;
  // no page yet: say what the catalog knows rather than nothing
  const standards = [entry.owasp, entry.cwe].filter(Boolean).join(', ');
  return `# ${entry.title}\n\n${entry.ruleId} · ${entry.kind} · ${entry.severity}${standards ? ` · ${standards}` : ''}\n\n${entry.description}\n\nDocs: ${docsUrl(entry)}\n`;
}

export function registerRules(program: Command, _setExit: (code: number) => void): void {
  program
    .command('rules')
    .description('list the checks and probes, or print one rule’s docs')
    .argument('[id]', 'a rule id, with or without the vas/ prefix')
    .option('--json', 'machine-readable output')
    .action((id: string | undefined, flags: RulesFlags) => {
      process.stdout.write(id === undefined ? list(flags) : show(id, flags));
    });
}
