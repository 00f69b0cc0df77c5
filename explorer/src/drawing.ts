import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import type { ExplorerNeighbourhoodQuery } from "./generated/operations.js";
import { kindLabel, money } from "./format.js";

export type Subgraph = ExplorerNeighbourhoodQuery["neighbourhood"];

/** Colours by actor kind; anything unlisted is grey. */
const KIND_COLOURS: Record<string, string> = {
  MINISTRY: "#1f4e79",
  PERSON: "#6a3d9a",
  DIRECTORATE: "#2b7bba",
  MUNICIPAL_ASSOCIATION: "#b15928",
  REGIONAL_HEALTH_TRUST: "#1b9e77",
  HEALTH_TRUST: "#66c2a5",
  COUNTY_GOVERNOR: "#e6ab02",
  COUNTY: "#a6761d",
  REGION: "#a6761d",
  MUNICIPALITY: "#7570b3",
  GROUP: "#999999",
  BODY: "#d95f02",
  ORGANISATION: "#8c564b",
  POOL: "#17becf",
};

/** Edge colour and line by category: governance solid, money thick green, cooperation dashed. */
const CATEGORY_STYLES: Record<string, { color: string; style: "solid" | "dashed" | "dotted"; width: number }> = {
  GOVERNANCE: { color: "#1f4e79", style: "solid", width: 2 },
  FUNDING: { color: "#2e8b57", style: "solid", width: 4 },
  COOPERATION: { color: "#b15928", style: "dashed", width: 2 },
  MEMBERSHIP: { color: "#888888", style: "dotted", width: 1.5 },
  SUCCESSION: { color: "#6a3d9a", style: "dashed", width: 2 },
};

export const kindColour = (kind: string) => KIND_COLOURS[kind] ?? "#777777";
export const categoryStyle = (category: string) => CATEGORY_STYLES[category] ?? { color: "#777777", style: "solid" as const, width: 1.5 };

export interface DrawingEvents {
  /** A node was clicked: re-centre on it. */
  open(actorId: string): void;
  /** An edge was clicked: show its record. */
  select(recordId: string): void;
  /** The pointer rests on a node (null when it leaves). */
  hover(node: { id: string; name: string; kind: string; x: number; y: number } | null): void;
}

/** The label an edge carries in the drawing and in the text list. */
export function edgeLabel(edge: Subgraph["edges"][number]): string {
  return edge.amount ? `${edge.type} ${money(edge.amount.value, edge.amount.currency)}` : edge.type;
}

