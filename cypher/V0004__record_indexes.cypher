// Lookups behind funding filters and per-actor connections.
CREATE INDEX funding_flow_payer IF NOT EXISTS FOR (n:FundingFlow) ON (n.payerId);
CREATE INDEX funding_flow_recipient IF NOT EXISTS FOR (n:FundingFlow) ON (n.recipientId);
CREATE INDEX funding_flow_effective_year IF NOT EXISTS FOR (n:FundingFlow) ON (n.year);
CREATE INDEX relation_subject IF NOT EXISTS FOR (n:Relation) ON (n.subjectId);
CREATE INDEX relation_object IF NOT EXISTS FOR (n:Relation) ON (n.objectId);
