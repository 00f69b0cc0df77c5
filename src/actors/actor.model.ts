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

export function toActorModel(row: Record<string, unknown>): ActorModel {
  return {
    id: row.id as string,
    kind: row.kind as ActorKind,
    name: row.name as string,
    aliases: (row.aliases as string[] | null) ?? [],
    country: row.country as Country,
    officialIdScheme: (row.officialIdScheme as string | null) ?? null,
    officialId: (row.officialId as string | null) ?? null,
    validFrom: (row.validFrom as string | null) ?? null,
    validFromPrecision: (row.validFromPrecision as DatePrecision | null) ?? null,
    validTo: (row.validTo as string | null) ?? null,
    validToPrecision: (row.validToPrecision as DatePrecision | null) ?? null,
    validityNote: (row.validityNote as string | null) ?? null,
    number: (row.number as string | null) ?? null,
    description: (row.description as string | null) ?? null,
    memberKind: (row.memberKind as ActorKind | null) ?? null,
  };
}

/**
 * An actor read as a tuple (tupleProjection) as the model, exactly as
 * toActorModel(fromTuple(projection, tuple)) would make it but without the map in between:
 * a page of 50 actors with five flows each reads 300 of them.
 */
export function actorFromTuple(projection: Projection, tuple: readonly unknown[]): ActorModel {
  const a: ActorModel = {
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
  const props = projection.props;
  const out = a as unknown as Record<string, unknown>;
  for (let i = 0; i < props.length; i++) {
    const p = props[i]!;
    const v = tuple[i];
    // As toActorModel: the four required fields as stored, the rest null (aliases empty) when unset.
    if (v !== null && v !== undefined) out[p] = v;
    else if (p === "id" || p === "kind" || p === "name" || p === "country") out[p] = v;
  }
  return a;
}
