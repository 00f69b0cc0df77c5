import { valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo } from "graphql";
import type { Limits } from "../config.js";
import type { ActorFlowsRequest } from "./funding.loaders.js";
import { covers, type Projection } from "../db/projection.js";
import { actorKey } from "../actors/actor.loaders.js";
import { actorProjection } from "../actors/actor.projection.js";
import { onEveryActorType, referencedActor, type NestedRead } from "../actors/actor.context.js";
import type { ActorModel } from "../actors/actor.model.js";
import { fieldNodesAt, selectedFields } from "../graphql/selection.js";
import { flowProjection } from "./funding.projection.js";
import type { FundingFilter, Resolvers } from "../graphql/generated/types.js";
import { badUserInput } from "../graphql/errors.js";
import { PageConnection, connectionFromRows, connectionResolvers, decodeCursor, encodeCursor, pageSize } from "../graphql/pagination.js";
import type { FundingContext } from "./funding.context.js";
import type { FundingConnectionModel, FundingFlowModel, FundingTotalModel } from "./funding.model.js";
import { conditionsParam, filterParams, flowsFromItems, type ActorFlowsKey, type FlowItem } from "./funding.repository.js";
import { flowPageOf } from "./funding.cypher.js";
import { CURRENCY, CURRENCY_HINT, subtractMoney, sumMoney } from "./money.js";

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
}

type FundingArgs = { filter?: FundingFilter | null; first?: number | null; after?: string | null };
type SelectionInfo = Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">;

/** How a page of flows is asked for, the same for every actor asked the same way. */
interface FundingShape {
  size: number;
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
  const after = decodeCursor(args.after, 1)?.[0] as string | undefined;
  const conditions = { ...filterParams(args.filter), after: after ?? null, limit: size + 1 };
  const conditionsKey = JSON.stringify(conditions);
  // The party on the other side comes with the page when it is selected.
  const otherField = side === "received" ? "payer" : "recipient";
  const nodeFields = selectedFields(info, ["edges", "node"]);
  const flows = flowProjection.forFields(nodeFields);
  const other = nodeFields.has(otherField) ? actorProjection.forFields(selectedFields(info, ["edges", "node", otherField])) : null;
  const shape = { size, conditions, conditionsKey, flows, other, key: `${side}|${flows.key}|${other?.key ?? "-"}|${conditionsKey}` };
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

const pagesOf = (side: "received" | "provided", ctx: FundingContext) => (side === "received" ? ctx.loaders.flowsReceivedByActor : ctx.loaders.flowsProvidedByActor);

/**
 * The per-actor funding connection behind Actor.fundingReceived / fundingProvided, batched
 * through the loader (which an actor list that read the pages ahead has primed).
 */
export async function actorFunding(side: "received" | "provided", actorId: string, args: FundingArgs, ctx: FundingContext, info: GraphQLResolveInfo): Promise<FundingConnectionModel> {
  const shape = fundingShape(side, args, ctx.limits, info);
  const rows = await pagesOf(side, ctx).load(fundingRequest(shape, actorId));
  return new ActorFlowConnection(rows, side, actorId, args, shape, ctx);
}

/** One actor's page of flows; the count and the totals run only when selected. */
class ActorFlowConnection extends PageConnection<FundingFlowModel> implements FundingConnectionModel {
  constructor(
    rows: FundingFlowModel[],
    private readonly side: "received" | "provided",
    private readonly actorId: string,
    private readonly args: FundingArgs,
    private readonly shape: FundingShape,
    private readonly ctx: FundingContext,
  ) {
    super(rows, shape.size, args.after);
  }

  cursorOf(item: FundingFlowModel): string {
    return encodeCursor([item.id]);
  }

  /** The whole filtered list, not the page: the count and the totals. */
  private wholeList(): ActorFlowsKey {
    const k = { actorId: this.actorId, ...this.shape.conditions, after: null, limit: 0 };
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
      // The arguments as the nested resolver will get them (these have no defaults to apply).
      const args = Object.fromEntries((nodes[0]!.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, info.variableValues)])) as FundingArgs;
      // Not memoized (no variableValues): `nodes` is an array of its own.
      const shape = fundingShape(side, args, ctx.limits, { fieldNodes: nodes, fragments: info.fragments });
      const column = side === "received" ? "recipientId" : "payerId";
      return {
        body: flowPageOf(column, "a.id", "$fundingPage", shape.flows, shape.other),
        params: { fundingPage: conditionsParam(shape.conditions), fundingMaxLimit: shape.conditions.limit },
        deliver(actorIds, items) {
          const loader = pagesOf(side, ctx);
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
    fundingFlows: async (_p, { filter, first, after }, ctx, info) => {
      checkFundingFilter(filter, "filter");
      const size = pageSize(first, ctx.limits);
      const key = decodeCursor(after, 1);
      const projection = flowProjection.forFields(selectedFields(info, ["edges", "node"]));
      const rows = await ctx.funding.page(filter, (key?.[0] as string) ?? null, size + 1, projection);
      // flowById answers for whole flows only.
      if (projection.complete) for (const f of rows) ctx.loaders.flowById.prime(f.id, f);
      return Object.assign(connectionFromRows(rows, size, after, (f) => [f.id], () => ctx.funding.count(filter)), { totals: () => ctx.funding.totals(filter) });
    },
    fundingSummary: (_p, { groupBy, filter }, ctx) => {
      checkFundingFilter(filter, "filter");
      return ctx.funding.summary(groupBy, filter);
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
