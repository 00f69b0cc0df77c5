import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.js";
import { filterParams, FundingRepository } from "../../src/funding/funding.repository.js";
import { GROUPS, rollupReadOf, summary } from "../../src/funding/funding.cypher.js";
import { keepRollups, rebuildRollups } from "../../src/funding/rollups.repository.js";
import type { FundingFilter, FundingGroupBy, FundingStatus } from "../../src/graphql/generated/types.js";

// The summary answered from the rollups and by the scan must agree exactly, on the loaded
// graph and after writes of every kind that moves money between buckets.

const editor = { name: "rollup-editor", role: "editor" as const };
const GROUPINGS: FundingGroupBy[] = ["YEAR", "PAYER", "RECIPIENT", "RECIPIENT_KIND", "PROGRAMME", "STATUS", "RECIPIENT_COUNTY"];
const STATUSES: FundingStatus[] = ["PROPOSED", "ANNOUNCED", "ALLOCATED", "DISBURSED"];
const EVIDENCE = `evidence: [{ sourceId: "doc:hod-2011-24-millioner-samhandling", quote: "4 millioner kroner er tildelt KS" }]`;

let h: Harness;
let repo: FundingRepository;
beforeAll(async () => {
  h = await createHarness();
  repo = new FundingRepository(h.db);
});
afterAll(async () => {
  // Removed inside keepRollups, so the rows stay exact for the files after this one even when a test above failed half-way.
  const ids = ["flow:test:rollup-0", "flow:test:rollup-1", "flow:test:rollup-2", "flow:test:rollup-part"];
  await h.db.writeTransaction((run) =>
    keepRollups(run, { flowIds: ids, actors: [] }, () => run(`MATCH (n) WHERE n.id IN $ids OR n.id = "no:organisation:test-rollup-recipient" DETACH DELETE n`, { ids })),
  );
  await h.close();
});

