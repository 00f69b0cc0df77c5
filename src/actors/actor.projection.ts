import { projector } from "../db/projection.js";

/** Every property an (:Actor) node stores for the API, in ActorModel's order. */
export const ACTOR_PROPERTIES = [
  "id", "kind", "name", "aliases", "country", "officialIdScheme", "officialId", "validFrom", "validFromPrecision",
  "validTo", "validToPrecision", "validityNote", "number", "description", "memberKind",
] as const;

const validity = ["validFrom", "validFromPrecision", "validTo", "validToPrecision", "validityNote"];

/**
 * What each Actor field reads. The kind decides the GraphQL type and the name is the page
 * cursor, so both come with every actor; fields that follow the id elsewhere read nothing.
 */
export const actorProjection = projector(ACTOR_PROPERTIES, ["id", "kind", "name"], {
  id: [],
  kind: [],
  name: [],
  aliases: ["aliases"],
  country: ["country"],
  officialId: ["officialIdScheme", "officialId"],
  validity,
  number: ["number", "officialId"],
  description: ["description"],
  memberKind: ["memberKind"],
  evidence: [],
  relations: [],
  fundingReceived: [],
  fundingProvided: [],
  members: [],
  predecessors: [],
  successors: [],
});
