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

