// Range indexes behind the filters and keyset orderings the API offers.
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX actor_kind_name IF NOT EXISTS FOR (n:Actor) ON (n.kind, n.name);
CREATE INDEX actor_official_id IF NOT EXISTS FOR (n:Actor) ON (n.officialId);
CREATE INDEX funding_flow_year IF NOT EXISTS FOR (n:FundingFlow) ON (n.fiscalYear);
CREATE INDEX relation_type IF NOT EXISTS FOR (n:Relation) ON (n.type);
