import { actorKey } from "../actors/actor.loaders.js";
import { onEveryActorType, referencedActor } from "../actors/actor.context.js";
import type { Direction, Resolvers } from "../graphql/generated/types.js";
import type { RelationContext } from "./relation.context.js";
import { connectionFromRows, connectionResolvers, cursorScope, decodeCursor, decodeScopedCursor, pageSize, type ConnectionModel } from "../graphql/pagination.js";
import { checkDateRange } from "../graphql/date-range.js";
import type { ActorModel } from "../actors/actor.model.js";
import type { RelationModel } from "./relation.model.js";

/** Actor.relations: one batched statement for the page, one for the counts, whatever the list size. */
export async function actorRelations(
  actorId: string,
  args: { asOf?: string | null; types?: string[] | null; direction?: Direction | null; first?: number | null; after?: string | null },
  ctx: RelationContext,
): Promise<ConnectionModel<RelationModel>> {
  const size = pageSize(args.first, ctx.limits);
  const after = (decodeCursor(args.after, 1)?.[0] as string | undefined) ?? null;
  const base = { actorId, direction: args.direction ?? "BOTH", types: args.types?.length ? args.types : null, asOf: args.asOf ?? null };
  const pageKey = { ...base, after, limit: size + 1 };
  const rows = await ctx.loaders.relationsByActor.load({ ...pageKey, key: JSON.stringify(pageKey) });
  const countKey = { ...base, after: null, limit: 0 };
  return connectionFromRows(rows, size, args.after, (r) => [r.id], () => ctx.loaders.relationCountByActor.load({ ...countKey, key: JSON.stringify(countKey) }));
}

/** Actor.members / predecessors / successors, as actor connections ordered by name. */
export async function relatedActors(
  actorId: string,
  type: "MEMBER_OF" | "SUCCEEDED_BY",
  side: "subject" | "object",
  args: { asOf?: string | null; first?: number | null; after?: string | null },
  ctx: RelationContext,
): Promise<ConnectionModel<ActorModel>> {
  const size = pageSize(args.first, ctx.limits);
  const cursor = decodeCursor(args.after, 2) as [string, string] | null;
  const k = { actorId, type, side, asOf: args.asOf ?? null, after: cursor?.[1] ?? null, afterName: cursor?.[0] ?? null, limit: size + 1 };
  const { total, actors } = await ctx.loaders.relatedActors.load({ ...k, key: JSON.stringify(k) });
  for (const a of actors) ctx.loaders.actorById.prime(actorKey(a.id), a);
  return connectionFromRows(actors, size, args.after, (a) => [a.name, a.id], async () => total);
}

type RelationsArgs = Parameters<typeof actorRelations>[1];
type PageArgs = { asOf?: string | null; first?: number | null; after?: string | null };

export const relationResolvers: Resolvers<RelationContext> = {
  Query: {
    relation: (_p, { id }, ctx) => ctx.loaders.relationById.load(id),
    relationSummary: async (_p, { groupBy, filter }, ctx) => {
      checkDateRange(filter?.during, "filter.during");
      const rows = await ctx.relations.summary(groupBy, filter);
      return rows.map((r) => ({ ...r, actorId: groupBy === "TYPE" ? null : r.key }));
    },
    relations: async (_p, { filter, first, after }, ctx) => {
      checkDateRange(filter?.during, "filter.during");
      const size = pageSize(first, ctx.limits);
      const scope = cursorScope("relations", filter ?? null);
      const key = decodeScopedCursor(after, scope, 1);
      const rows = await ctx.relations.page(filter, (key?.[0] as string) ?? null, size + 1);
      for (const r of rows) ctx.loaders.relationById.prime(r.id, r);
      return connectionFromRows(rows, size, after, (r) => [scope, r.id], () => ctx.relations.count(filter));
    },
  },
  RelationBucket: {
    actor: (b, _a, ctx, info) => (b.actorId ? referencedActor(b.actorId, ctx, info) : null),
  },
  RelationConnection: {
    ...connectionResolvers<RelationModel>(),
  },
  Relation: {
    subject: (r, _a, ctx, info) => referencedActor(r.subjectId, ctx, info),
    object: (r, _a, ctx, info) => referencedActor(r.objectId, ctx, info),
    byKind: (r) => r.byKind === true,
    quantity: (r) => (r.quantityValue != null && r.quantityUnit ? { value: r.quantityValue, unit: r.quantityUnit } : null),
    validity: (r) => ({ validFrom: r.validFrom, validFromPrecision: r.validFromPrecision, validTo: r.validTo, validToPrecision: r.validToPrecision, note: r.validityNote, knownFrom: r.knownFrom ?? r.validFrom, openStart: r.openStart ?? false }),
    evidence: (r, _a, ctx) => ctx.loaders.evidenceByRecordId.load(r.id),
  },
  ...onEveryActorType({
    relations: (a: ActorModel, args: RelationsArgs, ctx: RelationContext) => actorRelations(a.id, args, ctx),
    members: (a: ActorModel, args: PageArgs, ctx: RelationContext) => relatedActors(a.id, "MEMBER_OF", "subject", args, ctx),
    // A predecessor is the subject of "X SUCCEEDED_BY this"; a successor its object.
    predecessors: (a: ActorModel, args: PageArgs, ctx: RelationContext) => relatedActors(a.id, "SUCCEEDED_BY", "subject", args, ctx),
    successors: (a: ActorModel, args: PageArgs, ctx: RelationContext) => relatedActors(a.id, "SUCCEEDED_BY", "object", args, ctx),
  }),
};
