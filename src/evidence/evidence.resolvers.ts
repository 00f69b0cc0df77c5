import { GraphQLError } from "graphql";
import type { Resolvers } from "../graphql/generated/types.js";
import { onEveryActorType } from "../actors/actor.context.js";
import type { ActorModel } from "../actors/actor.model.js";
import { readDataFile } from "../text/data-files.js";
import type { EvidenceContext } from "./evidence.context.js";
import { sourceProjection } from "./evidence.projection.js";
import { selectedFields } from "../graphql/selection.js";

export const evidenceResolvers: Resolvers<EvidenceContext> = {
  Query: {
    sources: (_p, _a, ctx) => ctx.evidence.allSources(),
    source: async (_p, { id }, ctx, info) => {
      // At most one other domain's read rides on this statement: the first that offers one.
      let nested = null;
      for (const offer of ctx.sourceReadAhead) if ((nested = offer(info, id))) break;
      if (!nested) return ctx.loaders.sourceById.load(id);
      const projection = sourceProjection.forFields(selectedFields(info));
      const read = await ctx.evidence.sourceWith(id, nested, projection);
      if (!read) return null;
      nested.deliver([id], [read.items as unknown[]]);
      // The loader hands out whole sources only.
      if (projection.complete) ctx.loaders.sourceById.prime(id, read.source);
      return read.source;
    },
  },
  Source: {
    // Evidence offsets refer to this text: an ingested document's as stored, a curated one's file in the data folder.
    // Datasets are cited by row (locator), and their tables can be large: no text for them.
    text: async (s, _a, ctx) => {
      if (s.kind === "DATASET") return null;
      return (await ctx.loaders.sourceTextById.load(s.id)) ?? (s.file ? await readDataFile(ctx.dataDir, s.file) : null);
    },
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
