// Every statement about actors. Parameters only; the WHERE fragments below are fixed text.

/** Projection of an actor node to the storage model (ActorModel). */
export const ACTOR_FIELDS = /* cypher */ `a {.id, .kind, .name, .aliases, .country, .officialIdScheme, .officialId,
  .validFrom, .validFromPrecision, .validTo, .validToPrecision, .validityNote, .number, .description, .memberKind}`;

export const actorsByIds = /* cypher */ `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN ${ACTOR_FIELDS} AS actor`;

/** Conditions of ActorFilter; each is inert when its parameter is null. */
export const ACTOR_FILTER = /* cypher */ `
  ($kinds IS NULL OR a.kind IN $kinds)
  AND ($country IS NULL OR a.country = $country)
  AND ($nameContains IS NULL OR a.searchText CONTAINS $nameContains)
  AND ($asOf IS NULL OR ((a.validFrom IS NULL OR a.validFrom <= $asOf) AND (a.validTo IS NULL OR a.validTo >= $asOf)))`;

export const actorsPage = /* cypher */ `
MATCH (a:Actor)
WHERE ${ACTOR_FILTER}
  AND ($afterName IS NULL OR a.name > $afterName OR (a.name = $afterName AND a.id > $afterId))
RETURN ${ACTOR_FIELDS} AS actor
ORDER BY a.name, a.id
LIMIT $limit`;

export const actorsCount = /* cypher */ `
MATCH (a:Actor)
WHERE ${ACTOR_FILTER}
RETURN count(a) AS n`;
