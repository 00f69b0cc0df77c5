import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { migrate } from "../db/migrations.js";
import { connect } from "../neo4j/connect.js";
import { DataValidationError } from "../ingest/facts.js";
import { loadAll, wipeDatabase, type LoadSummary } from "../ingest/load.js";

function printSummary(s: LoadSummary): void {
  const out = process.stdout;
  // As wide as the longest file name: a cut name cannot be found again.
  const width = Math.max(4, ...s.files.map((f) => f.file.length));
  out.write(`\n${"file".padEnd(width)}  created  updated  unchanged  removed\n`);
  for (const f of s.files) {
    const sum = (k: "created" | "updated" | "unchanged") => f.sources[k] + f.actors[k] + f.programmes[k] + f.fundingFlows[k] + f.relations[k];
    out.write(`${f.file.padEnd(width)}  ${String(sum("created")).padStart(7)}  ${String(sum("updated")).padStart(7)}  ${String(sum("unchanged")).padStart(9)}  ${String(f.removed).padStart(7)}\n`);
  }
  for (const r of s.rejected) out.write(`${r.file}: REJECTED (${r.errors.length} error(s)), nothing written\n`);
  out.write(`\nIn the graph now: ${Object.entries(s.totals).map(([k, v]) => `${v} ${k}`).join(", ")}  (${s.ms} ms)\n`);
}

async function main(): Promise<void> {
  const reset = process.argv.includes("--reset");
  const config = loadConfig();
  const log = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
  const conn = await connect(config, log);
  try {
    await migrate(conn.db, log);
    if (reset) {
      process.stdout.write("Wiping the graph (migrations are kept)...\n");
      await wipeDatabase(conn.db);
    }
    process.stdout.write(`Loading ${config.dataDir} ...\n`);
    const summary = await loadAll(conn.db, config.dataDir, log);
    printSummary(summary);
  } catch (err) {
    if (err instanceof DataValidationError) {
      const summary = (err as DataValidationError & { summary?: LoadSummary }).summary;
      if (summary) printSummary(summary);
      process.stderr.write(`\n${err.message}\n`);
      process.exitCode = 1;
    } else {
      throw err;
    }
  } finally {
    await conn.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`\n${(err as Error)?.message ?? String(err)}\n`);
  process.exit(1);
});
