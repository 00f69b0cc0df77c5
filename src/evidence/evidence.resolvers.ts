import { GraphQLError } from "graphql";
import type { Resolvers } from "../graphql/generated/types.js";
import { onEveryActorType } from "../actors/actor.context.js";
import type { ActorModel } from "../actors/actor.model.js";
import type { EvidenceContext } from "./evidence.context.js";

export const evidenceResolvers: Resolvers<EvidenceContext> = {
  Query: {
    sources: (_p, _a, ctx) => ctx.evidence.allSources(),
    source: (_p, { id }, ctx) => ctx.loaders.sourceById.load(id),
  },
  Evidence: {
    source: async (e, _a, ctx) => {
      const s = await ctx.loaders.sourceById.load(e.sourceId);
      // Evidence always points at a loaded source; a miss means the graph is damaged.
      if (!s) throw new GraphQLError(`Source ${e.sourceId} is missing from the graph.`);
      return s;
    },
  },
  ...onEveryActorType({
    evidence: (a: ActorModel, _x: unknown, ctx: EvidenceContext) => ctx.loaders.evidenceByRecordId.load(a.id),
  }),
};
