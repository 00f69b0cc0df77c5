import { actorTuple } from "../actors/actor.cypher.js";
import { remembered } from "../db/bounded-cache.js";
import { actorValidOn, allOf, isSet, recordValidOn } from "../db/cypher-fragments.js";
import type { Params } from "../db/database.js";
import { tupleProjection, type Projection } from "../db/projection.js";
import type { RecordProjection } from "./record.projection.js";

/**
 * A projected edge (relation or funding) of $types valid on $asOf; FUNDS edges carry no
 * validity. Only the conditions in force are written: a path search tests this on every
 * relationship it expands, and "$x IS NULL OR …" would be tested there too.
 * `expandGroups` is read as a flag, not passed as a parameter.
 */
export const edgeOk = (params: Params) =>
  allOf([
    "r.recordId IS NOT NULL",
    isSet(params, "types") && "type(r) IN $types",
    isSet(params, "asOf") && recordValidOn("r", "$asOf"),
    // Memberships derived from a group's kind are left out when the caller keeps groups whole.
    params.expandGroups === false && "r.byKind IS NULL",
  ]);

/**
 * k shortest paths over projected edges in either direction. Cypher accepts neither k nor
 * the hop bound as parameters, so both are written in as integers the resolver validated.
 *
 * The one shortest path (the default) is found with shortestPath(): its bidirectional search
 * tests the edge condition as it expands (an all() over the path's relationships is taken into
 * the search), and between a municipality and a ministry over 110 000 relations it answers in
 * a third of the time SHORTEST 1 takes. SHORTEST k stays for k > 1, which shortestPath()
 * cannot give (allShortestPaths gives every path of the least length, not k).
 */
export const shortestPaths = (k: number, maxHops: number, params: Params) => {
  if (!Number.isInteger(k) || !Number.isInteger(maxHops) || k < 1 || maxHops < 1 || k > 100 || maxHops > 12) throw new Error("invalid path bounds");
  const match =
    k === 1
      ? `MATCH (a:Actor {id: $fromId}), (b:Actor {id: $toId})
MATCH p = shortestPath((a)-[*1..${maxHops}]-(b))
WHERE all(r IN relationships(p) WHERE ${edgeOk(params)})`
      : `MATCH p = SHORTEST ${k} (a:Actor {id: $fromId})-[r WHERE ${edgeOk(params)}]-{1,${maxHops}}(b:Actor {id: $toId})`;
  return /* cypher */ `
${match}
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [x IN relationships(p) | {type: type(x), recordId: x.recordId, startId: startNode(x).id, endId: endNode(x).id}] AS rels
ORDER BY length(p)`;
};

/**
 * Breadth-first neighbourhood in one statement, one CALL per level (depth is a validated
 * integer, since Cypher cannot loop a variable number of times). Each level stops reading
 * edges once it has $cap = limit + 1 new actors, so a hub's thousands of edges are not all
 * walked; the slice keeps the total at $limit and `truncated` says whether it cut. The actors
 * come back as one list in one row (no row at all when no seed exists): the driver's cost
 * per record, not per value, is what hundreds of rows would add. With $asOf, an actor reached
 * must itself be valid that day (the seeds are kept as asked).
 */
export const neighbourhood = (depth: number, projection: Projection, params: Params) => {
  if (!Number.isInteger(depth) || depth < 0 || depth > 6) throw new Error("invalid neighbourhood depth");
  const level = /* cypher */ `
CALL (seen, frontier, truncated) {
  UNWIND CASE WHEN truncated THEN [] ELSE frontier END AS a
  MATCH (a)-[r]-(b:Actor)
  WHERE ${edgeOk(params)} AND NOT b IN seen${isSet(params, "asOf") ? ` AND ${actorValidOn("b", "$asOf")}` : ""}
  WITH DISTINCT b LIMIT $cap
  RETURN collect(b) AS found
}
WITH seen, found, CASE WHEN size(seen) >= $limit THEN 0 ELSE $limit - size(seen) END AS room, truncated
WITH seen + found[..room] AS seen, found[..room] AS frontier, truncated OR size(found) > room AS truncated`;
  return /* cypher */ `
MATCH (s:Actor) WHERE s.id IN $ids
WITH collect(s) AS seen
WITH seen, seen AS frontier, false AS truncated
${Array.from({ length: depth }, () => level).join("\n")}
UNWIND seen AS a
WITH a, truncated ORDER BY a.id
RETURN collect(${actorTuple(projection)}) AS actors, truncated`;
};

