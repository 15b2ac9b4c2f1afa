import { z } from 'zod';
import { SEVERITIES } from '../core/severity.ts';

/**
 * `vas.config.json`, as data. This zod schema is the single source of truth: `loadConfig` validates with it
 * and schema/config.schema.json is generated from it (test/config/schema.test.ts keeps the two equal).
 */
const names = (what: string) =>
  z
    .array(z.string().min(1))
    .describe(`Names of ${what} to trust, as they appear in the code (a function, middleware or decorator name).`);

export const TrustSchema = z
  .object({
    auth: names('custom authentication helpers (e.g. "requireSession", "withUser")'),
    ownership: names('custom ownership helpers (e.g. "assertOwner", "scopedToUser")'),
    rateLimit: names('custom rate-limit helpers (e.g. "throttle", "loginLimiter")'),
  })
  .partial()
  .strict()
  .describe('Your own helpers that vas should treat like the auth, ownership and rate-limit libraries it knows.');

export const RuleSettingSchema = z
  .union([z.literal('off'), z.enum(SEVERITIES)])
  .describe('"off" disables the rule; a severity replaces the rule\'s own.');

export const ConfigSchema = z
  .object({
    $schema: z.string().describe('Path or URL of this schema, for editors.').optional(),
    publicRoutes: z
      .array(
        z
          .string()
          .regex(
            /^((GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ALL) )?\//,
            'expected "[METHOD ]/path" (method in upper case)',
          ),
      )
      .describe(
        'Routes that are public by design: "[METHOD ]/path". `*` matches one path segment, `**` any number; ' +
          'parameters may be written :id or {id}. Missing-auth and BOLA findings on them are dropped.',
      )
      .optional(),
    trust: TrustSchema.optional(),
    ignore: z
      .array(z.string().min(1))
      .describe(
        'Paths to leave out, gitignore-style, relative to the scanned directory (e.g. "scripts/", "**/*.spec.ts").',
      )
      .optional(),
    rules: z
      .record(
        z
          .string()
          .regex(/^(vas\/)?[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a rule id such as "bola-missing-ownership-check"'),
        RuleSettingSchema,
      )
      .describe('Per-rule settings, keyed by rule id (with or without the "vas/" prefix).')
      .optional(),
    failOn: z
      .enum(SEVERITIES)
      .describe('Exit with code 1 when a finding is at or above this severity (the --fail-on flag wins).')
      .optional(),
    baseline: z
      .string()
      .min(1)
      .describe('Baseline file, relative to the config file (the --baseline flag wins).')
      .optional(),
    probe: z.unknown().describe('Settings for `vas probe`; its schema is src/probe/config-schema.json.').optional(),
  })
  .strict()
  .describe('Configuration for vas, the API security scanner.');

export type VasConfig = z.infer<typeof ConfigSchema>;
export type Trust = z.infer<typeof TrustSchema>;
export type RuleSetting = z.infer<typeof RuleSettingSchema>;
