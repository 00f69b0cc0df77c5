import type { Database, QueryOptions } from "../db/database.js";
import type { RelationGroupBy, RelationFilter } from "../graphql/generated/types.js";
import { toActorModel, type ActorModel } from "../actors/actor.model.js";
import * as q from "./relation.cypher.js";
import type { RelationModel } from "./relation.model.js";

export interface ActorRelationsKey {
  key: string;
  actorId: string;
  direction: "OUTGOING" | "INCOMING" | "BOTH";
  types: string[] | null;
  asOf: string | null;
  after: string | null;
  limit: number;
}

export interface RelatedActorsKey {
  key: string;
  actorId: string;
  type: "MEMBER_OF" | "SUCCEEDED_BY";
  /** Which end of the relation the wanted actors stand at. */
  side: "subject" | "object";
  asOf: string | null;
  after: string | null;
  afterName: string | null;
  limit: number;
}

function filterParams(f: RelationFilter | null | undefined) {
  return {
    types: f?.types?.length ? f.types : null,
    categories: f?.categories?.length ? f.categories : null,
    actorId: f?.actorId ?? null,
    asOf: f?.asOf ?? null,
    duringFrom: f?.during?.from ?? null,
    duringTo: f?.during?.to ?? null,
    sourceId: f?.sourceId ?? null,
  };
}

/** The only code that runs relation statements. */
export class RelationRepository {
  constructor(private readonly db: Database, private readonly opts: QueryOptions = {}) {}

  async byIds(ids: readonly string[]): Promise<(RelationModel | null)[]> {
    const rows = await this.db.read(q.relationsByIds, { ids }, this.opts);
    const byId = new Map(rows.map((r) => [(r.relation as RelationModel).id, r.relation as RelationModel]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async page(filter: RelationFilter | null | undefined, after: string | null, limit: number): Promise<RelationModel[]> {
    return (await this.db.read(q.relationsPage, { ...filterParams(filter), after, limit }, this.opts)).map((r) => r.relation as RelationModel);
  }

  async summary(groupBy: RelationGroupBy, filter: RelationFilter | null | undefined): Promise<{ key: string; label: string; count: number }[]> {
    return (await this.db.read(q.relationSummary(groupBy), filterParams(filter), this.opts)) as unknown as { key: string; label: string; count: number }[];
  }

  async count(filter: RelationFilter | null | undefined): Promise<number> {
    return (await this.db.read(q.relationsCount, filterParams(filter), this.opts))[0]!.n as number;
  }

  async ofActors(keys: readonly ActorRelationsKey[]): Promise<RelationModel[][]> {
    const rows = await this.db.read(q.relationsOfActors, { keys, maxLimit: Math.max(...keys.map((k) => k.limit)) }, this.opts);
    const byKey = new Map(rows.map((r) => [r.key as string, r.relations as RelationModel[]]));
    return keys.map((k) => byKey.get(k.key) ?? []);
  }

  async countOfActors(keys: readonly ActorRelationsKey[]): Promise<number[]> {
    const rows = await this.db.read(q.relationsOfActorsCount, { keys }, this.opts);
    const byKey = new Map(rows.map((r) => [r.key as string, r.n as number]));
    return keys.map((k) => byKey.get(k.key) ?? 0);
  }

  async relatedActors(keys: readonly RelatedActorsKey[]): Promise<{ total: number; actors: ActorModel[] }[]> {
    const rows = await this.db.read(q.relatedActors, { keys }, this.opts);
    const byKey = new Map(rows.map((r) => [r.key as string, { total: r.total as number, actors: (r.actors as Record<string, unknown>[]).map(toActorModel) }]));
    return keys.map((k) => byKey.get(k.key) ?? { total: 0, actors: [] });
  }
}
