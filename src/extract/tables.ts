/**
 * Tables written as text: rows of cells separated by tabs, runs of spaces or bars, under a
 * header row. Grant lists are often published this way ("Kommune⇥Tildelt (kr)" then
 * "Bergen⇥4 500 000"), with no currency word beside the amounts.
 */

const CELL_SEPARATOR = /\t+| {2,}|\s*\|\s*/;
// A header cell that names an amount of money, and one that names an amount applied for.
const MONEY_CELL = /(?<![\p{L}])(kr|kroner|kronar|beløp\p{L}*|beløb\p{L}*|tilsagn\p{L}*|tildel\p{L}*|tilskud\p{L}*|tilskot\p{L}*|bevilg\p{L}*|bevilling\p{L}*|løyv\p{L}*|støtte|nok|dkk|mill|mio)(?![\p{L}])/iu;
const APPLIED_CELL = /(?<![\p{L}])(søkt|omsøkt|søknad\p{L}*|ansøgt|ansøgning\p{L}*|søgt)(?![\p{L}])/iu;
// "(1000 kr)", "(1.000 kr.)", "t.kr.": the header's figures are thousands.
const THOUSANDS = /(?<![\p{L}\d])(?:1[ .\u00a0]?000|tusen|tusind|t\.\s?kr|tkr)(?![\p{L}\d])/iu;
const MILLIONS = /(?<![\p{L}])(?:mill\.?|mio\.?|millioner|millionar|million)(?![\p{L}])/iu;

export interface TableCell {
  /** What the column's header multiplies its figures by: "(1000 kr)", "mill. kr". */
  scale: bigint;
  /** The year the column's header names ("2021 (kr)"), for a table of several years. */
  year: number | null;
}

const cellsOf = (line: string) => line.split(CELL_SEPARATOR).map((c) => c.trim()).filter((c) => c.length > 0);

/** Where each non-empty cell of a table row stands in the row, as offsets into it. */
export function cellSpans(line: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const separator = new RegExp(CELL_SEPARATOR.source, "g");
  let at = 0;
  for (const m of [...line.matchAll(separator), null]) {
    const end = m ? m.index! : line.length;
    const raw = line.slice(at, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim().length > 0) spans.push({ start: at + lead, end: at + lead + raw.trim().length });
    if (m) at = m.index! + m[0].length;
  }
  return spans;
}
const YEAR_CELL = /^(?:19|20)\d{2}$/;
// A row has a cell that is a figure: "4 500 000", "kr 650 000", "427 813,-", "3.412.000 kr.".
// Not a header whose only figures are years: "Initiativ⇥2016⇥2017⇥2018".
const isRow = (line: string) => {
  if (!CELL_SEPARATOR.test(line.trim())) return false;
  const figures = cellsOf(line).filter((c) => /^(?:kr\.?\s*)?\d[\d \u00a0\u2009\u202f.,]*(?:,-|\s*(?:kr\.?|kroner|kronar|nok|dkk))?$/iu.test(c));
  return figures.length > 0 && !(figures.length >= 2 && figures.every((c) => YEAR_CELL.test(c)));
};

/**
 * A reader of one text's tables: for the number at `start`..`end`, its amount column, or null
 * when the number is not in a table cell whose header names money (and not an amount applied
 * for). The header found above each row is kept, so a table of many rows is walked once.
 */
export function tableReader(text: string): (start: number, end: number) => TableCell | null {
  const headers = new Map<number, Header | null>();
  return (start, end) => amountCell(text, headers, start, end);
}

/**
 * A reader of one text's table headers: the header cells of the table whose row starts at
 * `lineStart`, or null when that line is no row of one. Each table is walked once.
 */
export function tableHeaderReader(text: string): (lineStart: number) => string[] | null {
  const headers = new Map<number, Header | null>();
  return (lineStart) => {
    const lineEndAt = text.indexOf("\n", lineStart);
    if (!isRow(text.slice(lineStart, lineEndAt === -1 ? text.length : lineEndAt))) return null;
    return headerAbove(text, headers, lineStart)?.cells ?? null;
  };
}

