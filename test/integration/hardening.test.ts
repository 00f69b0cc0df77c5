import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiKeysFor, startTestServer, type TestServer } from "../helpers/server.js";
import { loadConfig } from "../../src/config.js";
import { Database } from "../../src/db/database.js";
import { startApp } from "../../src/app.js";
import { silentLogger } from "../../src/logger.js";
import { IngestRepository } from "../../src/ingest/ingest.repository.js";
import { readAll } from "../../src/ingest/load.js";
import { readCuratedText } from "../../src/ingest/curated.js";
import { ConcurrencyGate, MAX_CONCURRENT } from "../../src/graphql/graph-work.js";

const KEYS = { editor: "kg_test_editor_key_0002", admin: "kg_test_admin_key_00002" };
const API_KEYS = apiKeysFor(KEYS);

let server: TestServer;
let db: Database;
let base: string;
beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: "production", API_KEYS, RATE_LIMIT_PER_MINUTE: "100000" });
  ({ db, base } = server);
});
afterAll(() => server.stop());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function gql(query: string, variables: Record<string, unknown> = {}, key?: string): Promise<{ status: number; body: { data?: Record<string, any>; errors?: { message: string }[] } }> {
  const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as never };
}
const IMPORT = `mutation($y: String!) { importFacts(input: { yaml: $y }) { result { recordIds } userErrors { message path } } }`;
const withSource = (source: string[], quote: string) => [
  "sources:", ...source,
  "actors:",
  "  - id: no:organisation:oracle-probe",
  "    kind: ORGANISATION",
  "    name: Probe",
  '    country: "NO"',
  "    evidence:",
  "      - source: doc:test:oracle",
  `        quote: "${quote}"`,
].join("\n");

