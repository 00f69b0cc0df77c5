import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

interface Sum { value: string; currency: string; status: string }
const key = (s: Sum) => `${s.currency}/${s.status}`;
const asMap = (sums: Sum[]) => Object.fromEntries(sums.map((s) => [key(s), s.value]));

/** Every filter the property is tried with: none, a year range, a status, both. */
const FILTERS: Record<string, unknown>[] = [{}, { yearFrom: 2011, yearTo: 2012 }, { statuses: ["ALLOCATED"] }, { statuses: ["PROPOSED", "ANNOUNCED"], yearTo: 2018 }];

describe("one counting rule for money", () => {
  for (const side of ["PAYER", "RECIPIENT"] as const) {
    it.each(FILTERS.map((f) => [JSON.stringify(f), f]))(`when every ${side.toLowerCase()} of the graph is asked three ways with filter %s, then its summary bucket, its own totals and the filtered flows' totals agree`, async (_label, filter) => {
      const field = side === "PAYER" ? "payerId" : "recipientId";
      const own = side === "PAYER" ? "fundingProvided" : "fundingReceived";
      const { data: summary } = await h.run<{ fundingSummary: { key: string; status: string; total: { value: string; currency: string } }[] }>(
        `query($g: [FundingGroupBy!]!, $f: FundingFilter) { fundingSummary(groupBy: $g, filter: $f) { key status total { value currency } } }`, { g: side, f: filter });
      const buckets = new Map<string, Sum[]>();
      for (const b of summary!.fundingSummary) buckets.set(b.key, [...(buckets.get(b.key) ?? []), { value: b.total.value, currency: b.total.currency, status: b.status }]);
      const { data: all } = await h.run<{ fundingFlows: { edges: { node: { payer: { id: string }; recipient: { id: string } } }[] } }>(
        `query($f: FundingFilter) { fundingFlows(filter: $f, first: 100) { edges { node { payer { id } recipient { id } } } } }`, { f: filter });
      // Every actor with a matched flow has a bucket; the parties of the first page are asked too, so an actor whose
      // flows the bucket misses would show up as a difference.
      const ids = new Set([...buckets.keys(), ...all!.fundingFlows.edges.map((e) => (side === "PAYER" ? e.node.payer.id : e.node.recipient.id))]);
      expect(ids.size).toBeGreaterThan(0);
      for (const id of ids) {
        const { data } = await h.run<{ fundingFlows: { totals: Sum[] }; actor: Record<string, { totals: Sum[] }> }>(
          `query($f: FundingFilter, $a: FundingFilter, $id: ID!) { fundingFlows(filter: $a) { totals { value currency status } } actor(id: $id) { ${own}(filter: $f) { totals { value currency status } } } }`,
          { f: filter, a: { ...filter, [field]: id }, id },
        );
        const filtered = asMap(data!.fundingFlows.totals);
        expect(asMap(buckets.get(id) ?? []), `${id} summary vs filter`).toEqual(filtered);
        expect(asMap(data!.actor[own]!.totals), `${id} own totals vs filter`).toEqual(filtered);
      }
    });
  }

  it("when the NOK money of the reform is totalled, then a 2011 proposal and the 2012 allocations that carry it out are separate sums, not one", async () => {
    const { data } = await h.run<{ fundingFlows: { totals: Sum[] } }>(`{ fundingFlows(filter: { currency: "NOK" }) { totals { value currency status } } }`);
    const statuses = data!.fundingFlows.totals.map((t) => t.status);
    expect(statuses).toContain("PROPOSED");
    expect(statuses).toContain("ALLOCATED");
    expect(new Set(statuses).size).toBe(statuses.length);
  });

  it("when the Danish pool's money is asked of the group and of the pool, then the recipient summary and the group's own totals agree, and so do the pool's as payer", async () => {
    const { data } = await h.run<{ r: { key: string; status: string; total: { value: string } }[]; p: { key: string; status: string; total: { value: string } }[]; group: { fundingReceived: { totals: Sum[] } }; pool: { fundingProvided: { totals: Sum[] } } }>(`{
      r: fundingSummary(groupBy: RECIPIENT, filter: { currency: "DKK" }) { key status total { value } }
      p: fundingSummary(groupBy: PAYER, filter: { currency: "DKK" }) { key status total { value } }
      group: actor(id: "dk:group:laege-og-sundhedshuse") { fundingReceived { totals { value currency status } } }
      pool: actor(id: "dk:pool:laege-og-sundhedshuse") { fundingProvided { totals { value currency status } } }
    }`);
    const bucket = (list: { key: string; status: string; total: { value: string } }[], id: string) => list.filter((b) => b.key === id).map((b) => [b.status, b.total.value]).sort();
    const group = bucket(data!.r, "dk:group:laege-og-sundhedshuse");
    expect(group).toEqual(data!.group.fundingReceived.totals.map((t) => [t.status, t.value]).sort());
    expect(group.length).toBeGreaterThan(0);
    expect(bucket(data!.p, "dk:pool:laege-og-sundhedshuse")).toEqual(data!.pool.fundingProvided.totals.map((t) => [t.status, t.value]).sort());
  });
});
