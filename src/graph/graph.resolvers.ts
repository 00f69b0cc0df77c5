import type { GraphQLResolveInfo } from "graphql";
import { actorProjection } from "../actors/actor.projection.js";
import { referencedActor, type NestedRead } from "../actors/actor.context.js";
import { recordsPageFromItems, recordsPageInSource } from "./graph.repository.js";
import { recordProjection, type RecordProjection } from "./record.projection.js";
import { actorKey } from "../actors/actor.loaders.js";
import { actorTypeName, type ActorModel } from "../actors/actor.model.js";
import { argumentsOf, fieldNodesAt, selectedFields } from "../graphql/selection.js";
import type { Resolvers } from "../graphql/generated/types.js";
import { badUserInput, limitExceeded } from "../graphql/errors.js";
import { neighbourhoodWork, pathsWork } from "../graphql/graph-work.js";
import type { GraphContext } from "./graph.context.js";
import { recordKind, type ChangeModel, type RecordModel } from "./graph.model.js";
import type { FundingFlowModel } from "../funding/funding.model.js";
import type { RelationModel } from "../relations/relation.model.js";
import { checkDateRange } from "../graphql/date-range.js";
import { connectionFromRows, connectionResolvers, cursorScope, decodeScopedCursor, pageSize } from "../graphql/pagination.js";

/**
 * Records a list read, handed to their domains' loaders so a field asking for one again reads
 * nothing: actors under the projection they were read with, flows and relations (whose
 * loaders hold whole models) only when read whole.
 */
function primeRecords(records: readonly RecordModel[], projection: RecordProjection, ctx: GraphContext): void {
  for (const r of records) {
    const kind = recordKind(r);
    if (kind === "FundingFlow") {
      if (projection.flow.complete) ctx.loaders.flowById.prime(r.id, r as FundingFlowModel);
    } else if (kind === "Relation") {
      if (projection.relation.complete) ctx.loaders.relationById.prime(r.id, r as RelationModel);
    } else ctx.loaders.actorById.prime(actorKey(r.id, projection.actor), r as ActorModel);
  }
}

/** The GraphQL type of a record: its kind, or for an actor the type its kind is shown as. */
function recordType(r: RecordModel) {
  const kind = recordKind(r);
  return kind === "Actor" ? actorTypeName((r as ActorModel).kind) : kind;
}

function bounded(value: number | null | undefined, def: number, min: number, max: number, arg: string, limit: string): number {
  if (value === null || value === undefined) return def;
  if (value < min) throw badUserInput(`'${arg}' must be at least ${min}, got ${value}.`, arg);
  if (value > max) throw limitExceeded(`'${arg}' is ${value}, above the limit of ${max}.`, arg, limit, max);
  return value;
}

/** The loader key of a page of a source's records, and its size and cursor scope; throws on bad arguments. */
function recordsPageRequest(sourceId: string, first: number | null | undefined, after: string | null | undefined, projection: RecordProjection, ctx: GraphContext) {
  const size = pageSize(first, ctx.limits);
  const scope = cursorScope("records", sourceId);
  const start = (decodeScopedCursor(after, scope, 1)?.[0] as string | undefined) ?? null;
  const k = { sourceId, after: start, limit: size + 1 };
  return { size, scope, key: { ...k, projection, key: `${JSON.stringify(k)}|${projection.key}` } };
}

/**
 * When a source is asked for with one `records` selection, the statement that reads the
 * source reads that page too (EvidenceContext.sourceReadAhead), and the page is primed under
 * the key the field's resolver asks for: one statement instead of two. Null when the selection
 * is not that simple or its arguments are bad (the field then reports the error at its path).
 */
export function recordsReadAhead(info: GraphQLResolveInfo, sourceId: string, ctx: GraphContext): NestedRead | null {
  const nodes = fieldNodesAt(info, []).filter((n) => n.name.value === "records");
  if (nodes.length !== 1) return null;
  try {
    const args = argumentsOf<{ first?: number | null; after?: string | null }>(nodes[0]!, info);
    const projection = recordProjection.forFields(selectedFields({ fieldNodes: nodes, fragments: info.fragments }, ["edges", "node"]));
    const { key } = recordsPageRequest(sourceId, args.first, args.after, projection, ctx);
    return {
      ...recordsPageInSource(projection, { after: key.after, limit: key.limit }),
      deliver(_ids, items) {
        ctx.loaders.recordsOfSource.clear(key).prime(key, recordsPageFromItems(items[0]!, projection));
      },
    };
  } catch {
    return null;
  }
}

