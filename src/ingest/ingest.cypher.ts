import { actorOrRecordById } from "../db/cypher-fragments.js";

// Statements that write curated and registry facts. Each takes rows prepared by
// ingest.repository.ts; `hash` lets a reload skip records that did not change.

/**
 * A changed record's links and evidence are rewritten from the file or write that defines it,
 * except the evidence others gave it: what another file or an API call attached (attachedBy,
 * replaced only by its own author) and the evidence of a retraction, which stays as long as
 * the retraction does. Only `rel`s of this kind are kept (every other link has neither property).
 */
const OWN_EVIDENCE = (rel: string) => `${rel}.attachedBy IS NULL AND ${rel}.retraction IS NULL`;

export const upsertSources = /* cypher */ `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
WITH s, row, s.hash IS NULL AS created, coalesce(s.hash, '') <> row.hash AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET s = row.props, s.id = row.id, s.hash = row.hash, s.loadedFrom = $file)
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, sum(CASE WHEN changed AND NOT created THEN 1 ELSE 0 END) AS updated`;

export const upsertActors = /* cypher */ `
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
WITH a, row, a.hash IS NULL AS created, coalesce(a.hash, '') <> row.hash AS changed
CALL (a, row, changed) {
  WITH a, row, changed WHERE changed
  SET a = row.props, a.id = row.id, a.hash = row.hash, a.loadedFrom = $file
  // A changed kind takes its old kind label away: only Actor and the current kind's remain.
  WITH a, row, [l IN labels(a) WHERE l <> 'Actor' AND l <> row.label] AS stale
  REMOVE a:$(stale)
  SET a:$(row.label)
  WITH a
  OPTIONAL MATCH (a)-[c:CITES]->(:Source)
  WHERE ${OWN_EVIDENCE("c")}
  DELETE c
}
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, sum(CASE WHEN changed AND NOT created THEN 1 ELSE 0 END) AS updated,
       collect(CASE WHEN changed THEN row.id END) AS changedIds`;

export const upsertProgrammes = /* cypher */ `
UNWIND $rows AS row
MERGE (p:Programme {id: row.id})
WITH p, row, p.hash IS NULL AS created, coalesce(p.hash, '') <> row.hash AS changed
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET p = row.props, p.id = row.id, p.hash = row.hash, p.loadedFrom = $file)
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, sum(CASE WHEN changed AND NOT created THEN 1 ELSE 0 END) AS updated`;

/** A funding flow record, its links, and its projection (payer)-[:FUNDS]->(recipient). */
export const upsertFunding = /* cypher */ `
UNWIND $rows AS row
MERGE (f:FundingFlow:Record {id: row.id})
WITH f, row, f.hash IS NULL AS created, coalesce(f.hash, '') <> row.hash AS changed
CALL (f, row, changed) {
  WITH f, row, changed, {at: f.retractedAt, by: f.retractedBy, reason: f.retractionReason} AS retraction WHERE changed
  SET f = row.props, f.id = row.id, f.hash = row.hash, f.loadedFrom = $file,
      f.retractedAt = retraction.at, f.retractedBy = retraction.by, f.retractionReason = retraction.reason
  WITH f, row
  OPTIONAL MATCH (f)-[:PAYER]->(:Actor)-[proj:FUNDS {recordId: row.id}]->(:Actor)
  DELETE proj
  WITH DISTINCT f, row
  OPTIONAL MATCH (f)-[old:PAYER|RECIPIENT|UNDER|PART_OF|PASSES_ON|CITES]->()
  WHERE ${OWN_EVIDENCE("old")}
  DELETE old
  WITH DISTINCT f, row
  MATCH (payer:Actor {id: row.payerId}), (recipient:Actor {id: row.recipientId})
  CREATE (f)-[:PAYER]->(payer), (f)-[:RECIPIENT]->(recipient)
  FOREACH (_ IN CASE WHEN f.retractedAt IS NULL THEN [1] ELSE [] END |
    CREATE (payer)-[:FUNDS {recordId: row.id, amount: row.props.amount, currency: row.props.currency, fiscalYear: row.props.fiscalYear, status: row.props.status}]->(recipient))
  WITH f, row
  CALL (f, row) { WITH f, row WHERE row.programmeId IS NOT NULL MATCH (p:Programme {id: row.programmeId}) CREATE (f)-[:UNDER]->(p) }
  CALL (f, row) { WITH f, row WHERE row.partOfId IS NOT NULL MATCH (t:FundingFlow {id: row.partOfId}) CREATE (f)-[:PART_OF]->(t) }
  CALL (f, row) { WITH f, row WHERE row.passesOnId IS NOT NULL MATCH (u:FundingFlow {id: row.passesOnId}) CREATE (f)-[:PASSES_ON]->(u) }
}
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, sum(CASE WHEN changed AND NOT created THEN 1 ELSE 0 END) AS updated,
       collect(CASE WHEN changed THEN row.id END) AS changedIds`;

