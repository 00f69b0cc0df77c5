import DataLoader from "dataloader";
import type { Projection } from "../db/projection.js";
import type { FundingFlowModel, FundingTotalModel, ProgrammeModel } from "./funding.model.js";
import type { ActorFlowsKey, FundingRepository } from "./funding.repository.js";
import { flowProjection } from "./funding.projection.js";
import type { FlowOrder } from "./funding.cypher.js";
import { actorProjection } from "../actors/actor.projection.js";

/** A page of one actor's flows, with how much of each flow, and of the party on the other side (null: none), to read. */
export interface ActorFlowsRequest {
  page: ActorFlowsKey;
  flows: Projection;
  other: Projection | null;
}

/** What a page of one actor's flows is cached under: a page read ahead with a list of actors is primed under the same key. */
const requestKey = (r: ActorFlowsRequest) => `${r.flows.key}|${r.other?.key ?? "-"}|${r.page.key}`;

/** Per-request loaders: each becomes one UNWIND statement per tick, whatever the list size. */
export function createFundingLoaders(repo: FundingRepository) {
  const pages = (side: "payerId" | "recipientId", order: FlowOrder) => (requests: readonly ActorFlowsRequest[]) => {
    // One statement for the batch, reading what any of its requests needs.
    const others = requests.flatMap((r) => (r.other ? [r.other] : []));
    return repo.flowsOfActors(
      side,
      order,
      requests.map((r) => r.page),
      flowProjection.union(requests.map((r) => r.flows)),
      others.length > 0 ? actorProjection.union(others) : null,
    );
  };
  const byKey = { cacheKeyFn: (k: ActorFlowsKey) => k.key };
  // ORDER BY is statement text, so each order batches on its own: made when first asked for.
  const pageLoaders = new Map<string, DataLoader<ActorFlowsRequest, FundingFlowModel[], string>>();
  const pagesIn = (side: "payerId" | "recipientId", order: FlowOrder) => {
    const name = `${side}|${order}`;
    let loader = pageLoaders.get(name);
    if (!loader) pageLoaders.set(name, (loader = new DataLoader(pages(side, order), { cacheKeyFn: requestKey })));
    return loader;
  };
  return {
    flowById: new DataLoader<string, FundingFlowModel | null>((ids) => repo.byIds(ids)),
    partsByFlowId: new DataLoader<string, FundingFlowModel[]>((ids) => repo.partsOf(ids)),
    programmeById: new DataLoader<string, ProgrammeModel | null>((ids) => repo.programmesByIds(ids)),
    /** Pages of the flows an actor received (recipientId) or provided (payerId), in `order`. */
    flowPagesOfActor: pagesIn,
    flowCountReceivedByActor: new DataLoader<ActorFlowsKey, number, string>((keys) => repo.countFlowsOfActors("recipientId", keys), byKey),
    flowCountProvidedByActor: new DataLoader<ActorFlowsKey, number, string>((keys) => repo.countFlowsOfActors("payerId", keys), byKey),
    flowTotalsReceivedByActor: new DataLoader<ActorFlowsKey, FundingTotalModel[], string>((keys) => repo.totalsOfActors("recipientId", keys), byKey),
    flowTotalsProvidedByActor: new DataLoader<ActorFlowsKey, FundingTotalModel[], string>((keys) => repo.totalsOfActors("payerId", keys), byKey),
  };
}

export type FundingLoaders = ReturnType<typeof createFundingLoaders>;
