import { projector } from "../db/projection.js";

/** Every property a (:FundingFlow) record stores for the API, in FundingFlowModel's order. */
export const FLOW_PROPERTIES = [
  "id", "payerId", "recipientId", "amount", "currency", "year", "fiscalYear", "date", "datePrecision", "status",
  "flowType", "purpose", "programmeId", "partOfId", "passesOnId", "note", "retractedAt", "retractedBy", "retractionReason",
] as const;

/**
 * What each FundingFlow field reads. Both parties' ids come with every flow: they are a
 * few bytes and let payer and recipient be loaded whatever else was fetched.
 */
export const flowProjection = projector(FLOW_PROPERTIES, ["id", "payerId", "recipientId"], {
  id: [],
  payer: [],
  recipient: [],
  amount: ["amount", "currency"],
  year: ["year"],
  fiscalYear: ["fiscalYear"],
  date: ["date"],
  datePrecision: ["datePrecision"],
  status: ["status"],
  flowType: ["flowType"],
  purpose: ["purpose"],
  programme: ["programmeId"],
  partOf: ["partOfId"],
  parts: [],
  partsTotal: ["currency"],
  partsDiscrepancy: ["amount", "currency"],
  passesOn: ["passesOnId"],
  note: ["note"],
  evidence: [],
  retraction: ["retractedAt", "retractedBy", "retractionReason"],
});
