import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT_DIR } from "../../src/config.js";
import { createHarness, type Harness } from "../helpers/harness.js";

// The analyst's second edition: filters, orders, cursors that belong to their query, summaries
// by several keys, and any node by its id. Every answer is checked against another way of
// asking the same question of the loaded graph.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

type Flow = { id: string; amount: { value: string; currency: string }; year: number | null; date: string | null; status: string; recipient: { id: string; kind: string } };
type Page = { totalCount: number; edges: { cursor: string; node: Flow }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
const FLOW = `id amount { value currency } year date status recipient { id kind }`;

async function flows(filter: Record<string, unknown>, orderBy: string | null = null, first = 100, after: string | null = null): Promise<Page> {
  const r = await h.run(`query($f: FundingFilter, $o: FundingOrder, $n: Int, $a: String) { fundingFlows(filter: $f, orderBy: $o, first: $n, after: $a) { totalCount edges { cursor node { ${FLOW} } } pageInfo { hasNextPage endCursor } } }`, { f: filter, o: orderBy, n: first, a: after });
  expect(r.errors).toBeUndefined();
  return r.data!.fundingFlows as Page;
}

/** Every flow of a filter and order, page by page. */
async function all(filter: Record<string, unknown>, orderBy: string | null, first: number): Promise<Flow[]> {
  const out: Flow[] = [];
  let after: string | null = null;
  for (;;) {
    const p = await flows(filter, orderBy, first, after);
    out.push(...p.edges.map((e) => e.node));
    if (!p.pageInfo.hasNextPage) return out;
    after = p.pageInfo.endCursor;
  }
}

const big = (f: Flow) => BigInt(f.amount.value);

describe("filters and orders on funding flows", () => {
  it("when flows above 100 million NOK are asked largest first, then each is at least 100 million, they come in amount order (ties by id), and paging through gives the same list", async () => {
    const filter = { currency: "NOK", amount: { min: "100000000" } };
    const one = await flows(filter, "AMOUNT_DESC");
    const list = one.edges.map((e) => e.node);
    expect(list.length).toBeGreaterThan(3);
    expect(list.every((f) => big(f) >= 100_000_000n && f.amount.currency === "NOK")).toBe(true);
    const sorted = [...list].sort((a, b) => (big(a) === big(b) ? (a.id < b.id ? -1 : 1) : big(a) > big(b) ? -1 : 1));
    expect(list.map((f) => f.id)).toEqual(sorted.map((f) => f.id));
    expect((await all(filter, "AMOUNT_DESC", 2)).map((f) => f.id)).toEqual(list.map((f) => f.id));
    // The same flows as the unfiltered NOK list has above the line.
    const everything = await all({ currency: "NOK" }, null, 100);
    expect(new Set(list.map((f) => f.id))).toEqual(new Set(everything.filter((f) => big(f) >= 100_000_000n).map((f) => f.id)));
    expect(one.totalCount).toBe(list.length);
  });

  it("when flows are ordered by year, then earliest or latest come first, flows without a year last in YEAR_DESC, and paging keeps the order", async () => {
    const asc = await all({}, "YEAR_ASC", 7);
    const desc = await all({}, "YEAR_DESC", 7);
    const y = (f: Flow) => f.year ?? 0;
    expect(asc.every((f, i) => i === 0 || y(asc[i - 1]!) <= y(f))).toBe(true);
    expect(desc.every((f, i) => i === 0 || y(desc[i - 1]!) >= y(f))).toBe(true);
    expect(new Set(asc.map((f) => f.id))).toEqual(new Set(desc.map((f) => f.id)));
  });

  it("when a cursor is used under another filter or order, then it is refused at 'after', not started in the middle", async () => {
    const p = await flows({ currency: "NOK" }, "AMOUNT_DESC", 2);
    for (const [filter, order] of [[{ currency: "NOK" }, "AMOUNT_ASC"], [{ currency: "DKK" }, "AMOUNT_DESC"], [{ currency: "NOK" }, null]] as const) {
      const r = await h.run(`query($f: FundingFilter, $o: FundingOrder, $a: String) { fundingFlows(filter: $f, orderBy: $o, first: 2, after: $a) { totalCount } }`, { f: filter, o: order, a: p.pageInfo.endCursor });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: "after" });
    }
    const actors = await h.run(`{ actors(filter: { kinds: [MUNICIPALITY] }, first: 2) { pageInfo { endCursor } } }`);
    const cursor = (actors.data!.actors as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    const other = await h.run(`query($a: String) { actors(filter: { kinds: [COUNTY] }, first: 2, after: $a) { totalCount } }`, { a: cursor });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: "after" });
  });

  it("when 2012 money to Hordaland's municipalities is asked by amount, then every flow goes to a municipality of Hordaland in 2012, and the total follows the filter", async () => {
    const filter = { recipientWithin: "no:fylke:12", yearFrom: 2012, yearTo: 2012 };
    const r = await h.run(`query($f: FundingFilter) { fundingFlows(filter: $f, orderBy: AMOUNT_DESC, first: 100) { totals { value currency status } edges { node { id year amount { value } recipient { id kind } } } } }`, { f: filter });
    expect(r.errors).toBeUndefined();
    const c = r.data!.fundingFlows as { totals: { value: string }[]; edges: { node: { year: number; recipient: { id: string; kind: string } } }[] };
    expect(c.edges.length).toBeGreaterThan(0);
    expect(c.edges.every((e) => e.node.year === 2012 && e.node.recipient.kind === "MUNICIPALITY")).toBe(true);
    // The county of each recipient, asked directly.
    for (const e of c.edges) {
      const county = await h.run(`query($id: ID!) { actor(id: $id) { relations(types: [LOCATED_IN], direction: OUTGOING, asOf: "2012-06-30") { edges { node { object { id } } } } } }`, { id: e.node.recipient.id });
      const objects = (county.data!.actor as { relations: { edges: { node: { object: { id: string } } }[] } }).relations.edges.map((x) => x.node.object.id);
      expect(objects).toEqual(["no:fylke:12"]);
    }
    expect(c.totals.length).toBeGreaterThan(0);
  });

  it("when flows are filtered by source, recipient kind and period, then each one meets the condition", async () => {
    const bySource = await h.run(`{ fundingFlows(filter: { sourceId: "doc:hod-2011-24-millioner-samhandling" }, first: 100) { edges { node { id evidence { source { id } } } } } }`);
    const sourced = (bySource.data!.fundingFlows as { edges: { node: { evidence: { source: { id: string } }[] } }[] }).edges;
    expect(sourced.length).toBeGreaterThan(0);
    expect(sourced.every((e) => e.node.evidence.some((x) => x.source.id === "doc:hod-2011-24-millioner-samhandling"))).toBe(true);

    const kinds = await all({ recipientKinds: ["MUNICIPALITY", "COUNTY"] }, null, 100);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((f) => ["MUNICIPALITY", "COUNTY"].includes(f.recipient.kind))).toBe(true);

    const during = await all({ during: { from: "2011-01-01", to: "2011-12-31" } }, null, 100);
    expect(during.length).toBeGreaterThan(0);
    expect(during.every((f) => (f.date ? f.date >= "2011-01-01" && f.date <= "2011-12-31" : f.year === 2011))).toBe(true);
  });

  it("when a range or an amount is bad, then the error names the argument", async () => {
    for (const [filter, path] of [
      [{ during: { from: "2012-01-01", to: "2011-01-01" } }, "filter.during.from"],
      [{ amount: { min: "12.5" } }, "filter.amount.min"],
      [{ amount: { min: "10", max: "5" } }, "filter.amount.min"],
    ] as const) {
      const r = await h.run(`query($f: FundingFilter) { fundingFlows(filter: $f) { totalCount } }`, { f: filter });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: path });
    }
  });

  it("when an actor's flows are ordered by amount, then they are the flows fundingFlows gives for that payer in that order", async () => {
    // The payer with the most flows.
    const s = await h.run(`{ fundingSummary(groupBy: [PAYER]) { key flowCount } }`);
    const payer = (s.data!.fundingSummary as { key: string; flowCount: number }[]).sort((a, b) => b.flowCount - a.flowCount)[0]!.key;
    const r = await h.run(`query($id: ID!) { actor(id: $id) { fundingProvided(orderBy: AMOUNT_DESC, first: 50) { edges { node { id } } } } }`, { id: payer });
    const own = (r.data!.actor as { fundingProvided: { edges: { node: { id: string } }[] } }).fundingProvided.edges.map((e) => e.node.id);
    const top = (await flows({ payerId: payer }, "AMOUNT_DESC", 50)).edges.map((e) => e.node.id);
    expect(own.length).toBeGreaterThan(1);
    expect(own).toEqual(top);
  });
});

