// A file load removes the records the file no longer holds, and moves their flows out of the
// rollups, by these indexes: without them every load read every node of the graph once per
// file (ingest.cypher.ts removeStale, rollups.cypher.ts touchedFlows).
CREATE INDEX actor_loaded_from IF NOT EXISTS FOR (n:Actor) ON (n.loadedFrom);
CREATE INDEX funding_flow_loaded_from IF NOT EXISTS FOR (n:FundingFlow) ON (n.loadedFrom);
CREATE INDEX relation_loaded_from IF NOT EXISTS FOR (n:Relation) ON (n.loadedFrom);
CREATE INDEX source_loaded_from IF NOT EXISTS FOR (n:Source) ON (n.loadedFrom);
CREATE INDEX programme_loaded_from IF NOT EXISTS FOR (n:Programme) ON (n.loadedFrom);
