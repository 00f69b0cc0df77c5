import { actorValidOnIfSet, allOf, recordValidDuring, recordValidOn } from "../db/cypher-fragments.js";
import { actorFields } from "../actors/actor.cypher.js";
import { mapProjection, type Projection } from "../db/projection.js";
import { relationProjection } from "./relation.projection.js";

export const RELATION_FIELDS = (v: string, projection: Projection = relationProjection.all) => mapProjection(v, projection);

type Condition = (v: string, p: (name: string) => string) => string;

/**
 * THE RELATION CONDITIONS, the one place each is written: RelationFilter's fields as predicates
 * on relation `v`, `p(name)` being the expression that holds a value.
 */
const CONDITIONS = {
  types: (v, p) => `${v}.type IN ${p("types")}`,
  categories: (v, p) => `${v}.category IN ${p("categories")}`,
  actorId: (v, p) => `(${v}.subjectId = ${p("actorId")} OR ${v}.objectId = ${p("actorId")})`,
  asOf: (v, p) => recordValidOn(v, p("asOf")),
  // DateRange as its two days: the filter sets both or neither.
  duringFrom: (v, p) => recordValidDuring(v, p("duringFrom"), p("duringTo")),
  sourceId: (v, p) => `EXISTS { MATCH (${v})-[:CITES]->(:Source {id: ${p("sourceId")}}) }`,
} satisfies Record<string, Condition>;

/**
 * The standing relations `v` that meet the named conditions, each read from `value(name)` (a
 * parameter or a batch key's entry) and inert when that is null.
 */
const relationFilter = (v: string, names: (keyof typeof CONDITIONS)[], value: (name: string) => string) =>
  allOf([`${v}.retractedAt IS NULL`, ...names.map((n) => `(${value(n)} IS NULL OR ${CONDITIONS[n](v, value)})`)]);

const param = (name: string) => `$${name}`;
const ofKey = (name: string) => `k.${name}`;

export const relationsByIds = /* cypher */ `
UNWIND $ids AS id
MATCH (r:Relation {id: id})
RETURN ${RELATION_FIELDS("r")} AS relation`;

const FILTER = relationFilter("r", ["types", "categories", "actorId", "asOf", "duringFrom", "sourceId"], param);

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
  WITH r WHERE ${relationFilter("r", ["types", "asOf"], ofKey)} AND (k.after IS NULL OR r.id > k.after)
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
  WITH r WHERE ${relationFilter("r", ["types", "asOf"], ofKey)}
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
    MATCH (r:Relation {type: k.type}) WHERE k.side = 'subject' AND r.objectId = k.actorId AND ${relationFilter("r", ["asOf"], ofKey)}
    MATCH (a:Actor {id: r.subjectId}) RETURN a
    UNION
    MATCH (r:Relation {type: k.type}) WHERE k.side = 'object' AND r.subjectId = k.actorId AND ${relationFilter("r", ["asOf"], ofKey)}
    MATCH (a:Actor {id: r.objectId}) RETURN a
    UNION
    MATCH (g:Actor {id: k.actorId}) WHERE k.type = 'MEMBER_OF' AND g.memberKind IS NOT NULL
    MATCH (a:Actor) WHERE a.kind = g.memberKind AND a.country = g.country AND ${actorValidOnIfSet("a", "k.asOf")} RETURN a
  }
  WITH a ORDER BY a.name, a.id
  WITH collect(a) AS everyone
  WITH everyone, [a IN everyone WHERE k.after IS NULL OR a.name > k.afterName OR (a.name = k.afterName AND a.id > k.after)] AS rest
  RETURN size(everyone) AS total, [a IN rest[0..k.limit] | ${actorFields()}] AS actors
}
RETURN k.key AS key, total, actors`;

/** relationSummary: the matching relations counted per subject, object or type (fixed text, chosen by an enum). */
export const relationSummary = (groupBy: "SUBJECT" | "OBJECT" | "TYPE") => {
  const key = groupBy === "SUBJECT" ? "r.subjectId" : groupBy === "OBJECT" ? "r.objectId" : "r.type";
  const label = groupBy === "TYPE" ? "key" : "coalesce(COLLECT { MATCH (a:Actor {id: key}) RETURN a.name }[0], key)";
  return /* cypher */ `
MATCH (r:Relation) WHERE ${FILTER}
WITH ${key} AS key, count(r) AS count
RETURN key, ${label} AS label, count
ORDER BY count DESC, key`;
};