describe("summaries by several keys", () => {
  type Bucket = { key: string; keys: { groupBy: string; key: string; label: string }[]; total: { value: string; currency: string }; status: string; flowCount: number };
  const summary = async (groupBy: unknown, filter: Record<string, unknown> = {}) => {
    const r = await h.run(`query($g: [FundingGroupBy!]!, $f: FundingFilter) { fundingSummary(groupBy: $g, filter: $f) { key keys { groupBy key label } total { value currency } status flowCount } }`, { g: groupBy, f: filter });
    expect(r.errors).toBeUndefined();
    return r.data!.fundingSummary as Bucket[];
  };

  it("when groupBy is a single value, then it is a list of one (GraphQL's list coercion), as a literal and as a variable", async () => {
    const literal = await h.run(`{ fundingSummary(groupBy: YEAR) { key total { value } status } }`);
    expect(literal.errors).toBeUndefined();
    const asList = await summary(["YEAR"]);
    const asValue = await summary("YEAR");
    expect(asValue).toEqual(asList);
    expect((literal.data!.fundingSummary as unknown[]).length).toBe(asList.length);
  });

  it("when funding is summed per county and year, then each bucket's flows are the flows to that county's municipalities in that year", async () => {
    const buckets = await summary(["RECIPIENT_COUNTY", "YEAR"], { currency: "NOK" });
    const counties = buckets.filter((b) => b.keys[0]!.key !== "none" && b.keys[1]!.key !== "none");
    expect(counties.length).toBeGreaterThan(0);
    expect(buckets.every((b) => b.keys.map((k) => k.groupBy).join() === "RECIPIENT_COUNTY,YEAR")).toBe(true);
    for (const b of counties.slice(0, 6)) {
      const year = Number(b.keys[1]!.key);
      const p = await flows({ currency: "NOK", status: [b.status], recipientWithin: b.keys[0]!.key, recipientKinds: ["MUNICIPALITY"], yearFrom: year, yearTo: year });
      expect(p.totalCount, `${b.key} ${b.status}`).toBe(b.flowCount);
    }
  });
});

