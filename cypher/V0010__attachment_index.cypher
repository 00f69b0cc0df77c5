// A file load takes away the evidence its last load attached to other records by this index,
// not by reading every CITES relationship (ingest.cypher.ts, removeAttachments).
CREATE INDEX cites_attached_by IF NOT EXISTS FOR ()-[c:CITES]-() ON (c.attachedBy);
