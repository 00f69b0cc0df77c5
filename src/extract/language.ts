/** The written languages the extractor reads: Norwegian bokmål and nynorsk, and Danish. */
export type Language = "nb" | "nn" | "da";

// Function words that one language writes and the others do not (or rarely). Counting them
// is enough to tell these three apart in a press release; no model is needed.
const DANISH_ONLY = new Set([
  "af", "blev", "efter", "gennem", "mellem", "nogle", "kun", "kommunerne", "udvalg", "sundhed", "samt", "hvor",
  "nu", "bliver", "siger", "sagde", "fået", "modtager", "projekt", "projektet", "projekter", "beløb", "beløbet",
  "udbetales", "udbetalt", "tilskud", "ældre", "hospital", "hospitalet", "sygehus", "kræft",
]);
const NYNORSK_ONLY = new Set(["frå", "ikkje", "kva", "dei", "eit", "ein", "òg", "kommunane", "millionar", "korleis", "berre", "fekk", "seier", "desse", "medan"]);
const BOKMAL_ONLY = new Set([
  "av", "ble", "hva", "gjennom", "mellom", "kommunene", "noen", "bare", "sier",
  "nå", "blir", "prosjekt", "prosjektet", "prosjekter", "beløp", "beløpet", "utbetales", "utbetalt", "tilskudd", "eldre", "sykehus", "sykehuset", "kreft",
]);

// Spellings that tell Danish from Norwegian inside words no list can hold, such as compounds and
// names of programmes: Danish "sundhed(s-)", "-tion", "ud-" and "mio." against Norwegian "-het",
// "-sjon", "ut-" and "mill.".
const DANISH_SPELLING = /\p{L}+hed(?:s\p{L}*|en|er|erne)?(?!\p{L})|\p{L}+tion(?:en|er|erne)?(?!\p{L})|(?<!\p{L})ud[bdfgklmnprsv]\p{L}+|(?<!\p{L})mio\.|(?<!\p{L})læge\p{L}*/giu;
const NORWEGIAN_SPELLING = /\p{L}+het(?:s\p{L}*|en|er|ene|ar|ane)?(?!\p{L})|\p{L}+sjon(?:en|er|ene|ar|ane)?(?!\p{L})|(?<!\p{L})ut[bdfgklmnprsv]\p{L}+|(?<!\p{L})mill\.|(?<!\p{L})helse\p{L}*/giu;

/** `nb`, `nn` or `da` from the header's LANGUAGE or HTML lang when given, else from the text. */
export function detectLanguage(text: string, declared?: string | null): Language {
  const d = (declared ?? "").toLowerCase();
  if (/^(da|dan)/.test(d)) return "da";
  if (/^(nn|nno)/.test(d)) return "nn";
  if (/^(nb|no|nob|nor)/.test(d)) return "nb";
  const counts = { nb: 0, nn: 0, da: 0 };
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (DANISH_ONLY.has(w)) counts.da += 1;
    if (NYNORSK_ONLY.has(w)) counts.nn += 1;
    if (BOKMAL_ONLY.has(w)) counts.nb += 1;
  }
  // The Danish definite plural "-erne" ("kommunerne", "borgerne") is a strong signal on short texts.
  counts.da += (text.match(/\p{L}+erne\b/gu) ?? []).length * 0.5;
  counts.da += (text.match(DANISH_SPELLING) ?? []).length;
  // Danish capitalises "Kommune" in a municipality's name and names regions "Region …"; Norwegian
  // writes "Randers kommune" and has no such regions.
  counts.da += (text.match(/(?<=\p{Lu}[\p{L}-]+ )Kommune(?!\p{L})|(?<!\p{L})Region (?=\p{Lu})/gu) ?? []).length * 0.5;
  // Both Norwegian written standards share these spellings, so they weigh against Danish only.
  const norwegian = (text.match(NORWEGIAN_SPELLING) ?? []).length + (text.match(/(?<=\p{Lu}[\p{L}-]+ )kommune(?!\p{L})/gu) ?? []).length * 0.5;
  if (counts.da > counts.nb + counts.nn + norwegian) return "da";
  return counts.nn > counts.nb ? "nn" : "nb";
}

export const countryOf = (language: Language): "NO" | "DK" => (language === "da" ? "DK" : "NO");

/** The currency a bare "kroner", "kr." or ",-" means in a text of this language. */
export const kroneOf = (language: Language): "NOK" | "DKK" => (language === "da" ? "DKK" : "NOK");
