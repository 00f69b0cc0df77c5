// The @cypher statements of the peer's schema, returning what the library maps onto its
// types (a map per bucket, nodes for actors). Neighbourhood and search run the floor's
// Cypher. The summaries and paths run the plain statement an @neo4j/graphql user would write
// (a group-by, SHORTEST 1); the floor runs the fastest forms known (this server's), so this
// server is held to those.

const summary = (key: string, match: string) => /* cypher */ `
MATCH ${match} WHERE f.retractedAt IS NULL
WITH ${key} AS key, f.currency AS currency, f.status AS status, sum(f.amount) AS value, count(f) AS flowCount
ORDER BY value DESC, key, currency, status
RETURN {key: key, value: toString(value), currency: currency, status: status, flowCount: flowCount} AS b`;

export const PEER_SUMMARY = {
  YEAR: summary("coalesce(toString(f.year), 'none')", "(f:FundingFlow)"),
  RECIPIENT_KIND: summary("r.kind", "(f:FundingFlow)-[:RECIPIENT]->(r:Actor)"),
  RECIPIENT_KIND_YEAR: summary("r.kind + '|' + coalesce(toString(f.year), 'none')", "(f:FundingFlow)-[:RECIPIENT]->(r:Actor)"),
};

/** What began or ended on the days from $from to $to, first page, as a user of the library would write it. */
export const PEER_CHANGES = /* cypher */ `
CALL () {
  MATCH (x:Actor) WHERE x.validFrom >= $from AND x.validFrom <= $to RETURN x.validFrom AS date, 'BEGAN' AS type, x.id AS id
  UNION ALL
  MATCH (x:Actor) WHERE x.validTo >= $from AND x.validTo <= $to RETURN x.validTo AS date, 'ENDED' AS type, x.id AS id
  UNION ALL
  MATCH (r:Relation) WHERE r.validFrom >= $from AND r.validFrom <= $to AND r.retractedAt IS NULL RETURN r.validFrom AS date, 'BEGAN' AS type, r.id AS id
  UNION ALL
  MATCH (r:Relation) WHERE r.validTo >= $from AND r.validTo <= $to AND r.retractedAt IS NULL RETURN r.validTo AS date, 'ENDED' AS type, r.id AS id
}
WITH date, type, id ORDER BY date, type, id LIMIT 20
RETURN {date: date, type: type, id: id} AS c`;

/** A source's first 20 standing records (withdrawn ones left out, as this server does) by id, and how many there are. */
export const PEER_RECORDS = /* cypher */ `
MATCH (:Source {id: $id})<-[:CITES]-(n) WHERE n.retractedAt IS NULL
WITH DISTINCT n ORDER BY n.id
WITH collect(n.id) AS ids
RETURN {total: size(ids), ids: ids[0..20]} AS r`;

export const PEER_PATH = /* cypher */ `
MATCH p = SHORTEST 1 (a:Actor {id: $from})-[r WHERE r.recordId IS NOT NULL]-{1,4}(b:Actor {id: $to})
RETURN length(p) AS length`;

export const PEER_NEIGHBOURHOOD = /* cypher */ `
MATCH (s:Actor {id: $id})
CALL (s) { MATCH (s)-[r]-(b:Actor) WHERE r.recordId IS NOT NULL AND b <> s RETURN DISTINCT b LIMIT 300 }
WITH s, collect(b) AS l1
CALL (s, l1) { UNWIND l1 AS a MATCH (a)-[r]-(c:Actor) WHERE r.recordId IS NOT NULL AND c <> s AND NOT c IN l1 RETURN DISTINCT c LIMIT 300 }
WITH s, l1, collect(c) AS l2
UNWIND ([s] + l1 + l2)[..300] AS n
RETURN n`;

export const PEER_SEARCH = /* cypher */ `
CALL db.index.fulltext.queryNodes('actor_search', $lucene, {limit: 50}) YIELD node, score
WITH node, score + CASE WHEN $folded IN split(node.searchText, ' | ') THEN 100.0 ELSE 0.0 END AS score
ORDER BY score DESC, node.name, node.id LIMIT 10
RETURN node`;
