import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Report } from '../../core/report.ts';
import { atOrAbove, isSeverity, type Severity } from '../../core/severity.ts';
import { ConfigError, loadProbeConfig, type ProbeConfig } from '../../probe/config.ts';
import { ProbeInputError, probe } from '../../probe/index.ts';
import type { IdentityInput, ProbeOptions } from '../../probe/options.ts';
import { MAX_BURST } from '../../probe/options.ts';
import { plan } from '../../probe/plan.ts';
import { isFormat, REPORTERS } from '../../report/index.ts';
import { UsageError } from '../errors.ts';
import { EXIT_FINDINGS, EXIT_OK } from '../exit.ts';

interface ProbeFlags {
  spec?: string;
  fromReport?: string;
  source?: string;
  user: string[];
  token: string[];
  header: string[];
  cookie: string[];
  loginPath?: string;
  config?: string;
  probes?: string;
  exclude?: string;
  allowDestructive?: boolean;
  dryRun?: boolean;
  maxRequests?: string;
  maxRequestsPerEndpoint?: string;
  rps?: string;
  timeout?: string;
  burst?: string;
  format: string;
  output?: string;
  failOn?: string;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

const collect = (value: string, prev: string[]) => [...prev, value];

export function registerProbe(program: Command, setExit: (code: number) => void): void {
  program
    .command('probe')
    .description('probe a running API like an attacker, safely, and report only what was proved')
    .argument('[url]', 'base URL of the running API (or probe.target in vas.config.json)')
    .option(
      '--spec <file|path>',
      'OpenAPI 3.x / Swagger 2 document: a file, or a path on the target (default: look on the target)',
    )
    .option('--from-report <file>', 'use the inventory of a static report (vas scan --format json)')
    .option('--source <dir>', 'scan this source directory for the inventory')
    .option(
      '-u, --user <name:password>',
      'an identity that logs in (repeat: at least two for cross-user probes)',
      collect,
      [],
    )
    .option('--token <name=token>', 'an identity with a ready token (repeatable)', collect, [])
    .option('--header <name=Header: value>', 'a header for an identity (repeatable)', collect, [])
    .option('--cookie <name=cookie=value>', 'a cookie for an identity (repeatable)', collect, [])
    .option('--login-path <path>', 'the login route, when it cannot be inferred')
    .option('-c, --config <file>', 'config file (default: ./vas.config.json, key "probe")')
    .option('--probes <ids>', 'comma-separated probe ids or categories to run')
    .option('--exclude <ids>', 'comma-separated probe ids or categories to skip')
    .option('--allow-destructive', 'allow DELETE/PUT/PATCH on objects this run did not create')
    .option('--dry-run', 'print the plan and send nothing')
    .option('--max-requests <n>', 'request budget for the whole run (default 2000)')
    .option('--max-requests-per-endpoint <n>', 'request budget per endpoint (default 80)')
    .option('--rps <n>', 'requests per second cap (default 200)')
    .option('--timeout <ms>', 'per-request timeout (default 10000)')
    .option('--burst <n>', `login/reset/OTP burst size, at most ${MAX_BURST} (default ${MAX_BURST})`)
    .option('-f, --format <format>', `output format: ${Object.keys(REPORTERS).join(', ')}`, 'text')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity (default low)')
    .option('--no-color', 'disable colours')
    .option('-q, --quiet', 'no progress output')
    .option('--verbose', 'also print each identity check and skipped request')
    .action(async (url: string | undefined, flags: ProbeFlags) => {
      if (!isFormat(flags.format))
        throw new UsageError(`unknown format "${flags.format}" (use one of: ${Object.keys(REPORTERS).join(', ')})`);
      let config: ProbeConfig;
      try {
        config = loadProbeConfig(flags.config);
      } catch (err) {
        if (err instanceof ConfigError) throw new UsageError(err.message);
        throw err;
      }
      const failOnRaw = flags.failOn ?? config.failOn ?? 'low';
      if (!isSeverity(failOnRaw))
        throw new UsageError(`unknown severity "${failOnRaw}" for --fail-on (use critical, high, medium, low or info)`);
      const failOn: Severity = failOnRaw;
      const options = toOptions(url, flags, config);
      if (flags.dryRun) {
        process.stdout.write(await guarded(() => plan(options)));
        setExit(EXIT_OK);
        return;
      }
      const report = await guarded(() => probe(options));
      const color =
        flags.format === 'text' &&
        !flags.output &&
        flags.color !== false &&
        process.stdout.isTTY === true &&
        !process.env.NO_COLOR;
      const text = REPORTERS[flags.format](report, { color });
      if (flags.output) writeFileSync(flags.output, text);
      else process.stdout.write(text);
      if (flags.verbose) for (const d of report.diagnostics) process.stderr.write(`vas probe: ${d.message}\n`);
      setExit(report.findings.some((f) => atOrAbove(f.severity, failOn)) ? EXIT_FINDINGS : EXIT_OK);
    });
}

/** Input problems (bad spec, unreachable target, no endpoints) become one-line usage errors. */
async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof ProbeInputError) throw new UsageError(err.message);
    if (err instanceof Error && /ENOENT|not an OpenAPI|Unexpected token|YAML|is not valid/i.test(err.message)) {
      throw new UsageError(err.message.split('\n')[0] ?? err.message);
    }
    throw err;
  }
}

