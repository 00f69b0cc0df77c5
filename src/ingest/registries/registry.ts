import type { Batch, DataError } from "../facts.js";

/** What a registry importer reads: its batch, and what its cross-checks found wrong, file and line. */
export interface RegistryResult {
  batch: Batch;
  errors: DataError[];
}
