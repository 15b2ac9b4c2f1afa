import { existsSync } from 'node:fs';
import { combine, loadSpecFile } from './operations/load.ts';
import { authFlowKind } from './operations/operation.ts';
import type { ProbeOptions } from './options.ts';
import { DEFAULTS, MAX_BURST } from './options.ts';
import { selectProbes, specPathOnTarget } from './probe.ts';

/** What a run would do, without sending a single request (`--dry-run`). */
export async function plan(options: ProbeOptions): Promise<string> {
  const lines: string[] = [];
  const origin = new URL(options.target).origin;
  const probes = selectProbes(options);
  const remote = options.spec ? specPathOnTarget(options.spec, new URL(options.target)) : undefined;
  const specFile = options.spec && remote === undefined && existsSync(options.spec) ? options.spec : undefined;
  const spec = specFile ? await loadSpecFile(specFile) : null;
  const ops = combine(spec, options.staticReport);
  lines.push(`vas probe plan for ${options.target} (dry run: no request is sent)`);
  lines.push(`scope: ${origin} only; redirects are never followed`);
  lines.push(
    `limits: ${options.maxRequests ?? DEFAULTS.maxRequests} requests per run, ${options.maxRequestsPerEndpoint ?? DEFAULTS.maxRequestsPerEndpoint} per endpoint, ${options.rps ?? DEFAULTS.rps} requests/s, ${options.timeoutMs ?? DEFAULTS.timeoutMs} ms timeout, burst ${Math.min(options.burst ?? DEFAULTS.burst, MAX_BURST)}`,
  );
  lines.push(
    `destructive requests (DELETE, PUT, PATCH with a body): ${options.allowDestructive ? 'allowed on any object' : 'only on objects this run creates'}`,
  );
  const ids = options.identities ?? [];
  lines.push(
    `identities: ${ids.length ? ids.map((i) => `${i.name} (${i.password !== undefined ? 'password login' : i.token ? 'token' : 'headers/cookies'})`).join(', ') : 'none (anonymous only)'}, anonymous`,
  );
  if (ops.length) {
    lines.push(`operations (${ops.length}):`);
    for (const op of ops) {
      const kind = authFlowKind(op);
      lines.push(
        `  ${op.method.padEnd(6)} ${op.path}  [${op.public ? 'public' : `auth ${op.auth}`}${kind ? `, ${kind}` : ''}]`,
      );
    }
  } else {
    lines.push(
      `operations: read from ${options.spec ?? 'the usual spec paths (/openapi.json, /swagger.json, ...)'} on the target when the run starts`,
    );
  }
  lines.push(`probes (${probes.length}), in order:`);
  for (const p of probes) lines.push(`  ${p.meta.id}: ${p.meta.requests}`);
  return `${lines.join('\n')}\n`;
}
