import type { RequestContext } from "../graphql/request-context.js";
import type { EvidenceLoaders } from "./evidence.loaders.js";
import type { EvidenceRepository } from "./evidence.repository.js";

export type EvidenceContext = RequestContext & { evidence: EvidenceRepository; loaders: EvidenceLoaders };
