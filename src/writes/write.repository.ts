import type { Database, Params, QueryOptions, Row } from "../db/database.js";
import type { Principal } from "../auth/api-keys.js";
import { setKnownFrom, writeAttachments } from "../ingest/ingest.cypher.js";
import { IngestRepository } from "../ingest/ingest.repository.js";
import type { Batch } from "../ingest/facts.js";
import * as q from "./write.cypher.js";
import { keepRollups } from "../funding/rollups.repository.js";

/** Runs one statement inside a write transaction. */
export type Run = (cypher: string, params?: Params) => Promise<Row[]>;

export interface AuditEntry {
  auditId: string;
  principal: Principal;
  operation: string;
  recordIds: string[];
  key: string | null | undefined;
  hash: string;
}

/** What the graph already holds of the records a write refers to. */
export interface ExistingRecords {
  actors: { id: string; kind: string }[];
  sources: { id: string; file: string | null; title: string; kind: "DOCUMENT" | "DATASET"; text: string | null }[];
  programmes: string[];
  flows: { id: string; currency: string }[];
  relations: string[];
}

/** The only code that runs the statements of API writes (the facts themselves go through IngestRepository). */
export class WriteRepository {
  constructor(private readonly db: Database, private readonly opts: QueryOptions = {}) {}

  async idempotencyKey(key: string): Promise<{ requestHash: string; result: string } | null> {
    const rows = await this.db.read(q.idempotencyKey, { key }, this.opts);
    return rows.length === 0 ? null : { requestHash: rows[0]!.requestHash as string, result: rows[0]!.result as string };
  }

  async existing(ids: { actorIds: string[]; sourceIds: string[]; programmeIds: string[]; recordIds: string[] }): Promise<ExistingRecords> {
    return (await this.db.read(q.existing, ids, this.opts))[0] as unknown as ExistingRecords;
  }

  /** A flow's or relation's retraction date: undefined when no record has the id, null when it stands. */
  async retractedAt(id: string): Promise<string | null | undefined> {
    const rows = await this.db.read(q.recordState, { id }, this.opts);
    return rows.length === 0 ? undefined : ((rows[0]!.retractedAt as string | null) ?? null);
  }

  async auditLog(limit: number): Promise<Row[]> {
    return (await this.db.read(q.auditLog, { limit }, this.opts)).map((r) => r.entry as Row);
  }

  /** Runs `work` in one write transaction: all of it or nothing. */
  transaction<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.db.writeTransaction(work, this.opts);
  }

  /** Writes a batch of facts and, in the same transaction, what `also` adds (the audit entry). */
  writeBatch(batch: Batch, also: (run: Run) => Promise<void>) {
    return new IngestRepository(this.db, this.opts).writeBatch(batch, also, { removeStale: false });
  }

  /** True when the record was withdrawn by this call. */
  async retract(run: Run, label: "FundingFlow" | "Relation", r: { id: string; by: string; reason: string; sourceId: string; quote: string; locator: string | null; file: string }): Promise<boolean> {
    const retract = async () => (await run(q.retract(label), r)).length > 0;
    // A withdrawn flow leaves the funding rollups in the same transaction.
    return label === "FundingFlow" ? keepRollups(run, { flowIds: [r.id], actors: [] }, retract) : retract();
  }

  async attachEvidence(run: Run, { file, ...e }: { recordId: string; sourceId: string; quote: string; locator: string | null; start: number | null; end: number | null; line: number | null; file: string }): Promise<void> {
    // The same statement as a file's evidence section: marked attachedBy, so later writes keep it.
    await run(writeAttachments, { rows: [e], file });
    // New evidence may be earlier than the record's first: the day it matches from follows it.
    await run(setKnownFrom, { ids: [e.recordId] });
  }

  /** The audit entry of a write and, when it has one, its idempotency key. */
  async audit(run: Run, a: AuditEntry): Promise<void> {
    await run(q.recordWrite, {
      auditId: a.auditId,
      principal: a.principal.name,
      role: a.principal.role,
      operation: a.operation,
      recordIds: a.recordIds,
      key: a.key ?? null,
      requestHash: a.hash,
      result: JSON.stringify({ auditId: a.auditId, recordIds: a.recordIds }),
    });
  }
}
