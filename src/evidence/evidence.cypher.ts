import { actorOrRecordById } from "../db/cypher-fragments.js";
import { mapProjection, type Projection } from "../db/projection.js";
import { sourceProjection } from "./evidence.projection.js";

/**
 * A source's fields except its stored text: a document's whole text travels only when
 * `Source.text` is selected (sourceTextsByIds), not with every list of sources or a manifest.
 */
const SOURCE_FIELDS = mapProjection("s", sourceProjection.all);

export const allSources = /* cypher */ `
MATCH (s:Source) RETURN ${SOURCE_FIELDS} AS source ORDER BY s.id`;

export const sourcesByIds = /* cypher */ `
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN ${SOURCE_FIELDS} AS source`;

/** The stored texts of these sources (null for a source without one), for `Source.text`. */
export const sourceTextsByIds = /* cypher */ `
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id, s.text AS text`;

/**
 * One source, as far as `projection` reads it, and in the same statement another domain's
 * read on it (`nested`: a CALL body on \`s\` returning \`items\`).
 */
export const sourceWith = (nested: string, projection: Projection) => /* cypher */ `
MATCH (s:Source {id: $id})
CALL (s) {${nested}
}
RETURN ${mapProjection("s", projection)} AS source, items`;

/** Evidence of actors and records, found through each label's id constraint. */
export const evidenceByRecordIds = /* cypher */ `
UNWIND $ids AS id
${actorOrRecordById("id", "id")}
MATCH (n)-[c:CITES]->(s:Source)
WITH id, c, s ORDER BY s.id, c.locator, c.quote
RETURN id, collect({quote: c.quote, locator: c.locator, start: c.start, end: c.end, line: c.line, sourceId: s.id}) AS evidence`;
