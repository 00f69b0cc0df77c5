import type { ExportInput, Sink } from "../export.model.js";
import { EDGE_ATTRS, escapeXml, flat, NODE_ATTRS } from "./common.js";

const spell = (from: string | null, to: string | null) =>
  from || to ? `<spells><spell${from ? ` start="${from}"` : ""}${to ? ` end="${to}"` : ""}/></spells>` : "";

/**
 * GEXF 1.3, dynamic: each node's and edge's validity is a spell, so Gephi's timeline shows
 * the graph as it stood on any date.
 */
export async function writeGexf(input: ExportInput, out: Sink): Promise<void> {
  const m = input.manifest;
  await out.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
      `  <meta lastmodifieddate="${m.generatedAt.slice(0, 10)}"><creator>${escapeXml(m.generator)}</creator><description>${escapeXml(JSON.stringify(m))}</description></meta>\n` +
      '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n',
  );
  await out.write('    <attributes class="node" mode="static">\n');
  for (const a of NODE_ATTRS) await out.write(`      <attribute id="${a.name}" title="${a.name}" type="${a.type === "string" || a.type === "date" ? "string" : a.type === "long" ? "long" : "integer"}"/>\n`);
  await out.write('    </attributes>\n    <attributes class="edge" mode="static">\n');
  for (const a of EDGE_ATTRS) await out.write(`      <attribute id="${a.name}" title="${a.name}" type="${a.type === "string" || a.type === "date" ? "string" : a.type === "long" ? "long" : "integer"}"/>\n`);
  await out.write("    </attributes>\n    <nodes>\n");
  for await (const n of input.nodes) {
    let s = `      <node id="${escapeXml(n.id)}" label="${escapeXml(n.name)}"><attvalues>`;
    for (const a of NODE_ATTRS) {
      const v = flat(n[a.name]);
      if (v !== null) s += `<attvalue for="${a.name}" value="${escapeXml(v)}"/>`;
    }
    await out.write(s + `</attvalues>${spell(n.validFrom, n.validTo)}</node>\n`);
  }
  await out.write("    </nodes>\n    <edges>\n");
  for await (const e of input.edges) {
    let s = `      <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" label="${escapeXml(e.type)}" kind="${escapeXml(e.type)}"><attvalues>`;
    for (const a of EDGE_ATTRS) {
      const v = flat(e[a.name]);
      if (v !== null) s += `<attvalue for="${a.name}" value="${escapeXml(v)}"/>`;
    }
    await out.write(s + `</attvalues>${spell(e.validFrom, e.validTo)}</edge>\n`);
  }
  await out.write("    </edges>\n  </graph>\n</gexf>\n");
}
