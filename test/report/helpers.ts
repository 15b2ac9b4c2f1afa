import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { Report } from '../../src/core/report.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/reports/', import.meta.url));
/** The source tree behind static.json, for snippets and fingerprints. */
export const TODO_API = fileURLToPath(new URL('../fixtures/reports/todo-api', import.meta.url));

export function loadReport(name: 'static' | 'dynamic' | 'hostile'): Report {
  return JSON.parse(readFileSync(`${FIXTURES}${name}.json`, 'utf8')) as Report;
}

function readJson(url: URL): Record<string, unknown> {
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

function ajv(options: { unicodeRegExp?: boolean } = {}): Ajv {
  const instance = new Ajv({ allErrors: true, strict: false, ...options });
  addFormats.default(instance);
  return instance;
}

// The vendored SARIF schema is draft-04; its keywords read the same in Ajv's draft-07 dialect once the
// draft-04 `id` and `$schema` are dropped (see test/fixtures/sarif/README.md).
const sarifSchema = readJson(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url));
delete sarifSchema.$schema;
delete sarifSchema.id;
// rtm.5's `language` pattern has a stray `]` that only compiles without the regex `u` flag (errata01 fixed it)
const sarifValidator = ajv({ unicodeRegExp: false }).compile(sarifSchema);
const reportValidator = ajv().compile(readJson(new URL('../../schema/report.schema.json', import.meta.url)));

function errorsOf(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** Schema errors of a SARIF log; [] when it is valid. */
export function sarifErrors(log: unknown): string[] {
  return sarifValidator(log) ? [] : errorsOf(sarifValidator.errors);
}

/** Schema errors of a JSON report against schema/report.schema.json; [] when it is valid. */
export function reportErrors(report: unknown): string[] {
  return reportValidator(report) ? [] : errorsOf(reportValidator.errors);
}
