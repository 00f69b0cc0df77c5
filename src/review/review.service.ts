import type { Database, QueryOptions } from "../db/database.js";
import type { Principal } from "../auth/api-keys.js";
import type { Logger } from "../logger.js";
import { candidateIds } from "../extract/candidate-yaml.js";
import type { Extraction } from "../extract/extraction.model.js";
import { extract } from "../extract/extract.js";
import { Gazetteer } from "../extract/gazetteer.js";
import { countryOf } from "../extract/language.js";
import { DocumentInputError, MAX_DOCUMENT_BYTES, readDocument } from "../extract/read-document.js";
import { parseLooseDate } from "../ingest/dates.js";
import { emptyBatch, type Batch } from "../ingest/facts.js";
import { WriteService, type UserErrorModel, type WriteOutcome } from "../writes/write.service.js";
import { ReviewRepository } from "./review.repository.js";
import { CURRENCY, CURRENCY_HINT } from "../funding/money.js";

export interface IngestInput {
  sourceId: string;
  text?: string | null;
  html?: string | null;
  title?: string | null;
  publisher?: string | null;
  published?: string | null;
  language?: string | null;
  url?: string | null;
  idempotencyKey?: string | null;
}

export interface CandidateEditsInput {
  payerId?: string | null;
  recipientId?: string | null;
  objectId?: string | null;
  amount?: string | null;
  currency?: string | null;
  fiscalYear?: number | null;
  status?: "PROPOSED" | "ANNOUNCED" | "ALLOCATED" | "DISBURSED" | null;
  flowType?: "BUDGET_ALLOCATION" | "GRANT" | "TRANSFER" | "POOL" | "CO_FINANCING" | null;
  purpose?: string | null;
  recordId?: string | null;
}

const ID = /^[a-z][a-z0-9-]*(:[\p{L}\p{N}._@-]+)+$/u;
const err = (message: string, ...path: string[]): UserErrorModel => ({ message, path });

/**
 * The review queue: a document becomes a source with its stored text and a list of
 * candidates; an editor's acceptance turns one into an ordinary record, validated and audited
 * like every write. Candidates themselves are never Records, so nothing unreviewed reaches a
 * list, a total or a traversal.
 */
export class ReviewService {
  private readonly writes: WriteService;

  private readonly repo: ReviewRepository;

  /** `opts`: the request's options, which every statement runs with. */
  constructor(db: Database, dataDir: string, private readonly log: Logger, opts: QueryOptions = {}) {
    this.repo = new ReviewRepository(db, opts);
    this.writes = new WriteService(db, dataDir, log, opts);
  }

  async ingest(principal: Principal, input: IngestInput): Promise<{ userErrors: UserErrorModel[]; result: WriteOutcome["result"]; sourceId: string | null; candidateIds: string[] }> {
    const none = { result: null, sourceId: null, candidateIds: [] };
    const asReplay = (replayed: WriteOutcome) => ({
      userErrors: replayed.userErrors,
      result: replayed.result,
      sourceId: replayed.result ? input.sourceId : null,
      candidateIds: replayed.result ? replayed.result.recordIds.filter((id) => id.startsWith("candidate:")) : [],
    });
    const replayed = await this.writes.replayOf(input.idempotencyKey, "ingestDocument", input);
    if (replayed) return asReplay(replayed);
    const errors: UserErrorModel[] = [];
    if (!ID.test(input.sourceId)) errors.push(err("sourceId must be readable and colon-separated, like 'doc:hod-2013-frisklivssentraler'.", "input", "sourceId"));
    const given = [input.text, input.html].filter((x) => x !== null && x !== undefined);
    if (given.length !== 1) errors.push(err("Give the document as exactly one of text or html.", "input", given.length === 0 ? "text" : "html"));
    const raw = (input.text ?? input.html ?? "") as string;
    const field = input.html != null ? "html" : "text";
    if (Buffer.byteLength(raw) > MAX_DOCUMENT_BYTES) errors.push(err(`The document is larger than ${MAX_DOCUMENT_BYTES} bytes; one document's text is far smaller.`, "input", field));
    if (raw.includes("\u0000")) errors.push(err("The document contains NUL characters: it is binary, not text.", "input", field));
    if (input.published && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(input.published)) errors.push(err("published must be YYYY, YYYY-MM or YYYY-MM-DD.", "input", "published"));
    if (input.language && !/^(nb|nn|no|da)$/i.test(input.language)) errors.push(err("language must be nb, nn or da.", "input", "language"));
    if (errors.length > 0) return { userErrors: errors, ...none };
    if (await this.repo.sourceExists(input.sourceId)) return { userErrors: [err(`A source with the id '${input.sourceId}' exists already; choose another id.`, "input", "sourceId")], ...none };

    let doc;
    try {
      doc = readDocument(raw, { html: input.html != null, name: `input.${field}` });
    } catch (e) {
      if (e instanceof DocumentInputError) return { userErrors: [err(`${e.message}.`, "input", field)], ...none };
      throw e;
    }
    if (input.title) doc.meta.title = input.title;
    if (input.publisher) doc.meta.publisher = input.publisher;
    if (input.published) doc.meta.dateText = input.published;
    if (input.language) doc.meta.language = input.language;
    if (input.url) doc.meta.url = input.url;
    const gazetteer = new Gazetteer(await this.repo.actors());
    const ex = extract(doc, gazetteer);
    const docSlug = input.sourceId.replace(/^[a-z-]+:/, "").replace(/[^\p{L}\p{N}._@-]+/gu, "-");
    const candidates = candidateRows(ex, input.sourceId, docSlug);
    const published = parseLooseDate(ex.source.published ?? undefined, "start");
    const source = {
      id: input.sourceId, title: ex.source.title ?? input.sourceId, publisher: ex.source.publisher, published: published.date, publishedPrecision: published.precision,
      language: ex.source.language, url: ex.source.url, text: doc.text, note: `ingested through the API by ${principal.name}`,
    };
    const recordIds = [input.sourceId, ...candidates.map((c) => c.id as string)];
    let auditId = "";
    const lost = await this.writes.once(input.idempotencyKey, "ingestDocument", input, () => this.repo.transaction(async (run) => {
      await this.repo.storeIngested(run, source, candidates, `api:${principal.name}`);
      auditId = await this.writes.auditIn(run, principal, "ingestDocument", recordIds, input.idempotencyKey, input);
    }));
    // A concurrent request with the same key committed first: answer as its replay.
    if (lost) return asReplay(lost);
    this.log.info("document ingested", { sourceId: input.sourceId, candidates: candidates.length, principal: principal.name });
    return { userErrors: [], result: { auditId, replayed: false, recordIds }, sourceId: input.sourceId, candidateIds: candidates.map((c) => c.id as string) };
  }

