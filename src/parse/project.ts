import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { type ParserOptions, parseSync, rawTransferSupported } from 'oxc-parser';
import { UsageError } from '../cli/errors.ts';
import type { Diagnostic } from '../core/report.ts';
import type { T } from './ast.ts';
import { linkParents } from './ast.ts';
import { discoverFiles, MAX_FILE_BYTES } from './discover.ts';
import { type PackageInfo, readPackage } from './packages.ts';
import { computeLineStarts, type SourceFile } from './source.ts';

/**
 * Raw transfer hands the AST over as one buffer instead of JSON: the fastest eager path (see
 * ../shared/ecosystem.md). The option is experimental and missing from the published typings.
 */
const PARSE_OPTIONS = { experimentalRawTransfer: rawTransferSupported(), preserveParens: false } as ParserOptions;

/**
 * Whether a module opens with the `'use client'` directive (after comments), as React and Next.js define it.
 * A scan over the leading whitespace and comments, not a regex: `^(?:\s|//…|/\*…\*\/)*` backtracks
 * catastrophically on a long licence header that is not followed by the directive (a vendored angular.js hung
 * the scan).
 */
export function isClientComponent(text: string): boolean {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0) i++;
    else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2f) {
      const end = text.indexOf('\n', i);
      if (end < 0) return false;
      i = end + 1;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return false;
      i = end + 2;
    } else break;
  }
  const quote = text[i];
  return (quote === "'" || quote === '"') && text.startsWith('use client', i + 1) && text[i + 11] === quote;
}

export interface Project {
  root: string;
  files: Map<string, SourceFile>;
  packages: PackageInfo[];
  /** Prisma schemas and SQL files (paths) */
  schemas: string[];
  diagnostics: Diagnostic[];
  lines: number;
}

export interface LoadOptions {
  onProgress?: (done: number, total: number) => void;
  /** sources already read (the scan planner reads them to group a monorepo), by absolute path */
  texts?: ReadonlyMap<string, string>;
}

const MATCHES = new WeakMap<Project, Map<string, boolean>>();

/**
 * Does any source of the project match (`mongoose.set('sanitizeFilter', true)`, a `pre('save')` hook that hashes)?
 * Memoised per project and pattern: checks ask it once per endpoint.
 */
export function anyFileMatches(project: Project, re: RegExp): boolean {
  let known = MATCHES.get(project);
  if (!known) {
    known = new Map();
    MATCHES.set(project, known);
  }
  const key = `${re.source}/${re.flags}`;
  let v = known.get(key);
  if (v === undefined) {
    v = [...project.files.values()].some((f) => re.test(f.text));
    known.set(key, v);
  }
  return v;
}

/** What a scan will read: the sources and package.json files found under the root, before any parsing. */
export interface ProjectPlan {
  root: string;
  sources: string[];
  packages: PackageInfo[];
  /** Prisma schemas and SQL files, read by the model facts */
  schemas: string[];
  /** skipped files and unreadable package.json files */
  diagnostics: Diagnostic[];
}

/** Finds the sources and packages under `root`. Throws a UsageError when root is not a folder. */
export function planProject(rootArg: string): ProjectPlan {
  const root = resolve(rootArg);
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(root);
  } catch {
    throw new UsageError(`no such file or directory: ${rootArg}`);
  }
  if (!st.isDirectory()) throw new UsageError(`not a directory: ${rootArg} (vas scan takes the folder of a project)`);

  const found = discoverFiles(root);
  const diagnostics: Diagnostic[] = found.skipped.map((s) => ({ kind: 'skipped', message: s.reason, file: s.file }));
  const packages: PackageInfo[] = [];
  for (const pj of found.packageJsons) {
    const info = readPackage(pj, root);
    if ('error' in info) diagnostics.push({ kind: 'warning', message: info.error, file: relative(root, pj) });
    else packages.push(info);
  }
  return { root, sources: found.sources, packages, schemas: found.schemas, diagnostics };
}

/** Reads, parses and indexes every source file under `root`, once. Files that fail are diagnostics, never fatal. */
export function loadProject(rootArg: string, options: LoadOptions = {}): Project {
  const plan = planProject(rootArg);
  const project = loadSources(plan, options);
  project.diagnostics.unshift(...plan.diagnostics);
  return project;
}

/**
 * Reads, parses and indexes the given sources (a whole project, or one group of a monorepo). The project's
 * diagnostics are about these files only; the plan's own (skipped files, bad package.json) stay with the plan.
 */
export function loadSources(plan: Omit<ProjectPlan, 'diagnostics'>, options: LoadOptions = {}): Project {
  const { root } = plan;
  const diagnostics: Diagnostic[] = [];
  const files = new Map<string, SourceFile>();
  let lines = 0;
  const total = plan.sources.length;
  plan.sources.forEach((abs, i) => {
    if (options.onProgress && i % 200 === 0) options.onProgress(i, total);
    const rel = relative(root, abs).split(sep).join('/');
    let text: string;
    try {
      text = options.texts?.get(abs) ?? readFileSync(abs, 'utf8');
    } catch (err) {
      diagnostics.push({
        kind: 'unreadable',
        message: `cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
        file: rel,
      });
      return;
    }
    if (text.length > MAX_FILE_BYTES) {
      diagnostics.push({
        kind: 'skipped',
        message: `larger than ${MAX_FILE_BYTES / 1_000_000} MB (likely a bundle)`,
        file: rel,
      });
      return;
    }
    if (text.charCodeAt(0) === 0xfffd && text.includes('\u0000')) {
      // a UTF-16 file (BOM FF FE) read as UTF-8: decode it properly
      try {
        text = new TextDecoder('utf-16le').decode(readFileSync(abs)).replace(/^\uFEFF/, '');
      } catch {
        /* reported as binary below */
      }
    }
    // React client components run in the browser: they define no route, action or server secret
    if (isClientComponent(text)) return;
    if (text.includes('\u0000')) {
      diagnostics.push({ kind: 'skipped', message: 'binary file with a source extension', file: rel });
      return;
    }
    let parsed = parseSync(abs, text, PARSE_OPTIONS);
    // create-react-app style: JSX inside .js files
    if (
      parsed.errors.length > 0 &&
      /\.[cm]?js$/.test(abs) &&
      /JSX|Unexpected token/.test(parsed.errors[0]!.message) &&
      /<\/?[A-Za-z]/.test(text)
    ) {
      const jsx = parseSync(abs, text, { ...PARSE_OPTIONS, lang: 'jsx' } as ParserOptions);
      if (jsx.errors.length === 0) parsed = jsx;
    }
    const lineStarts = computeLineStarts(text);
    lines += lineStarts.length;
    if (parsed.errors.length > 0) {
      // oxc does not recover from syntax errors: report the file and go on without it
      const first = parsed.errors[0]!;
      const offset = first.labels[0]?.start ?? 0;
      let line = 1;
      for (const s of lineStarts) if (s <= offset) line++;
      diagnostics.push({ kind: 'parse-error', message: first.message, file: rel, line: line - 1 });
      return;
    }
    const program = parsed.program as unknown as T.Program;
    const index = linkParents(program as unknown as T.Node);
    files.set(abs, { abs, rel, text, program, module: parsed.module, comments: parsed.comments, lineStarts, index });
  });
  options.onProgress?.(total, total);

  return { root, files, packages: plan.packages, schemas: plan.schemas, diagnostics, lines };
}
