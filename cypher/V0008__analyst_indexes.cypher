// A funding page ordered by amount reads the flows in index order and stops after the page.
CREATE INDEX funding_flow_amount IF NOT EXISTS FOR (n:FundingFlow) ON (n.amount);

// changes(during) finds the days records began and ended through these, not by reading every record.
CREATE INDEX actor_valid_from IF NOT EXISTS FOR (n:Actor) ON (n.validFrom);
CREATE INDEX actor_valid_to IF NOT EXISTS FOR (n:Actor) ON (n.validTo);
CREATE INDEX relation_valid_from IF NOT EXISTS FOR (n:Relation) ON (n.validFrom);
CREATE INDEX relation_valid_to IF NOT EXISTS FOR (n:Relation) ON (n.validTo);
