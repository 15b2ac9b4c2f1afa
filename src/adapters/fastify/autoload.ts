import { basename, dirname, relative, sep } from 'node:path';
import { type Node, nameOf, type T, unwrap } from '../../parse/ast.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { type Located, objectProps, staticDir, staticString } from '../shared/values.ts';
import type { Contexts, PluginRef } from './contexts.ts';

/** One plugin module `@fastify/autoload` loads, with the prefix its folder gives it. */
export interface AutoloadEntry {
  file: SourceFile;
  plugin: PluginRef;
  prefix: string;
  /** `autohooks` plugins of its folder (and of parent folders with `cascadeHooks`), applied before it */
  hooks: PluginRef[];
  /** the plugin options a module exports as `autoConfig` (used with `export default somePackagePlugin`) */
  config: Located | null;
}

export function isAutoload(pkg: string | null): boolean {
  return pkg === '@fastify/autoload' || pkg === 'fastify-autoload';
}

const INDEX = /^index\.(?:[cm]?[jt]s)$/;
const AUTOHOOKS = /^autohooks\.(?:[cm]?[jt]s)$/;
const SKIP = /\.(?:test|spec)\.[cm]?[jt]sx?$|\.d\.[cm]?ts$/;

/**
 * The plugins `register(autoload, { dir, options: { prefix } })` loads, as far as the folder is known
 * statically: each script is a plugin; a folder with an index file loads only that file (and its
 * sub-folders); folder names become route prefixes (`dirNameRoutePrefix`, on by default), `_id` folders
 * become `:id` with `routeParams`; a module's `autoPrefix` export replaces the folder prefix. Files the
 * index rule leaves out are added to `skipped`.
 */
export function autoloadEntries(
  resolver: Resolver,
  project: Project,
  cx: Contexts,
  file: SourceFile,
  optsNode: Node | undefined,
  skipped?: SourceFile[],
): AutoloadEntry[] {
  const opts = objectProps(resolver, file, optsNode);
  const dirOpt = opts.get('dir');
  const root = dirOpt ? staticDir(resolver, dirOpt.file, dirOpt.node) : null;
  if (!root) return [];
  const inner = opts.get('options');
  const prefixNode = inner ? objectProps(resolver, inner.file, inner.node).get('prefix') : undefined;
  const basePrefix = prefixNode ? (staticString(resolver, prefixNode.file, prefixNode.node) ?? '') : '';
  const dirNamePrefix = !isFalse(opts.get('dirNameRoutePrefix')?.node);
  const routeParams = isTrue(opts.get('routeParams')?.node);
  const autoHooks = isTrue(opts.get('autoHooks')?.node);
  const cascade = isTrue(opts.get('cascadeHooks')?.node);
  const ignore = regexOf(opts.get('ignorePattern')?.node);

  const byDir = new Map<string, SourceFile[]>();
  for (const f of project.files.values()) {
    if (!f.abs.startsWith(root + sep) || SKIP.test(f.abs)) continue;
    if (ignore?.test(basename(f.abs))) continue;
    const d = dirname(f.abs);
    const list = byDir.get(d) ?? [];
    list.push(f);
    byDir.set(d, list);
  }
  const out: AutoloadEntry[] = [];
  const dirs = [...byDir.keys()].sort();
  for (const d of dirs) {
    const files = byDir.get(d)!.sort((a, b) => a.abs.localeCompare(b.abs));
    const index = files.find((f) => INDEX.test(basename(f.abs)));
    const rel = relative(root, d);
    const segs = rel ? rel.split(sep) : [];
    const dirPrefix = dirNamePrefix
      ? segs.map((s) => (routeParams && s.startsWith('_') ? `:${s.slice(1)}` : s)).join('/')
      : '';
    const hooks: PluginRef[] = [];
    if (autoHooks) {
      for (let i = cascade ? 0 : segs.length; i <= segs.length; i++) {
        const hd = i === 0 ? root : `${root}${sep}${segs.slice(0, i).join(sep)}`;
        const hf = (byDir.get(hd) ?? []).find((f) => AUTOHOOKS.test(basename(f.abs)));
        if (hf) hooks.push(defaultPlugin(resolver, cx, hf));
      }
    }
    if (index) for (const f of files) if (f !== index) skipped?.push(f);
    for (const f of index ? [index] : files) {
      if (autoHooks && AUTOHOOKS.test(basename(f.abs))) continue;
      const plugin = defaultPlugin(resolver, cx, f);
      if (!plugin.fn && !plugin.pkg) continue;
      const auto = exportedString(resolver, f, 'autoPrefix');
      const override = exportedString(resolver, f, 'prefixOverride');
      const prefix = override ?? `${basePrefix}/${auto ?? dirPrefix}`;
      out.push({ file: f, plugin, prefix, hooks, config: autoConfig(resolver, f) });
    }
  }
  return out;
}

function defaultPlugin(resolver: Resolver, cx: Contexts, file: SourceFile): PluginRef {
  const v = resolver.exportOf(file, 'default');
  if (v.kind === 'external') return { fn: null, fp: false, pkg: v.pkg };
  if (v.kind !== 'node') return { fn: null, fp: false, pkg: null };
  return cx.pluginOf(v.file, v.node);
}

/** `export const autoConfig = { … }` or `(fastify) => ({ … })`. */
function autoConfig(resolver: Resolver, file: SourceFile): Located | null {
  const v = resolver.exportOf(file, 'autoConfig');
  if (v.kind !== 'node') return null;
  const fn = resolver.functionOf(v);
  const ret = fn ? returnedExpression(fn.fn) : null;
  return ret ? { file: v.file, node: ret } : { file: v.file, node: v.node };
}

function returnedExpression(fn: Node): Node | null {
  const body = (fn as T.ArrowFunctionExpression).body as Node | null;
  if (!body) return null;
  if (body.type !== 'BlockStatement') return body;
  for (const st of body.body as Node[]) if (st.type === 'ReturnStatement' && st.argument) return st.argument as Node;
  return null;
}

/** `export const autoPrefix = '/x'` or `module.exports.autoPrefix = '/x'`. */
function exportedString(resolver: Resolver, file: SourceFile, name: string): string | null {
  const v = resolver.exportOf(file, name);
  if (v.kind === 'node') return staticString(resolver, v.file, v.node);
  for (const st of file.program.body as Node[]) {
    if (st.type !== 'ExpressionStatement') continue;
    const e = unwrap(st.expression as Node);
    if (e?.type !== 'AssignmentExpression' || e.left.type !== 'MemberExpression') continue;
    if (nameOf(e.left.property as Node) !== name) continue;
    return staticString(resolver, file, e.right as Node);
  }
  return null;
}

function isTrue(n: Node | undefined): boolean {
  const u = unwrap(n);
  return !!u && u.type === 'Literal' && u.value === true;
}

function isFalse(n: Node | undefined): boolean {
  const u = unwrap(n);
  return !!u && u.type === 'Literal' && u.value === false;
}

function regexOf(n: Node | undefined): RegExp | null {
  const u = unwrap(n);
  if (u?.type !== 'Literal') return null;
  const r = (u as { regex?: { pattern: string; flags: string } }).regex;
  try {
    if (r) return new RegExp(r.pattern, r.flags);
    if (typeof u.value === 'string') return new RegExp(u.value);
  } catch {
    return null;
  }
  return null;
}
