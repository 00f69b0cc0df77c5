import { GraphQLError, valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo } from "graphql";
import type { Limits } from "../config.js";
import type { ActorFlowsRequest } from "./funding.loaders.js";
import { covers, type Projection } from "../db/projection.js";
import { actorKey } from "../actors/actor.loaders.js";
import { actorProjection } from "../actors/actor.projection.js";
import type { ActorModel } from "../actors/actor.model.js";
import { fieldNodesAt, selectedFields } from "../graphql/selection.js";
import { flowProjection } from "./funding.projection.js";
import type { FundingFilter, Resolvers } from "../graphql/generated/types.js";
import { badUserInput } from "../graphql/errors.js";
import { PageConnection, connectionFromRows, connectionResolvers, decodeCursor, encodeCursor, pageSize } from "../graphql/pagination.js";
import type { GraphQLContext } from "../graphql/context.js";
import type { FundingConnectionModel, FundingFlowModel, FundingTotalModel } from "./funding.model.js";
import type { ActorFlowsKey } from "./funding.repository.js";
import { subtractMoney, sumMoney } from "./money.js";

const CURRENCY = /^[A-Z]{3}$/;

/** Checks a FundingFilter; `path` names the argument in errors (e.g. `filter`). */
export function checkFundingFilter(filter: FundingFilter | null | undefined, path: string): void {
  if (!filter) return;
  if (filter.currency != null && !CURRENCY.test(filter.currency)) {
    throw badUserInput(`'${path}.currency' must be an ISO 4217 code such as NOK or DKK, got '${filter.currency}'.`, `${path}.currency`);
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
  const f = args.filter;
  const conditions = {
    after: after ?? null,
    limit: size + 1,
    yearFrom: f?.yearFrom ?? null,
    yearTo: f?.yearTo ?? null,
    currency: f?.currency ?? null,
    programmeId: f?.programmeId ?? null,
    statuses: f?.statuses?.length ? f.statuses : null,
  };
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

/**
 * The per-actor funding connection behind Actor.fundingReceived / fundingProvided. A page the
 * actor list read ahead is answered at once, without a promise, so graphql-js completes the
 * list's nodes synchronously; otherwise the page is batched through the loader.
 */
export function actorFunding(side: "received" | "provided", actorId: string, args: FundingArgs, ctx: GraphQLContext, info: GraphQLResolveInfo): FundingConnectionModel | Promise<FundingConnectionModel> {
  const shape = fundingShape(side, args, ctx.limits, info);
  const ready = ctx.loaders.flowPagesReadAhead.get(shape.key)?.get(actorId);
  if (ready) return new ActorFlowConnection(ready, side, actorId, args, shape, ctx);
  const loader = side === "received" ? ctx.loaders.flowsReceivedByActor : ctx.loaders.flowsProvidedByActor;
  return loader.load(fundingRequest(shape, actorId)).then((rows) => new ActorFlowConnection(rows, side, actorId, args, shape, ctx));
}

/** One actor's page of flows; the count and the totals run only when selected. */
class ActorFlowConnection extends PageConnection<FundingFlowModel> implements FundingConnectionModel {
  constructor(
    rows: FundingFlowModel[],
    private readonly side: "received" | "provided",
    private readonly actorId: string,
    private readonly args: FundingArgs,
    private readonly shape: FundingShape,
    private readonly ctx: GraphQLContext,
  ) {
    super(rows, shape.size, args.after);
  }

  cursorOf(item: FundingFlowModel): string {
    return encodeCursor([item.id]);
  }

  totalCount(): Promise<number> {
    const counter = this.side === "received" ? this.ctx.loaders.flowCountReceivedByActor : this.ctx.loaders.flowCountProvidedByActor;
    const countKey = { actorId: this.actorId, ...this.shape.conditions, after: null, limit: 0 };
    return counter.load({ ...countKey, key: JSON.stringify(countKey) });
  }

  totals(): Promise<FundingTotalModel[]> {
    return this.ctx.funding.totals({ ...this.args.filter, [this.side === "received" ? "recipientId" : "payerId"]: this.actorId });
  }
}

/**
 * When every node of an actor list selects fundingReceived (or else fundingProvided) once,
 * with the same arguments, the list's statement can read those pages too: one statement
 * instead of two. Returns what to read and how to hand the pages to the nodes, or
 * null when the selection is not that simple (the nodes then batch as usual) or its
 * arguments are bad (the nodes then report the error at its path).
 */
export function fundingPrefetch(info: GraphQLResolveInfo, nodePath: readonly string[], ctx: GraphQLContext) {
  const selected = fieldNodesAt(info, nodePath);
  for (const [field, side] of [["fundingReceived", "received"], ["fundingProvided", "provided"]] as const) {
    const nodes = selected.filter((n) => n.name.value === field);
    if (nodes.length !== 1) continue;
    try {
      // The arguments as the nested resolver will get them (these have no defaults to apply).
      const args = Object.fromEntries((nodes[0]!.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, info.variableValues)])) as FundingArgs;
      const nested = { fieldNodes: nodes, fragments: info.fragments };
      // Not memoized (no variableValues): `nodes` is an array of its own.
      const shape = fundingShape(side, args, ctx.limits, nested);
      return {
        read: { side: side === "received" ? ("recipientId" as const) : ("payerId" as const), page: shape.conditions, flows: shape.flows, other: shape.other },
        /** Files each actor's page where actorFunding looks first. */
        store(actorIds: readonly string[], pages: readonly FundingFlowModel[][]) {
          // Merged, not replaced: two lists in one request may read the same shape for other actors.
          let byActor = ctx.loaders.flowPagesReadAhead.get(shape.key);
          if (!byActor) ctx.loaders.flowPagesReadAhead.set(shape.key, (byActor = new Map()));
          actorIds.forEach((id, i) => byActor.set(id, pages[i]!));
        },
      };
    } catch {
      return null;
    }
  }
  return null;
}

export const fundingResolvers: Resolvers = {
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
};

/** A flow's payer or recipient: as read with the flow when that covers the selection, else loaded. */
function party(f: FundingFlowModel, side: "payer" | "recipient", ctx: GraphQLContext, info: GraphQLResolveInfo): ActorModel | Promise<ActorModel> {
  const id = side === "payer" ? f.payerId : f.recipientId;
  const needed = actorProjection.forFields(selectedFields(info));
  const read = f.parties?.[side];
  if (read && covers(f.parties!.projection, needed)) return read;
  return ctx.loaders.actorById.load(actorKey(id, needed)).then((a) => required(a, id));
}

function required<T>(value: T | null, id: string): T {
  if (value === null) throw new GraphQLError(`Actor ${id} referenced by a record is missing from the graph.`);
  return value;
}
