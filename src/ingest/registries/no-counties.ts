import { readCsv, type CsvRow } from "../csv.js";
import { rowEvidence } from "../evidence.js";
import { DataError, type ActorFact, type RelationFact } from "../facts.js";
import { OPEN_START_NOTE, type Municipality } from "./no-municipalities.js";
import { dayAfter, holdsOn, overlap, precisionOf } from "./periods.js";

export const COUNTY_HISTORY = "reference/no_counties_history.csv";
export const COUNTY_SNAPSHOTS = [
  { file: "reference/no_counties_2011.csv", on: "2011-06-30", count: "n_municipalities_2011" },
  { file: "reference/no_counties_2024.csv", on: "2024-06-30", count: "n_municipalities_2024" },
];

export const countyId = (code: string) => `no:fylke:${code}`;

export interface County {
  code: string;
  row: CsvRow;
  fact: ActorFact;
  successors: string[];
}

export function countyActors(dataDir: string): Map<string, County> {
  const out = new Map<string, County>();
  for (const row of readCsv(dataDir, COUNTY_HISTORY)) {
    const v = row.values;
    const validFrom = v.valid_from || null;
    const validTo = v.valid_to || null;
    out.set(v.code!, {
      code: v.code!,
      row,
      successors: (v.successor_codes ?? "").split(/\s+/).filter(Boolean),
      fact: {
        loc: row.loc,
        id: countyId(v.code!),
        kind: "COUNTY",
        name: v.name!,
        aliases: [],
        country: "NO",
        officialIdScheme: "fylkesnummer",
        officialId: v.code!,
        number: v.code!,
        description: null,
        validFrom,
        validFromPrecision: validFrom ? "DAY" : null,
        validTo,
        validToPrecision: validTo ? "DAY" : null,
        validityNote: validFrom ? "the days SSB numbers municipalities in this county" : `the days SSB numbers municipalities in this county; start ${OPEN_START_NOTE}`,
        openStart: validFrom === null,
        evidence: [rowEvidence(row)],
      },
    });
  }
  return out;
}

/** The 2011 and 2024 county tables: the same codes on their day, and as many municipalities in each. */
export function crossCheckCounties(dataDir: string, counties: Map<string, County>, municipalities: Map<string, Municipality>): DataError[] {
  const errors: DataError[] = [];
  for (const snap of COUNTY_SNAPSHOTS) {
    for (const row of readCsv(dataDir, snap.file)) {
      const code = row.values.fylkesnummer!;
      const c = counties.get(code);
      if (!c || !holdsOn({ from: c.fact.validFrom, to: c.fact.validTo }, snap.on)) {
        errors.push(new DataError(row.loc, "fylkesnummer", `${code} is not valid on ${snap.on} in ${COUNTY_HISTORY}`));
        continue;
      }
      const alias = row.values.fylke_name_as_in_fhidata;
      if (alias && alias !== c.fact.name && !c.fact.aliases.includes(alias)) c.fact.aliases.push(alias);
      c.fact.evidence.push(rowEvidence(row));
      const expected = Number(row.values[snap.count]);
      const actual = [...municipalities.values()].filter((m) => m.county === code && holdsOn({ from: m.fact.validFrom, to: m.fact.validTo }, snap.on)).length;
      if (actual !== expected) errors.push(new DataError(row.loc, snap.count, `${expected} municipalities, but the history has ${actual} in county ${code} on ${snap.on}`));
    }
  }
  return errors;
}

/** County mergers (two or more predecessors) and splits (two or more successors), from the county table. */
export function countySuccessions(counties: Map<string, County>): RelationFact[] {
  const out: RelationFact[] = [];
  for (const c of counties.values()) {
    if (!c.fact.validTo) continue;
    for (const code of c.successors) {
      out.push({
        loc: c.row.loc, id: `rel:succeeded-by:${c.fact.id}:${countyId(code)}`, type: "SUCCEEDED_BY", category: "SUCCESSION",
        subjectId: c.fact.id, objectId: countyId(code), role: c.successors.length > 1 ? "split" : null,
        note: c.successors.length > 1 ? `split between ${c.successors.join(", ")}` : null,
        validFrom: dayAfter(c.fact.validTo), validFromPrecision: "DAY", validTo: null, validToPrecision: null,
        validityNote: "the day after the county's last day", evidence: [rowEvidence(c.row)],
      });
    }
  }
  return out;
}

/** A municipality lies in the county its number begins with (SSB's definition), for as long as both hold. */
export function locatedIn(municipalities: Map<string, Municipality>, counties: Map<string, County>): { relations: RelationFact[]; errors: DataError[] } {
  const relations: RelationFact[] = [];
  const errors: DataError[] = [];
  for (const m of municipalities.values()) {
    const c = counties.get(m.county);
    const span = c && overlap({ from: m.fact.validFrom, to: m.fact.validTo }, { from: c.fact.validFrom, to: c.fact.validTo });
    if (!c || !span) {
      errors.push(new DataError(m.periods[0]!.loc, "county_code", `county ${m.county} is not in ${COUNTY_HISTORY} while ${m.code} is valid`));
      continue;
    }
    relations.push({
      loc: m.fact.loc, id: `rel:located-in:${m.fact.id}:${c.fact.id}`, type: "LOCATED_IN", category: "GOVERNANCE",
      subjectId: m.fact.id, objectId: c.fact.id, role: null, note: null,
      validFrom: span.from, validFromPrecision: precisionOf(span.from, m.fact, c.fact), validTo: span.to, validToPrecision: precisionOf(span.to, m.fact, c.fact),
      validityNote: span.from === null ? `both ${OPEN_START_NOTE}` : "while the municipality number and its county both hold",
      openStart: span.from === null,
      evidence: [...m.periods.map(rowEvidence), rowEvidence(c.row)],
    });
  }
  return { relations, errors };
}
