import { allOf, isSet, recordValidDuring, recordValidOn } from "../db/cypher-fragments.js";
import type { FundingGroupBy } from "../graphql/generated/types.js";
import { mapProjection, tupleProjection, type Projection } from "../db/projection.js";
import { flowProjection } from "./funding.projection.js";

// Statements about funding flows. The filter predicate is fixed text over a variable name
// chosen here (never user input); every value is a parameter.

/** Projection of flow variable `v` to the storage model (FundingFlowModel), whole or in part. */
export const flowFields = (v: string, projection: Projection = flowProjection.all) => mapProjection(v, projection);

type Params = Record<string, unknown>;

/** The relations that put a recipient within another actor, with the side the container is on. */
const WITHIN = { inside: ["LOCATED_IN", "MEMBER_OF"], over: ["OWNS", "SUPERVISES"] };

/**
 * THE FLOW CONDITIONS, the one place each is written: FundingFilter's fields (as
 * `filterParams` in funding.repository.ts names them) as predicates on flow variable `v`.
 * `p(name)` is the expression that holds a value: a parameter or a batch key's entry.
 */
const CONDITIONS: Record<string, (v: string, p: (name: string) => string) => string> = {
  payerId: (v, p) => `${v}.payerId = ${p("payerId")}`,
  recipientId: (v, p) => `${v}.recipientId = ${p("recipientId")}`,
  yearFrom: (v, p) => `${v}.year >= ${p("yearFrom")}`,
  yearTo: (v, p) => `${v}.year <= ${p("yearTo")}`,
  currency: (v, p) => `${v}.currency = ${p("currency")}`,
  programmeId: (v, p) => `${v}.programmeId = ${p("programmeId")}`,
  statuses: (v, p) => `${v}.status IN ${p("statuses")}`,
  amountMin: (v, p) => `${v}.amount >= ${p("amountMin")}`,
  amountMax: (v, p) => `${v}.amount <= ${p("amountMax")}`,
  // The next three are written as "id IN (a list read through an index)", which the planner
  // turns into index seeks on the flows instead of testing every flow.
  sourceId: (v, p) => `${v}.id IN COLLECT { MATCH (:Source {id: ${p("sourceId")}})<-[:CITES]-(${v}_s:FundingFlow) RETURN ${v}_s.id }`,
  recipientKinds: (v, p) => `${v}.recipientId IN COLLECT { MATCH (${v}_r:Actor) WHERE ${v}_r.kind IN ${p("recipientKinds")} RETURN ${v}_r.id }`,
  // Within on the flow's year: by a relation that holds on at least one of the year's days.
  recipientWithin: (v, p) => `${v}.recipientId IN COLLECT { MATCH (${v}_w:Relation) WHERE ${v}_w.objectId = ${p("recipientWithin")} AND ${v}_w.type IN ${JSON.stringify(WITHIN.inside)} RETURN ${v}_w.subjectId AS id
        UNION MATCH (${v}_w:Relation) WHERE ${v}_w.subjectId = ${p("recipientWithin")} AND ${v}_w.type IN ${JSON.stringify(WITHIN.over)} RETURN ${v}_w.objectId AS id }
      AND EXISTS { MATCH (${v}_w:Relation) WHERE ${v}_w.retractedAt IS NULL
        AND ((${v}_w.subjectId = ${v}.recipientId AND ${v}_w.objectId = ${p("recipientWithin")} AND ${v}_w.type IN ${JSON.stringify(WITHIN.inside)})
          OR (${v}_w.objectId = ${v}.recipientId AND ${v}_w.subjectId = ${p("recipientWithin")} AND ${v}_w.type IN ${JSON.stringify(WITHIN.over)}))
        AND ${recordValidDuring(`${v}_w`, `toString(${v}.year) + '-01-01'`, `toString(${v}.year) + '-12-31'`)} }`,
  // A flow is dated by its date when stated, else by its year.
  duringFrom: (v, p) => `CASE WHEN ${v}.date IS NOT NULL THEN ${v}.date >= ${p("duringFrom")} AND ${v}.date <= ${p("duringTo")}
      ELSE ${v}.year >= toInteger(substring(${p("duringFrom")}, 0, 4)) AND ${v}.year <= toInteger(substring(${p("duringTo")}, 0, 4)) END`,
};

const live = (v: string) => `${v}.retractedAt IS NULL`;

/** A predicate on a flow variable, such as the question's filter. */
export type FlowPredicate = (v: string) => string;

