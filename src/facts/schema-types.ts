import { calleeName, type Node, nameOf, propertyValue, stringValue, unwrap } from '../parse/ast.ts';
import type { Resolver } from '../parse/resolve.ts';
import type { SourceFile } from '../parse/source.ts';

/**
 * The request parts a route's schemas declare fields of, and which of those fields hold numbers (or one word of a
 * fixed list: text the client cannot choose).
 */
export interface NumericFields {
  params: ReadonlySet<string>;
  query: ReadonlySet<string>;
  body: ReadonlySet<string>;
}

/** A zod or TypeBox builder that makes a number: `z.number()`, `z.coerce.number().int()`, `Type.Integer()`. */
const NUMBER_BUILDER = /^(?:number|int|bigint|Integer|Number|BigInt)$/;

/**
 * The fields of an object schema whose values are numbers once the schema has run: a JSON schema's `{ type:
 * 'integer' }` properties (Fastify's Ajv coerces query and path values to them), TypeBox `Type.Integer()`, zod
 * `z.coerce.number()` / `z.number()`. Such a value cannot carry text into a SQL statement. Read from the schema's
 * declaration; an unreadable schema names none.
 */
export function numericFields(resolver: Resolver, file: SourceFile, schema: Node): Set<string> {
  const out = new Set<string>();
  const v = resolver.valueOf(file, schema);
  const [f, n] = v.kind === 'node' ? [v.file, unwrap(v.node)] : [file, unwrap(schema)];
  if (!n) return out;
  // JSON schema: `{ type: 'object', properties: { days: { type: 'integer' } } }`
  const properties = n.type === 'ObjectExpression' ? objectProperty(resolver, f, n, 'properties') : null;
  // TypeBox `Type.Object({ … })`, zod `z.object({ … })` (also `.strict()` and other calls chained after it)
  const fields = properties ?? objectArgument(n);
  if (fields?.type !== 'ObjectExpression') return out;
  for (const p of fields.properties) {
    if (p.type !== 'Property') continue;
    const key = nameOf(p.key as Node);
    const value = p.value as Node;
    if (key !== null && isNumeric(resolver, f, value)) out.add(key);
  }
  return out;
}

function isNumeric(resolver: Resolver, file: SourceFile, value: Node): boolean {
  const v = resolver.valueOf(file, value);
  const [f, n] = v.kind === 'node' ? [v.file, unwrap(v.node)] : [file, unwrap(value)];
  if (n?.type === 'ObjectExpression') {
    const type = objectProperty(resolver, f, n, 'type');
    const t = type ? stringValue(type) : null;
    // (…or one word of a fixed list: `{ type: 'string', enum: ['day', 'week', 'month'] }`)
    const list = objectProperty(resolver, f, n, 'enum');
    return t === 'integer' || t === 'number' || (list !== null && wordList(list));
  }
  // a chain of builder calls: a number builder anywhere in it (`z.coerce.number().int().min(1)`, `Type.Integer()`),
  // or a word of a fixed list (`z.enum(['day', 'week'])`)
  for (let c: Node | null = n; c?.type === 'CallExpression'; ) {
    if (NUMBER_BUILDER.test(calleeName(c) ?? '')) return true;
    if (calleeName(c) === 'enum' && c.arguments.length === 1 && wordList(unwrap(c.arguments[0] as Node))) return true;
    const callee = unwrap(c.callee as Node);
    c = callee?.type === 'MemberExpression' ? unwrap(callee.object as Node) : null;
  }
  return false;
}

/** An array literal of plain words or numbers: nothing in it can break out of a statement. */
function wordList(list: Node | null): boolean {
  return (
    list?.type === 'ArrayExpression' &&
    list.elements.length > 0 &&
    list.elements.every((e) => {
      const v = unwrap(e as Node | null);
      return v?.type === 'Literal' && (typeof v.value === 'number' || /^[\w-]+$/.test(String(v.value)));
    })
  );
}

/** `obj.key`'s value node in an object literal, followed through a constant of the same file. */
function objectProperty(resolver: Resolver, file: SourceFile, obj: Node, key: string): Node | null {
  const value = propertyValue(obj, key);
  if (!value) return null;
  const v = resolver.valueOf(file, value);
  return v.kind === 'node' && v.file === file ? unwrap(v.node) : unwrap(value);
}

/** The object literal handed to the innermost `object(…)` / `Object(…)` call of a builder chain. */
function objectArgument(n: Node): Node | null {
  for (let c: Node | null = n; c?.type === 'CallExpression'; ) {
    if (/^(?:object|Object|strictObject)$/.test(calleeName(c) ?? '')) return unwrap(c.arguments[0] as Node | undefined);
    const callee = unwrap(c.callee as Node);
    c = callee?.type === 'MemberExpression' ? unwrap(callee.object as Node) : null;
  }
  return null;
}
