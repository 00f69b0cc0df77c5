import { allOf, isSet } from "../db/cypher-fragments.js";
import { mapProjection, tupleProjection, type Projection } from "../db/projection.js";
import { flowProjection } from "./funding.projection.js";

// Statements about funding flows. The filter predicate is fixed text over a variable name
// chosen here (never user input); every value is a parameter.

/** Projection of flow variable `v` to the storage model (FundingFlowModel), whole or in part. */
export const flowFields = (v: string, projection: Projection = flowProjection.all) => mapProjection(v, projection);

type Params = Record<string, unknown>;

/** FundingFilter as a predicate on variable `v`, with only the conditions whose parameter is set. */
export const flowFilter = (v: string, params: Params) =>
  allOf([
    `${v}.retractedAt IS NULL`,
    isSet(params, "payerId") && `${v}.payerId = $payerId`,
    isSet(params, "recipientId") && `${v}.recipientId = $recipientId`,
    isSet(params, "yearFrom") && `${v}.year >= $yearFrom`,
    isSet(params, "yearTo") && `${v}.year <= $yearTo`,
    isSet(params, "currency") && `${v}.currency = $currency`,
    isSet(params, "programmeId") && `${v}.programmeId = $programmeId`,
    isSet(params, "statuses") && `${v}.status IN $statuses`,
  ]);

/**
 * THE COUNTING RULE, the one place it is written. Money is summed per currency and per status,
 * because stages of the same money (proposed, announced, allocated, paid) are not added
 * together. Within one sum, every unit counts once:
 * - a flow that passes on money of an upstream flow in the same sum adds nothing (the money was
 *   counted where it entered);
 * - a total whose stated parts are in the same sum adds only what they leave unexplained
 *   (never less than zero), and each part adds its amount.
 * "The same sum" is the question's filter plus the bucket the flow falls in (`sameBucket`, a
 * condition relating a flow `x` to the flow `f` being counted, e.g. the same payer when grouped
 * by payer). So a summary's bucket is exactly what the filtered question for that bucket
 * answers: the per-payer bucket equals `fundingFlows(filter: {payerId}).totals` and the payer's
 * `fundingProvided.totals`, whatever else the graph holds.
 */
const counted = (params: Params, sameBucket: (x: string) => string) => {
  const inSum = (x: string) => `${flowFilter(x, params)} AND ${x}.currency = f.currency AND ${x}.status = f.status AND ${sameBucket(x)}`;
  return /* cypher */ `
  CASE
    WHEN f.passesOnId IS NOT NULL AND EXISTS { MATCH (f)-[:PASSES_ON]->(u:FundingFlow) WHERE ${inSum("u")} } THEN 0
    ELSE
      CASE
        // The degree test first: it reads a count the store keeps, and almost no flow has parts.
        WHEN COUNT { (f)<-[:PART_OF]-() } = 0 THEN f.amount
        ELSE
          CASE WHEN f.amount > coalesce(COLLECT { MATCH (p:FundingFlow)-[:PART_OF]->(f) WHERE ${inSum("p")} RETURN sum(p.amount) }[0], 0)
               THEN f.amount - coalesce(COLLECT { MATCH (p:FundingFlow)-[:PART_OF]->(f) WHERE ${inSum("p")} RETURN sum(p.amount) }[0], 0)
               ELSE 0 END
      END
  END`;
};

/** No bucket beyond the filter: a plain total. */
const anyBucket = () => "true";

export const flowsByIds = /* cypher */ `
UNWIND $ids AS id
MATCH (f:FundingFlow {id: id})
RETURN ${flowFields("f")} AS flow`;

export const flowsPage = (params: Params, projection: Projection) => /* cypher */ `
MATCH (f:FundingFlow)
WHERE ${flowFilter("f", params)} ${isSet(params, "after") ? "AND f.id > $after" : ""}
RETURN ${tupleProjection("f", projection)} AS flow
ORDER BY f.id
LIMIT $limit`;

export const flowsCount = (params: Params) => /* cypher */ `
MATCH (f:FundingFlow) WHERE ${flowFilter("f", params)}
RETURN count(f) AS n`;

