const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const SPECIAL: Record<string, string> = { ø: "o", æ: "ae", ð: "d", þ: "th", ß: "ss", ł: "l", đ: "d" };

/**
 * Lower-cases and strips diacritics the way Lucene's ASCII folding does (ø → o, å → a,
 * æ → ae), so "Strom-Erichsen" and "Strøm-Erichsen" compare equal.
 */
export function fold(text: string): string {
  // Printable ASCII has no marks to strip and nothing to spell out: most searches take this path.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, " ").trim();
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[øæðþßłđ]/g, (c) => SPECIAL[c] ?? c)
    .replace(/\s+/g, " ")
    .trim();
}

/** A URL- and id-safe slug: `Helse Sør-Øst RHF` → `helse-sor-ost-rhf`. */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
