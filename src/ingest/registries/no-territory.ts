import { parseLooseDate } from "../dates.js";
import { readCsv, type CsvRow } from "../csv.js";
import { rowEvidence } from "../evidence.js";
import { emptyBatch, type ActorFact, type Batch, type ValidityFields } from "../facts.js";
import { slug } from "../../text/fold.js";

export const NO_TERRITORY_FILES = [
  "reference/no_municipalities_2011.csv",
  "reference/no_municipalities_2012.csv",
  "reference/no_municipalities_2024.csv",
  "reference/no_counties_2011.csv",
  "reference/no_counties_2024.csv",
  "reference/no_county_governor_offices.csv",
];

export const municipalityId = (code: string) => `no:kommune:${code}`;
export const countyId = (code: string) => `no:fylke:${code}`;
export const countyGovernorId = (name: string) => `no:county-governor:${slug(name)}`;

interface Interval {
  from: string | null;
  to: string | null;
}

function overlap(a: Interval, b: Interval): Interval | null {
  const from = a.from === null ? b.from : b.from === null ? a.from : a.from > b.from ? a.from : b.from;
  const to = a.to === null ? b.to : b.to === null ? a.to : a.to < b.to ? a.to : b.to;
  if (from !== null && to !== null && from > to) return null;
  return { from, to };
}

function precisionOf(date: string | null, ...candidates: ValidityFields[]): "DAY" | "MONTH" | "YEAR" | null {
  for (const c of candidates) {
    if (c.validFrom === date && date !== null) return c.validFromPrecision;
    if (c.validTo === date && date !== null) return c.validToPrecision;
  }
  return null;
}

/**
 * The Norwegian territorial registry as one batch: municipalities of 2011, 2012 and 2024,
 * counties, and county governor offices. They are loaded together because each unit's
 * validity is derived across the tables (a code listed in 2012 with no end year that is
 * still listed in 2024 is one continuing unit).
 */
