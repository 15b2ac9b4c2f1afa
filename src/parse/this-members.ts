import type { FunctionRef } from '../core/endpoint.ts';
import { table } from '../core/table.ts';
import { isFunction, type Node, nameOf, parentOf, stringValue, type T, unwrap } from './ast.ts';
import { classMember, type Resolver, type Value } from './resolve.ts';
import type { SourceFile } from './source.ts';

/**
 * What `this.<name>` holds inside a class, read from how the class declares it. Dependency-injection
 * frameworks (NestJS above all) hand services over as constructor parameters typed with their class
 * (`constructor(private readonly jobs: JobsService)`), so the declared type is the only link from
 * `this.jobs.findOne(id)` to the code that runs.
 */
export type MemberTarget =
  /** an instance of a class of the project (an injected service, a `new X()` field) */
  | { kind: 'class'; file: SourceFile; node: T.Class; bases: Value[] }
  /** a data-layer model injected by a decorator: `@InjectModel(Job.name)`, `@InjectRepository(User)` */
  | { kind: 'model'; layer: 'mongoose' | 'typeorm' | 'sequelize'; model: string | null; file: SourceFile; node: Node }
  /** anything else the declaration tells (an npm type such as `Repository<User>`, a field initialiser) */
  | { kind: 'value'; value: Value };

const MODEL_INJECTORS = table<'mongoose' | 'typeorm' | 'sequelize'>({
  '@nestjs/mongoose': 'mongoose',
  '@nestjs/typeorm': 'typeorm',
  '@nestjs/sequelize': 'sequelize',
});

/** The class whose body contains `node` (the class `this` refers to in its methods and arrow functions). */
export function enclosingClass(node: Node): T.Class | null {
  for (let n = parentOf(node); n; n = parentOf(n)) {
    if (n.type === 'ClassDeclaration' || n.type === 'ClassExpression') return n;
    // a plain `function` rebinds `this`
    if (n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration') {
      const p = parentOf(n);
      if (!p || (p.type !== 'MethodDefinition' && p.type !== 'PropertyDefinition')) return null;
    }
  }
  return null;
}

/**
 * The object literal whose method contains `node` — what `this` is inside `const notes = { async get(id) {…},
 * async rename(id) { const n = await this.get(id) } }`, the service-as-object style. Arrow functions keep the `this`
 * around them; any other function rebinds it.
 */
export function enclosingObject(node: Node): T.ObjectExpression | null {
  for (let n = parentOf(node); n; n = parentOf(n)) {
    if (n.type === 'ClassDeclaration' || n.type === 'ClassExpression') return null;
    if (n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration') {
      const p = parentOf(n);
      const o = p?.type === 'Property' ? parentOf(p) : null;
      return o?.type === 'ObjectExpression' ? o : null;
    }
  }
  return null;
}

/** The function an object literal's property `name` holds (a method, or a property set to a function). */
function objectMethod(file: SourceFile, obj: T.ObjectExpression, name: string): FunctionRef | null {
  for (const p of obj.properties) {
    if (p.type !== 'Property' || p.computed || nameOf(p.key as Node) !== name) continue;
    const v = unwrap(p.value as Node);
    return v && isFunction(v) ? { file, fn: v } : null;
  }
  return null;
}

/**
 * Resolves `this.<name>` in `cls` (declared in `file`): constructor parameter properties, class fields
 * (typed or initialised) and `this.x = param` assignments in the constructor. Looks through superclasses
 * of the project when the class itself does not declare the member.
 */
