import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { connect } from "../neo4j/connect.js";
import { ExportService } from "../export/export-service.js";
import { BUNDLES, FORMATS, formatByName, type Format } from "../export/formats/index.js";
import { streamSink } from "../export/sinks.js";
import { normaliseSpec, SpecError } from "../export/subgraph.js";

const USAGE = `Usage: npm run export -- --format <format> [subgraph] --out <file or folder>

Formats: ${FORMATS.map((f) => f.name).join(", ")}
         ${Object.entries(BUNDLES).map(([b, parts]) => `${b} (a folder: ${parts.join(", ")})`).join("; ")}
Subgraph (one of):
  --seed <id> [--seed <id> …] [--depth 0-3] [--types HEADS,MEMBER_OF] [--as-of YYYY-MM-DD]
  --payer <id> | --recipient <id> | --year-from N --year-to N | --currency NOK   (funding flows)
  --all                                                                          (the whole graph)
Example: npm run export -- --format gexf --seed no:ministry:hod --depth 2 --out hod.gexf`;

/** The CLI's own flag for each field of a subgraph definition, so an error names what to type. */
const FLAGS: Record<string, string> = {
  seeds: "--seed", depth: "--depth", types: "--types", asOf: "--as-of", all: "--all", funding: "--payer/--recipient",
  "funding.currency": "--currency", "funding.yearFrom": "--year-from", "funding.yearTo": "--year-to",
};

function usageError(e: SpecError): never {
  const message = e.message.replace(/'(?:options\.)?([\w.]+)'/g, (whole, f: string) => (FLAGS[f] ? `'${FLAGS[f]}'` : whole));
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

async function writeFile(file: string, format: Format, service: ExportService, prepared: Awaited<ReturnType<ExportService["prepare"]>>): Promise<void> {
  const total = prepared.manifest.counts.edges;
  const started = Date.now();
  const stream = fs.createWriteStream(file);
  const progress = (n: number) => {
    if (n % 20000 === 0) process.stderr.write(`  ${format.name}: ${n}/${total} edges (${Math.round((100 * n) / Math.max(total, 1))}%, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  };
  await service.write(prepared, format, streamSink(stream), progress);
  await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  process.stderr.write(`wrote ${file} (${fs.statSync(file).size} bytes)\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      format: { type: "string" }, out: { type: "string" }, seed: { type: "string", multiple: true }, depth: { type: "string" },
      types: { type: "string" }, "as-of": { type: "string" }, payer: { type: "string" }, recipient: { type: "string" },
      "year-from": { type: "string" }, "year-to": { type: "string" }, currency: { type: "string" }, all: { type: "boolean" }, help: { type: "boolean" },
    },
  });
  if (values.help || !values.format || !values.out) {
    process.stderr.write(USAGE + "\n");
    process.exit(values.help ? 0 : 2);
  }
  const bundle = BUNDLES[values.format!];
  const single = formatByName(values.format!);
  if (!bundle && !single) {
    process.stderr.write(`Unknown format '${values.format}'.\n\n${USAGE}\n`);
    process.exit(2);
  }
  const config = loadConfig();
  const num = (v: string | undefined) => (v === undefined ? null : Number(v));
  const fundingGiven = values.payer || values.recipient || values["year-from"] || values["year-to"] || values.currency;
  let spec;
  try {
    spec = normaliseSpec(
      {
        seeds: values.seed ?? [],
        depth: num(values.depth),
        types: values.types?.split(",").filter(Boolean) ?? null,
        asOf: values["as-of"] ?? null,
        all: values.all ?? false,
        funding: fundingGiven ? { payerId: values.payer ?? null, recipientId: values.recipient ?? null, yearFrom: num(values["year-from"]), yearTo: num(values["year-to"]), currency: values.currency ?? null } : null,
      },
      // The CLI is the route for large exports: a bigger node cap for seeded walks.
      { ...config.limits, maxNeighbourhoodNodes: 1_000_000 },
      "options",
    );
  } catch (e) {
    if (e instanceof SpecError) usageError(e);
    throw e;
  }
  const log = createLogger("warn");
  const conn = await connect(config, log);
  try {
    const service = new ExportService(conn.db, config.limits, { operation: "export-cli" });
    process.stderr.write("preparing export (counting nodes, edges and sources)...\n");
    const prepared = await service.prepare(spec, { maxSeedNodes: 1_000_000 }).catch((e: unknown) => {
      if (e instanceof SpecError) usageError(e);
      throw e;
    });
    process.stderr.write(`exporting ${prepared.manifest.counts.nodes} nodes and ${prepared.manifest.counts.edges} edges citing ${prepared.manifest.sources.length} sources\n`);
    if (bundle) {
      fs.mkdirSync(values.out!, { recursive: true });
      for (const part of bundle) {
        const f = formatByName(part)!;
        await writeFile(path.join(values.out!, f.fileName), f, service, prepared);
      }
    } else {
      await writeFile(values.out!, single!, service, prepared);
      const manifestFile = `${values.out}.manifest.json`;
      fs.writeFileSync(manifestFile, JSON.stringify(prepared.manifest, null, 2) + "\n");
      process.stderr.write(`wrote ${manifestFile}\n`);
    }
  } finally {
    await conn.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`\nexport failed: ${(err as Error)?.message ?? String(err)}\n`);
  process.exit(1);
});
