import { table } from '../../core/table.ts';
import { calleeName, isFunction, type Node, nameOf, propertyValue, type T, unwrap, walk } from '../../parse/ast.ts';
import type { Project } from '../../parse/project.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { asClass } from '../../parse/this-members.ts';
import { decoratorsOf, externalId, isExport, type Located, staticString } from './decorators.ts';

/** The app-wide providers a module registers (`{ provide: APP_GUARD, useClass: X }`). */
export interface GlobalEnhancers {
  guards: Located[];
  pipes: Located[];
  interceptors: Located[];
  filters: Located[];
}

/** A class decorated with `@Module({...})`. */
export interface ModuleDef {
  file: SourceFile;
  node: T.Class;
  imports: Located[];
  controllers: Located[];
  enhancers: GlobalEnhancers;
  /** `consumer.apply(A, B).exclude(...).forRoutes(...)` in `configure(consumer)` */
  middleware: ConsumerRule[];
}

export interface ConsumerRule {
  apply: Located[];
  forRoutes: Located[];
  exclude: Located[];
}

/** Every `@Module({...})` class of the project, by class node. */
export function collectModules(project: Project, resolver: Resolver): Map<Node, ModuleDef> {
  const modules = new Map<Node, ModuleDef>();
  for (const file of project.files.values()) {
    if (!file.text.includes('Module')) continue;
    walk(file.program, (node) => {
      if (node.type !== 'ClassDeclaration' && node.type !== 'ClassExpression') return;
      for (const d of decoratorsOf(node)) {
        const call = unwrap(d.expression as Node);
        if (call?.type !== 'CallExpression') continue;
        const v = resolver.valueOf(file, call.callee as Node);
        const isModule =
          externalId(v) === '@nestjs/common:Module' || (v.kind === 'unknown' && calleeName(call) === 'Module');
        if (!isModule) continue;
        const meta = call.arguments[0] as Node | undefined;
        const def: ModuleDef = {
          file,
          node,
          imports: listOf(resolver, file, propertyValue(meta, 'imports')),
          controllers: listOf(resolver, file, propertyValue(meta, 'controllers')),
          enhancers: { guards: [], pipes: [], interceptors: [], filters: [] },
          middleware: consumerRules(node, file),
        };
        addProviders(resolver, def.enhancers, listOf(resolver, file, propertyValue(meta, 'providers')));
        modules.set(node, def);
      }
    });
  }
  return modules;
}

/** The elements of an array literal, following spreads of constant arrays (`providers: [...GUARDS]`). */
export function listOf(resolver: Resolver, file: SourceFile, expr: Node | null | undefined, depth = 0): Located[] {
  const n = unwrap(expr);
  if (!n || depth > 4) return [];
  if (n.type === 'Identifier' || n.type === 'MemberExpression') {
    const v = resolver.valueOf(file, n);
    if (v.kind === 'node' && unwrap(v.node)?.type === 'ArrayExpression')
      return listOf(resolver, v.file, v.node, depth + 1);
    return [];
  }
  if (n.type !== 'ArrayExpression') return [];
  const out: Located[] = [];
  for (const el of n.elements as Node[]) {
    if (!el) continue;
    if (el.type === 'SpreadElement') out.push(...listOf(resolver, file, el.argument as Node, depth + 1));
    else out.push({ file, node: el });
  }
  return out;
}

const ENHANCER_TOKENS = table<keyof GlobalEnhancers>({
  APP_GUARD: 'guards',
  APP_PIPE: 'pipes',
  APP_INTERCEPTOR: 'interceptors',
  APP_FILTER: 'filters',
});

function addProviders(resolver: Resolver, into: GlobalEnhancers, providers: Located[]): void {
  for (const p of providers) {
    const obj = unwrap(p.node);
    if (obj?.type !== 'ObjectExpression') continue;
    const token = resolver.valueOf(p.file, propertyValue(obj, 'provide'));
    if (token.kind !== 'external' || token.pkg !== '@nestjs/core') continue;
    const kind = ENHANCER_TOKENS[token.path.join('.')];
    if (!kind) continue;
    const impl =
      propertyValue(obj, 'useClass') ??
      propertyValue(obj, 'useValue') ??
      propertyValue(obj, 'useExisting') ??
      factoryResult(propertyValue(obj, 'useFactory'));
    if (impl) into[kind].push({ file: p.file, node: impl });
  }
}

/** `useFactory: () => new ValidationPipe({...})` → the returned expression. */
export function factoryResult(expr: Node | null): Node | null {
  const fn = unwrap(expr);
  if (!isFunction(fn)) return null;
  const body = fn.body as Node | null;
  if (!body) return null;
  if (body.type !== 'BlockStatement') return body;
  for (const st of body.body as Node[]) if (st.type === 'ReturnStatement' && st.argument) return st.argument as Node;
  return null;
}

