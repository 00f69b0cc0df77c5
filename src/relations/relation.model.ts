import type { DatePrecision, RelationCategory } from "../graphql/generated/types.js";
import type { ConnectionModel } from "../graphql/pagination.js";

/** A relation as stored on its (:Relation) record. */
export interface RelationModel {
  id: string;
  type: string;
  category: RelationCategory;
  subjectId: string;
  objectId: string;
  role: string | null;
  note: string | null;
  validFrom: string | null;
  validFromPrecision: DatePrecision | null;
  validTo: string | null;
  validToPrecision: DatePrecision | null;
  validityNote: string | null;
  /** The first day it answers an asOf question (see recordValidOn); null for an open start. */
  knownFrom?: string | null;
  openStart?: boolean | null;
  quantityValue?: number | null;
  byKind?: boolean | null;
  quantityUnit?: string | null;
  retractedAt?: string | null;
  retractedBy?: string | null;
  retractionReason?: string | null;
}

export type RelationConnectionModel = ConnectionModel<RelationModel>;

export interface RelationBucketModel {
  key: string;
  label: string;
  count: number;
  /** The grouped actor (by subject or object); null by type. */
  actorId: string | null;
}
