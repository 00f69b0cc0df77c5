import type { Database, Params, QueryOptions } from "../db/database.js";
import { actorFromTuple } from "../actors/actor.model.js";
import { actorProjection } from "../actors/actor.projection.js";
import { fromTuple, type Projection } from "../db/projection.js";
import { recordProjection, type RecordProjection } from "./record.projection.js";
import { fold } from "../text/fold.js";
import * as q from "./graph.cypher.js";
import type { ChangeModel, PathModel, RecordModel, RecordRef, SearchHitModel, SubgraphEdgeModel, SubgraphModel } from "./graph.model.js";
import { toFlowModel } from "../funding/funding.repository.js";
import type { RelationModel } from "../relations/relation.model.js";

/** A record as `recordOf` in graph.cypher.ts returns it: its label and its projected properties. */
type RecordRow = [label: RecordRef["label"], tuple: unknown[]];

/** The record a row holds, read with the projection its statement was made with. */
function recordFromRow(p: RecordProjection, [label, tuple]: RecordRow): RecordModel {
  if (label === "Actor") return actorFromTuple(p.actor, tuple);
  if (label === "FundingFlow") return toFlowModel(fromTuple(p.flow, tuple));
  return fromTuple(p.relation, tuple) as unknown as RelationModel;
}

/** A page of the records citing one source, as a DataLoader key (`key` is its cache key). */
export interface RecordsOfSourceKey {
  key: string;
  sourceId: string;
  after: string | null;
  limit: number;
  /** What the page's records are read as (not sent as a parameter: it shapes the statement). */
  projection: RecordProjection;
}

/** Lucene query from free text: every word must match, as itself, a prefix or (long words) fuzzily. */
export function luceneQuery(text: string): string | null {
  return luceneOfFolded(fold(text));
}

function luceneOfFolded(folded: string): string | null {
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `(${w}^3 OR ${w}*${w.length >= 5 ? ` OR ${w}~1` : ""})`).join(" AND ");
}

/** A page of a source's records read inside the statement that reads source `s` (a NestedRead's body and parameters). */
export function recordsPageInSource(projection: RecordProjection, page: { after: string | null; limit: number }): { body: string; params: Params } {
  return { body: q.recordsOfSourceNested(projection, page.after === null), params: { graphRecords: page } };
}

/** A page of records as `recordsPageInSource`'s statement, made with `projection`, returns it in its `items`: [total, records]. */
export function recordsPageFromItems(items: readonly unknown[], projection: RecordProjection): { total: number; records: RecordModel[] } {
  return recordsPage(projection, items[0], items[1]);
}

const recordsPage = (p: RecordProjection, total: unknown, records: unknown) => ({ total: total as number, records: (records as RecordRow[]).map((r) => recordFromRow(p, r)) });

/** The only code that runs graph-wide statements: paths, neighbourhoods, search. */
export class GraphRepository {
  constructor(private readonly db: Database, private readonly opts: QueryOptions = {}) {}

  /** Each key's page of the records citing its source, and how many there are. */
  async recordsOfSources(keys: readonly RecordsOfSourceKey[]): Promise<{ total: number; records: RecordModel[] }[]> {
    // One statement for the batch, reading the union of what its keys need.
    const projection = recordProjection.union(keys.map((k) => k.projection));
    const rows = await this.db.read(q.recordsOfSources(projection), { keys: keys.map(({ projection: _p, ...k }) => k) }, this.opts);
    const byKey = new Map(rows.map((r) => [r.key as string, recordsPage(projection, r.total, r.records)]));
    return keys.map((k) => byKey.get(k.key) ?? { total: 0, records: [] });
  }

  /** A page of the records that began or ended in the range, after the cursor's (date, type, id). */
  async changes(range: { from: string; to: string }, kinds: string[] | null, after: { date: string; type: string; id: string } | null, limit: number, projection: RecordProjection = recordProjection.all): Promise<ChangeModel[]> {
    const params = { ...range, kinds, afterDate: after?.date ?? null, afterType: after?.type ?? null, afterId: after?.id ?? null, limit };
    const rows = await this.db.read(q.changes(params, projection), params, this.opts);
    return rows.map((r) => ({ date: r.date as string, type: r.type as ChangeModel["type"], record: recordFromRow(projection, r.record as RecordRow) }));
  }

  async changeCount(range: { from: string; to: string }, kinds: string[] | null): Promise<number> {
    const params = { ...range, kinds };
    return (await this.db.read(q.changesCount(params), params, this.opts))[0]!.n as number;
  }

  /** The kind of node that has the id, or null when none has it. */
  async labelOf(id: string): Promise<"Actor" | "FundingFlow" | "Relation" | "Source" | null> {
    const rows = await this.db.read(q.labelOf, { id }, this.opts);
    return (rows[0]?.label as "Actor" | "FundingFlow" | "Relation" | "Source" | undefined) ?? null;
  }

  async shortestPaths(fromId: string, toId: string, maxHops: number, asOf: string | null, k: number, expandGroups = true): Promise<PathModel[]> {
    if (fromId === toId) return [];
    const params = { fromId, toId, asOf, types: null };
    const rows = await this.db.read(q.shortestPaths(k, maxHops, { ...params, expandGroups }), params, this.opts);
    return rows.map((r) => {
      const nodeIds = r.nodeIds as string[];
      const rels = r.rels as { type: string; recordId: string; startId: string; endId: string }[];
      return {
        nodeIds,
        hops: rels.map((x, i) => ({
          fromId: nodeIds[i]!,
          toId: nodeIds[i + 1]!,
          type: x.type,
          recordId: x.recordId,
          direction: x.startId === nodeIds[i] ? ("OUTGOING" as const) : ("INCOMING" as const),
        })),
      };
    });
  }

  /** The actors within `depth` hops of the seeds; the edges among them are fetched only when asked for. */
  async neighbourhood(ids: string[], depth: number, asOf: string | null, limit: number, types: string[] | null = null, projection: Projection = actorProjection.all, expandGroups = true): Promise<SubgraphModel> {
    const params = { ids, asOf, types, limit, cap: limit + 1 };
    const rows = await this.db.read(q.neighbourhood(depth, projection, { ...params, expandGroups }), params, this.opts);
    const row = rows[0];
    const nodes = ((row?.actors ?? []) as unknown[][]).map((t) => actorFromTuple(projection, t));
    return { nodes, truncated: row?.truncated === true, edgeScope: { ids: nodes.map((n) => n.id), asOf, types, expandGroups } };
  }

  async edgesAmong(scope: SubgraphModel["edgeScope"]): Promise<SubgraphEdgeModel[]> {
    if (scope.ids.length === 0) return [];
    // expandGroups shapes the statement (graph.cypher.ts reads it as a flag); it is no parameter.
    const { expandGroups: _flag, ...params } = scope;
    return (await this.db.read(q.edgesAmong(scope), params, this.opts)) as unknown as SubgraphEdgeModel[];
  }

  async search(text: string, kinds: string[] | null, limit: number, projection: Projection = actorProjection.all): Promise<SearchHitModel[]> {
    const folded = fold(text);
    const lucene = luceneOfFolded(folded);
    if (!lucene) return [];
    const rows = await this.db.read(q.searchActors(projection), { lucene, folded, kinds, limit, candidates: Math.max(limit * 5, 50) }, this.opts);
    return rows.map((r) => ({ actor: actorFromTuple(projection, r.actor as unknown[]), score: r.score as number }));
  }
}
