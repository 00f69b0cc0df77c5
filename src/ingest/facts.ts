import type { ActorKind, Country, DatePrecision } from "../graphql/generated/types.js";

/** Where a fact was read: the file (relative to the data folder), its line and record. */
export interface Loc {
  file: string;
  line: number;
  record: string;
}

/** A source's verbatim statement of a fact. */
export interface EvidenceFact {
  sourceId: string;
  quote: string;
  /** Where in the source the quote stands (line, table row, section). */
  locator: string | null;
  /** Character offsets of the quote in the source's stored text, and its line: set by locateEvidence. */
  start?: number;
  end?: number;
  line?: number;
}

export interface SourceFact {
  loc: Loc;
  id: string;
  kind: "DOCUMENT" | "DATASET";
  title: string;
  publisher: string | null;
  published: string | null;
  publishedPrecision: DatePrecision | null;
  /** How a publication date not printed in the document was derived from its content. */
  publishedDerivation: string | null;
  language: string | null;
  url: string | null;
  licence: string | null;
  /** Path of the stored text (documents) or table (datasets) inside the data folder. */
  file: string | null;
  note: string | null;
  /** The stored text itself, for a document ingested through the API rather than from a file. */
  text?: string | null;
}

export interface ValidityFields {
  validFrom: string | null;
  validFromPrecision: DatePrecision | null;
  validTo: string | null;
  validToPrecision: DatePrecision | null;
  validityNote: string | null;
  /**
   * The start is open: the source's oldest version already has it ("already there in 1971").
   * Without it, an unknown start is not "always": see `knownFrom` in the loader.
   */
  openStart?: boolean;
}

export interface ActorFact extends ValidityFields {
  loc: Loc;
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  country: Country;
  officialIdScheme: string | null;
  officialId: string | null;
  number: string | null;
  description: string | null;
  /** A collective standing for every actor of this kind in its country (the municipalities). */
  memberKind?: ActorKind | null;
  evidence: EvidenceFact[];
}

export interface ProgrammeFact {
  loc: Loc;
  id: string;
  name: string;
  country: Country;
  description: string | null;
}

export type FundingStatus = "PROPOSED" | "ANNOUNCED" | "ALLOCATED" | "DISBURSED";
export type FlowType = "BUDGET_ALLOCATION" | "GRANT" | "TRANSFER" | "POOL" | "CO_FINANCING";

export interface FundingFact {
  loc: Loc;
  id: string;
  payerId: string;
  recipientId: string;
  /** Whole units of `currency` (NOK, DKK), exact. */
  amount: bigint;
  currency: string;
  flowType: FlowType;
  status: FundingStatus;
  fiscalYear: number | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  purpose: string | null;
  programmeId: string | null;
  /** The total this flow is a stated part of (95 mill. = 50 + 40 + 5). */
  partOfId: string | null;
  /** The upstream flow whose money this one passes on (ministry → pool → recipients). */
  passesOnId: string | null;
  note: string | null;
  evidence: EvidenceFact[];
}

export type RelationCategory = "GOVERNANCE" | "COOPERATION" | "SUCCESSION" | "MEMBERSHIP";

export interface RelationFact extends ValidityFields {
  loc: Loc;
  id: string;
  type: string;
  category: RelationCategory;
  subjectId: string;
  objectId: string;
  role: string | null;
  note: string | null;
  /** Derived by rule from a group's memberKind, not stated by a source (see kind-memberships.ts). */
  byKind?: boolean;
  /** What the relation gives, when the source counts it: "ett årsverk hver" is 1 FTE. */
  quantity?: { value: number; unit: string } | null;
  evidence: EvidenceFact[];
}

/** Extra evidence a file adds to a record defined elsewhere (a document confirming a term of office). */
export interface AttachmentFact {
  loc: Loc;
  recordId: string;
  evidence: EvidenceFact;
}

/** Everything read from one source file; it is written in one transaction or not at all. */
export interface Batch {
  file: string;
  sources: SourceFact[];
  actors: ActorFact[];
  programmes: ProgrammeFact[];
  funding: FundingFact[];
  relations: RelationFact[];
  attachments: AttachmentFact[];
}

export function emptyBatch(file: string): Batch {
  return { file, sources: [], actors: [], programmes: [], funding: [], relations: [], attachments: [] };
}

/** One precise complaint about the data: file, line, record and field. */
export class DataError {
  constructor(
    readonly loc: Loc,
    readonly field: string,
    readonly message: string,
  ) {}
  toString(): string {
    return `${this.loc.file}:${this.loc.line} ${this.loc.record} field '${this.field}': ${this.message}`;
  }
}

export class DataValidationError extends Error {
  constructor(readonly errors: DataError[]) {
    super(`The data has ${errors.length} error(s); nothing was written for the files named:\n  ${errors.map(String).join("\n  ")}`);
    this.name = "DataValidationError";
  }
}
