import { existsSync, readFileSync } from 'node:fs';
import { CHECKS } from '../checks/index.ts';
import { SUPPRESSION_RULE_ID } from '../config/suppressions.ts';
import { CATEGORIES, type Category } from '../core/category.ts';
import type { Finding } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
import type { RuleMeta } from '../core/rule.ts';
import type { Severity } from '../core/severity.ts';
import { PROBES } from '../probe/probes/index.ts';

/**
 * Every rule vas can report, as one list: the static checks, the dynamic probes, and the rules vas itself
 * applies to its own input (suppressions). SARIF, `vas rules` and the MCP server read it.
 */
export interface CatalogEntry {
  /** `vas/<id>`, as in the report */
  ruleId: string;
  id: string;
  kind: 'check' | 'probe' | 'meta';
  title: string;
  description: string;
  severity: Severity;
  /** null when the category comes from the finding (a suppression takes the category of what it hides) */
  category: Category | null;
  owasp: string | null;
  cwe: string | null;
  /** docs page, relative to the package root */
  docsFile: string;
  /** the `## ` heading of the page's section about this rule, when the page covers more than one */
  docsSection?: string;
}

const PACKAGE_ROOT = new URL('../../', import.meta.url);

function fromMeta(meta: RuleMeta): CatalogEntry {
  const category = CATEGORIES[meta.category];
  return {
    ruleId: `vas/${meta.id}`,
    id: meta.id,
    kind: meta.kind,
    title: meta.title,
    description: meta.description,
    severity: meta.severity,
    category: meta.category,
    owasp: meta.owasp ?? category.owasp,
    cwe: meta.cwe ?? category.cwe,
    docsFile: `docs/${meta.kind === 'check' ? 'rules' : 'probes'}/${meta.id}.md`,
  };
}

const META_RULES: CatalogEntry[] = [
  {
    ruleId: SUPPRESSION_RULE_ID,
    id: 'suppression-without-reason',
    kind: 'meta',
    title: 'Suppression without a reason',
    description:
      'A vas-ignore comment hides a finding without saying why. The finding may be a false positive or an accepted risk, but without a reason nobody reviewing the code can tell which.',
    severity: 'low',
    category: null,
    owasp: null,
    cwe: null,
    docsFile: 'docs/config.md',
    docsSection: 'Suppressions',
  },
];

const CATALOG: CatalogEntry[] = [
  ...Object.values(CHECKS).map((c) => fromMeta(c.meta)),
  ...Object.values(PROBES).map((p) => fromMeta(p.meta)),
  ...META_RULES,
];

export function ruleCatalog(): CatalogEntry[] {
  return [...CATALOG];
}

/**
 * Every rule with this id (`vas/<id>` or `<id>`). Usually one; a check and a probe may share an id when they
 * find the same problem statically and on a live API.
 */
export function findRules(id: string): CatalogEntry[] {
  const ruleId = id.startsWith('vas/') ? id : `vas/${id}`;
  return CATALOG.filter((r) => r.ruleId === ruleId);
}

/** Looks a rule up by `vas/<id>` or `<id>`, preferring `kind` when a check and a probe share the id. */
export function findRule(id: string, kind?: CatalogEntry['kind']): CatalogEntry | undefined {
  const found = findRules(id);
  return found.find((r) => r.kind === kind) ?? found[0];
}

/**
 * A catalog entry for a ruleId the catalog does not know (a report from another vas version, or a rule
 * added by a plugin later): everything a reporter needs, taken from the finding.
 */
export function entryForFinding(finding: Finding, kind?: CatalogEntry['kind']): CatalogEntry {
  const known = findRule(finding.ruleId, kind);
  if (known) return known;
  const id = finding.ruleId.replace(/^vas\//, '');
  const category = CATEGORIES[finding.category];
  return {
    ruleId: finding.ruleId,
    id,
    kind: finding.evidence.length > 0 ? 'probe' : 'check',
    title: category.title,
    description: category.title,
    severity: finding.severity,
    category: finding.category,
    owasp: category.owasp,
    cwe: category.cwe,
    docsFile: `docs/${finding.evidence.length > 0 ? 'probes' : 'rules'}/${id}.md`,
  };
}

/** Which kind of rule produced a report's findings. */
export function ruleKindOf(report: Pick<Report, 'mode'>): 'check' | 'probe' {
  return report.mode === 'static' ? 'check' : 'probe';
}

/** The rule's docs page (markdown), front matter removed; undefined when the package has none. */
export function readRuleDocs(entry: CatalogEntry): string | undefined {
  const url = new URL(entry.docsFile, PACKAGE_ROOT);
  if (!existsSync(url)) return undefined;
  const text = readFileSync(url, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  if (!entry.docsSection) return text;
  const start = text.indexOf(`\n## ${entry.docsSection}\n`);
  if (start === -1) return undefined;
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start + 1, end === -1 ? undefined : end + 1);
}

function repositoryUrl(): string {
  const pkg = JSON.parse(readFileSync(new URL('package.json', PACKAGE_ROOT), 'utf8')) as {
    repository?: string | { url?: string };
  };
  const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const url = raw?.replace(/^git\+/, '').replace(/\.git$/, '');
  // TODO(lead): package.json has no "repository" yet; this fallback is the intended public home.
  return url && /^https:\/\//.test(url) ? url : 'https://github.com/vas-scanner/vas';
}

/** The project's home page (SARIF informationUri). */
export const HOMEPAGE = repositoryUrl();
const DOCS_BASE = `${HOMEPAGE}/blob/main/`;

/** Where a rule's docs live on the web (SARIF helpUri, links in reports). */
export function docsUrl(entry: CatalogEntry): string {
  return (
    DOCS_BASE + entry.docsFile + (entry.docsSection ? `#${entry.docsSection.toLowerCase().replace(/\s+/g, '-')}` : '')
  );
}
