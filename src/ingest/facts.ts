import type { ActorKind, FlowType, FundingStatus, RelationCategory } from "../graphql/generated/types.js";
import type { ActorModel } from "../actors/actor.model.js";
import type { SourceModel } from "../evidence/evidence.model.js";
import type { FundingFlowModel, ProgrammeModel } from "../funding/funding.model.js";
import type { RelationModel } from "../relations/relation.model.js";

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

// A fact read from a data file is the stored model (what the API reads back) plus where it was
// read and the sentences that state it: the models are the one description of each record.

/** A source as read from the data or written by an ingest, with its place: a document ingested through the API brings its text, which reads of a source leave out. */
export type SourceFact = SourceModel & { text?: string | null; loc: Loc };

/** The validity of an actor or relation as written in the data. */
export type ValidityFields = Pick<ActorModel, "validFrom" | "validFromPrecision" | "validTo" | "validToPrecision" | "validityNote"> & {
  /**
   * The start is open: the source's oldest version already has it ("already there in 1971").
   * Without it, an unknown start is not "always": see `knownFrom` in the loader.
   */
  openStart?: boolean;
};

export type ActorFact = Omit<ActorModel, "memberKind"> &
  ValidityFields & {
    loc: Loc;
    /** A collective standing for every actor of this kind in its country (the municipalities). */
    memberKind?: ActorKind | null;
    evidence: EvidenceFact[];
  };

export type ProgrammeFact = ProgrammeModel & { loc: Loc };

export type { FlowType, FundingStatus };

/** A flow as read: the stored model, with its amount as an exact integer and no derived year. */
export type FundingFact = Omit<FundingFlowModel, "amount" | "year" | "retractedAt" | "retractedBy" | "retractionReason" | "parties"> & {
  loc: Loc;
  /** Whole units of `currency` (NOK, DKK), exact. */
  amount: bigint;
  evidence: EvidenceFact[];
};

export type { RelationCategory };

export type RelationFact = Pick<RelationModel, "id" | "type" | "category" | "subjectId" | "objectId" | "role" | "note"> &
  ValidityFields & {
    loc: Loc;
    /** Derived by rule from a group's memberKind, not stated by a source (see kind-memberships.ts). */
    byKind?: boolean;
    /** What the relation gives, when the source counts it: "ett årsverk hver" is 1 FTE. */
    quantity?: { value: number; unit: string } | null;
    evidence: EvidenceFact[];
  };

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

/** The ids of the records a batch defines (attachments define none). */
export function idsOf(batch: Batch): string[] {
  return [...batch.sources, ...batch.programmes, ...batch.actors, ...batch.funding, ...batch.relations].map((x) => x.id);
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
