import { projector } from "../db/projection.js";

/** Every property a (:Relation) record stores for the API, in RelationModel's order. */
export const RELATION_PROPERTIES = [
  "id", "type", "category", "subjectId", "objectId", "role", "note", "validFrom", "validFromPrecision", "validTo", "validToPrecision",
  "validityNote", "knownFrom", "openStart", "quantityValue", "quantityUnit", "byKind", "retractedAt", "retractedBy", "retractionReason",
] as const;

/**
 * What each Relation field reads. Both ends' ids come with every relation: they tell a
 * relation from the other records (recordKind) and let subject and object be loaded.
 */
export const relationProjection = projector(RELATION_PROPERTIES, ["id", "subjectId", "objectId"], {
  id: [],
  type: ["type"],
  category: ["category"],
  subject: [],
  object: [],
  role: ["role"],
  note: ["note"],
  byKind: ["byKind"],
  quantity: ["quantityValue", "quantityUnit"],
  validity: ["validFrom", "validFromPrecision", "validTo", "validToPrecision", "validityNote", "knownFrom", "openStart"],
  evidence: [],
  retraction: ["retractedAt", "retractedBy", "retractionReason"],
});
