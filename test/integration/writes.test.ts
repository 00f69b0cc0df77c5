import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { loadConfig } from "../../src/config.js";
import type { Database } from "../../src/db/database.js";
import { startApp } from "../../src/app.js";
import { silentLogger } from "../../src/logger.js";
import { IngestRepository } from "../../src/ingest/ingest.repository.js";
import { emptyBatch, type Batch } from "../../src/ingest/facts.js";
import { createHarness, type Harness } from "../helpers/harness.js";
import { apiKeysFor, startTestServer, type TestServer } from "../helpers/server.js";

const KEYS = { reader: "kg_test_reader_key_0001", editor: "kg_test_editor_key_0001", admin: "kg_test_admin_key_00001" };
const API_KEYS = apiKeysFor(KEYS);

let server: TestServer;
let db: Database;
let h: Harness;
let base: string;

beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: "production", API_KEYS, RATE_LIMIT_PER_MINUTE: "100000" });
  ({ db, base } = server);
  h = await createHarness();
});
afterAll(async () => {
  await server.stop();
  await h.close();
});

async function gql(query: string, variables: Record<string, unknown> = {}, key?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GqlBody };
}

// Response shapes differ per test and each test asserts its own fields.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type GqlBody = { data?: Record<string, any>; errors?: { message: string; extensions?: Record<string, unknown> }[] };

const ADD_RELATION = `mutation($input: AddRelationInput!) { addRelation(input: $input) { relation { id type } result { auditId replayed recordIds } userErrors { message path } } }`;
const relationInput = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: "COOPERATES_WITH",
  category: "COOPERATION",
  subjectId: "no:association:ks",
  objectId: "no:directorate:helsedirektoratet",
  evidence: [{ sourceId: "doc:hod-2011-samhandlingsreformen-gjennomfores", quote: "Helsedirektoratet vil også ha en viktig rolle i arbeidet med å sette reformen ut i livet." }],
  ...extra,
});

