import { actorProjection } from "../actors/actor.projection.js";
import type { Projection } from "../db/projection.js";
import { flowProjection } from "../funding/funding.projection.js";
import { relationProjection } from "../relations/relation.projection.js";

/**
 * What a list of records (Source.records, changes) reads of each kind of record. The fields
 * selected on the records are offered to all three kinds: a field only one kind has (say
 * `amount`) reads nothing extra of the others, and one a kind does not know reads the whole
 * of it (see `projector`), so an answer is never short of what it selected.
 */
export interface RecordProjection {
  actor: Projection;
  flow: Projection;
  relation: Projection;
  /** Stable text for loader keys. */
  key: string;
}

const of = (actor: Projection, flow: Projection, relation: Projection): RecordProjection => ({ actor, flow, relation, key: `${actor.key};${flow.key};${relation.key}` });

export const recordProjection = {
  all: of(actorProjection.all, flowProjection.all, relationProjection.all),
  forFields: (fields: ReadonlySet<string>) => of(actorProjection.forFields(fields), flowProjection.forFields(fields), relationProjection.forFields(fields)),
  union: (ps: readonly RecordProjection[]) => of(actorProjection.union(ps.map((p) => p.actor)), flowProjection.union(ps.map((p) => p.flow)), relationProjection.union(ps.map((p) => p.relation))),
};
