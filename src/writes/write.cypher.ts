// Statements of API writes. Every value is a parameter.

export const existing = /* cypher */ `
CALL () { MATCH (a:Actor) WHERE a.id IN $actorIds RETURN collect(a {.id, .kind}) AS actors }
CALL () { MATCH (s:Source) WHERE s.id IN $sourceIds RETURN collect(s {.id, .file, .title, .kind, .text}) AS sources }
CALL () { MATCH (p:Programme) WHERE p.id IN $programmeIds RETURN collect(p.id) AS programmes }
CALL () { MATCH (f:FundingFlow) WHERE f.id IN $recordIds RETURN collect(f {.id, .currency}) AS flows }
CALL () { MATCH (r:Relation) WHERE r.id IN $recordIds RETURN collect(r.id) AS relations }
RETURN actors, sources, programmes, flows, relations`;

export const idempotencyKey = /* cypher */ `
MATCH (k:IdempotencyKey {key: $key}) RETURN k.requestHash AS requestHash, k.result AS result`;

export const recordWrite = /* cypher */ `
CREATE (a:AuditEntry {id: $auditId, at: toString(datetime()), principal: $principal, role: $role, operation: $operation,
                      recordIds: $recordIds, idempotencyKey: $key, requestHash: $requestHash})
// CREATE, not MERGE: under the key's uniqueness constraint a second transaction with the same
// key waits for the first and then fails, so its write is rolled back (see WriteService.once).
FOREACH (_ IN CASE WHEN $key IS NULL THEN [] ELSE [1] END |
  CREATE (k:IdempotencyKey {key: $key, requestHash: $requestHash, result: $result, at: toString(datetime())}))`;

/** Withdraws a record: kept with who, when and why; its projection leaves the graph. */
export const retract = (label: "FundingFlow" | "Relation") => /* cypher */ `
MATCH (r:${label} {id: $id})
WHERE r.retractedAt IS NULL
SET r.retractedAt = toString(datetime()), r.retractedBy = $by, r.retractionReason = $reason
WITH r
OPTIONAL MATCH (r)-[:SUBJECT|PAYER]->(:Actor)-[proj {recordId: r.id}]->(:Actor)
DELETE proj
WITH DISTINCT r
MATCH (s:Source {id: $sourceId})
MERGE (r)-[c:CITES {quote: $quote, file: $file}]->(s)
SET c.locator = $locator, c.retraction = true
RETURN r.id AS id`;

export const recordState = /* cypher */ `
CALL () {
  MATCH (n:FundingFlow {id: $id}) RETURN n
  UNION
  MATCH (n:Relation {id: $id}) RETURN n
}
RETURN n.retractedAt AS retractedAt`;

export const auditLog = /* cypher */ `
MATCH (a:AuditEntry)
RETURN a {.id, .at, .principal, .role, .operation, .recordIds, .idempotencyKey} AS entry
ORDER BY a.at DESC, a.id DESC
LIMIT $limit`;
