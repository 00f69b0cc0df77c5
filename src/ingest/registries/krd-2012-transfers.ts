import fs from "node:fs";
import path from "node:path";
import { readCsv } from "../csv.js";
import { emptyBatch, type Batch, type EvidenceFact, type SourceFact } from "../facts.js";
import { municipalityId } from "./no-territory.js";

export const KRD_2012_FILE = "reference/no_samhandling_2012_transfer_by_municipality.csv";
export const KRD_2012_SOURCES_DIR = "reference/sources/krd_2012_samhandling_by_county";
export const KRD_ID = "no:ministry:krd";
export const KRD_PROGRAMME_MEDFIN = "programme:no:2012-kommunal-medfinansiering-utskrivingsklare";
export const KRD_PROGRAMME_KOMP = "programme:no:2012-tilleggskompensasjon";

/** The county page a row was published on, as a Source with its stored text. */
function countySource(dataDir: string, file: string, loc: SourceFact["loc"]): SourceFact {
  const text = fs.readFileSync(path.join(dataDir, file), "utf8");
  const header = (k: string) => new RegExp(`^${k}: (.*)$`, "m").exec(text)?.[1]?.trim() ?? null;
  return {
    loc,
    id: `krd-2012:${path.basename(file, ".txt").replace(/^krd_2012_samhandling_/, "")}`,
    kind: "DOCUMENT",
    title: header("TITLE") ?? path.basename(file),
    publisher: "Kommunal- og regionaldepartementet",
    published: "2011-01-01",
    publishedPrecision: "YEAR",
    publishedDerivation: "the page presents the 2012 state budget (Statsbudsjettet 2012), published under Stoltenberg II in the 2011 archive; no date is printed",
    language: "nn",
    url: header("SOURCE_URL"),
    licence: "Norwegian government publication (NLOD)",
    file,
    note: header("NOTE"),
  };
}

/**
 * KRD's 2012 per-municipality allocations: for each municipality one flow for kommunal
 * medfinansiering and utskrivingsklare pasientar, and one for tilleggskompensasjon when it is
 * not zero. Amounts are published in NOK 1 000 and stored exactly in NOK.
 */
export function importKrd2012Transfers(dataDir: string): Batch {
  const batch = emptyBatch(KRD_2012_FILE);
  const pages = new Map<string, { source: SourceFact; lines: string[] }>();
  for (const f of fs.readdirSync(path.join(dataDir, KRD_2012_SOURCES_DIR)).sort()) {
    const file = `${KRD_2012_SOURCES_DIR}/${f}`;
    const source = countySource(dataDir, file, { file, line: 1, record: "header" });
    pages.set(source.url ?? file, { source, lines: fs.readFileSync(path.join(dataDir, file), "utf8").split("\n") });
    batch.sources.push(source);
  }
  batch.programmes.push(
    { loc: { file: KRD_2012_FILE, line: 1, record: "header" }, id: KRD_PROGRAMME_MEDFIN, name: "Kommunal medfinansiering og utskrivingsklare pasientar (rammetilskot 2012)", country: "NO", description: "5 567 mill. kr transferred to the municipalities over the block grant in 2012" },
    { loc: { file: KRD_2012_FILE, line: 1, record: "header" }, id: KRD_PROGRAMME_KOMP, name: "Tilleggskompensasjon samhandling 2012", country: "NO", description: "305 mill. kr set aside within the growth in free income" },
  );
  for (const row of readCsv(dataDir, KRD_2012_FILE)) {
    const v = row.values;
    const code = v.kommunenummer_2012!;
    const page = pages.get(v.source_url!);
    const line = page?.lines.findIndex((l) => l.startsWith(`${code} `)) ?? -1;
    const evidence: EvidenceFact[] = page && line >= 0
      ? [{ sourceId: page.source.id, quote: page.lines[line]!.trim(), locator: `line ${line + 1}` }]
      : [{ sourceId: page?.source.id ?? `missing-page:${v.source_url}`, quote: `${code} ${v.kommune_name_as_published}`, locator: null }];
    const parts: [string, string, string][] = [
      [v.medfinansiering_og_utskrivingsklare_1000kr!, KRD_PROGRAMME_MEDFIN, "medfin"],
      [v.tilleggskompensasjon_1000kr!, KRD_PROGRAMME_KOMP, "komp"],
    ];
    for (const [thousands, programmeId, suffix] of parts) {
      if (!/^\d+$/.test(thousands)) {
        batch.funding.push({
          loc: row.loc, id: `flow:krd-2012:${code}:${suffix}`, payerId: KRD_ID, recipientId: municipalityId(code), amount: -1n, currency: "NOK",
          flowType: "TRANSFER", status: "ALLOCATED", fiscalYear: 2012, date: null, datePrecision: null, purpose: null, programmeId, partOfId: null, passesOnId: null,
          note: `amount '${thousands}' is not a whole number of NOK 1 000`, evidence,
        });
        continue;
      }
      if (thousands === "0") continue;
      batch.funding.push({
        loc: row.loc,
        id: `flow:krd-2012:${code}:${suffix}`,
        payerId: KRD_ID,
        recipientId: municipalityId(code),
        amount: BigInt(thousands) * 1000n,
        currency: "NOK",
        flowType: "TRANSFER",
        status: "ALLOCATED",
        fiscalYear: 2012,
        date: null,
        datePrecision: null,
        purpose: suffix === "medfin"
          ? "kommunal medfinansiering av spesialisthelsetenesta og økonomisk ansvar for utskrivingsklare pasientar"
          : "tilleggskompensasjon for samhandlingsreforma",
        programmeId,
        partOfId: null,
        passesOnId: null,
        note: "published in NOK 1 000; stored in NOK",
        evidence,
      });
    }
  }
  return batch;
}
