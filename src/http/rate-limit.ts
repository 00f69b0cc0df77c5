import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { RedisConnection } from "../redis/connection.js";

/**
 * A fixed-window limit per client, by rate-limiter-flexible. In memory, each hit is one map
 * lookup and a window's entry expires with it. Given Redis, the window is counted there (one
 * atomic script per hit), so every instance behind a load balancer draws on the same
 * allowance; while Redis is away, each instance falls back to its own memory window
 * (the library's insurance limiter) rather than refusing or waving requests through.
 *
 * Clients are valid API keys by name, and everyone else by address: an unknown or random
 * bearer value is counted against the address that sent it, so inventing keys neither buys a
 * fresh allowance nor grows the table.
 */
export class RateLimiter {
  private readonly limiter: RateLimiterAbstract;

  constructor(perMinute: number, redis?: RedisConnection) {
    const memory = new RateLimiterMemory({ points: perMinute, duration: 60 });
    this.limiter = redis
      ? new RateLimiterRedis({ storeClient: redis.client, useRedisPackage: true, keyPrefix: "kg-rate", points: perMinute, duration: 60, insuranceLimiter: memory })
      : memory;
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

/**
 * The caller's address. Behind `trustedHops` proxies (a load balancer), the socket's peer is the
 * last proxy, and the caller is the entry that the outermost trusted proxy appended to
 * X-Forwarded-For: counted from the right, since everything to its left is whatever the client
 * chose to send. With no trusted proxy the header is ignored, so it cannot buy an allowance.
 */
export function addressOf(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string | undefined {
  if (trustedHops === 0 || forwardedFor === undefined) return socketAddress;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor).split(",").map((s) => s.trim()).filter(Boolean);
  return hops[hops.length - trustedHops] ?? hops[0] ?? socketAddress;
}