  async accept(principal: Principal, id: string, edits: CandidateEditsInput, key: string | null | undefined): Promise<WriteOutcome> {
    const payload = { id, edits };
    const replayed = await this.writes.replayOf(key, "acceptCandidate", payload);
    if (replayed) return replayed;
    const [c] = await this.repo.byIds([id]);
    if (!c) return { userErrors: [err(`No candidate has the id '${id}'.`, "id")], result: null };
    if (c.status === "ACCEPTED") return { userErrors: [], result: { auditId: null, replayed: true, recordIds: [c.recordId!] } };
    if (c.status === "REJECTED") return { userErrors: [err(`'${id}' was rejected on ${c.decidedAt} by ${c.decidedBy}: ${c.reason}`, "id")], result: null };

    const recordId = edits.recordId ?? c.proposedRecordId;
    const errors: UserErrorModel[] = [];
    if (!ID.test(recordId)) errors.push(err("recordId must be readable and colon-separated, like 'flow:no:2013:hod-frisklivssentraler-1'.", "edits", "recordId"));
    const batch: Batch = emptyBatch("input");
    const loc = { file: "input", line: 0, record: id };
    const evidence = [{ sourceId: c.sourceId, quote: c.quote, locator: `line ${c.line}, characters ${c.start}-${c.end}`, start: c.start, end: c.end, line: c.line }];
    if (c.kind === "FUNDING") {
      const payerId = edits.payerId ?? c.payerId;
      const recipientId = edits.recipientId ?? c.recipientId;
      if (!payerId) errors.push(err(`The extractor found no actor for the payer${c.payerName ? ` '${c.payerName}'` : ""}; give edits.payerId.`, "edits", "payerId"));
      if (!recipientId) errors.push(err(`The extractor found no actor for the recipient${c.recipientName ?? c.recipientMention ? ` '${c.recipientName ?? c.recipientMention}'` : ""}; give edits.recipientId.`, "edits", "recipientId"));
      const amount = edits.amount ?? c.amount ?? "";
      if (!/^\d+$/.test(amount)) errors.push(err(`amount must be a whole number of currency units ≥ 0, got '${amount}'.`, "edits", "amount"));
      const currency = edits.currency ?? c.currency ?? "";
      if (!CURRENCY.test(currency)) errors.push(err(`currency must be ${CURRENCY_HINT}, got '${currency}'.`, "edits", "currency"));
      const year = edits.fiscalYear ?? c.year;
      if (year !== null && year !== undefined && (year < 1800 || year > 2200)) errors.push(err("fiscalYear must be between 1800 and 2200.", "edits", "fiscalYear"));
      // A part is linked to its total once the total has been accepted too.
      const [total] = c.partOfId ? await this.repo.byIds([c.partOfId]) : [null];
      batch.funding.push({
        loc, id: recordId, payerId: payerId ?? "", recipientId: recipientId ?? "", amount: /^\d+$/.test(amount) ? BigInt(amount) : 0n, currency,
        flowType: edits.flowType ?? "GRANT", status: edits.status ?? c.fundingStatus ?? "ALLOCATED", fiscalYear: year ?? null, date: null, datePrecision: null,
        purpose: edits.purpose ?? null, programmeId: null, partOfId: total?.status === "ACCEPTED" ? total.recordId : null, passesOnId: null,
        note: `accepted from ${id} (extracted by rule: ${c.rule}; confidence ${c.confidence})`, evidence,
      });
    } else {
      const subjectId = edits.payerId ?? c.payerId;
      const objectId = edits.objectId ?? c.objectId;
      if (!subjectId) errors.push(err(`The extractor found no actor for '${c.payerName ?? "the subject"}'; give edits.payerId.`, "edits", "payerId"));
      if (!objectId) errors.push(err("The extractor found no ministry for the date; give edits.objectId.", "edits", "objectId"));
      if (!c.validOn) errors.push(err("The document's date is unknown, so the day this held is too; ingest it again with input.published.", "id"));
      const on = parseLooseDate(c.validOn ?? undefined, "start");
      batch.relations.push({
        loc, id: recordId, type: c.relationType ?? "HEADS", category: "GOVERNANCE", subjectId: subjectId ?? "", objectId: objectId ?? "", role: null,
        note: `accepted from ${id}; holds on the document's date`, validFrom: on.date, validFromPrecision: on.precision, validTo: on.date, validToPrecision: on.precision, validityNote: "the day the document shows it", evidence,
      });
    }
    const outcome = await this.writes.applyBatch(principal, "acceptCandidate", batch, key, payload, (e) => ["edits", e.field], errors, async (run) => {
      if (!(await this.repo.decide(run, { id, status: "ACCEPTED", by: principal.name, reason: null, recordId }))) throw new Error(`candidate ${id} was decided by another request`);
    });
    return outcome;
  }

