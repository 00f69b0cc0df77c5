import crypto from "node:crypto";
import type { Database, QueryOptions, Row } from "../db/database.js";
import type { Principal } from "../auth/api-keys.js";
import type { Logger } from "../logger.js";
import { emptyBatch, type Batch, type DataError } from "../ingest/facts.js";
import { locateEvidence, sourceTexts } from "../ingest/locate.js";
import { validateBatches } from "../ingest/validate.js";
import { WriteRepository, type Run } from "./write.repository.js";

export interface UserErrorModel {
  message: string;
  path: string[];
}

export interface WriteOutcome {
  userErrors: UserErrorModel[];
  result: { auditId: string | null; replayed: boolean; recordIds: string[] } | null;
}

/** Turns a loader error into the input path the client sent. */
export type PathMapper = (e: DataError) => string[];

const requestHash = (operation: string, payload: unknown) =>
  crypto.createHash("sha256").update(operation).update(JSON.stringify(payload, (_k, v) => (typeof v === "bigint" ? v.toString() : v))).digest("hex");

/**
 * API writes. Every write is validated against the graph as it is (references, quotes in
 * their sources), then written with its audit entry and idempotency key in one transaction.
 */
export class WriteService {
  private readonly repo: WriteRepository;

  /** `opts`: the request's options, which every statement of the write runs with. */
  constructor(db: Database, private readonly dataDir: string, private readonly log: Logger, opts: QueryOptions = {}) {
    this.repo = new WriteRepository(db, opts);
  }

  /**
   * Runs a write that records `key`. When a concurrent request with the same key commits first,
   * this one's transaction fails on the key's uniqueness constraint and nothing of it is
   * written; it then answers as a replay of that request, or refuses a different payload.
   */
  private async onceByHash(key: string | null | undefined, hash: string, write: () => Promise<unknown>): Promise<WriteOutcome | null> {
    try {
      await write();
      return null;
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (!key || code !== "Neo.ClientError.Schema.ConstraintValidationFailed") throw err;
      const replayed = await this.replay(key, hash);
      if (!replayed) throw err;
      return replayed;
    }
  }

  /** Replays an earlier identical request, or refuses a key reused for another request. */
  private async replay(key: string | null | undefined, hash: string): Promise<WriteOutcome | null> {
    if (!key) return null;
    const stored = await this.repo.idempotencyKey(key);
    if (!stored) return null;
    if (stored.requestHash !== hash) {
      return { userErrors: [{ message: "This idempotencyKey was already used for a different request; use a new key.", path: ["input", "idempotencyKey"] }], result: null };
    }
    const earlier = JSON.parse(stored.result) as { auditId: string; recordIds: string[] };
    return { userErrors: [], result: { ...earlier, replayed: true } };
  }

  /** Definitions already in the graph that the batch refers to, as a batch that is never written. */
  private async graphStub(batch: Batch): Promise<Batch> {
    const stub = emptyBatch("(graph)");
    const ev = [...batch.actors, ...batch.funding, ...batch.relations].flatMap((x) => x.evidence).concat(batch.attachments.map((a) => a.evidence));
    const params = {
      actorIds: [...new Set([...batch.funding.flatMap((f) => [f.payerId, f.recipientId]), ...batch.relations.flatMap((r) => [r.subjectId, r.objectId]), ...batch.attachments.map((a) => a.recordId)])],
      sourceIds: [...new Set(ev.map((e) => e.sourceId))],
      programmeIds: [...new Set(batch.funding.map((f) => f.programmeId).filter((x): x is string => !!x))],
      recordIds: [...new Set([...batch.funding.flatMap((f) => [f.partOfId, f.passesOnId]), ...batch.attachments.map((a) => a.recordId)].filter((x): x is string => !!x))],
    };
    const row = await this.repo.existing(params);
    const defined = new Set([...batch.actors, ...batch.funding, ...batch.relations, ...batch.sources, ...batch.programmes].map((x) => x.id));
    const loc = { file: "(graph)", line: 0, record: "existing" };
    for (const a of row.actors) {
      if (defined.has(a.id)) continue;
      stub.actors.push({ loc, id: a.id, kind: a.kind as never, name: a.id, aliases: [], country: "NO", officialIdScheme: null, officialId: null, number: null, description: null, validFrom: null, validFromPrecision: null, validTo: null, validToPrecision: null, validityNote: null, evidence: [] });
    }
    for (const s of row.sources) {
      if (defined.has(s.id)) continue;
      stub.sources.push({ loc, id: s.id, kind: s.kind, title: s.title, publisher: null, published: null, publishedPrecision: null, publishedDerivation: null, language: null, url: null, licence: null, file: s.file, note: null, text: s.text });
    }
    for (const p of row.programmes) if (!defined.has(p)) stub.programmes.push({ loc, id: p, name: p, country: "NO", description: null });
    for (const f of row.flows) {
      if (defined.has(f.id)) continue;
      stub.funding.push({ loc, id: f.id, payerId: "", recipientId: "", amount: 0n, currency: f.currency, flowType: "GRANT", status: "ALLOCATED", fiscalYear: null, date: null, datePrecision: null, purpose: null, programmeId: null, partOfId: null, passesOnId: null, note: null, evidence: [] });
    }
    for (const r of row.relations) {
      if (defined.has(r)) continue;
      stub.relations.push({ loc, id: r, type: "STUB", category: "GOVERNANCE", subjectId: "", objectId: "", role: null, note: null, validFrom: null, validFromPrecision: null, validTo: null, validToPrecision: null, validityNote: null, evidence: [] });
    }
    return stub;
  }

