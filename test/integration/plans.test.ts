import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as actors from "../../src/actors/actor.cypher.js";
import * as funding from "../../src/funding/funding.cypher.js";
import * as graph from "../../src/graph/graph.cypher.js";
import * as ingest from "../../src/ingest/ingest.cypher.js";
import * as writes from "../../src/writes/write.cypher.js";
import * as rollups from "../../src/funding/rollups.cypher.js";
import { recordProjection } from "../../src/graph/record.projection.js";
import { actorProjection } from "../../src/actors/actor.projection.js";
import { flowProjection } from "../../src/funding/funding.projection.js";
import { createHarness, type Harness } from "../helpers/harness.js";
import type { PlanNode } from "../../src/db/database.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

/** The operators of a statement's plan, leaf to root order not kept; with `details`, each with what it reads. */
async function operators(cypher: string, params: Record<string, unknown>, details = false): Promise<string[]> {
  const ops: string[] = [];
  const walk = (p: PlanNode) => {
    ops.push(p.operatorType.split("@")[0]! + (details ? ` ${(p.arguments.Details as string | undefined) ?? ""}` : ""));
    p.children.forEach(walk);
  };
  walk(await h.db.plan(cypher, params));
  return ops;
}

describe("query plans", () => {
  const none = { kind: null, kinds: null, country: null, nameContains: null, asOf: null, afterName: null, afterId: null };

  it.each([
    ["a page of actors of some kinds", actors.actorsPage({ ...none, kinds: ["MUNICIPALITY", "COUNTY"] }, actorProjection.all), { ...none, kinds: ["MUNICIPALITY", "COUNTY"], limit: 50 }],
    ["the count of actors of some kinds", actors.actorsCount({ ...none, kinds: ["MUNICIPALITY", "COUNTY"] }), { ...none, kinds: ["MUNICIPALITY", "COUNTY"] }],
    ["the count of actors of one kind", actors.actorsCount({ ...none, kind: "MUNICIPALITY" }), { ...none, kind: "MUNICIPALITY" }],
    ["a page of one recipient's flows", funding.flowsPage({ recipientId: "no:kommune:1102" }, flowProjection.all, "ID"), { recipientId: "no:kommune:1102", after: null, limit: 20 }],
    ["the totals of one payer's flows", funding.flowsTotals({ payerId: "no:ministry:hod" }), { payerId: "no:ministry:hod" }],
    ["a page of the changes on a day", graph.changes({ kinds: null, afterId: null }, recordProjection.all), { from: "2012-01-01", to: "2012-01-01", kinds: null, afterId: null, limit: 21 }],
    ["a page of a source's records", graph.recordsOfSources(recordProjection.all), { keys: [{ key: "k", sourceId: "doc:hod-2011-24-millioner-samhandling", after: null, limit: 21 }] }],
  ])("when %s is planned, then it seeks an index instead of scanning a label", async (_what, cypher, params) => {
    const ops = await operators(cypher, params);
    expect(ops.some((o) => /IndexSeek|IndexScan/.test(o)), ops.join(" ← ")).toBe(true);
    expect(ops.filter((o) => /NodeByLabelScan|AllNodesScan/.test(o))).toEqual([]);
  });

  it.each([
    ["flows above 100 million, largest first", { amountMin: 100_000_000n }, "AMOUNT_DESC", /NodeIndex(Seek|Scan).*amount/],
    ["the flows one source states", { sourceId: "doc:hod-2011-24-millioner-samhandling" }, "ID", /NodeUniqueIndexSeek|NodeIndexSeek/],
    ["flows to municipalities", { recipientKinds: ["MUNICIPALITY"] }, "ID", /NodeIndexSeek.*recipientId/],
    ["2012 flows to the municipalities of Hordaland", { recipientWithin: "no:fylke:12", yearFrom: 2012, yearTo: 2012 }, "AMOUNT_DESC", /NodeIndexSeek/],
  ] as const)("when %s is planned, then the flows are found through an index and no full sort reads them all", async (_what, filter, order, seek) => {
    const params = { ...filter, after: null, limit: 21 };
    const ops = await operators(funding.flowsPage(params, flowProjection.all, order), params, true);
    expect(ops.some((o) => seek.test(o)), ops.join(" ← ")).toBe(true);
    expect(ops.filter((o) => /^(NodeByLabelScan|AllNodesScan)/.test(o)), ops.join(" ← ")).toEqual([]);
  });

  it("when a summary by recipient kind over all flows is planned, then it scans the RECIPIENT relationships, not the flows", async () => {
    const ops = await operators(funding.summary([funding.GROUPS.RECIPIENT_KIND], {}), {}, true);
    expect(ops.filter((o) => /RelationshipTypeScan .*:RECIPIENT\]/.test(o)), ops.join(" ← ")).toHaveLength(1);
    expect(ops.filter((o) => /NodeByLabelScan/.test(o)), ops.join(" ← ")).toEqual([]);
  });

  it("when a summary by payer of one recipient's flows is planned, then it seeks the recipient index", async () => {
    const ops = await operators(funding.summary([funding.GROUPS.PAYER], { recipientId: "no:kommune:1102" }), { recipientId: "no:kommune:1102" }, true);
    expect(ops.filter((o) => /NodeIndexSeek .*recipientId/.test(o)), ops.join(" ← ")).toHaveLength(1);
    // The corrected-flows branch scans PASSES_ON and PART_OF, which are few; nothing scans PAYER or the flows.
    expect(ops.filter((o) => /RelationshipTypeScan .*:PAYER\]|NodeByLabelScan|AllNodesScan/.test(o)), ops.join(" ← ")).toEqual([]);
  });

  it("when the stored PAYER and RECIPIENT relationships are read, then each runs from a funding flow to an actor (summaries test neither label)", async () => {
    const rows = await h.db.read(`MATCH (x)-[r:PAYER|RECIPIENT]->(y) RETURN count(r) AS all, count(CASE WHEN NOT (x:FundingFlow AND y:Actor) THEN r END) AS stray`);
    expect(rows[0]!.all).toBeGreaterThan(100);
    expect(rows[0]!.stray).toBe(0);
  });

  it.each([
    ["the first page", { kinds: null, afterDate: null, afterType: null, afterId: null }, 4],
    // The cursor's own type (BEGAN, for actors and relations) reads the rest of the cursor's day and the days after as two parts.
    ["a page after a cursor, of some kinds", { kinds: ["MUNICIPALITY"], afterDate: "2012-01-01", afterType: "BEGAN", afterId: "no:kommune:1756" }, 6],
  ])("when %s of changes is planned, then each side reads its (date, id) index in order and stops at the page", async (_what, params, parts) => {
    const all = { from: "2008-01-01", to: "2015-12-31", ...params, limit: 21 };
    const ops = await operators(graph.changes(all, recordProjection.all), all, true);
    const seeks = ops.filter((o) => /^NodeIndexSeek.*\((validFrom|validTo), id\)/.test(o));
    expect(seeks, ops.join(" ← ")).toHaveLength(parts);
    // One Limit per part below the union; the Top above it sorts at most a page per part.
    expect(ops.filter((o) => /^Limit/.test(o)), ops.join(" ← ")).toHaveLength(parts);
    expect(ops.filter((o) => /^(Sort|PartialSort|PartialTop)/.test(o)), ops.join(" ← ")).toEqual([]);
    // A deep page does not read its day's rows before the cursor again: that part seeks on the day and the id both.
    if (params.afterId) expect(seeks.filter((o) => /validFrom = \$afterDate AND id > \$afterId/.test(o)), seeks.join("\n")).toHaveLength(2);
  });

  // An API write of one flow runs these; none may read a whole label or relationship type, or
  // every write slows down as the graph grows (as one did: 22 ms at 100 000 flows, 60% of a write).
  const row = { recordId: "x", sourceId: "y", quote: "q", locator: null, start: null, end: null, line: null };
  it.each([
    ["the references read before it", writes.existing, { actorIds: ["a"], sourceIds: ["s"], programmeIds: ["p"], recordIds: ["r"] }],
    ["the flows it moves in the rollups", rollups.touchedFlows(false), { flowIds: ["f"], actors: [{ id: "a", kind: "MUNICIPALITY" }] }],
    ["the flow itself", ingest.upsertFunding, { rows: [{ id: "f", payerId: "a", recipientId: "b", programmeId: null, partOfId: null, passesOnId: null, props: {}, hash: "h" }], file: "api:x" }],
    ["its evidence", ingest.writeEvidence, { rows: [row], file: "api:x" }],
    ["evidence it attaches", ingest.writeAttachments, { rows: [row], file: "api:x" }],
    ["the rollup rows", rollups.applyRollups, { ids: ["f"], sign: 1 }],
    ["a file load taking away what it attached last time", ingest.removeAttachments, { file: "curated/x.yaml" }],
  ])("when %s of a write is planned, then it seeks and reads no whole label or relationship type", async (_what, cypher, params) => {
    const ops = await operators(cypher, params);
    // Any scan (of a label, a type or a whole index) reads what the write or load never touches.
    expect(ops.filter((o) => /Scan/.test(o)), ops.join(" ← ")).toEqual([]);
    expect(ops.some((o) => /IndexSeek/.test(o)), ops.join(" ← ")).toBe(true);
  });

  // A file load runs these for each file; reading a whole label or index made every load's cost
  // grow with the graph (the unlabelled removal read every node once per file).
  it.each([
    ["the records the file no longer holds", ingest.removeStale, { file: "curated/x.yaml", ids: ["a"] }],
    ["the flows it moves in the rollups", rollups.touchedFlows(true), { flowIds: ["f"], actors: [{ id: "a", kind: "MUNICIPALITY" }], file: "curated/x.yaml", ids: ["a"] }],
  ])("when %s of a file load is planned, then each label is read through an index", async (_what, cypher, params) => {
    const ops = await operators(cypher, params);
    // Any scan (of a label, a type or a whole index) reads what the write or load never touches.
    expect(ops.filter((o) => /Scan/.test(o)), ops.join(" ← ")).toEqual([]);
    expect(ops.some((o) => /IndexSeek/.test(o)), ops.join(" ← ")).toBe(true);
  });

  it.each([
    ["of one kind", { ...none, kind: "MUNICIPALITY" }],
    ["of one kind after a cursor", { ...none, kind: "MUNICIPALITY", afterName: "Sandnes", afterId: "no:kommune:1102" }],
    ["of any kind", none],
  ])("when a page of actors %s is planned, then the index hands rows over in name order and nothing sorts them all", async (_what, params) => {
    const ops = await operators(actors.actorsPage(params, actorProjection.all), { ...params, limit: 50 });
    expect(ops.some((o) => /IndexSeek|IndexScan/.test(o)), ops.join(" ← ")).toBe(true);
    // A full Top or Sort reads every matching actor; PartialTop stops once the page is full.
    expect(ops.filter((o) => o === "Top" || o === "Sort"), ops.join(" ← ")).toEqual([]);
  });
});
