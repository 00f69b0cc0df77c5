import type { Limits } from "../config.js";
import type { Database, StatementCounter } from "../db/database.js";
import type { Logger } from "../logger.js";
import { ActorRepository } from "../actors/actor.repository.js";
import { createActorLoaders } from "../actors/actor.loaders.js";

/** Everything a resolver may use, built fresh for every request (loaders must not be shared). */
export interface GraphQLContext {
  limits: Limits;
  log: Logger;
  counter: StatementCounter;
  actors: ActorRepository;
  loaders: ReturnType<typeof createActorLoaders>;
}

export interface ContextDeps {
  db: Database;
  limits: Limits;
  log: Logger;
}

export function createContext(deps: ContextDeps, operation?: string): GraphQLContext {
  const counter: StatementCounter = { statements: 0 };
  const opts = { counter, operation };
  const actors = new ActorRepository(deps.db, opts);
  return {
    limits: deps.limits,
    log: deps.log,
    counter,
    actors,
    loaders: { ...createActorLoaders(actors) },
  };
}