export function resolveThisMember(
  resolver: Resolver,
  file: SourceFile,
  cls: T.Class,
  name: string,
  depth = 0,
): MemberTarget | null {
  if (depth > 8) return null;
  const ctor = constructorOf(cls);
  for (const p of ctor?.params ?? []) {
    if (p.type !== 'TSParameterProperty') continue;
    const param = p.parameter as Node;
    const id = param.type === 'AssignmentPattern' ? (param.left as Node) : param;
    if (nameOf(id) !== name) continue;
    return declared(resolver, file, p.decorators as Node[], typeAnnotationOf(id), p as Node);
  }
  for (const m of cls.body.body) {
    if ((m.type !== 'PropertyDefinition' && m.type !== 'TSAbstractPropertyDefinition') || m.static) continue;
    if (nameOf(m.key as Node) !== name) continue;
    const typed = declared(
      resolver,
      file,
      m.decorators as Node[],
      (m.typeAnnotation?.typeAnnotation as Node | undefined) ?? null,
      m as Node,
    );
    if (typed && typed.kind !== 'value') return typed;
    if (m.value) return targetOfValue(resolver, resolver.valueOf(file, m.value as Node));
    if (typed) return typed;
  }
  // constructor(jobs: JobsService) { this.jobs = jobs; }
  if (ctor?.body) {
    for (const st of ctor.body.body as Node[]) {
      if (st.type !== 'ExpressionStatement') continue;
      const e = unwrap(st.expression as Node);
      if (e?.type !== 'AssignmentExpression' || e.left.type !== 'MemberExpression') continue;
      if (e.left.object.type !== 'ThisExpression' || nameOf(e.left.property as Node) !== name) continue;
      const right = unwrap(e.right as Node);
      if (right?.type === 'Identifier') {
        const param = ctor.params.find(
          (q) => nameOf((q.type === 'TSParameterProperty' ? q.parameter : q) as Node) === right.name,
        );
        if (param) {
          const decorators = ((param as { decorators?: Node[] }).decorators ?? []) as Node[];
          return declared(resolver, file, decorators, typeAnnotationOf(param as Node), param as Node);
        }
      }
      return targetOfValue(resolver, resolver.valueOf(file, e.right as Node));
    }
  }
  const sup = superClassOf(resolver, file, cls);
  return sup ? resolveThisMember(resolver, sup.file, sup.node, name, depth + 1) : null;
}

/**
 * The method a `this.a.b(...)` or `this.b(...)` call runs, when `a` is an injected/instantiated class of
 * the project that defines (or inherits) `b`. Null for anything else (npm clients, models, dynamic access).
 */
export function resolveMethodCall(
  resolver: Resolver,
  file: SourceFile,
  call: T.CallExpression | T.NewExpression,
): FunctionRef | null {
  const callee = unwrap(call.callee as Node);
  if (callee?.type !== 'MemberExpression' || callee.computed) return null;
  const method = nameOf(callee.property as Node);
  if (!method) return null;
  const object = unwrap(callee.object as Node);
  if (!object) return null;
  // the shape of the receiver first: most calls are not on `this`, and the class lookup walks up to the root
  if (object.type === 'ThisExpression') {
    const cls = enclosingClass(call as Node);
    if (cls) return classMethod(resolver, file, cls, method);
    const obj = enclosingObject(call as Node);
    return obj ? objectMethod(file, obj, method) : null;
  }
  if (object.type !== 'MemberExpression' || object.computed || unwrap(object.object as Node)?.type !== 'ThisExpression')
    return null;
  const member = nameOf(object.property as Node);
  if (!member) return null;
  const cls = enclosingClass(call as Node);
  if (!cls) return null;
  const target = resolveThisMember(resolver, file, cls, member);
  if (target?.kind !== 'class') return null;
  return classMethod(resolver, target.file, target.node, method);
}

/** A method of a class of the project, looking through its superclasses. */
export function classMethod(
  resolver: Resolver,
  file: SourceFile,
  cls: T.Class,
  name: string,
  depth = 0,
): FunctionRef | null {
  if (depth > 8) return null;
  const m = classMember(cls, name);
  if (m && isFunction(unwrap(m))) return { file, fn: unwrap(m)! };
  const sup = superClassOf(resolver, file, cls);
  return sup ? classMethod(resolver, sup.file, sup.node, name, depth + 1) : null;
}

/** The superclass when it is a class of the project (`extends BaseService`); null for npm bases and mixins. */
export function superClassOf(
  resolver: Resolver,
  file: SourceFile,
  cls: T.Class,
): { file: SourceFile; node: T.Class } | null {
  if (!cls.superClass) return null;
  const v = resolver.valueOf(file, cls.superClass as Node);
  return v.kind === 'node' ? asClass(v) : null;
}

/** The npm values a class ultimately extends (`PrismaService extends PrismaClient` → @prisma/client PrismaClient). */
export function externalBases(resolver: Resolver, file: SourceFile, cls: T.Class): Value[] {
  const out: Value[] = [];
  let cur: { file: SourceFile; node: T.Class } | null = { file, node: cls };
  for (let i = 0; cur && i < 8; i++) {
    if (!cur.node.superClass) break;
    const v = resolver.valueOf(cur.file, cur.node.superClass as Node);
    if (v.kind === 'external') out.push(v);
    // `extends AuthGuard('jwt')`: the base is what the npm factory returns
    const n = v.kind === 'node' ? unwrap(v.node) : null;
    if (n?.type === 'CallExpression') {
      const c = resolver.valueOf(v.kind === 'node' ? v.file : cur.file, n.callee as Node);
      if (c.kind === 'external') out.push({ ...c, path: [...c.path, '()'] });
    }
    cur = v.kind === 'node' ? asClass(v) : null;
  }
  return out;
}

