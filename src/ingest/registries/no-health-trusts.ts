import { readCsv } from "../csv.js";
import { rowEvidence } from "../evidence.js";
import { emptyBatch, type Batch } from "../facts.js";
import { slug } from "../../text/fold.js";

export const NO_HEALTH_TRUSTS_FILE = "reference/no_health_trusts.csv";

/** Registry names are partly upper case ("HELSE VEST RHF"); present them as written in prose. */
function displayName(listName: string, legalName: string): string {
  const name = listName.replace(/^\(not in SSB list\)\s*/, "").replace(/\s+/g, " ").trim();
  if (name !== name.toUpperCase()) return name;
  const base = (legalName || name).toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
  // Names keep their small words small: "Helse Møre og Romsdal HF".
  return base.replace(/\b(Rhf|Hf|As|Ikt)\b/g, (w) => w.toUpperCase()).replace(/(?<=\s)(Og|I|På)(?=\s)/gu, (w) => w.toLowerCase());
}

export const healthTrustId = (name: string) => {
  const s = slug(name).replace(/-(rhf|hf|as)$/, "");
  return name.match(/\bRHF\b/i) ? `no:rhf:${s}` : `no:hf:${s}`;
};

/** Regional health trusts, health trusts and their ownership (RHF OWNS HF). */
export function importHealthTrusts(dataDir: string): Batch {
  const batch = emptyBatch(NO_HEALTH_TRUSTS_FILE);
  const rows = readCsv(dataDir, NO_HEALTH_TRUSTS_FILE);
  const idByOrgnr = new Map<string, string>();
  for (const row of rows) {
    const v = row.values;
    const name = displayName(v.name_in_ssb_kostra_list ?? "", v.legal_name_brreg_2026 ?? "");
    const id = healthTrustId(name);
    idByOrgnr.set(v.orgnr!, id);
    const aliases = new Set<string>();
    const legal = v.legal_name_brreg_2026?.split(" (")[0];
    if (legal && legal.toLowerCase() !== name.toLowerCase()) aliases.add(legal);
    const listName = v.name_in_ssb_kostra_list?.replace(/^\(not in SSB list\)\s*/, "");
    if (listName && listName.toLowerCase() !== name.toLowerCase()) aliases.add(listName);
    aliases.add(name.replace(/\s+(RHF|HF|AS)$/, ""));
    // The registered name without its suffix too: texts write "Finnmarkssykehuset" for FINNMARKSSYKEHUSET HF.
    const legalPlain = legal?.replace(/\s+(RHF|HF|AS)$/i, "");
    if (legalPlain && ![name, ...aliases].some((a) => a.toLowerCase() === legalPlain.toLowerCase())) aliases.add(legalPlain);
    batch.actors.push({
      loc: row.loc,
      id,
      kind: v.type === "RHF" ? "REGIONAL_HEALTH_TRUST" : v.type?.startsWith("HF") ? "HEALTH_TRUST" : "ORGANISATION",
      name,
      aliases: [...aliases].filter((a) => a !== name),
      country: "NO",
      officialIdScheme: "orgnr",
      officialId: v.orgnr!,
      number: null,
      description: v.note || null,
      validFrom: null,
      validFromPrecision: null,
      validTo: null,
      validToPrecision: null,
      validityNote: "dates of establishment and dissolution are not in the sources",
      evidence: [rowEvidence(row)],
    });
  }
  for (const row of rows) {
    const parent = row.values.parent_rhf_orgnr;
    if (!parent) continue;
    const owner = idByOrgnr.get(parent);
    const owned = idByOrgnr.get(row.values.orgnr!)!;
    batch.relations.push({
      loc: row.loc,
      id: `rel:owns:${owner ?? `orgnr:${parent}`}:${owned}`,
      type: "OWNS",
      category: "GOVERNANCE",
      subjectId: owner ?? `no:orgnr:${parent}`,
      objectId: owned,
      role: null,
      note: row.values.parent_evidence ? `grouping evidence: ${row.values.parent_evidence}` : null,
      validFrom: null,
      validFromPrecision: null,
      validTo: null,
      validToPrecision: null,
      validityNote: "ownership period not in the sources",
      evidence: [rowEvidence(row)],
    });
  }
  return batch;
}
