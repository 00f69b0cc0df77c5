import { stringify } from "csv-stringify/sync";
import type { ExportEdge, ExportNode } from "../export.model.js";

/**
 * Text for an XML attribute or element. Characters XML 1.0 does not allow (controls other than
 * tab and line breaks, U+FFFE, U+FFFF, unpaired surrogates) would make strict parsers reject the
 * whole file, so they are dropped.
 */
export const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!)
    // eslint-disable-next-line no-control-regex
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");

/**
 * One CSV line, by csv-stringify. Cells that a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or carriage return) get a leading apostrophe, as OWASP's CSV injection guidance
 * advises; the README says so for users who re-import the files.
 */
export const csvLine = (cells: unknown[]): string =>
  stringify([cells.map((v) => (v === null || v === undefined ? "" : String(v)))], { escape_formulas: true, record_delimiter: "unix" });

export const LIST_SEPARATOR = " | ";

/** `date` is a YYYY-MM-DD string where a format has no date type (GEXF, GraphML). */
export type AttrType = "string" | "long" | "int" | "date";

/** Attributes every format carries, in one order, with their types. */
export const NODE_ATTRS: { name: keyof ExportNode; type: AttrType; description: string }[] = [
  { name: "kind", type: "string", description: "actor kind (MINISTRY, MUNICIPALITY, …)" },
  { name: "name", type: "string", description: "name in the actor's own language" },
  { name: "aliases", type: "string", description: "other names, separated by ' | '" },
  { name: "country", type: "string", description: "NO or DK" },
  { name: "officialIdScheme", type: "string", description: "registry of officialId (orgnr, kommunenummer, …)" },
  { name: "officialId", type: "string", description: "official identifier" },
  { name: "validFrom", type: "date", description: "first day of validity (YYYY-MM-DD)" },
  { name: "validTo", type: "date", description: "last day of validity (YYYY-MM-DD)" },
];

export const EDGE_ATTRS: { name: keyof ExportEdge; type: AttrType; description: string }[] = [
  { name: "type", type: "string", description: "relation type or FUNDS" },
  { name: "category", type: "string", description: "GOVERNANCE, COOPERATION, SUCCESSION, MEMBERSHIP or FUNDING" },
  { name: "validFrom", type: "date", description: "first day the relation holds" },
  { name: "validTo", type: "date", description: "last day the relation holds" },
  { name: "amount", type: "long", description: "amount in whole currency units (FUNDS)" },
  { name: "currency", type: "string", description: "ISO 4217 currency (FUNDS)" },
  { name: "year", type: "int", description: "fiscal year or year of the decision (FUNDS)" },
  { name: "status", type: "string", description: "PROPOSED, ANNOUNCED, ALLOCATED, DISBURSED (FUNDS)" },
  { name: "role", type: "string", description: "role of the subject, in the source's words" },
  { name: "sourceIds", type: "string", description: "ids of the sources cited, separated by ' | '" },
  { name: "quotes", type: "string", description: "verbatim evidence, separated by ' | '" },
];

/** Attribute value as text for flat formats (lists joined). */
export function flat(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.length === 0 ? null : v.join(LIST_SEPARATOR);
  return String(v);
}
