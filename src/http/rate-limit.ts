/**
 * A fixed-window limit per client (API key name, else IP address), in memory: enough for one
 * instance; behind several instances put a shared limiter in front.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly perMinute: number, private readonly now: () => number = Date.now) {}

  /** Counts a request; returns the seconds to wait when over the limit, else 0. */
  hit(client: string): number {
    const t = this.now();
    const w = this.windows.get(client);
    if (!w || t - w.start >= 60_000) {
      this.windows.set(client, { start: t, count: 1 });
      if (this.windows.size > 100_000) this.sweep(t);
      return 0;
    }
    w.count += 1;
    return w.count > this.perMinute ? Math.ceil((w.start + 60_000 - t) / 1000) : 0;
  }

  private sweep(t: number): void {
    for (const [k, w] of this.windows) if (t - w.start >= 60_000) this.windows.delete(k);
  }
}