/**
 * The matched flows whose counted amount differs from their amount: pass-throughs and
 * totals with parts. They are few, so they are found from their PASSES_ON and PART_OF
 * relationships instead of testing every flow; sums take each flow's amount and then add
 * (counted - amount) for these.
 */
const correctedFlows = (params: Params) => /* cypher */ `
  CALL () {
    MATCH (f:FundingFlow)-[:PASSES_ON]->(:FundingFlow) RETURN DISTINCT f
    UNION
    MATCH (:FundingFlow)-[:PART_OF]->(f:FundingFlow) RETURN DISTINCT f
  }
  WITH f WHERE ${flowFilter("f", params)}`;

export const flowsTotals = (params: Params) => /* cypher */ `
CALL () {
  MATCH (f:FundingFlow) WHERE ${flowFilter("f", params)}
  RETURN f.currency AS currency, f.status AS status, sum(f.amount) AS value
  UNION ALL
  ${correctedFlows(params)}
  WITH f, ${counted(params, anyBucket)} AS counted
  RETURN f.currency AS currency, f.status AS status, sum(counted - f.amount) AS value
}
WITH currency, status, sum(value) AS value
RETURN currency, status, value
ORDER BY currency, status`;

/** Conditions an index on FundingFlow can answer (V0002, V0004): with one set, flows are found through it. */
const SEEKABLE = ["payerId", "recipientId", "yearFrom", "yearTo"] as const;

/**
 * Group-by: only the actors and programme the group reads are matched. Flows are grouped by
 * the raw value `by` (a node, a year); key and label are read from it (`g`) once per bucket,
 * not once per flow.
 *
 * PAYER and RECIPIENT run only from a FundingFlow to an Actor (ingest.cypher.ts is the one
 * place that makes them, and a test holds every stored one to it), so neither end's label
 * is tested. A group by payer or recipient over flows no index narrows starts from those
 * relationships: a scan of one relationship type reaches flow and actor together, about 30%
 * faster on 100 000 flows than scanning the flows and expanding each.
 */
export const summary = (group: Group, params: Params) => {
  const side = group.needs.includes("payer") ? "payer" : group.needs.includes("recipient") ? "recipient" : null;
  const edge = side && `(f)-[:${side.toUpperCase()}]->(${side})`;
  const fromEdge = edge !== null && !SEEKABLE.some((k) => isSet(params, k));
  const programme = group.needs.includes("programme") ? "OPTIONAL MATCH (f)-[:UNDER]->(programme:Programme)" : "";
  const needs = [edge ? `MATCH ${edge}` : "", programme].join("\n  ");
  const matched = fromEdge ? `MATCH ${edge} WHERE ${flowFilter("f", params)}\n  ${programme}` : `MATCH (f:FundingFlow) WHERE ${flowFilter("f", params)}\n  ${needs}`;
  return /* cypher */ `
CALL () {
  ${matched}
  RETURN ${group.by} AS g, f.currency AS currency, f.status AS status, sum(f.amount) AS value, count(f) AS flowCount
  UNION ALL
  ${correctedFlows(params)}
  ${needs}
  WITH f, ${group.by} AS g, ${counted(params, group.same)} AS counted
  RETURN g, f.currency AS currency, f.status AS status, sum(counted - f.amount) AS value, 0 AS flowCount
}
WITH g, currency, status, sum(value) AS value, sum(flowCount) AS flowCount
RETURN ${group.key} AS key, ${group.label} AS label, currency, status, value, flowCount
ORDER BY value DESC, key, currency, status`;
};

interface Group {
  /** The raw value flows are grouped by. */
  by: string;
  key: string;
  label: string;
  needs: readonly ("payer" | "recipient" | "programme")[];
  /** Flow `x` falls in the same bucket as the counted flow `f` (see `counted`). */
  same: (x: string) => string;
}

