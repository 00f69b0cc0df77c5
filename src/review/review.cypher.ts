// Statements of the review queue. Every value is a parameter.

export const gazetteerActors = /* cypher */ `
MATCH (a:Actor)
RETURN a {.id, .name, .kind, .country, .aliases, .validFrom, .validTo, .memberKind} AS actor`;

export const sourceExists = /* cypher */ `
MATCH (s:Source {id: $id}) RETURN s.id AS id`;

/** The source with its stored text and its candidates, in one transaction with the audit entry. */
export const storeIngested = /* cypher */ `
CREATE (s:Source {id: $source.id})
SET s += $source, s.kind = 'DOCUMENT', s.loadedFrom = $file
WITH s
UNWIND $candidates AS c
CREATE (n:Candidate)
SET n = c
CREATE (n)-[:EXTRACTED_FROM]->(s)
RETURN count(n) AS candidates`;

export const candidatesBy = /* cypher */ `
MATCH (c:Candidate)
WHERE ($sourceId IS NULL OR c.sourceId = $sourceId) AND ($status IS NULL OR c.status = $status)
RETURN c {.*} AS candidate
ORDER BY c.sourceId, c.seq
LIMIT $first`;

export const candidatesByIds = /* cypher */ `
UNWIND $ids AS id
MATCH (c:Candidate {id: id})
RETURN c {.*} AS candidate`;

/** Records a decision on a candidate still waiting for one; matches nothing otherwise. */
export const decide = /* cypher */ `
MATCH (c:Candidate {id: $id})
WHERE c.status = 'CANDIDATE'
SET c.status = $status, c.decidedBy = $by, c.decidedAt = toString(datetime()), c.reason = $reason, c.recordId = $recordId
RETURN c.id AS id`;
