import { ConcurrencyGate, WorkBudget } from "../graphql/graph-work.js";
import type { Limits } from "../config.js";
import type { Principal } from "../auth/api-keys.js";
import type { Database, StatementCounter } from "../db/database.js";
import type { Logger } from "../logger.js";
import type { RequestContext } from "../graphql/request-context.js";
import { ActorRepository } from "../actors/actor.repository.js";
import type { ActorContext } from "../actors/actor.context.js";
import { EvidenceRepository } from "../evidence/evidence.repository.js";
import type { EvidenceContext } from "../evidence/evidence.context.js";
import { FundingRepository } from "../funding/funding.repository.js";
import type { FundingContext } from "../funding/funding.context.js";
import { fundingReadAhead } from "../funding/funding.resolvers.js";
import { RelationRepository } from "../relations/relation.repository.js";
import type { RelationContext } from "../relations/relation.context.js";
import { GraphRepository } from "../graph/graph.repository.js";
import { recordsReadAhead } from "../graph/graph.resolvers.js";
import type { GraphContext } from "../graph/graph.context.js";
import { createLoaders, type Loaders } from "./lazy-loaders.js";

/** Everything a resolver may use: every domain's context in one, built fresh for every request (loaders must not be shared). */
export type GraphQLContext = RequestContext & ActorContext & EvidenceContext & FundingContext & RelationContext & GraphContext & { loaders: Loaders };

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
  const queryOptions = { counter, operation };
  const actors = new ActorRepository(deps.db, queryOptions);
  const evidence = new EvidenceRepository(deps.db, queryOptions);
  const funding = new FundingRepository(deps.db, queryOptions);
  const relations = new RelationRepository(deps.db, queryOptions);
  const graph = new GraphRepository(deps.db, queryOptions);
  const ctx: GraphQLContext = {
    db: deps.db,
    dataDir: deps.dataDir,
    principal: deps.principal ?? null,
    limits: deps.limits,
    log: deps.log,
    counter,
    queryOptions,
    actors,
    evidence,
    funding,
    relations,
    graph,
    loaders: createLoaders({ actors, evidence, funding, relations, graph }),
    // The domains whose lists can ride on an actor page's statement (see NestedRead).
    actorListReadAhead: [(info, nodePath) => fundingReadAhead(info, nodePath, ctx)],
    // And on a source's (Query.source).
    sourceReadAhead: [(info, sourceId) => recordsReadAhead(info, sourceId, ctx)],
    work: new WorkBudget(),
    traversal: (work) => (deps.gate ? deps.gate.run(deps.client ?? "anonymous", work) : work()),
  };
  return ctx;
}
