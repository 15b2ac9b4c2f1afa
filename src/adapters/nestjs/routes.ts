import type { EndpointMethod } from '../../core/finding.ts';
import { table } from '../../core/table.ts';
import { type Node, nameOf, propertyValue, type T, unwrap, walk } from '../../parse/ast.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { superClassOf } from '../../parse/this-members.ts';
import { type Deco, expandDecorators, isDeco, shortName, staticString, staticStrings } from './decorators.ts';

/** A version list as Nest accepts it (`'1'`, `['1', '2']`, `VERSION_NEUTRAL`). */
export const NEUTRAL = '\0neutral';

/** A class decorated with `@Controller(...)`. */
export interface ControllerDef {
  file: SourceFile;
  node: T.Class;
  name: string;
  /** controller path(s); `''` when the decorator has none */
  paths: string[];
  /** `@Controller({ version })` or a class-level `@Version()` */
  version: string[] | null;
  decos: Deco[];
  routes: RouteDef[];
}

/** One handler method with its HTTP-method decorator. */
export interface RouteDef {
  /** file of the method (a base class may live elsewhere) */
  file: SourceFile;
  method: T.MethodDefinition;
  fn: T.Function;
  httpMethod: EndpointMethod;
  paths: string[];
  /** the `@Get(...)` decorator: the endpoint's location */
  at: Node;
  decos: Deco[];
  version: string[] | null;
}

const HTTP_DECORATORS = table<EndpointMethod>({
  Get: 'GET',
  Post: 'POST',
  Put: 'PUT',
  Patch: 'PATCH',
  Delete: 'DELETE',
  Options: 'OPTIONS',
  Head: 'HEAD',
  All: 'ALL',
  // server-sent events are served on GET
  Sse: 'GET',
});

/** Every controller of the project with its routes, in file order. */
export function collectControllers(project: Project, resolver: Resolver): ControllerDef[] {
  const out: ControllerDef[] = [];
  for (const file of project.files.values()) {
    if (!file.text.includes('Controller')) continue;
    walk(file.program, (node) => {
      if (node.type !== 'ClassDeclaration' && node.type !== 'ClassExpression') return;
      if (!node.decorators?.length) return;
      const decos = expandDecorators(resolver, file, node);
      const ctrl = decos.find((d) => isDeco(d, '@nestjs/common', 'Controller'));
      if (!ctrl) return;
      const { paths, version } = controllerOptions(resolver, ctrl);
      const classVersion = versionDeco(resolver, decos);
      out.push({
        file,
        node,
        name: node.id?.name ?? '<anonymous>',
        paths,
        version: classVersion ?? version,
        decos,
        routes: routesOf(resolver, file, node),
      });
    });
  }
  return out;
}

function controllerOptions(resolver: Resolver, d: Deco): { paths: string[]; version: string[] | null } {
  const arg = unwrap(d.args[0]);
  if (!arg) return { paths: [''], version: null };
  if (arg.type === 'ObjectExpression') {
    const p = propertyValue(arg, 'path');
    return {
      paths: p ? (staticStrings(resolver, d.expr.file, p) ?? ['{dynamic}']) : [''],
      version: versionValue(resolver, d.expr.file, propertyValue(arg, 'version')),
    };
  }
  return { paths: staticStrings(resolver, d.expr.file, arg) ?? ['{dynamic}'], version: null };
}

/** `'1'`, `['1', '2']`, `VERSION_NEUTRAL` → a version list (NEUTRAL for neutral). */
export function versionValue(resolver: Resolver, file: SourceFile, expr: Node | null | undefined): string[] | null {
  const n = unwrap(expr);
  if (!n) return null;
  const items = n.type === 'ArrayExpression' ? (n.elements as Node[]) : [n];
  const out: string[] = [];
  for (const item of items) {
    const v = resolver.valueOf(file, item);
    if (v.kind === 'external' && v.path[v.path.length - 1] === 'VERSION_NEUTRAL') {
      out.push(NEUTRAL);
      continue;
    }
    const s = staticString(resolver, file, item);
    if (s !== null) out.push(s);
  }
  return out.length > 0 ? out : null;
}

function versionDeco(resolver: Resolver, decos: Deco[]): string[] | null {
  const d = decos.find((x) => isDeco(x, '@nestjs/common', 'Version'));
  return d ? versionValue(resolver, d.expr.file, d.args[0]) : null;
}

/**
 * Route handlers of a controller class, including those inherited from base classes of the project
 * (Nest reads route metadata through the prototype chain; an override without decorators is no route).
 */
function routesOf(resolver: Resolver, file: SourceFile, cls: T.Class): RouteDef[] {
  const routes: RouteDef[] = [];
  const seen = new Set<string>();
  let cur: { file: SourceFile; node: T.Class } | null = { file, node: cls };
  for (let depth = 0; cur && depth < 6; depth++) {
    for (const m of cur.node.body.body) {
      if (m.type !== 'MethodDefinition' || m.kind !== 'method' || m.static) continue;
      const name = nameOf(m.key as Node);
      if (name === null || seen.has(name)) continue;
      seen.add(name);
      const decos = expandDecorators(resolver, cur.file, m as Node);
      const version = versionDeco(resolver, decos);
      for (const d of decos) {
        const httpMethod = HTTP_DECORATORS[shortName(d.id)];
        if (!httpMethod || !isDeco(d, '@nestjs/common', shortName(d.id))) continue;
        const paths = d.args.length === 0 ? [''] : (staticStrings(resolver, d.expr.file, d.args[0]) ?? ['{dynamic}']);
        routes.push({
          file: cur.file,
          method: m,
          fn: m.value as T.Function,
          httpMethod,
          paths,
          at: d.at.node,
          decos,
          version,
        });
      }
    }
    cur = superClassOf(resolver, cur.file, cur.node);
  }
  return routes;
}
