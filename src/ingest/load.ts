import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Database } from "../db/database.js";
import type { Logger } from "../logger.js";
import { ensureRollups } from "../funding/rollups.repository.js";
import { readCuratedFile } from "./curated.js";
import { DataError, DataValidationError, idsOf, type Batch } from "./facts.js";
import { IngestRepository, type FileSummary } from "./ingest.repository.js";
import { kindMemberships } from "./kind-memberships.js";
import { locateEvidence, sourceTexts } from "./locate.js";
import { validateBatches } from "./validate.js";
import { importNorwegianTerritory } from "./registries/no-territory.js";
import type { RegistryResult } from "./registries/registry.js";
import { importHealthTrusts } from "./registries/no-health-trusts.js";
import { importMinisters, MINISTER_TABLES } from "./registries/ministers.js";
import { importDanishTerritory } from "./registries/dk-territory.js";
import { importKrd2012Transfers } from "./registries/krd-2012-transfers.js";

/** Curated files first (sources, then actors), then registries, then the documents. */
function curatedFiles(dataDir: string): string[] {
  const dir = path.join(dataDir, "curated");
  if (!fs.existsSync(dir)) return [];
  const top = fs.readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const docsDir = path.join(dir, "documents");
  const docs = fs.existsSync(docsDir) ? fs.readdirSync(docsDir).filter((f) => f.endsWith(".yaml")).sort().map((f) => `curated/documents/${f}`) : [];
  return [...top.map((f) => `curated/${f}`), ...docs];
}
const rank = (f: string) => (f === "sources.yaml" ? 0 : f === "actors.yaml" ? 1 : 2);

const REGISTRY_IMPORTERS: { name: string; run: (dataDir: string) => Batch | RegistryResult }[] = [
  { name: "Norwegian territory", run: importNorwegianTerritory },
  { name: "Danish territory", run: importDanishTerritory },
  { name: "health trusts", run: importHealthTrusts },
  ...MINISTER_TABLES.map((t) => ({ name: `ministers ${t.country}`, run: (d: string) => importMinisters(d, t) })),
  { name: "KRD 2012 transfers", run: importKrd2012Transfers },
];

export interface ReadResult {
  batches: Batch[];
  errors: Map<string, DataError[]>;
}

/** Reads and validates every source file; writes nothing. */
export function readAll(dataDir: string, opts: { extraFiles?: string[] } = {}): ReadResult {
  // A wrong DATA_DIR is one clear complaint, not a stack from the first table that is missing.
  const missing = ["curated", "reference"].filter((d) => !fs.existsSync(path.join(dataDir, d)));
  if (missing.length > 0) {
    throw new DataValidationError([new DataError({ file: dataDir, line: 0, record: "(folder)" }, "DATA_DIR", `not a data folder: it has no ${missing.map((d) => `${d}/`).join(" and no ")}; point DATA_DIR at the project's data folder`)]);
  }
  const batches: Batch[] = [];
  const errors = new Map<string, DataError[]>();
  const files = curatedFiles(dataDir);
  const [head, docs] = [files.filter((f) => !f.startsWith("curated/documents/")), files.filter((f) => f.startsWith("curated/documents/"))];
  const readCurated = (f: string) => {
    const { batch, errors: e } = readCuratedFile(dataDir, f);
    batches.push(batch);
    errors.set(f, e);
  };
  head.forEach(readCurated);
  for (const imp of REGISTRY_IMPORTERS) {
    const read = imp.run(dataDir);
    const { batch, errors: e } = "batch" in read ? read : { batch: read, errors: [] };
    batches.push(batch);
    errors.set(batch.file, e);
  }
  docs.forEach(readCurated);
  (opts.extraFiles ?? []).forEach(readCurated);
  const derived = kindMemberships(batches);
  batches.push(derived);
  errors.set(derived.file, []);
  // Each source's text is read once, for the quote checks and for the quotes' offsets.
  const texts = sourceTexts(dataDir, batches);
  for (const [file, e] of validateBatches(dataDir, batches, { texts })) errors.get(file)!.push(...e);
  // The derived memberships stand on the files that define their groups and members.
  const kinds = new Set(batches.flatMap((b) => b.actors).map((a) => a.memberKind).filter(Boolean));
  const defines = (b: Batch) => b.actors.some((a) => a.memberKind || kinds.has(a.kind));
  const broken = batches.filter((b) => b !== derived && defines(b) && (errors.get(b.file) ?? []).length > 0).map((b) => b.file);
  if (broken.length > 0 && derived.relations.length > 0) {
    errors.get(derived.file)!.push(new DataError({ file: derived.file, line: 0, record: "(all)" }, "(dependencies)", `not written while ${broken.join(", ")} has errors: its groups or members may be missing`));
  }
  locateEvidence(texts, batches);
  return { batches, errors };
}

