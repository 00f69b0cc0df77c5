import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Loc } from "./facts.js";

export interface CsvRow {
  values: Record<string, string>;
  /** The row as written in the file: the verbatim evidence for registry facts. */
  raw: string;
  loc: Loc;
}

/** Reads a CSV with a header row, keeping each row's line number and raw text. */
export function readCsv(dataDir: string, relPath: string): CsvRow[] {
  const text = fs.readFileSync(path.join(dataDir, relPath), "utf8");
  const lines = text.split(/\r?\n/);
  const records = parse(text, { columns: true, skip_empty_lines: true, info: true, relax_column_count: false }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  return records.map(({ record, info }, i) => {
    // info.lines is the line the record ends on; multi-line records do not occur in these tables.
    const line = info.lines;
    return {
      values: record,
      raw: (lines[line - 1] ?? "").trim(),
      loc: { file: relPath, line, record: `row ${i + 1}` },
    };
  });
}