/** `configure(consumer) { consumer.apply(A).exclude(...).forRoutes(...) }` */
function consumerRules(cls: T.Class, file: SourceFile): ConsumerRule[] {
  const out: ConsumerRule[] = [];
  for (const m of cls.body.body) {
    if (m.type !== 'MethodDefinition' || nameOf(m.key as Node) !== 'configure') continue;
    walk(m.value as Node, (node) => {
      if (node.type !== 'CallExpression' || calleeName(node) !== 'forRoutes') return;
      const rule: ConsumerRule = {
        apply: [],
        forRoutes: node.arguments.map((a) => ({ file, node: a as Node })),
        exclude: [],
      };
      let cur = unwrap(node.callee as Node);
      while (cur?.type === 'MemberExpression') {
        const obj = unwrap(cur.object as Node);
        if (obj?.type !== 'CallExpression') break;
        const name = calleeName(obj);
        const args = obj.arguments.map((a) => ({ file, node: a as Node }));
        if (name === 'apply') rule.apply.push(...args);
        else if (name === 'exclude') rule.exclude.push(...args);
        cur = unwrap(obj.callee as Node);
      }
      if (rule.apply.length > 0) out.push(rule);
    });
  }
  return out;
}

/**
 * The modules reachable from a root module (imports, `forwardRef(() => X)`, dynamic modules returned by
 * local `forRoot()` methods), in Nest's scan order, with the path `RouterModule.register` gives each.
 */
export function reachableModules(
  resolver: Resolver,
  modules: Map<Node, ModuleDef>,
  root: { file: SourceFile; node: T.Class } | null,
): { order: ModuleDef[]; routerPaths: Map<ModuleDef, string>; extraControllers: Map<ModuleDef, Located[]> } {
  const order: ModuleDef[] = [];
  const routerPaths = new Map<ModuleDef, string>();
  const extraControllers = new Map<ModuleDef, Located[]>();
  const seen = new Set<ModuleDef>();
  const visit = (m: ModuleDef): void => {
    if (seen.has(m)) return;
    seen.add(m);
    order.push(m);
    for (const imp of m.imports) {
      for (const target of importTargets(resolver, modules, imp, routerPaths, extraControllers)) visit(target);
    }
  };
  const rootDef = root ? modules.get(root.node) : undefined;
  if (rootDef) visit(rootDef);
  return { order, routerPaths, extraControllers };
}

function importTargets(
  resolver: Resolver,
  modules: Map<Node, ModuleDef>,
  imp: Located,
  routerPaths: Map<ModuleDef, string>,
  extraControllers: Map<ModuleDef, Located[]>,
  depth = 0,
): ModuleDef[] {
  let n = unwrap(imp.node);
  // dynamic modules may import dynamic modules (even their own `forRoot()`)
  if (!n || depth > 4) return [];
  // forwardRef(() => UsersModule)
  if (n.type === 'CallExpression' && calleeName(n) === 'forwardRef') {
    const fn = unwrap(n.arguments[0] as Node);
    if (isFunction(fn) && fn.body && fn.body.type !== 'BlockStatement') n = unwrap(fn.body as Node);
    if (!n) return [];
  }
  if (n.type === 'CallExpression') {
    if (isExport(resolver, imp.file, n.callee as Node, '@nestjs/core', 'RouterModule.register')) {
      routerTree(resolver, modules, listOf(resolver, imp.file, n.arguments[0] as Node), '', routerPaths);
      return [];
    }
    // a dynamic module from a local static method: `DatabaseModule.forRoot()` → { module, providers, controllers }
    const fn = resolver.functionOf(resolver.valueOf(imp.file, n.callee as Node));
    const callee = unwrap(n.callee as Node);
    const owner =
      callee?.type === 'MemberExpression' ? asClass(resolver.valueOf(imp.file, callee.object as Node)) : null;
    const out: ModuleDef[] = [];
    const ownerDef = owner ? modules.get(owner.node) : undefined;
    if (ownerDef) out.push(ownerDef);
    const ret = fn ? factoryResult(fn.fn) : null;
    if (fn && ret && unwrap(ret)?.type === 'ObjectExpression' && ownerDef) {
      const controllers = listOf(resolver, fn.file, propertyValue(ret, 'controllers'));
      if (controllers.length > 0)
        extraControllers.set(ownerDef, [...(extraControllers.get(ownerDef) ?? []), ...controllers]);
      addProviders(resolver, ownerDef.enhancers, listOf(resolver, fn.file, propertyValue(ret, 'providers')));
      for (const i of listOf(resolver, fn.file, propertyValue(ret, 'imports')))
        out.push(...importTargets(resolver, modules, i, routerPaths, extraControllers, depth + 1));
    }
    return out;
  }
  const cls = asClass(resolver.valueOf(imp.file, n));
  const def = cls ? modules.get(cls.node) : undefined;
  return def ? [def] : [];
}

/** `RouterModule.register([{ path: 'admin', module: AdminModule, children: [...] }])` */
function routerTree(
  resolver: Resolver,
  modules: Map<Node, ModuleDef>,
  items: Located[],
  base: string,
  into: Map<ModuleDef, string>,
): void {
  for (const item of items) {
    const obj = unwrap(item.node);
    if (!obj) continue;
    if (obj.type !== 'ObjectExpression') {
      // a bare module class among children inherits the parent path
      const cls = asClass(resolver.valueOf(item.file, obj));
      const def = cls ? modules.get(cls.node) : undefined;
      if (def) into.set(def, base);
      continue;
    }
    const path = staticString(resolver, item.file, propertyValue(obj, 'path')) ?? '';
    const full = [base, path].filter(Boolean).join('/');
    const cls = asClass(resolver.valueOf(item.file, propertyValue(obj, 'module')));
    const def = cls ? modules.get(cls.node) : undefined;
    if (def) into.set(def, full);
    routerTree(resolver, modules, listOf(resolver, item.file, propertyValue(obj, 'children')), full, into);
  }
}
