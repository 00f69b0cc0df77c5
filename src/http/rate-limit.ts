import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * A fixed-window limit per client, in memory, by rate-limiter-flexible: each hit is one map
 * lookup, and a window's entry expires with it. Clients are valid API keys by name, and
 * everyone else by address: an unknown or random bearer value is counted against the address
 * that sent it, so inventing keys neither buys a fresh allowance nor grows the table.
 * Behind several instances, put a shared limiter in front.
 */
export class RateLimiter {
  private readonly limiter: RateLimiterMemory;

  constructor(perMinute: number) {
    this.limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  }

  /** Counts a request; resolves to the seconds to wait when over the limit, else 0. */
  async hit(client: string): Promise<number> {
    try {
      await this.limiter.consume(client);
      return 0;
    } catch (res) {
      if (res instanceof RateLimiterRes) return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      throw res;
    }
  }
}

/** Who a request counts against: the API key's principal when the key is valid, else the address. */
export const clientOf = (principalName: string | null, address: string | undefined) => (principalName ? `key:${principalName}` : `ip:${address ?? "unknown"}`);
