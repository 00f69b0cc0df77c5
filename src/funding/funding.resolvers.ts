import type { FieldNode, GraphQLResolveInfo } from "graphql";
import type { Limits } from "../config.js";
import type { ActorFlowsRequest } from "./funding.loaders.js";
import { covers, type Projection } from "../db/projection.js";
import { actorKey } from "../actors/actor.loaders.js";
import { actorProjection } from "../actors/actor.projection.js";
import { onEveryActorType, referencedActor, type NestedRead } from "../actors/actor.context.js";
import type { ActorModel } from "../actors/actor.model.js";
import { argumentsOf, fieldNodesAt, selectedFields } from "../graphql/selection.js";
import { flowProjection } from "./funding.projection.js";
import type { FundingFilter, FundingOrder, Resolvers } from "../graphql/generated/types.js";
import { badUserInput } from "../graphql/errors.js";
import { checkDateRange } from "../graphql/date-range.js";
import { PageConnection, connectionFromRows, connectionResolvers, cursorScope, decodeScopedCursor, encodeCursor, pageSize } from "../graphql/pagination.js";
import type { FundingContext } from "./funding.context.js";
import type { FundingConnectionModel, FundingFlowModel, FundingTotalModel } from "./funding.model.js";
import { filterParams, flowPageInActorList, flowsFromItems, type ActorFlowsKey, type FlowItem } from "./funding.repository.js";
import type { FlowOrder } from "./funding.cypher.js";
import { CURRENCY, CURRENCY_HINT, WHOLE_AMOUNT, subtractMoney, sumMoney, wholeAmount } from "./money.js";

/** Checks a FundingFilter; `path` names the argument in errors (e.g. `filter`). */
export function checkFundingFilter(filter: FundingFilter | null | undefined, path: string): void {
  if (!filter) return;
  if (filter.currency != null && !CURRENCY.test(filter.currency)) {
    throw badUserInput(`'${path}.currency' must be ${CURRENCY_HINT}, got '${filter.currency}'.`, `${path}.currency`);
  }
  for (const k of ["yearFrom", "yearTo"] as const) {
    const y = filter[k];
    if (y != null && (y < 1800 || y > 2200)) throw badUserInput(`'${path}.${k}' must be a year between 1800 and 2200, got ${y}.`, `${path}.${k}`);
  }
  if (filter.yearFrom != null && filter.yearTo != null && filter.yearFrom > filter.yearTo) {
    throw badUserInput(`'${path}.yearFrom' (${filter.yearFrom}) is after '${path}.yearTo' (${filter.yearTo}).`, `${path}.yearFrom`);
  }
  for (const k of ["min", "max"] as const) {
    const v = filter.amount?.[k];
    if (v != null && !WHOLE_AMOUNT.test(v)) throw badUserInput(`'${path}.amount.${k}' must be a whole, non-negative amount such as "100000000", got '${v}'.`, `${path}.amount.${k}`);
  }
  if (filter.amount?.min != null && filter.amount?.max != null && wholeAmount(filter.amount.min) > wholeAmount(filter.amount.max)) {
    throw badUserInput(`'${path}.amount.min' (${filter.amount.min}) is above '${path}.amount.max' (${filter.amount.max}).`, `${path}.amount.min`);
  }
  checkDateRange(filter.during, `${path}.during`);
  if (filter.status && filter.statuses) throw badUserInput(`Give '${path}.status' or its old name '${path}.statuses', not both.`, `${path}.statuses`);
}

/** A page's order from the field's argument: by id unless asked otherwise. */
const orderOf = (orderBy: FundingOrder | null | undefined): FlowOrder => orderBy ?? "ID";

/** The sort key as a cursor holds it (a string: amounts are exact integers beyond a double's range). */
const keyText = (key: number | bigint | null | undefined) => (key === null || key === undefined ? "" : String(key));

