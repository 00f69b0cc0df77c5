// Statements of the funding rollups: per grouping value, currency and status, the plain sum of
// the amounts and the number of the standing flows that fall there. They hold the part of a
// summary that grows with the graph (one addition per flow); the counting rule's corrections
// (pass-throughs, totals with parts) are few and stay computed live (funding.cypher.ts).

/**
 * The groupings kept, with the raw value a flow falls under: the same values the summary scan
 * groups by (`GROUPS` in funding.cypher.ts), read the same way (PAYER and RECIPIENT through
 * their relationships, PROGRAMME through UNDER, so a flow without one falls under none).
 * ALL has one value: it answers a grouping by STATUS alone. A pair such as RECIPIENT_KIND+YEAR
 * keeps the first grouping's value in `raw` and the year in `raw2`: the two-key summaries
 * dashboards ask (a kind, a payer or a programme per year). RECIPIENT+YEAR is not kept (nearly
 * a row per flow), nor is RECIPIENT_COUNTY: it depends on LOCATED_IN relations on the flow's
 * year, so one relation record would move many flows between buckets.
 */
export const ROLLED_UP = ["ALL", "YEAR", "PAYER", "RECIPIENT", "RECIPIENT_KIND", "PROGRAMME", "PAYER+YEAR", "RECIPIENT_KIND+YEAR", "PROGRAMME+YEAR"] as const;
export type RolledUp = (typeof ROLLED_UP)[number];

/** Rows of (dim, raw, raw2) for standing flow `f` (a CALL body; `f` imported). */
const contributions = /* cypher */ `
  OPTIONAL MATCH (f)-[:PAYER]->(payer)
  OPTIONAL MATCH (f)-[:RECIPIENT]->(recipient)
  OPTIONAL MATCH (f)-[:UNDER]->(programme:Programme)
  WITH f, head(collect(DISTINCT payer)) AS payer, head(collect(DISTINCT recipient)) AS recipient, head(collect(DISTINCT programme)) AS programme
  UNWIND [
    {dim: 'ALL', raw: null, on: true},
    {dim: 'YEAR', raw: f.year, on: true},
    {dim: 'PAYER', raw: payer.id, on: payer IS NOT NULL},
    {dim: 'RECIPIENT', raw: recipient.id, on: recipient IS NOT NULL},
    {dim: 'RECIPIENT_KIND', raw: recipient.kind, on: recipient IS NOT NULL},
    {dim: 'PROGRAMME', raw: programme.id, on: true},
    {dim: 'PAYER+YEAR', raw: payer.id, raw2: f.year, on: payer IS NOT NULL},
    {dim: 'RECIPIENT_KIND+YEAR', raw: recipient.kind, raw2: f.year, on: recipient IS NOT NULL},
    {dim: 'PROGRAMME+YEAR', raw: programme.id, raw2: f.year, on: true}
  ] AS d
  WITH d WHERE d.on
  RETURN d.dim AS dim, d.raw AS raw, d.raw2 AS raw2`;

/** A row's key from its grouping and values, and the `currency` and `status` in scope (held unique by V0009). */
const rowKey = (dim: string, raw: string, raw2: string) => `${dim} + '|' + coalesce(toString(${raw}), '~') + '|' + coalesce(toString(${raw2}), '~') + '|' + currency + '|' + status`;

/** Adds (`$sign` 1) or takes away (-1) the standing flows `$ids` from their rollup rows. */
export const applyRollups = /* cypher */ `
UNWIND $ids AS id
MATCH (f:FundingFlow {id: id}) WHERE f.retractedAt IS NULL
CALL (f) {${contributions}
}
WITH dim, raw, raw2, f.currency AS currency, f.status AS status, sum(f.amount) AS value, count(f) AS n
WITH dim, raw, raw2, currency, status, value, n, ${rowKey("dim", "raw", "raw2")} AS key
// One fixed order of rows, so concurrent writers lock them in the same order (no deadlock).
ORDER BY key
MERGE (r:FundingRollup {key: key})
  ON CREATE SET r.dim = dim, r.raw = raw, r.raw2 = raw2, r.currency = currency, r.status = status, r.value = 0, r.flowCount = 0
SET r.value = r.value + $sign * value, r.flowCount = r.flowCount + $sign * n
WITH r WHERE r.flowCount = 0
DELETE r`;

