import fs from "node:fs";
import path from "node:path";
import { gazetteerFromData } from "../src/extract/data-gazetteer.js";
import { extract } from "../src/extract/extract.js";
import { readDocument } from "../src/extract/read-document.js";
import { writeSection } from "./results-file.js";

const ROUNDS = 200;
const WARMUP = 20;
export const SECTION_HEADING = "## Extraction";

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

/**
 * Times the extractor on every seed and development document, in process, once the gazetteer
 * is built: the work `ingestDocument` and `npm run ingest` do per document. Returns the
 * section of bench/results.md that reports it.
 */
export function measureExtraction(root: string): string[] {
  const started = performance.now();
  const gazetteer = gazetteerFromData(path.join(root, "data"));
  const buildMs = performance.now() - started;
  const files = [
    ...fs.readdirSync(path.join(root, "data", "documents")).map((f) => path.join("data", "documents", f)),
    ...fs.readdirSync(path.join(root, "test", "fixtures", "dev-documents")).filter((f) => f.endsWith(".txt")).map((f) => path.join("test", "fixtures", "dev-documents", f)),
  ].filter((f) => f.endsWith(".txt")).sort();
  const rows = files.map((file) => {
    const raw = fs.readFileSync(path.join(root, file), "utf8");
    for (let i = 0; i < WARMUP; i += 1) extract(readDocument(raw), gazetteer);
    const ms: number[] = [];
    let facts = 0;
    for (let i = 0; i < ROUNDS; i += 1) {
      const t = performance.now();
      facts = extract(readDocument(raw), gazetteer).funding.length;
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    return { file, bytes: Buffer.byteLength(raw), facts, p50: quantile(ms, 0.5), p99: quantile(ms, 0.99) };
  });
  const large = rows.filter((r) => r.bytes >= 2900);
  const worst = Math.max(...large.map((r) => r.p99));
  return [
    SECTION_HEADING,
    "",
    `Run: \`npm run bench:extract\` (also written by every full \`npm run bench\`) on ${new Date().toISOString().slice(0, 10)}: reading and extracting each document ${ROUNDS} times after ${WARMUP} unmeasured runs, in one process, with the gazetteer of ${gazetteer.size} actors built once from the data folder in ${buildMs.toFixed(0)} ms (the API builds it from one query per \`ingestDocument\`).`,
    "",
    "| document | bytes | funding facts | p50 ms | p99 ms |",
    "|---|---|---|---|---|",
    ...rows.map((r) => `| ${path.basename(r.file)} | ${r.bytes} | ${r.facts} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} |`),
    "",
    `Target: a 3 kB document in under 200 ms once the gazetteer is warm. The ${large.length} documents of 2.9 kB or more take at most ${worst.toFixed(1)} ms at p99: ${worst < 200 ? "met" : "NOT met"}.`,
  ];
}

/** Puts the section into results.md in place of an earlier one, keeping the rest of the file. */
export function writeExtractionSection(resultsFile: string, section: string[]): void {
  writeSection(resultsFile, "extraction", SECTION_HEADING, section.slice(2));
}
