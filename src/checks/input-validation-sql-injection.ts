import { defineCheck } from '../core/check.ts';
import { endpointLabel } from './_idiom.ts';

export default defineCheck({
  meta: {
    id: 'input-validation-sql-injection',
    kind: 'check',
    title: 'SQL built from request data by string concatenation',
    category: 'input-validation',
    severity: 'critical',
    description:
      'A SQL statement is built by concatenating or interpolating request data, so a client can change the query (SQL injection).',
    cwe: 'CWE-89',
  },
  endpoint(e, ctx) {
    const a = e.facts?.data.find((d) => d.sqlConcat);
    // (or a raw fragment built from request text: `sql.raw(\`name ILIKE '%${q}%'\`)` pushed into the conditions)
    const location = a?.location ?? ctx.app.flows.get(e)?.flatMap((f) => f.rawSql)[0];
    if (!location) return null;
    const sqlite = ctx.stack.dataLayers.includes('better-sqlite3') || ctx.stack.dataLayers.includes('sqlite');
    return {
      message: `${endpointLabel(e)} builds SQL from request data with string concatenation/interpolation (SQL injection)`,
      location,
      endpoint: e,
      fix: {
        summary: 'Use bound parameters',
        steps: [
          'Pass every request value as a bound parameter; never put it into the SQL text.',
          'For dynamic column names or sort orders, pick from an allow-list.',
        ],
        example: sqlite
          ? // biome-ignore lint/suspicious/noTemplateCurlyInString: the example is source code shown to the user
            "db.prepare('SELECT * FROM notes WHERE owner_id = ? AND title LIKE ?').all(userId, `%${q}%`)"
          : // biome-ignore lint/suspicious/noTemplateCurlyInString: the example is source code shown to the user
            "await pool.query('SELECT * FROM contacts WHERE owner_id = $1 AND name ILIKE $2', [userId, `%${q}%`])",
      },
    };
  },
});
