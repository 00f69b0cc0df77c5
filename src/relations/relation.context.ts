import type { ActorContext } from "../actors/actor.context.js";
import type { EvidenceContext } from "../evidence/evidence.context.js";
import type { RelationLoaders } from "./relation.loaders.js";
import type { RelationRepository } from "./relation.repository.js";

export type RelationContext = ActorContext & EvidenceContext & { relations: RelationRepository; loaders: RelationLoaders };
