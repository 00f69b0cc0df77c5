import type { Database } from "../db/database.js";

/**
 * /health's view of the database. A ping is bounded by `timeoutMs` (a driver retrying a dead
 * server would otherwise hold the answer for seconds), and its result is shared for
 * `cacheMs`, so /health, which the rate limiter does not count, runs at most one query per
 * interval however often it is called.
 */
export class HealthCheck {
  private last: { at: number; up: boolean } | null = null;
  private inFlight: Promise<boolean> | null = null;

  constructor(private readonly db: Database, private readonly timeoutMs = 1000, private readonly cacheMs = 1000) {}

  async databaseUp(now = Date.now()): Promise<boolean> {
    if (this.last && now - this.last.at < this.cacheMs) return this.last.up;
    this.inFlight ??= this.ping().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async ping(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), this.timeoutMs);
    });
    const up = await Promise.race([this.db.ping(), timeout]);
    clearTimeout(timer);
    this.last = { at: Date.now(), up };
    return up;
  }
}