describe("no file-read oracle", () => {
  it("when importFacts names a source file by path, even outside the data folder, then it is refused at the field and nothing is written, whatever the quote", async () => {
    const before = await new IngestRepository(db).counts();
    for (const file of ["../../../proc/self/environ", "/etc/passwd", "reference/dk_regions.csv"]) {
      for (const quote of ["PATH=/usr/local/bin", "no such text at all"]) {
        const w = await gql(IMPORT, { y: withSource(["  - id: doc:test:oracle", "    kind: DOCUMENT", "    title: Probe", `    file: ${file}`], quote) }, KEYS.admin);
        const errs = w.body.data!.importFacts.userErrors as { message: string; path: string[] }[];
        // The same answer whether or not the quote is in the file: nothing to learn from it.
        expect(errs.map((e) => e.path.at(-1))).toContain("file");
        expect(errs.map((e) => e.message).join(" ")).not.toMatch(/verbatim/);
      }
    }
    expect(await new IngestRepository(db).counts()).toEqual(before);
  });

  it("when a source has no stored text, then evidence citing it is refused; given with its text, the quote is checked against that text", async () => {
    const none = await gql(IMPORT, { y: withSource(["  - id: doc:test:oracle", "    kind: DOCUMENT", "    title: Probe"], "anything at all, long enough") }, KEYS.admin);
    expect((none.body.data!.importFacts.userErrors as { message: string }[]).map((e) => e.message)).toEqual([expect.stringMatching(/has no stored text/)]);
    const text = ["  - id: doc:test:oracle-text", "    kind: DOCUMENT", "    title: Probe", '    text: "Probe er en organisasjon som tester."'];
    const wrong = await gql(IMPORT, { y: withSource(text, "ikke i teksten").replace("source: doc:test:oracle", "source: doc:test:oracle-text") }, KEYS.admin);
    expect((wrong.body.data!.importFacts.userErrors as { message: string }[]).map((e) => e.message)).toEqual([expect.stringMatching(/does not stand verbatim/)]);
    const right = await gql(IMPORT, { y: withSource(text, "Probe er en organisasjon").replace("source: doc:test:oracle", "source: doc:test:oracle-text") }, KEYS.admin);
    expect(right.body.data!.importFacts).toEqual({ result: { recordIds: expect.arrayContaining(["no:organisation:oracle-probe"]) }, userErrors: [] });
    const src = await gql(`{ source(id: "doc:test:oracle-text") { text } }`);
    expect(src.body.data!.source.text).toBe("Probe er en organisasjon som tester.");
  });

  it("when a data file names a path out of the data folder, or a symlink that leads out, then loading refuses it at its line", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-oracle-"));
    fs.cpSync("data", path.join(dir, "data"), { recursive: true });
    const data = path.join(dir, "data");
    fs.writeFileSync(path.join(dir, "secret.txt"), "SECRET=hunter2");
    fs.symlinkSync(path.join(dir, "secret.txt"), path.join(data, "documents", "link.txt"));
    const probe = (file: string) => [
      "sources:", "  - id: doc:test:escape", "    kind: DOCUMENT", "    title: Escape", `    file: ${file}`,
      "evidence:", "  - record: no:ministry:hod", "    source: doc:test:escape", '    quote: "SECRET=hunter2"',
    ].join("\n");
    expect(readCuratedText(probe("../secret.txt"), "curated/escape.yaml").errors.map(String)).toEqual([expect.stringMatching(/^curated\/escape\.yaml:5 .*field 'file': must be a path inside the data folder/)]);
    fs.writeFileSync(path.join(data, "curated", "documents", "zz-escape.yaml"), probe("documents/link.txt"));
    const errors = readAll(data).errors.get("curated/documents/zz-escape.yaml")!.map(String);
    expect(errors).toEqual([expect.stringMatching(/^curated\/documents\/zz-escape\.yaml:7 .*has no stored text inside the data folder/)]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("when a YAML file has a syntax error, then the error names the line it is on", () => {
    const { errors } = readCuratedText("sources:\n  - id: doc:x\n    kind: DOCUMENT\n    title: [unclosed\n", "curated/broken.yaml");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.loc.line).toBeGreaterThan(1);
  });
});

describe("no avoidable 500s", () => {
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

  it("when variables are nested 10 000 deep or a list literal 1 000 deep, then the answer is a 400 that says so", async () => {
    // Written out by hand: JSON.stringify itself recurses once per level.
    const deep = `${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`;
    const v = await post(`{"query": "query($x: String) { actors(first: 1) { totalCount } }", "variables": {"x": ${deep}}}`);
    expect(v.status).toBe(400);
    expect(JSON.stringify(await v.json())).toMatch(/nested more than 64 levels/);
    const list = `{ actors(filter: { kinds: ${"[".repeat(1000)}MINISTRY${"]".repeat(1000)} }) { totalCount } }`;
    const l = await post({ query: list });
    expect(l.status).toBe(400);
    expect(JSON.stringify(await l.json())).toMatch(/nested more than 64 levels/);
  });

  it("when a subscription, a persisted-query hash that does not match, or a YAML alias bomb is sent, then each is a clear 4xx or user error", async () => {
    const sub = await post({ query: "subscription { actors { totalCount } }" });
    expect(sub.status).toBeGreaterThanOrEqual(400);
    expect(sub.status).toBeLessThan(500);
    const apq = await post({ query: "{ actors(first: 1) { totalCount } }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    expect(apq.status).toBeGreaterThanOrEqual(400);
    expect(apq.status).toBeLessThan(500);
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 9 }, (_v, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(", ")}]`), "sources: []"].join("\n");
    const w = await gql(IMPORT, { y: bomb }, KEYS.admin);
    expect(w.status).toBe(200);
    expect(w.body.errors).toBeUndefined();
    expect((w.body.data!.importFacts.userErrors as { message: string }[]).length).toBeGreaterThan(0);
  });

  it("when introspection is left to its default in production, then it is off and no hint names a field or enum value", async () => {
    const config = loadConfig({ NODE_ENV: "production", NEO4J_URI: inject("neo4jUri"), PORT: "0", HOST: "127.0.0.1" });
    expect(config.introspection).toBe(false);
    const prod = await startApp(config, db, silentLogger);
    try {
      const r = await fetch(`http://127.0.0.1:${prod.port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ actors(filter: { kinds: [MINISTR] }) { totalCount } }" }) });
      const text = JSON.stringify(await r.json());
      expect(text).not.toMatch(/Did you mean/);
      expect(text).toMatch(/MINISTR/);
    } finally {
      await prod.stop();
    }
  });
});

