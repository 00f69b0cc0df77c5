import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as actors from "../../src/actors/actor.cypher.js";
import * as funding from "../../src/funding/funding.cypher.js";
import { actorProjection } from "../../src/actors/actor.projection.js";
import { flowProjection } from "../../src/funding/funding.projection.js";
import { createHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

/** The operators of a statement's plan, leaf to root order not kept. */
async function operators(cypher: string, params: Record<string, unknown>): Promise<string[]> {
  const session = h.db.driver.session({ database: h.config.neo4j.database });
  try {
    const res = await session.run(`EXPLAIN ${cypher}`, params);
    const ops: string[] = [];
    const walk = (p: { operatorType: string; children: unknown[] }) => {
      ops.push(p.operatorType.split("@")[0]!);
      (p.children as (typeof p)[]).forEach(walk);
    };
    walk(res.summary.plan as never);
    return ops;
  } finally {
    await session.close();
  }
}

describe("query plans", () => {
  const none = { kinds: null, country: null, nameContains: null, asOf: null, afterName: null, afterId: null };

  it.each([
    ["a page of actors of some kinds", actors.actorsPage({ ...none, kinds: ["MUNICIPALITY"] }, actorProjection.all), { ...none, kinds: ["MUNICIPALITY"], limit: 50 }],
    ["the count of actors of some kinds", actors.actorsCount({ ...none, kinds: ["MUNICIPALITY"] }), { ...none, kinds: ["MUNICIPALITY"] }],
    ["a page of one recipient's flows", funding.flowsPage({ recipientId: "no:kommune:1102" }, flowProjection.all), { recipientId: "no:kommune:1102", after: null, limit: 20 }],
    ["the totals of one payer's flows", funding.flowsTotals({ payerId: "no:ministry:hod" }), { payerId: "no:ministry:hod" }],
  ])("when %s is planned, then it seeks an index instead of scanning a label", async (_what, cypher, params) => {
    const ops = await operators(cypher, params);
    expect(ops.some((o) => /IndexSeek|IndexScan/.test(o)), ops.join(" ← ")).toBe(true);
    expect(ops.filter((o) => /NodeByLabelScan|AllNodesScan/.test(o))).toEqual([]);
  });
});
