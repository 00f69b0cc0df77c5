/**
 * Finds the actor or record with a given id through each label's id constraint (a label-less
 * match would scan every node). `scope` is the CALL's imported variable, `id` the expression.
 */
export const actorOrRecordById = (scope: string, id: string) => /* cypher */ `
CALL (${scope}) {
  MATCH (n:Actor {id: ${id}}) RETURN n
  UNION
  MATCH (n:FundingFlow {id: ${id}}) RETURN n
  UNION
  MATCH (n:Relation {id: ${id}}) RETURN n
}`;

/** True when a statement's parameter has a value, so its condition is in force. */
export const isSet = (params: Record<string, unknown>, key: string) => params[key] !== null && params[key] !== undefined;

/**
 * The conditions in force, joined with AND ("true" when none is). Filters are built this way
 * rather than as "$x IS NULL OR …", which hides an index from the planner. Each condition is
 * fixed text; values stay parameters.
 */
export const allOf = (conditions: (string | false)[]) => conditions.filter((c): c is string => typeof c === "string").join(" AND ") || "true";

/**
 * The one rule for "valid on a day", both days inclusive. An actor with no `validFrom` existed
 * before its sources. A record (a relation, or its projected edge) matches from `knownFrom`:
 * its stated start, else the date of its earliest evidence, so a term whose start the source
 * does not state is not taken to hold before the evidence shows it; `knownFrom` is null only
 * for an open start, a registry row already in its source's oldest version.
 */
export const actorValidOn = (v: string, day: string) => /* cypher */ `((${v}.validFrom IS NULL OR ${v}.validFrom <= ${day}) AND (${v}.validTo IS NULL OR ${v}.validTo >= ${day}))`;
export const recordValidOn = (v: string, day: string) => /* cypher */ `((${v}.knownFrom IS NULL OR ${v}.knownFrom <= ${day}) AND (${v}.validTo IS NULL OR ${v}.validTo >= ${day}))`;
/** The same for an actor, inert when the day is null. */
export const actorValidOnIfSet = (v: string, day: string) => /* cypher */ `(${day} IS NULL OR ${actorValidOn(v, day)})`;

/** Valid on at least one day from `from` to `to` (both inclusive): the same rule, over a range. */
export const actorValidDuring = (v: string, from: string, to: string) => /* cypher */ `((${v}.validFrom IS NULL OR ${v}.validFrom <= ${to}) AND (${v}.validTo IS NULL OR ${v}.validTo >= ${from}))`;
export const recordValidDuring = (v: string, from: string, to: string) => /* cypher */ `((${v}.knownFrom IS NULL OR ${v}.knownFrom <= ${to}) AND (${v}.validTo IS NULL OR ${v}.validTo >= ${from}))`;
