import type { QuotedFact } from "../extract/extraction.model.js";

/** A candidate as stored: one node per extracted fact, linked to its source. */
export interface CandidateModel extends QuotedFact {
  id: string;
  kind: "FUNDING" | "RELATION";
  status: "CANDIDATE" | "ACCEPTED" | "REJECTED";
  sourceId: string;
  seq: number;
  amount: string | null;
  currency: string | null;
  payerId: string | null;
  payerName: string | null;
  payerMention: string | null;
  payerUnresolved: string | null;
  recipientId: string | null;
  recipientName: string | null;
  recipientMention: string | null;
  recipientUnresolved: string | null;
  relationType: string | null;
  objectId: string | null;
  objectName: string | null;
  validOn: string | null;
  year: number | null;
  fundingStatus: "PROPOSED" | "ANNOUNCED" | "ALLOCATED" | "DISBURSED" | null;
  partOfId: string | null;
  /** The record id acceptance creates unless the editor gives another. */
  proposedRecordId: string;
  recordId: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
}

export interface CandidatePartyModel {
  id: string | null;
  name: string | null;
  mention: string | null;
  unresolved: string | null;
}