function amountCell(text: string, headers: Map<number, Header | null>, start: number, end: number): TableCell | null {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEndAt = text.indexOf("\n", end);
  const line = text.slice(lineStart, lineEndAt === -1 ? text.length : lineEndAt);
  if (!isRow(line)) return null;
  // The number must fill its cell: "Bergen⇥4 500 000", not "Bergen, 4 500 innbyggere⇥…".
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEndAt === -1 ? text.length : lineEndAt);
  if (!/(?:^|\t| {2,}|\|)\s*(?:kr\.?\s*)?$/iu.test(before) || !/^(?:,-)?\s*(?:$|\t| {2,}|\|)/u.test(after)) return null;
  const column = cellsOf(before).length;
  const rowCells = cellsOf(line).length;
  const found = headerAbove(text, headers, lineStart);
  if (found === null) return null;
  const header = found.cells;
  // The header cell over the number; a header with one cell fewer leaves the row's name unheaded.
  const cell = header.length === rowCells ? header[column] : header.length === rowCells - 1 ? header[column - 1] : column === rowCells - 1 ? header[header.length - 1] : undefined;
  // A year's column is money when a note above the table gives its unit: "Tabel 1 (mio. kr.)" over
  // "Initiativ⇥2016⇥2017"; or, for figures grouped in thousands, when the line above says grants
  // follow: "Dette får kommunene:" over "Kommune⇥2019⇥2020" and "Bergen⇥12 400 000⇥14 100 000".
  const grantsByYear = YEAR_CELL.test(cell ?? "") && found.introduced && GROUPED_FIGURE.test(text.slice(start, end));
  if (!cell || !(MONEY_CELL.test(cell) || (YEAR_CELL.test(cell) && found.noteScale !== null) || grantsByYear) || APPLIED_CELL.test(cell)) return null;
  const year = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(cell);
  const scale = THOUSANDS.test(cell) ? 1_000n : MILLIONS.test(cell) ? 1_000_000n : null;
  return { scale: scale ?? found.noteScale ?? 1n, year: year ? Number(year[1]) : null };
}

