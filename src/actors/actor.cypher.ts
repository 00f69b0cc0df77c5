// Every statement about actors. Parameters only; the WHERE fragments below are fixed text.

/** Projection of an actor node to the storage model (ActorModel). */
export const ACTOR_FIELDS = /* cypher */ `a {.id, .kind, .name, .aliases, .country, .officialIdScheme, .officialId,
  .validFrom, .validFromPrecision, .validTo, .validToPrecision, .validityNote, .number, .description, .memberKind}`;

export const actorsByIds = /* cypher */ `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN ${ACTOR_FIELDS} AS actor`;

type Params = Record<string, unknown>;
const set = (params: Params, key: string) => params[key] !== null && params[key] !== undefined;

/**
 * ActorFilter as a predicate on `a`, holding only the conditions whose parameter is set: a
 * condition written "$x IS NULL OR …" hides its index from the planner, and a page of
 * municipalities then scans every actor. The text is fixed per combination; values stay parameters.
 */
export const actorFilter = (params: Params) =>
  [
    set(params, "kinds") && "a.kind IN $kinds",
    set(params, "country") && "a.country = $country",
    set(params, "nameContains") && "a.searchText CONTAINS $nameContains",
    set(params, "asOf") && "(a.validFrom IS NULL OR a.validFrom <= $asOf) AND (a.validTo IS NULL OR a.validTo >= $asOf)",
  ]
    .filter((c): c is string => typeof c === "string")
    .join(" AND ") || "true";

export const actorsPage = (params: Params) => /* cypher */ `
MATCH (a:Actor)
WHERE ${actorFilter(params)}
  ${set(params, "afterName") ? "AND (a.name > $afterName OR (a.name = $afterName AND a.id > $afterId))" : ""}
RETURN ${ACTOR_FIELDS} AS actor
ORDER BY a.name, a.id
LIMIT $limit`;

export const actorsCount = (params: Params) => /* cypher */ `
MATCH (a:Actor)
WHERE ${actorFilter(params)}
RETURN count(a) AS n`;
