import { Pool } from 'undici';
import type { ReceivedResponse, SentRequest } from './exchange.ts';
import type { Scope } from './scope.ts';

export interface TransportOptions {
  timeoutMs: number;
  maxResponseBytes: number;
}

/**
 * The only code that talks to the network. It refuses any URL off the target origin, never follows redirects
 * (a 3xx is returned as is), caps response size and time, and charges every request to the scope's budgets.
 */
export class Transport {
  readonly scope: Scope;
  private readonly pool: Pool;
  private readonly options: TransportOptions;

  constructor(scope: Scope, options: TransportOptions) {
    this.scope = scope;
    this.options = options;
    this.pool = new Pool(scope.origin, { connections: 8, pipelining: 1 });
  }

  async send(req: SentRequest, endpointKey: string): Promise<ReceivedResponse> {
    const url = this.scope.assertInScope(req.url);
    this.scope.spend(endpointKey);
    await this.scope.throttle();
    const started = performance.now();
    try {
      const res = await this.pool.request({
        method: req.method as 'GET',
        path: `${url.pathname}${url.search}`,
        headers: req.headers,
        body: req.body ?? null,
        headersTimeout: this.options.timeoutMs,
        bodyTimeout: this.options.timeoutMs,
      });
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      for await (const chunk of res.body) {
        const buf = chunk as Buffer;
        if (size + buf.length > this.options.maxResponseBytes) {
          chunks.push(buf.subarray(0, this.options.maxResponseBytes - size));
          truncated = true;
          res.body.destroy();
          break;
        }
        chunks.push(buf);
        size += buf.length;
      }
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = flattenHeaders(res.headers);
      return {
        status: res.statusCode,
        headers,
        body,
        json: parseJson(body, headers),
        truncated,
        ms: performance.now() - started,
      };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return { status: 0, headers: {}, body: '', truncated: false, ms: performance.now() - started, error: message };
    }
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join('\n') : v;
  }
  return out;
}

function parseJson(body: string, headers: Record<string, string>): unknown {
  const type = headers['content-type'] ?? '';
  const looksJson = /json/i.test(type) || /^\s*[[{]/.test(body);
  if (!looksJson || body.length === 0) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
