import { type CheckContext, defineCheck, type Report } from '../core/check.ts';
import type { Endpoint } from '../core/endpoint.ts';
import type { FrameworkId } from '../core/stack.ts';
import { enclosingFunction, type Node, nameOf, walk } from '../parse/ast.ts';
import { anyFileMatches } from '../parse/project.ts';
import { endpointLabel } from './_idiom.ts';

/** `mongoose.set('sanitizeFilter', true)` (or the option): operators are stripped from every filter. */
const SANITIZE_FILTER = /sanitizeFilter['"]?\s*[,:]\s*true/;

function sanitised(ctx: CheckContext): boolean {
  return (
    ctx.project.packages.some((p) => p.deps.has('express-mongo-sanitize') || p.deps.has('mongo-sanitize')) ||
    anyFileMatches(ctx.project, SANITIZE_FILTER)
  );
}

/**
 * Does the framework turn `?a[$ne]=x` into an object? Express (with `qs`, its default before Express 5) and NestJS on
 * it do; Next.js, Fastify, Koa and Hono parse query strings flat (strings and arrays) unless the project plugs in a
 * nested parser (`koa-qs`, Fastify's `querystringParser`).
 */
function nestedQuery(framework: FrameworkId, ctx: CheckContext): boolean {
  if (framework === 'express' || framework === 'nestjs') return true;
  if (framework === 'nextjs' || framework === 'hono') return false;
  return ctx.project.packages.some((p) => p.deps.has('koa-qs')) || anyFileMatches(ctx.project, /\bquerystringParser\b/);
}

/** Local names bound from the body in a function: `const { email, code: resetCode } = req.body` → resetCode → code. */
function bodyNames(text: string, fn: Node | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!fn) return out;
  walk(fn, (n) => {
    if (n.type !== 'VariableDeclarator' || n.id.type !== 'ObjectPattern' || !n.init) return undefined;
    if (!/^(?:req|request)\.body$/.test(text.slice(n.init.start, n.init.end))) return undefined;
    for (const p of n.id.properties)
      if (p.type === 'Property' && p.value.type === 'Identifier')
        out.set(p.value.name, nameOf(p.key as Node) ?? p.value.name);
    return undefined;
  });
  return out;
}

/**
 * A Mongo filter of the handler reading a body field no express-validator chain names (`req.body.code`); asked only in
 * an app that uses Mongoose without a filter sanitiser.
 */
function uncheckedBodyField(e: Endpoint, ctx: CheckContext, checked: readonly string[]): Report | null {
  for (const flow of ctx.app.flows.get(e) ?? [])
    for (const [node, a] of flow.env.accessByNode) {
      if (!a.filterFromClient) continue;
      const text = flow.env.file.text.slice(node.start, node.end);
      // (…also through a name destructured from the body: `const { email, code } = req.body`)
      const named = bodyNames(flow.env.file.text, enclosingFunction(node));
      const field = [
        ...[...text.matchAll(/\b(?:req|request)\.body\.(\w+)/g)].map((m) => m[1]!),
        ...[...named].filter(([local]) => new RegExp(`\\b${local}\\b`).test(text)).map(([, key]) => key),
      ].find((x) => !checked.includes(x));
      if (field)
        return {
          message: `${endpointLabel(e)} passes \`req.body.${field}\` into the ${a.model ?? 'MongoDB'} query filter, but the route's validators check only ${checked.join(', ')} (operator injection)`,
          location: a.location,
          endpoint: e,
          fix: {
            summary: 'Validate every field the filter reads',
            steps: [
              `Add a check for \`${field}\` (\`body('${field}').isString()\`), or read the checked values with \`matchedData(req)\`.`,
              'Enable `mongoose.set("sanitizeFilter", true)` or use express-mongo-sanitize as a second line of defence.',
            ],
            example: `body('${field}').isString().isLength({ min: 1, max: 64 }),`,
          },
        };
    }
  return null;
}

