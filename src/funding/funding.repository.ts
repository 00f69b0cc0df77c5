import type { Database, Params, QueryOptions } from "../db/database.js";
import type { FundingFilter, FundingGroupBy, FundingStatus } from "../graphql/generated/types.js";
import { actorFromTuple } from "../actors/actor.model.js";
import { fromTuple, type Projection } from "../db/projection.js";
import * as q from "./funding.cypher.js";
import { wholeAmount } from "./money.js";
import type { FlowOrder } from "./funding.cypher.js";
import type { FundingBucketModel, FundingFlowModel, FundingTotalModel, ProgrammeModel } from "./funding.model.js";

const list = <T>(xs: readonly T[] | null | undefined) => (xs && xs.length > 0 ? [...new Set(xs)] : null);
const whole = (d: string | null | undefined) => (d === null || d === undefined ? null : wholeAmount(d));

/**
 * FundingFilter as statement parameters, the one mapping (see CONDITIONS in funding.cypher.ts):
 * unset fields are null. `status` and its first name `statuses` are one condition.
 */
export function filterParams(filter: FundingFilter | null | undefined) {
  return {
    payerId: filter?.payerId ?? null,
    recipientId: filter?.recipientId ?? null,
    yearFrom: filter?.yearFrom ?? null,
    yearTo: filter?.yearTo ?? null,
    currency: filter?.currency ?? null,
    programmeId: filter?.programmeId ?? null,
    statuses: list(filter?.status ?? filter?.statuses),
    amountMin: whole(filter?.amount?.min),
    amountMax: whole(filter?.amount?.max),
    sourceId: filter?.sourceId ?? null,
    recipientKinds: list(filter?.recipientKinds),
    recipientWithin: filter?.recipientWithin ?? null,
    duringFrom: filter?.during?.from ?? null,
    duringTo: filter?.during?.to ?? null,
  };
}

export type FlowConditions = ReturnType<typeof filterParams>;

/** One actor's page of flows, as a DataLoader key: `key` is its cache key, the rest goes to Cypher. */
export interface ActorFlowsKey extends FlowConditions {
  key: string;
  actorId: string;
  /** The id and the sort key (FlowOrder's) of the row the page starts after. */
  after: string | null;
  afterKey: number | bigint | null;
  limit: number;
}

/** A page's conditions as a statement parameter, without the unset ones: a missing map key reads as null in Cypher. */
export const conditionsParam = (conditions: object) => Object.fromEntries(Object.entries(conditions).filter(([, v]) => v !== null));

/**
 * One actor's page of flows read inside the statement that lists actors `a` (a NestedRead's
 * body and parameters): the page's conditions go as one map, `$fundingPage`.
 */
export function flowPageInActorList(side: "payerId" | "recipientId", conditions: Omit<ActorFlowsKey, "actorId" | "key">, flows: Projection, other: Projection | null, order: FlowOrder): { body: string; params: Params } {
  return {
    body: q.flowPageOf(side, "a.id", "$fundingPage", q.conditionsSet([conditions]), flows, other, order),
    params: { fundingPage: conditionsParam(conditions), fundingMaxLimit: conditions.limit },
  };
}

/**
 * Keys as statement parameters: without the cache key, and without unset conditions, so a
 * batch of 50 sends 50 small maps. Rows come back by position.
 */
const keysParam = (keys: readonly ActorFlowsKey[]) => keys.map(({ key: _cacheKey, ...k }) => conditionsParam(k));

/** A flow, the party on its other side (or null) and its sort key, as `flowPageOf` returns them. */
export type FlowItem = [unknown[], unknown[] | null, number | bigint | null];

/** A flow record as read (all or part of its properties) as the model: the amount joins its currency. */
export function toFlowModel(record: Record<string, unknown>): FundingFlowModel {
  if (record.amount !== undefined) record.amount = { value: record.amount as number | bigint, currency: record.currency as string };
  return record as unknown as FundingFlowModel;
}

/** The flows of a page as `flowPageOf` returned them, with the other party attached when it was read. */
export function flowsFromItems(side: "payerId" | "recipientId", items: readonly FlowItem[], flows: Projection, other: Projection | null): FundingFlowModel[] {
  const otherSide = side === "payerId" ? "recipient" : "payer";
  return items.map(([f, a, sortKey]) => {
    const flow = toFlowModel(fromTuple(flows, f));
    flow.sortKey = sortKey;
    if (other) flow.parties = { projection: other, [otherSide]: a ? actorFromTuple(other, a) : null };
    return flow;
  });
}

const totalFromRow = (r: Record<string, unknown>): FundingTotalModel => ({ value: r.value as number | bigint, currency: r.currency as string, status: r.status as FundingStatus });

/** The only code that runs funding statements. */
export class FundingRepository {
  constructor(private readonly db: Database, private readonly opts: QueryOptions = {}) {}