/** The sort key back from a cursor, checked; `path` names the argument in errors. */
function keyFromCursor(order: FlowOrder, text: string | number, path: string): number | bigint | null {
  if (order === "ID") return null;
  if (typeof text !== "string" || !/^\d{1,30}$/.test(text)) throw badUserInput(`'${path}' is not a cursor this API issued; use an endCursor or edge cursor from a previous page.`, path);
  return order.startsWith("AMOUNT") ? BigInt(text) : Number(text);
}

/** Where a page starts: the id and sort key of the row before it, from a cursor of this scope. */
function startAfter(cursor: string | null | undefined, scope: string, order: FlowOrder, path = "after") {
  const key = decodeScopedCursor(cursor, scope, 2, path);
  return key ? { id: String(key[1]), key: keyFromCursor(order, key[0]!, path) } : null;
}

type FundingArgs = { filter?: FundingFilter | null; orderBy?: FundingOrder | null; first?: number | null; after?: string | null };
type SelectionInfo = Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">;

/** How a page of flows is asked for, the same for every actor asked the same way. */
interface FundingShape {
  size: number;
  order: FlowOrder;
  /** What this page's cursors belong to (see cursorScope). */
  scope: string;
  conditions: Omit<ActorFlowsKey, "actorId" | "key">;
  conditionsKey: string;
  flows: Projection;
  other: Projection | null;
  /** What a page read ahead for many actors is filed under. */
  key: string;
}

// The executor (graphql-js and graphql-jit alike) hands every node of a list the same
// fieldNodes array, and a request one variableValues object: the 50 nodes of an actor page
// work out their pages' shape once.
const shapes = new WeakMap<object, WeakMap<readonly FieldNode[], FundingShape>>();

/**
 * The shape of an actor's page of flows from the field's arguments and selection. The
 * resolver and the prefetch below both build it here, so a page the actor list read ahead
 * is found under the same key. Throws BAD_USER_INPUT for bad arguments (and then stores
 * nothing, so each node reports the error at its own path).
 */