  /** Validates and writes a batch of facts for `principal`, all or nothing. */
  async applyBatch(principal: Principal, operation: string, batch: Batch, key: string | null | undefined, payload: unknown, pathOf: PathMapper, preErrors: UserErrorModel[] = [], alsoInTransaction?: (run: Run) => Promise<void>): Promise<WriteOutcome> {
    const hash = requestHash(operation, payload);
    const replayed = await this.replay(key, hash);
    if (replayed) return replayed;
    if (preErrors.length > 0) return { userErrors: preErrors, result: null };
    const stub = await this.graphStub(batch);
    const texts = sourceTexts(this.dataDir, [stub, batch]);
    const errors = validateBatches(this.dataDir, [stub, batch], { texts }).get(batch.file) ?? [];
    // References to records the graph already holds are fine for API writes.
    const real = errors.filter((e) => !(e.field === "(dependencies)"));
    if (real.length > 0) return { userErrors: real.map((e) => ({ message: e.message, path: pathOf(e) })), result: null };
    // Quotes written through the API get their place in the source's text, as loaded files' do.
    locateEvidence(texts, [stub, batch]);

    const auditId = `audit:${crypto.randomUUID()}`;
    const recordIds = [...batch.sources, ...batch.programmes, ...batch.actors, ...batch.funding, ...batch.relations].map((x) => x.id).concat(batch.attachments.map((a) => a.recordId));
    const lost = await this.onceByHash(key, hash, () => this.repo.writeBatch({ ...batch, file: `api:${principal.name}` }, async (run) => {
      await alsoInTransaction?.(run);
      await this.repo.audit(run, { auditId, principal, operation, recordIds, key, hash });
    }));
    if (lost) return lost;
    this.log.info("write", { auditId, principal: principal.name, operation, records: recordIds.length });
    return { userErrors: [], result: { auditId, replayed: false, recordIds } };
  }

  /** Withdraws a funding flow or relation, keeping it with the reason and evidence. */
  async retract(principal: Principal, label: "FundingFlow" | "Relation", input: { id: string; reason: string; evidence: { sourceId: string; quote: string; locator?: string | null }; idempotencyKey?: string | null }): Promise<WriteOutcome> {
    const operation = label === "FundingFlow" ? "retractFundingFlow" : "retractRelation";
    const hash = requestHash(operation, input);
    const replayed = await this.replay(input.idempotencyKey, hash);
    if (replayed) return replayed;
    const batch = emptyBatch("input");
    batch.attachments.push({ loc: { file: "input", line: 0, record: "input" }, recordId: input.id, evidence: { sourceId: input.evidence.sourceId, quote: input.evidence.quote, locator: input.evidence.locator ?? null } });
    const errs = await this.checkAttachment(batch);
    if (errs.length > 0) return { userErrors: errs, result: null };
    const retractedAt = await this.repo.retractedAt(input.id);
    if (retractedAt === undefined) return { userErrors: [{ message: `No ${label === "FundingFlow" ? "funding flow" : "relation"} has the id '${input.id}'.`, path: ["input", "id"] }], result: null };
    if (retractedAt) return { userErrors: [{ message: `'${input.id}' was already withdrawn on ${retractedAt}.`, path: ["input", "id"] }], result: null };
    if (input.reason.trim().length < 3) return { userErrors: [{ message: "Give the reason for the retraction.", path: ["input", "reason"] }], result: null };
    const auditId = `audit:${crypto.randomUUID()}`;
    const lost = await this.onceByHash(input.idempotencyKey, hash, () => this.repo.transaction(async (run) => {
      const done = await this.repo.retract(run, label, { id: input.id, by: principal.name, reason: input.reason, sourceId: input.evidence.sourceId, quote: input.evidence.quote, locator: input.evidence.locator ?? null, file: `api:${principal.name}` });
      if (!done) throw new Error(`retraction of ${input.id} matched nothing`);
      await this.repo.audit(run, { auditId, principal, operation, recordIds: [input.id], key: input.idempotencyKey, hash });
    }));
    if (lost) return lost;
    return { userErrors: [], result: { auditId, replayed: false, recordIds: [input.id] } };
  }

