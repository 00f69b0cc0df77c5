import type { ExportEdge, ExportInput, ExportNode, Sink } from "../export.model.js";

const nodeAttrs = (n: ExportNode) => ({
  kind: n.kind, name: n.name, aliases: n.aliases, country: n.country,
  officialIdScheme: n.officialIdScheme, officialId: n.officialId, validFrom: n.validFrom, validTo: n.validTo,
});

const edgeAttrs = (e: ExportEdge) => ({
  type: e.type, category: e.category, validFrom: e.validFrom, validTo: e.validTo,
  // Exact amounts stay strings; amountNumber is there for tools that want to plot them.
  amount: e.amount, amountNumber: e.amount === null ? null : Number(e.amount), currency: e.currency,
  year: e.year, status: e.status, role: e.role, sourceIds: e.sourceIds, quotes: e.quotes,
});

/** Writes `items` as JSON array elements, comma-separated, streaming. */
async function each<T>(items: AsyncIterable<T>, out: Sink, render: (x: T) => string): Promise<void> {
  let first = true;
  for await (const x of items) {
    await out.write((first ? "\n" : ",\n") + render(x));
    first = false;
  }
}

/** JSON Graph Format v2: nodes keyed by id, edges as a list. */
export async function writeJgf(input: ExportInput, out: Sink): Promise<void> {
  await out.write(`{"graph":{"id":"samhandling-kg","type":"samhandling-kg","label":"samhandling-kg subgraph","directed":true,"metadata":${JSON.stringify(input.manifest)},"nodes":{`);
  await each(input.nodes, out, (n) => `${JSON.stringify(n.id)}:${JSON.stringify({ label: n.name, metadata: nodeAttrs(n) })}`);
  await out.write('},"edges":[');
  await each(input.edges, out, (e) => JSON.stringify({ id: e.id, source: e.source, target: e.target, relation: e.type, directed: true, metadata: edgeAttrs(e) }));
  await out.write("]}}\n");
}

/** Cytoscape.js elements JSON (`cy.add(json.elements)` or `cytoscape({ elements })`). */
export async function writeCytoscape(input: ExportInput, out: Sink): Promise<void> {
  await out.write(`{"data":${JSON.stringify({ manifest: input.manifest })},"elements":{"nodes":[`);
  await each(input.nodes, out, (n) => JSON.stringify({ data: { id: n.id, label: n.name, ...nodeAttrs(n) } }));
  await out.write('],"edges":[');
  await each(input.edges, out, (e) => JSON.stringify({ data: { id: e.id, source: e.source, target: e.target, label: e.type, ...edgeAttrs(e) } }));
  await out.write("]}}\n");
}

/** graphology's serialisation format (`Graph.from(json)`), as sigma.js reads it. */
export async function writeGraphology(input: ExportInput, out: Sink): Promise<void> {
  await out.write(`{"attributes":${JSON.stringify({ manifest: input.manifest })},"options":{"type":"directed","multi":true,"allowSelfLoops":true},"nodes":[`);
  await each(input.nodes, out, (n) => JSON.stringify({ key: n.id, attributes: { label: n.name, ...nodeAttrs(n) } }));
  await out.write('],"edges":[');
  await each(input.edges, out, (e) => JSON.stringify({ key: e.id, source: e.source, target: e.target, attributes: { label: e.type, ...edgeAttrs(e) } }));
  await out.write("]}\n");
}
