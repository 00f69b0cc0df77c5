import DataLoader from "dataloader";
import type { RecordModel } from "./graph.model.js";
import type { GraphRepository, RecordsOfSourceKey } from "./graph.repository.js";

export function createGraphLoaders(repo: GraphRepository) {
  return {
    /** Source.records for every source of a list in one statement. */
    recordsOfSource: new DataLoader<RecordsOfSourceKey, { total: number; records: RecordModel[] }, string>((keys) => repo.recordsOfSources(keys), { cacheKeyFn: (k) => k.key }),
  };
}

export type GraphLoaders = ReturnType<typeof createGraphLoaders>;
