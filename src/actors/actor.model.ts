import type { ActorKind, Country, DatePrecision } from "../graphql/generated/types.js";
import type { ConnectionModel } from "../graphql/pagination.js";
import type { Projection } from "../db/projection.js";

/** An actor as stored on its (:Actor) node; the codegen mapper for every Actor type. */
export interface ActorModel {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  country: Country;
  officialIdScheme: string | null;
  officialId: string | null;
  validFrom: string | null;
  validFromPrecision: DatePrecision | null;
  validTo: string | null;
  validToPrecision: DatePrecision | null;
  validityNote: string | null;
  /** Municipality number (municipalities only). */
  number: string | null;
  description: string | null;
  /** For collectives standing for every actor of a kind (the municipalities). */
  memberKind: ActorKind | null;
}

export type ValidityModel = Pick<ActorModel, "validFrom" | "validFromPrecision" | "validTo" | "validToPrecision"> & { note: string | null };

export type ActorConnectionModel = ConnectionModel<ActorModel>;

/** Which GraphQL object type presents an actor of a given kind. */
export function actorTypeName(kind: ActorKind): "Organisation" | "Person" | "Municipality" | "Territory" | "Collective" {
  switch (kind) {
    case "PERSON":
      return "Person";
    case "MUNICIPALITY":
      return "Municipality";
    case "COUNTY":
    case "REGION":
      return "Territory";
    case "GROUP":
    case "POOL":
      return "Collective";
    default:
      return "Organisation";
  }
}

/** Neo4j label carried beside :Actor, one per kind, so traversals can filter by label. */
export const KIND_LABEL: Record<ActorKind, string> = {
  MINISTRY: "Ministry",
  PERSON: "Person",
  DIRECTORATE: "Directorate",
  MUNICIPAL_ASSOCIATION: "MunicipalAssociation",
  REGIONAL_HEALTH_TRUST: "RegionalHealthTrust",
  HEALTH_TRUST: "HealthTrust",
  COUNTY_GOVERNOR: "CountyGovernor",
  COUNTY: "County",
  REGION: "Region",
  MUNICIPALITY: "Municipality",
  BODY: "Body",
  ORGANISATION: "Organisation",
  GROUP: "Group",
  POOL: "Pool",
};

/** An actor with nothing read: the required fields unset, the others null, no aliases. */
function blankActor(): ActorModel {
  return {
    id: undefined as unknown as string,
    kind: undefined as unknown as ActorKind,
    name: undefined as unknown as string,
    aliases: [],
    country: undefined as unknown as Country,
    officialIdScheme: null,
    officialId: null,
    validFrom: null,
    validFromPrecision: null,
    validTo: null,
    validToPrecision: null,
    validityNote: null,
    number: null,
    description: null,
    memberKind: null,
  };
}

const ACTOR_FIELDS = Object.keys(blankActor()) as (keyof ActorModel)[];
const REQUIRED: ReadonlySet<string> = new Set(["id", "kind", "name", "country"]);

/** Sets one stored property: the required fields as stored, the others only when set (else their blank). */
function put(actor: ActorModel, field: string, value: unknown): void {
  if ((value !== null && value !== undefined) || REQUIRED.has(field)) (actor as unknown as Record<string, unknown>)[field] = value;
}

/** An actor read as a map of its stored properties (the model's fields; anything else is ignored). */
export function toActorModel(row: Record<string, unknown>): ActorModel {
  const a = blankActor();
  for (const field of ACTOR_FIELDS) put(a, field, row[field]);
  return a;
}

/**
 * An actor read as a tuple (tupleProjection), made without the map fromTuple would build in
 * between: a page of 50 actors with five flows each reads 300 of them.
 */
export function actorFromTuple(projection: Projection, tuple: readonly unknown[]): ActorModel {
  const a = blankActor();
  const props = projection.props;
  for (let i = 0; i < props.length; i++) put(a, props[i]!, tuple[i]);
  return a;
}
