import { parseLooseDate } from "../dates.js";
import { readCsv, type CsvRow } from "../csv.js";
import { rowEvidence } from "../evidence.js";
import { DataError, type ActorFact, type RelationFact } from "../facts.js";
import { slug } from "../../text/fold.js";
import type { County } from "./no-counties.js";
import type { Municipality } from "./no-municipalities.js";
import { dayBefore, holdsOn, overlap, precisionOf, type Period } from "./periods.js";

export const OFFICE_TABLE = "reference/no_county_governor_offices.csv";
const COUNTIES_2011 = "reference/no_counties_2011.csv";

export const countyGovernorId = (name: string) => `no:county-governor:${slug(name)}`;

export interface Office {
  name: string;
  row: CsvRow;
  fact: ActorFact;
  predecessors: string[];
  successor: string | null;
  /** County codes the office covered at some time, each for the days both held. */
  covers: Set<string>;
}

const period = (f: { validFrom: string | null; validTo: string | null }): Period => ({ from: f.validFrom, to: f.validTo });

/**
 * The offices with their validity. "(before 2011)" is a start the table predates, so it is
 * open. An end given only as a year in which the successor starts, also given only as a year
 * ("(2024, see note)" then "2024 (date not verified)"), is taken as the day before the
 * successor's start, so that the renamed office does not overlap its predecessor.
 */
export function officeActors(dataDir: string): Map<string, Office> {
  const offices = new Map<string, Office>();
  for (const row of readCsv(dataDir, OFFICE_TABLE)) {
    const v = row.values;
    const from = parseLooseDate(v.valid_from, "start");
    const to = parseLooseDate(v.valid_to, "end");
    const openStart = from.date === null && /before/i.test(v.valid_from ?? "");
    offices.set(v.office_name!, {
      name: v.office_name!,
      row,
      predecessors: (v.predecessor_offices ?? "").split(/;\s*/).filter(Boolean),
      successor: v.successor_office || null,
      covers: new Set(),
      fact: {
        loc: row.loc, id: countyGovernorId(v.office_name!), kind: "COUNTY_GOVERNOR", name: v.office_name!, aliases: [], country: "NO",
        officialIdScheme: null, officialId: null, number: null, description: v.note || null,
        validFrom: from.date, validFromPrecision: from.precision, validTo: to.date, validToPrecision: to.precision,
        validityNote: [openStart ? "in office before the table's first year (2011); an open start" : from.note, to.note].filter(Boolean).join("; ") || null,
        openStart,
        evidence: [rowEvidence(row)],
      },
    });
  }
  for (const o of offices.values()) {
    const next = o.successor ? offices.get(o.successor) : undefined;
    if (!next || o.fact.validToPrecision !== "YEAR" || next.fact.validFromPrecision !== "YEAR" || !next.fact.validFrom) continue;
    if (o.fact.validTo!.slice(0, 4) !== next.fact.validFrom.slice(0, 4)) continue;
    o.fact.validTo = dayBefore(next.fact.validFrom);
    o.fact.validityNote = `${o.fact.validityNote ? `${o.fact.validityNote}; ` : ""}end derived: the day before its successor's start (both given only as ${next.fact.validFrom.slice(0, 4)})`;
  }
  return offices;
}

/**
 * Which counties each office covered. The table names them by number or by name; a name means
 * the county of that name that held while the office did. Two rules carry coverage across
 * reforms the table does not spell out: an office renamed one to one keeps the counties its
 * predecessor covered that outlive it, and a county formed only from counties an office covered
 * is covered by that office from its first day, while the office holds.
 */
export function deriveCoverage(offices: Map<string, Office>, counties: Map<string, County>): DataError[] {
  const errors: DataError[] = [];
  const ordered = [...offices.values()].sort((a, b) => (a.fact.validFrom ?? "").localeCompare(b.fact.validFrom ?? ""));
  const predecessorsOf = new Map<string, string[]>();
  for (const c of counties.values()) for (const s of c.successors) predecessorsOf.set(s, [...(predecessorsOf.get(s) ?? []), c.code]);
  for (const o of ordered) {
    const text = o.row.values.covers_counties ?? "";
    const numbered = [...text.matchAll(/\b(\d{2})\s+\p{Lu}/gu)].map((m) => m[1]!);
    const named = numbered.length > 0 ? [] : text.replace(/\([^)]*\)/g, "").split(/;\s*/).map((n) => n.trim()).filter(Boolean);
    for (const code of numbered) {
      if (counties.has(code)) o.covers.add(code);
      else errors.push(new DataError(o.row.loc, "covers_counties", `no county ${code} in the county table`));
    }
    for (const name of named) {
      const match = [...counties.values()].filter((c) => c.fact.name === name && overlap(period(c.fact), period(o.fact)));
      if (match.length === 0) errors.push(new DataError(o.row.loc, "covers_counties", `no county named '${name}' holds while ${o.name} does`));
      match.forEach((c) => o.covers.add(c.code));
    }
    const only = o.predecessors.length === 1 ? offices.get(o.predecessors[0]!) : undefined;
    if (only?.fact.validTo) for (const code of only.covers) {
      const c = counties.get(code)!;
      if (c.fact.validTo === null || c.fact.validTo > only.fact.validTo) o.covers.add(code);
    }
    for (let grew = true; grew; ) {
      grew = false;
      for (const code of [...o.covers]) for (const next of counties.get(code)!.successors) {
        const formed = counties.get(next);
        if (!formed?.fact.validFrom || o.covers.has(next) || !holdsOn(period(o.fact), formed.fact.validFrom)) continue;
        if (!(predecessorsOf.get(next) ?? []).every((p) => o.covers.has(p))) continue;
        o.covers.add(next);
        grew = true;
      }
    }
  }
  return errors;
}

