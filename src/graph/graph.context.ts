import type { FundingContext } from "../funding/funding.context.js";
import type { RelationContext } from "../relations/relation.context.js";
import type { GraphRepository } from "./graph.repository.js";
import type { GraphLoaders } from "./graph.loaders.js";

/** Paths and neighbourhoods hand out actors, relations, flows and their evidence, through those domains' loaders. */
export type GraphContext = FundingContext & RelationContext & { graph: GraphRepository; loaders: GraphLoaders };
