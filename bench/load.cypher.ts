// Bulk statements for the synthetic benchmark graph: plain CREATEs in batches, the same model
// the loader writes (records, projections, evidence), without its change detection.

export const createSources = /* cypher */ `
UNWIND $rows AS row
CREATE (:Source {id: row.id, kind: 'DOCUMENT', title: row.title, publisher: 'benchmark'})`;

export const createActors = /* cypher */ `
UNWIND $rows AS row
CREATE (a:Actor {id: row.id, kind: row.kind, name: row.name, aliases: row.aliases, country: row.country,
                 searchText: row.searchText, validFrom: row.validFrom, validTo: row.validTo})
SET a:$(row.label)`;

export const createFlows = /* cypher */ `
UNWIND $rows AS row
MATCH (p:Actor {id: row.payerId}), (q:Actor {id: row.recipientId}), (s:Source {id: row.sourceId})
CREATE (f:FundingFlow:Record {id: row.id, payerId: row.payerId, recipientId: row.recipientId, amount: row.amount, currency: row.currency,
                              year: row.year, fiscalYear: row.year, status: row.status, flowType: 'GRANT'})
CREATE (f)-[:PAYER]->(p), (f)-[:RECIPIENT]->(q), (f)-[:CITES {quote: row.quote, file: 'bench'}]->(s)
CREATE (p)-[:FUNDS {recordId: row.id, amount: row.amount, currency: row.currency, fiscalYear: row.year, status: row.status}]->(q)`;

export const createRelations = /* cypher */ `
UNWIND $rows AS row
MATCH (a:Actor {id: row.subjectId}), (b:Actor {id: row.objectId}), (s:Source {id: row.sourceId})
CREATE (r:Relation:Record {id: row.id, type: row.type, category: row.category, subjectId: row.subjectId, objectId: row.objectId,
                           validFrom: row.validFrom, validTo: row.validTo, knownFrom: row.validFrom})
CREATE (r)-[:SUBJECT]->(a), (r)-[:OBJECT]->(b), (r)-[:CITES {quote: row.quote, file: 'bench'}]->(s)
// Every synthetic relation states its start, so the day it matches from (knownFrom) is that start.
CREATE (a)-[:$(row.type) {recordId: row.id, category: row.category, validFrom: row.validFrom, validTo: row.validTo, knownFrom: row.validFrom}]->(b)`;

// Relationships first, then nodes: a batch of 10 000 nodes holding a hub payer of a large graph
// (hundreds of thousands of relationships) exceeded the 1 GiB transaction memory limit.
export const wipeRelationships = /* cypher */ `
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS`;

export const wipeNodes = /* cypher */ `
MATCH (n) WHERE NOT n:Migration
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`;
