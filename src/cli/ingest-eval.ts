import fs from "node:fs";
import path from "node:path";
import { CsvError, parse } from "csv-parse/sync";
import { loadConfig } from "../config.js";
import { gazetteerFromBatches } from "../extract/data-gazetteer.js";
import { curatedGold, overall, scoreDocument, withKnownActors, type DocumentScore, type GoldRow } from "../extract/evaluate.js";
import { extract } from "../extract/extract.js";
import { decodeDocument, readDocument } from "../extract/read-document.js";
import { DataValidationError } from "../ingest/facts.js";
import { readAll } from "../ingest/load.js";

const USAGE = `Usage: npm run ingest:eval -- DIR GOLD.csv [--verbose] [--json]
       npm run ingest:eval -- --seeds [--verbose] [--json]
  DIR/GOLD.csv  documents and hand-read facts (columns document,payer,recipient,amount,currency,year)
  --seeds       the five seed documents against the curated facts in data/curated/documents
  --verbose     list every missed gold row, every extraction no gold row matches, and every
                matched fact whose payer is not the gold row's`;

function fail(message: string): never {
  process.stderr.write(`ingest:eval: ${message}\n`);
  process.exit(2);
}

const pct = (x: number) => x.toFixed(2);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes("--help")) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig();
  const positional = args.filter((a) => !a.startsWith("--"));
  let dir: string;
  let gold: GoldRow[];
  // The data folder is read and validated once: for the gazetteer, and for the seeds' gold.
  const { batches } = readAll(config.dataDir);
  if (args.includes("--seeds")) ({ dir, gold } = curatedGold(config.dataDir, batches));
  else {
    if (positional.length !== 2) fail(`give DIR and GOLD.csv, or --seeds\n${USAGE}`);
    [dir] = positional as [string, string];
    const goldFile = positional[1]!;
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) fail(`${dir}: no such directory`);
    if (!fs.existsSync(goldFile)) fail(`${goldFile}: no such file`);
    let rows: Record<string, string>[];
    try {
      rows = parse(fs.readFileSync(goldFile), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    } catch (e) {
      // csv-parse says which line; the reader needs the file and that line, not a stack.
      if (e instanceof CsvError) fail(`${goldFile}:${e.lines ?? "?"}: ${e.message}`);
      throw e;
    }
    for (const [i, r] of rows.entries()) for (const c of ["document", "recipient", "amount", "currency"]) if (!(c in r)) fail(`${goldFile}:${i + 2}: no column '${c}'`);
    gold = rows.map((r) => ({ document: r.document!, payer: r.payer ?? "", recipient: r.recipient!, amount: r.amount!, currency: r.currency!, year: r.year ?? "" }));
  }
  const gazetteer = gazetteerFromBatches(batches);
  gold = withKnownActors(gold, gazetteer);
  const docs = fs.readdirSync(dir).filter((f) => /\.(txt|html?)$/i.test(f)).sort();
  const scores: DocumentScore[] = [];
  const ms: number[] = [];
  for (const d of docs) {
    const t = performance.now();
    const ex = extract(readDocument(decodeDocument(fs.readFileSync(path.join(dir, d)), d), { name: d }), gazetteer);
    ms.push(performance.now() - t);
    scores.push(scoreDocument(d, gold.filter((g) => g.document === d), ex.funding));
  }
  const all = overall(scores);
  if (args.includes("--json")) {
    process.stdout.write(`${JSON.stringify({ overall: all, documents: scores.map(({ missed, spurious, wrongPayer, ...s }) => ({ ...s, missed: missed.length, spurious: spurious.length, wrongPayer: wrongPayer.length })) }, null, 2)}\n`);
    return;
  }
  const w = Math.max(8, ...docs.map((d) => d.length));
  const out: string[] = [`${"document".padEnd(w)}  gold  found  match  precision  recall    F1  payer`];
  for (const s of scores) {
    out.push(`${s.document.padEnd(w)}  ${String(s.gold).padStart(4)}  ${String(s.extracted).padStart(5)}  ${String(s.matched).padStart(5)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1).padStart(4)}  ${String(s.payerCorrect).padStart(2)}/${s.matched}`);
    if (args.includes("--verbose")) {
      for (const m of s.missed) out.push(`    missed   ${m.amount} ${m.currency} → ${m.recipient}`);
      for (const x of s.spurious) out.push(`    extra    ${x.amount} ${x.currency} → ${x.recipient.name ?? x.recipient.mention ?? "(no one named)"}  [${x.rule}]`);
      for (const w of s.wrongPayer) out.push(`    payer    ${w.gold.amount} ${w.gold.currency}: ${w.extracted.payer.label ?? w.extracted.payer.name ?? "(no one named)"}, gold ${w.gold.payer}  [${w.extracted.rule}]`);
    }
  }
  out.push("", `overall: ${all.matched} of ${all.gold} gold facts found, ${all.extracted} extracted`);
  out.push(`precision ${pct(all.precision)}  recall ${pct(all.recall)}  F1 ${pct(all.f1)}  payer accuracy ${pct(all.payerAccuracy)} (of matched facts)`);
  out.push(`extraction time per document: median ${pct(ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)] ?? 0)} ms, max ${pct(Math.max(0, ...ms))} ms (gazetteer of ${gazetteer.size} actors built once)`);
  process.stdout.write(`${out.join("\n")}\n`);
}

main().catch((err: unknown) => fail(err instanceof DataValidationError ? err.message : ((err as Error)?.stack ?? String(err))));