/** FundingFilter as a predicate on variable `v`, from the statement's parameters: only the conditions whose parameter is set. */
export const flowFilter = (v: string, params: Params) =>
  allOf([live(v), ...Object.entries(CONDITIONS).map(([name, c]) => isSet(params, name) && c(v, (n) => `$${n}`))]);

/**
 * The same from map `k`, one key of a batch (keys of one batch may set different conditions,
 * so each is inert when its entry is missing). The page's actor, `actorId` (an expression), is on `side`.
 * Only the conditions some key of the batch sets (`set`, see `conditionsSet`) are written:
 * an inert COLLECT subquery still cost the planner's plan about a third more time per page.
 */
export const flowFilterOfKey = (v: string, k: string, side: "payerId" | "recipientId", set: ReadonlySet<string>, actorId = `${k}.actorId`) =>
  allOf([
    live(v),
    CONDITIONS[side]!(v, () => actorId),
    ...Object.entries(CONDITIONS)
      .filter(([name]) => set.has(name))
      .map(([name, c]) => `(${k}.${name} IS NULL OR ${c(v, (n) => `${k}.${n}`)})`),
  ]);

/** The names of the conditions any of these keys sets (entries that are null or absent set none). */
export const conditionsSet = (keys: readonly object[]): ReadonlySet<string> =>
  new Set(keys.flatMap((k) => Object.entries(k).filter(([name, value]) => value !== null && value !== undefined && name in CONDITIONS).map(([name]) => name)));

/**
 * The orders of a page of flows (FundingOrder, and ID, the default). Each sorts by one key and
 * then by id, so `after` (the last row's key and id) says exactly where the next page starts.
 */
export const FLOW_ORDERS = {
  ID: { key: null, descending: false },
  AMOUNT_DESC: { key: (v: string) => `${v}.amount`, descending: true },
  AMOUNT_ASC: { key: (v: string) => `${v}.amount`, descending: false },
  YEAR_DESC: { key: (v: string) => `coalesce(${v}.year, 0)`, descending: true },
  YEAR_ASC: { key: (v: string) => `coalesce(${v}.year, 0)`, descending: false },
} as const;

export type FlowOrder = keyof typeof FLOW_ORDERS;

/** ORDER BY for `order` on flow `v`. */
export const flowOrderBy = (v: string, order: FlowOrder) => {
  const o = FLOW_ORDERS[order];
  return o.key ? `${o.key(v)}${o.descending ? " DESC" : ""}, ${v}.id` : `${v}.id`;
};

/** The rows after the cursor (`afterKey`, `afterId`: expressions) in `order`. */
export const flowAfter = (v: string, order: FlowOrder, afterKey: string, afterId: string) => {
  const o = FLOW_ORDERS[order];
  if (!o.key) return `${v}.id > ${afterId}`;
  return `(${o.key(v)} ${o.descending ? "<" : ">"} ${afterKey} OR (${o.key(v)} = ${afterKey} AND ${v}.id > ${afterId}))`;
};

/** The sort key of `order` as a column, for the cursor of each row (null for ID). */
export const flowOrderKey = (v: string, order: FlowOrder) => FLOW_ORDERS[order].key?.(v) ?? "null";

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
const counted = (filter: FlowPredicate, sameBucket: (x: string) => string, batched = false) => {
  const inSum = (x: string) => `${filter(x)} AND ${x}.currency = f.currency AND ${x}.status = f.status AND ${sameBucket(x)}`;
  return /* cypher */ `
  CASE
    WHEN f.passesOnId IS NOT NULL AND EXISTS { MATCH (f)-[:PASSES_ON]->(u:FundingFlow) WHERE ${inSum("u")} } THEN 0
    ELSE
      CASE
        // The degree test first: it reads a count the store keeps, and almost no flow has parts.
        WHEN COUNT { (f)<-[:PART_OF]-() } = 0 THEN f.amount
        // What the parts leave unexplained, never below zero.
        ELSE ${unexplained(inSum("p"), batched)}
      END
  END`;
};

/**
 * f.amount less the sum of its parts `p` that meet `inSum`, never below zero. Cypher refuses
 * an aggregate in a subquery whose conditions refer to a batch key (k.*), so for batches the
 * parts are listed and added with reduce(). That form costs a plain summary over 100 000 flows
 * about a fifth of its speed (measured side by side in npm run bench), so the others keep the
 * aggregate. Both say the same.
 */
