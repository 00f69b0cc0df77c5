import type { ExportInput, Manifest, Sink } from "../export.model.js";
import { csvLine, EDGE_ATTRS, flat, NODE_ATTRS } from "./common.js";

const NODE_COLUMNS = ["id", ...NODE_ATTRS.map((a) => a.name)];
const EDGE_COLUMNS = ["id", "source", "target", ...EDGE_ATTRS.map((a) => a.name)];

export async function writeNodesCsv(input: ExportInput, out: Sink): Promise<void> {
  await out.write(NODE_COLUMNS.join(",") + "\n");
  for await (const n of input.nodes) await out.write(csvLine(NODE_COLUMNS.map((c) => flat(n[c as keyof typeof n]))));
}

export async function writeEdgesCsv(input: ExportInput, out: Sink): Promise<void> {
  await out.write(EDGE_COLUMNS.join(",") + "\n");
  for await (const e of input.edges) await out.write(csvLine(EDGE_COLUMNS.map((c) => flat(e[c as keyof typeof e]))));
}

const FRICTIONLESS_TYPE = { string: "string", long: "integer", int: "integer", date: "date" } as const;

/** Frictionless Data Package describing nodes.csv and edges.csv. */
export function dataPackage(manifest: Manifest): unknown {
  const field = (name: string, type: string, description: string) => ({ name, type, description });
  return {
    profile: "tabular-data-package",
    name: "samhandling-kg-subgraph",
    title: "samhandling-kg subgraph: actors and their funding, governance and cooperation",
    created: manifest.generatedAt,
    version: manifest.dataVersion,
    description: `Exported ${manifest.counts.nodes} nodes and ${manifest.counts.edges} edges. Query: ${JSON.stringify(manifest.query)}`,
    licenses: [{ name: "other-at", title: manifest.licence }],
    sources: manifest.sources.map((s) => ({ title: s.title, path: s.url ?? undefined, publisher: s.publisher ?? undefined })),
    resources: [
      {
        name: "nodes",
        path: "nodes.csv",
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        schema: {
          fields: [field("id", "string", "stable actor id"), ...NODE_ATTRS.map((a) => field(a.name, FRICTIONLESS_TYPE[a.type], a.description))],
          primaryKey: "id",
        },
      },
      {
        name: "edges",
        path: "edges.csv",
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        schema: {
          fields: [
            field("id", "string", "id of the relation or funding record"),
            field("source", "string", "id of the source node"),
            field("target", "string", "id of the target node"),
            ...EDGE_ATTRS.map((a) => field(a.name, FRICTIONLESS_TYPE[a.type], a.description)),
          ],
          primaryKey: "id",
          foreignKeys: [
            { fields: "source", reference: { resource: "nodes", fields: "id" } },
            { fields: "target", reference: { resource: "nodes", fields: "id" } },
          ],
        },
      },
    ],
  };
}

export async function writeDataPackage(input: ExportInput, out: Sink): Promise<void> {
  await out.write(JSON.stringify(dataPackage(input.manifest), null, 2) + "\n");
}

export async function writeManifest(input: ExportInput, out: Sink): Promise<void> {
  await out.write(JSON.stringify(input.manifest, null, 2) + "\n");
}