/** A relation record, its ends, and its projection (subject)-[:TYPE]->(object). */
export const upsertRelations = /* cypher */ `
UNWIND $rows AS row
MERGE (r:Relation:Record {id: row.id})
WITH r, row, r.hash IS NULL AS created, coalesce(r.hash, '') <> row.hash AS changed
CALL (r, row, changed) {
  WITH r, row, changed, {at: r.retractedAt, by: r.retractedBy, reason: r.retractionReason} AS retraction WHERE changed
  SET r = row.props, r.id = row.id, r.hash = row.hash, r.loadedFrom = $file,
      r.retractedAt = retraction.at, r.retractedBy = retraction.by, r.retractionReason = retraction.reason
  WITH r, row
  OPTIONAL MATCH (r)-[:SUBJECT]->(:Actor)-[proj {recordId: row.id}]->(:Actor)
  DELETE proj
  WITH DISTINCT r, row
  OPTIONAL MATCH (r)-[old:SUBJECT|OBJECT|CITES]->()
  WHERE ${OWN_EVIDENCE("old")}
  DELETE old
  WITH DISTINCT r, row
  MATCH (s:Actor {id: row.subjectId}), (o:Actor {id: row.objectId})
  CREATE (r)-[:SUBJECT]->(s), (r)-[:OBJECT]->(o)
  FOREACH (_ IN CASE WHEN r.retractedAt IS NULL THEN [1] ELSE [] END |
    CREATE (s)-[:$(row.props.type) {recordId: row.id, category: row.props.category, validFrom: row.props.validFrom, validTo: row.props.validTo, byKind: row.props.byKind}]->(o))
}
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, sum(CASE WHEN changed AND NOT created THEN 1 ELSE 0 END) AS updated,
       collect(CASE WHEN changed THEN row.id END) AS changedIds`;

const EVIDENCE_TARGET = actorOrRecordById("row", "row.recordId");

/** Evidence of changed records (their own old CITES were removed above). */
export const writeEvidence = /* cypher */ `
UNWIND $rows AS row
${EVIDENCE_TARGET}
MATCH (s:Source {id: row.sourceId})
MERGE (n)-[c:CITES {quote: row.quote, file: $file}]->(s)
SET c.locator = row.locator, c.start = row.start, c.end = row.end, c.line = row.line`;

/**
 * The first day a relation answers an `asOf` question, on the record and its projected edge:
 * its stated start; else, unless the start is open (a registry row already in its source's
 * oldest version), the earliest date its evidence was published, or failing that its own last
 * day. See recordValidOn in db/cypher-fragments.ts.
 */
export const setKnownFrom = /* cypher */ `
UNWIND $ids AS id
MATCH (r:Relation {id: id})
CALL (r) {
  OPTIONAL MATCH (r)-[:CITES]->(s:Source)
  RETURN min(s.published) AS firstEvidence
}
SET r.knownFrom = CASE WHEN r.validFrom IS NOT NULL THEN r.validFrom WHEN r.openStart THEN null ELSE coalesce(firstEvidence, r.validTo) END
WITH r
OPTIONAL MATCH (r)-[:SUBJECT]->(:Actor)-[proj {recordId: r.id}]->(:Actor)
SET proj.knownFrom = r.knownFrom`;

