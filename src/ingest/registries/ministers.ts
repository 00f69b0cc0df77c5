import { parseLooseDate } from "../dates.js";
import { readCsv } from "../csv.js";
import { rowEvidence } from "../evidence.js";
import type { CsvRow } from "../csv.js";
import { DataError, emptyBatch, type ActorFact } from "../facts.js";
import type { RegistryResult } from "./registry.js";
import { dayAfter, dayBefore, holdsOn, overlap, type Period } from "./periods.js";
import { slug } from "../../text/fold.js";
import type { Country } from "../../graphql/generated/types.js";

export interface MinistryTerm {
  ministryId: string;
  /** The name the table writes in its `ministry` column, when it has one. */
  name?: string;
  from: string | null;
  to: string | null;
}

export interface MinisterTable {
  file: string;
  country: Country;
  columns: { start: string; end: string };
  /** The health ministry under its successive names (defined in data/curated/actors.yaml). */
  ministries: MinistryTerm[];
  /**
   * The table names each term's ministry: a term goes to the known ministry of that name that
   * held during it, and a name the curated actors do not have for that time becomes a ministry
   * of its own, valid while the table names it.
   */
  ministryColumn?: string;
  /** Tables the history replaced: each term they give a start day for must agree with it. */
  crossChecks?: string[];
}

export const MINISTER_TABLES: MinisterTable[] = [
  {
    file: "reference/no_health_ministers.csv",
    country: "NO",
    columns: { start: "start_date", end: "end_date" },
    ministries: [
      { ministryId: "no:ministry:helsedepartementet", from: "2002-01-01", to: "2004-09-30" },
      { ministryId: "no:ministry:hod", from: "2004-10-01", to: null },
    ],
  },
  {
    file: "reference/dk_health_ministers_history.csv",
    country: "DK",
    columns: { start: "valid_from", end: "valid_to" },
    ministryColumn: "ministry",
    ministries: [
      { ministryId: "dk:ministry:indenrigs-og-sundhedsministeriet", name: "Indenrigs- og Sundhedsministeriet", from: "2001-11-01", to: "2007-11-30" },
      { ministryId: "dk:ministry:ministeriet-for-sundhed-og-forebyggelse", name: "Ministeriet for Sundhed og Forebyggelse", from: "2007-11-01", to: "2015-06-27" },
      { ministryId: "dk:ministry:sum", name: "Sundheds- og Ældreministeriet", from: "2015-06-28", to: null },
    ],
    crossChecks: ["reference/dk_health_ministers.csv"],
  },
];

export const personId = (country: Country, name: string) => `${country.toLowerCase()}:person:${slug(name)}`;

/**
 * Health ministers and their terms as HEADS relations to the ministry under the name it bore
 * during each part of the term. The tables give a term's end as the successor's first day,
 * so the last day of a term is the day before: on any date exactly one minister heads.
 */
