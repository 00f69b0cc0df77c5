import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { MultiDirectedGraph, MultiGraph } from "graphology";
import { parse as parseGraphml } from "graphology-graphml";
import { parse as parseGexf } from "graphology-gexf";
import cytoscape from "cytoscape";
import { parse as parseCsv } from "csv-parse/sync";
import { ROOT_DIR, loadConfig } from "../../src/config.js";
import { Database } from "../../src/db/database.js";
import { startApp, type App } from "../../src/app.js";
import { silentLogger } from "../../src/logger.js";
import { createHarness, type Harness } from "../helpers/harness.js";

let app: App;
let db: Database;
let h: Harness;
let base: string;
let expected: { nodes: number; edges: number };
const QUERY = "seed=no:ministry:hod&depth=2";

beforeAll(async () => {
  const config = loadConfig({ NODE_ENV: "test", NEO4J_URI: inject("neo4jUri"), PORT: "0", HOST: "127.0.0.1" });
  db = new Database({ ...config.neo4j, uri: config.neo4j.uri! }, silentLogger);
  app = await startApp(config, db, silentLogger);
  base = `http://127.0.0.1:${app.port}`;
  h = await createHarness();
  const { data } = await h.run(`{ neighbourhood(ids: ["no:ministry:hod"], depth: 2, limit: 2000) { truncated nodes { id } edges { id } } }`);
  const sg = data!.neighbourhood as { truncated: boolean; nodes: unknown[]; edges: unknown[] };
  expect(sg.truncated).toBe(false);
  expected = { nodes: sg.nodes.length, edges: sg.edges.length };
  expect(expected.edges).toBeGreaterThan(10);
});
afterAll(async () => {
  await app.stop();
  await db.close();
  await h.close();
});

async function download(format: string, query = QUERY): Promise<{ text: string; res: Response }> {
  const res = await fetch(`${base}/export/${format}?${query}`);
  expect(res.status, await res.clone().text().then((t) => t.slice(0, 300))).toBe(200);
  return { text: await res.text(), res };
}

