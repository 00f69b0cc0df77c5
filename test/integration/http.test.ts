import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server.js";

let server: TestServer;
let base: string;

beforeAll(async () => {
  server = await startTestServer();
  base = server.base;
});
afterAll(() => server.stop());

describe("HTTP server", () => {
  it("when the database is reachable, then GET /health answers with database up, the load's version, and ok only over a complete graph", async () => {
    const res = await fetch(`${base}/health`);
    const body = (await res.json()) as { status: string; database: string; graph: { status: string; dataVersion: string; filesDone: number; filesTotal: number } };
    expect(body).toMatchObject({ database: "up", graph: { dataVersion: expect.stringMatching(/^[0-9a-f]{16}$/) } });
    // Other test files reload the shared graph now and then (hardening.test.ts); while they do,
    // the same answer must say so rather than claim ok.
    if (body.graph.status === "complete") expect([res.status, body.status, body.graph.filesDone]).toEqual([200, "ok", body.graph.filesTotal]);
    else expect([res.status, body.status]).toEqual([503, body.graph.status]);
  });

  it("when a client POSTs a query to /graphql, then it gets the actors", async () => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ actors(first: 3) { totalCount edges { node { id name } } } }" }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { actors: { totalCount: number; edges: unknown[] } } };
    expect(body.data.actors.totalCount).toBeGreaterThan(900);
    expect(body.data.actors.edges).toHaveLength(3);
  });

  it("when a browser opens /graphql, then it gets the Sandbox landing page", async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("embeddable-sandbox");
  });

  it("when the body exceeds the limit, then 413 names the limit", async () => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ actor(id: "${"x".repeat(1_100_000)}") { id } }` }),
    });
    expect(res.status).toBe(413);
    expect(JSON.stringify(await res.json())).toContain("bodyLimitBytes");
  });

  it("when the path is unknown, then 404 points to /graphql", async () => {
    const res = await fetch(`${base}/nope`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("/graphql");
  });
});