const unexplained = (inSum: string, batched: boolean) =>
  batched
    ? `[rest IN [reduce(rest = f.amount, part IN COLLECT { MATCH (p:FundingFlow)-[:PART_OF]->(f) WHERE ${inSum} RETURN p.amount } | rest - part)] | CASE WHEN rest > 0 THEN rest ELSE 0 END][0]`
    : `CASE WHEN f.amount > coalesce(COLLECT { MATCH (p:FundingFlow)-[:PART_OF]->(f) WHERE ${inSum} RETURN sum(p.amount) }[0], 0)
               THEN f.amount - coalesce(COLLECT { MATCH (p:FundingFlow)-[:PART_OF]->(f) WHERE ${inSum} RETURN sum(p.amount) }[0], 0)
               ELSE 0 END`;

/** No bucket beyond the filter: a plain total. */
const anyBucket = () => "true";

export const flowsByIds = /* cypher */ `
UNWIND $ids AS id
MATCH (f:FundingFlow {id: id})
RETURN ${flowFields("f")} AS flow`;

export const flowsPage = (params: Params, projection: Projection, order: FlowOrder) => /* cypher */ `
MATCH (f:FundingFlow)
WHERE ${flowFilter("f", params)} ${isSet(params, "after") ? `AND ${flowAfter("f", order, "$afterKey", "$after")}` : ""}
RETURN ${tupleProjection("f", projection)} AS flow, ${flowOrderKey("f", order)} AS sortKey
ORDER BY ${flowOrderBy("f", order)}
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
  WITH f, ${counted(filter, anyBucket, scope !== "")} AS counted
  RETURN f.currency AS currency, f.status AS status, sum(counted - f.amount) AS value
}
WITH ${scope ? `${scope}, ` : ""}currency, status, sum(value) AS value`;

export const flowsTotals = (params: Params) => /* cypher */ `
${totalsOf((v) => flowFilter(v, params))}
RETURN currency, status, value
ORDER BY currency, status`;

/** Per-actor totals for many actors in one statement (DataLoader batches); `$keys` as for flowsOfActors. */
export const totalsOfActors = (side: "payerId" | "recipientId", set: ReadonlySet<string>) => /* cypher */ `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
${totalsOf((v) => flowFilterOfKey(v, "k", side, set), "i, k")}
RETURN i, currency, status, value
ORDER BY i, currency, status`;

/** Conditions an index on FundingFlow can answer (V0002, V0004): with one set, flows are found through it. */
const SEEKABLE = ["payerId", "recipientId", "yearFrom", "yearTo"] as const;

/**
 * Group-by, by one grouping or several (a bucket per combination of their values): only the
 * actors and programme the groupings read are matched. Flows are grouped by the raw values
 * `by` (a node, a year) as g0, g1…; keys and labels are read from them once per bucket, not
 * once per flow. Within a bucket the counting rule applies to the flows of that bucket alone:
 * a flow `x` is in the counted flow's bucket when it is for every grouping.
 *
 * PAYER and RECIPIENT run only from a FundingFlow to an Actor (ingest.cypher.ts is the one
 * place that makes them, and a test holds every stored one to it), so neither end's label
 * is tested. A group by payer or recipient over flows no index narrows starts from those
 * relationships: a scan of one relationship type reaches flow and actor together, about 30%
 * faster on 100 000 flows than scanning the flows and expanding each.
 */