/** The group keys fundingSummary offers: fixed expressions, chosen by an enum. */
export const GROUPS: Record<"PAYER" | "RECIPIENT" | "RECIPIENT_KIND" | "YEAR" | "PROGRAMME" | "STATUS", Group> = {
  PAYER: { by: "payer", key: "g.id", label: "g.name", needs: ["payer"], same: (x) => `${x}.payerId = f.payerId` },
  RECIPIENT: { by: "recipient", key: "g.id", label: "g.name", needs: ["recipient"], same: (x) => `${x}.recipientId = f.recipientId` },
  RECIPIENT_KIND: {
    by: "recipient.kind", key: "g", label: "g", needs: ["recipient"],
    same: (x) => `EXISTS { MATCH (${x})-[:RECIPIENT]->(xr:Actor) WHERE xr.kind = recipient.kind }`,
  },
  YEAR: {
    by: "f.year", key: "coalesce(toString(g), 'none')", label: "coalesce(toString(g), 'year not stated')", needs: [],
    same: (x) => `(${x}.year = f.year OR (${x}.year IS NULL AND f.year IS NULL))`,
  },
  PROGRAMME: {
    by: "programme", key: "coalesce(g.id, 'none')", label: "coalesce(g.name, 'no programme')", needs: ["programme"],
    same: (x) => `(${x}.programmeId = f.programmeId OR (${x}.programmeId IS NULL AND f.programmeId IS NULL))`,
  },
  STATUS: { by: "f.status", key: "g", label: "toLower(g)", needs: [], same: anyBucket },
};

/**
 * The body of a CALL that reads one actor's page of flows: `actorId` is the actor's id (an
 * expression), `k` the page's conditions (a map variable), $maxLimit the largest page asked
 * for in the statement. Each flow is read as far as `flows` says and, when `other` is given,
 * with the party on its other side (a page of flows is nearly always shown with it).
 */
export const flowPageOf = (side: "payerId" | "recipientId", actorId: string, k: string, flows: Projection, other: Projection | null) => /* cypher */ `
  MATCH (f:FundingFlow)
  WHERE f.${side} = ${actorId} AND f.retractedAt IS NULL AND (${k}.after IS NULL OR f.id > ${k}.after)
    AND (${k}.yearFrom IS NULL OR f.year >= ${k}.yearFrom) AND (${k}.yearTo IS NULL OR f.year <= ${k}.yearTo)
    AND (${k}.currency IS NULL OR f.currency = ${k}.currency) AND (${k}.programmeId IS NULL OR f.programmeId = ${k}.programmeId)
    AND (${k}.statuses IS NULL OR f.status IN ${k}.statuses)
  // LIMIT takes no variables: cut at the largest page, then slice per key.
  WITH f ORDER BY f.id LIMIT $maxLimit
  ${other ? `OPTIONAL MATCH (o:Actor {id: f.${side === "payerId" ? "recipientId" : "payerId"}})` : ""}
  WITH collect([${tupleProjection("f", flows)}, ${other ? tupleProjection("o", other, true) : "null"}]) AS items
  RETURN items[0..${k}.limit] AS items`;

/** Per-actor funding pages for many actors in one statement (DataLoader batches). */
export const flowsOfActors = (side: "payerId" | "recipientId", flows: Projection, other: Projection | null) => /* cypher */ `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
CALL (k) {
${flowPageOf(side, "k.actorId", "k", flows, other)}
}
RETURN i, items`;

export const countFlowsOfActors = (side: "payerId" | "recipientId") => /* cypher */ `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
CALL (k) {
  MATCH (f:FundingFlow)
  WHERE f.${side} = k.actorId AND f.retractedAt IS NULL
    AND (k.yearFrom IS NULL OR f.year >= k.yearFrom) AND (k.yearTo IS NULL OR f.year <= k.yearTo)
    AND (k.currency IS NULL OR f.currency = k.currency) AND (k.programmeId IS NULL OR f.programmeId = k.programmeId)
    AND (k.statuses IS NULL OR f.status IN k.statuses)
  RETURN count(f) AS n
}
RETURN i, n`;

export const partsOfFlows = /* cypher */ `
UNWIND $ids AS id
MATCH (t:FundingFlow {id: id})
OPTIONAL MATCH (p:FundingFlow)-[:PART_OF]->(t) WHERE p.retractedAt IS NULL
WITH id, p ORDER BY p.id
RETURN id, collect(${flowFields("p")}) AS parts`;

export const programmesByIds = /* cypher */ `
UNWIND $ids AS id
MATCH (p:Programme {id: id})
RETURN p {.id, .name, .country, .description} AS programme`;
