import type { Resolvers } from "./generated/types.js";
import { DateScalar, DecimalScalar } from "./scalars.js";
import { actorResolvers } from "../actors/actor.resolvers.js";

/** All resolver maps merged; each domain contributes its own. */
export function buildResolvers(): Resolvers {
  const parts: Resolvers[] = [actorResolvers];
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      merged[type] = { ...(merged[type] ?? {}), ...(fields as Record<string, unknown>) };
    }
  }
  return { ...(merged as Resolvers), Date: DateScalar, Decimal: DecimalScalar };
}