describe("the rate limiter and /health", () => {
  it("when random bearer values are sent, then they count against the sender's address, while a valid key keeps its own allowance", async () => {
    const config = loadConfig({ NODE_ENV: "production", NEO4J_URI: inject("neo4jUri"), PORT: "0", HOST: "127.0.0.1", API_KEYS, RATE_LIMIT_PER_MINUTE: "5" });
    const limited = await startApp(config, db, silentLogger);
    try {
      const hit = (key: string) => fetch(`http://127.0.0.1:${limited.port}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: JSON.stringify({ query: "{ actors(first: 1) { totalCount } }" }) });
      const statuses: number[] = [];
      for (let i = 0; i < 7; i += 1) statuses.push((await hit(`kg_random_${i}_${Math.random().toString(36).slice(2)}`)).status);
      expect(statuses.slice(0, 5).every((s) => s !== 429)).toBe(true);
      expect(statuses.slice(5)).toEqual([429, 429]);
      expect((await hit(KEYS.editor)).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });

  it("when the database is down, then /health answers 503 without waiting on driver retries, and a burst of calls shares one ping", async () => {
    const config = loadConfig({ NODE_ENV: "production", NEO4J_URI: "bolt://127.0.0.1:1", PORT: "0", HOST: "127.0.0.1" });
    let pings = 0;
    class CountingDatabase extends Database {
      override async read(...args: Parameters<Database["read"]>): ReturnType<Database["read"]> {
        pings += 1;
        return super.read(...args);
      }
    }
    const down = new CountingDatabase({ ...config.neo4j, uri: config.neo4j.uri! }, silentLogger);
    const app2 = await startApp(config, down, silentLogger);
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(`http://127.0.0.1:${app2.port}/health`)));
      expect(answers.map((a) => a.status)).toEqual(Array(20).fill(503));
      expect(pings).toBe(1);
      const exp = await fetch(`http://127.0.0.1:${app2.port}/export/gexf?seed=no:ministry:hod`);
      expect(exp.status).toBe(503);
    } finally {
      await app2.stop();
      await down.close();
    }
  });
});

describe("the database door", () => {
  it("when a read fails in Neo4j, then the error keeps Neo4j's code and message, and the stack trace limit the door lowers while starting a read is as it was", async () => {
    const before = Error.stackTraceLimit;
    const failed = (await db.read("RETURN undefinedVariable").then(
      () => ({ message: "no error" }),
      (e: unknown) => e,
    )) as { code?: string; message: string };
    expect(failed).toMatchObject({ code: "Neo.ClientError.Statement.SyntaxError" });
    expect(failed.message).toContain("undefinedVariable");
    expect(Error.stackTraceLimit).toBe(before);
    expect(await db.read("RETURN 1 AS one")).toEqual([{ one: 1 }]);
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error("here").stack?.split("\n").length).toBeGreaterThan(1);
  });
});

describe("kinds and labels", () => {
  it("when an actor's kind changes, then it loses the old kind's label", async () => {
    const upsert = (kind: string) => gql(`mutation($k: ActorKind!) { upsertActor(input: { id: "no:organisation:test-kind-change", kind: $k, name: "Kind change", country: NO,
      evidence: [{ sourceId: "doc:hod-2011-24-millioner-samhandling", quote: "Samhandlingsmidlene skal blant annet brukes" }] }) { userErrors { message } } }`, { k: kind }, KEYS.editor);
    expect((await upsert("ORGANISATION")).body.data!.upsertActor.userErrors).toEqual([]);
    expect((await upsert("BODY")).body.data!.upsertActor.userErrors).toEqual([]);
    const [row] = await db.read(`MATCH (a:Actor {id: "no:organisation:test-kind-change"}) RETURN labels(a) AS labels`);
    expect((row!.labels as string[]).sort()).toEqual(["Actor", "Body"]);
    await db.write(`MATCH (a:Actor {id: "no:organisation:test-kind-change"}) DETACH DELETE a`);
  });
});

