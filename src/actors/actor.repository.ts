import type { Database, QueryOptions } from "../db/database.js";
import { fold } from "../text/fold.js";
import type { ActorFilter } from "../graphql/generated/types.js";
import type { Projection } from "../db/projection.js";
import * as q from "./actor.cypher.js";
import { flowPageOf } from "../funding/funding.cypher.js";
import { conditionsParam, flowsFromItems, type ActorFlowsKey, type FlowItem } from "../funding/funding.repository.js";
import type { FundingFlowModel } from "../funding/funding.model.js";
import { actorFromTuple, type ActorModel } from "./actor.model.js";

/** Each actor's page of flows, read by the statement that reads the page of actors. */
export interface FlowPrefetch {
  side: "payerId" | "recipientId";
  /** The page's conditions, the same for every actor. */
  page: Omit<ActorFlowsKey, "actorId" | "key">;
  flows: Projection;
  other: Projection | null;
}

function filterParams(filter: ActorFilter | null | undefined) {
  const kinds = filter?.kinds && filter.kinds.length > 0 ? [...new Set(filter.kinds)] : null;
  return {
    // One kind is an equality, which the (kind, name) index can serve in name order.
    kind: kinds?.length === 1 ? kinds[0]! : null,
    kinds: kinds && kinds.length > 1 ? kinds : null,
    country: filter?.country ?? null,
    nameContains: filter?.nameContains ? fold(filter.nameContains) : null,
    asOf: filter?.asOf ?? null,
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

  async page(filter: ActorFilter | null | undefined, after: [string, string] | null, limit: number, projection: Projection): Promise<ActorModel[]> {
    return (await this.readPage(filter, after, limit, projection, null)).actors;
  }

  /** A page of actors and, in the same statement, each one's page of flows. */
  async pageWithFlows(
    filter: ActorFilter | null | undefined,
    after: [string, string] | null,
    limit: number,
    projection: Projection,
    prefetch: FlowPrefetch,
  ): Promise<{ actors: ActorModel[]; flows: FundingFlowModel[][] }> {
    const { actors, rows } = await this.readPage(filter, after, limit, projection, prefetch);
    return { actors, flows: rows.map((r) => flowsFromItems(prefetch.side, r.items as FlowItem[], prefetch.flows, prefetch.other)) };
  }

  private async readPage(filter: ActorFilter | null | undefined, after: [string, string] | null, limit: number, projection: Projection, prefetch: FlowPrefetch | null) {
    const params = { ...filterParams(filter), afterName: after?.[0] ?? null, afterId: after?.[1] ?? null, limit };
    const nested = prefetch && flowPageOf(prefetch.side, "a.id", "$flowKey", prefetch.flows, prefetch.other);
    const flowParams = prefetch ? { flowKey: conditionsParam(prefetch.page), maxLimit: prefetch.page.limit } : {};
    const rows = await this.db.read(q.actorsPage(params, projection, nested), { ...params, ...flowParams }, this.opts);
    return { rows, actors: rows.map((r) => actorFromTuple(projection, r.actor as unknown[])) };
  }

  async count(filter: ActorFilter | null | undefined): Promise<number> {
    const params = filterParams(filter);
    const rows = await this.db.read(q.actorsCount(params), params, this.opts);
    return rows[0]!.n as number;
  }
}
