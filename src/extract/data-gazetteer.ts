import { readAll } from "../ingest/load.js";
import { Gazetteer, type KnownActor } from "./gazetteer.js";

/**
 * The gazetteer of the graph as the data folder defines it: the same actors `db:load` writes,
 * read without a database, so the CLI extracts offline and in well under a second.
 */
export function gazetteerFromData(dataDir: string): Gazetteer {
  const actors: KnownActor[] = readAll(dataDir).batches.flatMap((b) => b.actors).map((a) => ({
    id: a.id, name: a.name, kind: a.kind, country: a.country, aliases: a.aliases, validFrom: a.validFrom, validTo: a.validTo,
  }));
  return new Gazetteer(actors);
}
