import crypto from "node:crypto";
import type { Database, Params, QueryOptions } from "../db/database.js";
import * as q from "./export.cypher.js";
import type { ExportEdge, ExportNode } from "./export.model.js";
import type { SubgraphSpec } from "./subgraph.js";

interface Plan {
  nodes: string;
  edges: string;
  params: Params;
}

/** The only code that runs export statements; rows are streamed, never held whole. */
export class ExportRepository {
  private readonly opts: QueryOptions;

  /**
   * `opts`: the request's or the job's options. Without a timeout of their own, exports get
   * 5 minutes: a download of the whole graph is one long read, not a request's query.
   */
  constructor(private readonly db: Database, opts: QueryOptions = {}) {
    this.opts = { operation: "export", ...opts, timeoutMs: opts.timeoutMs ?? 300_000 };
  }

  /** Seeds mode needs its node set first (breadth-first, bounded by depth and a node cap). */
  async plan(spec: SubgraphSpec, seedIds: string[] | null): Promise<Plan> {
    const base = { asOf: spec.asOf, types: spec.types };
    if (spec.mode === "seeds") return { nodes: q.nodesByIds, edges: q.edgesAmongIds(base), params: { ...base, ids: seedIds ?? spec.seeds } };
    if (spec.mode === "funding") {
      const params = { ...base, ...spec.funding };
      return { nodes: q.fundingNodes(params), edges: q.fundingEdges(params), params };
    }
    return { nodes: q.allNodes, edges: q.allEdges(base), params: base };
  }

  async summary(plan: Plan): Promise<{ nodeCount: number; edgeCount: number; sourceIds: string[] }> {
    const [n, e] = await Promise.all([
      this.db.read(q.countNodes(plan.nodes), plan.params, this.opts),
      this.db.read(q.summariseEdges(plan.edges), plan.params, this.opts),
    ]);
    return { nodeCount: n[0]!.nodeCount as number, edgeCount: e[0]!.edgeCount as number, sourceIds: (e[0]!.sourceIds as string[]).sort() };
  }

  async *nodes(plan: Plan): AsyncGenerator<ExportNode> {
    for await (const row of this.db.stream(plan.nodes, plan.params, this.opts)) {
      const n = row.node as ExportNode;
      yield { ...n, aliases: n.aliases ?? [] };
    }
  }

  async *edges(plan: Plan): AsyncGenerator<ExportEdge> {
    for await (const row of this.db.stream(plan.edges, plan.params, this.opts)) {
      yield {
        id: row.id as string,
        source: row.source as string,
        target: row.target as string,
        type: row.type as string,
        category: row.category as string,
        validFrom: (row.validFrom as string | null) ?? null,
        validTo: (row.validTo as string | null) ?? null,
        amount: (row.amount as string | null) ?? null,
        currency: (row.currency as string | null) ?? null,
        year: (row.year as number | null) ?? null,
        status: (row.status as string | null) ?? null,
        role: (row.role as string | null) ?? null,
        sourceIds: (row.sourceIds as string[]) ?? [],
        quotes: (row.quotes as string[]) ?? [],
      };
    }
  }

  /** A short hash of what was loaded (file paths and content hashes). */
  async dataVersion(): Promise<string> {
    const rows = await this.db.read(q.dataVersion, {}, this.opts);
    return crypto.createHash("sha256").update(JSON.stringify(rows)).digest("hex").slice(0, 12);
  }
}
