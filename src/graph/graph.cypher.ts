import { ACTOR_FIELDS } from "../actors/actor.cypher.js";

/** A projected edge (relation or funding) valid on $asOf; FUNDS edges carry no validity. */
const EDGE_OK = /* cypher */ `r.recordId IS NOT NULL AND ($types IS NULL OR type(r) IN $types) AND ($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= $asOf) AND (r.validTo IS NULL OR r.validTo >= $asOf)))`;

/**
 * k shortest paths over projected edges in either direction. Cypher accepts neither k nor
 * the hop bound as parameters, so both are written in as integers the resolver validated.
 */
export const shortestPaths = (k: number, maxHops: number) => {
  if (!Number.isInteger(k) || !Number.isInteger(maxHops) || k < 1 || maxHops < 1 || k > 100 || maxHops > 12) throw new Error("invalid path bounds");
  return /* cypher */ `
MATCH p = SHORTEST ${k} (a:Actor {id: $fromId})-[r WHERE ${EDGE_OK}]-{1,${maxHops}}(b:Actor {id: $toId})
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [x IN relationships(p) | {type: type(x), recordId: x.recordId, startId: startNode(x).id, endId: endNode(x).id}] AS rels
ORDER BY length(p)`;
};

/** One breadth-first step: the actors next to a frontier. */
export const neighboursOf = /* cypher */ `
MATCH (a:Actor)-[r]-(b:Actor)
WHERE a.id IN $frontier AND ${EDGE_OK} AND NOT b.id IN $seen
RETURN DISTINCT b.id AS id
LIMIT $limit`;

export const edgesAmong = /* cypher */ `
MATCH (a:Actor)-[r]->(b:Actor)
WHERE a.id IN $ids AND b.id IN $ids AND ${EDGE_OK}
RETURN r.recordId AS id, a.id AS source, b.id AS target, type(r) AS type, coalesce(r.category, 'FUNDING') AS category,
       r.validFrom AS validFrom, r.validTo AS validTo, r.amount AS amount, r.currency AS currency
ORDER BY id`;

export const actorsWithIds = /* cypher */ `
MATCH (a:Actor) WHERE a.id IN $ids
RETURN ${ACTOR_FIELDS} AS actor
ORDER BY a.id`;

/**
 * Full-text search over names and aliases (folded), with exact name or alias matches first
 * so an abbreviation such as "hod" finds its ministry before anything that merely contains it.
 */
export const searchActors = /* cypher */ `
CALL db.index.fulltext.queryNodes('actor_search', $lucene, {limit: $candidates}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node AS a, score + CASE WHEN $folded IN split(node.searchText, ' | ') THEN 100.0 ELSE 0.0 END AS score
RETURN ${ACTOR_FIELDS} AS actor, score
ORDER BY score DESC, a.name, a.id
LIMIT $limit`;
