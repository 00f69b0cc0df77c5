import DataLoader from "dataloader";
import type { Projection } from "../db/projection.js";
import type { ActorModel } from "./actor.model.js";
import { actorProjection } from "./actor.projection.js";
import type { ActorRepository } from "./actor.repository.js";

/** An actor to load and how much of it to read (all of it unless said). */
export interface ActorKey {
  id: string;
  projection: Projection;
}

export const actorKey = (id: string, projection: Projection = actorProjection.all): ActorKey => ({ id, projection });

/**
 * Per-request loader: all actor lookups in one tick become one UNWIND statement, reading the
 * union of what they need. A model is cached under the projection it was asked for, so a
 * slim one never answers a request that needs more.
 */
export function createActorLoaders(repo: ActorRepository) {
  return {
    actorById: new DataLoader<ActorKey, ActorModel | null, string>(
      (keys) => repo.byIds(keys.map((k) => k.id), actorProjection.union(keys.map((k) => k.projection))),
      { cacheKeyFn: (k) => `${k.projection.key}|${k.id}` },
    ),
  };
}

export type ActorLoaders = ReturnType<typeof createActorLoaders>;
