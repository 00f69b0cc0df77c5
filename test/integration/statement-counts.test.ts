import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.js";

// Every statement goes through Database with the request's options, so the request's counter
// sees them all: writes, exports and per-actor totals included. Each count below is what the
// work needs, written out, so a statement added per item (an N+1) or one that bypasses the
// door (uncounted) fails here.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const editor = { name: "editor-user", role: "editor" as const };
type Total = { value: string; currency: string; status: string };
type Edges<T> = { edges: { node: T }[] };

describe("statements per request", () => {
  it("when 50 actors each ask for their totals, then the page and the totals are two statements, and each total equals the actor's own question", async () => {
    const r = await h.run(`{ actors(filter: { kinds: [MUNICIPALITY], country: NO }, first: 50) { edges { node { id fundingReceived(filter: { currency: "NOK" }) { totals { value currency status } } } } } }`);
    expect(r.errors).toBeUndefined();
    const nodes = (r.data!.actors as Edges<{ id: string; fundingReceived: { totals: Total[] } }>).edges.map((e) => e.node);
    expect(nodes).toHaveLength(50);
    // One statement reads the actors, one the 50 actors' totals (not one per actor).
    expect(r.statements).toBe(2);
    const withMoney = nodes.filter((n) => n.fundingReceived.totals.length > 0);
    expect(withMoney.length).toBeGreaterThan(0);
    for (const n of withMoney.slice(0, 5)) {
      const alone = await h.run(`query($id: ID!) { fundingFlows(filter: { recipientId: $id, currency: "NOK" }) { totals { value currency status } } }`, { id: n.id });
      expect((alone.data!.fundingFlows as { totals: Total[] }).totals).toEqual(n.fundingReceived.totals);
    }
  });

  it("when a source is asked with a page of its records, then the source and the page are one statement, and every page equals the one asked on its own", async () => {
    const id = "doc:hod-2011-samhandlingsreformen-gjennomfores";
    type Page = { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; edges: { node: { __typename: string; id: string } }[] };
    const pageOf = async (after: string | null) => {
      const r = await h.run(`query($id: ID!, $after: String) { source(id: $id) { title records(first: 3, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { __typename id } } } } }`, { id, after });
      expect(r.errors).toBeUndefined();
      expect(r.statements).toBe(1);
      return (r.data!.source as { title: string; records: Page }).records;
    };
    const first = await pageOf(null);
    const second = await pageOf(first.pageInfo.endCursor);
    expect(first.edges).toHaveLength(3);
    expect(second.edges.length).toBeGreaterThan(0);
    // The same pages as the records' own statement gives (asked beside a second source, so the read-ahead does not apply).
    const both = await h.run(`query($id: ID!) { a: source(id: $id) { records(first: 6) { totalCount edges { node { id } } } } b: source(id: "doc:hod-2011-24-millioner-samhandling") { id } }`, { id });
    const alone = (both.data!.a as { records: Page }).records;
    expect(alone.totalCount).toBe(first.totalCount);
    expect([...first.edges, ...second.edges].map((e) => e.node.id).slice(0, 6)).toEqual(alone.edges.map((e) => e.node.id).slice(0, first.edges.length + second.edges.length));
    // A cursor of another source is still refused at its argument's path.
    const wrong = await h.run(`{ source(id: "doc:hod-2011-24-millioner-samhandling") { records(first: 3, after: "${first.pageInfo.endCursor}") { totalCount } } }`);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: "after" });
  });

  it("when sources are listed, then their texts are read only if asked for, all in one more statement, and each equals the text asked on its own", async () => {
    const bare = await h.run(`{ sources { id title } }`);
    expect(bare.errors).toBeUndefined();
    expect(bare.statements).toBe(1);
    const withText = await h.run(`{ sources { id kind text } }`);
    expect(withText.errors).toBeUndefined();
    const sources = withText.data!.sources as { id: string; kind: string; text: string | null }[];
    expect(sources.length).toBeGreaterThan(5);
    // The list, then the stored texts of all its sources in one batch (not one per source).
    expect(withText.statements).toBe(2);
    const documents = sources.filter((s) => s.kind === "DOCUMENT");
    expect(documents.length).toBeGreaterThan(0);
    for (const d of documents.slice(0, 3)) {
      expect(d.text?.length).toBeGreaterThan(100);
      const alone = await h.run(`query($id: ID!) { source(id: $id) { text } }`, { id: d.id });
      expect((alone.data!.source as { text: string }).text).toBe(d.text);
    }
    expect(sources.filter((s) => s.kind === "DATASET").every((s) => s.text === null)).toBe(true);
  });

  it("when an editor adds a relation, then every statement of the write is counted: the key check, the graph's references, the transaction's statements", async () => {
    const r = await h.run(
      `mutation($input: AddRelationInput!) { addRelation(input: $input) { result { recordIds } userErrors { message } } }`,
      {
        input: {
          id: "rel:test:counted",
          idempotencyKey: "statement-count-1",
          type: "COOPERATES_WITH",
          category: "COOPERATION",
          subjectId: "no:association:ks",
          objectId: "no:directorate:helsedirektoratet",
          evidence: [{ sourceId: "doc:hod-2011-samhandlingsreformen-gjennomfores", quote: "Helsedirektoratet vil også ha en viktig rolle i arbeidet med å sette reformen ut i livet." }],
        },
      },
      editor,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ addRelation: { result: { recordIds: ["rel:test:counted"] }, userErrors: [] } });
    // The key's earlier use; the records the write refers to; in its one transaction the relation,
    // its evidence, the day it is known from and the audit entry (it attaches no evidence to other
    // records, so that statement is not run); the relation the payload returns.
    expect(r.statements).toBe(7);
    const replay = await h.run(
      `mutation($input: AddRelationInput!) { addRelation(input: $input) { result { replayed } } }`,
      { input: { id: "rel:test:counted", idempotencyKey: "statement-count-1", type: "COOPERATES_WITH", category: "COOPERATION", subjectId: "no:association:ks", objectId: "no:directorate:helsedirektoratet", evidence: [{ sourceId: "doc:hod-2011-samhandlingsreformen-gjennomfores", quote: "Helsedirektoratet vil også ha en viktig rolle i arbeidet med å sette reformen ut i livet." }] } },
      editor,
    );
    expect(replay.data).toEqual({ addRelation: { result: { replayed: true } } });
    // The key's earlier use, and the relation the payload returns: nothing is written again.
    expect(replay.statements).toBe(2);
  });

  it("when a subgraph is exported through GraphQL, then every statement of the export is counted", async () => {
    const r = await h.run(`{ exportSubgraph(format: GRAPHML, subgraph: { seeds: ["no:ministry:hod"], depth: 1 }) { manifest { nodeCount edgeCount } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ exportSubgraph: { manifest: { nodeCount: expect.any(Number), edgeCount: expect.any(Number) } } });
    // The neighbourhood of the seeds; the node and edge counts; the data version; the sources
    // read for the manifest, and again through the loader for its Source objects; the node
    // stream and the edge stream.
    expect(r.statements).toBe(8);
  });
});
