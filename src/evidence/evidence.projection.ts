import { projector } from "../db/projection.js";

/** Every property a (:Source) node stores for the API except its text, in SourceModel's order. */
export const SOURCE_PROPERTIES = [
  "id", "kind", "title", "publisher", "published", "publishedPrecision", "publishedDerivation", "language", "url", "licence", "note", "file",
] as const;

/**
 * What each Source field reads. The text comes from the node only when asked for (its own
 * loader); which text, and whether there is one, depends on the kind and the file.
 */
export const sourceProjection = projector(SOURCE_PROPERTIES, ["id", "kind"], {
  id: [],
  kind: [],
  title: ["title"],
  publisher: ["publisher"],
  published: ["published"],
  publishedPrecision: ["publishedPrecision"],
  publishedDerivation: ["publishedDerivation"],
  language: ["language"],
  url: ["url"],
  licence: ["licence"],
  note: ["note"],
  text: ["file"],
  records: [],
});
