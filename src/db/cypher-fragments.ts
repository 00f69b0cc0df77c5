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
