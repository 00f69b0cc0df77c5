import DataLoader from "dataloader";
import type { FundingFlowModel, ProgrammeModel } from "./funding.model.js";
import type { ActorFlowsKey, FundingRepository } from "./funding.repository.js";

/** Per-request loaders: each becomes one UNWIND statement per tick, whatever the list size. */
export function createFundingLoaders(repo: FundingRepository) {
  const byKey = { cacheKeyFn: (k: ActorFlowsKey) => k.key };
  return {
    flowById: new DataLoader<string, FundingFlowModel | null>((ids) => repo.byIds(ids)),
    partsByFlowId: new DataLoader<string, FundingFlowModel[]>((ids) => repo.partsOf(ids)),
    programmeById: new DataLoader<string, ProgrammeModel | null>((ids) => repo.programmesByIds(ids)),
    flowsReceivedByActor: new DataLoader<ActorFlowsKey, FundingFlowModel[], string>((keys) => repo.flowsOfActors("recipientId", keys), byKey),
    flowCountReceivedByActor: new DataLoader<ActorFlowsKey, number, string>((keys) => repo.countFlowsOfActors("recipientId", keys), byKey),
    flowCountProvidedByActor: new DataLoader<ActorFlowsKey, number, string>((keys) => repo.countFlowsOfActors("payerId", keys), byKey),
    flowsProvidedByActor: new DataLoader<ActorFlowsKey, FundingFlowModel[], string>((keys) => repo.flowsOfActors("payerId", keys), byKey),
  };
}