describe("any node by its id", () => {
  it.each([
    ["no:ministry:hod", "Organisation"],
    ["no:kommune:1102", "Municipality"],
    ["doc:hod-2011-24-millioner-samhandling", "Source"],
  ])("when node(%s) is asked, then it is the %s", async (id, type) => {
    const r = await h.run(`query($id: ID!) { node(id: $id) { __typename id } }`, { id });
    expect(r.data).toEqual({ node: { __typename: type, id } });
  });

  it("when a flow and a relation are asked by id, then they come back as Records with their evidence, and an unknown id is null", async () => {
    const f = (await flows({}, null, 1)).edges[0]!.node.id;
    const rel = await h.run(`{ relations(filter: { types: [HEADS] }, first: 1) { edges { node { id } } } }`);
    const relId = (rel.data!.relations as { edges: { node: { id: string } }[] }).edges[0]!.node.id;
    for (const [id, type] of [[f, "FundingFlow"], [relId, "Relation"]] as const) {
      const r = await h.run(`query($id: ID!) { node(id: $id) { __typename ... on Record { id evidence { quote } } } }`, { id });
      const n = r.data!.node as { __typename: string; id: string; evidence: unknown[] };
      expect(n.__typename).toBe(type);
      expect(n.id).toBe(id);
      expect(n.evidence.length).toBeGreaterThan(0);
    }
    expect((await h.run(`{ node(id: "no:such:thing") { id } }`)).data).toEqual({ node: null });
  });
});

