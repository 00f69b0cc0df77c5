/**
 * The analyst operations the benchmark measures: each as a GraphQL query for this server and
 * as the best hand-written Cypher for the floor, shaped into the same JSON.
 */
import { ACTOR_SEARCH_LUCENE } from "./lucene.js";

// The peer's answers are plain lists; these give them this server's shape.
type Any = Record<string, unknown>;
const list = (v: unknown) => v as Any[];

export interface Operation {
  name: string;
  graphql: string;
  /** The floor's statement(s) and how to shape their rows into the GraphQL `data`. */
  floor: { cypher: string; params: Record<string, unknown>; shape(rows: Record<string, unknown>[]): unknown };
  /** The peer's (@neo4j/graphql) query, and how to shape its `data` like this server's. */
  peer: { graphql: string; shape(data: Record<string, unknown>): unknown };
  /** Which part of `data` must be equal across targets (the rest may differ, e.g. tie order). */
  compare?: (data: unknown) => unknown;
  /** What the answer must read through that db hits do not count, as one number (a full-text query's matches). */
  extent?: { what: string; cypher: string; params: Record<string, unknown> };
}

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

export function operations(ids: { ministry: string; municipality: string; governor: string }): Operation[] {
  return [
    {
      name: "actor by id",
      graphql: `{ actor(id: "${ids.ministry}") { id name kind } }`,
      floor: {
        cypher: "MATCH (a:Actor {id: $id}) RETURN a.id AS id, a.name AS name, a.kind AS kind",
        params: { id: ids.ministry },
        shape: (rows) => ({ actor: rows[0] ?? null }),
      },
      peer: {
        graphql: `{ actors(where: { id: { eq: "${ids.ministry}" } }) { id name kind } }`,
        shape: (d) => ({ actor: list(d.actors)[0] ?? null }),
      },
    },
    {
      name: "50 actors with funding received and payers",
      graphql: `{ actors(filter: { kinds: [MUNICIPALITY] }, first: 50) { edges { node { id fundingReceived(first: 5) { edges { node { id amount { value currency } payer { id name } } } } } } } }`,
      floor: {
        // Ordered by kind first (one kind: the same order) so the (kind, name) index yields rows in order.
        cypher: `MATCH (a:Actor) WHERE a.kind = 'MUNICIPALITY' AND a.name IS NOT NULL WITH a ORDER BY a.kind, a.name, a.id LIMIT 50
CALL (a) {
  MATCH (f:FundingFlow) WHERE f.recipientId = a.id AND f.retractedAt IS NULL
  WITH f ORDER BY f.id LIMIT 5
  MATCH (p:Actor {id: f.payerId})
  RETURN collect({id: f.id, amount: f.amount, currency: f.currency, payer: {id: p.id, name: p.name}}) AS flows
}
RETURN a.id AS id, flows`,
        params: {},
        shape: (rows) => ({
          actors: {
            edges: rows.map((r) => ({
              node: {
                id: r.id,
                fundingReceived: { edges: (r.flows as { id: string; amount: unknown; currency: string; payer: unknown }[]).map((f) => ({ node: { id: f.id, amount: { value: str(f.amount), currency: f.currency }, payer: f.payer } })) },
              },
            })),
          },
        }),
      },
      peer: {
        graphql: `{ actors(where: { kind: { eq: "MUNICIPALITY" } }, sort: [{ name: ASC }, { id: ASC }], limit: 50) { id fundingReceived(where: { retractedAt: { eq: null } }, sort: [{ id: ASC }], limit: 5) { id amount currency payer { id name } } } }`,
        shape: (d) => ({
          actors: {
            edges: list(d.actors).map((a) => ({
              node: { id: a.id, fundingReceived: { edges: list(a.fundingReceived).map((f) => ({ node: { id: f.id, amount: { value: f.amount, currency: f.currency }, payer: list(f.payer)[0] } })) } },
            })),
          },
        }),
      },
    },
    ...(["YEAR", "RECIPIENT_KIND"] as const).map((g) => ({
      name: `fundingSummary by ${g === "YEAR" ? "year" : "recipient kind"}`,
      graphql: `{ fundingSummary(groupBy: ${g}) { key status total { value currency } flowCount } }`,
      floor: {
        // The synthetic flows have no parts and pass nothing on, so a plain sum is the same answer.
        // The fastest forms known, this server's own: group by the raw year and make the key
        // once per bucket; start from the RECIPIENT relationships, which reach flow and actor at once.
        cypher:
          g === "YEAR"
            ? `MATCH (f:FundingFlow) WHERE f.retractedAt IS NULL WITH f.year AS year, f.currency AS currency, f.status AS status, sum(f.amount) AS value, count(f) AS flowCount RETURN coalesce(toString(year), 'none') AS key, currency, status, value, flowCount ORDER BY value DESC, key, currency, status`
            : `MATCH (f)-[:RECIPIENT]->(r) WHERE f.retractedAt IS NULL RETURN r.kind AS key, f.currency AS currency, f.status AS status, sum(f.amount) AS value, count(f) AS flowCount ORDER BY value DESC, key, currency, status`,
        params: {},
        shape: (rows: Record<string, unknown>[]) => ({ fundingSummary: rows.map((r) => ({ key: r.key, status: r.status, total: { value: str(r.value), currency: r.currency }, flowCount: r.flowCount })) }),
      },
      peer: {
        graphql: `{ b: fundingSummaryBy${g === "YEAR" ? "Year" : "RecipientKind"} { key value currency status flowCount } }`,
        shape: (d: Any) => ({ fundingSummary: list(d.b).map((r) => ({ key: r.key, status: r.status, total: { value: r.value, currency: r.currency }, flowCount: r.flowCount })) }),
      },
    })),
    {
      name: "flows above 45 million, largest first",
      graphql: `{ fundingFlows(filter: { amount: { min: "45000000" } }, orderBy: AMOUNT_DESC, first: 20) { edges { node { id amount { value currency } } } } }`,
      floor: {
        // Read in the amount index's order, stopping after the page.
        cypher: `MATCH (f:FundingFlow) WHERE f.amount >= $min AND f.retractedAt IS NULL RETURN f.id AS id, f.amount AS amount, f.currency AS currency ORDER BY f.amount DESC, f.id LIMIT 20`,
        params: { min: 45_000_000 },
        shape: (rows) => ({ fundingFlows: { edges: rows.map((r) => ({ node: { id: r.id, amount: { value: str(r.amount), currency: r.currency } } })) } }),
      },
      peer: {
        graphql: `{ fundingFlows(where: { amount: { gte: "45000000" }, retractedAt: { eq: null } }, sort: [{ amount: DESC }, { id: ASC }], limit: 20) { id amount currency } }`,
        shape: (d) => ({ fundingFlows: { edges: list(d.fundingFlows).map((f) => ({ node: { id: f.id, amount: { value: str(f.amount), currency: f.currency } } })) } }),
      },
    },
    {
      name: "fundingSummary by recipient kind and year",
      graphql: `{ fundingSummary(groupBy: [RECIPIENT_KIND, YEAR]) { key status total { value currency } flowCount } }`,
      floor: {
        cypher: `MATCH (f)-[:RECIPIENT]->(r) WHERE f.retractedAt IS NULL WITH r.kind AS kind, f.year AS year, f.currency AS currency, f.status AS status, sum(f.amount) AS value, count(f) AS flowCount RETURN kind + '|' + coalesce(toString(year), 'none') AS key, currency, status, value, flowCount ORDER BY value DESC, key, currency, status`,
        params: {},
        shape: (rows) => ({ fundingSummary: rows.map((r) => ({ key: r.key, status: r.status, total: { value: str(r.value), currency: r.currency }, flowCount: r.flowCount })) }),
      },
      peer: {
        graphql: `{ b: fundingSummaryByRecipientKindAndYear { key value currency status flowCount } }`,
        shape: (d: Any) => ({ fundingSummary: list(d.b).map((r) => ({ key: r.key, status: r.status, total: { value: r.value, currency: r.currency }, flowCount: r.flowCount })) }),
      },
      // Buckets of equal value may come in another order; the set of buckets may not differ.
      compare: (data) => [...(data as { fundingSummary: { key: string; status: string }[] }).fundingSummary].sort((a, b) => `${a.key}|${a.status}`.localeCompare(`${b.key}|${b.status}`)),
    },
    {
      name: "changes on a day",
      graphql: `{ changes(during: { from: "2012-01-01", to: "2012-01-01" }, first: 20) { edges { node { date type record { id } } } } }`,
      floor: {
        // This server's form: each side reads its (date, id) index in order and stops at the page; the four pages are merged.
        cypher: `CALL () {
  MATCH (x:Actor) USING INDEX x:Actor(validFrom, id) WHERE x.validFrom >= $from AND x.validFrom <= $to AND x.id IS NOT NULL
  WITH x ORDER BY x.validFrom, x.id LIMIT 20 RETURN x.validFrom AS date, 'BEGAN' AS type, x.id AS id
  UNION ALL
  MATCH (x:Actor) USING INDEX x:Actor(validTo, id) WHERE x.validTo >= $from AND x.validTo <= $to AND x.id IS NOT NULL
  WITH x ORDER BY x.validTo, x.id LIMIT 20 RETURN x.validTo AS date, 'ENDED' AS type, x.id AS id
  UNION ALL
  MATCH (r:Relation) USING INDEX r:Relation(validFrom, id) WHERE r.validFrom >= $from AND r.validFrom <= $to AND r.retractedAt IS NULL AND r.byKind IS NULL AND r.id IS NOT NULL
  WITH r ORDER BY r.validFrom, r.id LIMIT 20 RETURN r.validFrom AS date, 'BEGAN' AS type, r.id AS id
  UNION ALL
  MATCH (r:Relation) USING INDEX r:Relation(validTo, id) WHERE r.validTo >= $from AND r.validTo <= $to AND r.retractedAt IS NULL AND r.byKind IS NULL AND r.id IS NOT NULL
  WITH r ORDER BY r.validTo, r.id LIMIT 20 RETURN r.validTo AS date, 'ENDED' AS type, r.id AS id
}
RETURN date, type, id ORDER BY date, type, id LIMIT 20`,
        params: { from: "2012-01-01", to: "2012-01-01" },
        shape: (rows) => ({ changes: { edges: rows.map((r) => ({ node: { date: r.date, type: r.type, record: { id: r.id } } })) } }),
      },
      peer: {
        graphql: `{ changes(from: "2012-01-01", to: "2012-01-01") { date type id } }`,
        shape: (d) => ({ changes: { edges: list(d.changes).map((c) => ({ node: { date: c.date, type: c.type, record: { id: c.id } } })) } }),
      },
    },
    {
      name: "a source's records",
      graphql: `{ source(id: "bench:source:7") { records(first: 20) { totalCount edges { node { id } } } } }`,
      floor: {
        cypher: `MATCH (:Source {id: $id})<-[:CITES]-(n) WHERE n.retractedAt IS NULL WITH DISTINCT n ORDER BY n.id WITH collect(n.id) AS ids RETURN size(ids) AS total, ids[0..20] AS ids`,
        params: { id: "bench:source:7" },
        shape: (rows) => ({ source: { records: { totalCount: rows[0]!.total, edges: (rows[0]!.ids as string[]).map((id) => ({ node: { id } })) } } }),
      },
      peer: {
        graphql: `{ sourceRecords(id: "bench:source:7") { total ids } }`,
        shape: (d) => {
          const r = d.sourceRecords as { total: number; ids: string[] };
          return { source: { records: { totalCount: r.total, edges: r.ids.map((id) => ({ node: { id } })) } } };
        },
      },
    },
    {
      name: "paths municipality → ministry",
      graphql: `{ paths(fromId: "${ids.municipality}", toId: "${ids.ministry}", maxHops: 4, first: 1) { length } }`,
      floor: {
        // The fastest form known, this server's: shortestPath() tests the edge condition as it searches.
        cypher: `MATCH (a:Actor {id: $from}), (b:Actor {id: $to}) MATCH p = shortestPath((a)-[*1..4]-(b)) WHERE all(r IN relationships(p) WHERE r.recordId IS NOT NULL) RETURN length(p) AS length`,
        params: { from: ids.municipality, to: ids.ministry },
        shape: (rows) => ({ paths: rows.map((r) => ({ length: r.length })) }),
      },
      peer: {
        graphql: `{ pathLengths(from: "${ids.municipality}", to: "${ids.ministry}") }`,
        shape: (d) => ({ paths: (d.pathLengths as number[]).map((length) => ({ length })) }),
      },
    },
    {
      name: "neighbourhood depth 2",
      graphql: `{ neighbourhood(ids: ["${ids.governor}"], depth: 2, limit: 300) { truncated nodes { id } } }`,
      floor: {
        // Up to 300 actors within two hops, cut early on both levels.
        cypher: `MATCH (s:Actor {id: $id})
CALL (s) { MATCH (s)-[r]-(b:Actor) WHERE r.recordId IS NOT NULL AND b <> s RETURN DISTINCT b LIMIT 300 }
WITH s, collect(b) AS l1
CALL (s, l1) { UNWIND l1 AS a MATCH (a)-[r]-(c:Actor) WHERE r.recordId IS NOT NULL AND c <> s AND NOT c IN l1 RETURN DISTINCT c LIMIT 300 }
WITH s, l1, collect(c) AS l2
UNWIND ([s] + l1 + l2)[..300] AS n
RETURN n.id AS id`,
        params: { id: ids.governor },
        shape: (rows) => ({ neighbourhood: { nodes: rows.map((r) => ({ id: r.id })) } }),
      },
      peer: {
        graphql: `{ neighbourhood(id: "${ids.governor}") { id } }`,
        shape: (d) => ({ neighbourhood: { nodes: d.neighbourhood } }),
      },
      compare: (data) => {
        // Which 300 of the hub's neighbours are kept is the database's choice; the count is not.
        const d = data as { neighbourhood: { nodes: unknown[] } };
        return { nodes: d.neighbourhood.nodes.length };
      },
    },
    {
      name: "search",
      graphql: `{ search(text: "samhandling kommune", first: 10) { actor { id } } }`,
      floor: {
        cypher: `CALL db.index.fulltext.queryNodes('actor_search', $q, {limit: 50}) YIELD node, score
WITH node, score + CASE WHEN $folded IN split(node.searchText, ' | ') THEN 100.0 ELSE 0.0 END AS score
RETURN node.id AS id ORDER BY score DESC, node.name, node.id LIMIT 10`,
        params: { q: ACTOR_SEARCH_LUCENE, folded: "samhandling kommune" },
        shape: (rows) => ({ search: rows.map((r) => ({ actor: { id: r.id } })) }),
      },
      extent: { what: "actors the full-text query matches, before its top 50", cypher: "CALL db.index.fulltext.queryNodes('actor_search', $q) YIELD node RETURN count(node) AS n", params: { q: ACTOR_SEARCH_LUCENE } },
      peer: {
        graphql: `{ search(lucene: ${JSON.stringify(ACTOR_SEARCH_LUCENE)}, folded: "samhandling kommune") { id } }`,
        shape: (d) => ({ search: list(d.search).map((a) => ({ actor: { id: a.id } })) }),
      },
    },
  ];
}
