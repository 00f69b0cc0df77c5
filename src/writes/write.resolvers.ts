import { isRelationType, RELATION_TYPE_LIST } from "../relations/relation-types.js";
import { GraphQLError } from "graphql";
import type { Resolvers } from "../graphql/generated/types.js";
import type { RequestContext } from "../graphql/request-context.js";
import type { FundingContext } from "../funding/funding.context.js";
import type { RelationContext } from "../relations/relation.context.js";
import { hasRole, type Principal, type Role } from "../auth/api-keys.js";
import { parseLooseDate } from "../ingest/dates.js";
import { readCuratedText } from "../ingest/curated.js";
import { emptyBatch, type Batch, type DataError, type EvidenceFact } from "../ingest/facts.js";
import { WriteService, type UserErrorModel, type WriteOutcome } from "./write.service.js";
import { actorKey } from "../actors/actor.loaders.js";
import { CURRENCY, CURRENCY_HINT } from "../funding/money.js";

/** Writes need a key with at least `role`: none → UNAUTHENTICATED, too weak → FORBIDDEN. */
export function requireRole(ctx: Pick<RequestContext, "principal">, role: Role): Principal {
  if (!ctx.principal) {
    throw new GraphQLError("Writes need an API key: send 'Authorization: Bearer <key>'.", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
  }
  if (!hasRole(ctx.principal, role)) {
    throw new GraphQLError(`This needs the ${role} role; the key '${ctx.principal.name}' has ${ctx.principal.role}.`, { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
  }
  return ctx.principal;
}

const INPUT = { file: "input", line: 0, record: "input" };
const ev = (e: { sourceId: string; quote: string; locator?: string | null }): EvidenceFact => ({ sourceId: e.sourceId, quote: e.quote, locator: e.locator ?? null });

/** Loader field names → the mutation's input field names. */
const FIELD: Record<string, string> = { payer: "payerId", recipient: "recipientId", programme: "programmeId", partOf: "partOfId", passesOn: "passesOnId", subject: "subjectId", object: "objectId" };
function inputPath(e: DataError): string[] {
  const parts = e.field.replace(/\[(\d+)\]/g, ".$1").split(".").map((p) => FIELD[p] ?? (p === "source" ? "sourceId" : p));
  return ["input", ...parts];
}

function wholeAmount(value: string): { amount: bigint | null; error: UserErrorModel | null } {
  if (!/^\d+$/.test(value)) return { amount: null, error: { message: `amount must be a whole number of currency units ≥ 0 (no sign, no decimals), got '${value}'.`, path: ["input", "amount"] } };
  return { amount: BigInt(value), error: null };
}

function service(ctx: WriteContext) {
  return new WriteService(ctx.db, ctx.dataDir, ctx.log, ctx.queryOptions);
}

function asPayload<T>(outcome: WriteOutcome, record: () => Promise<T>) {
  return outcome.userErrors.length > 0 ? { userErrors: outcome.userErrors, result: null, record: Promise.resolve(null) } : { userErrors: [], result: outcome.result, record: record() };
}

/** A write answers with the records it wrote, read through the funding, relation and actor loaders. */
type WriteContext = FundingContext & RelationContext;

export const writeResolvers: Resolvers<WriteContext> = {
  Query: {
    auditLog: async (_p, { first }, ctx) => {
      requireRole(ctx, "admin");
      const n = Math.min(Math.max(first ?? 20, 1), ctx.limits.maxPageSize);
      return (await service(ctx).auditLog(n)) as never;
    },
  },
  Mutation: {
    upsertActor: async (_p, { input }, ctx) => {
      const who = requireRole(ctx, "editor");
      const batch: Batch = emptyBatch("input");
      const from = parseLooseDate(input.validFrom ?? undefined, "start");
      const to = parseLooseDate(input.validTo ?? undefined, "end");
      batch.actors.push({
        loc: INPUT, id: input.id, kind: input.kind, name: input.name.trim(), aliases: input.aliases ?? [], country: input.country,
        officialIdScheme: input.officialId?.scheme ?? null, officialId: input.officialId?.value ?? null, number: input.kind === "MUNICIPALITY" ? input.officialId?.value ?? null : null,
        description: input.description ?? null, validFrom: from.date, validFromPrecision: from.precision, validTo: to.date, validToPrecision: to.precision, validityNote: null,
        evidence: input.evidence.map(ev),
      });
      const pre = input.evidence.length === 0 ? [{ message: "Every write carries evidence: give at least one source and quote.", path: ["input", "evidence"] }] : [];
      if (!/^[a-z][a-z0-9-]*(:[\p{L}\p{N}._@-]+)+$/u.test(input.id)) pre.push({ message: "id must be readable and colon-separated, like 'no:organisation:sandnes-helsehus'.", path: ["input", "id"] });
      const outcome = await service(ctx).applyBatch(who, "upsertActor", batch, input.idempotencyKey, input, inputPath, pre);
      const p = asPayload(outcome, () => ctx.loaders.actorById.load(actorKey(input.id)));
      return { userErrors: p.userErrors, result: p.result, actor: await p.record };
    },
    addFundingFlow: async (_p, { input }, ctx) => {
      const who = requireRole(ctx, "editor");
      const { amount, error } = wholeAmount(input.amount);
      const pre: UserErrorModel[] = error ? [error] : [];
      if (!CURRENCY.test(input.currency)) pre.push({ message: `currency must be ${CURRENCY_HINT}, got '${input.currency}'.`, path: ["input", "currency"] });
      if (input.evidence.length === 0) pre.push({ message: "Every write carries evidence: give at least one source and quote.", path: ["input", "evidence"] });
      if (input.fiscalYear != null && (input.fiscalYear < 1800 || input.fiscalYear > 2200)) pre.push({ message: "fiscalYear must be between 1800 and 2200.", path: ["input", "fiscalYear"] });
      const d = parseLooseDate(input.date ?? undefined, "start");
      const batch: Batch = emptyBatch("input");
      batch.funding.push({
        loc: INPUT, id: input.id, payerId: input.payerId, recipientId: input.recipientId, amount: amount ?? 0n, currency: input.currency, flowType: input.flowType, status: input.status,
        fiscalYear: input.fiscalYear ?? null, date: d.date, datePrecision: d.precision, purpose: input.purpose ?? null, programmeId: input.programmeId ?? null,
        partOfId: input.partOfId ?? null, passesOnId: input.passesOnId ?? null, note: input.note ?? null, evidence: input.evidence.map(ev),
      });
      const outcome = await service(ctx).applyBatch(who, "addFundingFlow", batch, input.idempotencyKey, input, inputPath, pre);
      const p = asPayload(outcome, () => ctx.loaders.flowById.load(input.id));
      return { userErrors: p.userErrors, result: p.result, fundingFlow: await p.record };
    },
    addRelation: async (_p, { input }, ctx) => {
      const who = requireRole(ctx, "editor");
      const pre: UserErrorModel[] = [];
      if (!isRelationType(input.type)) pre.push({ message: `type '${input.type.slice(0, 60)}' is not a relation type; use one of ${RELATION_TYPE_LIST}.`, path: ["input", "type"] });
      if (input.evidence.length === 0) pre.push({ message: "Every write carries evidence: give at least one source and quote.", path: ["input", "evidence"] });
      const from = parseLooseDate(input.validFrom ?? undefined, "start");
      const to = parseLooseDate(input.validTo ?? undefined, "end");
      const batch: Batch = emptyBatch("input");
      batch.relations.push({
        loc: INPUT, id: input.id, type: input.type, category: input.category, subjectId: input.subjectId, objectId: input.objectId, role: input.role ?? null, note: input.note ?? null,
        validFrom: from.date, validFromPrecision: from.precision, validTo: to.date, validToPrecision: to.precision, validityNote: null, evidence: input.evidence.map(ev),
      });
      const outcome = await service(ctx).applyBatch(who, "addRelation", batch, input.idempotencyKey, input, inputPath, pre);
      const p = asPayload(outcome, () => ctx.loaders.relationById.load(input.id));
      return { userErrors: p.userErrors, result: p.result, relation: await p.record };
    },
    retractFundingFlow: async (_p, { input }, ctx) => {
      const outcome = await service(ctx).retract(requireRole(ctx, "editor"), "FundingFlow", input);
      ctx.loaders.flowById.clear(input.id);
      const p = asPayload(outcome, () => ctx.loaders.flowById.load(input.id));
      return { userErrors: p.userErrors, result: p.result, fundingFlow: await p.record };
    },
    retractRelation: async (_p, { input }, ctx) => {
      const outcome = await service(ctx).retract(requireRole(ctx, "editor"), "Relation", input);
      ctx.loaders.relationById.clear(input.id);
      const p = asPayload(outcome, () => ctx.loaders.relationById.load(input.id));
      return { userErrors: p.userErrors, result: p.result, relation: await p.record };
    },
    attachEvidence: async (_p, { input }, ctx) => {
      const outcome = await service(ctx).attach(requireRole(ctx, "editor"), input);
      return { userErrors: outcome.userErrors, result: outcome.result };
    },
    importFacts: async (_p, { input }, ctx) => {
      const who = requireRole(ctx, "admin");
      if (input.yaml.length > 5_000_000) return { userErrors: [{ message: "The document is larger than 5 MB; split it.", path: ["input", "yaml"] }], result: null };
      const { batch, errors } = readCuratedText(input.yaml, "input", { fromApi: true });
      const pre = errors.map((e) => ({ message: e.message, path: ["input", "yaml", `line:${e.loc.line}`, e.loc.record, e.field] }));
      const outcome = await service(ctx).applyBatch(who, "importFacts", batch, input.idempotencyKey, input, (e) => ["input", "yaml", `line:${e.loc.line}`, e.loc.record, e.field], pre);
      return { userErrors: outcome.userErrors, result: outcome.result };
    },
  },
  FundingFlow: {
    retraction: (f) => (f.retractedAt ? { at: f.retractedAt, by: f.retractedBy ?? "", reason: f.retractionReason ?? "" } : null),
  },
  Relation: {
    retraction: (r) => (r.retractedAt ? { at: r.retractedAt, by: r.retractedBy ?? "", reason: r.retractionReason ?? "" } : null),
  },
};
