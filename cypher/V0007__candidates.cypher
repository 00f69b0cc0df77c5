// Extracted candidates waiting for review: one id each, listed by source.
CREATE CONSTRAINT candidate_id IF NOT EXISTS FOR (n:Candidate) REQUIRE n.id IS UNIQUE;
CREATE INDEX candidate_source IF NOT EXISTS FOR (n:Candidate) ON (n.sourceId, n.seq);
