import type { ActorModel } from "../actors/actor.model.js";
import type { FundingFlowModel } from "../funding/funding.model.js";
import type { RelationModel } from "../relations/relation.model.js";
import type { ConnectionModel } from "../graphql/pagination.js";

export interface HopModel {
  fromId: string;
  toId: string;
  type: string;
  direction: "OUTGOING" | "INCOMING";
  recordId: string;
}

export interface PathModel {
  nodeIds: string[];
  hops: HopModel[];
}

export interface SubgraphEdgeModel {
  id: string;
  source: string;
  target: string;
  type: string;
  category: string;
  validFrom: string | null;
  validTo: string | null;
  amount: number | bigint | null;
  currency: string | null;
}

export interface SubgraphModel {
  nodes: ActorModel[];
  truncated: boolean;
  /** What `edges` reads, if the operation selects it. */
  edgeScope: { ids: string[]; asOf: string | null; types: string[] | null; expandGroups: boolean };
}

export interface SearchHitModel {
  actor: ActorModel;
  score: number;
}

/** A record as its own model: an actor, a funding flow or a relation (see Record in the schema). */
export type RecordModel = ActorModel | FundingFlowModel | RelationModel;

/** Which kind of record a model is: a flow has a payer, a relation a subject, and an actor neither. */
export const recordKind = (r: RecordModel): RecordRef["label"] => ("payerId" in r ? "FundingFlow" : "subjectId" in r ? "Relation" : "Actor");

/** Which record an id names, as the statements that list records return it. */
export interface RecordRef {
  id: string;
  label: "Actor" | "FundingFlow" | "Relation";
}

export type RecordConnectionModel = ConnectionModel<RecordModel>;

export interface ChangeModel {
  date: string;
  type: "BEGAN" | "ENDED";
  record: RecordModel;
}

export type ChangeConnectionModel = ConnectionModel<ChangeModel>;
