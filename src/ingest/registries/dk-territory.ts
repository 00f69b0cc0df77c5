import { readCsv } from "../csv.js";
import { rowEvidence } from "../evidence.js";
import { emptyBatch, type Batch } from "../facts.js";

export const DK_TERRITORY_FILES = ["reference/dk_regions.csv", "reference/dk_municipalities.csv"];

export const dkRegionId = (iso: string) => `dk:region:${iso.toLowerCase()}`;
export const dkMunicipalityId = (code: string) => `dk:kommune:${code}`;

/** The five Danish regions and the 98 municipalities, each LOCATED_IN its region. */
export function importDanishTerritory(dataDir: string): Batch {
  const batch = emptyBatch(DK_TERRITORY_FILES.join(" + "));
  const regionByName = new Map<string, string>();
  for (const row of readCsv(dataDir, DK_TERRITORY_FILES[0]!)) {
    const v = row.values;
    const id = dkRegionId(v.iso3166_2!);
    regionByName.set(v.region_name!, id);
    batch.actors.push({
      loc: row.loc,
      id,
      kind: "REGION",
      name: v.region_name!,
      aliases: [v.iso_display_en_hl7dk!, v.region_name!.replace(/^Region /, "")].filter(Boolean),
      country: "DK",
      officialIdScheme: "iso3166-2",
      officialId: v.iso3166_2!,
      number: v.dagi_regionskode || null,
      description: null,
      validFrom: "2007-01-01",
      validFromPrecision: "YEAR",
      validTo: null,
      validToPrecision: null,
      validityNote: "the regions replaced the counties in the 2007 structural reform (kommunal- og regionsreform), named in the health ministry history table",
      evidence: [rowEvidence(row)],
    });
  }
  for (const row of readCsv(dataDir, DK_TERRITORY_FILES[1]!)) {
    const v = row.values;
    if (v.is_municipality !== "yes") continue;
    const id = dkMunicipalityId(v.kommunekode!);
    batch.actors.push({
      loc: row.loc,
      id,
      kind: "MUNICIPALITY",
      name: v.name_hl7dk!,
      aliases: [`${v.name_hl7dk} Kommune`],
      country: "DK",
      officialIdScheme: "kommunekode",
      officialId: v.kommunekode!,
      number: v.kommunekode!,
      description: null,
      validFrom: "2007-01-01",
      validFromPrecision: "YEAR",
      validTo: null,
      validToPrecision: null,
      validityNote: "the 98 municipalities date from the 2007 structural reform",
      evidence: [rowEvidence(row)],
    });
    const region = regionByName.get(v.region_name!);
    batch.relations.push({
      loc: row.loc,
      id: `rel:located-in:${id}:${region ?? v.region_name}`,
      type: "LOCATED_IN",
      category: "GOVERNANCE",
      subjectId: id,
      objectId: region ?? `dk:region:unknown:${v.region_name}`,
      role: null,
      note: null,
      validFrom: "2007-01-01",
      validFromPrecision: "YEAR",
      validTo: null,
      validToPrecision: null,
      validityNote: null,
      evidence: [rowEvidence(row)],
    });
  }
  return batch;
}
