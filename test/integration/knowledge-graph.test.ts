import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parse } from "csv-parse/sync";
import { DataValidationError, emptyBatch } from "../../src/ingest/facts.js";
import { ensureLoaded, loadAll, LOAD_TIMEOUT_MS, readAll } from "../../src/ingest/load.js";
import { IngestRepository } from "../../src/ingest/ingest.repository.js";
import { silentLogger } from "../../src/logger.js";
import { startApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { Database } from "../../src/db/database.js";
import { createHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

/** A private copy of the data folder that a test may break. */
function copyData(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-data-"));
  fs.cpSync(h.config.dataDir, dir, { recursive: true });
  return dir;
}

describe("loading", () => {
  it("when everything is loaded a second time, then nothing is created, updated or removed and the counts are identical", async () => {
    const repo = new IngestRepository(h.db);
    const before = await repo.counts();
    const summary = await loadAll(h.db, h.config.dataDir, silentLogger);
    expect(await repo.counts()).toEqual(before);
    for (const f of summary.files) {
      for (const kind of [f.sources, f.actors, f.programmes, f.fundingFlows, f.relations]) {
        expect(kind.created, f.file).toBe(0);
        expect(kind.updated, f.file).toBe(0);
      }
      expect(f.removed, f.file).toBe(0);
    }
  });

  it("when a file's evidence section changes, then its next load replaces what the last one attached, and no other file's attachments move", async () => {
    const repo = new IngestRepository(h.db);
    const file = "curated/documents/998-test-attachments.yaml";
    const source = "doc:hod-2011-samhandlingsreformen-gjennomfores";
    const load = (quotes: string[]) => {
      const batch = emptyBatch(file);
      quotes.forEach((quote, i) => batch.attachments.push({ loc: { file, line: 2 + 3 * i, record: `evidence[${i}]` }, recordId: "no:association:ks", evidence: { sourceId: source, quote, locator: null } }));
      return repo.writeBatch(batch);
    };
    const attached = async () => (await h.db.read(`MATCH (:Actor {id: 'no:association:ks'})-[c:CITES]->() WHERE c.attachedBy = $file RETURN c.quote AS quote ORDER BY quote`, { file })).map((r) => r.quote);
    const before = await repo.counts();
    await load(["Departementet og KS har inngått en intensjonsavtale", "KS"]);
    expect(await attached()).toEqual(["Departementet og KS har inngått en intensjonsavtale", "KS"]);
    await load(["Departementet og KS"]);
    expect(await attached()).toEqual(["Departementet og KS"]);
    await load([]);
    expect(await attached()).toEqual([]);
    expect(await repo.counts()).toEqual(before);
    await h.db.write(`MATCH (f:LoadedFile {path: $file}) DELETE f`, { file });
  });

  it("when a record moves to another file, then the next load keeps it with what another file attached, and the new file owns it", async () => {
    const dir = copyData();
    const [a, b, c] = ["a", "b", "c"].map((x) => `curated/documents/996-test-move-${x}.yaml`) as [string, string, string];
    const write = (file: string, lines: string[]) => fs.writeFileSync(path.join(dir, file), [...lines, ""].join("\n"));
    const relation = ["relations:", "  - id: rel:test:moving", "    type: COOPERATES_WITH", "    category: COOPERATION", "    subject: no:association:ks", "    object: no:directorate:helsedirektoratet",
      "    evidence:", "      - source: doc:hod-2011-samhandlingsreformen-gjennomfores", '        quote: "Helsedirektoratet vil også ha en viktig rolle"'];
    write(a, relation);
    write(b, ["evidence:", "  - record: rel:test:moving", "    source: doc:hod-2011-samhandlingsreformen-gjennomfores", '    quote: "Departementet og KS"']);
    write(c, ["relations: []"]);
    const state = async () => {
      const rows = await h.db.read(`MATCH (r:Relation {id: 'rel:test:moving'})-[c:CITES]->() RETURN r.loadedFrom AS owner, c.quote AS quote, c.file AS file ORDER BY quote`);
      return { owner: rows[0]?.owner, evidence: rows.map((r) => `${r.quote as string} (${r.file as string})`) };
    };
    try {
      await loadAll(h.db, dir, silentLogger);
      expect(await state()).toEqual({ owner: a, evidence: [`Departementet og KS (${b})`, `Helsedirektoratet vil også ha en viktig rolle (${a})`] });
      // The relation moves from a to c; b, loaded between them, still attaches its quote.
      write(a, ["relations: []"]);
      write(c, relation);
      await loadAll(h.db, dir, silentLogger);
      expect(await state()).toEqual({ owner: c, evidence: [`Departementet og KS (${b})`, `Helsedirektoratet vil også ha en viktig rolle (${c})`] });
    } finally {
      await h.db.write(`MATCH (r:Relation {id: 'rel:test:moving'}) OPTIONAL MATCH (r)-[:SUBJECT]->(:Actor)-[p {recordId: r.id}]->(:Actor) DELETE p WITH DISTINCT r DETACH DELETE r`);
      await h.db.write(`MATCH (f:LoadedFile) WHERE f.path STARTS WITH 'curated/documents/996-test-move-' DELETE f`);
    }
  });

  it("when a file drops a record of every kind, then its next load removes each with its projections, and the graph is as before", async () => {
    const dir = copyData();
    const file = "curated/documents/995-test-remove.yaml";
    const write = (lines: string[]) => fs.writeFileSync(path.join(dir, file), [...lines, ""].join("\n"));
    const quote = "Regjeringen har i år satt av totalt 133 millioner kroner til samhandling ute i kommunene.";
    const evidence = ["    evidence:", "      - source: doc:test:remove", `        quote: "${quote}"`];
    const repo = new IngestRepository(h.db);
    const ids = ["doc:test:remove", "programme:test:remove", "no:body:test-remove", "flow:test:remove", "rel:test:remove"];
    const present = async () => (await h.db.read(`MATCH (n) WHERE n.id IN $ids RETURN n.id AS id ORDER BY id`, { ids })).map((r) => r.id);
    const projections = async () => (await h.db.read(`MATCH ()-[p]->() WHERE p.recordId IN $ids RETURN count(p) AS n`, { ids }))[0]!.n;
    await loadAll(h.db, dir, silentLogger);
    const before = await repo.counts();
    write([
      "sources:", "  - id: doc:test:remove", "    kind: DOCUMENT", '    title: "A test document"', "    publisher: Helse- og omsorgsdepartementet", '    published: "2011"',
      "    language: nb", "    file: documents/000_6501fc31acd92d74.txt", '    licence: "NLOD"',
      "programmes:", "  - id: programme:test:remove", "    name: A test programme", '    country: "NO"',
      "actors:", "  - id: no:body:test-remove", "    kind: BODY", "    name: A test body", '    country: "NO"', ...evidence,
      "funding:", "  - id: flow:test:remove", "    payer: no:body:test-remove", "    recipient: no:association:ks", "    amount: 1000", "    currency: NOK",
      "    flowType: GRANT", "    status: ALLOCATED", "    fiscalYear: 2011", "    programme: programme:test:remove", ...evidence,
      "relations:", "  - id: rel:test:remove", "    type: COOPERATES_WITH", "    category: COOPERATION", "    subject: no:body:test-remove", "    object: no:association:ks", ...evidence,
    ]);
    try {
      await loadAll(h.db, dir, silentLogger);
      expect(await present()).toEqual([...ids].sort());
      expect(await projections()).toBe(2);
      write(["relations: []"]);
      const summary = await loadAll(h.db, dir, silentLogger);
      expect(summary.files.find((f) => f.file === file)?.removed).toBe(5);
      expect(await present()).toEqual([]);
      expect(await projections()).toBe(0);
      expect(await repo.counts()).toEqual(before);
    } finally {
      await h.db.write(`MATCH (n) WHERE n.id IN $ids DETACH DELETE n`, { ids });
      await h.db.write(`MATCH (f:LoadedFile {path: $file}) DELETE f`, { file });
    }
  });

  it("when a curated file has a bad record, then the error names file, line, record and field, and nothing of that file is written", async () => {
    const dir = copyData();
    const file = "curated/documents/999-test-bad.yaml";
    fs.writeFileSync(
      path.join(dir, file),
      [
        "funding:",
        "  - id: flow:test:good-record",
        "    payer: no:ministry:hod",
        "    recipient: no:association:ks",
        "    amount: 4000000",
        "    currency: NOK",
        "    flowType: GRANT",
        "    status: ALLOCATED",
        "    evidence:",
        "      - source: doc:hod-2011-24-millioner-samhandling",
        '        quote: "4 millioner kroner er tildelt KS"',
        "  - id: flow:test:bad-record",
        "    payer: no:ministry:hod",
        "    recipient: no:ministry:does-not-exist",
        "    amount: -5",
        "    currency: NOK",
        "    flowType: GRANT",
        "    status: ALLOCATED",
        "    evidence:",
        "      - source: doc:hod-2011-24-millioner-samhandling",
        '        quote: "a sentence that the document does not contain"',
        "",
      ].join("\n"),
    );
    const before = await new IngestRepository(h.db).counts();
    const err = await loadAll(h.db, dir, silentLogger).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataValidationError);
    const msg = (err as Error).message;
    expect(msg).toContain(`${file}:15 funding[1] (flow:test:bad-record) field 'amount'`);
    const errors = (err as DataValidationError).errors.map(String);
    expect(errors.every((e) => e.startsWith(file))).toBe(true);
    expect(await new IngestRepository(h.db).counts()).toEqual(before);
    const { data } = await h.run(`{ fundingFlow(id: "flow:test:good-record") { id } }`);
    expect(data!.fundingFlow).toBeNull();
  });

  it("when a reference is unknown or a quote is not in its source, then each is reported with its field", async () => {
    const dir = copyData();
    const file = "curated/documents/999-test-refs.yaml";
    fs.writeFileSync(
      path.join(dir, file),
      [
        "relations:",
        "  - id: rel:test:unknown-object",
        "    type: MEMBER_OF",
        "    category: MEMBERSHIP",
        "    subject: no:association:ks",
        "    object: no:body:no-such-body",
        "    evidence:",
        "      - source: doc:hod-2011-samhandlingsreformen-gjennomfores",
        '        quote: "KS var aldri med i dette"',
        "",
      ].join("\n"),
    );
    const err = (await loadAll(h.db, dir, silentLogger).catch((e: unknown) => e)) as DataValidationError;
    const errors = err.errors.map(String);
    expect(errors).toContainEqual(expect.stringContaining(`${file}:2 relations[0] (rel:test:unknown-object) field 'object': refers to actor 'no:body:no-such-body'`));
    expect(errors).toContainEqual(expect.stringContaining("field 'evidence[0].quote': the quote does not stand verbatim"));
  });

  it("when a registry row has a malformed amount, then the error names the CSV file and line and that table is not written", async () => {
    const dir = copyData();
    const csv = path.join(dir, "reference/no_samhandling_2012_transfer_by_municipality.csv");
    const lines = fs.readFileSync(csv, "utf8").split("\n");
    lines[3] = lines[3]!.replace(/,(\d+),(\d+),(\d+),/, ",12a,$2,$3,");
    fs.writeFileSync(csv, lines.join("\n"));
    const err = (await loadAll(h.db, dir, silentLogger).catch((e: unknown) => e)) as DataValidationError;
    expect(err).toBeInstanceOf(DataValidationError);
    expect(err.errors.map(String)).toContainEqual(expect.stringMatching(/^reference\/no_samhandling_2012_transfer_by_municipality\.csv:4 row 3 field 'amount': amount '12a'/));
  });
});

/** Every amount the five documents state, with a fragment of the sentence that states it. */
const DOCUMENT_AMOUNTS: [string, string, string][] = [
  ["24300000", "NOK", "gir 24,3 millioner kroner til samhandling i kommunene"],
  ["133000000", "NOK", "satt av totalt 133 millioner kroner"],
  ["104000000", "NOK", "I juni ble 104 millioner kroner fordelt"],
  ["2000000", "NOK", "2 millioner kroner til etablering av et nasjonalt telefonnummer"],
  ["4000000", "NOK", "4 millioner kroner er tildelt KS"],
  ["95000000", "NOK", "Regjeringen bevilger 95 millioner kroner"],
  ["50000000", "NOK", "50 millioner for å bidra til økt samhandling"],
  ["40000000", "NOK", "40 millioner til målrettede samhandlings- og forebyggingstiltak"],
  ["5000000", "NOK", "5 millioner til samhandlingsprosjekter under «Opptrappingsplan for rusfeltet»"],
  ["5000000000", "NOK", "5 milliarder kroner foreslås flyttet fra staten til kommunene"],
  ["4200000000", "NOK", "Om lag 4,2 milliarder kroner foreslås overført fra sykehusene"],
  ["560000000", "NOK", "rundt 560 millioner kroner fra sykehusene"],
  ["260000000", "NOK", "om lag 260 millioner kroner"],
  ["580000000", "NOK", "til totalt 580 millioner kroner"],
  ["200000000", "NOK", "ytterligere 200 millioner kroner"],
  ["800000000", "DKK", "afsat 800 mio. kr. over 4 år"],
  ["200000000", "DKK", "pulje på 200 millioner kroner til nye og bedre læge- og sundhedshuse"],
  ["600000000", "DKK", "Resterende 600 mio. kr. udmøntes til foråret"],
  ["850000000", "DKK", "op mod 850 millioner kroner fra Finansloven 2018"],
];

describe("the five source documents", () => {
  it("when every document amount is looked up, then each is a funding flow citing the sentence that states it", async () => {
    const docFlows: { amount: { value: string; currency: string }; evidence: { quote: string; source: { kind: string } }[] }[] = [];
    for (const c of ["NOK", "DKK"]) {
      let after: string | null = null;
      do {
        const { data } = await h.run<{ fundingFlows: { edges: { cursor: string; node: (typeof docFlows)[0] }[] } }>(
          `query($c: String, $after: String) { fundingFlows(filter: { currency: $c }, first: 100, after: $after) { edges { cursor node { amount { value currency } evidence { quote source { kind } } } } pageInfo { endCursor hasNextPage } } }`,
          { c, after },
        );
        const conn = data!.fundingFlows as unknown as { edges: { node: (typeof docFlows)[0] }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
        docFlows.push(...conn.edges.map((e) => e.node).filter((n) => n.evidence.some((e) => e.source.kind === "DOCUMENT" && !e.quote.match(/^\d{4} /))));
        after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
      } while (after);
    }
    for (const [value, currency, fragment] of DOCUMENT_AMOUNTS) {
      const match = docFlows.find((f) => f.amount.value === value && f.amount.currency === currency && f.evidence.some((e) => e.quote.includes(fragment)));
      expect(match, `${value} ${currency} quoted with "${fragment}"`).toBeDefined();
    }
  });

  it("when a total's stated parts do not add up, then both are kept and the difference is reported", async () => {
    const { data } = await h.run(`{
      a: fundingFlow(id: "flow:no:2011:samhandling-133") { parts { id } partsTotal { value } partsDiscrepancy { value currency } }
      b: fundingFlow(id: "flow:no:2011:staten-kommunene-5mrd") { parts { id } partsDiscrepancy { value } }
      c: fundingFlow(id: "flow:no:2008:samhandling-95") { parts { id } partsDiscrepancy { value } }
    }`);
    expect(data!.a).toMatchObject({ partsTotal: { value: "134300000" }, partsDiscrepancy: { value: "-1300000", currency: "NOK" } });
    expect((data!.a as { parts: unknown[] }).parts).toHaveLength(4);
    expect(data!.b).toMatchObject({ partsDiscrepancy: { value: "240000000" } });
    expect(data!.c).toMatchObject({ partsDiscrepancy: { value: "0" } });
  });

  it("when a document states no date, then its derived date, precision and derivation are recorded", async () => {
    const { data } = await h.run(`{ source(id: "doc:hod-2011-samhandlingsreformen-gjennomfores") { published publishedPrecision publishedDerivation } }`);
    expect(data!.source).toMatchObject({ published: "2011-06-01", publishedPrecision: "MONTH" });
    expect((data!.source as { publishedDerivation: string }).publishedDerivation).toContain("23 June");
  });

  it("when the coordination group and the network are read, then their leaders and members are as the document states", async () => {
    const { data } = await h.run(`{
      group: actor(id: "no:body:koordineringsgruppen") { members { edges { node { id } } } relations(types: [LEADS], direction: INCOMING) { edges { node { subject { id } role } } } }
      network: actor(id: "no:body:nasjonalt-nettverk") { members { totalCount edges { node { id } } } relations(types: [LEADS], direction: INCOMING) { edges { node { subject { id } } } } }
      agreement: relations(filter: { types: [AGREEMENT_WITH] }) { edges { node { subject { id } object { id } } } }
    }`);
    const ids = (c: { edges: { node: { id: string } }[] }) => c.edges.map((e) => e.node.id).sort();
    const g = data!.group as { members: { edges: { node: { id: string } }[] }; relations: { edges: { node: { subject: { id: string } } }[] } };
    expect(ids(g.members)).toEqual(["no:association:ks", "no:directorate:helsedirektoratet", "no:group:flere-departementer", "no:group:fylkesmennene", "no:group:regionale-helseforetak"]);
    expect(g.relations.edges.map((e) => e.node.subject.id)).toEqual(["no:ministry:hod"]);
    const n = data!.network as typeof g;
    expect(ids(n.members)).toEqual([
      "no:association:ks",
      "no:county-governor:fylkesmannen-i-hordaland",
      "no:county-governor:fylkesmannen-i-oslo-og-akershus",
      "no:county-governor:fylkesmannen-i-sor-trondelag",
      "no:county-governor:fylkesmannen-i-troms",
      "no:directorate:helsedirektoratet",
      "no:group:fylkesmennene",
      "no:group:regionale-helseforetak",
      "no:ministry:kunnskapsdepartementet",
    ]);
    expect(n.relations.edges.map((e) => e.node.subject.id)).toEqual(["no:person:tor-am"]);
    expect(data!.agreement).toEqual({ edges: [{ node: { subject: { id: "no:ministry:hod" }, object: { id: "no:association:ks" } } }] });
  });
});

describe("reference registries", () => {
  it.each([
    ["2008-10-07", "Bjarne Håkon Hanssen"],
    ["2011-06-23", "Anne-Grete Strøm-Erichsen"],
  ])("when asking who headed HOD on %s, then it is %s and only them", async (asOf, name) => {
    const { data } = await h.run(`query($d: Date) { relations(filter: { types: [HEADS], actorId: "no:ministry:hod", asOf: $d }) { edges { node { subject { name } evidence { source { id } } } } } }`, { d: asOf });
    const edges = (data!.relations as { edges: { node: { subject: { name: string }; evidence: unknown[] } }[] }).edges;
    expect(edges.map((e) => e.node.subject.name)).toEqual([name]);
    expect(edges[0]!.node.evidence.length).toBeGreaterThan(0);
  });

  it("when each health trust with a known owner is read, then its owning RHF is the one the registry names", async () => {
    const rows = parse(fs.readFileSync(path.join(h.config.dataDir, "reference/no_health_trusts.csv"), "utf8"), { columns: true }) as Record<string, string>[];
    const withOwner = rows.filter((r) => r.type!.startsWith("HF") && r.parent_rhf_orgnr);
    expect(withOwner.length).toBe(23);
    const rels = await h.db.read(
      `MATCH (rhf:RegionalHealthTrust)-[:OWNS]->(hf:HealthTrust) RETURN hf.officialId AS hf, rhf.officialId AS rhf`,
    );
    const owner = new Map(rels.map((r) => [r.hf as string, r.rhf as string]));
    for (const r of withOwner) expect(owner.get(r.orgnr!), r.name_in_ssb_kostra_list).toBe(r.parent_rhf_orgnr);
  });

  it("when a trust registered in capitals is named, then its small words stay small ('Helse Møre og Romsdal HF')", async () => {
    const rows = await h.db.read(`MATCH (a:HealthTrust {officialId: '997005562'}) RETURN a.name AS name`);
    expect(rows.map((r) => r.name)).toEqual(["Helse Møre og Romsdal HF"]);
  });

  it("when the 2012 KRD transfers are summed, then they equal the published table for the 11 counties", async () => {
    const { data } = await h.run(`{ fundingFlows(filter: { payerId: "no:ministry:krd", yearFrom: 2012, yearTo: 2012 }) { totalCount totals { value currency } } }`);
    // README: col1 3 838 760 + col2 201 325 thousand NOK over 224 municipalities.
    expect(data!.fundingFlows).toMatchObject({ totals: [{ value: String((3_838_760 + 201_325) * 1000), currency: "NOK" }] });
  });
});

describe("registry cross-checks", () => {
  it("when a snapshot and the history disagree, or a reform leaves a municipality without an office, then loading names the file and line and writes nothing", () => {
    const dir = copyData();
    const snapshot = path.join(dir, "reference/no_municipalities_2024.csv");
    fs.writeFileSync(snapshot, fs.readFileSync(snapshot, "utf8").split("\n").filter((l) => !l.startsWith("4601,")).join("\n"));
    const offices = path.join(dir, "reference/no_county_governor_offices.csv");
    fs.writeFileSync(offices, fs.readFileSync(offices, "utf8").replace("Statsforvalteren i Vestland,2021-01-01,", "Statsforvalteren i Vestland,2021-02-01,"));
    const errors = [...readAll(dir).errors.get("reference/no_municipalities_history.csv")!].map(String);
    const bergen = fs.readFileSync(path.join(dir, "reference/no_municipalities_history.csv"), "utf8").split("\n").findIndex((l) => l.startsWith("4601,")) + 1;
    expect(errors).toContain(`reference/no_municipalities_history.csv:${bergen} row ${bergen - 1} field 'code': 4601 is valid on 2024-06-30 but missing from reference/no_municipalities_2024.csv`);
    expect(errors.some((e) => /4601 \(county 46\) has 0 county governor offices on 2021-01-01: none/.test(e))).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe("quote locators", () => {
  it("when every quote of a document or table is read, then it has its line and offsets and text.slice(start, end) is the quote", async () => {
    const rows = await h.db.read(`
      MATCH (n)-[c:CITES]->(s:Source) WHERE s.file IS NOT NULL AND c.retraction IS NULL
      RETURN s.file AS file, c.quote AS quote, c.start AS start, c.end AS end, c.line AS line, c.locator AS locator`);
    const documents = rows.filter((r) => (r.file as string).startsWith("documents/"));
    expect(documents.length).toBeGreaterThanOrEqual(54);
    const texts = new Map<string, string>();
    for (const r of rows) {
      const file = r.file as string;
      if (!texts.has(file)) texts.set(file, fs.readFileSync(path.join(h.config.dataDir, file), "utf8"));
      const text = texts.get(file)!;
      expect(r.start, `${file}: ${r.quote as string}`).not.toBeNull();
      expect(text.slice(r.start as number, r.end as number)).toBe(r.quote);
      expect(text.slice(0, r.start as number).split("\n").length).toBe(r.line);
      expect(r.locator).toMatch(/^line \d+/);
    }
    const { data } = await h.run<{ relation: { evidence: { quote: string; start: number; end: number; line: number }[] } }>(
      `{ relation(id: "rel:succeeded-by:no:kommune:1201:no:kommune:4601") { evidence { quote start end line } } }`);
    const [ev] = data!.relation.evidence;
    expect(texts.get("reference/no_municipalities_history.csv")!.slice(ev!.start, ev!.end)).toBe(ev!.quote);
  });
});

describe("facts read again at their source", () => {
  it("when the coordination group, the strengthened offices and the network's advice are read, then each is a record of its own with the sentence that states it", async () => {
    const { data } = await h.run<{ members: { edges: { node: { subject: { id: string } } }[] }; strengthens: { edges: { node: { object: { name: string }; quantity: { value: number; unit: string }; validity: { validFrom: string } } }[] }; advises: { edges: { node: { object: { id: string } } }[] }; unit: { edges: { node: { object: { id: string } } }[] } }>(`{
      members: relations(filter: { types: [MEMBER_OF], actorId: "no:body:koordineringsgruppen" }) { edges { node { subject { id } } } }
      strengthens: relations(filter: { types: [STRENGTHENS], actorId: "no:ministry:hod" }) { edges { node { object { name } quantity { value unit } validity { validFrom } } } }
      advises: relations(filter: { types: [ADVISES], actorId: "no:body:nasjonalt-nettverk" }) { edges { node { object { id } } } }
      unit: relations(filter: { types: [SUBORDINATE_TO], actorId: "no:organisation:omstillingsenheten" }) { edges { node { object { id } } } }
    }`);
    expect(data!.members.edges.map((e) => e.node.subject.id)).toContain("no:group:flere-departementer");
    expect(data!.strengthens.edges.map((e) => e.node.object.name).sort()).toEqual(["Fylkesmannen i Hordaland", "Fylkesmannen i Oslo og Akershus", "Fylkesmannen i Sør-Trøndelag", "Fylkesmannen i Troms"]);
    for (const e of data!.strengthens.edges) expect([e.node.quantity, e.node.validity.validFrom]).toEqual([{ value: 1, unit: "FTE" }, "2011-06-01"]);
    expect(data!.advises.edges.map((e) => e.node.object.id).sort()).toEqual(["no:group:kommunene", "no:group:sykehusene", "no:group:utdanningsinstitusjoner"]);
    expect(data!.unit.edges.map((e) => e.node.object.id)).toEqual(["no:organisation:fagforbundet"]);
  });

  it("when the 95 million, the 5 billion and the 580 million are read, then their status and year follow the text, and the 580's parts add up", async () => {
    const { data } = await h.run<Record<string, { status: string; fiscalYear: number | null; partsDiscrepancy: unknown; parts: { amount: { value: string } }[] }>>(`{
      f95: fundingFlow(id: "flow:no:2008:samhandling-95") { status fiscalYear partsDiscrepancy { value } parts { amount { value } } }
      f5: fundingFlow(id: "flow:no:2011:staten-kommunene-5mrd") { status fiscalYear partsDiscrepancy { value } parts { amount { value } } }
      f580: fundingFlow(id: "flow:no:2011:samhandling-580") { status fiscalYear partsDiscrepancy { value } parts { amount { value } } }
    }`);
    expect([data!.f95!.status, data!.f95!.fiscalYear]).toEqual(["PROPOSED", 2009]);
    expect([data!.f5!.status, data!.f5!.fiscalYear]).toEqual(["PROPOSED", 2012]);
    expect(data!.f580!.parts.map((p) => p.amount.value).sort()).toEqual(["200000000", "380000000"]);
    expect(data!.f580!.partsDiscrepancy).toEqual({ value: "0" });
  });
});

// In this file, beside the other full loads: loads of the shared graph must not run side by side.
describe("a newcomer's first start", () => {
  it("when a load was interrupted, then /health says loading, never ok, and the next start finishes it; a finished load of the same data is left alone", async () => {
    const repo = new IngestRepository(h.db);
    // Earlier tests here load broken copies of the data, which leave the graph "incomplete".
    await loadAll(h.db, h.config.dataDir, silentLogger);
    expect(await ensureLoaded(h.db, h.config.dataDir, silentLogger)).toBe("up to date");
    await h.db.write(`MATCH (s:LoadState {id: 'graph'}) SET s.status = 'loading', s.filesDone = 3`);
    const health = async () => {
      // Each call below is a new app, so no cached answer hides the state.
      const a = await startApp(loadConfig({ NODE_ENV: "test", NEO4J_URI: inject("neo4jUri"), PORT: "0", HOST: "127.0.0.1" }), h.db, silentLogger);
      try {
        const r = await fetch(`http://127.0.0.1:${a.port}/health`);
        return { status: r.status, body: (await r.json()) as { status: string; graph: { filesDone: number } } };
      } finally {
        await a.stop();
      }
    };
    const during = await health();
    expect([during.status, during.body.status, during.body.graph.filesDone]).toEqual([503, "loading", 3]);
    const before = await repo.counts();
    expect(await ensureLoaded(h.db, h.config.dataDir, silentLogger)).toBe("loaded");
    expect(await repo.counts()).toEqual(before);
    expect((await repo.loadState())!.status).toBe("complete");
    expect((await health()).status).toBe(200);
  });

  it("when the graph is loaded, then every load transaction runs with the load's own timeout, not the request timeout", async () => {
    const config = loadConfig({ NODE_ENV: "test", NEO4J_URI: inject("neo4jUri") });
    const timeouts: (number | undefined)[] = [];
    class RecordingDatabase extends Database {
      override writeTransaction<T>(work: Parameters<Database["writeTransaction"]>[0], opts: Parameters<Database["writeTransaction"]>[1] = {}): Promise<T> {
        timeouts.push(opts.timeoutMs);
        return super.writeTransaction(work, opts) as Promise<T>;
      }
    }
    const recording = new RecordingDatabase({ ...config.neo4j, uri: config.neo4j.uri! }, silentLogger, { timeoutMs: config.limits.queryTimeoutMs });
    try {
      await loadAll(recording, h.config.dataDir, silentLogger);
    } finally {
      await recording.close();
    }
    expect(timeouts.length).toBeGreaterThan(5);
    expect(new Set(timeouts)).toEqual(new Set([LOAD_TIMEOUT_MS]));
    expect(LOAD_TIMEOUT_MS).toBeGreaterThan(config.limits.queryTimeoutMs * 10);
  });
});