/** A seeded generator, so a failing case can be run again. */
function rng(seed: number) {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

function randomCase(next: () => number): { groupBy: FundingGroupBy[]; filter: FundingFilter } {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const groupBy = next() < 0.6 ? [pick(GROUPINGS)] : [pick(GROUPINGS), pick(GROUPINGS)];
  const filter: FundingFilter = {};
  if (next() < 0.4) filter.status = STATUSES.filter(() => next() < 0.5);
  if (next() < 0.3) filter.currency = pick(["NOK", "DKK"]);
  // Conditions the rollups cannot answer, so the dispatch to the scan is exercised too.
  if (next() < 0.15) filter.yearFrom = pick([2008, 2011, 2014]);
  if (next() < 0.1) filter.payerId = "no:ministry:hod";
  if (next() < 0.1) filter.recipientKinds = ["MUNICIPALITY"];
  return { groupBy, filter };
}

async function bothPaths(groupBy: FundingGroupBy[], filter: FundingFilter) {
  const [fromRollups, fromScan] = await Promise.all([repo.summary([...new Set(groupBy)], filter), repo.summary([...new Set(groupBy)], filter, { scan: true })]);
  return { fromRollups, fromScan };
}

async function expectAgreement(seed: number, cases: number): Promise<number> {
  const next = rng(seed);
  let answeredFromRollups = 0;
  for (let i = 0; i < cases; i++) {
    const { groupBy, filter } = randomCase(next);
    const { fromRollups, fromScan } = await bothPaths(groupBy, filter);
    expect(fromRollups, `seed ${seed}, case ${i}: groupBy ${groupBy.join(",")}, filter ${JSON.stringify(filter)}`).toEqual(fromScan);
    if (rollupReadOf([...new Set(groupBy)], filterParams(filter))) answeredFromRollups += 1;
  }
  return answeredFromRollups;
}

const mutate = async (query: string) => {
  const r = await h.run<Record<string, { userErrors: { message: string }[] }>>(query, {}, editor);
  expect(r.errors).toBeUndefined();
  expect(Object.values(r.data!)[0]!.userErrors).toEqual([]);
};

// Every random case is a statement shape Neo4j has not planned yet, on both paths, and planning
// one costs 0.3 to 2 s on this 2-core machine (the scan by county most): the cases' work, not a
// wait, is what these limits cover.
const PROPERTY_TEST_MS = 240_000;

describe("funding rollups", () => {
  it("when a summary can be answered from the rollups, then it agrees exactly with the scan, on 40 random questions over the loaded graph", async () => {
    const fromRollups = await expectAgreement(20261202, 40);
    // The property is about the rollup path: many cases must have taken it (the rest fall back to the scan).
    expect(fromRollups).toBeGreaterThanOrEqual(15);
  }, PROPERTY_TEST_MS);

  it("when a summary pairs the year with a payer, a recipient kind or a programme, then the pair's rows answer it, in either order and with status, exactly as the scan does", async () => {
    const pairs: FundingGroupBy[][] = [["PAYER", "YEAR"], ["YEAR", "RECIPIENT_KIND"], ["PROGRAMME", "YEAR"], ["RECIPIENT_KIND", "YEAR", "STATUS"]];
    for (const groupBy of pairs) {
      for (const filter of [{}, { currency: "NOK" }, { status: ["ALLOCATED" as const] }]) {
        expect(rollupReadOf(groupBy, filterParams(filter))?.dim, `${groupBy.join(",")} ${JSON.stringify(filter)}`).toMatch(/\+YEAR$/);
        const { fromRollups, fromScan } = await bothPaths(groupBy, filter);
        expect(fromRollups.length).toBeGreaterThan(0);
        expect(fromRollups, `${groupBy.join(",")} ${JSON.stringify(filter)}`).toEqual(fromScan);
      }
    }
    // A pair without the year, or the recipient with it, is not kept: the scan answers.
    expect(rollupReadOf(["PAYER", "RECIPIENT_KIND"], filterParams({}))).toBeNull();
    expect(rollupReadOf(["RECIPIENT", "YEAR"], filterParams({}))).toBeNull();
  }, PROPERTY_TEST_MS);

  it("when a summary by year is answered from the rollups, then its plan finds rollup rows by index and reads no flow beyond the few the counting rule corrects", async () => {
    const params = { ...filterParams(null), rollupDim: "YEAR" };
    const plan = await h.db.plan(summary([GROUPS.YEAR], params, { dim: "YEAR", columns: ["r.raw"] }), params);
    const operators: { op: string; details: string }[] = [];
    const walk = (p: { operatorType: string; arguments?: Record<string, unknown>; children: unknown[] }) => {
      operators.push({ op: p.operatorType.split("@")[0]!, details: String(p.arguments?.Details ?? "") });
      p.children.forEach((c) => walk(c as typeof p));
    };
    walk(plan as never);
    expect(operators.some((o) => o.op === "NodeIndexSeek" && o.details.includes("FundingRollup"))).toBe(true);
    // No operator visits every flow: the flows read are reached from PASSES_ON and PART_OF.
    expect(operators.filter((o) => /NodeByLabelScan|AllNodesScan/.test(o.op) && o.details.includes("FundingFlow"))).toEqual([]);
    const [flows] = await h.db.read(`MATCH (f:FundingFlow) WHERE f.retractedAt IS NULL RETURN count(f) AS n`);
    const [rolled] = await h.db.read(`MATCH (r:FundingRollup {dim: 'ALL'}) RETURN sum(r.flowCount) AS n`);
    expect(rolled!.n).toBe(flows!.n);
  });

  it("when flows are added, retracted and their recipient changes kind through the API, then both paths still agree and the new money is in its buckets", async () => {
    await mutate(`mutation { upsertActor(input: { id: "no:organisation:test-rollup-recipient", kind: ORGANISATION, name: "Rollup probe", country: NO, ${EVIDENCE} }) { userErrors { message } } }`);
    const [programme] = await h.db.read(`MATCH (p:Programme) RETURN p.id AS id ORDER BY p.id LIMIT 1`);
    for (const [i, amount] of ["1000", "2500", "40"].entries()) {
      await mutate(`mutation { addFundingFlow(input: { id: "flow:test:rollup-${i}", payerId: "no:ministry:hod", recipientId: "no:organisation:test-rollup-recipient", amount: "${amount}", currency: "NOK",
        flowType: GRANT, status: ALLOCATED, fiscalYear: 2031, programmeId: "${programme!.id}", ${EVIDENCE} }) { userErrors { message } } }`);
    }
    // A part of flow 0: the counting rule's correction, computed live on both paths.
    await mutate(`mutation { addFundingFlow(input: { id: "flow:test:rollup-part", payerId: "no:ministry:hod", recipientId: "no:organisation:test-rollup-recipient", amount: "300", currency: "NOK",
      flowType: GRANT, status: ALLOCATED, fiscalYear: 2031, partOfId: "flow:test:rollup-0", ${EVIDENCE} }) { userErrors { message } } }`);
    await mutate(`mutation { retractFundingFlow(input: { id: "flow:test:rollup-2", reason: "probe withdrawn", ${EVIDENCE.replace("evidence: [", "evidence: ").replace("}]", "}")} }) { userErrors { message } } }`);

    const year = await repo.summary(["YEAR"], null);
    const y2031 = year.filter((b) => b.key === "2031");
    expect(y2031.map((b) => [b.total.value, b.flowCount])).toEqual([[3500, 3]]); // 1000 + 2500 (the part is inside flow 0); flow 2 withdrawn
    expect(await expectAgreement(7, 15)).toBeGreaterThanOrEqual(3);

    await mutate(`mutation { upsertActor(input: { id: "no:organisation:test-rollup-recipient", kind: BODY, name: "Rollup probe", country: NO, ${EVIDENCE} }) { userErrors { message } } }`);
    const kinds = await bothPaths(["RECIPIENT_KIND"], {});
    expect(kinds.fromRollups).toEqual(kinds.fromScan);
    expect(kinds.fromRollups.find((b) => b.key === "ORGANISATION" && b.flowCount === 3)).toBeUndefined();
    expect(await expectAgreement(8, 15)).toBeGreaterThanOrEqual(3);

    for (const id of ["flow:test:rollup-0", "flow:test:rollup-1", "flow:test:rollup-part"]) {
      await mutate(`mutation { retractFundingFlow(input: { id: "${id}", reason: "probe done", ${EVIDENCE.replace("evidence: [", "evidence: ").replace("}]", "}")} }) { userErrors { message } } }`);
    }
    expect((await repo.summary(["YEAR"], null)).filter((b) => b.key === "2031")).toEqual([]);
  }, PROPERTY_TEST_MS);

  it("when the rollups are rebuilt from the flows, then they hold exactly what the writes kept", async () => {
    const rows = () => h.db.read(`MATCH (r:FundingRollup) RETURN r.key AS key, r.value AS value, r.flowCount AS n ORDER BY key`);
    const kept = await rows();
    expect(kept.length).toBeGreaterThan(10);
    await rebuildRollups(h.db);
    expect(await rows()).toEqual(kept);
  });

  it("when groupBy is given as a single value, then list coercion still sends it down the rollup path with the same answer", async () => {
    const single = await h.run<{ fundingSummary: unknown[] }>(`{ fundingSummary(groupBy: YEAR) { key total { value currency } status flowCount } }`);
    const scanned = await repo.summary(["YEAR"], null, { scan: true });
    expect(single.errors).toBeUndefined();
    expect(single.data!.fundingSummary).toHaveLength(scanned.length);
  });
});
