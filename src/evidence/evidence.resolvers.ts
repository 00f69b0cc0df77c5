import { GraphQLError } from "graphql";
import type { Resolvers } from "../graphql/generated/types.js";
import { onEveryActorType } from "../actors/actor.context.js";
import type { ActorModel } from "../actors/actor.model.js";
import { readDataFile } from "../text/data-files.js";
import type { EvidenceContext } from "./evidence.context.js";

export const evidenceResolvers: Resolvers<EvidenceContext> = {
  Query: {
    sources: (_p, _a, ctx) => ctx.evidence.allSources(),
    source: (_p, { id }, ctx) => ctx.loaders.sourceById.load(id),
  },
  Source: {
    // Evidence offsets refer to this text: an ingested document's as stored, a curated one's file in the data folder.
    // Datasets are cited by row (locator), and their tables can be large: no text for them.
    text: async (s, _a, ctx) => (s.kind === "DATASET" ? null : (s.text ?? (s.file ? await readDataFile(ctx.dataDir, s.file) : null))),
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
