import type { RawSpec } from "./subgraph.js";

/** The GET /export query string for a subgraph definition (the inverse of specFromQuery). */
export function exportPath(format: string, spec: RawSpec): string {
  const p = new URLSearchParams();
  for (const s of spec.seeds ?? []) p.append("seed", s);
  if (spec.depth != null) p.set("depth", String(spec.depth));
  if (spec.types?.length) p.set("types", spec.types.join(","));
  if (spec.asOf) p.set("asOf", spec.asOf);
  if (spec.all) p.set("all", "true");
  for (const [k, v] of Object.entries(spec.funding ?? {})) {
    if (v === null || v === undefined) continue;
    p.set(k, Array.isArray(v) ? v.join(",") : String(v));
  }
  return `/export/${format}?${p.toString()}`;
}

/** Reads a subgraph definition from GET /export's query string. */
export function specFromQuery(search: URLSearchParams): RawSpec {
  const int = (k: string) => (search.has(k) ? Number(search.get(k)) : null);
  const fundingKeys = ["payerId", "recipientId", "yearFrom", "yearTo", "currency", "programmeId", "statuses"];
  const funding = fundingKeys.some((k) => search.has(k))
    ? {
        payerId: search.get("payerId"),
        recipientId: search.get("recipientId"),
        yearFrom: int("yearFrom"),
        yearTo: int("yearTo"),
        currency: search.get("currency"),
        programmeId: search.get("programmeId"),
        statuses: search.get("statuses")?.split(",").filter(Boolean) ?? null,
      }
    : null;
  return {
    seeds: search.getAll("seed"),
    depth: int("depth"),
    types: search.get("types")?.split(",").filter(Boolean) ?? null,
    asOf: search.get("asOf"),
    all: search.get("all") === "true",
    funding,
  };
}