export function importNorwegianTerritory(dataDir: string): Batch {
  const batch = emptyBatch("reference/no_*territory*.csv (6 files)");
  const m11 = readCsv(dataDir, NO_TERRITORY_FILES[0]!);
  const m12 = readCsv(dataDir, NO_TERRITORY_FILES[1]!);
  const m24 = readCsv(dataDir, NO_TERRITORY_FILES[2]!);
  const c11 = readCsv(dataDir, NO_TERRITORY_FILES[3]!);
  const c24 = readCsv(dataDir, NO_TERRITORY_FILES[4]!);
  const offices = readCsv(dataDir, NO_TERRITORY_FILES[5]!);

  // --- municipalities -------------------------------------------------------------
  const byCode = new Map<string, { rows: CsvRow[]; fact: ActorFact; county: string }>();
  for (const row of [...m11, ...m12]) {
    const v = row.values;
    const code = v.kommunenummer!;
    const known = byCode.get(code);
    if (known) {
      known.rows.push(row);
      continue;
    }
    const name = v.name_ssb_grouping_text || v.name_fhidata || "";
    const aliases = new Set<string>();
    if (v.name_fhidata && v.name_fhidata !== name) aliases.add(v.name_fhidata);
    for (const part of name.split(" - ")) if (part !== name) aliases.add(part.trim());
    const start = parseLooseDate(v.fhidata_year_start, "start");
    const end = parseLooseDate(v.fhidata_year_end, "end");
    byCode.set(code, {
      rows: [row],
      county: v.county_code!,
      fact: {
        loc: row.loc,
        id: municipalityId(code),
        kind: "MUNICIPALITY",
        name,
        aliases: [...aliases],
        country: "NO",
        officialIdScheme: "kommunenummer",
        officialId: code,
        number: code,
        description: null,
        validFrom: start.date,
        validFromPrecision: start.precision,
        validTo: end.date,
        validToPrecision: end.precision,
        validityNote: "first and last year of this municipality number (FHIDATA year_start/year_end)",
        evidence: [],
      },
    });
  }
  for (const row of m24) {
    const v = row.values;
    const code = v.kommunenummer!;
    const known = byCode.get(code);
    if (known) {
      known.rows.push(row);
      continue;
    }
    const name = v.name_ssb_grouping_text || v.name_nav_list || "";
    const aliases = new Set<string>();
    if (v.name_nav_list && v.name_nav_list !== name) aliases.add(v.name_nav_list);
    for (const part of name.split(" - ")) if (part !== name) aliases.add(part.trim());
    byCode.set(code, {
      rows: [row],
      county: v.county_code!,
      fact: {
        loc: row.loc,
        id: municipalityId(code),
        kind: "MUNICIPALITY",
        name,
        aliases: [...aliases],
        country: "NO",
        officialIdScheme: "kommunenummer",
        officialId: code,
        number: code,
        description: null,
        validFrom: "2024-01-01",
        validFromPrecision: "YEAR",
        validTo: null,
        validToPrecision: null,
        validityNote: "first listed in the 2024 registry (REGTOOLS, NAV); the unit may be older: its start date is not in the sources",
        evidence: [],
      },
    });
  }
  for (const { rows, fact } of byCode.values()) {
    fact.evidence = rows.map(rowEvidence);
    batch.actors.push(fact);
  }

  // --- counties --------------------------------------------------------------------
  const counties = new Map<string, ActorFact>();
  const lastYearOfCounty = new Map<string, number>();
  for (const { rows, county } of byCode.values()) {
    const end = rows[0]!.values.fhidata_year_end;
    if (rows[0]!.loc.file.includes("2024")) continue;
    const y = end ? Number(end) : 9999;
    lastYearOfCounty.set(county, Math.max(lastYearOfCounty.get(county) ?? 0, y));
  }
  const codes2024 = new Set(c24.map((r) => r.values.fylkesnummer!));
  for (const row of c11) {
    const code = row.values.fylkesnummer!;
    const inToday = codes2024.has(code);
    const last = lastYearOfCounty.get(code);
    const derivedEnd = !inToday && last !== undefined && last !== 9999 ? `${last}-12-31` : null;
    counties.set(code, {
      loc: row.loc,
      id: countyId(code),
      kind: "COUNTY",
      name: row.values.fylke_name!,
      aliases: row.values.fylke_name_as_in_fhidata && row.values.fylke_name_as_in_fhidata !== row.values.fylke_name ? [row.values.fylke_name_as_in_fhidata] : [],
      country: "NO",
      officialIdScheme: "fylkesnummer",
      officialId: code,
      number: code,
      description: null,
      validFrom: null,
      validFromPrecision: null,
      validTo: derivedEnd,
      validToPrecision: derivedEnd ? "YEAR" : null,
      validityNote: derivedEnd
        ? `existed before 2011; end derived: last year its municipalities were numbered in it (${last}, FHIDATA)`
        : "existed before 2011 and is still listed in 2024",
      evidence: [rowEvidence(row)],
    });
  }
  for (const row of c24) {
    const code = row.values.fylkesnummer!;
    const known = counties.get(code);
    if (known) {
      known.evidence.push(rowEvidence(row));
      continue;
    }
    counties.set(code, {
      loc: row.loc,
      id: countyId(code),
      kind: "COUNTY",
      name: row.values.fylke_name!,
      aliases: [],
      country: "NO",
      officialIdScheme: "fylkesnummer",
      officialId: code,
      number: code,
      description: null,
      validFrom: "2024-01-01",
      validFromPrecision: "YEAR",
      validTo: null,
      validToPrecision: null,
      validityNote: "first listed in the 2024 registry; the county may be older: its start date is not in the sources",
      evidence: [rowEvidence(row)],
    });
  }
  batch.actors.push(...counties.values());

  // municipality LOCATED_IN county, for the municipality's whole validity
  for (const { rows, fact, county } of byCode.values()) {
    batch.relations.push({
      loc: fact.loc,
      id: `rel:located-in:${fact.id}:${countyId(county)}`,
      type: "LOCATED_IN",
      category: "GOVERNANCE",
      subjectId: fact.id,
      objectId: countyId(county),
      role: null,
      note: null,
      validFrom: fact.validFrom,
      validFromPrecision: fact.validFromPrecision,
      validTo: fact.validTo,
      validToPrecision: fact.validToPrecision,
      validityNote: fact.validityNote,
      evidence: rows.map(rowEvidence),
    });
  }

  // municipality SUCCEEDED_BY (mergers and renumberings)
  for (const { rows, fact } of byCode.values()) {
    const v = rows[0]!.values;
    const next = v.successor_code_fhidata;
    if (!next || !v.fhidata_year_end) continue;
    const direct = byCode.has(next);
    const target = direct ? next : v.harmonized_code_2024_ssb_grouping;
    if (!target || target === "Rest" || !byCode.has(target) || target === v.kommunenummer) continue;
    const from = parseLooseDate(String(Number(v.fhidata_year_end) + 1), "start");
    batch.relations.push({
      loc: rows[0]!.loc,
      id: `rel:succeeded-by:${fact.id}:${municipalityId(target)}`,
      type: "SUCCEEDED_BY",
      category: "SUCCESSION",
      subjectId: fact.id,
      objectId: municipalityId(target),
      role: null,
      note: direct
        ? "FHIDATA successor code"
        : `via intermediate number ${next} (not in these registries); SSB's 2024 grouping maps the unit to ${target}`,
      validFrom: from.date,
      validFromPrecision: from.precision,
      validTo: null,
      validToPrecision: null,
      validityNote: direct ? "the year after the last year of the old number" : "first change the year after the last year of the old number",
      evidence: rows.map(rowEvidence),
    });
  }

  // --- county governor offices ---------------------------------------------------------
  const countyByName = new Map([...counties.values()].map((c) => [c.name, c.officialId!]));
  const officeFacts = new Map<string, ActorFact>();
  for (const row of offices) {
    const v = row.values;
    const from = parseLooseDate(v.valid_from, "start");
    const to = parseLooseDate(v.valid_to, "end");
    const name = v.office_name!;
    const fact: ActorFact = {
      loc: row.loc,
      id: countyGovernorId(name),
      kind: "COUNTY_GOVERNOR",
      name,
      aliases: [],
      country: "NO",
      officialIdScheme: null,
      officialId: null,
      number: null,
      description: v.note || null,
      validFrom: from.date,
      validFromPrecision: from.precision,
      validTo: to.date,
      validToPrecision: to.precision,
      validityNote: [from.note, to.note].filter(Boolean).join("; ") || null,
      evidence: [rowEvidence(row)],
    };
    officeFacts.set(name, fact);
    batch.actors.push(fact);
  }
  const covers: { office: ActorFact; county: string; row: CsvRow }[] = [];
  for (const row of offices) {
    const office = officeFacts.get(row.values.office_name!)!;
    const text = row.values.covers_counties ?? "";
    const numbered = [...text.matchAll(/\b(\d{2})\s+[A-ZÆØÅ]/g)].map((m) => m[1]!);
    const cover = numbered.length > 0 ? numbered : text.split(/;\s*/).map((n) => countyByName.get(n.replace(/\s*\(.*\)$/, "").trim())).filter((c): c is string => !!c);
    for (const county of cover) {
      if (!counties.has(county)) continue;
      covers.push({ office, county, row });
      batch.relations.push({
        loc: row.loc,
        id: `rel:covers:${office.id}:${countyId(county)}`,
        type: "COVERS",
        category: "GOVERNANCE",
        subjectId: office.id,
        objectId: countyId(county),
        role: null,
        note: null,
        validFrom: office.validFrom,
        validFromPrecision: office.validFromPrecision,
        validTo: office.validTo,
        validToPrecision: office.validToPrecision,
        validityNote: office.validityNote,
        evidence: [rowEvidence(row)],
      });
    }
    const successor = row.values.successor_office;
    if (successor && officeFacts.has(successor)) {
      const next = officeFacts.get(successor)!;
      batch.relations.push({
        loc: row.loc,
        id: `rel:succeeded-by:${office.id}:${next.id}`,
        type: "SUCCEEDED_BY",
        category: "SUCCESSION",
        subjectId: office.id,
        objectId: next.id,
        role: null,
        note: null,
        validFrom: next.validFrom,
        validFromPrecision: next.validFromPrecision,
        validTo: null,
        validToPrecision: null,
        validityNote: next.validityNote,
        evidence: [rowEvidence(row)],
      });
    }
  }
  // 2024 counties name their office in the county table (the new counties of 2024 are not
  // in the office table's coverage column).
  for (const row of c24) {
    const county = row.values.fylkesnummer!;
    for (const officeName of (row.values.statsforvalter_office_2024 ?? "").split(" / ")) {
      const full = officeName.startsWith("Statsforvalteren") ? officeName : `Statsforvalteren i ${officeName}`;
      const office = officeFacts.get(full.replace(/\s*\(.*\)$/, "").trim());
      if (!office || covers.some((c) => c.office === office && c.county === county)) continue;
      covers.push({ office, county, row });
      const span = overlap({ from: office.validFrom, to: office.validTo }, { from: "2024-01-01", to: null })!;
      batch.relations.push({
        loc: row.loc,
        id: `rel:covers:${office.id}:${countyId(county)}`,
        type: "COVERS",
        category: "GOVERNANCE",
        subjectId: office.id,
        objectId: countyId(county),
        role: null,
        note: "from the 2024 county table",
        validFrom: span.from,
        validFromPrecision: precisionOf(span.from, office, { validFrom: "2024-01-01", validFromPrecision: "YEAR", validTo: null, validToPrecision: null, validityNote: null }),
        validTo: span.to,
        validToPrecision: precisionOf(span.to, office),
        validityNote: office.validityNote,
        evidence: [rowEvidence(row)],
      });
    }
  }

  // --- SUPERVISES: office → each municipality of a county it covered, while both held --
  for (const { rows, fact, county } of byCode.values()) {
    for (const c of covers.filter((x) => x.county === county)) {
      const span = overlap({ from: fact.validFrom, to: fact.validTo }, { from: c.office.validFrom, to: c.office.validTo });
      if (!span) continue;
      batch.relations.push({
        loc: fact.loc,
        id: `rel:supervises:${c.office.id}:${fact.id}`,
        type: "SUPERVISES",
        category: "GOVERNANCE",
        subjectId: c.office.id,
        objectId: fact.id,
        role: null,
        note: "derived: the office covered the municipality's county",
        validFrom: span.from,
        validFromPrecision: precisionOf(span.from, fact, c.office),
        validTo: span.to,
        validToPrecision: precisionOf(span.to, fact, c.office),
        validityNote: "overlap of the municipality's validity and the office's coverage of its county",
        evidence: [rowEvidence(rows[0]!), rowEvidence(c.row)],
      });
    }
  }
  return batch;
}
