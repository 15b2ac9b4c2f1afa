import type { FunctionRef } from '../../core/endpoint.ts';
import { calleeName, type Node, propertyValue, type T, unwrap, walk } from '../../parse/ast.ts';
import type { Resolver, Value } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { asClass, classMethod, externalBases } from '../../parse/this-members.ts';
import { externalId, type Located } from './decorators.ts';

/**
 * What a guard/pipe/interceptor/filter reference denotes. Nest accepts a class (`RolesGuard`), an instance
 * (`new ValidationPipe({...})`, a constant holding one) or a factory call (`AuthGuard('jwt')`, a mixin
 * factory returning `mixin(Cls)`).
 */
export type Enhancer =
  | { kind: 'class'; file: SourceFile; node: T.Class; bases: string[]; args: Located[] }
  | { kind: 'external'; id: string; args: Located[] }
  | { kind: 'unknown' };

/** Resolves a registered enhancer expression. */
export function resolveEnhancer(resolver: Resolver, loc: Located, depth = 0): Enhancer {
  const n = unwrap(loc.node);
  if (!n || depth > 6) return { kind: 'unknown' };
  if (n.type === 'NewExpression' || n.type === 'CallExpression') {
    const args = (n.arguments as Node[]).map((a) => ({ file: loc.file, node: a }));
    const callee = resolver.valueOf(loc.file, n.callee as Node);
    const ext = externalId(callee);
    if (ext) return { kind: 'external', id: ext, args };
    const cls = asClass(callee);
    if (cls) return classEnhancer(resolver, cls, args);
    // `app.get(JwtAuthGuard)` / `moduleRef.resolve(X)`: the instance the container holds for a class
    const name = calleeName(n);
    const first = args[0];
    if (first && (name === 'get' || name === 'resolve')) {
      const target = asClass(resolver.valueOf(first.file, first.node));
      if (target) return classEnhancer(resolver, target, []);
    }
    // a mixin factory: `export function RoleGuard(role) { class Mixin {...}; return mixin(Mixin); }`
    const fn = resolver.functionOf(callee);
    if (fn) {
      const ret = returned(fn.fn);
      if (ret) {
        const inner = unwrap(ret);
        const target =
          inner?.type === 'CallExpression' && calleeName(inner) === 'mixin' ? (inner.arguments[0] as Node) : ret;
        const e = resolveEnhancer(resolver, { file: fn.file, node: target }, depth + 1);
        if (e.kind === 'class') return { ...e, args };
        return e;
      }
    }
    return { kind: 'unknown' };
  }
  const v = resolver.valueOf(loc.file, n);
  const ext = externalId(v);
  if (ext) return { kind: 'external', id: ext, args: [] };
  const cls = asClass(v);
  if (cls) return classEnhancer(resolver, cls, []);
  if (v.kind === 'node' && unwrap(v.node) !== n)
    return resolveEnhancer(resolver, { file: v.file, node: v.node }, depth + 1);
  return { kind: 'unknown' };
}

function classEnhancer(resolver: Resolver, cls: { file: SourceFile; node: T.Class }, args: Located[]): Enhancer {
  const bases = externalBases(resolver, cls.file, cls.node).map(baseId);
  return { kind: 'class', file: cls.file, node: cls.node, bases, args };
}

function baseId(v: Value): string {
  return externalId(v) ?? '?';
}

function returned(fn: Node): Node | null {
  const f = fn as T.Function | T.ArrowFunctionExpression;
  const body = f.body as Node | null;
  if (!body) return null;
  if (body.type !== 'BlockStatement') return body;
  for (const st of body.body as Node[]) if (st.type === 'ReturnStatement' && st.argument) return st.argument as Node;
  return null;
}

/** The method Nest calls on an enhancer class (`canActivate`, `transform`, `intercept`, `catch`, `use`). */
export function enhancerMethod(resolver: Resolver, e: Enhancer, name: string): FunctionRef | null {
  return e.kind === 'class' ? classMethod(resolver, e.file, e.node, name) : null;
}

/** True when the enhancer is (or extends) the npm export `id` (`@nestjs/throttler:ThrottlerGuard`). */
export function isOrExtends(e: Enhancer, id: string): boolean {
  if (e.kind === 'external') return e.id === id || e.id === `${id}.()`;
  if (e.kind === 'class') return e.bases.some((b) => b === id || b === `${id}.()`);
  return false;
}

