// Filtering actors by kind alone (a page of municipalities) cannot use the composite
// (kind, name) index without a predicate on name; this one serves it.
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
