import { allOf, isSet } from "../db/cypher-fragments.js";
import { mapProjection, type Projection } from "../db/projection.js";
import { actorProjection } from "./actor.projection.js";

// Every statement about actors. Parameters only; the WHERE fragments below are fixed text.

/** Projection of actor node `a` to the storage model (ActorModel), whole or in part. */
export const actorFields = (projection: Projection = actorProjection.all) => mapProjection("a", projection);

export const actorsByIds = (projection: Projection) => /* cypher */ `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN ${actorFields(projection)} AS actor`;

type Params = Record<string, unknown>;

/** ActorFilter as a predicate on `a`, with only the conditions whose parameter is set. */
export const actorFilter = (params: Params) =>
  allOf([
    isSet(params, "kinds") && "a.kind IN $kinds",
    isSet(params, "country") && "a.country = $country",
    isSet(params, "nameContains") && "a.searchText CONTAINS $nameContains",
    isSet(params, "asOf") && "(a.validFrom IS NULL OR a.validFrom <= $asOf) AND (a.validTo IS NULL OR a.validTo >= $asOf)",
  ]);

export const actorsPage = (params: Params, projection: Projection) => /* cypher */ `
MATCH (a:Actor)
WHERE ${actorFilter(params)}
  ${isSet(params, "afterName") ? "AND (a.name > $afterName OR (a.name = $afterName AND a.id > $afterId))" : ""}
RETURN ${actorFields(projection)} AS actor
ORDER BY a.name, a.id
LIMIT $limit`;

export const actorsCount = (params: Params) => /* cypher */ `
MATCH (a:Actor)
WHERE ${actorFilter(params)}
RETURN count(a) AS n`;
