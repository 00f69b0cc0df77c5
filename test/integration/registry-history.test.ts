import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorValidOn, recordValidOn } from "../../src/db/cypher-fragments.js";
import { createHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const csv = (file: string) => parse(fs.readFileSync(path.join(h.config.dataDir, "reference", file), "utf8"), { columns: true }) as Record<string, string>[];

// data/reference/README.md, "H.4 Cross-check: codes valid on 30 June of each year".
const PER_YEAR: [number, number, number][] = [
  [2008, 430, 19], [2009, 430, 19], [2010, 430, 19], [2011, 430, 19], [2012, 429, 19], [2013, 428, 19], [2014, 428, 19],
  [2015, 428, 19], [2016, 428, 19], [2017, 426, 19], [2018, 422, 18], [2019, 422, 18], [2020, 356, 11], [2021, 356, 11],
  [2022, 356, 11], [2023, 356, 11], [2024, 357, 15],
];

describe("the Norwegian registries over time", () => {
  it.each(PER_YEAR)("when municipalities and counties are counted on 30 June %i, then there are %i and %i", async (year, municipalities, counties) => {
    const { data } = await h.run<{ m: { totalCount: number }; c: { totalCount: number } }>(
      `query($d: Date) { m: actors(filter: { kinds: [MUNICIPALITY], country: NO, asOf: $d }) { totalCount }
                         c: actors(filter: { kinds: [COUNTY], country: NO, asOf: $d }) { totalCount } }`,
      { d: `${year}-06-30` },
    );
    expect([data!.m.totalCount, data!.c.totalCount]).toEqual([municipalities, counties]);
  });

  it("when any day from 2008 to 2024 on which something changed is read, then every municipality valid that day has exactly one county and one county governor office", async () => {
    const days = new Set<string>();
    for (let y = 2008; y <= 2024; y += 1) days.add(`${y}-01-01`).add(`${y}-06-30`).add(`${y}-12-31`);
    const rows = await h.db.read(`
      UNWIND $days AS day
      MATCH (m:Municipality {country: 'NO'}) WHERE ${actorValidOn("m", "day")}
      CALL (m, day) {
        OPTIONAL MATCH (m)-[l:LOCATED_IN]->(:County) WHERE ${recordValidOn("l", "day")}
        RETURN count(l) AS counties
      }
      CALL (m, day) {
        OPTIONAL MATCH (:CountyGovernor)-[s:SUPERVISES]->(m) WHERE ${recordValidOn("s", "day")}
        RETURN count(s) AS offices
      }
      WITH day, m, counties, offices WHERE counties <> 1 OR offices <> 1
      RETURN day, m.id AS id, counties, offices LIMIT 20`, { days: [...days] });
    expect(rows).toEqual([]);
  });

  it.each([
    ["2012-06-30", "no:kommune:1201", "Fylkesmannen i Hordaland"],
    ["2016-06-30", "no:kommune:1001", "Fylkesmannen i Aust- og Vest-Agder"],
    ["2018-06-30", "no:kommune:5001", "Fylkesmannen i Trøndelag"],
    ["2019-06-30", "no:kommune:0301", "Fylkesmannen i Oslo og Viken"],
    ["2020-06-30", "no:kommune:3025", "Fylkesmannen i Oslo og Viken"],
    ["2021-06-30", "no:kommune:4601", "Statsforvalteren i Vestland"],
    ["2022-06-30", "no:kommune:3025", "Statsforvalteren i Oslo og Viken"],
    ["2024-06-30", "no:kommune:3203", "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus"],
    ["2024-06-30", "no:kommune:5501", "Statsforvalteren i Troms og Finnmark"],
  ])("when asking on %s who supervised %s, then it is %s and only it", async (asOf, id, office) => {
    const { data } = await h.run<{ relations: { edges: { node: { subject: { name: string } } }[] } }>(
      `query($d: Date, $id: ID) { relations(filter: { types: [SUPERVISES], actorId: $id, asOf: $d }) { edges { node { subject { name } } } } }`,
      { d: asOf, id },
    );
    expect(data!.relations.edges.map((e) => e.node.subject.name)).toEqual([office]);
  });

  it("when a merger, a split and a rename are read, then each is a dated succession whose evidence is the table's row", async () => {
    const history = fs.readFileSync(path.join(h.config.dataDir, "reference/no_municipalities_history.csv"), "utf8").split("\n");
    const { data } = await h.run<{ bergen: { validity: { validFrom: string }; evidence: { quote: string; locator: string }[] }; alesund: { edges: { node: { subject: { id: string }; object: { id: string }; validity: { validFrom: string }; role: string } }[] }; snasa: { edges: { node: { type: string; role: string; validity: { validFrom: string } } }[] } }>(`{
      bergen: relation(id: "rel:succeeded-by:no:kommune:1201:no:kommune:4601") { validity { validFrom } evidence { quote locator } }
      alesund: relations(filter: { types: [SUCCEEDED_BY], actorId: "no:kommune:1507" }) { edges { node { subject { id } object { id } role validity { validFrom } } } }
      snasa: relations(filter: { types: [RENAMED], actorId: "no:kommune:1736" }) { edges { node { type role validity { validFrom } } } }
    }`);
    expect(data!.bergen.validity.validFrom).toBe("2020-01-01");
    const [quote] = data!.bergen.evidence;
    expect(history[Number(quote!.locator.replace("line ", "")) - 1]).toBe(quote!.quote);
    expect(quote!.quote).toMatch(/^1201,Bergen,12,/);
    expect(data!.alesund.edges.filter((e) => e.node.subject.id === "no:kommune:1507").map((e) => [e.node.object.id, e.node.role, e.node.validity.validFrom]).sort()).toEqual([
      ["no:kommune:1508", "split", "2024-01-01"], ["no:kommune:1580", "split", "2024-01-01"],
    ]);
    expect(data!.snasa.edges.map((e) => e.node)).toEqual([{ type: "RENAMED", role: "Snåsa → Snåase - Snåsa", validity: { validFrom: "2011-01-01" } }]);
  });

  it("when Oslo og Viken's office is read, then it ends the day before its renamed successor starts", async () => {
    const { data } = await h.run<{ a: { validity: { validTo: string } }; b: { validity: { validFrom: string } } }>(`{
      a: actor(id: "no:county-governor:statsforvalteren-i-oslo-og-viken") { validity { validTo } }
      b: actor(id: "no:county-governor:statsforvalteren-i-ostfold-buskerud-oslo-og-akershus") { validity { validFrom } }
    }`);
    expect([data!.a.validity.validTo, data!.b.validity.validFrom]).toEqual(["2023-12-31", "2024-01-01"]);
  });
});

/** The middle day of a term, as an ISO date. */
function midpoint(from: string, to: string | null): string {
  const a = Date.parse(from);
  const b = to ? Date.parse(to) : Date.parse("2024-12-31");
  return new Date(Math.floor((a + b) / 2 / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
}

describe("health ministers on every term", () => {
  const headsOn = async (country: "NO" | "DK", day: string) => {
    const { data } = await h.run<{ relations: { edges: { node: { subject: { name: string; country: string }; object: { kind: string; country: string } } }[] } }>(
      `query($d: Date) { relations(filter: { types: [HEADS], asOf: $d }, first: 100) { edges { node { subject { name country } object { kind country } } } } }`,
      { d: day },
    );
    return data!.relations.edges.map((e) => e.node).filter((n) => n.object.kind === "MINISTRY" && n.object.country === country).map((n) => n.subject.name);
  };

  it("when each Danish term of the history table is asked on its middle day, then its minister alone heads the health ministry", async () => {
    const terms = csv("dk_health_ministers_history.csv");
    expect(terms).toHaveLength(10);
    for (const t of terms) expect(await headsOn("DK", midpoint(t.valid_from!, t.valid_to || null)), `${t.name} ${t.valid_from}`).toEqual([t.name]);
  });

  it("when 2008-10-07 is asked, then the Danish minister is Jakob Axel Nielsen, not a later minister with an unknown start", async () => {
    expect(await headsOn("DK", "2008-10-07")).toEqual(["Jakob Axel Nielsen"]);
  });

  it("when each Norwegian term is asked on its middle day, then its minister alone heads the health ministry", async () => {
    const terms = csv("no_health_ministers.csv").filter((t) => /^\d{4}-\d{2}-\d{2}/.test(t.start_date!));
    expect(terms.length).toBeGreaterThan(5);
    for (const t of terms) {
      const end = /^\d{4}-\d{2}-\d{2}/.test(t.end_date ?? "") ? t.end_date!.slice(0, 10) : null;
      expect(await headsOn("NO", midpoint(t.start_date!.slice(0, 10), end)), `${t.name} ${t.start_date}`).toEqual([t.name]);
    }
  });
});

describe("open and unknown starts", () => {
  it("when a relation's start is not stated, then it matches from its earliest evidence and not before; an open registry start matches every earlier day", async () => {
    const [unknown] = await h.db.read(`
      MATCH (r:Relation) WHERE r.validFrom IS NULL AND r.knownFrom IS NOT NULL AND r.type <> 'HEADS'
      MATCH (r)-[:CITES]->(s:Source) WITH r, min(s.published) AS first
      RETURN r.id AS id, r.subjectId AS subject, r.type AS type, r.knownFrom AS knownFrom, first ORDER BY r.id LIMIT 1`);
    expect(unknown!.knownFrom).toBe(unknown!.first);
    const ask = async (id: string, type: string, day: string) => {
      const { data } = await h.run<{ relations: { edges: { node: { id: string; validity: { knownFrom: string | null; openStart: boolean } } }[] } }>(
        `query($a: ID, $t: RelationType!, $d: Date) { relations(filter: { actorId: $a, types: [$t], asOf: $d }, first: 100) { edges { node { id validity { knownFrom openStart } } } } }`,
        { a: id, t: type, d: day },
      );
      return data!.relations.edges.map((e) => e.node);
    };
    const dayBefore = new Date(Date.parse(unknown!.knownFrom as string) - 86_400_000).toISOString().slice(0, 10);
    expect((await ask(unknown!.subject as string, unknown!.type as string, dayBefore)).map((n) => n.id)).not.toContain(unknown!.id);
    expect((await ask(unknown!.subject as string, unknown!.type as string, unknown!.knownFrom as string)).map((n) => n.id)).toContain(unknown!.id);
    // Halden (0101) is in SSB's oldest version: its county and its office hold on any earlier day.
    const open = await ask("no:kommune:0101", "LOCATED_IN", "1990-01-01");
    expect(open).toEqual([{ id: "rel:located-in:no:kommune:0101:no:fylke:01", validity: { knownFrom: null, openStart: true } }]);
  });
});
