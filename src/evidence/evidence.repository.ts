import type { Database, Params, QueryOptions } from "../db/database.js";
import type { Projection } from "../db/projection.js";
import * as q from "./evidence.cypher.js";
import type { EvidenceModel, SourceModel } from "./evidence.model.js";

export class EvidenceRepository {
  constructor(private readonly db: Database, private readonly opts: QueryOptions = {}) {}

  async allSources(): Promise<SourceModel[]> {
    return (await this.db.read(q.allSources, {}, this.opts)).map((r) => r.source as SourceModel);
  }

  async sourcesByIds(ids: readonly string[]): Promise<(SourceModel | null)[]> {
    const rows = await this.db.read(q.sourcesByIds, { ids }, this.opts);
    const byId = new Map(rows.map((r) => [(r.source as SourceModel).id, r.source as SourceModel]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Each source's stored text, null where it has none (or is not in the graph). */
  async textsByIds(ids: readonly string[]): Promise<(string | null)[]> {
    const rows = await this.db.read(q.sourceTextsByIds, { ids }, this.opts);
    const byId = new Map(rows.map((r) => [r.id as string, (r.text as string | null) ?? null]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * One source with another domain's read on it (see EvidenceContext.sourceReadAhead), in one
   * statement; the source as far as `projection` reads it.
   */
  async sourceWith(id: string, nested: { body: string; params: Params }, projection: Projection): Promise<{ source: SourceModel; items: unknown } | null> {
    const [row] = await this.db.read(q.sourceWith(nested.body, projection), { ...nested.params, id }, this.opts);
    return row ? { source: row.source as SourceModel, items: row.items } : null;
  }

  async evidenceByRecordIds(ids: readonly string[]): Promise<EvidenceModel[][]> {
    const rows = await this.db.read(q.evidenceByRecordIds, { ids }, this.opts);
    const byId = new Map(rows.map((r) => [r.id as string, r.evidence as EvidenceModel[]]));
    return ids.map((id) => byId.get(id) ?? []);
  }
}
