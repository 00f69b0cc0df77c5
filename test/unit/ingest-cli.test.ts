import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readCuratedText } from "../../src/ingest/curated.js";

// The CLI as a reviewer runs it: a child process, its stdout, its exit code and the files it writes.
const DOC = path.resolve("test/fixtures/dev-documents/no_tk_2022_sykehusene-2-5-milliarder-ekstra.txt");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ingest-cli-"));
const dataDir = path.join(tmp, "data");
fs.cpSync("data", dataDir, { recursive: true });
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function ingest(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/ingest.ts", ...args], { env: { ...process.env, DATA_DIR: dataDir }, encoding: "utf8" });
}

describe("npm run ingest", () => {
  it("when --json is given, then stdout is one JSON object in the documented contract and nothing is written", () => {
    const run = ingest([DOC, "--json"]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { source: Record<string, unknown>; funding: Record<string, unknown>[]; relations: unknown[] };
    expect(out.source).toMatchObject({ language: "nb" });
    expect(out.funding.length).toBeGreaterThan(0);
    const text = fs.readFileSync(DOC, "utf8");
    for (const f of out.funding) {
      expect(f).toEqual(expect.objectContaining({ amount: expect.stringMatching(/^\d+$/), currency: "NOK", partOf: null, confidence: expect.any(Number) }));
      expect(text).toContain(f.quote);
    }
    expect(out.funding.map((f) => (f.recipient as { id: string | null }).id)).toContain("no:rhf:helse-vest");
    expect(fs.existsSync(path.join(dataDir, "candidates"))).toBe(false);
  });

  it("when a document is ingested, then its text is stored and its candidate file is curated YAML that loads once every candidate is decided", () => {
    const run = ingest([DOC]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/funding candidate\(s\)/);
    const [yamlFile] = fs.readdirSync(path.join(dataDir, "candidates"));
    const yaml = fs.readFileSync(path.join(dataDir, "candidates", yamlFile!), "utf8");
    const stored = readCuratedText(yaml, "candidates/x.yaml");
    expect(stored.errors.length).toBeGreaterThan(0);
    expect(stored.errors.every((e) => /an extracted candidate/.test(String(e)))).toBe(true);
    const decided = readCuratedText(yaml.replace(/status: candidate/g, "status: rejected"), "candidates/x.yaml");
    expect(decided.errors).toEqual([]);
    const textFile = /file: (documents\/\S+\.txt)/.exec(yaml)![1]!;
    expect(fs.readFileSync(path.join(dataDir, textFile), "utf8").length).toBeGreaterThan(100);
  });

  it("when the file is empty, then it exits 2 with a clear message and writes nothing", () => {
    const empty = path.join(tmp, "empty.txt");
    fs.writeFileSync(empty, "");
    const before = fs.readdirSync(path.join(dataDir, "documents")).length;
    const run = ingest([empty]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^ingest: .*empty.*nothing was written/m);
    expect(run.stdout).toBe("");
    expect(fs.readdirSync(path.join(dataDir, "documents")).length).toBe(before);
  });
});


describe("npm run ingest:eval", () => {
  const evaluate = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "src/cli/ingest-eval.ts", ...args], { env: { ...process.env, DATA_DIR: dataDir }, encoding: "utf8" });
  const docs = path.join(tmp, "eval-docs");
  fs.mkdirSync(docs);
  fs.copyFileSync(DOC, path.join(docs, path.basename(DOC)));
  const header = "document,payer,recipient,amount,currency,year\n";

  it("when a gold file is well formed, then each document's score and the overall one are printed", () => {
    const gold = path.join(tmp, "gold.csv");
    fs.writeFileSync(gold, `${header}${path.basename(DOC)},Regjeringen,Helse Nord RHF,317000000,NOK,2022\n`);
    const run = evaluate([docs, gold, "--json"]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { overall: { gold: number; matched: number } };
    expect(out.overall).toMatchObject({ gold: 1, matched: 1 });
  });

  it("when a gold row is malformed CSV, then it exits 2 naming the file and line, without a stack trace", () => {
    const gold = path.join(tmp, "bad-gold.csv");
    fs.writeFileSync(gold, `${header}${path.basename(DOC)},Regjeringen,Helse Nord RHF,317000000,NOK,2022\n${path.basename(DOC)},Regjeringen,"Helse Midt-Norge RHF" (the trust),358000000,NOK,2022\n`);
    const run = evaluate([docs, gold]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^ingest:eval: ${gold.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3: `, "m"));
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe("");
  });
});

describe("npm run ingest on a saved page", () => {
  it("when a page links to its other articles inside the text ('LES OGSÅ: …') and in an aside, then only the article's own grants are candidates", () => {
    const page = path.join(tmp, "page.html");
    fs.writeFileSync(page, `<!doctype html><html lang="nb"><head><title>Bodø får 2 millioner - Avisa Nordland</title></head><body>
      <nav><a href="/">Forside</a></nav>
      <article><h1>Bodø får 2 millioner til velferdsteknologi</h1>
      <p>Bodø kommune får 2 millioner kroner fra Helsedirektoratet til velferdsteknologi.</p>
      <p><strong>LES OGSÅ:</strong> <a href="/x">Narvik får 5 millioner til nytt sykehjem</a></p>
      <p>Pengene skal brukes til trygghetsalarmer. Fauske kommune får 600 000 kroner til det samme.</p></article>
      <aside><h3>Mest lest</h3><ul><li><a href="/y">Vefsn fikk 300 000 kroner</a></li></ul></aside></body></html>`);
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/ingest.ts", page, "--json"], { env: { ...process.env, DATA_DIR: dataDir }, encoding: "utf8" });
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { funding: { amount: string; recipient: { id: string | null } }[] };
    expect(out.funding.map((f) => [f.amount, f.recipient.id])).toEqual([["2000000", "no:kommune:1804"], ["600000", "no:kommune:1841"]]);
  });

  it("when DATA_DIR is not a data folder, then it exits 2 saying so, without a stack trace, and writes nothing", () => {
    const empty = fs.mkdtempSync(path.join(tmp, "not-data-"));
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/ingest.ts", DOC], { env: { ...process.env, DATA_DIR: empty }, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/DATA_DIR'?: not a data folder: it has no curated\/ and no reference\//);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readdirSync(empty)).toEqual([]);
  });
});
