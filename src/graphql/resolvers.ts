import type { Resolvers } from "./generated/types.js";
import { DateScalar, DecimalScalar } from "./scalars.js";
import { actorResolvers } from "../actors/actor.resolvers.js";
import { evidenceResolvers } from "../evidence/evidence.resolvers.js";
import { fundingResolvers } from "../funding/funding.resolvers.js";
import { relationResolvers } from "../relations/relation.resolvers.js";
import { graphResolvers } from "../graph/graph.resolvers.js";
import { exportResolvers } from "../export/export.resolvers.js";
import { writeResolvers } from "../writes/write.resolvers.js";
import { reviewResolvers } from "../review/review.resolvers.js";

/** All resolver maps merged; each domain contributes its own. */
export function buildResolvers(): Resolvers {
  const parts: Resolvers[] = [actorResolvers, evidenceResolvers, fundingResolvers, relationResolvers, graphResolvers, exportResolvers, writeResolvers, reviewResolvers];
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      merged[type] = { ...(merged[type] ?? {}), ...(fields as Record<string, unknown>) };
    }
  }
  return { ...(merged as Resolvers), Date: DateScalar, Decimal: DecimalScalar };
}
