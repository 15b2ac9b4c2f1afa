import type { Node } from '../../parse/ast.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { type Located, objectProps, staticString } from '../shared/values.ts';
import { autoloadEntries, isAutoload } from './autoload.ts';
import type { Contexts, Ctx, PluginRef, Reg } from './contexts.ts';
import { type Phase, phaseOf } from './middleware.ts';

/**
 * When something happens while Fastify boots, as a sort key. A statement of a plugin body runs at its
 * index; a registered plugin loads when the queue is flushed (the next `await`, or the end of the body),
 * after the statements before that point and in registration order: `[flushIndex + 0.5, index, …inner]`.
 */
export type Key = number[];

export type RouteReg = Extract<Reg, { kind: 'route' }>;

/** The statements of one context once `fastify-plugin` plugins are inlined into it. */
export interface Body {
  routes: { key: Key; reg: RouteReg }[];
  hooks: { key: Key; phase: Phase; loc: Located; under: string | null }[];
  /** package plugins: where they are registered and their options */
  packages: { key: Key; pkg: string; at: Located; opts: Located | null }[];
  children: { key: Key; ctx: Ctx; prefix: string; inline: PluginRef[] }[];
  decorations: Map<string, Located>;
  errors: Located[];
}

export interface BodyEnv {
  cx: Contexts;
  resolver: Resolver;
  project: Project;
}

/**
 * Appends what runs in `ctx` to `body`: its own registrations, and those of the `fastify-plugin` plugins it
 * registers (inlined: they act on this context), each with the Key of the moment it runs.
 */
export function expandInto(env: BodyEnv, body: Body, ctx: Ctx, base: Key, seen: Set<Ctx>): void {
  const { cx, resolver, project } = env;
  if (seen.has(ctx)) return;
  seen.add(ctx);
  const loads = loadPoints(ctx.regs);
  ctx.regs.forEach((reg, i) => {
    const key = [...base, i];
    switch (reg.kind) {
      case 'route':
        body.routes.push({ key, reg });
        break;
      case 'hook': {
        const phase = phaseOf(reg.phase);
        if (phase) body.hooks.push({ key, phase, loc: { file: reg.file, node: reg.fn }, under: null });
        break;
      }
      case 'use':
        for (const fn of reg.fns)
          body.hooks.push({ key, phase: 'onRequest', loc: { file: reg.file, node: fn }, under: reg.path });
        break;
      case 'decorate':
        if (!body.decorations.has(reg.name)) body.decorations.set(reg.name, { file: reg.file, node: reg.value });
        break;
      case 'error':
        body.errors.push({ file: reg.file, node: reg.fn });
        break;
      case 'register': {
        const plugins = cx.pluginsOf(reg.file, reg.plugin);
        plugins.forEach((p, n) => {
          const at = plugins.length > 1 ? [...base, loads[i]! + 0.5, i, n] : [...base, loads[i]! + 0.5, i];
          if (isAutoload(p.pkg)) {
            autoloadEntries(resolver, project, cx, reg.file, reg.opts ?? undefined).forEach((e, j) => {
              if (e.plugin.pkg) {
                // `export default fastifyRateLimit` (+ `autoConfig`): the package registered on this context
                const node = defaultExportNode(e.file);
                body.packages.push({ key: [...at, j], pkg: e.plugin.pkg, at: { file: e.file, node }, opts: e.config });
                return;
              }
              const c = e.plugin.fn ? cx.ctxs.get(e.plugin.fn.node) : undefined;
              if (!c) return;
              if (e.plugin.fp) expandInto(env, body, c, [...at, j], seen);
              else body.children.push({ key: [...at, j], ctx: c, prefix: e.prefix, inline: e.hooks });
            });
          } else if (p.fn) {
            const c = cx.ctxs.get(p.fn.node);
            if (!c) return;
            // fastify-plugin: same context as the parent, and the prefix option is ignored
            if (p.fp) expandInto(env, body, c, at, seen);
            else body.children.push({ key: at, ctx: c, prefix: prefixOption(resolver, reg), inline: [] });
          } else if (p.pkg) {
            const opts = reg.opts ? { file: reg.file, node: reg.opts } : null;
            body.packages.push({ key: at, pkg: p.pkg, at: { file: reg.file, node: reg.call }, opts });
          }
        });
        break;
      }
      default:
        break;
    }
  });
  seen.delete(ctx);
}

/** For each statement index, the index at which a plugin registered there is loaded (see Key). */
function loadPoints(regs: Reg[]): number[] {
  const out = new Array<number>(regs.length);
  let next = regs.length;
  for (let i = regs.length - 1; i >= 0; i--) {
    const r = regs[i]!;
    if (r.kind === 'flush' || (r.kind === 'register' && r.awaited)) next = i;
    out[i] = next;
  }
  return out;
}

export function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function prefixOption(resolver: Resolver, reg: Extract<Reg, { kind: 'register' }>): string {
  const p = objectProps(resolver, reg.file, reg.opts).get('prefix');
  return p ? (staticString(resolver, p.file, p.node) ?? '') : '';
}

/** Every package plugin registered somewhere (directly, or as an autoloaded module's default export). */
export function registeredPackages(env: BodyEnv): Set<string> {
  const { cx, resolver, project } = env;
  const out = new Set<string>();
  for (const ctx of cx.ctxs.values()) {
    for (const reg of ctx.regs) {
      if (reg.kind !== 'register') continue;
      for (const p of cx.pluginsOf(reg.file, reg.plugin)) {
        if (isAutoload(p.pkg)) {
          for (const e of autoloadEntries(resolver, project, cx, reg.file, reg.opts ?? undefined))
            if (e.plugin.pkg) out.add(e.plugin.pkg);
        } else if (p.pkg) out.add(p.pkg);
      }
    }
  }
  return out;
}

/** Plugin contexts some other context registers (directly, inlined through fastify-plugin, or by autoload). */
export function registeredPlugins(cx: Contexts, resolver: Resolver, project: Project, skipped: SourceFile[]): Set<Ctx> {
  const out = new Set<Ctx>();
  const add = (p: PluginRef): void => {
    const c = p.fn ? cx.ctxs.get(p.fn.node) : undefined;
    if (c) out.add(c);
  };
  for (const ctx of cx.ctxs.values()) {
    for (const reg of ctx.regs) {
      if (reg.kind !== 'register') continue;
      for (const p of cx.pluginsOf(reg.file, reg.plugin)) {
        if (!isAutoload(p.pkg)) add(p);
        else
          for (const e of autoloadEntries(resolver, project, cx, reg.file, reg.opts ?? undefined, skipped))
            add(e.plugin);
      }
    }
  }
  return out;
}

/** The `export default …` / `module.exports = …` statement, for locating a package re-exported as a plugin. */
function defaultExportNode(file: SourceFile): Node {
  for (const st of file.program.body as Node[]) {
    if (st.type === 'ExportDefaultDeclaration') return st;
    if (st.type === 'ExpressionStatement' && /^module\.exports\s*=/.test(file.text.slice(st.start, st.end))) return st;
  }
  return file.program as unknown as Node;
}