export function importMinisters(dataDir: string, table: MinisterTable): RegistryResult {
  const batch = emptyBatch(table.file);
  const errors: DataError[] = [];
  const people = new Map<string, ActorFact>();
  const derivedMinistries = new Map<string, ActorFact>();
  const terms: { name: string; from: string | null; to: string | null }[] = [];
  for (const row of readCsv(dataDir, table.file)) {
    const v = row.values;
    const name = v.name!;
    const id = personId(table.country, name);
    const start = parseLooseDate(v[table.columns.start], "start");
    const end = parseLooseDate(v[table.columns.end], "end");
    const party = v.party && !v.party.startsWith("(") ? v.party.replace(/\s*\(.*\)$/, "") : null;
    const known = people.get(id);
    if (known) known.evidence.push(rowEvidence(row));
    else people.set(id, {
      loc: row.loc,
      id,
      kind: "PERSON",
      name,
      aliases: [],
      country: table.country,
      officialIdScheme: null,
      officialId: null,
      number: null,
      description: [party && `party: ${party}`, v.cabinet && `cabinet: ${v.cabinet}`].filter(Boolean).join("; ") || null,
      validFrom: null,
      validFromPrecision: null,
      validTo: null,
      validToPrecision: null,
      validityNote: null,
      evidence: [rowEvidence(row)],
    });
    const termEnd = end.date && end.precision === "DAY" ? dayBefore(end.date) : end.date;
    terms.push({ name, from: start.date, to: termEnd });
    const ministries = table.ministryColumn ? [ministryNamed(table, v[table.ministryColumn]!, { from: start.date, to: termEnd }, row, derivedMinistries)] : table.ministries;
    for (const m of ministries) {
      // The part of the term during which the ministry bore this name; an unknown start
      // stays unknown rather than borrowing the ministry's.
      const from = start.date === null ? null : m.from === null || start.date > m.from ? start.date : m.from;
      const to = termEnd === null ? m.to : m.to === null || termEnd < m.to ? termEnd : m.to;
      const startsInTime = m.to === null || from === null || from <= m.to;
      const endsInTime = m.from === null || to === null || to >= m.from;
      if (!startsInTime || !endsInTime) continue;
      batch.relations.push({
        loc: row.loc,
        id: `rel:heads:${id}:${m.ministryId}:${from ?? "unknown"}`,
        type: "HEADS",
        category: "GOVERNANCE",
        subjectId: id,
        objectId: m.ministryId,
        role: v.title || (table.country === "NO" ? "helse- og omsorgsminister / helseminister" : "sundhedsminister"),
        note: [start.note, end.note].filter(Boolean).join("; ") || null,
        validFrom: from,
        validFromPrecision: from === start.date ? start.precision : "DAY",
        validTo: to,
        validToPrecision: to === null ? null : "DAY",
        validityNote: end.date ? "the table's end date is the successor's first day; the term's last day is the day before" : null,
        evidence: [rowEvidence(row)],
      });
    }
  }
  for (const file of table.crossChecks ?? []) errors.push(...crossCheckTerms(dataDir, file, table.country, terms));
  batch.actors.push(...people.values(), ...derivedMinistries.values());
  return { batch, errors };
}

/** The known ministry of this name during the term, or one derived from the table's rows. */
function ministryNamed(table: MinisterTable, name: string, term: Period, row: CsvRow, derived: Map<string, ActorFact>): MinistryTerm {
  const known = table.ministries.find((m) => m.name === name && overlap({ from: m.from, to: m.to }, term));
  if (known) return known;
  const last = [...derived.values()].at(-1);
  if (last && last.name === name && last.validTo && term.from && dayAfter(last.validTo) === term.from) {
    last.validTo = term.to;
    last.validToPrecision = term.to ? "DAY" : null;
    last.evidence.push(rowEvidence(row));
    return { ministryId: last.id, name, from: last.validFrom, to: last.validTo };
  }
  const id = `${table.country.toLowerCase()}:ministry:${slug(name)}-${(term.from ?? "unknown").slice(0, 4)}`;
  derived.set(id, {
    loc: row.loc, id, kind: "MINISTRY", name, aliases: [], country: table.country, officialIdScheme: null, officialId: null, number: null,
    description: "the health ministry under this name, as the minister table names it",
    validFrom: term.from, validFromPrecision: term.from ? "DAY" : null, validTo: term.to, validToPrecision: term.to ? "DAY" : null,
    validityNote: "the days the minister table names this ministry; the ministry's own founding and end dates were not collected",
    evidence: [rowEvidence(row)],
  });
  return { ministryId: id, name, from: term.from, to: term.to };
}

/** Each start day an older table gives must be a day on which the history names the same minister. */
function crossCheckTerms(dataDir: string, file: string, country: Country, terms: { name: string; from: string | null; to: string | null }[]): DataError[] {
  const errors: DataError[] = [];
  for (const row of readCsv(dataDir, file)) {
    const start = parseLooseDate(row.values.start_date, "start");
    if (start.precision !== "DAY" || start.note) continue;
    const on = terms.filter((t) => holdsOn(t, start.date!)).map((t) => t.name);
    if (on.length !== 1 || on[0] !== row.values.name) errors.push(new DataError(row.loc, "start_date", `${country} history names ${on.join(", ") || "no minister"} on ${start.date}, not ${row.values.name}`));
  }
  return errors;
}