export default defineCheck({
  meta: {
    id: 'input-validation-nosql-injection',
    kind: 'check',
    title: 'Request data used as a query filter (NoSQL operator injection)',
    category: 'input-validation',
    severity: 'high',
    description:
      'A value from the JSON body or query string goes into a MongoDB/Mongoose filter unchecked; a client can send an operator object such as {"$ne": null} and match any document.',
    cwe: 'CWE-943',
  },
  endpoint(e, ctx) {
    const f = e.facts;
    if (!f) return null;
    // a `$where` built from request text runs as JavaScript in the database, whatever the data layer or validator
    const js = f.data.find((d) => d.jsWhereFromClient);
    if (js) {
      return {
        message: `${endpointLabel(e)} writes request data into a $where JavaScript expression (server-side JavaScript injection)`,
        location: js.location,
        endpoint: e,
        fix: {
          summary: 'Replace $where with query operators',
          steps: [
            'Express the condition with operators ({ product: id }, $gt, $in) instead of JavaScript text.',
            'If $where cannot go, pass only numbers (Number(x), checked with Number.isFinite) into it, never strings.',
          ],
          example: 'const reviews = await Review.find({ product: Number(req.params.id) });',
        },
      };
    }
    // a provider's signed event (an HMAC of the body checked first): the body is the provider's, not a client's
    if (f.public.senderVerified) return null;
    // Prisma: the whole query string (or body) spread into `where` — the client writes the filter, `?ownerId=…` or
    // `?total[gt]=0` included
    const spread = f.data.find(
      (d) => d.filterSpreadFrom === 'body' || (d.filterSpreadFrom === 'query' && nestedQuery(e.framework, ctx)),
    );
    if (spread && !(spread.filterSpreadFrom === 'body' ? f.validation.body : f.validation.query))
      return {
        message: `${endpointLabel(e)} spreads the request ${spread.filterSpreadFrom === 'body' ? 'body' : 'query string'} into the ${spread.model ?? 'Prisma'} \`where\` filter: the client adds any condition or operator`,
        location: spread.location,
        endpoint: e,
        fix: {
          summary: 'Build the filter from named, validated fields',
          steps: [
            'Parse the query with a schema that lists the filters the route supports (status, dates), with their types.',
            'Put only those fields into `where`, after the caller’s scope, never the whole request object.',
          ],
          example:
            "const { status } = z.object({ status: z.enum(['open', 'paid']).optional() }).parse(req.query);\nconst invoices = await prisma.invoice.findMany({ where: { ownerId: req.user.id, ...(status ? { status } : {}) } });",
        },
      };
    if (!ctx.stack.dataLayers.includes('mongoose')) return null;
    // mongoose.set('sanitizeFilter', true) or express-mongo-sanitize strip operators from every filter
    if (sanitised(ctx)) return null;
    // (express-validator chains check the fields they name: a filter that reads another body field is unchecked —
    // `findOne({ email: req.body.email, resetCode: req.body.code })` beside `body('email')`, `body('password')`)
    const unchecked = f.validation.bodyFields ? uncheckedBodyField(e, ctx, f.validation.bodyFields) : null;
    if (unchecked) return unchecked;
    if (f.validation.body || f.validation.query) return null;
    const a = f.data.find((d) => d.filterFromClient && (!d.filterFromQueryOnly || nestedQuery(e.framework, ctx)));
    if (!a) return null;
    return {
      message: `${endpointLabel(e)} passes request data into the ${a.model ?? 'MongoDB'} query filter without validation (operator injection)`,
      location: a.location,
      endpoint: e,
      fix: {
        summary: 'Validate types before querying',
        steps: [
          'Validate the body/query with a schema so each filter value is a string (or cast with String()).',
          'Enable `mongoose.set("sanitizeFilter", true)` or use express-mongo-sanitize as a second line of defence.',
        ],
        example:
          'const { email } = z.object({ email: z.string().email() }).parse(req.body);\nconst user = await User.findOne({ email });',
      },
    };
  },
});
