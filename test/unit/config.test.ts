import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

describe("loadConfig", () => {
  it("when nothing is set, then it uses the documented defaults", () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.local.boltPort).toBe(7687);
    expect(c.limits).toMatchObject({ maxPageSize: 100, maxHops: 6, maxDepth: 3 });
    expect(c.executor).toBe("jit");
    expect(c.jitCompileAfter).toBe(2);
  });

  it("when several values are wrong, then one error lists every one of them", () => {
    const bad = { PORT: "http", NEO4J_URI: "localhost:7687", MAX_HOPS: "0", EXECUTOR: "fast" };
    expect(() => loadConfig(bad)).toThrow(ConfigError);
    try {
      loadConfig(bad);
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toContain("PORT must be a whole number");
      expect(msg).toContain("NEO4J_URI must look like");
      expect(msg).toContain("MAX_HOPS must be a whole number from 1");
      expect(msg).toMatch(/EXECUTOR must be one of .*jit.*graphql-js/);
    }
  });

  it("when NEO4J_URI names Aura or a cluster, then it is accepted as given", () => {
    expect(loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io" }).neo4j.uri).toBe("neo4j+s://abc.databases.neo4j.io");
    expect(loadConfig({ NEO4J_URI: "neo4j://core1:7687" }).neo4j.uri).toBe("neo4j://core1:7687");
  });

  it("when REDIS_URL is unset, then the instance keeps its cache and limits in-process; when it is malformed, then start-up says so", () => {
    expect(loadConfig({}).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: "rediss://user:pw@cache:6380/1" }).redisUrl).toBe("rediss://user:pw@cache:6380/1");
    expect(() => loadConfig({ REDIS_URL: "cache:6379" })).toThrow(/REDIS_URL must look like redis:\/\/host:6379.*got 'cache:6379'/);
    expect(() => loadConfig({ TRUST_PROXY_HOPS: "-1" })).toThrow(/TRUST_PROXY_HOPS must be a whole number from 0 to 10/);
  });
});