describe("idempotency keys under concurrency", () => {
  const add = (id: string, key: string, role = "leads") => gql(`mutation($input: AddRelationInput!) { addRelation(input: $input) { result { auditId replayed } userErrors { message path } } }`, {
    input: { id, type: "COOPERATES_WITH", category: "COOPERATION", subjectId: "no:association:ks", objectId: "no:ministry:hod", role, idempotencyKey: key,
      evidence: [{ sourceId: "doc:hod-2011-samhandlingsreformen-gjennomfores", quote: "Departementsråden i Helse- og omsorgsdepartementet kommer til å lede en sentral koordineringsgruppe" }] },
  }, KEYS.editor);
  const auditsWith = async (key: string) => (await db.read(`MATCH (a:AuditEntry {idempotencyKey: $key}) RETURN count(a) AS n`, { key }))[0]!.n;

  it("when 20 identical writes with one key race, then one writes and the others replay its result", async () => {
    const key = `race-${Date.now()}`;
    const answers = await Promise.all(Array.from({ length: 20 }, () => add("rel:test:race-same", key)));
    const results = answers.map((a) => a.body.data!.addRelation.result as { auditId: string; replayed: boolean });
    expect(new Set(results.map((r) => r.auditId)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await auditsWith(key)).toBe(1);
  });

  it("when one key races with 10 different payloads, then one is written and the other nine are refused at the key", async () => {
    const key = `race-diff-${Date.now()}`;
    const answers = await Promise.all(Array.from({ length: 10 }, (_v, i) => add(`rel:test:race-diff-${i}`, key, `role ${i}`)));
    const written = answers.filter((a) => a.body.data!.addRelation.result);
    const refused = answers.flatMap((a) => a.body.data!.addRelation.userErrors as { path: string[] }[]);
    expect(written).toHaveLength(1);
    expect(refused.map((e) => e.path.join("."))).toEqual(Array(9).fill("input.idempotencyKey"));
    expect(await auditsWith(key)).toBe(1);
    const rels = await db.read(`MATCH (r:Relation) WHERE r.id STARTS WITH 'rel:test:race-diff-' RETURN count(r) AS n`);
    expect(rels[0]!.n).toBe(1);
  });

  it("when 10 identical document ingestions with one key race, then one stores the source and its candidates and the others replay it", async () => {
    const key = `race-ingest-${Date.now()}`;
    const text = "Helse- og omsorgsdepartementet gir 24,3 millioner kroner til samhandling i kommunene i 2011.";
    const ingest = () => gql(`mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { result { auditId replayed } candidates { id } userErrors { message path } } }`, {
      input: { sourceId: "doc:test-race-ingest", text, published: "2011-03-01", idempotencyKey: key },
    }, KEYS.editor);
    const answers = await Promise.all(Array.from({ length: 10 }, ingest));
    expect(answers.map((a) => a.body.errors)).toEqual(Array(10).fill(undefined));
    const outs = answers.map((a) => a.body.data!.ingestDocument as { result: { auditId: string; replayed: boolean }; candidates: { id: string }[]; userErrors: unknown[] });
    expect(outs.every((o) => o.userErrors.length === 0)).toBe(true);
    expect(new Set(outs.map((o) => o.result.auditId)).size).toBe(1);
    expect(outs.filter((o) => !o.result.replayed)).toHaveLength(1);
    expect(await auditsWith(key)).toBe(1);
    const [row] = await db.read(`MATCH (s:Source {id: "doc:test-race-ingest"}) RETURN count(s) AS n`);
    expect(row!.n).toBe(1);
  });
});

describe("one evidence rule for files and writes", () => {
  it("when a write cites an empty or one-letter quote, then it is refused as a data file would be", async () => {
    for (const quote of ["", "å", "   kr   "]) {
      const w = await gql(`mutation($input: AddRelationInput!) { addRelation(input: $input) { result { auditId } userErrors { message path } } }`, {
        input: { id: "rel:test:short-quote", type: "COOPERATES_WITH", category: "COOPERATION", subjectId: "no:association:ks", objectId: "no:ministry:hod", evidence: [{ sourceId: "doc:hod-2011-samhandlingsreformen-gjennomfores", quote }] },
      }, KEYS.editor);
      expect(w.body.data!.addRelation.result).toBeNull();
      expect((w.body.data!.addRelation.userErrors as { message: string }[]).map((e) => e.message)).toEqual([expect.stringMatching(/at least 10 characters/)]);
    }
    const file = readCuratedText(['evidence:', '  - record: no:ministry:hod', '    source: doc:hod-2011-samhandlingsreformen-gjennomfores', '    quote: "å"'].join("\n"), "curated/short.yaml");
    expect(file.errors).toEqual([]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-quote-"));
    fs.cpSync("data", dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "curated", "documents", "zz-short.yaml"), ['evidence:', '  - record: no:ministry:hod', '    source: doc:hod-2011-samhandlingsreformen-gjennomfores', '    quote: "å"'].join("\n"));
    expect(readAll(dir).errors.get("curated/documents/zz-short.yaml")!.map(String)).toEqual([expect.stringMatching(/at least 10 characters/)]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("traversals cost their real work", () => {
  it("when fifteen aliased 100-seed depth-3 neighbourhoods are asked, then the request is refused by its graph work, while an analyst's drawing and paths pass", async () => {
    const some = (await gql(`{ actors(filter: { kinds: [MUNICIPALITY] }, first: 100) { edges { node { id } } } }`)).body.data!;
    const ids = (some.actors.edges as { node: { id: string } }[]).map((e) => e.node.id);
    const fields = Array.from({ length: 15 }, (_v, i) => `n${i}: neighbourhood(ids: $ids, depth: 3) { truncated }`).join(" ");
    const flood = await gql(`query($ids: [ID!]!) { ${fields} }`, { ids });
    expect(flood.body.errors?.map((e) => (e as { extensions?: { limit?: string } }).extensions?.limit)).toContain("maxGraphWork");
    const drawing = await gql(`{ a: neighbourhood(ids: ["no:ministry:hod", "no:association:ks"], depth: 2) { truncated } b: paths(fromId: "no:ministry:hod", toId: "no:kommune:1102", maxHops: 6, first: 20) { length } }`);
    expect(drawing.body.errors).toBeUndefined();
  });

  it("when one client runs more traversals at once than its cap, then the extra ones are refused as rate limited, and others are not held up", async () => {
    const gate = new ConcurrencyGate();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const running = Array.from({ length: MAX_CONCURRENT }, () => gate.run("ip:attacker", () => held));
    await expect(gate.run("ip:attacker", async () => "one too many")).rejects.toMatchObject({ extensions: { code: "RATE_LIMITED", limit: "maxConcurrentTraversals" } });
    await expect(gate.run("key:analyst", async () => "fine")).resolves.toBe("fine");
    release();
    await Promise.all(running);
    await expect(gate.run("ip:attacker", async () => "again")).resolves.toBe("again");
  });
});

describe("cost that fits analysts", () => {
  it("when an analyst asks for 26 municipalities, each with three of its flows, their payers and evidence, then it passes the cost limit", async () => {
    const w = await gql(`{ actors(filter: { kinds: [MUNICIPALITY], nameContains: "a" }, first: 26) { edges { node { id name fundingReceived(first: 3) { edges { node { id amount { value currency } year payer { id name } evidence { quote source { title } } } } } } } } }`);
    expect(w.body.errors).toBeUndefined();
    expect(w.body.data!.actors.edges).toHaveLength(26);
  });
});

describe("a hostile client over HTTP", () => {
  it("when 1 200 generated hostile requests are sent, then none gets a 5xx, none leaks internals, and nothing is written", async () => {
    let seed = 20261202;
    const rand = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) / 4294967296;
    };
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const ok = "{ actors(first: 2) { edges { node { id name } } } }";
    const deepJson = (n: number) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`;
    const generators: (() => { body: Buffer | string; headers: Record<string, string> })[] = [
      // syntax damage
      () => ({ body: JSON.stringify({ query: ok.slice(0, Math.floor(rand() * ok.length)) + pick(["{", "}", "(", "$", "...", "@", "\"", "#", "\\u0000"]) }), headers: { "content-type": "application/json" } }),
      // deep nesting in documents and in variables
      () => ({ body: JSON.stringify({ query: `{ actors(filter: { kinds: ${"[".repeat(100 + Math.floor(rand() * 900))}MINISTRY${"]".repeat(100)} }) { totalCount } }` }), headers: { "content-type": "application/json" } }),
      () => ({ body: `{"query": "query($x: String) { actors(first: 1) { totalCount } }", "variables": {"x": ${deepJson(65 + Math.floor(rand() * 5000))}}}`, headers: { "content-type": "application/json" } }),
      () => ({ body: JSON.stringify({ query: `{ ${"a: actors { totalCount } ".repeat(0)}${"actors { edges { node { ".repeat(20)}id${" } } }".repeat(20)} }` }), headers: { "content-type": "application/json" } }),
      // alias and directive floods
      () => ({ body: JSON.stringify({ query: `{ ${Array.from({ length: 20 + Math.floor(rand() * 200) }, (_v, i) => `a${i}: actors(first: 1) { totalCount }`).join(" ")} }` }), headers: { "content-type": "application/json" } }),
      () => ({ body: JSON.stringify({ query: `{ actors(first: 1) ${"@include(if: true) ".repeat(20 + Math.floor(rand() * 200))}{ totalCount } }` }), headers: { "content-type": "application/json" } }),
      // bad encodings
      () => ({ body: Buffer.concat([Buffer.from('{"query": "{ actors(filter: { nameContains: \\"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1]), Buffer.from('\\" }) { totalCount } }"}')]), headers: { "content-type": "application/json; charset=utf-8" } }),
      () => ({ body: Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from(JSON.stringify({ query: ok }))]), headers: { "content-type": "application/json" } }),
      // wrong content types
      () => ({ body: JSON.stringify({ query: ok }), headers: { "content-type": pick(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "application/xml", "", "application/graphql"]) } }),
      () => ({ body: `query=${encodeURIComponent(ok)}`, headers: { "content-type": "application/x-www-form-urlencoded" } }),
      // random bearer keys, with writes they may not make
      () => ({ body: JSON.stringify({ query: `mutation { addRelation(input: { id: "rel:fuzz:x", type: "COOPERATES_WITH", category: COOPERATION, subjectId: "no:association:ks", objectId: "no:ministry:hod", evidence: [{ sourceId: "doc:hod-2011-samhandlingsreformen-gjennomfores", quote: "Departementsråden i Helse- og omsorgsdepartementet" }] }) { userErrors { message } } }` }), headers: { "content-type": "application/json", authorization: pick([`Bearer kg_${Math.random().toString(36).slice(2)}`, "Bearer ", "Basic YWRtaW46YWRtaW4=", `Bearer ${"x".repeat(5000)}`, "bearer\tkg_tab"]) } }),
      // junk JSON shapes
      () => ({ body: pick(["[]", "null", "1", '"x"', '{"query": 5}', '{"query": null}', '{"variables": "x"}', '{"query": "{ actors { totalCount } }", "operationName": 7}', "{", ""]), headers: { "content-type": "application/json" } }),
    ];
    const before = await new IngestRepository(db).counts();
    const problems: string[] = [];
    for (let i = 0; i < 1200; i += 1) {
      const { body, headers } = pick(generators)();
      const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "apollo-require-preflight": "true", ...headers }, body: typeof body === "string" ? body : new Uint8Array(body) });
      const text = await res.text();
      if (res.status >= 500) problems.push(`${i}: ${res.status} ${text.slice(0, 200)}`);
      if (/\bat \S+ \(|node_modules|Neo4jError|MATCH \(|\.ts:\d+/.test(text)) problems.push(`${i}: leaked internals ${text.slice(0, 200)}`);
    }
    expect(problems).toEqual([]);
    expect(await new IngestRepository(db).counts()).toEqual(before);
  }, 180_000);
});
