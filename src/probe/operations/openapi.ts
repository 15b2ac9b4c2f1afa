import { dereference } from '@readme/openapi-parser';
import { parse as parseYaml } from 'yaml';
import type { HttpMethod } from '../../core/finding.ts';
import type { AuthScheme, JsonSchema, Operation, Param } from './operation.ts';
import { conventionallyPublic } from './operation.ts';

const METHODS: HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

type Obj = { [key: string]: unknown };
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asObj = (v: unknown): Obj => (isObj(v) ? v : {});

/** The parts of a document the prober uses. */
export interface ApiDescription {
  title: string;
  operations: Operation[];
  /** base path from `servers[0].url` (OpenAPI 3) or `basePath` (Swagger 2), joined before every path */
  basePath: string;
}

export function parseSpecText(text: string): Obj {
  const trimmed = text.trimStart();
  const doc: unknown = trimmed.startsWith('{') ? JSON.parse(text) : parseYaml(text);
  if (!isObj(doc) || (!doc.openapi && !doc.swagger)) throw new Error('not an OpenAPI 3.x or Swagger 2.0 document');
  return doc;
}

/**
 * Turns an OpenAPI 3.x / Swagger 2.0 document into operations. External `$ref`s are not followed: the prober
 * never fetches anything outside the target, and a local document is read by the caller.
 */
export async function operationsFromSpec(raw: Obj): Promise<ApiDescription> {
  // dereference mutates its input; work on a copy
  const doc = asObj(
    await dereference(structuredClone(raw) as never, {
      resolve: { external: false },
      dereference: { circular: 'ignore' },
    }),
  );
  const swagger2 = typeof doc.swagger === 'string';
  const schemes = securitySchemes(doc, swagger2);
  const globalSecurity = Array.isArray(doc.security) ? doc.security : null;
  const basePath = specBasePath(doc, swagger2);
  const operations: Operation[] = [];
  for (const [path, itemRaw] of Object.entries(asObj(doc.paths))) {
    const item = asObj(itemRaw);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const opRaw = item[method.toLowerCase()];
      if (!isObj(opRaw)) continue;
      const params = mergeParams(shared, Array.isArray(opRaw.parameters) ? opRaw.parameters : [], swagger2);
      const security = Array.isArray(opRaw.security) ? opRaw.security : globalSecurity;
      const required = security === null ? null : security.some((req) => isObj(req) && Object.keys(req).length > 0);
      const anonymousAllowed = security?.some((req) => isObj(req) && Object.keys(req).length === 0);
      const opSchemes = (security ?? [])
        .flatMap((req) => Object.keys(asObj(req)))
        .map((name) => schemes[name])
        .filter((s): s is AuthScheme => s !== undefined);
      const auth = required === null ? 'unknown' : required && !anonymousAllowed ? 'required' : 'none';
      const op: Operation = {
        method,
        path: joinBase(basePath, path),
        params: params.filter((p) => p.in !== 'body' && p.in !== 'formData') as Param[],
        body: requestBody(opRaw, params, swagger2),
        response: successSchema(opRaw, swagger2),
        auth,
        public: auth === 'none',
        schemes: opSchemes.length ? opSchemes : Object.values(schemes).slice(0, 1),
        location: null,
        source: 'openapi',
        summary: typeof opRaw.summary === 'string' ? opRaw.summary : undefined,
      };
      if (auth === 'unknown' && conventionallyPublic(op)) op.public = true;
      operations.push(op);
    }
  }
  const info = asObj(doc.info);
  return { title: typeof info.title === 'string' ? info.title : '', operations, basePath };
}

function specBasePath(doc: Obj, swagger2: boolean): string {
  if (swagger2) return typeof doc.basePath === 'string' ? doc.basePath : '';
  const first = Array.isArray(doc.servers) ? asObj(doc.servers[0]) : {};
  const url = typeof first.url === 'string' ? first.url : '';
  // only the path part matters: the prober always talks to the target origin it was given
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\{[^}]*\}/g, '');
  return path.startsWith('/') ? path : '';
}