// A note that states the unit of the figures below it: "(beløp i 1000 kroner)", "Beløbene er
// angivet i t.kr.", "Alle tall i hele tusen kroner", "Tal i mio. kr.".
// A table's caption may give it in parentheses: "Tabel 1. Initiativer (mio. kr.)".
const UNIT_NOTE = /(?:(?<![\p{L}])(?:beløp\p{L}*|beløb\p{L}*|tall|tal|tallene|tallene er|figures|amounts)(?![\p{L}])[^\n]{0,30}?(?<![\p{L}])i\s+(?:hele\s+)?|\((?:i\s+|beløp i\s+|beløb i\s+)?)(?:(?<thousand>(?:1[ .\u00a0]?000|tusen|tusind)\s*(?:kr\.?|kroner|kronar|NOK|DKK)|t\.\s?kr\.?|tkr\.?)|(?<million>(?:mill\.?|mio\.?|millioner|millionar)\s*(?:kr\.?|kroner|kronar|NOK|DKK)))/iu;

/** The scale a unit note in the few prose lines above `lineStart` gives the figures under it, or null. */
function noteAbove(text: string, lineStart: number): bigint | null {
  let start = lineStart;
  for (let k = 0; k < 3 && start > 0; k += 1) {
    const aboveStart = text.lastIndexOf("\n", start - 2) + 1;
    const above = text.slice(aboveStart, start - 1);
    start = aboveStart;
    if (above.trim() === "") continue;
    const note = UNIT_NOTE.exec(above);
    if (note) return note.groups!.thousand ? 1_000n : 1_000_000n;
  }
  return null;
}

// A line that is a label and a bare figure: "Esbjerg Kommune: 1.450", or the two apart by a tab
// or a bar as a table copied from a page leaves them: "Bergen kommune\t4 200 000", "Rana kommune | 1 100 000".
export const FIGURE_LABEL = String.raw`^[\s•·▪◦*–-]*[^\n:\t|\d]{2,60}(?::[^\S\n]*|\t[^\S\n]*|[^\S\n]*\|[^\S\n]*)(?:kr\.?\s*)?`;
const LABEL_BEFORE_FIGURE = new RegExp(`${FIGURE_LABEL}$`, "iu");
const LABELLED_FIGURE_LINE = new RegExp(`${FIGURE_LABEL}\\d[\\d .,]*(?:,-)?\\s*$`, "iu");

/**
 * A reader of one text's labelled figures: the scale of a bare figure at `start`..`end` on a line
 * "Label: figure" under a unit note ("Beløbene er angivet i t.kr." then "Esbjerg Kommune: 1.450"),
 * past the other such lines above it; null when there is none. Each run of lines is walked once.
 */
export function labelledFigureReader(text: string): (start: number, end: number) => bigint | null {
  // The start of the first line of the run each walked line belongs to.
  const runTop = new Map<number, number>();
  return (start, end) => {
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const lineEndAt = text.indexOf("\n", end);
    if (!LABEL_BEFORE_FIGURE.test(text.slice(lineStart, start)) || !/^(?:,-)?\s*$/u.test(text.slice(end, lineEndAt === -1 ? text.length : lineEndAt))) return null;
    const walked: number[] = [];
    let top = lineStart;
    while (top > 0 && !runTop.has(top)) {
      walked.push(top);
      const aboveStart = text.lastIndexOf("\n", top - 2) + 1;
      const above = text.slice(aboveStart, top - 1);
      if (above.trim() !== "" && !LABELLED_FIGURE_LINE.test(above)) break;
      top = aboveStart;
    }
    top = runTop.get(top) ?? top;
    for (const w of walked) runTop.set(w, top);
    return noteAbove(text, top) ?? (GRANTS_INTRODUCED.test(lineAbove(text, top)) && GROUPED_FIGURE.test(text.slice(start, end)) ? 1n : null);
  };
}

// A line that introduces the rows under it as grants: "Eksempler på tildelinger i Hordaland:".
const GRANTS_INTRODUCED = /(?<![\p{L}])(?:tildeling\p{L}*|fordelt|fordeles|fordelte|tilskudd\p{L}*|tilskot\p{L}*|tilskud\p{L}*|fordeling\p{L}*|bevilgning\p{L}*|bevilling\p{L}*|tilsagn\p{L}*|midlene|midlane|midlerne|får|fikk|fekk|mottar|modtager|modtog)(?![\p{L}])[^\n]*:\s*$/iu;
const GROUPED_FIGURE = /^\d{1,3}(?:[ \u00a0.]\d{3})+(?:,-)?$/u;

/** The first line above `lineStart` that is not blank, or "". */
function lineAbove(text: string, lineStart: number): string {
  let start = lineStart;
  while (start > 0) {
    const aboveStart = text.lastIndexOf("\n", start - 2) + 1;
    const above = text.slice(aboveStart, start - 1);
    if (above.trim() !== "") return above;
    start = aboveStart;
  }
  return "";
}

// The rule under a header in a table written with bars: "|---|---|", "| :--- | ---: |".
const TABLE_RULE = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?$|^\s*\|?\s*:?-{2,}:?\s*\|\s*$/u;

/** A table's header: its cells, and the unit a note above it gives its figures. */
interface Header {
  cells: string[];
  noteScale: bigint | null;
  /** The line above says grants follow ("Dette får kommunene:"). */
  introduced: boolean;
}

/**
 * The header of the table whose row starts at `lineStart`: the first line above it, past rows and
 * blank lines, that is not a row; null when that line has fewer than two cells. Every line walked
 * past is remembered in `memo` with the answer.
 */
function headerAbove(text: string, memo: Map<number, Header | null>, lineStart: number): Header | null {
  const walked: number[] = [];
  let start = lineStart;
  let found: Header | null = null;
  for (;;) {
    const known = memo.get(start);
    if (known !== undefined) {
      found = known;
      break;
    }
    walked.push(start);
    if (start === 0) break;
    const aboveStart = text.lastIndexOf("\n", start - 2) + 1;
    const above = text.slice(aboveStart, start - 1);
    if (above.trim() === "" || isRow(above) || TABLE_RULE.test(above)) {
      start = aboveStart;
      continue;
    }
    const cells = cellsOf(above);
    found = cells.length >= 2 ? { cells, noteScale: noteAbove(text, aboveStart), introduced: GRANTS_INTRODUCED.test(lineAbove(text, aboveStart)) } : null;
    break;
  }
  for (const w of walked) memo.set(w, found);
  return found;
}
