import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import autocannon from "autocannon";
import { IngestRepository } from "../../src/ingest/ingest.repository.js";
import { loadConfig } from "../../src/config.js";
import { Database } from "../../src/db/database.js";
import { startApp, type App } from "../../src/app.js";
import { silentLogger } from "../../src/logger.js";
import { createHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const INJECTIONS = ["' OR 1=1 //", "}) DETACH DELETE n //", "\") MATCH (n) DETACH DELETE n //", "$ids", "`; CALL db.clearQueryCaches() //", "Ω≈ç√∫˜µ≤≥÷ 𝕳𝖊𝖑𝖘𝖊 \u202e\u0000 ﷽", "\\u0027 OR true", "*:* OR name:*"];

const counts = () => new IngestRepository(h.db).counts();

function internal(errors: { extensions?: Record<string, unknown> }[] | undefined): boolean {
  return (errors ?? []).some((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR");
}

describe("injection", () => {
  it("when injection strings are sent in every argument, then they are data: no internal error and no change to the graph", async () => {
    const before = await counts();
    for (const s of INJECTIONS) {
      const runs = await Promise.all([
        h.run(`query($s: ID!) { actor(id: $s) { id } }`, { s }),
        h.run(`query($s: String!) { search(text: $s) { actor { id } } }`, { s }),
        h.run(`query($s: String) { actors(filter: { nameContains: $s }) { totalCount } }`, { s }),
        h.run(`query($s: ID) { fundingFlows(filter: { payerId: $s }) { totalCount totals { value } } }`, { s }),
        h.run(`query($s: ID!) { paths(fromId: $s, toId: "no:ministry:hod") { length } }`, { s }),
        h.run(`query($s: ID!) { neighbourhood(ids: [$s]) { nodes { id } } }`, { s }),
        h.run(`query($s: ID) { relations(filter: { sourceId: $s }) { totalCount } }`, { s }),
        h.run(`query($s: ID) { fundingFlows(filter: { recipientWithin: $s, sourceId: $s }, orderBy: AMOUNT_DESC) { totalCount } }`, { s }),
        h.run(`query($s: ID!) { exportSubgraph(format: JGF, subgraph: { seeds: [$s] }) { manifest { nodeCount } } }`, { s }),
      ]);
      for (const r of runs) expect(internal(r.errors), `${s}: ${JSON.stringify(r.errors)}`).toBe(false);
    }
    expect(await counts()).toEqual(before);
  });

  it("when a 1 MB string is sent, then it is refused as input, not run", async () => {
    const big = "x".repeat(1_048_576);
    const a = await h.run(`query($s: String!) { search(text: $s) { actor { id } } }`, { s: big });
    expect(a.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: "text" });
    const b = await h.run(`query($s: ID!) { actor(id: $s) { id } }`, { s: big });
    expect(internal(b.errors)).toBe(false);
    expect(b.data).toEqual({ actor: null });
  });
});

/** A small deterministic generator, so a failing case can be replayed. */
function rng(seed: number) {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

describe("fuzz", () => {
  it("when 1 000 generated invalid operations and inputs are sent, then none yields an unmasked internal error and nothing is written", async () => {
    const rand = rng(20261124);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    const junkValues: unknown[] = [null, -1, 0, 2 ** 31, 1e308, -0.5, "", " ", "2011-13-45", "2011-02-30", "0000-00-00", "not-a-date", "x".repeat(5000), "ü🙂\u0000", [], {}, [null], { a: 1 }, true, "'; DROP", "NOK", "nok", "-5", "1.5", "99999999999999999999999999999999999"];
    const templates = [
      (v: unknown) => [`query($v: Date) { actors(filter: { asOf: $v }) { totalCount } }`, { v }],
      (v: unknown) => [`query($v: Int) { actors(first: $v) { totalCount } }`, { v }],
      (v: unknown) => [`query($v: String) { actors(after: $v) { totalCount } }`, { v }],
      (v: unknown) => [`query($v: Int) { paths(fromId: "no:person:tor-am", toId: "no:association:ks", maxHops: $v) { length } }`, { v }],
      (v: unknown) => [`query($v: Int) { neighbourhood(ids: ["no:ministry:hod"], depth: $v) { truncated } }`, { v }],
      (v: unknown) => [`query($v: String) { fundingFlows(filter: { currency: $v }) { totals { value } } }`, { v }],
      (v: unknown) => [`query($v: Int) { fundingSummary(groupBy: YEAR, filter: { yearFrom: $v }) { key } }`, { v }],
      (v: unknown) => [`query($v: [ActorKind!]) { search(text: "hod", kinds: $v) { score } }`, { v }],
      (v: unknown) => [`query($v: Date) { relations(filter: { asOf: $v }) { totalCount } }`, { v }],
      (v: unknown) => [`query($v: Int) { exportSubgraph(format: GRAPHML, subgraph: { seeds: ["no:ministry:hod"], depth: $v }) { fileName } }`, { v }],
      (v: unknown) => [`mutation($v: Decimal!) { addFundingFlow(input: { id: "flow:fuzz:x", payerId: "no:ministry:hod", recipientId: "no:association:ks", amount: $v, currency: "NOK", flowType: GRANT, status: ALLOCATED, evidence: [{ sourceId: "doc:hod-2011-24-millioner-samhandling", quote: "fuzz quote that the document lacks" }] }) { userErrors { path } } }`, { v }],
      (v: unknown) => [`mutation($v: String!) { importFacts(input: { yaml: $v }) { userErrors { path } } }`, { v }],
      (v: unknown) => [`mutation($v: ID!) { retractRelation(input: { id: $v, reason: "fuzz", evidence: { sourceId: "doc:nowhere", quote: "none" } }) { userErrors { path } } }`, { v }],
    ];
    const mangle = (q: string) => {
      const i = Math.floor(rand() * q.length);
      return pick([q.slice(0, i), q.slice(0, i) + pick(["{", "}", "(", ")", "$", "...", "@skip", "\u0000", "#", '"']) + q.slice(i), q.replace(/\w+/, "nope")]);
    };
    const yamlJunk = ["actors: [", "funding:\n  - id: flow:fuzz:y\n    amount: -1", "::::", "- - -", "actors:\n  - id: no:x:y\n    kind: MINISTRY"];
    const before = await counts();
    let internalErrors = 0;
    for (let i = 0; i < 1000; i++) {
      const t = pick(templates);
      const [query, variables] = t(rand() < 0.15 ? pick(yamlJunk) : pick(junkValues)) as [string, Record<string, unknown>];
      const q = rand() < 0.3 ? mangle(query) : query;
      const r = await h.run(q, variables, { name: "fuzzer", role: "admin" }).catch((e: unknown) => ({ errors: [{ message: String(e), extensions: { code: "INTERNAL_SERVER_ERROR" } }], data: null }));
      if (internal(r.errors)) {
        internalErrors += 1;
        process.stderr.write(`fuzz case ${i} gave an internal error: ${q} ${JSON.stringify(variables).slice(0, 200)} → ${JSON.stringify(r.errors).slice(0, 300)}\n`);
      }
    }
    expect(internalErrors).toBe(0);
    expect(await counts()).toEqual(before);
  }, 180_000);
});

describe("load", () => {
  let app: App;
  let db: Database;
  beforeAll(async () => {
    const config = loadConfig({ NODE_ENV: "production", NEO4J_URI: inject("neo4jUri"), PORT: "0", HOST: "127.0.0.1", RATE_LIMIT_PER_MINUTE: "1000000" });
    db = new Database({ ...config.neo4j, uri: config.neo4j.uri! }, silentLogger);
    app = await startApp(config, db, silentLogger);
  });
  afterAll(async () => {
    await app.stop();
    await db.close();
  });

  it("when 10 clients send 500 relationship queries on loopback, then every one is answered, with zero errors", async () => {
    const result = await autocannon({
      url: `http://127.0.0.1:${app.port}/graphql`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ actor(id: "no:ministry:hod") { name relations(asOf: "2011-06-23", first: 5) { totalCount edges { node { type subject { name } } } } } }` }),
      connections: 10,
      // A fixed number of requests, not a duration: how many fit in a few seconds says how fast
      // the machine is, not whether the server is correct. Each may wait as long as it must.
      amount: 500,
      timeout: 120,
    });
    process.stdout.write(`load: ${result.requests.total} requests, ${result.requests.average} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms\n`);
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(result["2xx"]).toBe(500);
  }, 300_000);
});

describe("transaction timeout", () => {
  it("when a statement runs longer than the server-side timeout, then it is stopped and reported as QUERY_TIMEOUT", async () => {
    const { Database, QueryTimeoutError } = await import("../../src/db/database.js");
    const db = new Database({ ...h.config.neo4j, uri: inject("neo4jUri") }, silentLogger, { timeoutMs: 200 });
    try {
      const err = await db.read("UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n").catch((e: unknown) => e);
      expect(err).toBeInstanceOf(QueryTimeoutError);
    } finally {
      await db.close();
    }
  });
});
