import DataLoader from "dataloader";
import type { ActorModel } from "./actor.model.js";
import type { ActorRepository } from "./actor.repository.js";

/** Per-request loader: all actor lookups in one tick become one UNWIND statement. */
export function createActorLoaders(repo: ActorRepository) {
  return {
    actorById: new DataLoader<string, ActorModel | null>((ids) => repo.byIds(ids)),
  };
}

export type ActorLoaders = ReturnType<typeof createActorLoaders>;
