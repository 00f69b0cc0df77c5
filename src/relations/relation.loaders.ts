import DataLoader from "dataloader";
import type { ActorModel } from "../actors/actor.model.js";
import type { RelationModel } from "./relation.model.js";
import type { ActorRelationsKey, RelatedActorsKey, RelationRepository } from "./relation.repository.js";

export function createRelationLoaders(repo: RelationRepository) {
  const byKey = { cacheKeyFn: (k: { key: string }) => k.key };
  return {
    relationById: new DataLoader<string, RelationModel | null>((ids) => repo.byIds(ids)),
    relationsByActor: new DataLoader<ActorRelationsKey, RelationModel[], string>((keys) => repo.ofActors(keys), byKey),
    relationCountByActor: new DataLoader<ActorRelationsKey, number, string>((keys) => repo.countOfActors(keys), byKey),
    relatedActors: new DataLoader<RelatedActorsKey, { total: number; actors: ActorModel[] }, string>((keys) => repo.relatedActors(keys), byKey),
  };
}

export type RelationLoaders = ReturnType<typeof createRelationLoaders>;
