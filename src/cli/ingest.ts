import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../config.js";
import { candidateYaml, docSlugOf } from "../extract/candidate-yaml.js";
import { gazetteerFromData } from "../extract/data-gazetteer.js";
import { extract } from "../extract/extract.js";
import { countryOf } from "../extract/language.js";
import { DocumentInputError, decodeDocument, readDocument } from "../extract/read-document.js";
import { DataValidationError } from "../ingest/facts.js";

const USAGE = `Usage: npm run ingest -- FILE [--json] [--html] [--out FILE.yaml] [--force]
  FILE         a plain text, a text with a KEY: value header ended by '-----', or a saved HTML page
  --json       print the extraction as one JSON object on stdout, and write nothing
  --html       read FILE as HTML even if it does not look like it
  --out        where to write the candidate file (default data/candidates/<name>.yaml)
  --force      overwrite a stored text of the same name that differs`;

function fail(message: string, code = 2): never {
  process.stderr.write(`ingest: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const flag = (name: string) => args.includes(name);
  const value = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return null;
    const v = args[i + 1];
    if (!v || v.startsWith("--")) fail(`${name} needs a value\n${USAGE}`);
    return v;
  };
  const out = value("--out");
  const files = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--out");
  if (files.length !== 1) fail(`give exactly one FILE\n${USAGE}`);
  const file = files[0]!;
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) fail(`${file}: no such file`);

  const config = loadConfig();
  const started = Date.now();
  const gazetteer = gazetteerFromData(config.dataDir);
  let doc;
  try {
    doc = readDocument(decodeDocument(fs.readFileSync(file), file), { html: flag("--html") || undefined, name: file });
  } catch (err) {
    if (err instanceof DocumentInputError) fail(`${err.message}; nothing was written`);
    throw err;
  }
  const ex = extract(doc, gazetteer);
  if (flag("--json")) {
    process.stdout.write(`${JSON.stringify(ex, null, 2)}\n`);
    return;
  }

  const docSlug = docSlugOf(path.basename(file));
  const textRel = `documents/${docSlug}.txt`;
  const textPath = path.join(config.dataDir, textRel);
  if (fs.existsSync(textPath) && fs.readFileSync(textPath, "utf8") !== doc.text && !flag("--force")) {
    fail(`${textPath} exists with another text; rename the input or pass --force; nothing was written`);
  }
  const yamlPath = out ?? path.join(config.dataDir, "candidates", `${docSlug}.yaml`);
  const yaml = candidateYaml(ex, { docSlug, textFile: textRel, country: countryOf(ex.source.language) });
  fs.mkdirSync(path.dirname(textPath), { recursive: true });
  fs.mkdirSync(path.dirname(yamlPath), { recursive: true });
  // Text first: a candidate file never points at a text that is not there.
  fs.writeFileSync(textPath, doc.text);
  fs.writeFileSync(yamlPath, yaml);
  const unresolved = ex.funding.filter((f) => !f.payer.id || !f.recipient.id).length;
  process.stdout.write([
    `Read ${file} (${doc.format}, ${ex.source.language}, ${doc.text.length} characters) against ${gazetteer.size} actors in ${Date.now() - started} ms.`,
    `${ex.funding.length} funding candidate(s), ${ex.relations.length} relation candidate(s); ${unresolved} funding candidate(s) need an actor id filled in.`,
    ...ex.discrepancies.map((d) => `Note: candidate ${d.total + 1} is stated as a total of ${d.parts.length} listed amounts that add up to ${d.partsSum} (difference ${d.difference}).`),
    `Stored text: ${textPath}`,
    `Candidates:  ${yamlPath}`,
    `Next: review each candidate against its quote, set review.status to accepted or rejected, move the file to ${path.join(config.dataDir, "curated", "documents")}/ and run npm run db:load.`,
    "",
  ].join("\n"));
}

// A data folder that cannot be read is the caller's to fix: its message, not a stack.
main().catch((err: unknown) => (err instanceof DataValidationError ? fail(err.message) : fail((err as Error)?.stack ?? String(err), 1)));
