import type { ActorModel } from "../actors/actor.model.js";

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