/** Hops from the centre, so rings of the concentric layout are hop distances. */
function distances(graph: Subgraph, centre: string): Map<string, number> {
  const next = new Map<string, string[]>();
  const link = (a: string, b: string) => (next.get(a) ?? next.set(a, []).get(a)!).push(b);
  for (const e of graph.edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const dist = new Map([[centre, 0]]);
  let frontier = [centre];
  while (frontier.length) {
    const after: string[] = [];
    for (const id of frontier) for (const n of next.get(id) ?? []) if (!dist.has(n)) { dist.set(n, dist.get(id)! + 1); after.push(n); }
    frontier = after;
  }
  return dist;
}

/**
 * Cytoscape.js on a canvas: it draws a few hundred nodes without WebGL (headless and older
 * machines have none), and its concentric layout places rings by hop distance in one pass,
 * where force layouts would spend most of the first second iterating.
 */
export class Drawing {
  private cy: Core | null = null;

  constructor(private readonly container: HTMLElement, private readonly events: DrawingEvents) {}

  show(graph: Subgraph, centre: string): Promise<void> {
    const dist = distances(graph, centre);
    const elements: ElementDefinition[] = [
      ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.name, kind: n.kind, ring: 10 - (dist.get(n.id) ?? 4), centre: n.id === centre ? 1 : 0 } })),
      // Several edges may project one record (both directions of a derived membership): element ids stay unique.
      ...graph.edges.map((e, i) => ({ data: { id: `edge-${i}`, record: e.id, source: e.source, target: e.target, label: edgeLabel(e), category: e.category, type: e.type } })),
    ];
    this.cy?.destroy();
    const cy = cytoscape({
      container: this.container,
      elements,
      minZoom: 0.1,
      maxZoom: 4,
      style: [
        {
          selector: "node",
          style: {
            "background-color": (n: cytoscape.NodeSingular) => kindColour(n.data("kind")),
            label: graph.nodes.length > 80 ? "" : "data(label)",
            "font-size": 9,
            "text-wrap": "wrap",
            "text-max-width": "110px",
            "text-valign": "bottom",
            "text-margin-y": 3,
            width: 16,
            height: 16,
          },
        },
        { selector: "node[centre = 1]", style: { width: 30, height: 30, label: "data(label)", "font-size": 13, "font-weight": "bold", "border-width": 3, "border-color": "#222" } },
        {
          selector: "edge",
          style: {
            width: (e: cytoscape.EdgeSingular) => categoryStyle(e.data("category")).width,
            "line-color": (e: cytoscape.EdgeSingular) => categoryStyle(e.data("category")).color,
            "line-style": (e: cytoscape.EdgeSingular) => categoryStyle(e.data("category")).style,
            "target-arrow-color": (e: cytoscape.EdgeSingular) => categoryStyle(e.data("category")).color,
            "target-arrow-shape": "triangle",
            "curve-style": "bezier",
            label: graph.edges.length > 60 ? "" : "data(label)",
            "font-size": 8,
            "text-rotation": "autorotate",
            "text-background-color": "#fff",
            "text-background-opacity": 0.8,
          },
        },
        { selector: "edge:selected", style: { "line-color": "#d62728", "target-arrow-color": "#d62728", width: 5 } },
      ],
      // Rings by hop distance; small drawings get room for their labels.
      layout: { name: "concentric", concentric: (n: cytoscape.NodeSingular) => n.data("ring"), levelWidth: () => 1, minNodeSpacing: graph.nodes.length > 80 ? 8 : 60, spacingFactor: graph.nodes.length > 80 ? 1 : 1.4, padding: 20, animate: false },
    });
    this.cy = cy;
    cy.on("tap", "node", (evt) => this.events.open(evt.target.id()));
    cy.on("tap", "edge", (evt) => this.events.select(evt.target.data("record")));
    cy.on("mouseover", "node", (evt) => {
      const p = evt.target.renderedPosition();
      this.events.hover({ id: evt.target.id(), name: evt.target.data("label"), kind: kindLabel(evt.target.data("kind")), x: p.x, y: p.y });
    });
    cy.on("mouseout", "node", () => this.events.hover(null));
    // Resolves once the first frame with these elements is on the canvas.
    return new Promise((resolve) => {
      cy.one("render", () => resolve());
      cy.forceRender();
    });
  }

  /** Marks the record's edges as selected. */
  highlight(recordId: string | null): void {
    if (!this.cy) return;
    this.cy.edges().unselect();
    if (recordId) this.cy.edges().filter((e) => e.data("record") === recordId).select();
  }

  /** Where a record's edge is drawn, in page coordinates: for tests and for keyboard focus rings. */
  edgeMidpoint(recordId: string): { x: number; y: number } | null {
    const edges = this.cy?.edges().filter((e) => e.data("record") === recordId);
    if (!edges || edges.empty()) return null;
    const edge = edges[0]!;
    const box = this.container.getBoundingClientRect();
    const p = edge.renderedMidpoint();
    return { x: box.left + p.x, y: box.top + p.y };
  }

  nodeIds(): string[] {
    return this.cy?.nodes().map((n) => n.id()) ?? [];
  }

  counts(): { nodes: number; edges: number } {
    return { nodes: this.cy?.nodes().length ?? 0, edges: this.cy?.edges().length ?? 0 };
  }
}