/**
 * Evidence a file attaches to records of other files is replaced as a whole on each load: this
 * takes away what its last load attached (found through the index on attachedBy, V0010), and
 * writeAttachments puts back what it holds now. API writes only add, so they skip this one.
 */
export const removeAttachments = /* cypher */ `
MATCH ()-[old:CITES {attachedBy: $file}]->()
DELETE old`;

/** Evidence attached to records of other files or writes, marked with who attached it. */
export const writeAttachments = /* cypher */ `
UNWIND $rows AS row
${EVIDENCE_TARGET}
MATCH (s:Source {id: row.sourceId})
MERGE (n)-[c:CITES {quote: row.quote, file: $file}]->(s)
SET c.locator = row.locator, c.start = row.start, c.end = row.end, c.line = row.line, c.attachedBy = $file`;

/**
 * Records a file no longer contains are removed with their projections. Each label is read
 * through its loadedFrom index (V0012): one unlabelled match would read every node.
 */
export const removeStale = /* cypher */ `
CALL () {
  MATCH (n:Actor) WHERE n.loadedFrom = $file RETURN n
  UNION
  MATCH (n:FundingFlow) WHERE n.loadedFrom = $file RETURN n
  UNION
  MATCH (n:Relation) WHERE n.loadedFrom = $file RETURN n
  UNION
  MATCH (n:Source) WHERE n.loadedFrom = $file RETURN n
  UNION
  MATCH (n:Programme) WHERE n.loadedFrom = $file RETURN n
}
WITH n WHERE NOT n.id IN $ids
OPTIONAL MATCH (n)-[:SUBJECT|PAYER]->(:Actor)-[proj {recordId: n.id}]->(:Actor)
DELETE proj
WITH DISTINCT n
DETACH DELETE n
RETURN count(n) AS removed`;

export const markFileLoaded = /* cypher */ `
MERGE (f:LoadedFile {path: $file})
SET f.hash = $hash, f.loadedAt = datetime()`;

export const countAll = /* cypher */ `
CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
CALL () { MATCH (f:FundingFlow) RETURN count(f) AS fundingFlows }
CALL () { MATCH (r:Relation) RETURN count(r) AS relations }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL () { MATCH (p:Programme) RETURN count(p) AS programmes }
CALL () { MATCH ()-[c:CITES]->() RETURN count(c) AS evidence }
CALL () { MATCH ()-[p]->() WHERE p.recordId IS NOT NULL RETURN count(p) AS projections }
RETURN actors, fundingFlows, relations, sources, programmes, evidence, projections`;

export const anyActor = /* cypher */ `MATCH (a:Actor) RETURN a.id AS id LIMIT 1`;

export const wipeGraph = /* cypher */ `
MATCH (n) WHERE NOT n:Migration
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`;

/**
 * Whether the graph holds a finished load, and of which data: one node, written as a load
 * starts, after each file and at its end. /health and the next start read it.
 */
export const beginLoad = /* cypher */ `
MERGE (s:LoadState {id: 'graph'})
SET s.status = 'loading', s.dataVersion = $dataVersion, s.filesTotal = $total, s.filesDone = 0, s.startedAt = toString(datetime()), s.finishedAt = null`;

export const fileLoaded = /* cypher */ `
MATCH (s:LoadState {id: 'graph'}) SET s.filesDone = $done`;

export const endLoad = /* cypher */ `
MATCH (s:LoadState {id: 'graph'}) SET s.status = $status, s.rejectedFiles = $rejected, s.finishedAt = toString(datetime())`;

export const loadState = /* cypher */ `
MATCH (s:LoadState {id: 'graph'}) RETURN s {.status, .dataVersion, .filesTotal, .filesDone, .rejectedFiles, .startedAt, .finishedAt} AS state`;