export interface LoadSummary {
  files: FileSummary[];
  rejected: { file: string; errors: string[] }[];
  totals: Record<string, number>;
  ms: number;
}

/**
 * Loads every source file: each valid file in its own transaction (all or nothing), files
 * with errors not at all. Throws DataValidationError after writing the valid ones when any
 * file was rejected, so callers exit non-zero with every error listed.
 */
export async function loadAll(db: Database, dataDir: string, log: Logger, opts: { extraFiles?: string[]; throwOnErrors?: boolean; timeoutMs?: number } = {}): Promise<LoadSummary> {
  const started = Date.now();
  const { batches, errors } = readAll(dataDir, opts);
  // Loading is not a request: its statements get the load's own timeout, not the request timeout.
  const repo = new IngestRepository(db, { operation: "load", timeoutMs: opts.timeoutMs ?? LOAD_TIMEOUT_MS });
  const files: FileSummary[] = [];
  const rejected: LoadSummary["rejected"] = [];
  await repo.beginLoad(dataVersionOf(dataDir), batches.length);
  // A record that moved between files is kept by the file it left (rejected files count too:
  // their records wait for the fix rather than being deleted).
  const definedInLoad = [...new Set(batches.flatMap(idsOf))];
  for (const [i, batch] of batches.entries()) {
    const errs = errors.get(batch.file) ?? [];
    if (errs.length > 0) {
      rejected.push({ file: batch.file, errors: errs.map(String) });
      log.error("file rejected; nothing written from it", { file: batch.file, errors: errs.length, first: String(errs[0]) });
    } else {
      const summary = await repo.writeBatch(batch, undefined, { definedInLoad });
      files.push(summary);
      log.info("loaded", { file: batch.file, progress: `${i + 1}/${batches.length}`, actors: summary.actors, fundingFlows: summary.fundingFlows, relations: summary.relations, removed: summary.removed });
    }
    await repo.fileLoaded(i + 1);
  }
  await repo.endLoad(rejected.length > 0 ? "incomplete" : "complete", rejected.map((r) => r.file));
  // Each file kept the rollups in its transaction; a graph that had none before is built whole.
  await ensureRollups(db, log);
  const totals = await repo.counts();
  const result = { files, rejected, totals, ms: Date.now() - started };
  if (rejected.length > 0 && opts.throwOnErrors !== false) {
    throw Object.assign(new DataValidationError(rejected.flatMap((r) => errors.get(r.file) ?? [])), { summary: result });
  }
  return result;
}

/** How long one file's transaction may run while loading (a busy 2-core machine needs far more than a request's 15 s). */
export const LOAD_TIMEOUT_MS = 30 * 60_000;

/** A digest of every file in the data folder: which data a load wrote. */
export function dataVersionOf(dataDir: string): string {
  const hash = crypto.createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "candidates") walk(full);
      } else if (entry.isFile()) {
        hash.update(path.relative(dataDir, full)).update("\0").update(fs.readFileSync(full)).update("\0");
      }
    }
  };
  walk(dataDir);
  return hash.digest("hex").slice(0, 16);
}

/**
 * What the start of a server does with the graph: load it when it is empty, when a load was
 * interrupted or left files out, or when the data folder changed since; otherwise nothing.
 * Files load idempotently, so finishing an interrupted load is loading again.
 */
export async function ensureLoaded(db: Database, dataDir: string, log: Logger, opts: { timeoutMs?: number } = {}): Promise<"loaded" | "up to date"> {
  const repo = new IngestRepository(db, { operation: "load" });
  const [state, empty] = await Promise.all([repo.loadState(), repo.isEmpty()]);
  const version = dataVersionOf(dataDir);
  const why = empty ? "the database is empty" : !state ? "the graph records no finished load" : state.status !== "complete" ? `the last load is ${state.status} (${state.filesDone}/${state.filesTotal} files)` : state.dataVersion !== version ? "the data folder changed since the last load" : null;
  if (!why) return "up to date";
  log.info(`loading the knowledge graph: ${why} (npm run db:load does the same)`);
  await loadAll(db, dataDir, log, opts);
  return "loaded";
}

export async function wipeDatabase(db: Database): Promise<void> {
  await new IngestRepository(db, { operation: "wipe", timeoutMs: LOAD_TIMEOUT_MS }).wipe();
}
