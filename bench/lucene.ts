import { luceneQuery } from "../src/graph/graph.repository.js";

// The floor sends Lucene the same query text this server builds for "samhandling kommune".
export const ACTOR_SEARCH_LUCENE = luceneQuery("samhandling kommune")!;
