import { dirname } from 'node:path';
import type { FrameworkId } from '../core/stack.ts';
import { nearestPackage, type PackageInfo } from '../parse/packages.ts';
import type { Project } from '../parse/project.ts';
import type { SourceFile } from '../parse/source.ts';
import { specifiersOf } from '../stack/imports.ts';

/** The packages that mean a framework is in use. */
const FRAMEWORK_DEPS: Record<FrameworkId, string[]> = {
  express: ['express'],
  fastify: ['fastify', 'fastify-plugin'],
  hono: ['hono'],
  koa: ['koa', '@koa/router', 'koa-router'],
  nestjs: ['@nestjs/core', '@nestjs/common'],
  nextjs: ['next'],
};
const ALL_DEPS = new Set(Object.values(FRAMEWORK_DEPS).flat());

/**
 * The part of the project one adapter needs to read: files whose nearest package.json declares the framework,
 * files that import it, and files of packages that declare no server framework at all (shared code, or an app
 * without a package.json). In a monorepo of services this keeps each adapter to its own services.
 */
export function projectFor(project: Project, framework: FrameworkId): Project {
  const wanted = FRAMEWORK_DEPS[framework];
  const nearest = nearestPackageIndex(project);
  let dropped = 0;
  const files = new Map<string, SourceFile>();
  const declared = new Map<PackageInfo | null, string[]>();
  for (const [abs, file] of project.files) {
    const pkg = nearest(abs);
    let declares = declared.get(pkg);
    if (!declares) {
      declares = pkg ? [...pkg.deps].filter((d) => ALL_DEPS.has(d)) : [];
      declared.set(pkg, declares);
    }
    const keep =
      declares.length === 0 ||
      declares.some((d) => wanted.includes(d)) ||
      specifiersOf(file).some((s) => wanted.some((w) => isPackageOrSubpath(s, w)));
    if (keep) files.set(abs, file);
    else dropped++;
  }
  return dropped === 0 ? project : { ...project, files };
}

/** `spec` is the package `name` or a subpath of it (`hono/jwt`). */
function isPackageOrSubpath(spec: string, name: string): boolean {
  return spec.startsWith(name) && (spec.length === name.length || spec.charCodeAt(name.length) === 47);
}

const INDEXES = new WeakMap<Project, (abs: string) => PackageInfo | null>();

function nearestPackageIndex(project: Project): (abs: string) => PackageInfo | null {
  const cached = INDEXES.get(project);
  if (cached) return cached;
  const lookup = nearestPackage(project.packages, project.root);
  const fn = (abs: string) => lookup(dirname(abs));
  INDEXES.set(project, fn);
  return fn;
}
