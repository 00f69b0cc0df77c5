import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

interface Paths { paths: { nodes: { id: string }[]; hops: { relation: { type: string; byKind: boolean; role: string | null } | null }[] }[] }
const PATHS = `query($from: ID!, $to: ID!, $asOf: Date, $expand: Boolean) {
  paths(fromId: $from, toId: $to, maxHops: 4, asOf: $asOf, first: 1, expandGroups: $expand) { nodes { id } hops { relation { type byKind role } } }
}`;

describe("groups are walked like their members", () => {
  it.each([
    ["no:ministry:hod", "no:county-governor:fylkesmannen-i-rogaland", "2011-06-23"],
    ["no:association:ks", "no:kommune:1102", "2011-06-23"],
  ])("when a path is asked from %s to %s on %s, then it walks through the group to its member, the membership hop saying it is by rule", async (from, to, asOf) => {
    const { data, errors } = await h.run<Paths>(PATHS, { from, to, asOf });
    expect(errors).toBeUndefined();
    const [path] = data!.paths;
    expect(path, `${from} → ${to}`).toBeDefined();
    expect(path!.nodes[0]!.id).toBe(from);
    expect(path!.nodes.at(-1)!.id).toBe(to);
    const byRule = path!.hops.filter((x) => x.relation?.byKind);
    expect(byRule.length).toBeGreaterThan(0);
    for (const hop of byRule) expect(hop.relation).toMatchObject({ type: "MEMBER_OF", role: expect.stringMatching(/^member by kind: every \w+ of NO, valid on the date$/) });
  });

  it("when groups are kept whole, then no hop is a membership by rule; walking a group of hundreds costs the statements any path costs", async () => {
    const vars = { from: "no:ministry:hod", to: "no:county-governor:fylkesmannen-i-rogaland", asOf: "2011-06-23" };
    const whole = await h.run<Paths>(PATHS, { ...vars, expand: false });
    expect(whole.errors).toBeUndefined();
    for (const p of whole.data!.paths) expect(p.hops.some((x) => x.relation?.byKind)).toBe(false);
    // One statement for the paths, then one per loader (relations, flows, evidence), however large the group.
    const viaKommunene = await h.run<Paths>(PATHS, vars);
    const viaRhfGroup = await h.run<Paths>(PATHS, { from: "no:body:nasjonalt-nettverk", to: "no:rhf:helse-vest", asOf: "2011-07-01" });
    expect(viaRhfGroup.data!.paths[0]!.hops.some((x) => x.relation?.byKind)).toBe(true);
    expect(viaKommunene.statements).toBeLessThanOrEqual(4);
    expect(viaRhfGroup.statements).toBeLessThanOrEqual(4);
  });

  it("when the national network's neighbourhood is drawn, then the four RHFs valid that day stand beside the group, and not when groups are kept whole", async () => {
    const q = `query($expand: Boolean) { neighbourhood(ids: ["no:group:regionale-helseforetak"], depth: 1, asOf: "2011-07-01", expandGroups: $expand) { nodes { id kind } truncated } }`;
    const { data } = await h.run<{ neighbourhood: { nodes: { id: string; kind: string }[] } }>(q, {});
    const rhfs = data!.neighbourhood.nodes.filter((n) => n.kind === "REGIONAL_HEALTH_TRUST").map((n) => n.id).sort();
    expect(rhfs).toEqual(["no:rhf:helse-midt-norge", "no:rhf:helse-nord", "no:rhf:helse-sor-ost", "no:rhf:helse-vest"]);
    // Two levels out, the ministry's hundreds of neighbours pass the default limit of 500, and which
    // actors a cut keeps follows the store's order; with room for all, none is cut.
    const network = await h.run<{ neighbourhood: { nodes: { id: string; kind: string }[]; truncated: boolean } }>(`{ neighbourhood(ids: ["no:body:nasjonalt-nettverk"], depth: 2, asOf: "2011-07-01", limit: 2000) { nodes { id kind } truncated } }`);
    expect(network.data!.neighbourhood.truncated).toBe(false);
    expect(network.data!.neighbourhood.nodes.filter((n) => n.kind === "REGIONAL_HEALTH_TRUST")).toHaveLength(4);
    const whole = await h.run<{ neighbourhood: { nodes: { id: string; kind: string }[] } }>(q, { expand: false });
    expect(whole.data!.neighbourhood.nodes.some((n) => n.kind === "REGIONAL_HEALTH_TRUST")).toBe(false);
  });

  it("when a municipality that ended is asked for on a later date, then it is no longer a member", async () => {
    const q = `query($d: Date) { paths(fromId: "no:group:kommunene", toId: "no:kommune:1201", maxHops: 1, asOf: $d) { length } }`;
    expect((await h.run<{ paths: unknown[] }>(q, { d: "2019-06-30" })).data!.paths).toHaveLength(1);
    expect((await h.run<{ paths: unknown[] }>(q, { d: "2020-06-30" })).data!.paths).toHaveLength(0);
  });
});

describe("a group's members by kind on a date", () => {
  it("when the municipalities are listed on 2011-06-30, then they are the 430 of that day: none formed later, none ended before", async () => {
    const r = await h.run(`{ actor(id: "no:group:kommunene") { members(asOf: "2011-06-30", first: 1) { totalCount } } a: actor(id: "no:group:kommunene") { members(asOf: "2020-06-30", first: 1) { totalCount } } }`);
    expect(r.errors).toBeUndefined();
    const count = (x: unknown) => (x as { members: { totalCount: number } }).members.totalCount;
    // SSB: 430 municipalities in 2011, 356 in 2020.
    expect(count(r.data!.actor)).toBe(430);
    expect(count(r.data!.a)).toBe(356);
  });
});
