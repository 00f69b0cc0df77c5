import type { Resolvers } from "../graphql/generated/types.js";
import { DateScalar, DecimalScalar } from "../graphql/scalars.js";
import type { GraphQLContext } from "./context.js";
import { actorResolvers } from "../actors/actor.resolvers.js";
import { evidenceResolvers } from "../evidence/evidence.resolvers.js";
import { fundingResolvers } from "../funding/funding.resolvers.js";
import { relationResolvers } from "../relations/relation.resolvers.js";
import { graphResolvers } from "../graph/graph.resolvers.js";
import { exportResolvers } from "../export/export.resolvers.js";
import { writeResolvers } from "../writes/write.resolvers.js";
import { reviewResolvers } from "../review/review.resolvers.js";

/**
 * All resolver maps merged, type by type: each domain contributes its own root fields and
 * its own fields on shared types (funding adds Actor.fundingReceived, relations Actor.relations).
 * Each is typed with its own slice of the context, which GraphQLContext contains.
 */
export function buildResolvers(): Resolvers<GraphQLContext> {
  const parts: Resolvers<GraphQLContext>[] = [actorResolvers, evidenceResolvers, fundingResolvers, relationResolvers, graphResolvers, exportResolvers, writeResolvers, reviewResolvers];
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      merged[type] = { ...(merged[type] ?? {}), ...(fields as Record<string, unknown>) };
    }
  }
  return { ...(merged as Resolvers<GraphQLContext>), Date: DateScalar, Decimal: DecimalScalar };
}
