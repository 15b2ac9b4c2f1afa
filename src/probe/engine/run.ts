import type { Diagnostic } from '../../core/report.ts';
import { VERSION } from '../../version.ts';
import type { Identity } from '../auth/identity.ts';
import { credentialParts, tokenExpiring } from '../auth/identity.ts';
import type { Exchange, ReceivedResponse, SentRequest } from '../http/exchange.ts';
import { BudgetError, type Scope, ScopeError } from '../http/scope.ts';
import type { Transport } from '../http/transport.ts';
import type { Operation } from '../operations/operation.ts';
import { opKey } from '../operations/operation.ts';
import type { ProbeOptions } from '../options.ts';
import { normalize } from './compare.ts';
import { ObjectStore } from './objects.ts';
import type { Progress } from './progress.ts';
import { ValueFactory } from './values.ts';

export interface CallInput {
  path?: Record<string, string>;
  query?: Record<string, string>;
  /** JSON body (or form fields for a form operation) */
  body?: unknown;
  /** sent verbatim (malformed JSON ...) */
  rawBody?: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** replaces the identity's credentials (forged tokens, garbage tokens) */
  credentials?: { label: string; headers: Record<string, string> };
  /** do not retry on 429/401 (bursts) */
  noRetry?: boolean;
  /** the request names an id that does not exist: it cannot destroy anything */
  canary?: boolean;
}

export class SafetyError extends Error {
  override readonly name = 'SafetyError';
}

const DESTRUCTIVE = new Set(['DELETE', 'PUT', 'PATCH']);

/** Shared state of one probe run: the operations, identities, what was learned, and every exchange. */
export class ProbeRun {
  readonly options: ProbeOptions & { allowDestructive: boolean; maxRetryAfter: number };
  readonly transport: Transport;
  readonly scope: Scope;
  readonly base: URL;
  readonly operations: Operation[];
  readonly identities: Identity[];
  readonly anonymous: Identity;
  readonly store = new ObjectStore();
  readonly values: ValueFactory;
  readonly exchanges: Exchange[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly progress: Progress;
  /** words from the target (API title ...) for context-derived weak secrets */
  readonly contextWords: string[] = [];
  /** re-login hook, set by the identity setup */
  relogin: (id: Identity) => Promise<boolean> = async () => false;
  /** operation used to check that an identity's session is alive */
  verifyOps = new Map<string, { op: Operation; input: CallInput }>();
  private readonly canaries = new Map<string, ReceivedResponse>();
  private nextId = 1;
  private refusals = new Set<string>();

  constructor(init: {
    options: ProbeRun['options'];
    transport: Transport;
    operations: Operation[];
    identities: Identity[];
    anonymous: Identity;
    progress: Progress;
    runId: string;
  }) {
    this.options = init.options;
    this.transport = init.transport;
    this.scope = init.transport.scope;
    this.base = new URL(init.options.target);
    this.operations = init.operations;
    this.identities = init.identities;
    this.anonymous = init.anonymous;
    this.progress = init.progress;
    this.values = new ValueFactory(init.runId);
  }

  /** Identities that are logged in and verified, in the order given. */
  get users(): Identity[] {
    return this.identities.filter((i) => i.loggedIn);
  }

  /** Ids of objects this run created (the only ones destructive requests may touch by default). */
  isCreated(id: string): boolean {
    return this.store.objects.some((o) => o.created && o.id === id);
  }

  url(op: { path: string }, input: CallInput, extraQuery: Record<string, string> = {}): string {
    const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
      encodeURIComponent(input.path?.[name] ?? `{${name}}`),
    );
    const basePath = this.base.pathname.replace(/\/+$/, '');
    const url = new URL(`${basePath}${path}`, this.base.origin);
    for (const [k, v] of Object.entries({ ...input.query, ...extraQuery })) url.searchParams.set(k, v);
    return url.toString();
  }

  /**
   * Sends one request for `op` as `as`. Returns null when the request was refused (budget, scope, or a
   * destructive request on an object this run did not create).
   */
  async call(op: Operation, as: Identity, input: CallInput = {}): Promise<Exchange | null> {
    try {
      this.assertSafe(op, input);
      if (!as.anonymous && !input.credentials && tokenExpiring(as)) await this.relogin(as);
      let ex = await this.sendOnce(op, as, input);
      if (ex.response.status === 429 && !input.noRetry) {
        const wait = retryAfterSeconds(ex.response);
        if (wait !== null && wait <= this.options.maxRetryAfter) {
          await new Promise((r) => setTimeout(r, wait * 1000));
          ex = await this.sendOnce(op, as, input);
        }
      }
      if (ex.response.status === 401 && !as.anonymous && as.verified && !input.credentials && !input.noRetry) {
        if (await this.sessionDead(as)) {
          if (await this.relogin(as)) ex = await this.sendOnce(op, as, input);
        }
      }
      return ex;
    } catch (err) {
      if (err instanceof BudgetError || err instanceof ScopeError || err instanceof SafetyError) {
        const key = `${err.name}:${err.message}`;
        if (!this.refusals.has(key)) {
          this.refusals.add(key);
          this.diagnostics.push({ kind: 'skipped', message: `request not sent: ${err.message}` });
        }
        return null;
      }
      throw err;
    }
  }

