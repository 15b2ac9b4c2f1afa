import { defineCheck } from '../core/check.ts';
import { sourcesOf } from '../facts/flow.ts';
import { isRawWholeBody } from '../facts/request.ts';
import { type Node, unwrap, walk } from '../parse/ast.ts';
import { locationOf } from '../parse/source.ts';
import { endpointLabel, idiom, validatorFor } from './_idiom.ts';

/** `const input = schema.parse(req.body)` (or `schema.parse(req.body)` for its verdict): the body checked in the handler. */
const PARSED_INTO =
  /([\w.]+)\.(?:parse|safeParse|parseAsync|validate|validateAsync)\(\s*(?:req|request|ctx\.request)\.body\b/;

/**
 * The schema a body read into a local is checked with, apart from it (`const body = await c.req.json();
 * v.safeParse(ProfileSchema, body)` with valibot's functions, or `schema.safeParse(body)`), when the local itself is
 * what the handler writes later (`data: body`).
 */
function parsedLocalBody(text: string): string | undefined {
  const local = /\b(?:const|let)\s+(\w+)\s*=\s*await\s+(?:c\.req|req|request|ctx\.req)\.json\(\)/.exec(text)?.[1];
  if (!local) return undefined;
  const checked =
    new RegExp(`\\b(?:v|valibot)\\.(?:parse|safeParse)\\(\\s*([\\w.]+)\\s*,\\s*${local}\\s*\\)`).exec(text)?.[1] ??
    new RegExp(`([\\w.]+)\\.(?:parse|safeParse|parseAsync|safeParseAsync)\\(\\s*${local}\\s*\\)`).exec(text)?.[1];
  // (…and written as it is: `data: body`, `{ ...body }`, `.set(body)`)
  return checked && new RegExp(`(?:data:\\s*|\\.\\.\\.|\\.(?:set|values|create|update)\\()${local}\\b`).test(text)
    ? checked
    : undefined;
}

export default defineCheck({
  meta: {
    id: 'input-validation-mass-assignment',
    kind: 'check',
    title: 'Request body written to the database without a schema (mass assignment)',
    category: 'input-validation',
    severity: 'high',
    description:
      'The whole request body is stored or merged into a record, so a client can set fields it must not control (role, isAdmin, ownerId, balance).',
    owasp: 'API3:2023',
    cwe: 'CWE-915',
  },
  endpoint(e, ctx) {
    const f = e.facts;
    if (!f) return null;
    // Hono's zValidator checks a copy: `c.req.valid('json')` is the checked body, `c.req.json()` is still the raw one
    const flows = ctx.app.flows.get(e) ?? [];
    const rawAfterValidator =
      e.framework === 'hono' && !flows.some((fl) => fl.validatedBody) && flows.some((fl) => fl.readsRawBody);
    // class-validator without `whitelist` checks the properties a DTO declares and lets every other one through
    const passesUnknown = f.validation.bodyKeepsUnknown === true;
    // a schema the handler itself parses the body with, keeping the result apart (`const input = schema.parse(req.body)`)
    // or dropping it, while the raw body is still written (`create({ ...req.body, customerId: me })`): unknown keys
    // pass the check and reach the row
    const links = ctx.app.links.get(e) ?? [];
    // (a strict schema parsed for its verdict alone, `schema.strict().parse(req.body)`, rejects unknown keys: the raw
    // body is then as good as the parsed one)
    const parsedApart =
      !links.some(
        (l) => l.facts.validation && l.facts.validation.target !== 'params' && l.facts.validation.target !== 'query',
      ) &&
      flows.some((fl) => fl.validatedBody) &&
      e.handlers.some((h) => {
        const text = h.file.text.slice(h.fn.start, h.fn.end);
        const schema = PARSED_INTO.exec(text)?.[1] ?? parsedLocalBody(text);
        if (!schema || /\b(?:req|request|ctx\.request)\.body\s*=(?!=)/.test(text)) return false;
        // (the schema's declaration, where it is one of the file: `.strict()` on it)
        const declared = new RegExp(`\\b${schema.split('.')[0]}\\s*=([^;]*)`).exec(h.file.text)?.[1] ?? '';
        // (…or a valibot/zod `strictObject(…)`)
        return !/\.strict\(\)|\bstrictObject\(/.test(declared) && !/\.strict\(\)\.(?:parse|safeParse)/.test(text);
      });
    if (f.validation.body && !rawAfterValidator && !passesUnknown && !parsedApart) return null;
    let at = f.data.find((d) => d.writesBody)?.location ?? null;
    if (!at) {
      // Object.assign(record, req.body) and { ...defaults, ...req.body } in handlers without an ORM
      for (const flow of ctx.app.flows.get(e) ?? []) {
        const isWholeBody = (n: Node | null | undefined) => isRawWholeBody(sourcesOf(flow.env, n));
        at = flow.bodyMerges[0] ?? null;
        if (at) break;
        for (const h of e.handlers) {
          // no spread in the handler's text, no spread to look at
          if (!h.file.text.slice(h.fn.start, h.fn.end).includes('...')) continue;
          // (only what runs for this endpoint: a pages/api handler's POST branch is not its GET)
          for (const root of h.statements ?? [h.fn])
            walk(root, (n) => {
              if (at || n.type !== 'ObjectExpression') return;
              const spreads = n.properties.filter(
                (p) => p.type === 'SpreadElement' && isWholeBody(unwrap(p.argument as Node)),
              );
              // `{ ...req.body }` alone is a copy; spreading it over server-set fields lets the client override them
              if (spreads.length > 0 && n.properties.length > spreads.length) at = locationOf(h.file, n);
            });
        }
      }
    }
    if (!at) return null;
    const i = idiom(e.framework);
    const v = validatorFor(ctx.stack);
    return {
      message:
        parsedApart && f.validation.body
          ? `${endpointLabel(e)} checks the body with a schema but writes the raw request body into a record: clients can set fields like role, isAdmin or ownerId`
          : `${endpointLabel(e)} writes the request body straight into a record: clients can set fields like role, isAdmin or ownerId`,
      location: at,
      endpoint: e,
      fix: {
        summary: 'Validate the body with a schema and copy only the allowed fields',
        steps: [
          ctx.stack.validation.length === 0 ? 'npm install zod' : `Use ${v}, already in the project.`,
          'Define a schema with only the fields a client may set; unknown keys are dropped (zod) or rejected.',
          'Set server-owned fields (id, owner, role, timestamps) from the server side after validation.',
        ],
        example:
          v === 'joi'
            ? `const schema = Joi.object({ title: Joi.string().max(200), done: Joi.boolean() });\nconst { value, error } = schema.validate(${i.body}, { stripUnknown: true });`
            : v === 'class-validator'
              ? 'class UpdateTodoDto { @IsString() @IsOptional() title?: string; @IsBoolean() @IsOptional() done?: boolean }\n// and ValidationPipe({ whitelist: true })'
              : `const Update = z.object({ title: z.string().max(200).optional(), done: z.boolean().optional() });\nconst data = Update.parse(${i.body});`,
      },
    };
  },
});
