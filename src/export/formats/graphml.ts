import type { ExportInput, Sink } from "../export.model.js";
import { EDGE_ATTRS, escapeXml, flat, NODE_ATTRS } from "./common.js";

// GraphML has no date type: dates are YYYY-MM-DD strings.
const TYPE = { string: "string", long: "long", int: "int", date: "string" } as const;

/** GraphML with typed keys; the manifest rides along as a graph-level attribute. */
export async function writeGraphml(input: ExportInput, out: Sink): Promise<void> {
  await out.write('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n');
  await out.write('  <key id="g_manifest" for="graph" attr.name="manifest" attr.type="string"/>\n');
  for (const a of NODE_ATTRS) await out.write(`  <key id="n_${a.name}" for="node" attr.name="${a.name}" attr.type="${TYPE[a.type]}"/>\n`);
  for (const a of EDGE_ATTRS) await out.write(`  <key id="e_${a.name}" for="edge" attr.name="${a.name}" attr.type="${TYPE[a.type]}"/>\n`);
  await out.write(`  <graph id="samhandling-kg" edgedefault="directed">\n    <data key="g_manifest">${escapeXml(JSON.stringify(input.manifest))}</data>\n`);
  for await (const n of input.nodes) {
    let s = `    <node id="${escapeXml(n.id)}">`;
    for (const a of NODE_ATTRS) {
      const v = flat(n[a.name]);
      if (v !== null) s += `<data key="n_${a.name}">${escapeXml(v)}</data>`;
    }
    await out.write(s + "</node>\n");
  }
  for await (const e of input.edges) {
    let s = `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`;
    for (const a of EDGE_ATTRS) {
      const v = flat(e[a.name]);
      if (v !== null) s += `<data key="e_${a.name}">${escapeXml(v)}</data>`;
    }
    await out.write(s + "</edge>\n");
  }
  await out.write("  </graph>\n</graphml>\n");
}
