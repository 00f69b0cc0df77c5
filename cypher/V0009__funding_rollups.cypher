// Funding rollups (src/funding/rollups.cypher.ts): one row per grouping value, currency and
// status. Writers MERGE rows by key, so the key is unique; summaries read one grouping's rows.
CREATE CONSTRAINT funding_rollup_key IF NOT EXISTS FOR (r:FundingRollup) REQUIRE r.key IS UNIQUE;
CREATE INDEX funding_rollup_dim IF NOT EXISTS FOR (r:FundingRollup) ON (r.dim);
CREATE CONSTRAINT rollup_state_id IF NOT EXISTS FOR (s:RollupState) REQUIRE s.id IS UNIQUE;