function joinBase(base: string, path: string): string {
  const joined = `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  return joined.length > 1 ? joined.replace(/\/+$/, '') : joined;
}

type RawParam = Param | (Obj & { in: 'body' | 'formData' });

function mergeParams(shared: unknown[], own: unknown[], swagger2: boolean): RawParam[] {
  const byKey = new Map<string, RawParam>();
  for (const p of [...shared, ...own]) {
    if (!isObj(p) || typeof p.name !== 'string' || typeof p.in !== 'string') continue;
    const schema = swagger2 && p.in !== 'body' ? swagger2ParamSchema(p) : asObj(p.schema);
    byKey.set(`${p.in}:${p.name}`, {
      ...p,
      name: p.name,
      in: p.in,
      required: p.required === true || p.in === 'path',
      schema,
    } as RawParam);
  }
  return [...byKey.values()];
}

function swagger2ParamSchema(p: Obj): JsonSchema {
  const { type, format, enum: en, items, minimum, maximum, default: def, pattern, maxLength, minLength } = p;
  return Object.fromEntries(
    Object.entries({
      type,
      format,
      enum: en,
      items,
      minimum,
      maximum,
      default: def,
      pattern,
      maxLength,
      minLength,
    }).filter(([, v]) => v !== undefined),
  );
}

function requestBody(op: Obj, params: RawParam[], swagger2: boolean): Operation['body'] {
  if (swagger2) {
    const body = params.find((p) => p.in === 'body') as Obj | undefined;
    if (body) return { contentType: 'application/json', schema: asObj(body.schema), required: body.required === true };
    const form = params.filter((p) => p.in === 'formData') as Obj[];
    if (form.length) {
      const properties = Object.fromEntries(form.map((f) => [String(f.name), swagger2ParamSchema(f)]));
      const required = form.filter((f) => f.required === true).map((f) => String(f.name));
      return {
        contentType: 'application/x-www-form-urlencoded',
        schema: { type: 'object', properties, required },
        required: true,
      };
    }
    return null;
  }
  const rb = asObj(op.requestBody);
  const content = asObj(rb.content);
  const type =
    Object.keys(content).find((t) => /json/i.test(t)) ??
    Object.keys(content).find((t) => /x-www-form-urlencoded/i.test(t)) ??
    Object.keys(content)[0];
  if (!type) return null;
  return { contentType: type, schema: asObj(asObj(content[type]).schema), required: rb.required === true };
}

function successSchema(op: Obj, swagger2: boolean): JsonSchema | null {
  const responses = asObj(op.responses);
  const code = Object.keys(responses).find((c) => /^2\d\d$/.test(c));
  if (!code) return null;
  const res = asObj(responses[code]);
  if (swagger2) return isObj(res.schema) ? res.schema : null;
  const content = asObj(res.content);
  const type = Object.keys(content).find((t) => /json/i.test(t));
  const schema = type ? asObj(content[type]).schema : undefined;
  return isObj(schema) ? schema : null;
}

function securitySchemes(doc: Obj, swagger2: boolean): Record<string, AuthScheme> {
  const raw = swagger2 ? asObj(doc.securityDefinitions) : asObj(asObj(doc.components).securitySchemes);
  const out: Record<string, AuthScheme> = {};
  for (const [name, sRaw] of Object.entries(raw)) {
    const s = asObj(sRaw);
    const type = String(s.type ?? '').toLowerCase();
    if (type === 'http' && String(s.scheme ?? '').toLowerCase() === 'basic') out[name] = { kind: 'basic' };
    else if (type === 'basic') out[name] = { kind: 'basic' };
    else if (type === 'apikey' && typeof s.name === 'string') {
      const where = String(s.in ?? 'header').toLowerCase();
      if (where === 'cookie') out[name] = { kind: 'cookie', name: s.name };
      else if (where === 'query') out[name] = { kind: 'query', name: s.name };
      else if (s.name.toLowerCase() === 'authorization') out[name] = { kind: 'bearer' };
      else out[name] = { kind: 'header', name: s.name };
    } else out[name] = { kind: 'bearer' };
  }
  return out;
}