export const edgesAmong = (params: Params) => /* cypher */ `
MATCH (a:Actor)-[r]->(b:Actor)
WHERE a.id IN $ids AND b.id IN $ids AND ${edgeOk(params)}
RETURN r.recordId AS id, a.id AS source, b.id AS target, type(r) AS type, coalesce(r.category, 'FUNDING') AS category,
       r.validFrom AS validFrom, r.validTo AS validTo, r.amount AS amount, r.currency AS currency
ORDER BY id`;

/**
 * Full-text search over names and aliases (folded), with exact name or alias matches first
 * so an abbreviation such as "hod" finds its ministry before anything that merely contains it.
 */
export const searchActors = (projection: Projection) => /* cypher */ `
CALL db.index.fulltext.queryNodes('actor_search', $lucene, {limit: $candidates}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node AS a, score + CASE WHEN $folded IN split(node.searchText, ' | ') THEN 100.0 ELSE 0.0 END AS score
RETURN ${actorTuple(projection)} AS actor, score
ORDER BY score DESC, a.name, a.id
LIMIT $limit`;

/** Which kind of node has the id: each label is looked up through its id constraint. */
export const labelOf = /* cypher */ `
CALL () {
  MATCH (n:Actor {id: $id}) RETURN 'Actor' AS label
  UNION
  MATCH (n:FundingFlow {id: $id}) RETURN 'FundingFlow' AS label
  UNION
  MATCH (n:Relation {id: $id}) RETURN 'Relation' AS label
  UNION
  MATCH (n:Source {id: $id}) RETURN 'Source' AS label
}
RETURN label LIMIT 1`;

/**
 * Record `n` (an actor, a flow or a relation) as [label, its properties as far as `p` says, as
 * a tuple], read in the statement that lists it: a list of records then costs that one
 * statement, whatever else the request batches (loading them afterwards made the count depend
 * on which loads met in a tick). Tuples, not maps: Bolt would spell out every key of every record.
 */
const recordOf = (n: string, p: RecordProjection, withFlows = true) => /* cypher */ `CASE${withFlows ? `
    WHEN ${n}:FundingFlow THEN ['FundingFlow', ${tupleProjection(n, p.flow)}]` : ""}
    WHEN ${n}:Relation THEN ['Relation', ${tupleProjection(n, p.relation)}]
    ELSE ['Actor', ${tupleProjection(n, p.actor)}] END`;

/**
 * The records citing source `source`, a page of them by id after `k.after` (at most
 * `k.limit`), and how many there are, as `total` and `records` (a CALL body; `source` and `k`
 * imported). The cited nodes are sorted as they are (their ids read once, then cached), and
 * the page is sliced from that list: finding the page's records again by id, or sorting ids
 * alone, cost Neo4j a fifth more CPU per request. A first page (`firstPage`: no cursor)
 * starts at the top and collects no ids to find its start. Only actors, flows and relations
 * cite a source (every CITES is written through actorOrRecordById), so no label is tested.
 */
const recordsCiting = (source: string, k: string, p: RecordProjection, firstPage: boolean, ret: (total: string, records: string) => string) => /* cypher */ `
  MATCH (${source})<-[:CITES]-(n)
  WHERE n.retractedAt IS NULL
  WITH DISTINCT n ORDER BY n.id
  ${firstPage
    ? `WITH collect(n) AS ns, 0 AS start`
    : `WITH collect(n) AS ns, collect(n.id) AS ids
  WITH ns, CASE WHEN ${k}.after IS NULL THEN 0 ELSE size([id IN ids WHERE id <= ${k}.after]) END AS start`}
  RETURN ${ret("size(ns)", `[n IN ns[start..start + ${k}.limit] | ${recordOf("n", p)}]`)}`;

/** The records citing each key's source, a page by id, and how many there are: one statement for many sources. */
export const recordsOfSources = (p: RecordProjection) => /* cypher */ `
UNWIND $keys AS k
CALL (k) {
  MATCH (s:Source {id: k.sourceId})${recordsCiting("s", "k", p, false, (total, records) => `${total} AS total, ${records} AS records`)}
}
RETURN k.key AS key, total, records`;

/**
 * The same page as the CALL body on source `s` of the statement that reads the source
 * (EvidenceContext.sourceReadAhead): `items` is [total, records]. A flat body: a CALL nested
 * in it cost Neo4j more CPU per request, measured side by side.
 */
export const recordsOfSourceNested = (p: RecordProjection, firstPage: boolean) =>
  recordsCiting("s", "$graphRecords", p, firstPage, (total, records) => `[${total}, ${records}] AS items`);