function fundingShape(side: "received" | "provided", args: FundingArgs, limits: Limits, info: SelectionInfo & { variableValues?: object }): FundingShape {
  const byNodes = info.variableValues ? shapes.get(info.variableValues) : undefined;
  const hit = byNodes?.get(info.fieldNodes);
  if (hit) return hit;
  checkFundingFilter(args.filter, "filter");
  const size = pageSize(args.first, limits);
  const order = orderOf(args.orderBy);
  const filter = filterParams(args.filter);
  const scope = cursorScope(side, filter, order);
  const after = startAfter(args.after, scope, order);
  const conditions = { ...filter, after: after?.id ?? null, afterKey: after?.key ?? null, limit: size + 1 };
  const conditionsKey = JSON.stringify(conditions, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
  // The party on the other side comes with the page when it is selected.
  const otherField = side === "received" ? "payer" : "recipient";
  const nodeFields = selectedFields(info, ["edges", "node"]);
  const flows = flowProjection.forFields(nodeFields);
  const other = nodeFields.has(otherField) ? actorProjection.forFields(selectedFields(info, ["edges", "node", otherField])) : null;
  const shape = { size, order, scope, conditions, conditionsKey, flows, other, key: `${side}|${order}|${flows.key}|${other?.key ?? "-"}|${conditionsKey}` };
  if (info.variableValues) {
    if (byNodes) byNodes.set(info.fieldNodes, shape);
    else shapes.set(info.variableValues, new WeakMap([[info.fieldNodes, shape]]));
  }
  return shape;
}

/** What one actor's page asks its loader for. */
function fundingRequest(shape: FundingShape, actorId: string): ActorFlowsRequest {
  // A JSON string ends at its closing quote, so id and conditions cannot run into each other.
  return { page: { actorId, ...shape.conditions, key: JSON.stringify(actorId) + shape.conditionsKey }, flows: shape.flows, other: shape.other };
}

const pagesOf = (side: "received" | "provided", order: FlowOrder, ctx: FundingContext) => ctx.loaders.flowPagesOfActor(side === "received" ? "recipientId" : "payerId", order);

/**
 * The per-actor funding connection behind Actor.fundingReceived / fundingProvided, batched
 * through the loader (which an actor list that read the pages ahead has primed).
 */
export async function actorFunding(side: "received" | "provided", actorId: string, args: FundingArgs, ctx: FundingContext, info: GraphQLResolveInfo): Promise<FundingConnectionModel> {
  const shape = fundingShape(side, args, ctx.limits, info);
  const rows = await pagesOf(side, shape.order, ctx).load(fundingRequest(shape, actorId));
  return new ActorFlowConnection(rows, side, actorId, args.after, shape, ctx);
}

/** One actor's page of flows; the count and the totals run only when selected. */
class ActorFlowConnection extends PageConnection<FundingFlowModel> implements FundingConnectionModel {
  constructor(
    rows: FundingFlowModel[],
    private readonly side: "received" | "provided",
    private readonly actorId: string,
    after: string | null | undefined,
    private readonly shape: FundingShape,
    private readonly ctx: FundingContext,
  ) {
    super(rows, shape.size, after);
  }

  cursorOf(item: FundingFlowModel): string {
    return encodeCursor([this.shape.scope, keyText(item.sortKey), item.id]);
  }

  /** The whole filtered list, not the page: the count and the totals. */
  private wholeList(): ActorFlowsKey {
    const k = { actorId: this.actorId, ...this.shape.conditions, after: null, afterKey: null, limit: 0 };
    return { ...k, key: JSON.stringify(k) };
  }

  totalCount(): Promise<number> {
    const counter = this.side === "received" ? this.ctx.loaders.flowCountReceivedByActor : this.ctx.loaders.flowCountProvidedByActor;
    return counter.load(this.wholeList());
  }

  totals(): Promise<FundingTotalModel[]> {
    const totals = this.side === "received" ? this.ctx.loaders.flowTotalsReceivedByActor : this.ctx.loaders.flowTotalsProvidedByActor;
    return totals.load(this.wholeList());
  }
}

/**
 * When every node of an actor list selects fundingReceived (or else fundingProvided) once,
 * with the same arguments, the list's statement can read those pages too: one statement
 * instead of two. The pages are primed into the loader, under the key each node's
 * actorFunding asks for. Null when the selection is not that simple (the nodes then batch as
 * usual) or its arguments are bad (the nodes then report the error at its path).
 */
export function fundingReadAhead(info: GraphQLResolveInfo, nodePath: readonly string[], ctx: FundingContext): NestedRead | null {
  const selected = fieldNodesAt(info, nodePath);
  for (const [field, side] of [["fundingReceived", "received"], ["fundingProvided", "provided"]] as const) {
    const nodes = selected.filter((n) => n.name.value === field);
    if (nodes.length !== 1) continue;
    try {
      const args = argumentsOf<FundingArgs>(nodes[0]!, info);
      // Not memoized (no variableValues): `nodes` is an array of its own.
      const shape = fundingShape(side, args, ctx.limits, { fieldNodes: nodes, fragments: info.fragments });
      const column = side === "received" ? "recipientId" : "payerId";
      return {
        ...flowPageInActorList(column, shape.conditions, shape.flows, shape.other, shape.order),
        deliver(actorIds, items) {
          const loader = pagesOf(side, shape.order, ctx);
          actorIds.forEach((id, i) => {
            const request = fundingRequest(shape, id);
            loader.clear(request).prime(request, flowsFromItems(column, items[i] as FlowItem[], shape.flows, shape.other));
          });
        },
      };
    } catch {
      return null;
    }
  }
  return null;
}

export const fundingResolvers: Resolvers<FundingContext> = {
  Query: {
    fundingFlow: (_p, { id }, ctx) => ctx.loaders.flowById.load(id),
    fundingFlows: async (_p, { filter, orderBy, first, after }, ctx, info) => {
      checkFundingFilter(filter, "filter");
      const size = pageSize(first, ctx.limits);
      const order = orderOf(orderBy);
      const scope = cursorScope("fundingFlows", filterParams(filter), order);
      const start = startAfter(after, scope, order);
      const projection = flowProjection.forFields(selectedFields(info, ["edges", "node"]));
      const rows = await ctx.funding.page(filter, order, start, size + 1, projection);
      // flowById answers for whole flows only.
      if (projection.complete) for (const f of rows) ctx.loaders.flowById.prime(f.id, f);
      const page = connectionFromRows(rows, size, after, (f) => [scope, keyText(f.sortKey), f.id], () => ctx.funding.count(filter));
      return Object.assign(page, { totals: () => ctx.funding.totals(filter) });
    },
    fundingSummary: (_p, { groupBy, filter }, ctx) => {
      checkFundingFilter(filter, "filter");
      if (groupBy.length === 0) throw badUserInput("'groupBy' must name at least one grouping, such as [YEAR] or [RECIPIENT_COUNTY, YEAR].", "groupBy");
      return ctx.funding.summary([...new Set(groupBy)], filter);
    },
  },
  FundingFlowConnection: {
    ...connectionResolvers<FundingFlowModel>(),
    totals: (c) => c.totals(),
  },
  FundingFlow: {
    payer: (f, _a, ctx, info) => party(f, "payer", ctx, info),
    recipient: (f, _a, ctx, info) => party(f, "recipient", ctx, info),
    programme: (f, _a, ctx) => (f.programmeId ? ctx.loaders.programmeById.load(f.programmeId) : null),
    partOf: (f, _a, ctx) => (f.partOfId ? ctx.loaders.flowById.load(f.partOfId) : null),
    passesOn: (f, _a, ctx) => (f.passesOnId ? ctx.loaders.flowById.load(f.passesOnId) : null),
    parts: (f, _a, ctx) => ctx.loaders.partsByFlowId.load(f.id),
    partsTotal: async (f, _a, ctx) => {
      const parts = await ctx.loaders.partsByFlowId.load(f.id);
      return parts.length === 0 ? null : sumMoney(parts.map((p) => p.amount.value), f.currency);
    },
    partsDiscrepancy: async (f, _a, ctx) => {
      const parts = await ctx.loaders.partsByFlowId.load(f.id);
      if (parts.length === 0) return null;
      return subtractMoney(f.amount.value, sumMoney(parts.map((p) => p.amount.value), f.currency).value, f.currency);
    },
    evidence: (f, _a, ctx) => ctx.loaders.evidenceByRecordId.load(f.id),
  },
  FundingBucket: {
    actor: (b, _a, ctx, info) => (b.actorId ? ctx.loaders.actorById.load(actorKey(b.actorId, actorProjection.forFields(selectedFields(info)))) : null),
    programme: (b, _a, ctx) => (b.programmeId ? ctx.loaders.programmeById.load(b.programmeId) : null),
  },
  ...onEveryActorType({
    fundingReceived: (a: ActorModel, args: FundingArgs, ctx: FundingContext, info: GraphQLResolveInfo) => actorFunding("received", a.id, args, ctx, info),
    fundingProvided: (a: ActorModel, args: FundingArgs, ctx: FundingContext, info: GraphQLResolveInfo) => actorFunding("provided", a.id, args, ctx, info),
  }),
};

/** A flow's payer or recipient: as read with the flow when that covers the selection, else loaded. */
function party(f: FundingFlowModel, side: "payer" | "recipient", ctx: FundingContext, info: GraphQLResolveInfo): ActorModel | Promise<ActorModel> {
  const needed = actorProjection.forFields(selectedFields(info));
  const read = f.parties?.[side];
  if (read && covers(f.parties!.projection, needed)) return read;
  return referencedActor(side === "payer" ? f.payerId : f.recipientId, ctx, info, needed);
}
