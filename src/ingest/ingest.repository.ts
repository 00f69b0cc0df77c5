import crypto from "node:crypto";
import type { Database, Params, QueryOptions, Row } from "../db/database.js";
import { KIND_LABEL } from "../actors/actor.model.js";
import { fold } from "../text/fold.js";
import { idsOf, type Batch, type EvidenceFact, type FundingFact } from "./facts.js";
import * as q from "./ingest.cypher.js";
import { keepRollups } from "../funding/rollups.repository.js";

export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface FileSummary {
  file: string;
  sources: KindCounts;
  actors: KindCounts;
  programmes: KindCounts;
  fundingFlows: KindCounts;
  relations: KindCounts;
  removed: number;
}

function hashOf(value: unknown): string {
  return crypto
    .createHash("sha256")
    .update(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)))
    .digest("hex")
    .slice(0, 24);
}

/**
 * Drops the location (a line shift is not a change of the fact) and keeps the rest. The file is
 * part of the hash: a record that moved to another file is rewritten, so the file that now
 * defines it owns it (loadedFrom) and its own evidence.
 */
function row<T extends { id: string; loc: unknown; evidence?: EvidenceFact[] }>(file: string, fact: T, props: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { id: fact.id, props, hash: hashOf({ file, props, evidence: fact.evidence ?? [], extra }), ...extra };
}

/** Totals before their parts, upstream flows before those that pass their money on. */
function orderFunding(flows: FundingFact[]): FundingFact[] {
  const byId = new Map(flows.map((f) => [f.id, f]));
  const done = new Set<string>();
  const out: FundingFact[] = [];
  const visit = (f: FundingFact, depth = 0) => {
    if (done.has(f.id) || depth > 50) return;
    for (const dep of [f.partOfId, f.passesOnId]) if (dep && byId.has(dep)) visit(byId.get(dep)!, depth + 1);
    done.add(f.id);
    out.push(f);
  };
  flows.forEach((f) => visit(f));
  return out;
}

const counts = (r: Row, total: number): KindCounts => ({
  created: r.created as number,
  updated: r.updated as number,
  unchanged: total - (r.created as number) - (r.updated as number),
});

/** What the graph says about its last load (see beginLoad in ingest.cypher.ts). */
export interface LoadState {
  status: "loading" | "complete" | "incomplete";
  dataVersion: string;
  filesTotal: number;
  filesDone: number;
  rejectedFiles: string[] | null;
  startedAt: string;
  finishedAt: string | null;
}

/** The only code that writes ingested facts. One batch = one transaction. */
export class IngestRepository {
  /** `opts`: the job's (a load's, a request's) options, which every statement runs with. */
  constructor(private readonly db: Database, private readonly opts: QueryOptions = {}) {}

