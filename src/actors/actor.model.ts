import type { ActorKind, Country, DatePrecision } from "../graphql/generated/types.js";
import type { ConnectionModel } from "../graphql/pagination.js";

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