/** The name a display shows for an enhancer reference. */
export function enhancerName(e: Enhancer): string | null {
  if (e.kind === 'class') return e.node.id?.name ?? null;
  return null;
}

/** What a pipe does to the values it receives. */
export interface PipeInfo {
  /** a class-validator ValidationPipe with its options */
  validation: { whitelist: boolean; forbidNonWhitelisted: boolean } | null;
  /** a built-in parse pipe (`ParseIntPipe`, `ParseUUIDPipe`) */
  parse: string | null;
  /** a custom pipe that runs a schema (`schema.parse(value)`, zod/joi/yup pipes) */
  schema: string | null;
}

const PARSE_PIPES = new Set([
  'ParseIntPipe',
  'ParseFloatPipe',
  'ParseBoolPipe',
  'ParseUUIDPipe',
  'ParseEnumPipe',
  'ParseArrayPipe',
  'ParseDatePipe',
]);
const SCHEMA_CALLS = new Set([
  'parse',
  'safeParse',
  'parseAsync',
  'safeParseAsync',
  'validate',
  'validateSync',
  'validateAsync',
  'assert',
]);

export function pipeInfo(resolver: Resolver, e: Enhancer): PipeInfo {
  const info: PipeInfo = { validation: null, parse: null, schema: null };
  if (e.kind === 'external') {
    const name = e.id.slice(e.id.lastIndexOf(':') + 1);
    if (e.id === '@nestjs/common:ValidationPipe') info.validation = validationOptions(resolver, e.args[0]);
    else if (e.id.startsWith('@nestjs/common:') && PARSE_PIPES.has(name)) info.parse = name;
    // schema pipes from packages (nestjs-zod ZodValidationPipe, joi pipes …)
    else if (/Validation|Zod|Joi|Yup|Schema/i.test(name)) info.schema = name;
    return info;
  }
  if (e.kind !== 'class') return info;
  if (e.bases.includes('@nestjs/common:ValidationPipe')) {
    info.validation = validationOptions(resolver, superOptions(e) ?? e.args[0]);
    return info;
  }
  const parseBase = e.bases.find((b) => b.startsWith('@nestjs/common:') && PARSE_PIPES.has(b.slice(15)));
  if (parseBase) {
    info.parse = parseBase.slice(15);
    return info;
  }
  const transform = enhancerMethod(resolver, e, 'transform');
  if (transform) {
    walk(transform.fn, (node) => {
      if (info.schema || info.validation || node.type !== 'CallExpression') return;
      // the pipe from the Nest docs: `plainToClass(metatype, value)` then class-validator's `validate(object)`
      const v = resolver.valueOf(transform.file, node.callee as Node);
      if (v.kind === 'external' && v.pkg === 'class-validator') {
        info.validation = validationOptions(
          resolver,
          node.arguments[1] ? { file: transform.file, node: node.arguments[1] as Node } : undefined,
        );
        return;
      }
      const name = calleeName(node);
      if (name && SCHEMA_CALLS.has(name)) info.schema = e.node.id?.name ?? 'pipe';
    });
  }
  return info;
}

/** `super({ whitelist: true })` in a ValidationPipe subclass's constructor. */
function superOptions(e: Enhancer): Located | undefined {
  if (e.kind !== 'class') return undefined;
  let found: Located | undefined;
  walk(e.node as Node, (node) => {
    if (found || node.type !== 'CallExpression' || node.callee.type !== 'Super') return;
    if (node.arguments[0]) found = { file: e.file, node: node.arguments[0] as Node };
  });
  return found;
}

function validationOptions(
  resolver: Resolver,
  opts: Located | undefined,
): { whitelist: boolean; forbidNonWhitelisted: boolean } {
  let obj: Node | null = opts ? unwrap(opts.node) : null;
  let file = opts?.file;
  if (obj && file && obj.type !== 'ObjectExpression') {
    const v = resolver.valueOf(file, obj);
    obj = v.kind === 'node' ? unwrap(v.node) : null;
    file = v.kind === 'node' ? v.file : file;
  }
  const flag = (key: string): boolean => {
    const p = unwrap(propertyValue(obj, key));
    return p?.type === 'Literal' && p.value === true;
  };
  return { whitelist: flag('whitelist'), forbidNonWhitelisted: flag('forbidNonWhitelisted') };
}
