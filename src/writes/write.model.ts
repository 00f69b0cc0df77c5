import type { ActorModel } from "../actors/actor.model.js";
import type { FundingFlowModel } from "../funding/funding.model.js";
import type { RelationModel } from "../relations/relation.model.js";
import type { UserErrorModel, WriteOutcome } from "./write.service.js";

interface PayloadBase {
  userErrors: UserErrorModel[];
  result: WriteOutcome["result"];
}
export type ActorPayloadModel = PayloadBase & { actor: ActorModel | null };
export type FundingFlowPayloadModel = PayloadBase & { fundingFlow: FundingFlowModel | null };
export type RelationPayloadModel = PayloadBase & { relation: RelationModel | null };
