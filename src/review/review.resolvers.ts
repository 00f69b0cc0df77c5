import type { Resolvers } from "../graphql/generated/types.js";
import type { FundingContext } from "../funding/funding.context.js";
import type { RelationContext } from "../relations/relation.context.js";
import { actorKey } from "../actors/actor.loaders.js";
import { requireRole } from "../writes/write.resolvers.js";
import type { CandidateModel, CandidatePartyModel } from "./review.model.js";
import { ReviewRepository } from "./review.repository.js";
import { ReviewService } from "./review.service.js";

type ReviewContext = FundingContext & RelationContext;

const repo = (ctx: ReviewContext) => new ReviewRepository(ctx.db, ctx.queryOptions);
const service = (ctx: ReviewContext) => new ReviewService(ctx.db, ctx.dataDir, ctx.log, ctx.queryOptions);

const party = (id: string | null, name: string | null, mention: string | null, unresolved: string | null): CandidatePartyModel | null =>
  id || name || mention ? { id, name, mention, unresolved } : null;

async function candidateAfter(ctx: ReviewContext, id: string): Promise<CandidateModel | null> {
  return (await repo(ctx).byIds([id]))[0] ?? null;
}

export const reviewResolvers: Resolvers<ReviewContext> = {
  Query: {
    candidates: async (_p, { sourceId, status, first }, ctx) => {
      requireRole(ctx, "editor");
      const n = Math.min(Math.max(first ?? 100, 1), ctx.limits.maxPageSize);
      return repo(ctx).list({ sourceId: sourceId ?? null, status: status ?? null, first: n });
    },
  },
  Mutation: {
    ingestDocument: async (_p, { input }, ctx) => {
      const who = requireRole(ctx, "editor");
      const out = await service(ctx).ingest(who, input);
      const candidates = out.candidateIds.length > 0 ? (await repo(ctx).byIds(out.candidateIds)).filter((c): c is CandidateModel => c !== null) : [];
      return { userErrors: out.userErrors, result: out.result, source: out.sourceId ? await ctx.loaders.sourceById.load(out.sourceId) : null, candidates };
    },
    acceptCandidate: async (_p, { id, edits, idempotencyKey }, ctx) => {
      const who = requireRole(ctx, "editor");
      const outcome = await service(ctx).accept(who, id, edits ?? {}, idempotencyKey);
      return { userErrors: outcome.userErrors, result: outcome.result, candidate: await candidateAfter(ctx, id) };
    },
    rejectCandidate: async (_p, { id, reason, idempotencyKey }, ctx) => {
      const who = requireRole(ctx, "editor");
      const outcome = await service(ctx).reject(who, id, reason, idempotencyKey);
      return { userErrors: outcome.userErrors, result: outcome.result, candidate: await candidateAfter(ctx, id) };
    },
  },
  Candidate: {
    source: async (c, _a, ctx) => (await ctx.loaders.sourceById.load(c.sourceId))!,
    amount: (c) => (c.amount !== null && c.currency ? { value: c.amount, currency: c.currency } : null),
    payer: (c) => party(c.payerId, c.payerName, c.payerMention, c.payerUnresolved),
    recipient: (c) => (c.kind === "FUNDING" ? party(c.recipientId, c.recipientName, c.recipientMention, c.recipientUnresolved) : null),
    object: (c) => (c.kind === "RELATION" ? party(c.objectId, c.objectName, null, null) : null),
    partOf: async (c, _a, ctx) => (c.partOfId ? candidateAfter(ctx, c.partOfId) : null),
    fundingFlow: (c, _a, ctx) => (c.kind === "FUNDING" && c.recordId ? ctx.loaders.flowById.load(c.recordId) : null),
    relation: (c, _a, ctx) => (c.kind === "RELATION" && c.recordId ? ctx.loaders.relationById.load(c.recordId) : null),
  },
  CandidateParty: {
    actor: (p, _a, ctx) => (p.id ? ctx.loaders.actorById.load(actorKey(p.id)) : null),
  },
};
