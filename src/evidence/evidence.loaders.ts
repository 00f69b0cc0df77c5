import DataLoader from "dataloader";
import type { EvidenceModel, SourceModel } from "./evidence.model.js";
import type { EvidenceRepository } from "./evidence.repository.js";

export function createEvidenceLoaders(repo: EvidenceRepository) {
  return {
    sourceById: new DataLoader<string, SourceModel | null>((ids) => repo.sourcesByIds(ids)),
    sourceTextById: new DataLoader<string, string | null>((ids) => repo.textsByIds(ids)),
    evidenceByRecordId: new DataLoader<string, EvidenceModel[]>((ids) => repo.evidenceByRecordIds(ids)),
  };
}

export type EvidenceLoaders = ReturnType<typeof createEvidenceLoaders>;