/**
 * Every actor and relation that began or ended from $from to $to, as rows (date, type, and id,
 * or with `page` the node n instead of its id): each side found through its validFrom or validTo index. Memberships
 * derived from a group's kind (byKind) follow their members and are left out.
 *
 * With `page`, each side yields only its first $limit rows after the cursor, in (date, id)
 * order: its type is fixed, so those are all it can add to the page. The (date, id) indexes
 * (V0011) hand rows over in that order from where the cursor points, so a side stops after its
 * page instead of reading and sorting every change in the range (11 000 relations begin on one
 * day of the medium bench). Where the cursor points depends on the side's type against the
 * cursor's: a later type starts on the cursor's day, an earlier one the day after, and the
 * cursor's own type reads the rest of that day after the cursor's id (a seek on both keys) and
 * then the days after, as two parts: one range from the cursor's day would read that day's
 * rows before the cursor again on every page.
 */
const changeRows = (params: Params, page: boolean) => {
  const actorKinds = isSet(params, "kinds") ? "AND x.kind IN $kinds" : "";
  const relationKinds = isSet(params, "kinds") ? "AND EXISTS { MATCH (x:Actor) WHERE x.id IN [r.subjectId, r.objectId] AND x.kind IN $kinds }" : "";
  const cursorType = page && isSet(params, "afterId") ? String(params.afterType) : null;
  // The hint keeps the plan from trading the (date, id) index for the date one when other
  // conditions look selective: that one sorts a whole day's rows by id before the page is full.
  const part = (label: "Actor" | "Relation", v: string, prop: string, type: string, filters: string, where: string) =>
    page
      ? `MATCH (${v}:${label}) USING INDEX ${v}:${label}(${prop}, id) WHERE ${where} ${filters}
  AND ${v}.id IS NOT NULL WITH ${v} ORDER BY ${v}.${prop}, ${v}.id LIMIT $limit
  RETURN ${v}.${prop} AS date, '${type}' AS type, ${v} AS n`
      : `MATCH (${v}:${label}) WHERE ${where} ${filters}
  RETURN ${v}.${prop} AS date, '${type}' AS type, ${v}.id AS id`;
  const side = (label: "Actor" | "Relation", v: string, prop: string, type: string, filters: string) => {
    const d = `${v}.${prop}`;
    const inRange = `${d} >= $from AND ${d} <= $to`;
    if (cursorType === null) return [part(label, v, prop, type, filters, inRange)];
    if (type > cursorType) return [part(label, v, prop, type, filters, `${inRange} AND ${d} >= $afterDate`)];
    if (type < cursorType) return [part(label, v, prop, type, filters, `${inRange} AND ${d} > $afterDate`)];
    return [
      part(label, v, prop, type, filters, `${d} = $afterDate AND ${v}.id > $afterId AND $afterDate >= $from AND $afterDate <= $to`),
      part(label, v, prop, type, filters, `${inRange} AND ${d} > $afterDate`),
    ];
  };
  const ends = [["validFrom", "BEGAN"], ["validTo", "ENDED"]] as const;
  const actors = ends.flatMap(([prop, type]) => side("Actor", "x", prop, type, actorKinds));
  const relations = ends.flatMap(([prop, type]) => side("Relation", "r", prop, type, `AND r.retractedAt IS NULL AND r.byKind IS NULL ${relationKinds}`));
  return /* cypher */ `CALL () {\n  ${[...actors, ...relations].join("\n  UNION ALL\n  ")}\n}`;
};

/** A page of changes in date, type (BEGAN before ENDED), id order, after the cursor's row, each with its record. */
export const changes = (params: Params, p: RecordProjection) => {
  // Built once per shape (kinds or not, the cursor's type, the projection), not per request.
  // Only actors and relations begin and end, so a record here is never a flow.
  const key = `${isSet(params, "kinds")}|${isSet(params, "afterId") ? String(params.afterType) : ""}|${p.key}`;
  // Short enough, with its parameters, for one 1 400-byte write of the driver (statement.ts);
  // the rows keep the order of the WITH through the RETURN's projection.
  return remembered(changeStatements, key, () => /* cypher */ `
${changeRows(params, true)}
WITH date, type, n ORDER BY date, type, n.id LIMIT $limit
RETURN date, type, ${recordOf("n", p, false)} AS record`, 500);
};
const changeStatements = new Map<string, string>();

export const changesCount = (params: Params) => /* cypher */ `
${changeRows(params, false)}
RETURN count(*) AS n`;
