import { actorValidOnIfSet } from "../db/cypher-fragments.js";
import { edgeOk } from "../graph/graph.cypher.js";
import { flowFilter } from "../funding/funding.cypher.js";

type Params = Record<string, unknown>;

const NODE = /* cypher */ `a {.id, .kind, .name, .aliases, .country, .officialIdScheme, .officialId, .validFrom, .validTo}`;

/** What a record (relation or funding flow) `rec` says and cites, as export columns. */
const RECORD_COLUMNS = /* cypher */ `
       rec.validFrom AS validFrom, rec.validTo AS validTo,
       toString(rec.amount) AS amount, rec.currency AS currency, rec.year AS year, rec.status AS status, rec.role AS role,
       COLLECT { MATCH (rec)-[:CITES]->(s:Source) RETURN DISTINCT s.id ORDER BY s.id } AS sourceIds,
       COLLECT { MATCH (rec)-[c:CITES]->(:Source) RETURN c.quote ORDER BY c.quote } AS quotes`;

/** The record behind a projected edge `r` from `a` to `b`, and what it cites. */
const EDGE_ROW = /* cypher */ `
CALL (r) {
  MATCH (rec:Relation {id: r.recordId}) RETURN rec
  UNION
  MATCH (rec:FundingFlow {id: r.recordId}) RETURN rec
}
RETURN r.recordId AS id, a.id AS source, b.id AS target, type(r) AS type,
       coalesce(r.category, CASE type(r) WHEN 'FUNDS' THEN 'FUNDING' END) AS category,
${RECORD_COLUMNS}`;

export const nodesByIds = /* cypher */ `
MATCH (a:Actor) WHERE a.id IN $ids RETURN ${NODE} AS node ORDER BY a.id`;

export const edgesAmongIds = (params: Params) => /* cypher */ `
MATCH (a:Actor)-[r]->(b:Actor) WHERE a.id IN $ids AND b.id IN $ids AND ${edgeOk(params)}
${EDGE_ROW}`;

export const allNodes = /* cypher */ `
MATCH (a:Actor)
WHERE ${actorValidOnIfSet("a", "$asOf")}
RETURN ${NODE} AS node ORDER BY a.id`;

export const allEdges = (params: Params) => /* cypher */ `
MATCH (a:Actor)-[r]->(b:Actor) WHERE ${edgeOk(params)}
  AND ${actorValidOnIfSet("a", "$asOf")} AND ${actorValidOnIfSet("b", "$asOf")}
${EDGE_ROW}`;

export const fundingNodes = (params: Record<string, unknown>) => /* cypher */ `
MATCH (f:FundingFlow) WHERE ${flowFilter("f", params)}
UNWIND [f.payerId, f.recipientId] AS id
WITH DISTINCT id
MATCH (a:Actor {id: id})
RETURN ${NODE} AS node ORDER BY a.id`;

// From the flow to its two actors, not along the payer's FUNDS edges: a ministry pays tens of
// thousands of flows, and finding each one's edge among them made large exports quadratic.
export const fundingEdges = (params: Record<string, unknown>) => /* cypher */ `
MATCH (f:FundingFlow) WHERE ${flowFilter("f", params)}
MATCH (f)-[:PAYER]->(a:Actor), (f)-[:RECIPIENT]->(b:Actor)
WITH f AS rec, a, b
RETURN rec.id AS id, a.id AS source, b.id AS target, 'FUNDS' AS type, 'FUNDING' AS category,
${RECORD_COLUMNS}`;

/** Counts and cited sources, so the manifest can lead the stream. */
export const summariseEdges = (edges: string) => /* cypher */ `
CALL () { ${edges} }
UNWIND CASE WHEN size(sourceIds) = 0 THEN [null] ELSE sourceIds END AS sid
RETURN count(DISTINCT id) AS edgeCount, collect(DISTINCT sid) AS sourceIds`;

export const countNodes = (nodes: string) => /* cypher */ `
CALL () { ${nodes} }
RETURN count(*) AS nodeCount`;

export const dataVersion = /* cypher */ `
MATCH (f:LoadedFile) RETURN f.path AS path, f.hash AS hash ORDER BY path`;
