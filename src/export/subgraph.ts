import { isEdgeType, RELATION_TYPE_LIST } from "../relations/relation-types.js";
import type { Limits } from "../config.js";
import { isIsoDate } from "../graphql/scalars.js";
import { CURRENCY, CURRENCY_HINT } from "../funding/money.js";

/**
 * What to export: seeds + depth (+ relation types, asOf), or a funding filter, or the whole
 * graph. The same definition serves GraphQL, the HTTP download and the CLI.
 */
export interface SubgraphSpec {
  mode: "seeds" | "funding" | "all";
  seeds: string[];
  depth: number;
  /** Only these edge types (HEADS, MEMBER_OF, FUNDS …); null for all. */
  types: string[] | null;
  asOf: string | null;
  funding: {
    payerId: string | null;
    recipientId: string | null;
    yearFrom: number | null;
    yearTo: number | null;
    currency: string | null;
    programmeId: string | null;
    statuses: string[] | null;
  } | null;
}

export class SpecError extends Error {
  constructor(message: string, readonly argumentPath: string) {
    super(message);
  }
}

export interface RawSpec {
  seeds?: string[] | null;
  depth?: number | null;
  types?: string[] | null;
  asOf?: string | null;
  all?: boolean | null;
  funding?: Partial<NonNullable<SubgraphSpec["funding"]>> | null;
}

/** Validates a subgraph definition; `prefix` names the argument in errors (e.g. `subgraph`). */
export function normaliseSpec(raw: RawSpec, limits: Limits, prefix = "subgraph"): SubgraphSpec {
  const seeds = (raw.seeds ?? []).filter((s) => s.length > 0);
  const modes = [seeds.length > 0, !!raw.funding, !!raw.all].filter(Boolean).length;
  if (modes !== 1) throw new SpecError(`Give exactly one of '${prefix}.seeds', '${prefix}.funding' or '${prefix}.all'.`, prefix);
  if (seeds.length > limits.maxPageSize) throw new SpecError(`'${prefix}.seeds' names ${seeds.length} actors; at most ${limits.maxPageSize}.`, `${prefix}.seeds`);
  for (const s of seeds) if (s.length > 200) throw new SpecError(`'${prefix}.seeds' holds an id longer than 200 characters.`, `${prefix}.seeds`);
  const depth = raw.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 0 || depth > limits.maxDepth) throw new SpecError(`'${prefix}.depth' must be 0 to ${limits.maxDepth}, got ${raw.depth}.`, `${prefix}.depth`);
  if (raw.asOf != null && !isIsoDate(raw.asOf)) throw new SpecError(`'${prefix}.asOf' must be a date written YYYY-MM-DD, got '${raw.asOf}'.`, `${prefix}.asOf`);
  const types = raw.types?.length ? raw.types : null;
  for (const t of types ?? []) if (!isEdgeType(t)) throw new SpecError(`'${prefix}.types' holds '${t.slice(0, 60)}', which is not a relation type; use FUNDS or one of ${RELATION_TYPE_LIST}.`, `${prefix}.types`);
  const f = raw.funding;
  if (f?.currency != null && !CURRENCY.test(f.currency)) throw new SpecError(`'${prefix}.funding.currency' must be ${CURRENCY_HINT}, got '${f.currency}'.`, `${prefix}.funding.currency`);
  return {
    mode: seeds.length > 0 ? "seeds" : f ? "funding" : "all",
    seeds,
    depth,
    types,
    asOf: raw.asOf ?? null,
    funding: f
      ? {
          payerId: f.payerId ?? null,
          recipientId: f.recipientId ?? null,
          yearFrom: f.yearFrom ?? null,
          yearTo: f.yearTo ?? null,
          currency: f.currency ?? null,
          programmeId: f.programmeId ?? null,
          statuses: f.statuses?.length ? f.statuses : null,
        }
      : null,
  };
}
