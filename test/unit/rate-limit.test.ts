import { describe, expect, it } from "vitest";
import { addressOf, RateLimiter } from "../../src/http/rate-limit.js";

describe("addressOf", () => {
  it("when no proxy is trusted, then X-Forwarded-For is ignored and cannot buy a fresh allowance", () => {
    expect(addressOf("10.0.0.5", "1.2.3.4", 0)).toBe("10.0.0.5");
  });

  it("when one proxy is trusted, then the caller is the entry it appended, whatever the client sent before it", () => {
    expect(addressOf("10.0.0.5", "203.0.113.7", 1)).toBe("203.0.113.7");
    expect(addressOf("10.0.0.5", "6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(addressOf("10.0.0.5", ["6.6.6.6", "203.0.113.7, 10.0.0.9"], 2)).toBe("203.0.113.7");
  });

  it("when the header is missing or shorter than the trusted chain, then the socket or the first entry answers", () => {
    expect(addressOf("10.0.0.5", undefined, 1)).toBe("10.0.0.5");
    expect(addressOf("10.0.0.5", "203.0.113.7", 3)).toBe("203.0.113.7");
  });
});

describe("RateLimiter in memory", () => {
  it("when a client uses up its minute, then the next request waits, and other clients are unaffected", async () => {
    const limiter = new RateLimiter(3);
    for (let i = 0; i < 3; i++) expect(await limiter.hit("ip:a")).toBe(0);
    const wait = await limiter.hit("ip:a");
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await limiter.hit("ip:b")).toBe(0);
  });
});
