/** A node as every export format receives it. */
export interface ExportNode {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  country: string;
  officialIdScheme: string | null;
  officialId: string | null;
  validFrom: string | null;
  validTo: string | null;
}

/** An edge as every export format receives it: a relation or funding record between two nodes. */
export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  category: string;
  validFrom: string | null;
  validTo: string | null;
  amount: string | null;
  currency: string | null;
  year: number | null;
  status: string | null;
  role: string | null;
  sourceIds: string[];
  quotes: string[];
}

export interface ManifestSource {
  id: string;
  title: string;
  publisher: string | null;
  published: string | null;
  url: string | null;
  licence: string | null;
}

export interface Manifest {
  generator: string;
  generatedAt: string;
  dataVersion: string;
  query: unknown;
  asOf: string | null;
  counts: { nodes: number; edges: number };
  sources: ManifestSource[];
  licence: string;
}

export interface ExportInput {
  manifest: Manifest;
  nodes: AsyncIterable<ExportNode>;
  edges: AsyncIterable<ExportEdge>;
}

/** Where a format writes: awaits the consumer when it is slow (back-pressure). */
export interface Sink {
  write(text: string): Promise<void>;
}