  async reject(principal: Principal, id: string, reason: string, key: string | null | undefined): Promise<WriteOutcome> {
    const payload = { id, reason };
    const replayed = await this.writes.replayOf(key, "rejectCandidate", payload);
    if (replayed) return replayed;
    if (reason.trim().length < 3) return { userErrors: [err("Give the reason for the rejection.", "reason")], result: null };
    const [c] = await this.repo.byIds([id]);
    if (!c) return { userErrors: [err(`No candidate has the id '${id}'.`, "id")], result: null };
    if (c.status === "REJECTED") return { userErrors: [], result: { auditId: null, replayed: true, recordIds: [id] } };
    if (c.status === "ACCEPTED") return { userErrors: [err(`'${id}' was accepted as ${c.recordId}; retract that record instead.`, "id")], result: null };
    let auditId = "";
    const lost = await this.writes.once(key, "rejectCandidate", payload, () => this.repo.transaction(async (run) => {
      if (!(await this.repo.decide(run, { id, status: "REJECTED", by: principal.name, reason, recordId: null }))) throw new Error(`candidate ${id} was decided by another request`);
      auditId = await this.writes.auditIn(run, principal, "rejectCandidate", [id], key, payload);
    }));
    if (lost) return lost;
    return { userErrors: [], result: { auditId, replayed: false, recordIds: [id] } };
  }
}

/** The extraction's facts as candidate nodes, numbered in text order. */
function candidateRows(ex: Extraction, sourceId: string, docSlug: string): Record<string, unknown>[] {
  const ids = candidateIds(docSlug, countryOf(ex.source.language));
  const cid = (i: number) => `candidate:${docSlug}:${i + 1}`;
  const base = { status: "CANDIDATE", sourceId, recordId: null, decidedBy: null, decidedAt: null, reason: null };
  const funding = ex.funding.map((f, i) => ({
    ...base, id: cid(i), kind: "FUNDING", seq: i, amount: f.amount, currency: f.currency,
    payerId: f.payer.id, payerName: f.payer.name, payerMention: f.payer.mention ?? null, payerUnresolved: f.payer.unresolved ?? null,
    recipientId: f.recipient.id, recipientName: f.recipient.name, recipientMention: f.recipient.mention ?? null, recipientUnresolved: f.recipient.unresolved ?? null,
    relationType: null, objectId: null, objectName: null, validOn: null,
    year: f.year, fundingStatus: f.status, partOfId: f.partOf !== null ? cid(f.partOf) : null,
    quote: f.quote, start: f.start, end: f.end, line: f.line, confidence: f.confidence, rule: f.rule, proposedRecordId: ids.flowId(f, i),
  }));
  const n = funding.length;
  const relations = ex.relations.map((r, i) => ({
    ...base, id: cid(n + i), kind: "RELATION", seq: n + i, amount: null, currency: null,
    payerId: r.subject.id, payerName: r.subject.name, payerMention: null, payerUnresolved: r.subject.unresolved ?? null,
    recipientId: null, recipientName: null, recipientMention: null, recipientUnresolved: null,
    relationType: r.type, objectId: r.object.id, objectName: r.object.name, validOn: r.validOn,
    year: null, fundingStatus: null, partOfId: null,
    quote: r.quote, start: r.start, end: r.end, line: r.line, confidence: r.confidence, rule: r.rule, proposedRecordId: ids.relationId(i),
  }));
  return [...funding, ...relations];
}