export function coversRelations(offices: Map<string, Office>, counties: Map<string, County>): RelationFact[] {
  const out: RelationFact[] = [];
  for (const o of offices.values()) for (const code of o.covers) {
    const c = counties.get(code)!;
    const span = overlap(period(o.fact), period(c.fact));
    if (!span) continue;
    out.push({
      loc: o.row.loc, id: `rel:covers:${o.fact.id}:${c.fact.id}`, type: "COVERS", category: "GOVERNANCE", subjectId: o.fact.id, objectId: c.fact.id,
      role: null, note: null, validFrom: span.from, validFromPrecision: precisionOf(span.from, o.fact, c.fact), validTo: span.to, validToPrecision: precisionOf(span.to, o.fact, c.fact),
      validityNote: "while the office held and the county existed", openStart: span.from === null, evidence: [rowEvidence(o.row), rowEvidence(c.row)],
    });
  }
  return out;
}

export function officeSuccessions(offices: Map<string, Office>): RelationFact[] {
  const out: RelationFact[] = [];
  for (const o of offices.values()) {
    const next = o.successor ? offices.get(o.successor) : undefined;
    if (!next) continue;
    out.push({
      loc: o.row.loc, id: `rel:succeeded-by:${o.fact.id}:${next.fact.id}`, type: "SUCCEEDED_BY", category: "SUCCESSION", subjectId: o.fact.id, objectId: next.fact.id,
      role: next.predecessors.length > 1 ? "merger" : "rename", note: null, validFrom: next.fact.validFrom, validFromPrecision: next.fact.validFromPrecision,
      validTo: null, validToPrecision: null, validityNote: next.fact.validityNote, evidence: [rowEvidence(o.row), rowEvidence(next.row)],
    });
  }
  return out;
}

/** An office supervises each municipality of a county it covers, for the days all three hold. */
export function supervises(offices: Map<string, Office>, counties: Map<string, County>, municipalities: Map<string, Municipality>): RelationFact[] {
  const out: RelationFact[] = [];
  for (const m of municipalities.values()) {
    const c = counties.get(m.county)!;
    for (const o of offices.values()) {
      if (!o.covers.has(m.county)) continue;
      const both = overlap(period(m.fact), period(o.fact));
      const span = both && overlap(both, period(c.fact));
      if (!span) continue;
      out.push({
        loc: m.fact.loc, id: `rel:supervises:${o.fact.id}:${m.fact.id}`, type: "SUPERVISES", category: "GOVERNANCE", subjectId: o.fact.id, objectId: m.fact.id,
        role: null, note: "derived: the office covered the municipality's county",
        validFrom: span.from, validFromPrecision: precisionOf(span.from, m.fact, o.fact, c.fact), validTo: span.to, validToPrecision: precisionOf(span.to, m.fact, o.fact, c.fact),
        validityNote: "while the municipality, its county and the office's coverage of it all held", openStart: span.from === null,
        evidence: [rowEvidence(m.periods[m.periods.length - 1]!), rowEvidence(o.row)],
      });
    }
  }
  return out;
}

/** The 2011 county table names each county's office; on its day the derived coverage must agree. */
export function crossCheckOffices(dataDir: string, offices: Map<string, Office>): DataError[] {
  const errors: DataError[] = [];
  for (const row of readCsv(dataDir, COUNTIES_2011)) {
    const code = row.values.fylkesnummer!;
    const named = row.values.county_governor_office_2011!;
    const derived = [...offices.values()].filter((o) => o.covers.has(code) && holdsOn(period(o.fact), "2011-06-30")).map((o) => o.name);
    if (derived.length !== 1 || derived[0] !== named) errors.push(new DataError(row.loc, "county_governor_office_2011", `'${named}', but ${OFFICE_TABLE} gives ${derived.join(", ") || "no office"} on 2011-06-30`));
  }
  return errors;
}