describe("GET /export/{format}", () => {
  it("when GraphML is downloaded, then graphology-graphml reads the same nodes, edges and typed attributes", async () => {
    const { text, res } = await download("graphml");
    expect(res.headers.get("content-type")).toContain("application/graphml+xml");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="subgraph.graphml"');
    expect(res.headers.get("transfer-encoding")).toBe("chunked");
    const g = parseGraphml(MultiDirectedGraph, text);
    expect(g.order).toBe(expected.nodes);
    expect(g.size).toBe(expected.edges);
    expect(g.getNodeAttribute("no:ministry:hod", "kind")).toBe("MINISTRY");
    const flow = g.edges().find((e) => g.getEdgeAttribute(e, "type") === "FUNDS")!;
    expect(typeof g.getEdgeAttribute(flow, "amount")).toBe("number");
    expect(g.getEdgeAttribute(flow, "currency")).toBe("NOK");
  });

  it("when GEXF is downloaded, then graphology-gexf reads the same graph and validity is written as spells", async () => {
    const { text } = await download("gexf");
    const g = parseGexf(MultiDirectedGraph, text);
    expect(g.order).toBe(expected.nodes);
    expect(g.size).toBe(expected.edges);
    expect(g.getNodeAttribute("no:ministry:hod", "label")).toBe("Helse- og omsorgsdepartementet");
    expect(text).toContain('mode="dynamic" timeformat="date"');
    expect(text).toMatch(/<node id="no:ministry:hod"[^>]*>.*<spells><spell start="2004-10-01"\/><\/spells><\/node>/);
  });

  it("when JGF, Cytoscape and graphology JSON are downloaded, then their own readers see the same graph", async () => {
    const jgf = JSON.parse((await download("jgf")).text);
    expect(Object.keys(jgf.graph.nodes)).toHaveLength(expected.nodes);
    expect(jgf.graph.edges).toHaveLength(expected.edges);
    expect(jgf.graph.metadata.counts).toEqual(expected);

    const cy = cytoscape({ headless: true, elements: JSON.parse((await download("cytoscape")).text).elements });
    expect(cy.nodes().length).toBe(expected.nodes);
    expect(cy.edges().length).toBe(expected.edges);
    expect(cy.getElementById("no:ministry:hod").data("name")).toBe("Helse- og omsorgsdepartementet");

    const g = new MultiDirectedGraph();
    g.import(JSON.parse((await download("graphology")).text));
    expect(g.order).toBe(expected.nodes);
    expect(g.size).toBe(expected.edges);
    expect(g.getNodeAttribute("no:ministry:hod", "aliases")).toContain("HOD");
  });

  it("when the CSVs and the data package are downloaded, then a CSV parser reads the rows the package describes", async () => {
    const nodes = parseCsv((await download("csv-nodes")).text, { columns: true }) as Record<string, string>[];
    const edges = parseCsv((await download("csv-edges")).text, { columns: true }) as Record<string, string>[];
    const pkg = JSON.parse((await download("datapackage")).text);
    expect(nodes).toHaveLength(expected.nodes);
    expect(edges).toHaveLength(expected.edges);
    expect(pkg.resources.map((r: { schema: { fields: { name: string }[] } }) => r.schema.fields.map((f) => f.name))).toEqual([Object.keys(nodes[0]!), Object.keys(edges[0]!)]);
    const ids = new Set(nodes.map((n) => n.id));
    for (const e of edges) expect(ids.has(e.source!) && ids.has(e.target!)).toBe(true);
    const withQuote = edges.find((e) => e.type === "LEADS" && e.source === "no:ministry:hod")!;
    expect(withQuote.quotes).toContain("Departementsråden i Helse- og omsorgsdepartementet");
  });

  it("when neo4j-admin files are downloaded, then they carry the import headers and every row", async () => {
    const nodes = parseCsv((await download("neo4j-admin-nodes")).text, { columns: true }) as Record<string, string>[];
    const rels = parseCsv((await download("neo4j-admin-relationships")).text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(nodes[0]!)).toContain("id:ID");
    expect(Object.keys(rels[0]!).slice(0, 3)).toEqual([":START_ID", ":END_ID", ":TYPE"]);
    expect(nodes).toHaveLength(expected.nodes);
    expect(rels).toHaveLength(expected.edges);
    expect(nodes.find((n) => n["id:ID"] === "no:ministry:hod")![":LABEL"]).toBe("Actor;Ministry");
  });

  it("when a name could run as a spreadsheet formula or holds characters XML forbids, then CSVs defuse it and XML formats stay readable", async () => {
    const names = ["=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0", "@SUM(1)", "\tTab", "Bad\uFFFEchar\u0001here"];
    const ids = names.map((_n, i) => `no:organisation:test-hostile-${i}`);
    await h.db.write(`UNWIND $rows AS row CREATE (a:Actor:Organisation {id: row.id, kind: 'ORGANISATION', name: row.name, aliases: [], country: 'NO', searchText: row.id})`, { rows: names.map((name, i) => ({ id: ids[i], name })) });
    try {
      const query = `${ids.map((id) => `seed=${encodeURIComponent(id)}`).join("&")}&depth=0`;
      const nodes = parseCsv((await download("csv-nodes", query)).text, { columns: true }) as Record<string, string>[];
      expect(nodes.map((n) => n.name)).toEqual(["'=HYPERLINK(\"http://x\",\"y\")", "'+1+cmd|' /C calc'!A0", "'@SUM(1)", "'\tTab", "Bad\uFFFEchar\u0001here"]);
      const admin = parseCsv((await download("neo4j-admin-nodes", query)).text, { columns: true }) as Record<string, string>[];
      expect(admin.map((n) => n.name).slice(0, 3)).toEqual(["'=HYPERLINK(\"http://x\",\"y\")", "'+1+cmd|' /C calc'!A0", "'@SUM(1)"]);
      for (const format of ["graphml", "gexf"]) {
        const { text } = await download(format, query);
        expect(text.includes("\uFFFE") || text.includes("\u0001")).toBe(false);
        // graphology-gexf refuses a directed graph class for this edge-less file, so it is read into a mixed one.
        const g = format === "graphml" ? parseGraphml(MultiDirectedGraph, text) : parseGexf(MultiGraph, text);
        expect(g.order, format).toBe(names.length);
        expect(g.getNodeAttribute(ids[4]!, "label") ?? g.getNodeAttribute(ids[4]!, "name")).toBe("Badcharhere");
      }
    } finally {
      await h.db.write(`MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a`, { ids });
    }
  });

  it("when tables are described, then dates are typed as dates in the data package and the neo4j-admin headers", async () => {
    const pkg = JSON.parse((await download("datapackage")).text) as { resources: { schema: { fields: { name: string; type: string }[] } }[] };
    for (const r of pkg.resources) expect(r.schema.fields.filter((f) => f.name.startsWith("valid")).map((f) => f.type)).toEqual(["date", "date"]);
    const header = (await download("neo4j-admin-nodes")).text.split("\n")[0]!;
    expect(header).toContain("validFrom:date,validTo:date");
    expect((await download("neo4j-admin-relationships")).text.split("\n")[0]).toContain("validFrom:date,validTo:date");
  });

  it("when the manifest is downloaded, then it lists the query, counts, data version and the sources cited", async () => {
    const m = JSON.parse((await download("manifest")).text);
    expect(m.query).toEqual({ seeds: ["no:ministry:hod"], depth: 2, types: null, asOf: null });
    expect(m.counts).toEqual(expected);
    expect(m.dataVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(m.sources.map((s: { id: string }) => s.id)).toContain("doc:hod-2011-samhandlingsreformen-gjennomfores");
    expect(m.sources.every((s: { title: string }) => s.title.length > 0)).toBe(true);
    expect(m.licence).toContain("NLOD");
  });

  it("when a funding filter defines the subgraph, then the edges are exactly the matching flows", async () => {
    const g = parseGraphml(MultiDirectedGraph, (await download("graphml", "payerId=no:body:regjeringen")).text);
    const { data } = await h.run(`{ fundingFlows(filter: { payerId: "no:body:regjeringen" }) { totalCount } }`);
    expect(g.size).toBe((data!.fundingFlows as { totalCount: number }).totalCount);
    expect(g.edges().every((e) => g.getEdgeAttribute(e, "type") === "FUNDS")).toBe(true);
  });

  it("when the format comes from the Accept header, then GEXF is served", async () => {
    const res = await fetch(`${base}/export?${QUERY}`, { headers: { accept: "application/gexf+xml" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("gexf");
    await res.text();
  });

  it("when the definition is ambiguous or the format unknown, then the error says what to fix", async () => {
    const a = await fetch(`${base}/export/gexf?seed=no:ministry:hod&all=true`);
    expect(a.status).toBe(400);
    expect(await a.json()).toMatchObject({ argument: "query" });
    const b = await fetch(`${base}/export/xlsx?${QUERY}`);
    expect(b.status).toBe(404);
    expect(JSON.stringify(await b.json())).toContain("/export/gexf");
    const c = await fetch(`${base}/export/gexf?seed=no:ministry:hod&depth=9`);
    expect(c.status).toBe(400);
    expect(await c.json()).toMatchObject({ argument: "query.depth" });
  });
});

describe("exportSubgraph (GraphQL)", () => {
  it("when a small subgraph is exported, then content, manifest and the download path come back", async () => {
    const { data, errors } = await h.run(`{ exportSubgraph(format: CYTOSCAPE, subgraph: { seeds: ["no:ministry:hod"], depth: 2 }) { contentType fileName content downloadUrl manifest { nodeCount edgeCount sources { id title } } } }`);
    expect(errors).toBeUndefined();
    const x = data!.exportSubgraph as { content: string; downloadUrl: string; manifest: { nodeCount: number; edgeCount: number; sources: unknown[] } };
    expect(x.manifest).toMatchObject({ nodeCount: expected.nodes, edgeCount: expected.edges });
    expect(cytoscape({ headless: true, elements: JSON.parse(x.content).elements }).edges().length).toBe(expected.edges);
    expect(x.downloadUrl).toBe("/export/cytoscape?seed=no%3Aministry%3Ahod&depth=2");
  });

  it("when depth is 0, then the export holds the seeds alone and the edges between them", async () => {
    const { data, errors } = await h.run(`{ exportSubgraph(format: JGF, subgraph: { seeds: ["no:ministry:hod", "no:person:anne-grete-strom-erichsen"], depth: 0 }) { manifest { nodeCount edgeCount } } }`);
    expect(errors).toBeUndefined();
    const { manifest } = data!.exportSubgraph as { manifest: { nodeCount: number; edgeCount: number } };
    expect(manifest.nodeCount).toBe(2);
    // She headed the ministry: an edge between the two seeds.
    expect(manifest.edgeCount).toBeGreaterThanOrEqual(1);
  });

  it("when a seeded export is asked for a date, then actors not valid that day are left out, as in an export of everything", async () => {
    const ids = async (q: string) => (parseCsv((await download("csv-nodes", q)).text, { columns: true }) as { id: string }[]).map((n) => n.id);
    expect(await ids("seed=no:ministry:hod&depth=2")).toContain("no:ministry:helsedepartementet");
    const dated = await ids("seed=no:ministry:hod&depth=2&asOf=2011-06-23");
    expect(dated).not.toContain("no:ministry:helsedepartementet");
    expect(dated).toContain("no:ministry:hod");
    expect(await ids("all=true&asOf=2011-06-23")).not.toContain("no:ministry:helsedepartementet");
  });

  it("when a selector names no actor, no relation type or a badly encoded format, then the answer is a 400 that says which", async () => {
    const seed = await fetch(`${base}/export/gexf?seed=no:ministry:nowhere&depth=1`);
    expect([seed.status, await seed.json()]).toEqual([400, { error: expect.stringMatching(/'no:ministry:nowhere', which is no actor/), argument: "query.seeds" }]);
    const types = await fetch(`${base}/export/gexf?seed=no:ministry:hod&types=FOO`);
    expect([types.status, ((await types.json()) as { argument: string }).argument]).toEqual([400, "query.types"]);
    const enc = await fetch(`${base}/export/%ZZ?seed=no:ministry:hod`);
    expect(enc.status).toBe(400);
    const { errors } = await h.run(`{ exportSubgraph(format: GEXF, subgraph: { seeds: ["no:nowhere"] }) { fileName } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: "subgraph.seeds" });
  });

  it("when both seeds and all are given, then BAD_USER_INPUT names the argument", async () => {
    const { errors } = await h.run(`{ exportSubgraph(format: GEXF, subgraph: { seeds: ["no:ministry:hod"], all: true }) { fileName } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentPath: "subgraph" });
  });
});

describe("npm run export", () => {
  it("when the CLI exports a CSV bundle, then it writes nodes, edges, data package and manifest", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "kg-export-"));
    const { stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", path.join(ROOT_DIR, "src/cli/export.ts"), "--format", "csv", "--seed", "no:ministry:hod", "--depth", "2", "--out", out], {
      env: { ...process.env, NEO4J_URI: inject("neo4jUri") },
      cwd: ROOT_DIR,
    });
    expect(stderr).toContain(`exporting ${expected.nodes} nodes and ${expected.edges} edges`);
    expect(fs.readdirSync(out).sort()).toEqual(["datapackage.json", "edges.csv", "manifest.json", "nodes.csv"]);
    expect(parseCsv(fs.readFileSync(path.join(out, "edges.csv"), "utf8"), { columns: true })).toHaveLength(expected.edges);
  });

  it("when the CLI gets an unknown seed or a bad date, then it exits 2 and names its own flag", async () => {
    const run = (args: string[]) => promisify(execFile)(process.execPath, ["--import", "tsx", path.join(ROOT_DIR, "src/cli/export.ts"), "--format", "gexf", "--out", path.join(os.tmpdir(), "kg-x.gexf"), ...args], {
      env: { ...process.env, NEO4J_URI: inject("neo4jUri") },
      cwd: ROOT_DIR,
    }).then(() => ({ code: 0, stderr: "" }), (e: { code: number; stderr: string }) => e);
    const unknown = await run(["--seed", "no:ministry:nowhere"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^'--seed' names 'no:ministry:nowhere', which is no actor/m);
    const date = await run(["--seed", "no:ministry:hod", "--as-of", "June"]);
    expect(date.code).toBe(2);
    expect(date.stderr).toMatch(/^'--as-of' must be a date/);
  });

  it("when the CLI gets no subgraph, then it exits 2 with the usage", async () => {
    const err = await promisify(execFile)(process.execPath, ["--import", "tsx", path.join(ROOT_DIR, "src/cli/export.ts"), "--format", "gexf", "--out", "/tmp/x.gexf"], {
      env: { ...process.env, NEO4J_URI: inject("neo4jUri") },
      cwd: ROOT_DIR,
    }).catch((e: { code: number; stderr: string }) => e);
    expect((err as { code: number }).code).toBe(2);
    expect((err as { stderr: string }).stderr).toContain("Usage: npm run export");
  });
});
