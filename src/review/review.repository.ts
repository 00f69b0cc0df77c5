import type { Database, Params, QueryOptions, Row } from "../db/database.js";
import type { KnownActor } from "../extract/gazetteer.js";
import type { CandidateModel } from "./review.model.js";
import * as q from "./review.cypher.js";

type Run = (cypher: string, params?: Params) => Promise<Row[]>;

/** The only code that runs the review queue's statements. */
export class ReviewRepository {
  constructor(private readonly db: Database, private readonly opts: QueryOptions = {}) {}

  /** Runs `work` in one write transaction: all of it or nothing. */
  transaction<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.db.writeTransaction(work, this.opts);
  }

  async actors(): Promise<KnownActor[]> {
    return (await this.db.read(q.gazetteerActors, {}, this.opts)).map((r) => {
      const a = r.actor as KnownActor;
      return { ...a, aliases: a.aliases ?? [] };
    });
  }

  async sourceExists(id: string): Promise<boolean> {
    return (await this.db.read(q.sourceExists, { id }, this.opts)).length > 0;
  }

  async list(filter: { sourceId: string | null; status: string | null; first: number }): Promise<CandidateModel[]> {
    return (await this.db.read(q.candidatesBy, filter, this.opts)).map((r) => r.candidate as CandidateModel);
  }

  async byIds(ids: readonly string[]): Promise<(CandidateModel | null)[]> {
    const rows = await this.db.read(q.candidatesByIds, { ids }, this.opts);
    const byId = new Map(rows.map((r) => [(r.candidate as CandidateModel).id, r.candidate as CandidateModel]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Inside a write transaction: the source with its text, and its candidates. */
  async storeIngested(run: Run, source: Record<string, unknown>, candidates: Record<string, unknown>[], file: string): Promise<void> {
    await run(q.storeIngested, { source, candidates, file });
  }

  /** Inside a write transaction: the decision; false when the candidate was decided meanwhile. */
  async decide(run: Run, d: { id: string; status: "ACCEPTED" | "REJECTED"; by: string; reason: string | null; recordId: string | null }): Promise<boolean> {
    return (await run(q.decide, d)).length > 0;
  }
}
