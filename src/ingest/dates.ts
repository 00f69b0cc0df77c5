import type { DatePrecision } from "../graphql/generated/types.js";

export interface LooseDate {
  date: string | null;
  precision: DatePrecision | null;
  /** Whatever the source said beyond the date itself ("inferred: …", "before 2011"). */
  note: string | null;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads the dates of the reference tables, which say how sure they are in words:
 * "2011-06-10", "2001-11", "(1993)", "2024 (date not verified)", "(before 2011)",
 * "(not collected)", "2019-06-27 (inferred: …)". An end date known only to the month or year
 * becomes the last day of that period, a start date the first, and the precision is kept.
 */
export function parseLooseDate(raw: string | undefined, edge: "start" | "end"): LooseDate {
  const text = (raw ?? "").trim();
  if (text === "") return { date: null, precision: null, note: null };
  const m = /^\(?(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?\)?\s*(.*)$/.exec(text);
  if (!m) return { date: null, precision: null, note: text.replace(/^\((.*)\)$/, "$1") };
  const [, y, mo, d, rest] = m;
  const year = Number(y);
  const note = rest ? rest.replace(/^\((.*)\)$/, "$1").trim() || null : text.startsWith("(") ? "year given in parentheses by the source" : null;
  if (d) return { date: `${y}-${mo}-${d}`, precision: "DAY", note };
  if (mo) {
    const day = edge === "start" ? "01" : String(lastDayOfMonth(year, Number(mo))).padStart(2, "0");
    return { date: `${y}-${mo}-${day}`, precision: "MONTH", note };
  }
  return { date: edge === "start" ? `${y}-01-01` : `${y}-12-31`, precision: "YEAR", note };
}