  async byIds(ids: readonly string[]): Promise<(FundingFlowModel | null)[]> {
    const rows = await this.db.read(q.flowsByIds, { ids }, this.opts);
    const byId = new Map(rows.map((r) => toFlowModel(r.flow as Record<string, unknown>)).map((f) => [f.id, f]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** A page in `order`, after the row with id `after` and sort key `afterKey`. */
  async page(filter: FundingFilter | null | undefined, order: FlowOrder, after: { id: string; key: number | bigint | null } | null, limit: number, projection: Projection): Promise<FundingFlowModel[]> {
    const params = { ...filterParams(filter), after: after?.id ?? null, afterKey: after?.key ?? null, limit };
    return (await this.db.read(q.flowsPage(params, projection, order), params, this.opts)).map((r) => {
      const flow = toFlowModel(fromTuple(projection, r.flow as unknown[]));
      flow.sortKey = r.sortKey as number | bigint | null;
      return flow;
    });
  }

  async count(filter: FundingFilter | null | undefined): Promise<number> {
    const params = filterParams(filter);
    return (await this.db.read(q.flowsCount(params), params, this.opts))[0]!.n as number;
  }

  async totals(filter: FundingFilter | null | undefined): Promise<FundingTotalModel[]> {
    const params = filterParams(filter);
    return (await this.db.read(q.flowsTotals(params), params, this.opts)).map(totalFromRow);
  }

  /**
   * Buckets by every grouping of `groupBy` at once (a bucket per combination of their keys):
   * from the rollups when they answer the question, else by the scan; `scan` forces the scan
   * (the property test holds the two to the same answers).
   */
  async summary(groupBy: readonly FundingGroupBy[], filter: FundingFilter | null | undefined, opts: { scan?: boolean } = {}): Promise<FundingBucketModel[]> {
    const params = filterParams(filter);
    const rollup = opts.scan ? null : q.rollupReadOf(groupBy, params);
    const rows = await this.db.read(q.summary(groupBy.map((g) => q.GROUPS[g]), params, rollup), { ...params, rollupDim: rollup?.dim ?? null }, this.opts);
    const at = (g: FundingGroupBy) => groupBy.indexOf(g);
    return rows.map((r) => {
      const keys = groupBy.map((g, i) => ({ groupBy: g, key: String((r.keys as unknown[])[i]), label: String((r.labels as unknown[])[i]) }));
      const party = groupBy.findIndex((g) => g === "PAYER" || g === "RECIPIENT");
      return {
        key: keys.map((k) => k.key).join("|"),
        label: keys.map((k) => k.label).join(" · "),
        keys,
        total: { value: r.value as number | bigint, currency: r.currency as string },
        status: r.status as FundingStatus,
        flowCount: r.flowCount as number,
        actorId: party >= 0 ? keys[party]!.key : null,
        programmeId: at("PROGRAMME") >= 0 && keys[at("PROGRAMME")]!.key !== "none" ? keys[at("PROGRAMME")]!.key : null,
      };
    });
  }

  /** Each key's page of flows read as `flows` says, with the party on the other side read as `other` (none when null). */
  async flowsOfActors(side: "payerId" | "recipientId", order: FlowOrder, keys: readonly ActorFlowsKey[], flows: Projection, other: Projection | null): Promise<FundingFlowModel[][]> {
    const params = keysParam(keys);
    const rows = await this.db.read(q.flowsOfActors(side, q.conditionsSet(params), flows, other, order), { keys: params, fundingMaxLimit: Math.max(...keys.map((k) => k.limit)) }, this.opts);
    const pages: FundingFlowModel[][] = keys.map(() => []);
    for (const r of rows) pages[r.i as number] = flowsFromItems(side, r.items as FlowItem[], flows, other);
    return pages;
  }

  async countFlowsOfActors(side: "payerId" | "recipientId", keys: readonly ActorFlowsKey[]): Promise<number[]> {
    const params = keysParam(keys);
    const rows = await this.db.read(q.countFlowsOfActors(side, q.conditionsSet(params)), { keys: params }, this.opts);
    const counts = keys.map(() => 0);
    for (const r of rows) counts[r.i as number] = r.n as number;
    return counts;
  }

  /** Each key's totals by the counting rule, as `totals` gives them for the key's filter and actor. */
  async totalsOfActors(side: "payerId" | "recipientId", keys: readonly ActorFlowsKey[]): Promise<FundingTotalModel[][]> {
    const params = keysParam(keys);
    const rows = await this.db.read(q.totalsOfActors(side, q.conditionsSet(params)), { keys: params }, this.opts);
    const totals: FundingTotalModel[][] = keys.map(() => []);
    for (const r of rows) totals[r.i as number]!.push(totalFromRow(r));
    return totals;
  }

  async partsOf(ids: readonly string[]): Promise<FundingFlowModel[][]> {
    const rows = await this.db.read(q.partsOfFlows, { ids }, this.opts);
    const byId = new Map(rows.map((r) => [r.id as string, (r.parts as (Record<string, unknown> | null)[]).filter((p) => p !== null && p.id !== null).map((p) => toFlowModel(p!))]));
    return ids.map((id) => byId.get(id) ?? []);
  }

  async programmesByIds(ids: readonly string[]): Promise<(ProgrammeModel | null)[]> {
    const rows = await this.db.read(q.programmesByIds, { ids }, this.opts);
    const byId = new Map(rows.map((r) => [(r.programme as ProgrammeModel).id, r.programme as ProgrammeModel]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
