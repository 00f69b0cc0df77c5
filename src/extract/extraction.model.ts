/** Who pays or receives, as the text names them and as the graph knows them. */
export interface PartyRef {
  /** The graph's actor id; null when the name is not in the graph, ambiguous, or not stated. */
  id: string | null;
  /** The name as the text writes it; null when the text names no one. */
  name: string | null;
  /** The graph's name for `id`. */
  label?: string | null;
  /** What the text says instead of a name ("37 kommuner"), when it names no one. */
  mention?: string | null;
  /** The actors of a joint recipient ("Haderslev Kommune og Region Syddanmark"). */
  members?: { id: string | null; name: string }[];
  /** Why `id` is null although a name was found. */
  unresolved?: string | null;
}

import type { Language } from "./language.js";

/** Where a fact stands in the stored text, and how sure the rule that read it is. */
export interface QuotedFact {
  /** The sentence (or list lines) that states it, exactly as in the text at `start`..`end`. */
  quote: string;
  start: number;
  end: number;
  /** 1-based line of `start` in the stored text. */
  line: number;
  confidence: number;
  /** The rules that produced each part of the fact, for review and for the rule log. */
  rule: string;
}

export type ExtractedStatus = "PROPOSED" | "ANNOUNCED" | "ALLOCATED" | "DISBURSED";

export interface ExtractedFunding extends QuotedFact {
  /** Whole currency units as a decimal string. */
  amount: string;
  currency: string;
  payer: PartyRef;
  recipient: PartyRef;
  year: number | null;
  status: ExtractedStatus;
  /** Index in `funding` of the total this amount is a stated part of. */
  partOf: number | null;
  /** Where the amount itself stands. */
  amountStart: number;
  amountEnd: number;
  /** "nærmere", "over", "ca.": the text gives the amount approximately. */
  approximate: string | null;
}

export interface ExtractedRelation extends QuotedFact {
  type: "HEADS";
  subject: PartyRef;
  object: PartyRef;
  /** The day the text shows it holding: the document's date. */
  validOn: string | null;
}

/** A stated total whose following or preceding parts do not add up to it. */
export interface Discrepancy {
  total: number;
  parts: number[];
  partsSum: string;
  difference: string;
}

export interface ExtractedSource {
  title: string | null;
  publisher: string | null;
  /** ISO date, YYYY-MM or YYYY as the document states it; null when it does not. */
  published: string | null;
  language: Language;
  url: string | null;
}

export interface Extraction {
  source: ExtractedSource;
  funding: ExtractedFunding[];
  relations: ExtractedRelation[];
  discrepancies: Discrepancy[];
}
