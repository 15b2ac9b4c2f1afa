import type { ChainLink, LinkHint, ParamBinding } from '../../core/endpoint.ts';
import { table } from '../../core/table.ts';
import { isFunction, type Node, nameOf, parentOf, type T, unwrap, walk } from '../../parse/ast.ts';
import type { Resolver } from '../../parse/resolve.ts';
import type { SourceFile } from '../../parse/source.ts';
import { asClass, typeAnnotationOf, typeValue } from '../../parse/this-members.ts';
import { decoratorsOf, externalId, type Located, staticString } from './decorators.ts';
import { type PipeInfo, pipeInfo, resolveEnhancer } from './enhancers.ts';

/** A pipe that applies to a route, with where it was registered. */
export interface AppliedPipe {
  at: Located;
  scope: ChainLink['scope'];
  info: PipeInfo;
}

const PARAM_KINDS = table<'params' | 'body' | 'query' | 'headers' | 'request' | 'response'>({
  Param: 'params',
  Body: 'body',
  Query: 'query',
  Headers: 'headers',
  Req: 'request',
  Request: 'request',
  Res: 'response',
  Response: 'response',
});

const MAPPED_TYPES = new Set(['PartialType', 'PickType', 'OmitType', 'IntersectionType']);
const VALIDATOR_NAMES =
  /^(?:Is[A-Z]\w*|Min|Max|Length|MinLength|MaxLength|Matches|ValidateNested|ValidateIf|Allow|Equals|NotEquals|Contains|ArrayMinSize|ArrayMaxSize|ArrayNotEmpty)$/;

/**
 * Translates the decorated parameters of a handler into bindings (`@Param('id') id` → params.id,
 * `@CurrentUser() user` → the caller) and adds a `validation` link for each input that a pipe validates
 * (a ValidationPipe with a class-validator DTO, a parse pipe, a schema pipe).
 */
export function bindParameters(
  resolver: Resolver,
  file: SourceFile,
  fn: T.Function,
  routePipes: AppliedPipe[],
): { bindings: Record<number, ParamBinding>; links: ChainLink[] } {
  const bindings: Record<number, ParamBinding> = {};
  const links: ChainLink[] = [];
  fn.params.forEach((param, index) => {
    for (const d of decoratorsOf(param as Node)) {
      const expr = unwrap(d.expression as Node);
      if (expr?.type !== 'CallExpression') continue;
      const v = resolver.valueOf(file, expr.callee as Node);
      const ext = externalId(v);
      const args = expr.arguments as Node[];
      if (ext?.startsWith('@nestjs/common:') || (v.kind === 'unknown' && expr.callee.type === 'Identifier')) {
        const name = ext ? ext.slice('@nestjs/common:'.length) : (nameOf(expr.callee as Node) ?? '');
        const kind = PARAM_KINDS[name];
        if (!kind) continue;
        if (kind === 'request' || kind === 'response') {
          bindings[index] = { kind };
          continue;
        }
        const key = staticString(resolver, file, args[0]);
        const pipeArgs = (key === null ? args : args.slice(1)).map((node) => ({ file, node }));
        const paramPipes: AppliedPipe[] = pipeArgs.map((at) => ({
          at,
          scope: 'route',
          info: pipeInfo(resolver, resolveEnhancer(resolver, at)),
        }));
        const target = kind === 'headers' ? null : kind;
        const validation = target
          ? validationOf(resolver, file, param as Node, key, [...routePipes, ...paramPipes])
          : null;
        const checked = { validated: validation !== null, ...(validation?.loose ? { loose: true } : {}) };
        bindings[index] = key !== null ? { kind, key, ...checked } : { kind, ...checked };
        if (validation && target) links.push(validationLink(validation, target));
        continue;
      }
      const user = customUserDecorator(resolver, v, args, file);
      if (user) bindings[index] = user;
    }
  });
  return { bindings, links };
}

interface Validation {
  pipe: AppliedPipe;
  detail: string;
  /** unknown properties pass (class-validator without `whitelist`) */
  loose?: boolean;
}

/** Which applied pipe validates this parameter, and how. */
function validationOf(
  resolver: Resolver,
  file: SourceFile,
  param: Node,
  key: string | null,
  pipes: AppliedPipe[],
): Validation | null {
  const type = typeAnnotationOf(param);
  const dto = type ? asClass(typeValue(resolver, file, type)) : null;
  const dtoName = dto?.node.id?.name ?? null;
  // param-level and route-level schema pipes validate the value they are given, whatever its type
  const schema = pipes.find((p) => p.info.schema && (p.scope !== 'app' || dto));
  if (schema) return { pipe: schema, detail: `${schema.info.schema} schema pipe${dtoName ? ` (${dtoName})` : ''}` };
  const parse = pipes.find((p) => p.info.parse && p.scope === 'route');
  if (parse) return { pipe: parse, detail: `${parse.info.parse}${key ? ` on ${key}` : ''}` };
  const vps = pipes.filter((p) => p.info.validation);
  if (vps.length === 0 || !dto || !hasValidatorDecorators(resolver, dto.file, dto.node)) return null;
  // class-validator only strips/forbids unknown properties with whitelist: without it, extra properties reach the handler
  const whitelist = vps.some((p) => p.info.validation?.whitelist);
  const forbid = vps.some((p) => p.info.validation?.forbidNonWhitelisted);
  const mode =
    forbid && whitelist
      ? 'whitelist, forbidNonWhitelisted'
      : whitelist
        ? 'whitelist'
        : 'no whitelist: unknown properties pass through';
  // the link points at the pipe that strips (a later whitelisting pipe still protects the handler)
  return {
    pipe: vps.find((p) => p.info.validation?.whitelist) ?? vps[0]!,
    detail: `${dtoName} (class-validator); ${mode}`,
    loose: !whitelist,
  };
}