describe("authentication and roles", () => {
  it("when no key is sent, then reads work and writes are UNAUTHENTICATED", async () => {
    expect((await gql(`{ actor(id: "no:association:ks") { name } }`)).body.data!.actor.name).toBe("KS");
    const w = await gql(ADD_RELATION, { input: relationInput("rel:test:auth-none") });
    expect(w.body.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
  });

  it("when the key is wrong, then even a read is refused with 401 UNAUTHENTICATED", async () => {
    const r = await gql(`{ actor(id: "no:association:ks") { name } }`, {}, "kg_not_a_real_key_123");
    expect(r.status).toBe(401);
    expect(r.body.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
  });

  it("when a reader key writes, then it is FORBIDDEN and nothing is written", async () => {
    const w = await gql(ADD_RELATION, { input: relationInput("rel:test:auth-reader") }, KEYS.reader);
    expect(w.body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    expect((await h.run(`{ relation(id: "rel:test:auth-reader") { id } }`)).data!.relation).toBeNull();
  });

  it("when an editor imports facts, then it is FORBIDDEN (admin only)", async () => {
    const w = await gql(`mutation { importFacts(input: { yaml: "actors: []" }) { userErrors { message } } }`, {}, KEYS.editor);
    expect(w.body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
  });
});

describe("writes", () => {
  it("when an editor adds a relation, then it is written with its evidence, projected for traversal and audited", async () => {
    const w = await gql(ADD_RELATION, { input: relationInput("rel:test:added") }, KEYS.editor);
    expect(w.body.data!.addRelation.userErrors).toEqual([]);
    expect(w.body.data!.addRelation.result.replayed).toBe(false);
    const { data } = await h.run(`{ relation(id: "rel:test:added") { evidence { quote } } paths(fromId: "no:association:ks", toId: "no:directorate:helsedirektoratet", maxHops: 1, first: 5) { hops { relation { id } } } }`);
    expect((data!.relation as { evidence: unknown[] }).evidence).toHaveLength(1);
    expect(JSON.stringify(data!.paths)).toContain("rel:test:added");
    const audit = await gql(`{ auditLog(first: 50) { id principal role operation recordIds } }`, {}, KEYS.admin);
    expect(audit.body.data!.auditLog).toContainEqual({ id: w.body.data!.addRelation.result.auditId, principal: "editor-user", role: "editor", operation: "addRelation", recordIds: ["rel:test:added"] });
  });

  it("when evidence was attached through the API, then the same principal's later writes keep it", async () => {
    const quotesOf = async (id: string) => ((await gql(`{ relation(id: "${id}") { evidence { quote } } }`)).body.data!.relation as { evidence: { quote: string }[] }).evidence.map((e) => e.quote);
    const extra = "Departementet og KS har inngått en intensjonsavtale";
    expect((await gql(ADD_RELATION, { input: relationInput("rel:test:attach-target") }, KEYS.editor)).body.data!.addRelation.userErrors).toEqual([]);
    const attach = await gql(`mutation($input: AttachEvidenceInput!) { attachEvidence(input: $input) { result { recordIds } userErrors { message path } } }`, {
      input: { recordId: "rel:test:attach-target", evidence: { sourceId: "doc:hod-2011-samhandlingsreformen-gjennomfores", quote: extra } },
    }, KEYS.editor);
    expect(attach.body.data!.attachEvidence).toEqual({ result: { recordIds: ["rel:test:attach-target"] }, userErrors: [] });
    expect(await quotesOf("rel:test:attach-target")).toContain(extra);
    // API writes add and never remove: the editor's next write leaves the attached quote be.
    expect((await gql(ADD_RELATION, { input: relationInput("rel:test:after-attach") }, KEYS.editor)).body.data!.addRelation.userErrors).toEqual([]);
    expect(await quotesOf("rel:test:attach-target")).toContain(extra);

    // So do imports: an evidence section attaches, and the next import of the same admin adds to it.
    const importEvidence = async (record: string, quote: string) => {
      const yaml = ["evidence:", `  - record: ${record}`, "    source: doc:hod-2011-samhandlingsreformen-gjennomfores", `    quote: "${quote}"`].join("\n");
      const r = await gql(`mutation($input: ImportFactsInput!) { importFacts(input: $input) { userErrors { message path } } }`, { input: { yaml } }, KEYS.admin);
      expect(r.body.data!.importFacts.userErrors).toEqual([]);
    };
    await importEvidence("rel:test:after-attach", extra);
    await importEvidence("rel:test:attach-target", "Helsedirektoratet vil også ha en viktig rolle");
    expect(await quotesOf("rel:test:after-attach")).toContain(extra);
    expect(await quotesOf("rel:test:attach-target")).toEqual(expect.arrayContaining([extra, "Helsedirektoratet vil også ha en viktig rolle"]));
  });

  it("when a curated file changes a record, then evidence attached through the API and a retraction's evidence stay with it", async () => {
    const file = "curated/documents/997-test-reload.yaml";
    const doc = "doc:hod-2011-samhandlingsreformen-gjennomfores";
    const loc = { file, line: 1, record: "test" };
    const load = (note: string | null): Promise<unknown> => {
      const batch: Batch = emptyBatch(file);
      if (note !== null) {
        batch.relations.push({ loc, id: "rel:test:reloaded", type: "COOPERATES_WITH", category: "COOPERATION", subjectId: "no:association:ks", objectId: "no:directorate:helsedirektoratet", role: null, note,
          validFrom: null, validFromPrecision: null, validTo: null, validToPrecision: null, validityNote: null, evidence: [{ sourceId: doc, quote: "Helsedirektoratet vil også ha en viktig rolle", locator: null }] });
        batch.funding.push({ loc, id: "flow:test:reloaded", payerId: "no:ministry:hod", recipientId: "no:association:ks", amount: 5n, currency: "NOK", flowType: "GRANT", status: "ALLOCATED", fiscalYear: 2011,
          date: null, datePrecision: null, purpose: null, programmeId: null, partOfId: null, passesOnId: null, note, evidence: [{ sourceId: doc, quote: "Departementet og KS", locator: null }] });
      }
      return new IngestRepository(db).writeBatch(batch);
    };
    // Read from the database: a file load is no API write, so the server's response cache does not see it.
    const quotes = async () => {
      const of = async (id: string) => (await db.read(`MATCH (n:Record {id: $id})-[c:CITES]->() RETURN c.quote AS quote ORDER BY quote`, { id })).map((r) => r.quote);
      const [flow] = await db.read(`MATCH (f:FundingFlow {id: 'flow:test:reloaded'}) RETURN f.retractionReason AS reason`);
      return { relation: await of("rel:test:reloaded"), flow: await of("flow:test:reloaded"), retraction: flow!.reason };
    };
    await load("first");
    const attached = await gql(`mutation { attachEvidence(input: { recordId: "rel:test:reloaded", evidence: { sourceId: "${doc}", quote: "intensjonsavtale" } }) { userErrors { message } } }`, {}, KEYS.editor);
    expect(attached.body.data!.attachEvidence.userErrors).toEqual([]);
    const retracted = await gql(`mutation { retractFundingFlow(input: { id: "flow:test:reloaded", reason: "counted twice", evidence: { sourceId: "${doc}", quote: "samhandlingsreformen" } }) { userErrors { message } } }`, {}, KEYS.editor);
    expect(retracted.body.data!.retractFundingFlow.userErrors).toEqual([]);
    const before = await quotes();
    expect(before).toEqual({ relation: ["Helsedirektoratet vil også ha en viktig rolle", "intensjonsavtale"], flow: ["Departementet og KS", "samhandlingsreformen"], retraction: "counted twice" });
    // The file's next version changes both records: their own evidence is rewritten, the rest stays.
    await load("second");
    expect(await quotes()).toEqual(before);
    await load(null);
    await db.write(`MATCH (f:LoadedFile {path: $file}) DELETE f`, { file });
  });

  it("when the same request is repeated with its idempotency key, then the second changes nothing and says so", async () => {
    const input = relationInput("rel:test:idempotent", { idempotencyKey: "test-idem-1" });
    const first = await gql(ADD_RELATION, { input }, KEYS.editor);
    const before = await new IngestRepository(db).counts();
    const second = await gql(ADD_RELATION, { input }, KEYS.editor);
    expect(second.body.data!.addRelation.result).toEqual({ ...first.body.data!.addRelation.result, replayed: true });
    expect(await new IngestRepository(db).counts()).toEqual(before);
    const reused = await gql(ADD_RELATION, { input: { ...input, id: "rel:test:other" } }, KEYS.editor);
    expect(reused.body.data!.addRelation.userErrors[0].path).toEqual(["input", "idempotencyKey"]);
  });

  it("when the evidence quote is not in its source or a reference is unknown, then userErrors name the input fields and nothing is written", async () => {
    const w = await gql(ADD_RELATION, { input: relationInput("rel:test:bad", { objectId: "no:body:nowhere", evidence: [{ sourceId: "doc:hod-2011-samhandlingsreformen-gjennomfores", quote: "Dette står ikke i dokumentet." }] }) }, KEYS.editor);
    const errs = w.body.data!.addRelation.userErrors as { path: string[] }[];
    expect(errs.map((e) => e.path.join("."))).toEqual(expect.arrayContaining(["input.objectId", "input.evidence.0.quote"]));
    expect(w.body.data!.addRelation.result).toBeNull();
    expect((await h.run(`{ relation(id: "rel:test:bad") { id } }`)).data!.relation).toBeNull();
  });

  it("when a funding amount is negative or fractional, then the amount is refused by path", async () => {
    const q = `mutation($a: Decimal!) { addFundingFlow(input: { id: "flow:test:neg", payerId: "no:ministry:hod", recipientId: "no:association:ks", amount: $a, currency: "NOK", flowType: GRANT, status: ALLOCATED,
      evidence: [{ sourceId: "doc:hod-2011-24-millioner-samhandling", quote: "4 millioner kroner er tildelt KS" }] }) { userErrors { message path } } }`;
    for (const a of ["-5", "12.5"]) {
      const w = await gql(q, { a }, KEYS.editor);
      expect(w.body.data!.addFundingFlow.userErrors[0].path).toEqual(["input", "amount"]);
    }
  });

  it("when a batch import has bad records, then every one is reported with its line and field and nothing is written", async () => {
    const yaml = [
      "actors:",
      "  - id: no:organisation:test-import-good",
      "    kind: ORGANISATION",
      "    name: Good",
      '    country: "NO"',
      "    evidence:",
      "      - source: doc:hod-2011-24-millioner-samhandling",
      '        quote: "Samhandlingsmidlene skal blant annet brukes"',
      "  - id: no:organisation:test-import-bad-kind",
      "    kind: SPACESHIP",
      "    name: Bad",
      '    country: "NO"',
      "    evidence:",
      "      - source: doc:hod-2011-24-millioner-samhandling",
      '        quote: "Samhandlingsmidlene skal blant annet brukes"',
      "funding:",
      "  - id: flow:test:import-bad",
      "    payer: no:organisation:test-import-good",
      "    recipient: no:nowhere:at-all",
      "    amount: 10",
      "    currency: NOK",
      "    flowType: GRANT",
      "    status: ALLOCATED",
      "    evidence:",
      "      - source: doc:hod-2011-24-millioner-samhandling",
      '        quote: "Samhandlingsmidlene skal blant annet brukes"',
    ].join("\n");
    const before = await new IngestRepository(db).counts();
    const w = await gql(`mutation($y: String!) { importFacts(input: { yaml: $y }) { result { auditId } userErrors { message path } } }`, { y: yaml }, KEYS.admin);
    const errs = w.body.data!.importFacts.userErrors as { path: string[] }[];
    expect(errs.map((e) => e.path.slice(2).join(" "))).toEqual(["line:10 actors[1] (no:organisation:test-import-bad-kind) kind"]);
    expect(await new IngestRepository(db).counts()).toEqual(before);

    const fixed = yaml.replace("SPACESHIP", "ORGANISATION");
    const w2 = await gql(`mutation($y: String!) { importFacts(input: { yaml: $y }) { result { auditId } userErrors { message path } } }`, { y: fixed }, KEYS.admin);
    expect((w2.body.data!.importFacts.userErrors as { path: string[] }[]).map((e) => e.path.slice(2).join(" "))).toEqual(["line:17 funding[0] (flow:test:import-bad) recipient"]);
    expect(await new IngestRepository(db).counts()).toEqual(before);
  });

  it("when a flow is retracted, then it stays readable with the reason but leaves totals and traversals", async () => {
    const add = await gql(`mutation { addFundingFlow(input: { id: "flow:test:retract-me", payerId: "no:ministry:finansdepartementet", recipientId: "no:association:ks", amount: "777", currency: "NOK", flowType: GRANT, status: ALLOCATED, fiscalYear: 2011,
      evidence: [{ sourceId: "doc:hod-2011-24-millioner-samhandling", quote: "4 millioner kroner er tildelt KS" }] }) { userErrors { message } } }`, {}, KEYS.editor);
    expect(add.body.data!.addFundingFlow.userErrors).toEqual([]);
    // Read anonymously through the same server, so its response cache must let the writes through.
    const totals = async () => (await gql(`{ fundingFlows(filter: { payerId: "no:ministry:finansdepartementet" }) { totalCount totals { value } } }`)).body.data!.fundingFlows;
    expect(await totals()).toEqual({ totalCount: 1, totals: [{ value: "777" }] });
    // The source's records list it while it stands, and not once it is withdrawn (its evidence stays).
    const cited = async () => {
      const d = (await gql(`{ source(id: "doc:hod-2011-24-millioner-samhandling") { records(first: 100) { totalCount edges { node { id } } } } }`)).body.data!.source.records;
      return { total: d.totalCount as number, listed: (d.edges as { node: { id: string } }[]).some((e) => e.node.id === "flow:test:retract-me") };
    };
    const citedBefore = await cited();
    expect(citedBefore.listed).toBe(true);
    const r = await gql(`mutation { retractFundingFlow(input: { id: "flow:test:retract-me", reason: "entered by mistake", evidence: { sourceId: "doc:hod-2011-24-millioner-samhandling", quote: "4 millioner kroner er tildelt KS" } }) { fundingFlow { retraction { by reason } } userErrors { message } } }`, {}, KEYS.editor);
    expect(r.body.data!.retractFundingFlow.fundingFlow.retraction).toEqual({ by: "editor-user", reason: "entered by mistake" });
    expect(await totals()).toEqual({ totalCount: 0, totals: [] });
    const again = (await gql(`{ fundingFlow(id: "flow:test:retract-me") { retraction { reason } evidence { quote } } paths(fromId: "no:ministry:finansdepartementet", toId: "no:association:ks", maxHops: 1) { length } }`)).body;
    expect(again.data!.fundingFlow).toMatchObject({ retraction: { reason: "entered by mistake" } });
    expect(again.data!.paths).toEqual([]);
    expect(await cited()).toEqual({ total: citedBefore.total - 1, listed: false });
  });
});

describe("limits", () => {
  it("when a query nests too deep, then Armor rejects it and says which limit", async () => {
    let q = "id";
    for (let i = 0; i < 6; i++) q = `successors { edges { node { ${q} } } }`;
    const r = await gql(`{ actor(id: "no:ministry:hod") { ${q} } }`);
    expect(r.body.errors![0]!.message).toMatch(/^Query depth limit of 15 exceeded/);
    expect(r.body.errors![0]!.extensions).toMatchObject({ limit: "maxQueryDepth", max: 15 });
  });

  it("when a query would cost too much, then it is rejected naming the cost limit and the cost found", async () => {
    const r = await gql(`{ actors(first: 100) { edges { node { fundingProvided(first: 100) { edges { node { id payer { id } } } } } } } }`);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors![0]!.message).toMatch(/^Query Cost limit of 60000 exceeded, found \d+(\.\d+)?\.$/);
    const ext = r.body.errors![0]!.extensions as { limit: string; max: number; found: number };
    expect(ext).toMatchObject({ limit: "maxQueryCost", max: 60000 });
    expect(ext.found).toBeGreaterThan(60000);
  });

  it("when a query carries too many directives, then it is rejected naming the directive limit", async () => {
    const r = await gql(`{ ${Array.from({ length: 21 }, () => "__typename @include(if: true)").join(" ")} }`);
    expect(r.body.errors![0]!.extensions).toMatchObject({ limit: "maxDirectives", max: 20, found: 21 });
  });

  it("when a query uses too many aliases, then it is rejected naming aliases", async () => {
    const q = Array.from({ length: 40 }, (_, i) => `a${i}: actor(id: "no:ministry:hod") { id }`).join(" ");
    const r = await gql(`{ ${q} }`);
    expect(r.body.errors![0]!.message).toMatch(/^Aliases limit of 15 exceeded, found 40\.$/);
    expect(r.body.errors![0]!.extensions).toMatchObject({ limit: "maxAliases", max: 15, found: 40 });
  });

  it("when a document has more tokens than allowed, then parsing stops with a 400 naming the token limit", async () => {
    const q = `{ ${Array.from({ length: 4500 }, () => "__typename").join(" ")} }`;
    const r = await gql(q);
    expect(r.status).toBe(400);
    expect(r.body.errors![0]!.message).toMatch(/^Document contains more that 4000 tokens/);
    expect(r.body.errors![0]!.extensions).toMatchObject({ limit: "maxTokens", max: 4000 });
  });

  it("when the query is not even GraphQL, then it is a 400 parse error, not a server error", async () => {
    const r = await gql("nope { x");
    expect(r.status).toBe(400);
    expect(r.body.errors![0]!.extensions!.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("when a client exceeds the rate limit, then it gets 429 naming the limit and when to retry", async () => {
    const config = loadConfig({ NODE_ENV: "production", NEO4J_URI: inject("neo4jUri"), PORT: "0", HOST: "127.0.0.1", RATE_LIMIT_PER_MINUTE: "3" });
    const limited = await startApp(config, db, silentLogger);
    try {
      const hit = () => fetch(`http://127.0.0.1:${limited.port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
      for (let i = 0; i < 3; i++) expect((await hit()).status).toBe(200);
      const r = await hit();
      expect(r.status).toBe(429);
      expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(JSON.stringify(await r.json())).toContain("rateLimitPerMinute");
    } finally {
      await limited.stop();
    }
  });

  it("when introspection and the landing page are turned off, then neither is served", async () => {
    const config = loadConfig({ NODE_ENV: "production", NEO4J_URI: inject("neo4jUri"), PORT: "0", HOST: "127.0.0.1", INTROSPECTION: "false", LANDING_PAGE: "off" });
    const closed = await startApp(config, db, silentLogger);
    try {
      const base2 = `http://127.0.0.1:${closed.port}/graphql`;
      const r = await fetch(base2, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __schema { types { name } } }" }) });
      expect(JSON.stringify(await r.json())).toMatch(/introspection/i);
      const page = await fetch(base2, { headers: { accept: "text/html" } });
      expect(await page.text()).not.toContain("embeddable-sandbox");
    } finally {
      await closed.stop();
    }
  });

  it("when a browser form or a simple GET without a preflight header sends an operation, then CSRF prevention refuses it", async () => {
    const r = await fetch(`${base}/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(r.status).toBe(400);
    expect(await r.text()).toMatch(/CSRF/i);
  });

  it("when an inline export would exceed its edge limit, then it is refused naming the limit", async () => {
    const small = await createHarness({ MAX_INLINE_EXPORT_EDGES: "100" });
    try {
      const r = await small.run(`{ exportSubgraph(format: JGF, subgraph: { all: true }) { fileName } }`);
      expect(r.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "maxInlineExportEdges", max: 100 });
      expect(r.errors![0]!.message).toMatch(/edges, above this route's limit of 100/);
    } finally {
      await small.close();
    }
  });

  it("when a field is misspelled in production, then no suggestion leaks the schema", async () => {
    const r = await gql(`{ actr(id: "x") { id } }`);
    expect(r.body.errors![0]!.message).not.toMatch(/Did you mean/);
  });
});
