import type { ActorContext } from "../actors/actor.context.js";
import type { EvidenceContext } from "../evidence/evidence.context.js";
import type { FundingLoaders } from "./funding.loaders.js";
import type { FundingRepository } from "./funding.repository.js";

export type FundingContext = ActorContext & EvidenceContext & { funding: FundingRepository; loaders: FundingLoaders };