export const graphResolvers: Resolvers<GraphContext> = {
  Query: {
    changes: async (_p, { during, kinds, first, after }, ctx, info) => {
      checkDateRange(during, "during");
      const size = pageSize(first, ctx.limits);
      const k = kinds && kinds.length > 0 ? [...new Set(kinds)] : null;
      const scope = cursorScope("changes", during, k);
      const key = decodeScopedCursor(after, scope, 3);
      const projection = recordProjection.forFields(selectedFields(info, ["edges", "node", "record"]));
      const changes = await ctx.graph.changes(during, k, key ? { date: String(key[0]), type: String(key[1]), id: String(key[2]) } : null, size + 1, projection);
      primeRecords(changes.map((c) => c.record), projection, ctx);
      return connectionFromRows(changes, size, after, (c) => [scope, c.date, c.type, c.record.id], () => ctx.graph.changeCount(during, k));
    },
    node: async (_p, { id }, ctx) => {
      switch (await ctx.graph.labelOf(id)) {
        case "Actor":
          return ctx.loaders.actorById.load(actorKey(id));
        case "FundingFlow":
          return ctx.loaders.flowById.load(id);
        case "Relation":
          return ctx.loaders.relationById.load(id);
        case "Source":
          return ctx.loaders.sourceById.load(id);
        default:
          return null;
      }
    },
    paths: async (_p, { fromId, toId, maxHops, asOf, first, expandGroups }, ctx) => {
      const hops = bounded(maxHops, Math.min(4, ctx.limits.maxHops), 1, ctx.limits.maxHops, "maxHops", "maxHops");
      const k = bounded(first, 5, 1, ctx.limits.maxPaths, "first", "maxPaths");
      ctx.work.charge(pathsWork(k, hops), "paths");
      // Unknown ends are not errors: the statement simply finds no path.
      return ctx.traversal(() => ctx.graph.shortestPaths(fromId, toId, hops, asOf ?? null, k, expandGroups !== false));
    },
    neighbourhood: (_p, { ids, depth, asOf, limit, expandGroups }, ctx, info) => {
      if (ids.length === 0) throw badUserInput("'ids' must name at least one actor.", "ids");
      if (ids.length > ctx.limits.maxPageSize) throw limitExceeded(`'ids' names ${ids.length} actors, above the limit of ${ctx.limits.maxPageSize}.`, "ids", "maxPageSize", ctx.limits.maxPageSize);
      const d = bounded(depth, 1, 1, ctx.limits.maxDepth, "depth", "maxDepth");
      const n = bounded(limit, Math.min(500, ctx.limits.maxNeighbourhoodNodes), 1, ctx.limits.maxNeighbourhoodNodes, "limit", "maxNeighbourhoodNodes");
      ctx.work.charge(neighbourhoodWork(ids.length, d), "neighbourhood");
      return ctx.traversal(() => ctx.graph.neighbourhood(ids, d, asOf ?? null, n, null, actorProjection.forFields(selectedFields(info, ["nodes"])), expandGroups !== false));
    },
    search: (_p, { text, kinds, first }, ctx, info) => {
      if (text.length > 200) throw badUserInput(`'text' is ${text.length} characters; at most 200 are searched.`, "text");
      const n = bounded(first, 10, 1, ctx.limits.maxPageSize, "first", "maxPageSize");
      return ctx.graph.search(text, kinds?.length ? kinds : null, n, actorProjection.forFields(selectedFields(info, ["actor"])));
    },
  },
  Path: {
    length: (p) => p.hops.length,
    nodes: (p, _a, ctx, info) => Promise.all(p.nodeIds.map((id) => referencedActor(id, ctx, info))),
    hops: (p) => p.hops,
  },
  Hop: {
    from: (h, _a, ctx, info) => referencedActor(h.fromId, ctx, info),
    to: (h, _a, ctx, info) => referencedActor(h.toId, ctx, info),
    relation: (h, _a, ctx) => (h.type === "FUNDS" ? null : ctx.loaders.relationById.load(h.recordId)),
    fundingFlow: (h, _a, ctx) => (h.type === "FUNDS" ? ctx.loaders.flowById.load(h.recordId) : null),
    evidence: (h, _a, ctx) => ctx.loaders.evidenceByRecordId.load(h.recordId),
  },
  // A source is the one node with a title; every other node is a record.
  Node: {
    __resolveType: (n) => ("title" in n ? "Source" : recordType(n)),
  },
  Record: {
    __resolveType: (r) => recordType(r),
  },
  Source: {
    records: async (s, { first, after }, ctx, info) => {
      const projection = recordProjection.forFields(selectedFields(info, ["edges", "node"]));
      const { size, scope, key } = recordsPageRequest(s.id, first, after, projection, ctx);
      const { total, records } = await ctx.loaders.recordsOfSource.load(key);
      primeRecords(records, projection, ctx);
      return connectionFromRows(records, size, after, (r) => [scope, r.id], async () => total);
    },
  },
  ChangeConnection: {
    ...connectionResolvers<ChangeModel>(),
  },
  RecordConnection: {
    ...connectionResolvers<RecordModel>(),
  },
  Subgraph: {
    edges: (sg, _a, ctx) => ctx.graph.edgesAmong(sg.edgeScope),
  },
  SubgraphEdge: {
    amount: (e) => (e.amount !== null && e.currency ? { value: e.amount, currency: e.currency } : null),
  },
};
