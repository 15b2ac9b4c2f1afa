/**
 * The safety envelope every request passes through: one origin, request budgets, a requests-per-second cap.
 * Nothing else in the prober opens a connection.
 */
export class ScopeError extends Error {
  override readonly name = 'ScopeError';
}

export class BudgetError extends Error {
  override readonly name = 'BudgetError';
}

export interface ScopeLimits {
  maxRequests: number;
  maxRequestsPerEndpoint: number;
  rps: number;
}

export class Scope {
  readonly origin: string;
  readonly limits: ScopeLimits;
  sent = 0;
  refused = 0;
  private readonly perEndpoint = new Map<string, number>();
  private nextSlot = 0;

  constructor(origin: string, limits: ScopeLimits) {
    this.origin = new URL(origin).origin;
    this.limits = limits;
  }

  /** Throws unless `url` is on the target origin (scheme, host and port). */
  assertInScope(url: string): URL {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      this.refused++;
      throw new ScopeError(`not a URL: ${url}`);
    }
    if (parsed.origin !== this.origin) {
      this.refused++;
      throw new ScopeError(`${parsed.origin} is outside the target ${this.origin}`);
    }
    return parsed;
  }

  /** Reserves one request against the run budget and the endpoint's budget. */
  spend(endpointKey: string): void {
    if (this.sent >= this.limits.maxRequests)
      throw new BudgetError(`run budget of ${this.limits.maxRequests} requests spent`);
    const used = this.perEndpoint.get(endpointKey) ?? 0;
    if (used >= this.limits.maxRequestsPerEndpoint) {
      throw new BudgetError(`budget of ${this.limits.maxRequestsPerEndpoint} requests for ${endpointKey} spent`);
    }
    this.perEndpoint.set(endpointKey, used + 1);
    this.sent++;
  }

  remainingFor(endpointKey: string): number {
    const left = this.limits.maxRequestsPerEndpoint - (this.perEndpoint.get(endpointKey) ?? 0);
    return Math.max(0, Math.min(left, this.limits.maxRequests - this.sent));
  }

  /** Waits for the next free slot under the requests-per-second cap. */
  async throttle(): Promise<void> {
    const interval = 1000 / Math.max(0.1, this.limits.rps);
    const now = performance.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + interval;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }
}