  async attach(principal: Principal, input: { recordId: string; evidence: { sourceId: string; quote: string; locator?: string | null }; idempotencyKey?: string | null }): Promise<WriteOutcome> {
    const hash = requestHash("attachEvidence", input);
    const replayed = await this.replay(input.idempotencyKey, hash);
    if (replayed) return replayed;
    const batch = emptyBatch("input");
    batch.attachments.push({ loc: { file: "input", line: 0, record: "input" }, recordId: input.recordId, evidence: { sourceId: input.evidence.sourceId, quote: input.evidence.quote, locator: input.evidence.locator ?? null } });
    const errs = await this.checkAttachment(batch);
    if (errs.length > 0) return { userErrors: errs, result: null };
    const auditId = `audit:${crypto.randomUUID()}`;
    const lost = await this.onceByHash(input.idempotencyKey, hash, () => this.repo.transaction(async (run) => {
      const ev = batch.attachments[0]!.evidence;
      await this.repo.attachEvidence(run, { recordId: input.recordId, sourceId: ev.sourceId, quote: ev.quote, locator: ev.locator, start: ev.start ?? null, end: ev.end ?? null, line: ev.line ?? null, file: `api:${principal.name}` });
      await this.repo.audit(run, { auditId, principal, operation: "attachEvidence", recordIds: [input.recordId], key: input.idempotencyKey, hash });
    }));
    if (lost) return lost;
    return { userErrors: [], result: { auditId, replayed: false, recordIds: [input.recordId] } };
  }

  async auditLog(limit: number): Promise<Row[]> {
    return this.repo.auditLog(limit);
  }

  private async checkAttachment(batch: Batch): Promise<UserErrorModel[]> {
    const stub = await this.graphStub(batch);
    const texts = sourceTexts(this.dataDir, [stub, batch]);
    const errors = validateBatches(this.dataDir, [stub, batch], { texts }).get("input") ?? [];
    // The attached quote gets its place in the source's text (read by attach and retract).
    locateEvidence(texts, [stub, batch]);
    return errors.filter((e) => e.field !== "(dependencies)").map((e) => ({
      message: e.message,
      path: e.field === "record" ? ["input", "id"] : e.field.endsWith("source") ? ["input", "evidence", "sourceId"] : ["input", "evidence", "quote"],
    }));
  }

  /** Writes the audit entry (and idempotency key) of a write made by another domain's statements. */
  async auditIn(run: Run, principal: Principal, operation: string, recordIds: string[], key: string | null | undefined, payload: unknown): Promise<string> {
    const auditId = `audit:${crypto.randomUUID()}`;
    await this.repo.audit(run, { auditId, principal, operation, recordIds, key, hash: requestHash(operation, payload) });
    return auditId;
  }

  /** `onceByHash` for a write made by another domain's statements (the review queue's). */
  once(key: string | null | undefined, operation: string, payload: unknown, write: () => Promise<unknown>): Promise<WriteOutcome | null> {
    return this.onceByHash(key, requestHash(operation, payload), write);
  }

  /** The earlier outcome of a request with this idempotency key, or a refusal when it differs. */
  async replayOf(key: string | null | undefined, operation: string, payload: unknown): Promise<WriteOutcome | null> {
    return this.replay(key, requestHash(operation, payload));
  }
}
