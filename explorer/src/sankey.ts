import { sankey, sankeyLinkHorizontal, type SankeyLink as D3Link, type SankeyNode as D3Node } from "d3-sankey";
import { h, svg } from "./dom.js";
import { money } from "./format.js";
import type { SankeyInput, SankeyLink, SankeyNode } from "./money-flows.js";

const WIDTH = 460;

type Node = D3Node<SankeyNode, SankeyLink>;
type Link = D3Link<SankeyNode, SankeyLink>;

/** Draws one diagram with d3-sankey; each link is a button that opens its flow's evidence. */
export function drawSankey(input: SankeyInput, onSelect: (flowId: string) => void, caption?: string): HTMLElement {
  const height = Math.max(120, input.nodes.length * 34);
  const layout = sankey<SankeyNode, SankeyLink>()
    .nodeId((n) => n.id)
    .nodeWidth(12)
    .nodePadding(14)
    .extent([
      [150, 8],
      [WIDTH - 150, height - 8],
    ]);
  const graph = layout({ nodes: input.nodes.map((n) => ({ ...n })), links: input.links.map((l) => ({ ...l })) });
  const chart = svg("svg", { viewBox: `0 0 ${WIDTH} ${height}`, class: "sankey", role: "group", "aria-label": `Money ${input.key}: ${money(input.total, input.currency)}` });
  const path = sankeyLinkHorizontal<SankeyNode, SankeyLink>();
  for (const link of graph.links as Link[]) {
    const el = svg(
      "path",
      { d: path(link) ?? "", class: "link", "stroke-width": Math.max(1, link.width ?? 1), tabindex: 0, role: "button", "data-flow": link.flowId, "aria-label": link.label },
      svg("title", {}, link.label),
    );
    el.addEventListener("click", () => onSelect(link.flowId));
    el.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") onSelect(link.flowId);
    });
    chart.append(el);
  }
  for (const node of graph.nodes as Node[]) {
    const left = (node.x0 ?? 0) < WIDTH / 2;
    chart.append(
      svg("rect", { x: node.x0, y: node.y0, width: (node.x1 ?? 0) - (node.x0 ?? 0), height: Math.max(1, (node.y1 ?? 0) - (node.y0 ?? 0)), class: "node" }),
      svg("text", { x: left ? (node.x0 ?? 0) - 6 : (node.x1 ?? 0) + 6, y: ((node.y0 ?? 0) + (node.y1 ?? 0)) / 2 + 4, "text-anchor": left ? "end" : "start", class: "node-label" }, `${node.name} ${money(node.value ?? 0, input.currency)}`.slice(0, 22)),
    );
  }
  const list = h("ul", { class: "sankey-links" }, ...input.links.map((l) => h("li", {}, h("button", { type: "button", "data-flow": l.flowId }, l.label))));
  list.addEventListener("click", (e) => {
    const flow = (e.target as HTMLElement).closest("button")?.dataset.flow;
    if (flow) onSelect(flow);
  });
  return h("figure", { class: "sankey-figure", "data-key": input.key }, h("figcaption", {}, caption ?? `${input.key}: ${money(input.total, input.currency)}`), chart, list);
}