export function asClass(v: Value): { file: SourceFile; node: T.Class } | null {
  if (v.kind !== 'node') return null;
  const n = unwrap(v.node);
  if (n && (n.type === 'ClassDeclaration' || n.type === 'ClassExpression')) return { file: v.file, node: n };
  return null;
}

/** The value a type annotation names: `JobsService`, `Prisma.TodoUpdateInput`, `Model<Job>` (→ `Model`). */
export function typeValue(resolver: Resolver, file: SourceFile, type: Node | null): Value {
  if (type?.type !== 'TSTypeReference') return { kind: 'unknown' };
  return typeNameValue(resolver, file, type.typeName as Node);
}

function typeNameValue(resolver: Resolver, file: SourceFile, name: Node): Value {
  if (name.type === 'Identifier') return resolver.identifier(file, name.name, name);
  if (name.type === 'TSQualifiedName') {
    const right = nameOf(name.right as Node);
    return right ? resolver.member(typeNameValue(resolver, file, name.left as Node), right) : { kind: 'unknown' };
  }
  return { kind: 'unknown' };
}

/** The type node of an `x: T` binding (parameter or parameter property), without the `TSTypeAnnotation` wrapper. */
export function typeAnnotationOf(binding: Node | null | undefined): Node | null {
  if (!binding) return null;
  const b = binding.type === 'TSParameterProperty' ? (binding.parameter as Node) : binding;
  const id = b.type === 'AssignmentPattern' ? (b.left as Node) : b;
  const ann = (id as { typeAnnotation?: T.TSTypeAnnotation | null }).typeAnnotation;
  return (ann?.typeAnnotation as Node | undefined) ?? null;
}

function constructorOf(cls: T.Class): T.Function | null {
  for (const m of cls.body.body) {
    if (m.type === 'MethodDefinition' && m.kind === 'constructor') return m.value as T.Function;
  }
  return null;
}

function declared(
  resolver: Resolver,
  file: SourceFile,
  decorators: Node[],
  type: Node | null,
  at: Node,
): MemberTarget | null {
  for (const d of decorators) {
    const call = unwrap((d as T.Decorator).expression as Node);
    if (call?.type !== 'CallExpression') continue;
    const v = resolver.valueOf(file, call.callee as Node);
    if (v.kind !== 'external') continue;
    const layer = MODEL_INJECTORS[v.pkg];
    const fn = v.path[v.path.length - 1];
    if (layer && (fn === 'InjectModel' || fn === 'InjectRepository')) {
      return {
        kind: 'model',
        layer,
        model: modelName(call.arguments[0] as Node | undefined) ?? typeArgumentName(type),
        file,
        node: at,
      };
    }
  }
  if (!type) return null;
  return targetOfValue(resolver, typeValue(resolver, file, type));
}

function targetOfValue(resolver: Resolver, v: Value): MemberTarget | null {
  if (v.kind === 'unknown') return null;
  let cls = asClass(v);
  if (!cls && v.kind === 'node') {
    // `private readonly jobs = new JobsService()`
    const n = unwrap(v.node);
    if (n?.type === 'NewExpression') cls = asClass(resolver.valueOf(v.file, n.callee as Node));
  }
  if (cls) return { kind: 'class', file: cls.file, node: cls.node, bases: externalBases(resolver, cls.file, cls.node) };
  return { kind: 'value', value: v };
}

/** `Job.name` → 'Job', `'Job'` → 'Job', `User` → 'User'. */
function modelName(arg: Node | undefined): string | null {
  const n = unwrap(arg);
  if (!n) return null;
  const s = stringValue(n);
  if (s !== null) return s;
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'MemberExpression' && nameOf(n.property as Node) === 'name') return nameOf(n.object as Node);
  return null;
}

/** `Model<Job>` → 'Job'. */
function typeArgumentName(type: Node | null): string | null {
  if (type?.type !== 'TSTypeReference') return null;
  const first = type.typeArguments?.params[0] as Node | undefined;
  if (first?.type === 'TSTypeReference' && first.typeName.type === 'Identifier') return first.typeName.name;
  return null;
}
