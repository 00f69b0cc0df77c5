import type { ExportEdge, ExportNode } from "../export.model.js";

export const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!)
    // Characters XML 1.0 forbids would make the whole file unreadable.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

export const csvCell = (v: unknown): string => {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const LIST_SEPARATOR = " | ";

export type AttrType = "string" | "long" | "int";

/** Attributes every format carries, in one order, with their types. */
export const NODE_ATTRS: { name: keyof ExportNode; type: AttrType; description: string }[] = [
  { name: "kind", type: "string", description: "actor kind (MINISTRY, MUNICIPALITY, …)" },
  { name: "name", type: "string", description: "name in the actor's own language" },
  { name: "aliases", type: "string", description: "other names, separated by ' | '" },
  { name: "country", type: "string", description: "NO or DK" },
  { name: "officialIdScheme", type: "string", description: "registry of officialId (orgnr, kommunenummer, …)" },
  { name: "officialId", type: "string", description: "official identifier" },
  { name: "validFrom", type: "string", description: "first day of validity (YYYY-MM-DD)" },
  { name: "validTo", type: "string", description: "last day of validity (YYYY-MM-DD)" },
];

export const EDGE_ATTRS: { name: keyof ExportEdge; type: AttrType; description: string }[] = [
  { name: "type", type: "string", description: "relation type or FUNDS" },
  { name: "category", type: "string", description: "GOVERNANCE, COOPERATION, SUCCESSION, MEMBERSHIP or FUNDING" },
  { name: "validFrom", type: "string", description: "first day the relation holds" },
  { name: "validTo", type: "string", description: "last day the relation holds" },
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
