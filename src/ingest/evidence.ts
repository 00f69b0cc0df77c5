import type { CsvRow } from "./csv.js";
import type { EvidenceFact } from "./facts.js";

/** Source id of a reference table, e.g. `dataset:no_municipalities_2011`. */
export function datasetId(file: string): string {
  return `dataset:${file.replace(/^reference\//, "").replace(/\.csv$/, "")}`;
}

/** A registry row as evidence: the row itself, verbatim, with its line. */
export function rowEvidence(row: CsvRow): EvidenceFact {
  return { sourceId: datasetId(row.loc.file), quote: row.raw, locator: `line ${row.loc.line}` };
}
