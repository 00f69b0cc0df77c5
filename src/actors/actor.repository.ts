import type { Database, Params, QueryOptions } from "../db/database.js";
import { fold } from "../text/fold.js";
import type { ActorFilter } from "../graphql/generated/types.js";
import type { Projection } from "../db/projection.js";
import * as q from "./actor.cypher.js";
import { actorFromTuple, type ActorModel } from "./actor.model.js";
function filterParams(filter: ActorFilter | null | undefined) {
  const kinds = filter?.kinds && filter.kinds.length > 0 ? [...new Set(filter.kinds)] : null;
  return {
    // One kind is an equality, which the (kind, name) index can serve in name order.
    kind: kinds?.length === 1 ? kinds[0]! : null,
    kinds: kinds && kinds.length > 1 ? kinds : null,
    country: filter?.country ?? null,
    nameContains: filter?.nameContains ? fold(filter.nameContains) : null,
    asOf: filter?.asOf ?? null,
    duringFrom: filter?.during?.from ?? null,
    duringTo: filter?.during?.to ?? null,
  };
}

/** The only code that runs actor statements. */
export class ActorRepository {
  constructor(private readonly db: Database, private readonly opts: QueryOptions = {}) {}

  /** Actors in the order of `ids`, read as far as `projection` says; null where no actor has the id. */
  async byIds(ids: readonly string[], projection: Projection): Promise<(ActorModel | null)[]> {
    const rows = await this.db.read(q.actorsByIds(projection), { ids: [...new Set(ids)] }, this.opts);
    const byId = new Map(rows.map((r) => actorFromTuple(projection, r.actor as unknown[])).map((a) => [a.id, a]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * A page in name order. With `nested` (another domain's read, see NestedRead), the same
   * statement also reads each actor's `items`, returned by position.
   */
  async page(
    filter: ActorFilter | null | undefined,
    after: [string, string] | null,
    limit: number,
    projection: Projection,
    nested: { body: string; params: Params } | null = null,
  ): Promise<{ actors: ActorModel[]; items: unknown[][] | null }> {
    const params = { ...filterParams(filter), afterName: after?.[0] ?? null, afterId: after?.[1] ?? null, limit };
    const rows = await this.db.read(q.actorsPage(params, projection, nested?.body ?? null), { ...params, ...nested?.params }, this.opts);
    return { actors: rows.map((r) => actorFromTuple(projection, r.actor as unknown[])), items: nested ? rows.map((r) => r.items as unknown[]) : null };
  }

  async count(filter: ActorFilter | null | undefined): Promise<number> {
    const params = filterParams(filter);
    const rows = await this.db.read(q.actorsCount(params), params, this.opts);
    return rows[0]!.n as number;
  }
}
