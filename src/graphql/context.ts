import { ConcurrencyGate, WorkBudget } from "./graph-work.js";
import type { Limits } from "../config.js";
import type { Principal } from "../auth/api-keys.js";
import type { Database, StatementCounter } from "../db/database.js";
import type { Logger } from "../logger.js";
import { ActorRepository } from "../actors/actor.repository.js";
import { EvidenceRepository } from "../evidence/evidence.repository.js";
import { FundingRepository } from "../funding/funding.repository.js";
import { RelationRepository } from "../relations/relation.repository.js";
import { GraphRepository } from "../graph/graph.repository.js";
import { createLoaders, type Loaders } from "./lazy-loaders.js";

/** Everything a resolver may use, built fresh for every request (loaders must not be shared). */
export interface GraphQLContext {
  limits: Limits;
  /** For the export and write services, which run their own statements. */
  db: Database;
  dataDir: string;
  /** The API key's holder; null for anonymous (read-only) requests. */
  principal: Principal | null;
  log: Logger;
  counter: StatementCounter;
  actors: ActorRepository;
  evidence: EvidenceRepository;
  funding: FundingRepository;
  relations: RelationRepository;
  graph: GraphRepository;
  loaders: Loaders;
  /** Graph work this request has asked for (see graph-work.ts). */
  work: WorkBudget;
  /** Runs a traversal under the client's concurrency cap. */
  traversal: <T>(work: () => Promise<T>) => Promise<T>;
}

export interface ContextDeps {
  db: Database;
  limits: Limits;
  log: Logger;
  dataDir: string;
  principal?: Principal | null;
  /** Who the request counts against (a key's name or an address), for the traversal cap. */
  client?: string;
  gate?: ConcurrencyGate;
}

export function createContext(deps: ContextDeps, operation?: string): GraphQLContext {
  const counter: StatementCounter = { statements: 0 };
  const opts = { counter, operation };
  const actors = new ActorRepository(deps.db, opts);
  const evidence = new EvidenceRepository(deps.db, opts);
  const funding = new FundingRepository(deps.db, opts);
  const relations = new RelationRepository(deps.db, opts);
  return {
    db: deps.db,
    dataDir: deps.dataDir,
    principal: deps.principal ?? null,
    limits: deps.limits,
    log: deps.log,
    counter,
    actors,
    evidence,
    funding,
    relations,
    graph: new GraphRepository(deps.db, opts),
    loaders: createLoaders({ actors, evidence, funding, relations }),
    work: new WorkBudget(),
    traversal: (work) => (deps.gate ? deps.gate.run(deps.client ?? "anonymous", work) : work()),
  };
}
