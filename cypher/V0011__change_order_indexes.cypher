// A page of changes(during) reads each side's rows in (date, id) order and stops after the page,
// instead of reading and sorting every record that began or ended in the range (graph.cypher.ts).
CREATE INDEX actor_valid_from_id IF NOT EXISTS FOR (n:Actor) ON (n.validFrom, n.id);
CREATE INDEX actor_valid_to_id IF NOT EXISTS FOR (n:Actor) ON (n.validTo, n.id);
CREATE INDEX relation_valid_from_id IF NOT EXISTS FOR (n:Relation) ON (n.validFrom, n.id);
CREATE INDEX relation_valid_to_id IF NOT EXISTS FOR (n:Relation) ON (n.validTo, n.id);
