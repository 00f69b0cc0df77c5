import { GraphQLError, valueFromASTUntyped, type GraphQLResolveInfo } from "graphql";
import type { Limits } from "../config.js";
import type { ActorFlowsRequest } from "./funding.loaders.js";
import { covers } from "../db/projection.js";
import { actorKey } from "../actors/actor.loaders.js";
import { actorProjection } from "../actors/actor.projection.js";
import type { ActorModel } from "../actors/actor.model.js";
import { fieldNodesAt, selectedFields } from "../graphql/selection.js";
import { flowProjection } from "./funding.projection.js";
import type { FundingFilter, Resolvers } from "../graphql/generated/types.js";
import { badUserInput } from "../graphql/errors.js";
import { connectionFromRows, connectionResolvers, decodeCursor, pageSize } from "../graphql/pagination.js";
import type { GraphQLContext } from "../graphql/context.js";
import type { FundingConnectionModel, FundingFlowModel } from "./funding.model.js";
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

/**
 * What one actor's page of flows asks its loader for. The resolver and the prefetch below
 * both build it here, so a page the actor list read ahead is found under the same key.
 * Throws BAD_USER_INPUT for bad arguments.
 */
function fundingRequest(side: "received" | "provided", actorId: string, args: FundingArgs, limits: Limits, info: SelectionInfo) {
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
  const key = { actorId, ...conditions };
  // The party on the other side comes with the page when it is selected.
  const otherField = side === "received" ? "payer" : "recipient";
  const nodeFields = selectedFields(info, ["edges", "node"]);
  const request: ActorFlowsRequest = {
    page: { ...key, key: JSON.stringify(key) },
    flows: flowProjection.forFields(nodeFields),
    other: nodeFields.has(otherField) ? actorProjection.forFields(selectedFields(info, ["edges", "node", otherField])) : null,
  };
  return { size, conditions, request };
}

/** The per-actor funding connection behind Actor.fundingReceived / fundingProvided. */
export async function actorFunding(side: "received" | "provided", actorId: string, args: FundingArgs, ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<FundingConnectionModel> {
  const { size, conditions, request } = fundingRequest(side, actorId, args, ctx.limits, info);
  const loader = side === "received" ? ctx.loaders.flowsReceivedByActor : ctx.loaders.flowsProvidedByActor;
  const counter = side === "received" ? ctx.loaders.flowCountReceivedByActor : ctx.loaders.flowCountProvidedByActor;
  const rows = await loader.load(request);
  const countKey = { actorId, ...conditions, after: null, limit: 0 };
  const scoped = { ...args.filter, [side === "received" ? "recipientId" : "payerId"]: actorId };
  return {
    ...connectionFromRows(rows, size, args.after, (x) => [x.id], () => counter.load({ ...countKey, key: JSON.stringify(countKey) })),
    totals: () => ctx.funding.totals(scoped),
  };
}

/**
 * When every node of an actor list selects fundingReceived (or else fundingProvided) once,
 * with the same arguments, the list's statement can read those pages too: one statement
 * instead of two. Returns what to read and how to hand the pages to the nodes' loader, or
 * null when the selection is not that simple (the nodes then batch as usual) or its
 * arguments are bad (the nodes then report the error at its path).
 */
export function fundingPrefetch(info: GraphQLResolveInfo, nodePath: readonly string[], ctx: GraphQLContext) {
  for (const [field, side] of [["fundingReceived", "received"], ["fundingProvided", "provided"]] as const) {
    const nodes = fieldNodesAt(info, nodePath).filter((n) => n.name.value === field);
    if (nodes.length !== 1) continue;
    try {
      // The arguments as the nested resolver will get them (these have no defaults to apply).
      const args = Object.fromEntries((nodes[0]!.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, info.variableValues)])) as FundingArgs;
      const nested = { fieldNodes: nodes, fragments: info.fragments };
      const { conditions, request } = fundingRequest(side, "", args, ctx.limits, nested);
      const loader = side === "received" ? ctx.loaders.flowsReceivedByActor : ctx.loaders.flowsProvidedByActor;
      return {
        read: { side: side === "received" ? ("recipientId" as const) : ("payerId" as const), page: conditions, flows: request.flows, other: request.other },
        prime(actorId: string, flows: FundingFlowModel[]) {
          loader.prime(fundingRequest(side, actorId, args, ctx.limits, nested).request, flows);
        },
      };
    } catch {
      return null;
    }
  }
  return null;
}

const money = (f: FundingFlowModel) => ({ value: f.amount, currency: f.currency });

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
      return {
        ...connectionFromRows(rows, size, after, (f) => [f.id], () => ctx.funding.count(filter)),
        totals: () => ctx.funding.totals(filter),
      };
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
    amount: (f) => money(f),
    programme: (f, _a, ctx) => (f.programmeId ? ctx.loaders.programmeById.load(f.programmeId) : null),
    partOf: (f, _a, ctx) => (f.partOfId ? ctx.loaders.flowById.load(f.partOfId) : null),
    passesOn: (f, _a, ctx) => (f.passesOnId ? ctx.loaders.flowById.load(f.passesOnId) : null),
    parts: (f, _a, ctx) => ctx.loaders.partsByFlowId.load(f.id),
    partsTotal: async (f, _a, ctx) => {
      const parts = await ctx.loaders.partsByFlowId.load(f.id);
      return parts.length === 0 ? null : sumMoney(parts.map((p) => p.amount), f.currency);
    },
    partsDiscrepancy: async (f, _a, ctx) => {
      const parts = await ctx.loaders.partsByFlowId.load(f.id);
      if (parts.length === 0) return null;
      return subtractMoney(f.amount, sumMoney(parts.map((p) => p.amount), f.currency).value, f.currency);
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
