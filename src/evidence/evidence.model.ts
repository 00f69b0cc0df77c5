import type { DatePrecision } from "../graphql/generated/types.js";

export interface SourceModel {
  id: string;
  kind: "DOCUMENT" | "DATASET";
  title: string;
  publisher: string | null;
  published: string | null;
  publishedPrecision: DatePrecision | null;
  publishedDerivation: string | null;
  language: string | null;
  url: string | null;
  licence: string | null;
  note: string | null;
  /** A curated document's file in data/; an ingested one's text is stored on its node and read only when asked for. */
  file: string | null;
}

export interface EvidenceModel {
  quote: string | null;
  locator: string | null;
  start?: number | null;
  end?: number | null;
  line?: number | null;
  sourceId: string;
}
