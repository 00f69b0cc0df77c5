import { allOf, isSet } from "../db/cypher-fragments.js";
import { mapProjection, tupleProjection, type Projection } from "../db/projection.js";
import { flowProjection } from "./funding.projection.js";

// Statements about funding flows. The filter predicate is fixed text over a variable name
// chosen here (never user input); every value is a parameter.

/** Projection of flow variable `v` to the storage model (FundingFlowModel), whole or in part. */
export const flowFields = (v: string, projection: Projection = flowProjection.all) => mapProjection(v, projection);

type Params = Record<string, unknown>;

/**
 * THE FLOW CONDITIONS, the one place each is written: FundingFilter's fields (as
 * `filterParams` in funding.repository.ts names them) as predicates on flow variable `v`,
 * `p` being the expression that holds the value.
 */
const CONDITIONS: Record<string, (v: string, p: string) => string> = {
  payerId: (v, p) => `${v}.payerId = ${p}`,
  recipientId: (v, p) => `${v}.recipientId = ${p}`,
  yearFrom: (v, p) => `${v}.year >= ${p}`,
  yearTo: (v, p) => `${v}.year <= ${p}`,
  currency: (v, p) => `${v}.currency = ${p}`,
  programmeId: (v, p) => `${v}.programmeId = ${p}`,
  statuses: (v, p) => `${v}.status IN ${p}`,
};

const live = (v: string) => `${v}.retractedAt IS NULL`;

/** A predicate on a flow variable, such as the question's filter. */
export type FlowPredicate = (v: string) => string;

/** FundingFilter as a predicate on variable `v`, from the statement's parameters: only the conditions whose parameter is set. */
export const flowFilter = (v: string, params: Params) =>
  allOf([live(v), ...Object.entries(CONDITIONS).map(([name, c]) => isSet(params, name) && c(v, `$${name}`))]);

/**
 * The same from map `k`, one key of a batch (keys of one batch may set different conditions,
 * so each is inert when its entry is missing). The page's actor, `actorId` (an expression), is on `side`.
 */
export const flowFilterOfKey = (v: string, k: string, side: "payerId" | "recipientId", actorId = `${k}.actorId`) =>
  allOf([
    live(v),
    CONDITIONS[side]!(v, actorId),
    ...Object.entries(CONDITIONS).map(([name, c]) => `(${k}.${name} IS NULL OR ${c(v, `${k}.${name}`)})`),
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
const counted = (filter: FlowPredicate, sameBucket: (x: string) => string) => {
  const inSum = (x: string) => `${filter(x)} AND ${x}.currency = f.currency AND ${x}.status = f.status AND ${sameBucket(x)}`;
  return /* cypher */ `
  CASE
    WHEN f.passesOnId IS NOT NULL AND EXISTS { MATCH (f)-[:PASSES_ON]->(u:FundingFlow) WHERE ${inSum("u")} } THEN 0
    ELSE
      CASE
        // The degree test first: it reads a count the store keeps, and almost no flow has parts.
        WHEN COUNT { (f)<-[:PART_OF]-() } = 0 THEN f.amount
        // What the parts leave unexplained, never below zero. The parts are listed, not summed
        // in the subquery: an aggregate there cannot refer to a batch key's conditions (k.*).
        ELSE [rest IN [reduce(rest = f.amount, part IN COLLECT { MATCH (p:FundingFlow)-[:PART_OF]->(f) WHERE ${inSum("p")} RETURN p.amount } | rest - part)]
              | CASE WHEN rest > 0 THEN rest ELSE 0 END][0]
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
const correctedFlows = (filter: FlowPredicate, scope = "") => /* cypher */ `
  CALL (${scope}) {
    MATCH (f:FundingFlow)-[:PASSES_ON]->(:FundingFlow) RETURN DISTINCT f
    UNION
    MATCH (:FundingFlow)-[:PART_OF]->(f:FundingFlow) RETURN DISTINCT f
  }
  WITH ${scope ? `${scope}, ` : ""}f WHERE ${filter("f")}`;

/** Totals per currency and status of the flows `filter` matches, by the counting rule; `scope` is imported into the CALL. */
const totalsOf = (filter: FlowPredicate, scope = "") => /* cypher */ `
CALL (${scope}) {
  MATCH (f:FundingFlow) WHERE ${filter("f")}
  RETURN f.currency AS currency, f.status AS status, sum(f.amount) AS value
  UNION ALL
  ${correctedFlows(filter, scope)}
  WITH f, ${counted(filter, anyBucket)} AS counted
  RETURN f.currency AS currency, f.status AS status, sum(counted - f.amount) AS value
}
WITH ${scope ? `${scope}, ` : ""}currency, status, sum(value) AS value`;

export const flowsTotals = (params: Params) => /* cypher */ `
${totalsOf((v) => flowFilter(v, params))}
RETURN currency, status, value
ORDER BY currency, status`;

/** Per-actor totals for many actors in one statement (DataLoader batches); `$keys` as for flowsOfActors. */
export const totalsOfActors = (side: "payerId" | "recipientId") => /* cypher */ `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
${totalsOf((v) => flowFilterOfKey(v, "k", side), "i, k")}
RETURN i, currency, status, value
ORDER BY i, currency, status`;

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
  const filter: FlowPredicate = (v) => flowFilter(v, params);
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
  ${correctedFlows(filter)}
  ${needs}
  WITH f, ${group.by} AS g, ${counted(filter, group.same)} AS counted
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
 * expression), `k` the page's conditions (a map), $fundingMaxLimit the largest page asked for in
 * the statement. Each flow is read as far as `flows` says and, when `other` is given,
 * with the party on its other side (a page of flows is nearly always shown with it).
 */
export const flowPageOf = (side: "payerId" | "recipientId", actorId: string, k: string, flows: Projection, other: Projection | null) => /* cypher */ `
  MATCH (f:FundingFlow)
  WHERE ${flowFilterOfKey("f", k, side, actorId)} AND (${k}.after IS NULL OR f.id > ${k}.after)
  // LIMIT takes no variables: cut at the largest page, then slice per key.
  WITH f ORDER BY f.id LIMIT $fundingMaxLimit
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
  MATCH (f:FundingFlow) WHERE ${flowFilterOfKey("f", "k", side)}
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
