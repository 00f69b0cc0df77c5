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
