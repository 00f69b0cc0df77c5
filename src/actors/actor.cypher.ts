import { actorValidDuring, actorValidOn, allOf, isSet } from "../db/cypher-fragments.js";
import { mapProjection, tupleProjection, type Projection } from "../db/projection.js";
import { actorProjection } from "./actor.projection.js";

// Every statement about actors. Parameters only; the WHERE fragments below are fixed text.

/** Projection of actor node `a` to the storage model (ActorModel), whole or in part. */
export const actorFields = (projection: Projection = actorProjection.all, v = "a") => mapProjection(v, projection);

/** The same as a list (see tupleProjection), for statements returning many actors. */
export const actorTuple = (projection: Projection, nullable = false) => tupleProjection("a", projection, nullable);

export const actorsByIds = (projection: Projection) => /* cypher */ `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN ${actorTuple(projection)} AS actor`;

type Params = Record<string, unknown>;

/** ActorFilter as a predicate on `a`, with only the conditions whose parameter is set. */
export const actorFilter = (params: Params) =>
  allOf([
    isSet(params, "kind") && "a.kind = $kind",
    isSet(params, "kinds") && "a.kind IN $kinds",
    isSet(params, "country") && "a.country = $country",
    isSet(params, "nameContains") && "a.searchText CONTAINS $nameContains",
    isSet(params, "asOf") && actorValidOn("a", "$asOf"),
    isSet(params, "duringFrom") && actorValidDuring("a", "$duringFrom", "$duringTo"),
  ]);

/**
 * A page in name order. Written so the (kind, name) and (name) indexes hand rows over already
 * in order and the page stops after $limit of them, instead of sorting every actor of the
 * kind: "name IS NOT NULL" and the range form of the cursor condition let the planner seek,
 * and with one kind, ordering by kind first (the same order) lets it use the composite index.
 * `nested`, the body of a CALL on each actor `a` returning `items`, reads a per-actor list
 * in the same statement.
 */
export const actorsPage = (params: Params, projection: Projection, nested: string | null = null) => {
  const order = `${isSet(params, "kind") ? "a.kind, " : ""}a.name, a.id`;
  return /* cypher */ `
MATCH (a:Actor)
WHERE ${actorFilter(params)} AND a.name IS NOT NULL
  ${isSet(params, "afterName") ? "AND a.name >= $afterName AND (a.name > $afterName OR a.id > $afterId)" : ""}
WITH a ORDER BY ${order} LIMIT $limit
${nested ? `CALL (a) {\n${nested}\n}` : ""}
RETURN ${actorTuple(projection)} AS actor${nested ? ", items" : ""}
ORDER BY ${order}`;
};

export const actorsCount = (params: Params) => /* cypher */ `
MATCH (a:Actor)
WHERE ${actorFilter(params)}
RETURN count(a) AS n`;
