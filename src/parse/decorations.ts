import type { FunctionRef } from '../core/endpoint.ts';
import { calleeName, isFunction, type Node, nameOf, stringValue, type T, unwrap } from './ast.ts';
import type { Project } from './project.ts';
import type { Resolver } from './resolve.ts';

const DECORATIONS = new WeakMap<Project, Map<string, FunctionRef>>();

/**
 * Fastify: `app.viewerFromHeader(request)` runs what a plugin registered with `app.decorate('viewerFromHeader', fn)`
 * (the instance a route sees is the plugin's, so the name is looked up project-wide).
 */
export function decoratedFunction(resolver: Resolver, call: T.CallExpression): FunctionRef | null {
  const callee = unwrap(call.callee as Node);
  if (callee?.type !== 'MemberExpression' || callee.computed) return null;
  const name = nameOf(callee.property as Node);
  if (!name) return null;
  let byName = DECORATIONS.get(resolver.project);
  if (!byName) {
    byName = new Map();
    for (const file of resolver.project.files.values())
      for (const c of file.index.CallExpression) {
        if (calleeName(c) !== 'decorate' && calleeName(c) !== 'decorateRequest') continue;
        const key = stringValue(c.arguments[0] as Node);
        const fn = unwrap(c.arguments[1] as Node | undefined);
        if (key && fn && isFunction(fn) && !byName.has(key)) byName.set(key, { file, fn });
      }
    DECORATIONS.set(resolver.project, byName);
  }
  return byName.get(name) ?? null;
}
