import { emptyBatch, DataError, type Batch } from "../facts.js";
import type { RegistryResult } from "./registry.js";
import { countyActors, countySuccessions, crossCheckCounties, locatedIn, COUNTY_HISTORY, COUNTY_SNAPSHOTS, type County } from "./no-counties.js";
import { coversRelations, crossCheckOffices, deriveCoverage, officeActors, officeSuccessions, supervises, OFFICE_TABLE, type Office } from "./no-county-governors.js";
import { crossCheckSnapshots, municipalityActors, municipalitySuccessions, readMunicipalityHistory, MUNICIPALITY_HISTORY, MUNICIPALITY_SNAPSHOTS, type Municipality } from "./no-municipalities.js";
import { dayAfter, holdsOn } from "./periods.js";

export { municipalityId } from "./no-municipalities.js";
export { countyId } from "./no-counties.js";
export { countyGovernorId } from "./no-county-governors.js";

export const NO_TERRITORY_FILES = [MUNICIPALITY_HISTORY, COUNTY_HISTORY, OFFICE_TABLE, ...MUNICIPALITY_SNAPSHOTS.map((s) => s.file), ...COUNTY_SNAPSHOTS.map((s) => s.file)];

/** The first day the registries cover; checks run from here to the newest version. */
const FIRST_DAY = "2008-01-01";

/**
 * The Norwegian territorial registry, 2008–2024, from SSB's history tables: municipalities,
 * counties and county governor offices, with their successions, the county each municipality
 * lies in and the office that supervises it. The 2011, 2012 and 2024 snapshots are
 * cross-checks. Every step is a named derivation; the checks at the end make sure that on every
 * day that matters each municipality has exactly one county and one office.
 */
export function importNorwegianTerritory(dataDir: string): RegistryResult {
  const batch: Batch = emptyBatch(MUNICIPALITY_HISTORY);
  const municipalities = municipalityActors(readMunicipalityHistory(dataDir));
  const counties = countyActors(dataDir);
  const offices = officeActors(dataDir);
  const errors = [
    ...crossCheckSnapshots(dataDir, municipalities),
    ...crossCheckCounties(dataDir, counties, municipalities),
    ...deriveCoverage(offices, counties),
  ];
  errors.push(...crossCheckOffices(dataDir, offices));
  const located = locatedIn(municipalities, counties);
  errors.push(...located.errors, ...oneCountyAndOfficeEachDay(municipalities, counties, offices));

  batch.actors.push(...[...municipalities.values()].map((m) => m.fact), ...[...counties.values()].map((c) => c.fact), ...[...offices.values()].map((o) => o.fact));
  batch.relations.push(
    ...located.relations,
    ...municipalitySuccessions(municipalities),
    ...countySuccessions(counties),
    ...coversRelations(offices, counties),
    ...officeSuccessions(offices),
    ...supervises(offices, counties, municipalities),
  );
  return { batch, errors };
}

/** Every 30 June and every day a municipality, county or office begins or ends, from 2008 on. */
function checkDays(municipalities: Map<string, Municipality>, counties: Map<string, County>, offices: Map<string, Office>): string[] {
  const days = new Set<string>();
  for (let y = 2008; y <= 2024; y += 1) days.add(`${y}-06-30`);
  for (const f of [...[...municipalities.values()].map((m) => m.fact), ...[...counties.values()].map((c) => c.fact), ...[...offices.values()].map((o) => o.fact)]) {
    if (f.validFrom && f.validFrom >= FIRST_DAY) days.add(f.validFrom);
    if (f.validTo && f.validTo >= FIRST_DAY) {
      days.add(f.validTo);
      days.add(dayAfter(f.validTo));
    }
  }
  return [...days].filter((d) => d <= "2024-12-31").sort();
}

function oneCountyAndOfficeEachDay(municipalities: Map<string, Municipality>, counties: Map<string, County>, offices: Map<string, Office>): DataError[] {
  const errors: DataError[] = [];
  for (const day of checkDays(municipalities, counties, offices)) {
    for (const m of municipalities.values()) {
      if (!holdsOn({ from: m.fact.validFrom, to: m.fact.validTo }, day)) continue;
      const c = counties.get(m.county);
      const where = m.periods[m.periods.length - 1]!.loc;
      if (!c || !holdsOn({ from: c.fact.validFrom, to: c.fact.validTo }, day)) {
        errors.push(new DataError(where, "county_code", `${m.code} has no county on ${day}`));
        continue;
      }
      const by = [...offices.values()].filter((o) => o.covers.has(m.county) && holdsOn({ from: o.fact.validFrom, to: o.fact.validTo }, day));
      if (by.length !== 1) errors.push(new DataError(where, "county_code", `${m.code} (county ${m.county}) has ${by.length} county governor offices on ${day}: ${by.map((o) => o.name).join(", ") || "none"}`));
    }
  }
  return errors;
}
