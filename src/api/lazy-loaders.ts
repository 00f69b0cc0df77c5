import { createActorLoaders } from "../actors/actor.loaders.js";
import type { ActorRepository } from "../actors/actor.repository.js";
import { createEvidenceLoaders } from "../evidence/evidence.loaders.js";
import type { EvidenceRepository } from "../evidence/evidence.repository.js";
import { createFundingLoaders } from "../funding/funding.loaders.js";
import type { FundingRepository } from "../funding/funding.repository.js";
import { createRelationLoaders } from "../relations/relation.loaders.js";
import { createGraphLoaders } from "../graph/graph.loaders.js";
import type { GraphRepository } from "../graph/graph.repository.js";
import type { RelationRepository } from "../relations/relation.repository.js";

export interface LoaderRepositories {
  actors: ActorRepository;
  evidence: EvidenceRepository;
  funding: FundingRepository;
  relations: RelationRepository;
  graph: GraphRepository;
}

export type Loaders = ReturnType<typeof createActorLoaders> &
  ReturnType<typeof createEvidenceLoaders> &
  ReturnType<typeof createFundingLoaders> &
  ReturnType<typeof createRelationLoaders> &
  ReturnType<typeof createGraphLoaders>;

const GROUPS: ((r: LoaderRepositories) => object)[] = [
  (r) => createActorLoaders(r.actors),
  (r) => createEvidenceLoaders(r.evidence),
  (r) => createFundingLoaders(r.funding),
  (r) => createRelationLoaders(r.relations),
  (r) => createGraphLoaders(r.graph),
];

/**
 * A request's loaders, each domain's made on first use. Most requests touch one or two
 * domains, and building every domain's loaders for every request was the largest cost of
 * this server's own code on a small lookup.
 */
class LazyLoaders {
  readonly made: (object | undefined)[] = [];
  constructor(readonly repos: LoaderRepositories) {}
}

// The names each group hands out, read once from a group built without repositories (a
// loader calls its repository only when it loads).
GROUPS.forEach((make, i) => {
  for (const name of Object.keys(make({} as LoaderRepositories))) {
    Object.defineProperty(LazyLoaders.prototype, name, {
      get(this: LazyLoaders) {
        const group = (this.made[i] ??= make(this.repos)) as Record<string, unknown>;
        return group[name];
      },
    });
  }
});

export function createLoaders(repos: LoaderRepositories): Loaders {
  return new LazyLoaders(repos) as unknown as Loaders;
}