export const summary = (groups: readonly Group[], params: Params, rollup: RollupRead | null = null) => {
  const filter: FlowPredicate = (v) => flowFilter(v, params);
  const needed = (n: Group["needs"][number]) => groups.some((g) => g.needs.includes(n));
  const edges = (["payer", "recipient"] as const).filter(needed).map((side) => `(f)-[:${side.toUpperCase()}]->(${side})`);
  const fromEdge = edges.length === 1 && !SEEKABLE.some((k) => isSet(params, k));
  const programme = needed("programme") ? "OPTIONAL MATCH (f)-[:UNDER]->(programme:Programme)" : "";
  const needs = [...edges.map((e) => `MATCH ${e}`), programme].join("\n  ");
  const matched = fromEdge ? `MATCH ${edges[0]} WHERE ${filter("f")}\n  ${programme}` : `MATCH (f:FundingFlow) WHERE ${filter("f")}\n  ${needs}`;
  const by = groups.map((g, i) => `${g.by} AS g${i}`).join(", ");
  const gs = groups.map((_g, i) => `g${i}`).join(", ");
  const sameBucket = (x: string) => groups.map((g) => g.same(x)).join(" AND ");
  // The plain sums: from the rollup rows `rollup` names when the caller found they answer
  // this question (rollupReadOf), else by adding up every matched flow.
  const fromRows = rollup ? groups.map((g, i) => g.rollup!(rollup.columns[i]!)) : [];
  const plain = rollup
    ? `MATCH (r:FundingRollup) WHERE r.dim = $rollupDim${isSet(params, "statuses") ? " AND r.status IN $statuses" : ""}${isSet(params, "currency") ? " AND r.currency = $currency" : ""}
  ${fromRows.map((x) => x.bind).filter(Boolean).join("\n  ")}
  RETURN ${fromRows.map((x, i) => `${x.by} AS g${i}`).join(", ")}, r.currency AS currency, r.status AS status, r.value AS value, r.flowCount AS flowCount`
    : `${matched}
  RETURN ${by}, f.currency AS currency, f.status AS status, sum(f.amount) AS value, count(f) AS flowCount`;
  return /* cypher */ `
CALL () {
  ${plain}
  UNION ALL
  ${correctedFlows(filter)}
  ${needs}
  WITH f, ${by}, ${counted(filter, sameBucket)} AS counted
  RETURN ${gs}, f.currency AS currency, f.status AS status, sum(counted - f.amount) AS value, 0 AS flowCount
}
WITH ${gs}, currency, status, sum(value) AS value, sum(flowCount) AS flowCount
RETURN [${groups.map((g, i) => g.key(`g${i}`)).join(", ")}] AS keys, [${groups.map((g, i) => g.label(`g${i}`)).join(", ")}] AS labels,
       currency, status, value, flowCount
ORDER BY value DESC, keys, currency, status`;
};

interface Group {
  /** The raw value flows are grouped by. */
  by: string;
  /** The bucket's key and label, from the raw value held in variable `g`. */
  key: (g: string) => string;
  label: (g: string) => string;
  needs: readonly ("payer" | "recipient" | "programme")[];
  /** Flow `x` falls in the same bucket as the counted flow `f` (see `counted`). */
  same: (x: string) => string;
  /**
   * The same raw value `by` read from rollup row `r` (rollups.cypher.ts), where the rollups
   * keep this grouping: `col` is the row's property that holds it (`r.raw`, or `r.raw2` for the
   * year of a pair).
   */
  rollup?: (col: string) => { bind: string; by: string };
}

/** The county (or Danish region) a flow's recipient lay in on 1 July of the flow's year; null for other recipients. */
const countyOf = (x: string) => /* cypher */ `COLLECT { MATCH (${x}_c:Relation {type: 'LOCATED_IN'}) WHERE ${x}_c.subjectId = ${x}.recipientId AND ${x}_c.retractedAt IS NULL
    AND ${x}.year IS NOT NULL AND ${recordValidOn(`${x}_c`, `toString(${x}.year) + '-07-01'`)} RETURN ${x}_c.objectId ORDER BY ${x}_c.objectId LIMIT 1 }[0]`;

/** The groupings fundingSummary offers: fixed expressions, chosen by an enum. */
export const GROUPS: Record<FundingGroupBy, Group> = {
  PAYER: {
    by: "payer", key: (g) => `${g}.id`, label: (g) => `${g}.name`, needs: ["payer"], same: (x) => `${x}.payerId = f.payerId`,
    rollup: (col) => ({ bind: `MATCH (payer:Actor {id: ${col}})`, by: "payer" }),
  },
  RECIPIENT: {
    by: "recipient", key: (g) => `${g}.id`, label: (g) => `${g}.name`, needs: ["recipient"], same: (x) => `${x}.recipientId = f.recipientId`,
    rollup: (col) => ({ bind: `MATCH (recipient:Actor {id: ${col}})`, by: "recipient" }),
  },
  RECIPIENT_KIND: {
    by: "recipient.kind", key: (g) => g, label: (g) => g, needs: ["recipient"],
    same: (x) => `EXISTS { MATCH (${x})-[:RECIPIENT]->(xr:Actor) WHERE xr.kind = recipient.kind }`,
    rollup: (col) => ({ bind: "", by: col }),
  },
  RECIPIENT_COUNTY: {
    by: countyOf("f"), key: (g) => `coalesce(${g}, 'none')`,
    label: (g) => `coalesce(COLLECT { MATCH (c:Actor {id: ${g}}) RETURN c.name }[0], 'no county (not a municipality, or no year)')`, needs: [],
    same: (x) => `coalesce(${countyOf(x)}, '') = coalesce(${countyOf("f")}, '')`,
  },
  YEAR: {
    by: "f.year", key: (g) => `coalesce(toString(${g}), 'none')`, label: (g) => `coalesce(toString(${g}), 'year not stated')`, needs: [],
    same: (x) => `(${x}.year = f.year OR (${x}.year IS NULL AND f.year IS NULL))`,
    rollup: (col) => ({ bind: "", by: col }),
  },
  PROGRAMME: {
    by: "programme", key: (g) => `coalesce(${g}.id, 'none')`, label: (g) => `coalesce(${g}.name, 'no programme')`, needs: ["programme"],
    same: (x) => `(${x}.programmeId = f.programmeId OR (${x}.programmeId IS NULL AND f.programmeId IS NULL))`,
    rollup: (col) => ({ bind: `OPTIONAL MATCH (programme:Programme {id: ${col}})`, by: "programme" }),
  },
  STATUS: { by: "f.status", key: (g) => g, label: (g) => `toLower(${g})`, needs: [], same: anyBucket, rollup: () => ({ bind: "", by: "r.status" }) },
};

