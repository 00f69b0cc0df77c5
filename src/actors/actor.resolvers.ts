import type { GraphQLResolveInfo } from "graphql";
import type { Resolvers } from "../graphql/generated/types.js";
import { connectionFromRows, connectionResolvers, decodeCursor, pageSize } from "../graphql/pagination.js";
import { actorTypeName, type ActorModel } from "./actor.model.js";
import type { GraphQLContext } from "../graphql/context.js";
import { actorFunding, fundingPrefetch } from "../funding/funding.resolvers.js";
import { actorRelations, relatedActors } from "../relations/relation.resolvers.js";
import { selectedFields } from "../graphql/selection.js";
import { actorKey } from "./actor.loaders.js";
import { actorProjection } from "./actor.projection.js";

type PageArgs = { asOf?: string | null; first?: number | null; after?: string | null };

const actorFields = {
  evidence: (a: ActorModel, _x: unknown, ctx: GraphQLContext) => ctx.loaders.evidenceByRecordId.load(a.id),
  relations: (a: ActorModel, args: Parameters<typeof actorRelations>[1], ctx: GraphQLContext) => actorRelations(a.id, args, ctx),
  fundingReceived: (a: ActorModel, args: Parameters<typeof actorFunding>[2], ctx: GraphQLContext, info: GraphQLResolveInfo) => actorFunding("received", a.id, args, ctx, info),
  fundingProvided: (a: ActorModel, args: Parameters<typeof actorFunding>[2], ctx: GraphQLContext, info: GraphQLResolveInfo) => actorFunding("provided", a.id, args, ctx, info),
  members: (a: ActorModel, args: PageArgs, ctx: GraphQLContext) => relatedActors(a.id, "MEMBER_OF", "subject", args, ctx),
  // A predecessor is the subject of "X SUCCEEDED_BY this"; a successor its object.
  predecessors: (a: ActorModel, args: PageArgs, ctx: GraphQLContext) => relatedActors(a.id, "SUCCEEDED_BY", "subject", args, ctx),
  successors: (a: ActorModel, args: PageArgs, ctx: GraphQLContext) => relatedActors(a.id, "SUCCEEDED_BY", "object", args, ctx),
  officialId: (a: ActorModel) => (a.officialId && a.officialIdScheme ? { scheme: a.officialIdScheme, value: a.officialId } : null),
  validity: (a: ActorModel) => ({
    validFrom: a.validFrom,
    validFromPrecision: a.validFromPrecision,
    validTo: a.validTo,
    validToPrecision: a.validToPrecision,
    note: a.validityNote,
    knownFrom: a.validFrom,
    openStart: a.validFrom === null,
  }),
};

export const actorResolvers: Resolvers = {
  Query: {
    actor: (_p, { id }, ctx, info) => ctx.loaders.actorById.load(actorKey(id, actorProjection.forFields(selectedFields(info)))),
    actors: async (_p, { filter, first, after }, ctx, info) => {
      const size = pageSize(first, ctx.limits);
      const key = decodeCursor(after, 2) as [string, string] | null;
      const projection = actorProjection.forFields(selectedFields(info, ["edges", "node"]));
      const prefetch = fundingPrefetch(info, ["edges", "node"], ctx);
      let rows: ActorModel[];
      if (prefetch) {
        const page = await ctx.actors.pageWithFlows(filter, key, size + 1, projection, prefetch.read);
        rows = page.actors;
        prefetch.store(rows.map((a) => a.id), page.flows);
      } else {
        rows = await ctx.actors.page(filter, key, size + 1, projection);
      }
      for (const a of rows) ctx.loaders.actorById.prime(actorKey(a.id, projection), a);
      return connectionFromRows(rows, size, after, (a) => [a.name, a.id], () => ctx.actors.count(filter));
    },
  },
  Actor: {
    __resolveType: (a) => actorTypeName(a.kind),
  },
  ActorConnection: {
    ...connectionResolvers<ActorModel>(),
  },
  Organisation: actorFields,
  Person: actorFields,
  Municipality: { ...actorFields, number: (a) => a.number ?? a.officialId ?? "" },
  Territory: actorFields,
  Collective: { ...actorFields, memberKind: (a) => a.memberKind },
};
