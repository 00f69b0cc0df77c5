import type { Batch } from "../ingest/facts.js";
import { readAll } from "../ingest/load.js";
import { Gazetteer, type KnownActor } from "./gazetteer.js";

/**
 * The gazetteer of the graph as the data folder defines it: the same actors `db:load` writes,
 * read without a database, so the CLI extracts offline and in well under a second.
 */
export function gazetteerFromData(dataDir: string): Gazetteer {
  return gazetteerFromBatches(readAll(dataDir).batches);
}

/** The same from batches already read, so a caller that needs them too reads the data once. */
export function gazetteerFromBatches(batches: Batch[]): Gazetteer {
  const actors: KnownActor[] = batches.flatMap((b) => b.actors).map((a) => ({
    id: a.id, name: a.name, kind: a.kind, country: a.country, aliases: a.aliases, validFrom: a.validFrom, validTo: a.validTo, memberKind: a.memberKind ?? null,
  }));
  // A body continued under a new name knows the one it was: a page kept under the new name but
  // dated before it names the body as it then was.
  const byId = new Map(actors.map((a) => [a.id, a]));
  for (const r of batches.flatMap((b) => b.relations)) {
    if (r.type !== "SUCCEEDED_BY" || r.role !== "rename") continue;
    const [before, after] = [byId.get(r.subjectId), byId.get(r.objectId)];
    if (before && after) after.renamedFrom = before;
  }
  return new Gazetteer(actors);
}