/**
 * The body of a CALL that reads one actor's page of flows: `actorId` is the actor's id (an
 * expression), `k` the page's conditions (a map), $fundingMaxLimit the largest page asked for in
 * the statement. Each flow is read as far as `flows` says and, when `other` is given,
 * with the party on its other side (a page of flows is nearly always shown with it).
 */
export const flowPageOf = (side: "payerId" | "recipientId", actorId: string, k: string, set: ReadonlySet<string>, flows: Projection, other: Projection | null, order: FlowOrder = "ID") => /* cypher */ `
  MATCH (f:FundingFlow)
  WHERE ${flowFilterOfKey("f", k, side, set, actorId)} AND (${k}.after IS NULL OR ${flowAfter("f", order, `${k}.afterKey`, `${k}.after`)})
  // LIMIT takes no variables: cut at the largest page, then slice per key.
  WITH f ORDER BY ${flowOrderBy("f", order)} LIMIT $fundingMaxLimit
  ${other ? `OPTIONAL MATCH (o:Actor {id: f.${side === "payerId" ? "recipientId" : "payerId"}})` : ""}
  WITH collect([${tupleProjection("f", flows)}, ${other ? tupleProjection("o", other, true) : "null"}, ${flowOrderKey("f", order)}]) AS items
  RETURN items[0..${k}.limit] AS items`;

/** Per-actor funding pages for many actors in one statement (DataLoader batches). */
export const flowsOfActors = (side: "payerId" | "recipientId", set: ReadonlySet<string>, flows: Projection, other: Projection | null, order: FlowOrder) => /* cypher */ `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
CALL (k) {
${flowPageOf(side, "k.actorId", "k", set, flows, other, order)}
}
RETURN i, items`;

export const countFlowsOfActors = (side: "payerId" | "recipientId", set: ReadonlySet<string>) => /* cypher */ `
UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS k
CALL (k) {
  MATCH (f:FundingFlow) WHERE ${flowFilterOfKey("f", "k", side, set)}
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

/** The filter conditions a rollup row can answer itself: it is kept per currency and status. */
const ROLLUP_FILTERS = new Set(["statuses", "currency"]);

/** The groupings kept in pairs with the year (rollups.cypher.ts). */
const PAIRED_WITH_YEAR = new Set<FundingGroupBy>(["PAYER", "RECIPIENT_KIND", "PROGRAMME"]);

/** Which rollup rows answer a summary (`dim`), and the row property each grouping reads (`columns`, in groupBy order). */
export interface RollupRead {
  dim: string;
  columns: string[];
}

/**
 * Which rollup rows answer a summary by `groupBy` under `params`, or null when only the scan
 * can: every grouping is kept, alone or in a pair with the year (STATUS is on every row, so it
 * joins either, or stands alone over the ALL rows), and the filter sets nothing but statuses
 * and currency.
 */
export function rollupReadOf(groupBy: readonly FundingGroupBy[], params: Params): RollupRead | null {
  if (Object.keys(CONDITIONS).some((c) => isSet(params, c) && !ROLLUP_FILTERS.has(c))) return null;
  if (!groupBy.every((g) => GROUPS[g].rollup)) return null;
  const others = groupBy.filter((g) => g !== "STATUS");
  const columns = groupBy.map((g) => (g === "YEAR" && others.length === 2 ? "r.raw2" : "r.raw"));
  if (others.length === 0) return { dim: "ALL", columns };
  if (others.length === 1) return { dim: others[0]!, columns };
  const paired = others.find((g) => g !== "YEAR");
  if (others.length === 2 && others.includes("YEAR") && paired && PAIRED_WITH_YEAR.has(paired)) return { dim: `${paired}+YEAR`, columns };
  return null;
}
