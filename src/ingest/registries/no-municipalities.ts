import { readCsv, type CsvRow } from "../csv.js";
import { rowEvidence } from "../evidence.js";
import { DataError, type ActorFact, type RelationFact } from "../facts.js";
import { dayAfter, holdsOn } from "./periods.js";

export const MUNICIPALITY_HISTORY = "reference/no_municipalities_history.csv";
/** The snapshots the history replaced: read as cross-checks and for the other spellings they give. */
export const MUNICIPALITY_SNAPSHOTS = [
  { file: "reference/no_municipalities_2011.csv", on: "2011-06-30", names: ["name_fhidata", "name_ssb_grouping_text"] },
  { file: "reference/no_municipalities_2012.csv", on: "2012-06-30", names: ["name_fhidata", "name_ssb_grouping_text"] },
  { file: "reference/no_municipalities_2024.csv", on: "2024-06-30", names: ["name_ssb_grouping_text", "name_nav_list"] },
];

export const municipalityId = (code: string) => `no:kommune:${code}`;

/** One municipality number over its whole life: its name periods in order. */
export interface Municipality {
  code: string;
  county: string;
  periods: CsvRow[];
  fact: ActorFact;
}

/** Empty `valid_from`: the row is already in SSB's oldest version (1971); it is an open start. */
export const OPEN_START_NOTE = "already in SSB's oldest stored version (1971-01-01); the true start is earlier and open";

const periodOf = (row: CsvRow) => ({ from: row.values.valid_from || null, to: row.values.valid_to || null });

/** Groups the history table's name periods by code, in date order. */
export function readMunicipalityHistory(dataDir: string): Map<string, CsvRow[]> {
  const byCode = new Map<string, CsvRow[]>();
  for (const row of readCsv(dataDir, MUNICIPALITY_HISTORY)) {
    const list = byCode.get(row.values.code!) ?? [];
    list.push(row);
    byCode.set(row.values.code!, list);
  }
  for (const rows of byCode.values()) rows.sort((a, b) => (a.values.valid_from || "").localeCompare(b.values.valid_from || ""));
  return byCode;
}

/** A municipality number is one actor: its latest name, earlier names as aliases, its first start and last end. */
export function municipalityActors(history: Map<string, CsvRow[]>): Map<string, Municipality> {
  const out = new Map<string, Municipality>();
  for (const [code, periods] of history) {
    const first = periods[0]!;
    const last = periods[periods.length - 1]!;
    const aliases = new Set<string>();
    for (const p of periods) {
      const name = p.values.name!;
      if (name !== last.values.name) aliases.add(name);
      for (const part of name.split(" - ")) if (part !== name) aliases.add(part.trim());
    }
    const validFrom = first.values.valid_from || null;
    const validTo = last.values.valid_to || null;
    out.set(code, {
      code,
      county: last.values.county_code!,
      periods,
      fact: {
        loc: first.loc,
        id: municipalityId(code),
        kind: "MUNICIPALITY",
        name: last.values.name!,
        aliases: [...aliases],
        country: "NO",
        officialIdScheme: "kommunenummer",
        officialId: code,
        number: code,
        description: null,
        validFrom,
        validFromPrecision: validFrom ? "DAY" : null,
        validTo,
        validToPrecision: validTo ? "DAY" : null,
        validityNote: validFrom ? "SSB KLASS 131: first and last day of this municipality number" : `SSB KLASS 131: last day of this municipality number; start ${OPEN_START_NOTE}`,
        openStart: validFrom === null,
        evidence: periods.map(rowEvidence),
      },
    });
  }
  return out;
}

/**
 * The snapshots as cross-checks: on the day each describes, the history must list exactly its
 * codes. They also add the other spellings they carry and their rows as further evidence.
 */
export function crossCheckSnapshots(dataDir: string, municipalities: Map<string, Municipality>): DataError[] {
  const errors: DataError[] = [];
  for (const snap of MUNICIPALITY_SNAPSHOTS) {
    const rows = readCsv(dataDir, snap.file);
    const listed = new Set<string>();
    for (const row of rows) {
      const code = row.values.kommunenummer!;
      listed.add(code);
      const m = municipalities.get(code);
      if (!m || !m.periods.some((p) => holdsOn(periodOf(p), snap.on))) {
        errors.push(new DataError(row.loc, "kommunenummer", `${code} is not valid on ${snap.on} in ${MUNICIPALITY_HISTORY}`));
        continue;
      }
      for (const column of snap.names) {
        const name = row.values[column];
        if (name && name !== m.fact.name && !m.fact.aliases.includes(name)) m.fact.aliases.push(name);
      }
      m.fact.evidence.push(rowEvidence(row));
    }
    for (const m of municipalities.values()) {
      const valid = m.periods.find((p) => holdsOn(periodOf(p), snap.on));
      if (valid && !listed.has(m.code)) errors.push(new DataError(valid.loc, "code", `${m.code} is valid on ${snap.on} but missing from ${snap.file}`));
    }
  }
  return errors;
}

/**
 * Successions as dated records: an ending number passes to each code SSB lists as receiving it
 * (two or more: a split), and a name period that ends while the number continues is a rename.
 */
export function municipalitySuccessions(municipalities: Map<string, Municipality>): RelationFact[] {
  const out: RelationFact[] = [];
  for (const m of municipalities.values()) {
    m.periods.forEach((row, i) => {
      const end = row.values.valid_to;
      if (!end) return;
      const on = dayAfter(end);
      const successors = (row.values.successor_codes ?? "").split(/\s+/).filter(Boolean);
      const base = {
        loc: row.loc, category: "SUCCESSION" as const, subjectId: m.fact.id,
        validFrom: on, validFromPrecision: "DAY" as const, validTo: null, validToPrecision: null, evidence: [rowEvidence(row)],
      };
      if (successors.length === 1 && successors[0] === m.code) {
        const next = m.periods[i + 1];
        out.push({
          ...base, id: `rel:renamed:${m.fact.id}:${on}`, type: "RENAMED", objectId: m.fact.id,
          role: `${row.values.name} → ${next?.values.name ?? "?"}`, note: "the number continued under a new name",
          validityNote: "SSB's date of the new name (1 January of the version that first prints it)",
          evidence: next ? [rowEvidence(row), rowEvidence(next)] : [rowEvidence(row)],
        });
        return;
      }
      for (const code of successors) {
        out.push({
          ...base, id: `rel:succeeded-by:${m.fact.id}:${municipalityId(code)}`, type: "SUCCEEDED_BY", objectId: municipalityId(code),
          role: successors.length > 1 ? "split" : null,
          note: successors.length > 1 ? `split between ${successors.join(", ")}` : null,
          validityNote: "the day after the old number's last day",
        });
      }
    });
  }
  return out;
}