describe("relations and actors over periods and sources", () => {
  it("when an unknown relation type is asked, then validation names the valid values", async () => {
    const r = await h.run(`{ relations(filter: { types: [HEAD] }) { totalCount } }`);
    expect(r.errors?.[0]?.message).toMatch(/HEAD/);
    expect(r.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("when relations are asked during a range, then they include every relation valid on a day of it and none outside", async () => {
    const q = `query($f: RelationFilter) { relations(filter: $f, first: 100) { totalCount edges { node { id validity { knownFrom validTo } } } } }`;
    const during = await h.run(q, { f: { types: ["HEADS"], during: { from: "2009-01-01", to: "2009-12-31" } } });
    const day1 = await h.run(q, { f: { types: ["HEADS"], asOf: "2009-01-01" } });
    const day2 = await h.run(q, { f: { types: ["HEADS"], asOf: "2009-12-31" } });
    const ids = (x: typeof during) => (x.data!.relations as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);
    const range = new Set(ids(during));
    for (const id of [...ids(day1), ...ids(day2)]) expect(range.has(id)).toBe(true);
    const edges = (during.data!.relations as { edges: { node: { validity: { knownFrom: string | null; validTo: string | null } } }[] }).edges;
    expect(edges.every((e) => (e.node.validity.knownFrom ?? "") <= "2009-12-31" && (e.node.validity.validTo ?? "9999") >= "2009-01-01")).toBe(true);
  });

  it("when relations are asked by source, then each cites it", async () => {
    const r = await h.run(`{ relations(filter: { sourceId: "doc:hod-2011-samhandlingsreformen-gjennomfores" }, first: 100) { edges { node { evidence { source { id } } } } } }`);
    const edges = (r.data!.relations as { edges: { node: { evidence: { source: { id: string } }[] } }[] }).edges;
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => e.node.evidence.some((x) => x.source.id === "doc:hod-2011-samhandlingsreformen-gjennomfores"))).toBe(true);
  });

  it("when municipalities are asked during 2011–2024, then they are every municipality valid on some day of it: more than on either end", async () => {
    const count = async (filter: Record<string, unknown>) => ((await h.run(`query($f: ActorFilter) { actors(filter: $f) { totalCount } }`, { f: { kinds: ["MUNICIPALITY"], country: "NO", ...filter } })).data!.actors as { totalCount: number }).totalCount;
    const during = await count({ during: { from: "2011-01-01", to: "2024-12-31" } });
    const first = await count({ asOf: "2011-01-01" });
    const last = await count({ asOf: "2024-12-31" });
    expect(during).toBeGreaterThan(Math.max(first, last));
    expect(during).toBeLessThanOrEqual(first + last + 200);
  });
});

describe("changes, relation summaries and a source's records", () => {
  type Change = { date: string; type: string; record: { __typename: string; id: string } };
  const changes = async (during: { from: string; to: string }, kinds: string[] | null, first = 100, after: string | null = null) => {
    const r = await h.run(`query($d: DateRange!, $k: [ActorKind!], $n: Int, $a: String) { changes(during: $d, kinds: $k, first: $n, after: $a) { totalCount edges { node { date type record { __typename id } } } pageInfo { hasNextPage endCursor } } }`, { d: during, k: kinds, n: first, a: after });
    expect(r.errors).toBeUndefined();
    return r.data!.changes as { totalCount: number; edges: { node: Change }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
  };

  it("when the changes of 2012-01-01 are asked for municipalities, then the municipalities that began are exactly those valid that day and not the day before", async () => {
    const day = await changes({ from: "2012-01-01", to: "2012-01-01" }, ["MUNICIPALITY"]);
    expect(day.edges.every((e) => e.node.date === "2012-01-01")).toBe(true);
    const began = day.edges.filter((e) => e.node.type === "BEGAN" && e.node.record.__typename === "Municipality").map((e) => e.node.record.id).sort();
    const ids = async (asOf: string) => {
      const r = await h.run(`query($d: Date) { actors(filter: { kinds: [MUNICIPALITY], asOf: $d }, first: 100) { totalCount } }`, { d: asOf });
      expect(r.errors).toBeUndefined();
      return (r.data!.actors as { totalCount: number }).totalCount;
    };
    expect(began.length).toBeGreaterThan(0);
    // The merger of Inderøy and Mosvik: one municipality began, two had ended the day before.
    const ended = await changes({ from: "2011-12-31", to: "2011-12-31" }, ["MUNICIPALITY"]);
    const endedMunicipalities = ended.edges.filter((e) => e.node.type === "ENDED" && e.node.record.__typename === "Municipality").length;
    expect((await ids("2012-01-01")) - (await ids("2011-12-31"))).toBe(began.length - endedMunicipalities);
  });

  it("when changes are paged three at a time, then the pages make the same list as one page, in date order", async () => {
    const range = { from: "2011-06-01", to: "2012-06-30" };
    const whole = await changes(range, null, 100);
    const pages: Change[] = [];
    let after: string | null = null;
    for (;;) {
      const p = await changes(range, null, 3, after);
      pages.push(...p.edges.map((e) => e.node));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(pages.length).toBe(whole.totalCount);
    if (whole.totalCount <= 100) expect(pages).toEqual(whole.edges.map((e) => e.node));
    expect(pages.every((c, i) => i === 0 || pages[i - 1]!.date <= c.date)).toBe(true);
  });

  it("when relations are summed per county governor office on 2011-06-30, then the counts add up to the 430 municipalities, and each is the office's own count", async () => {
    const r = await h.run(`{ relationSummary(groupBy: SUBJECT, filter: { types: [SUPERVISES], asOf: "2011-06-30" }) { key label count actor { name } } }`);
    expect(r.errors).toBeUndefined();
    const buckets = r.data!.relationSummary as { key: string; label: string; count: number; actor: { name: string } }[];
    expect(buckets.reduce((s, b) => s + b.count, 0)).toBe(430);
    expect(buckets.every((b) => b.actor.name === b.label)).toBe(true);
    for (const b of buckets.slice(0, 3)) {
      const one = await h.run(`query($id: ID) { relations(filter: { types: [SUPERVISES], actorId: $id, asOf: "2011-06-30" }) { totalCount } }`, { id: b.key });
      expect((one.data!.relations as { totalCount: number }).totalCount).toBe(b.count);
    }
  });

  it("when a source's records are asked, then they are every flow, relation and actor that cites it, each with that source in its evidence", async () => {
    const id = "doc:hod-2011-samhandlingsreformen-gjennomfores";
    const r = await h.run(`query($id: ID!) { source(id: $id) { records(first: 100) { totalCount edges { node { __typename id evidence { source { id } } } } } }
      fundingFlows(filter: { sourceId: $id }) { totalCount } relations(filter: { sourceId: $id }) { totalCount } }`, { id });
    expect(r.errors).toBeUndefined();
    const d = r.data as { source: { records: { totalCount: number; edges: { node: { __typename: string; evidence: { source: { id: string } }[] } }[] } }; fundingFlows: { totalCount: number }; relations: { totalCount: number } };
    const recs = d.source.records.edges.map((e) => e.node);
    expect(recs.every((n) => n.evidence.some((e) => e.source.id === id))).toBe(true);
    const of = (t: (n: string) => boolean) => recs.filter((n) => t(n.__typename)).length;
    expect(of((t) => t === "FundingFlow")).toBe(d.fundingFlows.totalCount);
    expect(of((t) => t === "Relation")).toBe(d.relations.totalCount);
    expect(d.source.records.totalCount).toBe(recs.length);
  });

  it("when one batch of actors' flows mixes keys that set different conditions, then each key gets the answer it gets alone", async () => {
    const lists = {
      all: `fundingReceived(first: 50) { totalCount totals { value currency status } edges { node { id } } }`,
      y2012: `fundingReceived(first: 50, filter: { yearFrom: 2012, yearTo: 2012 }) { totalCount totals { value currency status } edges { node { id } } }`,
      allocated: `fundingReceived(first: 50, filter: { status: [ALLOCATED], currency: "NOK" }) { totalCount totals { value currency status } edges { node { id } } }`,
    };
    const ids = ["no:kommune:1201", "no:kommune:1102", "no:group:kommunene"];
    const together = await h.run(`{ ${ids.map((id, i) => `a${i}: actor(id: "${id}") { ${Object.entries(lists).map(([alias, l]) => `${alias}: ${l}`).join(" ")} }`).join(" ")} }`);
    expect(together.errors).toBeUndefined();
    let nonEmpty = 0;
    for (const [i, id] of ids.entries()) {
      for (const [alias, l] of Object.entries(lists)) {
        const alone = await h.run(`{ actor(id: "${id}") { ${l} } }`);
        const got = (together.data![`a${i}`] as Record<string, { totalCount: number }>)[alias]!;
        expect(got, `${id} ${alias}`).toEqual((alone.data!.actor as { fundingReceived: unknown }).fundingReceived);
        if (got.totalCount > 0) nonEmpty += 1;
      }
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(4);
  });

  it("when a list of records reads only what it selects, then each record's fields equal the record read whole through node(id), and the changes list agrees too", async () => {
    const fields = `__typename id ... on FundingFlow { amount { value currency } year status payer { id } retraction { reason } }
      ... on Relation { type category validity { validFrom validTo } subject { id name } retraction { reason } } ... on Actor { name kind validity { validFrom validTo } }`;
    const id = "doc:hod-2011-samhandlingsreformen-gjennomfores";
    const listed = await h.run(`query($id: ID!) { source(id: $id) { records(first: 100) { edges { node { ${fields} } } } } }`, { id });
    expect(listed.errors).toBeUndefined();
    const nodes = (listed.data!.source as { records: { edges: { node: { id: string; __typename: string } }[] } }).records.edges.map((e) => e.node);
    expect(new Set(nodes.map((n) => n.__typename)).size).toBeGreaterThanOrEqual(2);
    for (const n of nodes) {
      const whole = await h.run(`query($id: ID!) { node(id: $id) { ${fields} } }`, { id: n.id });
      expect(whole.data!.node, n.id).toEqual(n);
    }
    const changed = await h.run(`{ changes(during: { from: "2012-01-01", to: "2012-01-01" }, first: 20) { edges { node { record { ${fields} } } } } }`);
    expect(changed.errors).toBeUndefined();
    for (const { node } of (changed.data!.changes as { edges: { node: { record: { id: string } } }[] }).edges) {
      const whole = await h.run(`query($id: ID!) { node(id: $id) { ${fields} } }`, { id: node.record.id });
      expect(whole.data!.node, node.record.id).toEqual(node.record);
    }
  });
});

describe("the analyst examples, with their answers checked", () => {
  const run = async (file: string) => {
    const r = await h.run(fs.readFileSync(path.join(ROOT_DIR, "examples", file), "utf8"));
    expect(r.errors).toBeUndefined();
    // The answers' shapes are each example's own; each test reads what it checks.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return r.data as any;
  };

  it("flows above 100 million NOK come largest first", async () => {
    const d = await run("analyst-1-flows-above-100-million.graphql");
    const amounts = d.fundingFlows.edges.map((e: { node: { amount: { value: string } } }) => BigInt(e.node.amount.value));
    expect(amounts.length).toBeGreaterThan(0);
    expect(amounts.every((a: bigint, i: number) => a >= 100_000_000n && (i === 0 || amounts[i - 1] >= a))).toBe(true);
  });

  it("2012 money to Hordaland goes to its municipalities, with a total", async () => {
    const d = await run("analyst-2-hordaland-2012.graphql");
    expect(d.fundingFlows.edges.length).toBeGreaterThan(0);
    expect(d.fundingFlows.totals.length).toBeGreaterThan(0);
  });

  it("funding per county and year names both keys in every bucket", async () => {
    const d = await run("analyst-3-county-and-year.graphql");
    expect(d.fundingSummary.length).toBeGreaterThan(0);
    expect(d.fundingSummary.every((b: { keys: { groupBy: string }[] }) => b.keys.map((k) => k.groupBy).join() === "RECIPIENT_COUNTY,YEAR")).toBe(true);
  });

  it("the health ministers 2008–2015 include Strøm-Erichsen and Høie in Norway and ministers in Denmark", async () => {
    const d = await run("analyst-4-health-ministers.graphql");
    const names = (x: { edges: { node: { subject: { name: string } } }[] }) => x.edges.map((e) => e.node.subject.name);
    expect(names(d.norway)).toEqual(expect.arrayContaining(["Anne-Grete Strøm-Erichsen", "Bent Høie"]));
    expect(names(d.denmark).length + names(d.denmarkFrom2015).length).toBeGreaterThan(2);
  });

  it("all facts from one document are its flows and relations, and its records hold them all", async () => {
    const d = await run("analyst-5-one-document.graphql");
    expect(d.source.records.totalCount).toBeGreaterThanOrEqual(d.fundingFlows.totalCount + d.relations.totalCount);
  });

  it("Rogaland has 26 municipalities in 2012, each with at most three flows, largest first", async () => {
    const d = await run("analyst-6-rogaland-municipalities.graphql");
    expect(d.actor.relations.totalCount).toBe(26);
    for (const e of d.actor.relations.edges) {
      const a = e.node.subject.fundingReceived.edges.map((f: { node: { amount: { value: string } } }) => BigInt(f.node.amount.value));
      expect(a.length).toBeLessThanOrEqual(3);
      expect(a.every((x: bigint, i: number) => i === 0 || a[i - 1] >= x)).toBe(true);
    }
  });

  it("what changed on 2012-01-01 all happened that day", async () => {
    const d = await run("analyst-7-changes-2012-01-01.graphql");
    expect(d.changes.totalCount).toBeGreaterThan(0);
    expect(d.changes.edges.every((e: { node: { date: string } }) => e.node.date === "2012-01-01")).toBe(true);
  });

  it("the municipalities per county governor office on 2011-06-30 add up to 430", async () => {
    const d = await run("analyst-8-municipalities-per-office.graphql");
    expect(d.relationSummary.reduce((s: number, b: { count: number }) => s + b.count, 0)).toBe(430);
  });

  it("some recipients have more than one payer", async () => {
    const d = await run("analyst-9-recipients-and-payers.graphql");
    const payers = new Map<string, Set<string>>();
    for (const b of d.fundingSummary as { keys: { key: string }[] }[]) (payers.get(b.keys[0]!.key) ?? payers.set(b.keys[0]!.key, new Set()).get(b.keys[0]!.key)!).add(b.keys[1]!.key);
    expect([...payers.values()].filter((p) => p.size > 1).length).toBeGreaterThan(0);
  });
});
