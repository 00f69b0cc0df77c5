import type { GraphQLResolveInfo } from "graphql";
import type { NestedRead } from "../actors/actor.context.js";
import type { RequestContext } from "../graphql/request-context.js";
import type { EvidenceLoaders } from "./evidence.loaders.js";
import type { EvidenceRepository } from "./evidence.repository.js";

export type EvidenceContext = RequestContext & {
  evidence: EvidenceRepository;
  loaders: EvidenceLoaders;
  /**
   * What other domains can read in the statement that reads one source (`Query.source`): each
   * offers a NestedRead whose body is a CALL on the source `s`, or null when the selection has
   * nothing for it. The wiring fills it.
   */
  sourceReadAhead: readonly ((info: GraphQLResolveInfo, sourceId: string) => NestedRead | null)[];
};
