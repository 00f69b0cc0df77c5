import type { Limits } from "../config.js";
import type { Principal } from "../auth/api-keys.js";
import type { Database, QueryOptions, StatementCounter } from "../db/database.js";
import type { Logger } from "../logger.js";
import type { WorkBudget } from "./graph-work.js";

/**
 * What every resolver may use, whatever its domain. Each domain extends it with its own
 * repositories and loaders (e.g. FundingContext), and the wiring (src/api/context.ts) builds
 * one object that is all of them, fresh for every request.
 */
export interface RequestContext {
  limits: Limits;
  db: Database;
  dataDir: string;
  /** The API key's holder; null for anonymous (read-only) requests. */
  principal: Principal | null;
  log: Logger;
  counter: StatementCounter;
  /** What every statement of this request runs with: counted, named after the operation. */
  queryOptions: QueryOptions;
  /** Graph work this request has asked for (see graph-work.ts). */
  work: WorkBudget;
  /** Runs a traversal under the client's concurrency cap. */
  traversal: <T>(work: () => Promise<T>) => Promise<T>;
}
