import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiKeysFor, startTestServer, type TestServer } from "../helpers/server.js";
import { startRedisServer, type RedisServer } from "../../tools/redis-server.js";

// Two API instances on one Neo4j and one real Redis, as behind a load balancer.

const KEYS = { editor: "kg_test_editor_key_redis", reader: "kg_test_reader_key_redis" };
const PER_MINUTE = 600;

let redis: RedisServer;
let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  redis = await startRedisServer();
  const env = { REDIS_URL: redis.url, RESPONSE_CACHE_SECONDS: "60", EXPOSE_STATEMENT_COUNT: "true", API_KEYS: apiKeysFor(KEYS), RATE_LIMIT_PER_MINUTE: String(PER_MINUTE) };
  [a, b] = await Promise.all([startTestServer(env), startTestServer(env)]);
});
afterAll(async () => {
  await a.db.write(`MATCH (x:Actor) WHERE x.id STARTS WITH "no:organisation:test-redis" DETACH DELETE x`);
  await Promise.all([a.stop(), b.stop()]);
  await redis.remove();
});

async function gql(server: TestServer, query: string, variables: Record<string, unknown> = {}, key?: string) {
  const res = await fetch(`${server.base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) }, body: JSON.stringify({ query, variables }) });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const body = (await res.json()) as { data?: Record<string, any>; errors?: { message: string }[] };
  return { status: res.status, body, statements: Number(res.headers.get("x-cypher-statements") ?? NaN) };
}

const ACTOR = `query($id: ID!) { actor(id: $id) { id name } }`;
const upsert = (server: TestServer, id: string, name: string) =>
  gql(server, `mutation($id: ID!, $name: String!) { upsertActor(input: { id: $id, kind: ORGANISATION, name: $name, country: NO,
    evidence: [{ sourceId: "doc:hod-2011-24-millioner-samhandling", quote: "Samhandlingsmidlene skal blant annet brukes" }] }) { userErrors { message } } }`, { id, name }, KEYS.editor);

/** Resolves once the instance's /health says Redis is `state`; /health is not rate limited. */
async function redisIs(server: TestServer, state: "up" | "down"): Promise<void> {
  for (;;) {
    const health = (await (await fetch(`${server.base}/health`)).json()) as { redis?: string };
    if (health.redis === state) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("two instances sharing Redis", () => {
  it("when one instance has answered an anonymous query, then the other answers it from the shared cache", async () => {
    const q = `{ actor(id: "no:ministry:hod") { id name } }`;
    const first = await gql(a, q);
    expect(first.body.errors).toBeUndefined();
    expect(first.statements).toBeGreaterThan(0);
    const second = await gql(b, q);
    expect(second.body).toEqual(first.body);
    expect(second.statements).toBe(0);
  });

  it("when a write goes through one instance, then before it returns the other's cached answer is gone", async () => {
    const id = "no:organisation:test-redis-invalidation";
    expect((await gql(b, ACTOR, { id })).body.data!.actor).toBeNull();
    expect((await gql(a, ACTOR, { id })).statements).toBe(0); // cached, and shared
    const write = await upsert(a, id, "Written through A");
    expect(write.body.data!.upsertActor.userErrors).toEqual([]);
    const onB = await gql(b, ACTOR, { id });
    expect(onB.statements).toBeGreaterThan(0);
    expect(onB.body.data!.actor).toEqual({ id, name: "Written through A" });
  });

  it("when a client spreads its requests over both instances, then the 601st in the minute is refused", async () => {
    const ask = (server: TestServer) => fetch(`${server.base}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${KEYS.reader}` }, body: JSON.stringify({ query: "{ __typename }" }) }).then((r) => r.status);
    const statuses: number[] = [];
    // In waves of 20, alternating instances: 300 through each.
    for (let wave = 0; wave < PER_MINUTE / 20; wave++) statuses.push(...(await Promise.all(Array.from({ length: 20 }, (_, i) => ask(i % 2 === 0 ? a : b)))));
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(await ask(b)).toBe(429);
    expect(await ask(a)).toBe(429);
  });
});

describe("a Redis outage", () => {
  it("when Redis goes away, then both instances answer from the database and take writes; when it is back, nothing cached before the outage is served", async () => {
    const id = "no:organisation:test-redis-outage";
    expect((await gql(a, ACTOR, { id })).body.data!.actor).toBeNull();
    expect((await gql(a, ACTOR, { id })).statements).toBe(0);

    await redis.stop();
    await Promise.all([redisIs(a, "down"), redisIs(b, "down")]);
    const read = await gql(a, ACTOR, { id });
    expect(read.status).toBe(200);
    expect(read.body.errors).toBeUndefined();
    expect(read.statements).toBeGreaterThan(0);
    expect((await gql(a, ACTOR, { id })).statements).toBeGreaterThan(0); // nothing cached meanwhile
    // B writes while it cannot tell anyone.
    const write = await upsert(b, id, "Written during the outage");
    expect(write.status).toBe(200);
    expect(write.body.data!.upsertActor.userErrors).toEqual([]);

    // Redis comes back with what it held, A's cached "no such actor" among it.
    await redis.restart();
    await Promise.all([redisIs(a, "up"), redisIs(b, "up")]);
    const after = await gql(a, ACTOR, { id });
    expect(after.statements).toBeGreaterThan(0);
    expect(after.body.data!.actor).toEqual({ id, name: "Written during the outage" });
    // And the shared cache works again.
    expect((await gql(b, ACTOR, { id })).statements).toBe(0);
  });
});