function validationLink(v: Validation, target: 'params' | 'body' | 'query'): ChainLink {
  const hint: LinkHint = { kind: 'validation', target, detail: v.detail, ...(v.loose ? { keepsUnknown: true } : {}) };
  const name = v.pipe.info.validation ? 'ValidationPipe' : (v.pipe.info.parse ?? v.pipe.info.schema ?? 'pipe');
  return { name, scope: v.pipe.scope, file: v.pipe.at.file, node: v.pipe.at.node, fn: null, hint };
}

/**
 * True for a DTO class with class-validator decorators on its properties, itself or through its bases
 * (`extends BaseDto`, `extends PartialType(CreateDto)` from @nestjs/mapped-types or @nestjs/swagger).
 */
export function hasValidatorDecorators(resolver: Resolver, file: SourceFile, cls: T.Class, depth = 0): boolean {
  if (depth > 6) return false;
  for (const m of cls.body.body) {
    if (m.type !== 'PropertyDefinition') continue;
    for (const d of (m.decorators ?? []) as T.Decorator[]) {
      const e = unwrap(d.expression as Node);
      const callee = e?.type === 'CallExpression' ? (e.callee as Node) : e;
      const v = resolver.valueOf(file, callee);
      if (v.kind === 'external' && v.pkg === 'class-validator') return true;
      if (v.kind === 'unknown' && VALIDATOR_NAMES.test(nameOf(callee) ?? '')) return true;
    }
  }
  const sup = unwrap(cls.superClass as Node | null);
  return !!sup && baseHasValidators(resolver, file, sup, depth);
}

/** A base class, or a mapped type over one (`PartialType(OmitType(CreateDto, ['x']))`), carries validators. */
function baseHasValidators(resolver: Resolver, file: SourceFile, base: Node, depth: number): boolean {
  if (depth > 6) return false;
  if (base.type === 'CallExpression') {
    const v = resolver.valueOf(file, base.callee as Node);
    const name = v.kind === 'external' ? v.path[v.path.length - 1] : nameOf(base.callee as Node);
    if (!name || !MAPPED_TYPES.has(name)) return false;
    return (base.arguments as Node[]).some((a) => {
      const arg = unwrap(a);
      return !!arg && baseHasValidators(resolver, file, arg, depth + 1);
    });
  }
  const c = asClass(resolver.valueOf(file, base));
  return !!c && hasValidatorDecorators(resolver, c.file, c.node, depth + 1);
}

/**
 * A custom parameter decorator made with `createParamDecorator((data, ctx) => ctx.switchToHttp().getRequest().user)`:
 * it hands the handler the authenticated caller (or one of its fields: `@CurrentUser('id')`, `request.user.id`).
 */
function customUserDecorator(
  resolver: Resolver,
  v: ReturnType<Resolver['valueOf']>,
  args: Node[],
  usedIn: SourceFile,
): ParamBinding | null {
  if (v.kind !== 'node') return null;
  const call = unwrap(v.node);
  if (call?.type !== 'CallExpression') return null;
  const factoryCallee = resolver.valueOf(v.file, call.callee as Node);
  if (
    externalId(factoryCallee) !== '@nestjs/common:createParamDecorator' &&
    nameOf(call.callee as Node) !== 'createParamDecorator'
  )
    return null;
  let factory = unwrap(call.arguments[0] as Node);
  let file = v.file;
  if (factory && !isFunction(factory)) {
    const f = resolver.functionOf(resolver.valueOf(file, factory));
    factory = f?.fn ?? null;
    file = f?.file ?? file;
  }
  if (!factory || !isFunction(factory)) return null;
  let readsUser = false;
  let field: string | null = null;
  walk(factory as Node, (node) => {
    if (node.type !== 'MemberExpression') return;
    const prop = node.computed ? staticString(resolver, file, node.property as Node) : nameOf(node.property as Node);
    if (prop !== 'user') return;
    readsUser = true;
    // `request.user.id` → the decorator gives the id
    const parent = parentOf(node);
    if (parent?.type === 'MemberExpression' && parent.object === node && !parent.computed && !field)
      field = nameOf(parent.property as Node);
  });
  if (!readsUser) return null;
  const dataKey = staticString(resolver, usedIn, args[0]);
  const key = dataKey ?? field;
  return key ? { kind: 'user', key } : { kind: 'user' };
}