  private assertSafe(op: Operation, input: CallInput): void {
    if (this.options.allowDestructive || !DESTRUCTIVE.has(op.method) || input.canary) return;
    const emptyPatch =
      op.method === 'PATCH' &&
      input.rawBody === undefined &&
      (input.body === undefined ||
        (typeof input.body === 'object' && input.body !== null && Object.keys(input.body).length === 0));
    // an empty merge-patch changes nothing (RFC 7396), so it may go anywhere
    if (emptyPatch) return;
    const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
    const last = names[names.length - 1];
    const value = last ? input.path?.[last] : undefined;
    if (value === undefined || !this.isCreated(value)) {
      throw new SafetyError(`${op.method} ${op.path} on an object this run did not create (use --allow-destructive)`);
    }
  }

  private async sendOnce(op: Operation, as: Identity, input: CallInput): Promise<Exchange> {
    const creds = input.credentials ? { headers: input.credentials.headers, query: {} } : credentialParts(as);
    const headers: Record<string, string> = {
      'user-agent': `vas-probe/${VERSION}`,
      accept: 'application/json, */*;q=0.5',
      ...creds.headers,
      ...input.headers,
    };
    let body: string | undefined;
    if (input.rawBody !== undefined) {
      body = input.rawBody;
      headers['content-type'] = input.contentType ?? 'application/json';
    } else if (input.body !== undefined) {
      const type = input.contentType ?? op.body?.contentType ?? 'application/json';
      headers['content-type'] = type;
      body = /x-www-form-urlencoded/i.test(type) ? formEncode(input.body) : JSON.stringify(input.body);
    }
    const request: SentRequest = {
      method: op.method,
      url: this.url(op, input, creds.query),
      headers,
      ...(body !== undefined ? { body } : {}),
    };
    const response = await this.transport.send(request, opKey(op));
    const values = [...Object.values(input.path ?? {}), ...Object.values(input.query ?? {})];
    const ex: Exchange = {
      id: this.nextId++,
      request,
      response,
      as: input.credentials?.label ?? as.name,
      op: opKey(op),
      values,
    };
    this.exchanges.push(ex);
    this.progress.tick(this.scope.sent);
    return ex;
  }

  /** True when the identity's verification request now fails: its session ended. */
  private async sessionDead(as: Identity): Promise<boolean> {
    const check = this.verifyOps.get(as.name);
    if (!check) return false;
    const ex = await this.sendOnce(check.op, as, check.input);
    return ex.response.status === 401;
  }

  /**
   * The response to a route that cannot exist, near `path`, for `as`: what the server says when it has nothing
   * to say. A response that looks like this proves nothing (honeypots, catch-alls, deny-all gateways).
   */
  async canary(method: Operation['method'], path: string, as: Identity): Promise<ReceivedResponse | null> {
    const prefix = path
      .split('/')
      .filter((s) => s && !s.startsWith('{'))
      .slice(0, -1)
      .join('/');
    const key = `${method} ${prefix} ${as.name}`;
    const cached = this.canaries.get(key);
    if (cached) return cached;
    const op = pseudoOp(method, `/${prefix ? `${prefix}/` : ''}vas-canary-${this.values.runId}`);
    const ex = await this.call(
      op,
      as,
      method === 'GET' || method === 'DELETE' ? { canary: true } : { body: {}, canary: true },
    );
    if (!ex) return null;
    this.canaries.set(key, ex.response);
    return ex.response;
  }

  /** True when `res` cannot be told apart from the canary near `path` (or no canary could be sent). */
  async looksLikeCanary(
    method: Operation['method'],
    path: string,
    as: Identity,
    res: ReceivedResponse,
  ): Promise<boolean> {
    const c = await this.canary(method, path, as);
    if (!c) return true;
    return c.status === res.status && normalize(c, []) === normalize(res, []);
  }

  note(message: string): void {
    this.diagnostics.push({ kind: 'warning', message });
  }
}

export function pseudoOp(method: Operation['method'], path: string): Operation {
  return {
    method,
    path,
    params: [],
    body: null,
    response: null,
    auth: 'unknown',
    public: true,
    schemes: [],
    location: null,
    source: 'inventory',
  };
}

function retryAfterSeconds(res: ReceivedResponse): number | null {
  const raw = res.headers['retry-after'];
  if (!raw) return null;
  const n = Number(raw);
  if (Number.isFinite(n)) return Math.max(0, n);
  const when = Date.parse(raw);
  return Number.isNaN(when) ? null : Math.max(0, (when - Date.now()) / 1000);
}

function formEncode(body: unknown): string {
  const params = new URLSearchParams();
  if (body && typeof body === 'object') {
    for (const [k, v] of Object.entries(body)) params.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  }
  return params.toString();
}
