import DataLoader from "dataloader";
import type { ActorModel } from "../actors/actor.model.js";
import type { FundingFlowModel, ProgrammeModel } from "./funding.model.js";
import type { ActorFlowsKey, FundingRepository } from "./funding.repository.js";

/**
 * Per-request loaders: each becomes one UNWIND statement per tick, whatever the list size.
 * Pages of an actor's flows prime `actorById` with the actors on their other side.
 */
export function createFundingLoaders(repo: FundingRepository, actorById: DataLoader<string, ActorModel | null>) {
  const byKey = { cacheKeyFn: (k: ActorFlowsKey) => k.key };
  const pages = (side: "payerId" | "recipientId") => async (keys: readonly ActorFlowsKey[]) => {
    const { flows, others } = await repo.flowsOfActors(side, keys);
    for (const a of others) actorById.prime(a.id, a);
    return flows;
  };
  return {
    flowById: new DataLoader<string, FundingFlowModel | null>((ids) => repo.byIds(ids)),
    partsByFlowId: new DataLoader<string, FundingFlowModel[]>((ids) => repo.partsOf(ids)),
    programmeById: new DataLoader<string, ProgrammeModel | null>((ids) => repo.programmesByIds(ids)),
    flowsReceivedByActor: new DataLoader<ActorFlowsKey, FundingFlowModel[], string>(pages("recipientId"), byKey),
    flowCountReceivedByActor: new DataLoader<ActorFlowsKey, number, string>((keys) => repo.countFlowsOfActors("recipientId", keys), byKey),
    flowCountProvidedByActor: new DataLoader<ActorFlowsKey, number, string>((keys) => repo.countFlowsOfActors("payerId", keys), byKey),
    flowsProvidedByActor: new DataLoader<ActorFlowsKey, FundingFlowModel[], string>(pages("payerId"), byKey),
  };
}