/** How rebuildDim reads each grouping's raw values from standing flow `f` (the same values as `contributions`). */
const RAW: Record<RolledUp, { match: string; raw: string; raw2?: string }> = {
  ALL: { match: "", raw: "null" },
  YEAR: { match: "", raw: "f.year" },
  PAYER: { match: "MATCH (f)-[:PAYER]->(payer)", raw: "payer.id" },
  RECIPIENT: { match: "MATCH (f)-[:RECIPIENT]->(recipient)", raw: "recipient.id" },
  RECIPIENT_KIND: { match: "MATCH (f)-[:RECIPIENT]->(recipient)", raw: "recipient.kind" },
  PROGRAMME: { match: "OPTIONAL MATCH (f)-[:UNDER]->(programme:Programme)", raw: "programme.id" },
  "PAYER+YEAR": { match: "MATCH (f)-[:PAYER]->(payer)", raw: "payer.id", raw2: "f.year" },
  "RECIPIENT_KIND+YEAR": { match: "MATCH (f)-[:RECIPIENT]->(recipient)", raw: "recipient.kind", raw2: "f.year" },
  "PROGRAMME+YEAR": { match: "OPTIONAL MATCH (f)-[:UNDER]->(programme:Programme)", raw: "programme.id", raw2: "f.year" },
};

/** Deletes every rollup row, in batches (an auto-commit statement). */
export const clearRollups = /* cypher */ `
MATCH (r:FundingRollup)
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`;

/**
 * One grouping's rows written anew from the standing flows (an auto-commit statement): the
 * aggregation streams over the flows and holds one entry per row, and the rows are created in
 * batches, so a million flows fit the transaction memory limit that one statement for every
 * grouping at once exceeded.
 */
export const rebuildDim = (dim: RolledUp) => /* cypher */ `
MATCH (f:FundingFlow) WHERE f.retractedAt IS NULL
${RAW[dim].match}
WITH ${RAW[dim].raw} AS raw, ${RAW[dim].raw2 ?? "null"} AS raw2, f.currency AS currency, f.status AS status, sum(f.amount) AS value, count(f) AS n
CALL (raw, raw2, currency, status, value, n) {
  CREATE (:FundingRollup {key: ${rowKey(`'${dim}'`, "raw", "raw2")}, dim: '${dim}', raw: raw, raw2: raw2, currency: currency, status: status, value: value, flowCount: n})
} IN TRANSACTIONS OF 10000 ROWS`;

export const markRollupsBuilt = /* cypher */ `
MERGE (s:RollupState {id: 'funding'}) SET s.version = $version, s.builtAt = datetime()
WITH s
MATCH (r:FundingRollup)
RETURN count(r) AS rows`;

export const forgetRollupState = /* cypher */ `MATCH (s:RollupState {id: 'funding'}) DELETE s`;

export const rollupState = /* cypher */ `OPTIONAL MATCH (s:RollupState {id: 'funding'}) RETURN s.version AS version`;

/**
 * The standing flows a batch may move between rollup rows, read before it is written: its own
 * flows; the flows received by its actors whose kind it changes; and, when the batch replaces
 * a whole file, the flows, and the flows of the actors and programmes, the file no longer holds.
 */
export const touchedFlows = (replacesFile: boolean) => /* cypher */ `
CALL () {
  UNWIND $flowIds AS id MATCH (f:FundingFlow {id: id}) RETURN f
  UNION
  UNWIND $actors AS a MATCH (x:Actor {id: a.id}) WHERE x.kind <> a.kind MATCH (f:FundingFlow) WHERE f.recipientId = x.id RETURN f
  ${replacesFile ? `UNION
  MATCH (f:FundingFlow) WHERE f.loadedFrom = $file AND NOT f.id IN $ids RETURN f
  UNION
  MATCH (x:Actor) WHERE x.loadedFrom = $file AND NOT x.id IN $ids
  CALL (x) { MATCH (f:FundingFlow) WHERE f.recipientId = x.id RETURN f UNION MATCH (f:FundingFlow) WHERE f.payerId = x.id RETURN f }
  RETURN f
  UNION
  MATCH (p:Programme) WHERE p.loadedFrom = $file AND NOT p.id IN $ids MATCH (f:FundingFlow)-[:UNDER]->(p) RETURN f` : ""}
}
WITH f WHERE f.retractedAt IS NULL
RETURN collect(f.id) AS ids`;
