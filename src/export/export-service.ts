import type { Database, QueryOptions } from "../db/database.js";
import type { Limits } from "../config.js";
import { EvidenceRepository } from "../evidence/evidence.repository.js";
import { GraphRepository } from "../graph/graph.repository.js";
import { ExportRepository } from "./export.repository.js";
import type { ExportEdge, ExportInput, Manifest } from "./export.model.js";
import type { Format } from "./formats/index.js";
import { SpecError, type SubgraphSpec } from "./subgraph.js";
import type { Sink } from "./export.model.js";

export const LICENCE_NOTE =
  "Facts compiled from public sources; each source keeps its own terms (Norwegian government publications: NLOD; " +
  "registry extracts: see data/reference/README.md — GPL-3 (FHIDATA), CC BY 4.0 (Brønnøysund via skytilsynet), CC0 (HL7 Denmark), MIT/BSD code-derived lists). " +
  "Cite the sources listed here when you publish.";

export class ExportLimitError extends Error {}

export interface PreparedExport {
  manifest: Manifest;
  /** Fresh iterables on every call: a bundle writes several files from one preparation. */
  input(onEdge?: (count: number) => void): ExportInput;
}

/** Turns a subgraph definition into a manifest and streams of nodes and edges. */
export class ExportService {
  private readonly repo: ExportRepository;

  /** `opts`: the request's or the job's options, which every statement of the export runs with. */
  constructor(private readonly db: Database, private readonly limits: Limits & { maxExportEdges?: number }, private readonly opts: QueryOptions = {}) {
    this.repo = new ExportRepository(db, opts);
  }

  async prepare(spec: SubgraphSpec, opts: { maxEdges?: number; maxSeedNodes?: number } = {}): Promise<PreparedExport> {
    let seedIds: string[] | null = null;
    if (spec.mode === "seeds") {
      const sg = await new GraphRepository(this.db, this.opts).neighbourhood(spec.seeds, spec.depth, spec.asOf, opts.maxSeedNodes ?? this.limits.maxNeighbourhoodNodes, spec.types);
      seedIds = sg.nodes.map((n) => n.id);
      const unknown = spec.seeds.filter((s) => !seedIds!.includes(s));
      if (unknown.length > 0) throw new SpecError(`'seeds' names ${unknown.map((s) => `'${s.slice(0, 80)}'`).join(", ")}, which ${unknown.length === 1 ? "is no actor" : "are no actors"} in the graph.`, "seeds");
    }
    const plan = await this.repo.plan(spec, seedIds);
    const [summary, dataVersion] = await Promise.all([this.repo.summary(plan), this.repo.dataVersion()]);
    if (opts.maxEdges !== undefined && summary.edgeCount > opts.maxEdges) {
      throw new ExportLimitError(`The subgraph has ${summary.edgeCount} edges, above this route's limit of ${opts.maxEdges}; narrow it or use the HTTP download or the CLI.`);
    }
    const sources = (await new EvidenceRepository(this.db, this.opts).sourcesByIds(summary.sourceIds)).filter((s) => s !== null);
    const manifest: Manifest = {
      generator: "samhandling-kg",
      generatedAt: new Date().toISOString(),
      dataVersion,
      query: spec.mode === "seeds" ? { seeds: spec.seeds, depth: spec.depth, types: spec.types, asOf: spec.asOf } : spec.mode === "funding" ? { funding: spec.funding, types: spec.types, asOf: spec.asOf } : { all: true, types: spec.types, asOf: spec.asOf },
      asOf: spec.asOf,
      counts: { nodes: summary.nodeCount, edges: summary.edgeCount },
      sources: sources.map((s) => ({ id: s!.id, title: s!.title, publisher: s!.publisher, published: s!.published, url: s!.url, licence: s!.licence })),
      licence: LICENCE_NOTE,
    };
    const repo = this.repo;
    return {
      manifest,
      input(onEdge) {
        async function* edges(): AsyncGenerator<ExportEdge> {
          let n = 0;
          for await (const e of repo.edges(plan)) {
            n += 1;
            if (onEdge) onEdge(n);
            yield e;
          }
        }
        return { manifest, nodes: repo.nodes(plan), edges: edges() };
      },
    };
  }

  async write(prepared: PreparedExport, format: Format, sink: Sink, onEdge?: (n: number) => void): Promise<void> {
    await format.write(prepared.input(onEdge), sink);
  }
}
