import type { DatePrecision, FlowType, FundingGroupBy, FundingStatus } from "../graphql/generated/types.js";
import type { ConnectionModel } from "../graphql/pagination.js";
import type { ActorModel } from "../actors/actor.model.js";
import type { Projection } from "../db/projection.js";

/** A funding flow as stored on its (:FundingFlow) record, read as far as the query needs. */
export interface FundingFlowModel {
  id: string;
  payerId: string;
  recipientId: string;
  /**
   * The stored amount (exact: number or bigint) with the flow's currency, made once when the
   * record is read (toFlowModel). Shaped as the API's Money, it needs no resolver: on a page of
   * 250 flows a resolver call per flow was a tenth of what the request allocated.
   */
  amount: MoneyModel;
  currency: string;
  year: number | null;
  fiscalYear: number | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  status: FundingStatus;
  flowType: FlowType;
  purpose: string | null;
  programmeId: string | null;
  partOfId: string | null;
  passesOnId: string | null;
  note: string | null;
  retractedAt?: string | null;
  retractedBy?: string | null;
  retractionReason?: string | null;
  /** The value it was sorted by on its page (FlowOrder's key), for its cursor; null in id order. */
  sortKey?: number | bigint | null;
  /** The party on the other side as read with the flow (an actor's pages of flows), and how much of it was read. */
  parties?: { projection: Projection; payer?: ActorModel | null; recipient?: ActorModel | null };
}

export interface MoneyModel {
  value: number | bigint | string;
  currency: string;
}

/** One sum of a set of flows: one currency and one status (stages of the same money are not added). */
export interface FundingTotalModel extends MoneyModel {
  status: FundingStatus;
}

export interface ProgrammeModel {
  id: string;
  name: string;
  country: "NO" | "DK";
  description: string | null;
}

export interface FundingConnectionModel extends ConnectionModel<FundingFlowModel> {
  totals(): Promise<FundingTotalModel[]>;
}

export interface FundingBucketModel {
  key: string;
  label: string;
  keys: { groupBy: FundingGroupBy; key: string; label: string }[];
  total: MoneyModel;
  status: FundingStatus;
  flowCount: number;
  actorId: string | null;
  programmeId: string | null;
}