function int(name: string, raw: string | undefined, fallback?: number): number | undefined {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${name} must be a positive number, got "${raw}"`);
  return n;
}

function splitPair(flag: string, raw: string, sep: string): [string, string] {
  const at = raw.indexOf(sep);
  if (at <= 0) throw new UsageError(`${flag} expects NAME${sep}VALUE, got "${raw}"`);
  return [raw.slice(0, at), raw.slice(at + sep.length)];
}

export function toOptions(url: string | undefined, flags: ProbeFlags, config: ProbeConfig): ProbeOptions {
  const target = url ?? config.target;
  if (!target)
    throw new UsageError('missing <url>: vas probe http://127.0.0.1:3000 (or set probe.target in vas.config.json)');
  const ids = new Map<string, IdentityInput>();
  const identity = (name: string) => {
    const existing = ids.get(name);
    if (existing) return existing;
    const created: IdentityInput = { name };
    ids.set(name, created);
    return created;
  };
  for (const i of config.identities ?? []) ids.set(i.name, { ...i });
  for (const raw of [...(config.users ?? []), ...flags.user]) {
    const [name, password] = splitPair('--user', raw, ':');
    Object.assign(identity(name), { username: identity(name).username ?? name, password });
  }
  for (const raw of flags.token) {
    const [name, token] = splitPair('--token', raw, '=');
    identity(name).token = token;
  }
  for (const raw of flags.header) {
    const [name, header] = splitPair('--header', raw, '=');
    const [key, value] = splitPair('--header', header, ':');
    const id = identity(name);
    id.headers = { ...id.headers, [key.trim()]: value.trim() };
  }
  for (const raw of flags.cookie) {
    const [name, cookie] = splitPair('--cookie', raw, '=');
    const [key, value] = splitPair('--cookie', cookie, '=');
    const id = identity(name);
    id.cookies = { ...id.cookies, [key]: value };
  }
  let staticReport: Report | undefined;
  const fromReport = flags.fromReport ?? config.fromReport;
  if (fromReport) {
    try {
      staticReport = JSON.parse(readFileSync(fromReport, 'utf8')) as Report;
    } catch (err) {
      throw new UsageError(
        `--from-report ${fromReport}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
      );
    }
    if (!Array.isArray(staticReport?.endpoints))
      throw new UsageError(`--from-report ${fromReport} is not a vas JSON report`);
  }
  const list = (raw: string | undefined, fallback?: string[]) =>
    raw
      ? raw
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : fallback;
  const burst = int('--burst', flags.burst, config.burst);
  if (burst !== undefined && burst > MAX_BURST) throw new UsageError(`--burst is at most ${MAX_BURST}`);
  return {
    target,
    spec: flags.spec ?? config.spec,
    staticReport,
    source: flags.source ?? config.source,
    identities: [...ids.values()],
    login: flags.loginPath ? { ...config.login, path: flags.loginPath } : config.login,
    probes: list(flags.probes, config.probes),
    exclude: list(flags.exclude, config.exclude),
    allowDestructive: flags.allowDestructive ?? config.allowDestructive,
    maxRequests: int('--max-requests', flags.maxRequests, config.maxRequests),
    maxRequestsPerEndpoint: int(
      '--max-requests-per-endpoint',
      flags.maxRequestsPerEndpoint,
      config.maxRequestsPerEndpoint,
    ),
    rps: int('--rps', flags.rps, config.rps),
    timeoutMs: int('--timeout', flags.timeout, config.timeoutMs),
    maxResponseBytes: config.maxResponseBytes,
    maxRetryAfter: config.maxRetryAfter,
    burst,
    values: config.values,
    progress: flags.quiet ? null : process.stderr,
    quiet: flags.quiet,
    verbose: flags.verbose,
  };
}
