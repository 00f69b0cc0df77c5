import type { ExportInput, Sink } from "../export.model.js";
import { writeDataPackage, writeEdgesCsv, writeManifest, writeNodesCsv } from "./csv.js";
import { writeGexf } from "./gexf.js";
import { writeGraphml } from "./graphml.js";
import { writeCytoscape, writeGraphology, writeJgf } from "./json-formats.js";
import { writeNeo4jAdminNodes, writeNeo4jAdminRelationships } from "./neo4j-admin.js";

export interface Format {
  /** The name used in the URL path, the CLI and GraphQL (upper-cased with _ there). */
  name: string;
  contentType: string;
  fileName: string;
  write(input: ExportInput, out: Sink): Promise<void>;
}

export const FORMATS: Format[] = [
  { name: "graphml", contentType: "application/graphml+xml; charset=utf-8", fileName: "subgraph.graphml", write: writeGraphml },
  { name: "gexf", contentType: "application/gexf+xml; charset=utf-8", fileName: "subgraph.gexf", write: writeGexf },
  { name: "jgf", contentType: "application/vnd.jgf+json; charset=utf-8", fileName: "subgraph.jgf.json", write: writeJgf },
  { name: "cytoscape", contentType: "application/vnd.cytoscape+json; charset=utf-8", fileName: "subgraph.cyjs", write: writeCytoscape },
  { name: "graphology", contentType: "application/vnd.graphology+json; charset=utf-8", fileName: "subgraph.graphology.json", write: writeGraphology },
  { name: "csv-nodes", contentType: "text/csv; charset=utf-8", fileName: "nodes.csv", write: writeNodesCsv },
  { name: "csv-edges", contentType: "text/csv; charset=utf-8", fileName: "edges.csv", write: writeEdgesCsv },
  { name: "datapackage", contentType: "application/json; charset=utf-8", fileName: "datapackage.json", write: writeDataPackage },
  { name: "neo4j-admin-nodes", contentType: "text/csv; charset=utf-8", fileName: "actors.neo4j-admin.csv", write: writeNeo4jAdminNodes },
  { name: "neo4j-admin-relationships", contentType: "text/csv; charset=utf-8", fileName: "relationships.neo4j-admin.csv", write: writeNeo4jAdminRelationships },
  { name: "manifest", contentType: "application/json; charset=utf-8", fileName: "manifest.json", write: writeManifest },
];

/** Formats that are several files; the CLI writes them together into a folder. */
export const BUNDLES: Record<string, string[]> = {
  csv: ["csv-nodes", "csv-edges", "datapackage", "manifest"],
  "neo4j-admin": ["neo4j-admin-nodes", "neo4j-admin-relationships", "manifest"],
};

export function formatByName(name: string): Format | undefined {
  return FORMATS.find((f) => f.name === name);
}

/** Picks a format from an Accept header, for GET /export with no format in the path. */
export function formatByAccept(accept: string | undefined): Format | undefined {
  if (!accept) return undefined;
  for (const part of accept.split(",")) {
    const type = part.split(";")[0]!.trim();
    const f = FORMATS.find((x) => x.contentType.split(";")[0] === type);
    if (f) return f;
  }
  return undefined;
}
