import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.js";

const editor = { name: "cache-editor", role: "editor" as const };
const reader = { name: "cache-reader", role: "reader" as const };

let h: Harness;
let off: Harness;
beforeAll(async () => {
  [h, off] = await Promise.all([createHarness({ RESPONSE_CACHE_SECONDS: "60" }), createHarness({ RESPONSE_CACHE_SECONDS: "0" })]);
});
afterAll(async () => {
  await Promise.all([h.close(), off.close()]);
});

const FLOWS = `query($r: ID) { fundingFlows(filter: { recipientId: $r }) { totalCount totals { value currency } edges { node { id } } } }`;

describe("response cache", () => {
  it("when an anonymous query is repeated, then the second answer comes from the cache without touching the database", async () => {
    const first = await h.run(FLOWS, { r: "no:association:ks" });
    const second = await h.run(FLOWS, { r: "no:association:ks" });
    expect(first.errors).toBeUndefined();
    expect(first.statements).toBeGreaterThan(0);
    expect(second.statements).toBe(0);
    expect(second.data).toEqual(first.data);
    // Other variables are another entry.
    expect((await h.run(FLOWS, { r: "no:ministry:hod" })).statements).toBeGreaterThan(0);
  });

  it("when a caller with a key reads, then the database answers every time", async () => {
    await h.run(FLOWS, { r: "no:association:ks" });
    expect((await h.run(FLOWS, { r: "no:association:ks" }, reader)).statements).toBeGreaterThan(0);
    expect((await h.run(FLOWS, { r: "no:association:ks" }, reader)).statements).toBeGreaterThan(0);
  });

  it("when a write lands, then the next anonymous read sees it", async () => {
    const before = await h.run<{ fundingFlows: { totalCount: number } }>(FLOWS, { r: "no:association:ks" });
    expect((await h.run(FLOWS, { r: "no:association:ks" })).statements).toBe(0);
    const add = await h.run(
      `mutation { addFundingFlow(input: { id: "flow:test:cache", payerId: "no:ministry:hod", recipientId: "no:association:ks", amount: "31", currency: "NOK", flowType: GRANT, status: ALLOCATED, fiscalYear: 2012,
        evidence: [{ sourceId: "doc:hod-2011-24-millioner-samhandling", quote: "4 millioner kroner er tildelt KS" }] }) { userErrors { message } } }`,
      {},
      editor,
    );
    expect(add.errors).toBeUndefined();
    expect((add.data as { addFundingFlow: { userErrors: unknown[] } }).addFundingFlow.userErrors).toEqual([]);
    const after = await h.run<{ fundingFlows: { totalCount: number; edges: { node: { id: string } }[] } }>(FLOWS, { r: "no:association:ks" });
    expect(after.statements).toBeGreaterThan(0);
    expect(after.data!.fundingFlows.totalCount).toBe(before.data!.fundingFlows.totalCount + 1);
    expect(after.data!.fundingFlows.edges.map((e) => e.node.id)).toContain("flow:test:cache");
  });

  it("when a response holds a type hinted maxAge 0, then it is not cached", async () => {
    const q = `{ exportSubgraph(format: JGF, subgraph: { seeds: ["no:person:tor-am"], depth: 1 }) { fileName } }`;
    const first = await h.run(q);
    expect(first.errors).toBeUndefined();
    expect((await h.run(q)).statements).toBeGreaterThan(0);
  });

  it("when RESPONSE_CACHE_SECONDS is 0, then nothing is cached", async () => {
    await off.run(FLOWS, { r: "no:association:ks" });
    expect((await off.run(FLOWS, { r: "no:association:ks" })).statements).toBeGreaterThan(0);
  });
});
