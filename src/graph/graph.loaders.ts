import DataLoader from "dataloader";
import type { RecordRef } from "./graph.model.js";
import type { GraphRepository, RecordsOfSourceKey } from "./graph.repository.js";

export function createGraphLoaders(repo: GraphRepository) {
  return {
    /** Source.records for every source of a list in one statement. */
    recordsOfSource: new DataLoader<RecordsOfSourceKey, { total: number; records: RecordRef[] }, string>((keys) => repo.recordsOfSources(keys), { cacheKeyFn: (k) => k.key }),
  };
}

export type GraphLoaders = ReturnType<typeof createGraphLoaders>;