  /**
   * Writes a batch in one transaction. `alsoInTransaction` runs last in the same transaction
   * (API writes record their audit entry and idempotency key there: all or nothing).
   * `definedInLoad`: ids any file of the same load defines. A file load removes the records it
   * no longer holds, except these: a record that moved to another file is taken over by that
   * file, not deleted and made anew (which would lose what others attached to it).
   */
  async writeBatch(batch: Batch, alsoInTransaction?: (run: (cypher: string, params?: Params) => Promise<Row[]>) => Promise<void>, opts: { removeStale?: boolean; timeoutMs?: number; definedInLoad?: readonly string[] } = {}): Promise<FileSummary> {
    const file = batch.file;
    return this.db.writeTransaction(async (run) => {
      const exec = async (cypher: string, rows: unknown[], params: Params = {}) =>
        rows.length === 0 ? { created: 0, updated: 0, changedIds: [] } : (await run(cypher, { rows, file, ...params }))[0] ?? { created: 0, updated: 0, changedIds: [] };

      const sourceRows = batch.sources.map((s) =>
        row(file, { ...s, evidence: [] }, {
          kind: s.kind, title: s.title, publisher: s.publisher, published: s.published, publishedPrecision: s.publishedPrecision,
          publishedDerivation: s.publishedDerivation, language: s.language, url: s.url, licence: s.licence, file: s.file, note: s.note,
          ...(s.text ? { text: s.text } : {}),
        }),
      );
      const programmeRows = batch.programmes.map((p) => row(file, { ...p, evidence: [] }, { name: p.name, country: p.country, description: p.description }));
      const actorRows = batch.actors.map((a) =>
        row(file, a, {
          kind: a.kind, name: a.name, aliases: a.aliases, country: a.country, officialIdScheme: a.officialIdScheme, officialId: a.officialId,
          validFrom: a.validFrom, validFromPrecision: a.validFromPrecision, validTo: a.validTo, validToPrecision: a.validToPrecision,
          validityNote: a.validityNote, number: a.number, description: a.description, memberKind: a.memberKind ?? null,
          searchText: fold([a.name, ...a.aliases, a.officialId ?? ""].join(" | ")),
        }, { label: KIND_LABEL[a.kind] }),
      );
      const fundingRows = orderFunding(batch.funding).map((f) =>
        row(file, f, {
          amount: f.amount, currency: f.currency, flowType: f.flowType, status: f.status, fiscalYear: f.fiscalYear, date: f.date, datePrecision: f.datePrecision,
          year: f.fiscalYear ?? (f.date ? Number(f.date.slice(0, 4)) : null),
          purpose: f.purpose, programmeId: f.programmeId, partOfId: f.partOfId, passesOnId: f.passesOnId, note: f.note, payerId: f.payerId, recipientId: f.recipientId,
        }, { payerId: f.payerId, recipientId: f.recipientId, programmeId: f.programmeId, partOfId: f.partOfId, passesOnId: f.passesOnId }),
      );
      const relationRows = batch.relations.map((r) =>
        row(file, r, {
          type: r.type, category: r.category, subjectId: r.subjectId, objectId: r.objectId, role: r.role, note: r.note,
          validFrom: r.validFrom, validFromPrecision: r.validFromPrecision, validTo: r.validTo, validToPrecision: r.validToPrecision, validityNote: r.validityNote,
          openStart: r.openStart ?? false, quantityValue: r.quantity?.value ?? null, quantityUnit: r.quantity?.unit ?? null, byKind: r.byKind ?? null,
        }, { subjectId: r.subjectId, objectId: r.objectId }),
      );

      const ids = idsOf(batch);
      const kept = opts.definedInLoad ? [...new Set([...ids, ...opts.definedInLoad])] : ids;
      const replaces = opts.removeStale === false ? undefined : { file, ids: kept };
      // The funding rollups change in this same transaction, or not at all.
      return keepRollups(run, { flowIds: batch.funding.map((x) => x.id), actors: batch.actors.map((x) => ({ id: x.id, kind: x.kind })), replaces }, async () => {
        const s = await exec(q.upsertSources, sourceRows);
        const p = await exec(q.upsertProgrammes, programmeRows);
        const a = await exec(q.upsertActors, actorRows);
        // Funding rows are written one statement per dependency level so a part finds its total.
        const f = await exec(q.upsertFunding, fundingRows);
        const r = await exec(q.upsertRelations, relationRows);

        const changed = new Set([...(a.changedIds as string[]), ...(f.changedIds as string[]), ...(r.changedIds as string[])].filter(Boolean));
        const evidenceRows = [...batch.actors, ...batch.funding, ...batch.relations]
          .filter((x) => changed.has(x.id))
          .flatMap((x) => x.evidence.map((e) => ({ recordId: x.id, sourceId: e.sourceId, quote: e.quote, locator: e.locator, start: e.start ?? null, end: e.end ?? null, line: e.line ?? null })));
        for (let i = 0; i < evidenceRows.length; i += 5000) await run(q.writeEvidence, { rows: evidenceRows.slice(i, i + 5000), file });
        // A file's attachments replace its last load's; an API write adds to what its principal attached before.
        if (replaces) await run(q.removeAttachments, { file });
        await exec(q.writeAttachments, batch.attachments.map((x) => ({ recordId: x.recordId, sourceId: x.evidence.sourceId, quote: x.evidence.quote, locator: x.evidence.locator, start: x.evidence.start ?? null, end: x.evidence.end ?? null, line: x.evidence.line ?? null })));
        const dated = [...batch.relations.filter((x) => changed.has(x.id)).map((x) => x.id), ...batch.attachments.map((x) => x.recordId)];
        for (let i = 0; i < dated.length; i += 5000) await run(q.setKnownFrom, { ids: dated.slice(i, i + 5000) });
        const removed = replaces ? ((await run(q.removeStale, { file, ids: kept }))[0]?.removed as number) : 0;
        if (replaces) await run(q.markFileLoaded, { file, hash: hashOf(ids) });
        if (alsoInTransaction) await alsoInTransaction(run);
        return {
          file,
          sources: counts(s, sourceRows.length),
          programmes: counts(p, programmeRows.length),
          actors: counts(a, actorRows.length),
          fundingFlows: counts(f, fundingRows.length),
          relations: counts(r, relationRows.length),
          removed,
        };
      });
    }, { ...this.opts, timeoutMs: opts.timeoutMs ?? this.opts.timeoutMs });
  }

  async counts(): Promise<Record<string, number>> {
    return (await this.db.read(q.countAll, {}, this.opts))[0] as Record<string, number>;
  }

  async beginLoad(dataVersion: string, total: number): Promise<void> {
    await this.db.write(q.beginLoad, { dataVersion, total }, this.opts);
  }

  async fileLoaded(done: number): Promise<void> {
    await this.db.write(q.fileLoaded, { done }, this.opts);
  }

  async endLoad(status: "complete" | "incomplete", rejected: string[]): Promise<void> {
    await this.db.write(q.endLoad, { status, rejected }, this.opts);
  }

  async loadState(): Promise<LoadState | null> {
    return ((await this.db.read(q.loadState, {}, this.opts))[0]?.state as LoadState | undefined) ?? null;
  }

  async isEmpty(): Promise<boolean> {
    return (await this.db.read(q.anyActor, {}, this.opts)).length === 0;
  }

  async wipe(): Promise<void> {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction.
    await this.db.autoCommit(q.wipeGraph, {}, this.opts);
  }
}
