import { existsSync, readFileSync } from 'node:fs';
import schema from './config-schema.json' with { type: 'json' };
import type { IdentityInput, LoginRecipe } from './options.ts';

/** The `probe` key of vas.config.json, validated against config-schema.json. */
export interface ProbeConfig {
  target?: string;
  spec?: string;
  fromReport?: string;
  source?: string;
  users?: string[];
  identities?: IdentityInput[];
  login?: LoginRecipe;
  probes?: string[];
  exclude?: string[];
  allowDestructive?: boolean;
  maxRequests?: number;
  maxRequestsPerEndpoint?: number;
  rps?: number;
  timeoutMs?: number;
  maxResponseBytes?: number;
  burst?: number;
  maxRetryAfter?: number;
  values?: Record<string, string>;
  failOn?: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export const CONFIG_SCHEMA = schema;

/** Reads `probe` from a config file; a missing default file is no error, a missing named one is. */
export function loadProbeConfig(file: string | undefined, cwd = process.cwd()): ProbeConfig {
  const path = file ?? `${cwd}/vas.config.json`;
  if (!existsSync(path)) {
    if (file) throw new ConfigError(`config file ${file} not found`);
    return {};
  }
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigError(`${path} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const probe = doc && typeof doc === 'object' ? (doc as Record<string, unknown>).probe : undefined;
  if (probe === undefined) return {};
  const errors = validate(probe, schema as unknown as Schema, 'probe');
  if (errors.length) throw new ConfigError(`${path}: ${errors[0]}`);
  return probe as ProbeConfig;
}

type Schema = {
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  pattern?: string;
};

/** The subset of JSON Schema that config-schema.json uses; the test suite checks it agrees with a full validator. */
export function validate(value: unknown, s: Schema, at: string): string[] {
  const errors: string[] = [];
  if (s.enum && !s.enum.includes(value))
    return [`${at} must be one of ${s.enum.map((e) => JSON.stringify(e)).join(', ')}`];
  const t = s.type;
  if (t === 'object') {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return [`${at} must be an object`];
    const obj = value as Record<string, unknown>;
    for (const r of s.required ?? []) if (obj[r] === undefined) errors.push(`${at}.${r} is required`);
    for (const [k, v] of Object.entries(obj)) {
      const sub = s.properties?.[k];
      if (sub) errors.push(...validate(v, sub, `${at}.${k}`));
      else if (s.additionalProperties === false) errors.push(`${at}.${k} is not a known setting`);
      else if (typeof s.additionalProperties === 'object')
        errors.push(...validate(v, s.additionalProperties, `${at}.${k}`));
    }
  } else if (t === 'array') {
    if (!Array.isArray(value)) return [`${at} must be an array`];
    value.forEach((v, i) => {
      if (s.items) errors.push(...validate(v, s.items, `${at}[${i}]`));
    });
  } else if (t === 'string') {
    if (typeof value !== 'string') return [`${at} must be a string`];
    if (s.minLength !== undefined && value.length < s.minLength) errors.push(`${at} must not be empty`);
    if (s.pattern && !new RegExp(s.pattern).test(value)) errors.push(`${at} must match ${s.pattern}`);
  } else if (t === 'integer' || t === 'number') {
    if (typeof value !== 'number' || (t === 'integer' && !Number.isInteger(value)))
      return [`${at} must be ${t === 'integer' ? 'an integer' : 'a number'}`];
    if (s.minimum !== undefined && value < s.minimum) errors.push(`${at} must be at least ${s.minimum}`);
    if (s.maximum !== undefined && value > s.maximum) errors.push(`${at} must be at most ${s.maximum}`);
    if (s.exclusiveMinimum !== undefined && value <= s.exclusiveMinimum)
      errors.push(`${at} must be more than ${s.exclusiveMinimum}`);
  } else if (t === 'boolean' && typeof value !== 'boolean') return [`${at} must be true or false`];
  return errors;
}
