import type { ExportInput, Sink } from "../export.model.js";
import { csvLine, flat } from "./common.js";

const LABEL: Record<string, string> = {
  MINISTRY: "Ministry", PERSON: "Person", DIRECTORATE: "Directorate", MUNICIPAL_ASSOCIATION: "MunicipalAssociation",
  REGIONAL_HEALTH_TRUST: "RegionalHealthTrust", HEALTH_TRUST: "HealthTrust", COUNTY_GOVERNOR: "CountyGovernor", COUNTY: "County",
  REGION: "Region", MUNICIPALITY: "Municipality", BODY: "Body", ORGANISATION: "Organisation", GROUP: "Group", POOL: "Pool",
};

/** neo4j-admin database import: node file (arrays split on ';', the tool's default). */
export async function writeNeo4jAdminNodes(input: ExportInput, out: Sink): Promise<void> {
  await out.write("id:ID,name,kind,aliases:string[],country,officialIdScheme,officialId,validFrom:date,validTo:date,:LABEL\n");
  for await (const n of input.nodes) {
    const row = [n.id, n.name, n.kind, n.aliases.map((a) => a.replace(/;/g, ",")).join(";"), n.country, n.officialIdScheme, n.officialId, n.validFrom, n.validTo, `Actor;${LABEL[n.kind] ?? "Actor"}`];
    await out.write(csvLine(row));
  }
}

/** neo4j-admin database import: relationship file; quotes are one string joined with ' | '. */
export async function writeNeo4jAdminRelationships(input: ExportInput, out: Sink): Promise<void> {
  await out.write(":START_ID,:END_ID,:TYPE,recordId,category,validFrom:date,validTo:date,amount:long,currency,year:int,status,role,sourceIds:string[],quotes\n");
  for await (const e of input.edges) {
    const row = [e.source, e.target, e.type, e.id, e.category, e.validFrom, e.validTo, e.amount, e.currency, e.year, e.status, e.role, e.sourceIds.join(";"), flat(e.quotes)];
    await out.write(csvLine(row));
  }
}
