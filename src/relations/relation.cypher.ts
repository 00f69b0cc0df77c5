import { recordValidOnIfSet } from "../db/cypher-fragments.js";
import { actorFields } from "../actors/actor.cypher.js";

export const RELATION_FIELDS = (v: string) => /* cypher */ `${v} {.id, .type, .category, .subjectId, .objectId, .role, .note,
  .validFrom, .validFromPrecision, .validTo, .validToPrecision, .validityNote, .knownFrom, .openStart, .quantityValue, .quantityUnit, .byKind, .retractedAt, .retractedBy, .retractionReason}`;

const validOn = (v: string, param = "$asOf") => recordValidOnIfSet(v, param);

export const relationsByIds = /* cypher */ `
UNWIND $ids AS id
MATCH (r:Relation {id: id})
RETURN ${RELATION_FIELDS("r")} AS relation`;

const FILTER = /* cypher */ `
  r.retractedAt IS NULL
  AND ($types IS NULL OR r.type IN $types)
  AND ($categories IS NULL OR r.category IN $categories)
  AND ($actorId IS NULL OR r.subjectId = $actorId OR r.objectId = $actorId)
  AND ${validOn("r")}`;

export const relationsPage = /* cypher */ `
MATCH (r:Relation)
WHERE ${FILTER} AND ($after IS NULL OR r.id > $after)
RETURN ${RELATION_FIELDS("r")} AS relation
ORDER BY r.id
LIMIT $limit`;

export const relationsCount = /* cypher */ `
MATCH (r:Relation) WHERE ${FILTER}
RETURN count(r) AS n`;

/** The relations of key k's actor in k's direction, each found through an index. */
const RELATIONS_OF_KEY = /* cypher */ `  CALL (k) {
    MATCH (r:Relation) WHERE k.direction IN ['OUTGOING', 'BOTH'] AND r.subjectId = k.actorId RETURN r
    UNION
    MATCH (r:Relation) WHERE k.direction IN ['INCOMING', 'BOTH'] AND r.objectId = k.actorId RETURN r
  }`;

/** Per-actor relation pages for many actors in one statement. */
export const relationsOfActors = /* cypher */ `
UNWIND $keys AS k
CALL (k) {
${RELATIONS_OF_KEY}
  WITH r WHERE r.retractedAt IS NULL AND (k.types IS NULL OR r.type IN k.types) AND ${validOn("r", "k.asOf")} AND (k.after IS NULL OR r.id > k.after)
  // LIMIT takes no variables: cut at the batch's largest page, then slice per key.
  WITH r ORDER BY r.id LIMIT $maxLimit
  WITH collect(${RELATION_FIELDS("r")}) AS items
  RETURN items[0..k.limit] AS relations
}
RETURN k.key AS key, relations`;

export const relationsOfActorsCount = /* cypher */ `
UNWIND $keys AS k
CALL (k) {
${RELATIONS_OF_KEY}
  WITH r WHERE r.retractedAt IS NULL AND (k.types IS NULL OR r.type IN k.types) AND ${validOn("r", "k.asOf")}
  RETURN count(r) AS n
}
RETURN k.key AS key, n`;

/**
 * Actors related to many actors in one statement: members (MEMBER_OF subjects, plus every
 * actor of the collective's memberKind), predecessors and successors (SUCCEEDED_BY).
 */
export const relatedActors = /* cypher */ `
UNWIND $keys AS k
CALL (k) {
  CALL (k) {
    MATCH (r:Relation {type: k.type}) WHERE k.side = 'subject' AND r.objectId = k.actorId AND r.retractedAt IS NULL AND ${validOn("r", "k.asOf")}
    MATCH (a:Actor {id: r.subjectId}) RETURN a
    UNION
    MATCH (r:Relation {type: k.type}) WHERE k.side = 'object' AND r.subjectId = k.actorId AND r.retractedAt IS NULL AND ${validOn("r", "k.asOf")}
    MATCH (a:Actor {id: r.objectId}) RETURN a
    UNION
    MATCH (g:Actor {id: k.actorId}) WHERE k.type = 'MEMBER_OF' AND g.memberKind IS NOT NULL
    MATCH (a:Actor) WHERE a.kind = g.memberKind AND a.country = g.country AND ${validOn("a", "k.asOf")} RETURN a
  }
  WITH a ORDER BY a.name, a.id
  WITH collect(a) AS everyone
  WITH everyone, [a IN everyone WHERE k.after IS NULL OR a.name > k.afterName OR (a.name = k.afterName AND a.id > k.after)] AS rest
  RETURN size(everyone) AS total, [a IN rest[0..k.limit] | ${actorFields()}] AS actors
}
RETURN k.key AS key, total, actors`;
