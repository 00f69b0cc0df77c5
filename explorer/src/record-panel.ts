import { ask } from "./api.js";
import type { ExplorerEvidenceFragment, ExplorerRecordQuery } from "./generated/operations.js";
import { h, fill } from "./dom.js";
import { money, period } from "./format.js";
import { partsSankey } from "./money-flows.js";
import { drawSankey } from "./sankey.js";

type RecordNode = NonNullable<ExplorerRecordQuery["node"]>;

export interface RecordEvents {
  select(recordId: string): void;
  open(actorId: string): void;
}

const actorButton = (a: { id: string; name: string }) => h("button", { type: "button", class: "link", "data-actor": a.id }, a.name);

/** A record (relation or funding flow) with its quotes; each quote opens its source with the quote marked. */
export function recordPanel(node: RecordNode, sourceView: HTMLElement, events: RecordEvents): HTMLElement {
  const parts: (Node | string | null)[] = [];
  let evidence: ExplorerEvidenceFragment[] = [];
  if (node.__typename === "Relation") {
    evidence = node.evidence;
    parts.push(
      h("h2", { id: "record-title" }, `${node.type}${node.role ? ` (${node.role})` : ""}`),
      h("p", { class: "edge-ends" }, actorButton(node.subject), " → ", actorButton(node.object)),
      h("p", {}, period(node.validity.validFrom, node.validity.validTo)),
      node.note ? h("p", { class: "muted" }, node.note) : null,
    );
  } else if (node.__typename === "FundingFlow") {
    evidence = node.evidence;
    parts.push(
      h("h2", { id: "record-title" }, `${money(node.amount.value, node.amount.currency)} · ${node.flowType} · ${node.status}`),
      h("p", { class: "edge-ends" }, actorButton(node.payer), " → ", actorButton(node.recipient)),
      h("p", {}, [node.year ? `Year ${node.year}` : "No year", node.date ? `dated ${node.date}` : null, node.purpose].filter(Boolean).join(" · ")),
      node.partOf ? h("p", {}, "A stated part of ", h("button", { type: "button", class: "link", "data-record": node.partOf.id }, "its total"), ".") : null,
      node.note ? h("p", { class: "muted" }, node.note) : null,
    );
    if (node.parts.length) {
      const discrepancy = node.partsDiscrepancy && Number(node.partsDiscrepancy.value) !== 0 ? node.partsDiscrepancy : null;
      parts.push(
        drawSankey(partsSankey(node, node.parts), events.select, `${money(node.amount.value, node.amount.currency)} and its ${node.parts.length} stated parts`),
        discrepancy && node.partsTotal
          ? h("p", { class: "note", "data-field": "discrepancy" }, `The stated parts add up to ${money(node.partsTotal.value, node.partsTotal.currency)}: ${money(Math.abs(Number(discrepancy.value)), discrepancy.currency)} ${Number(discrepancy.value) < 0 ? "more" : "less"} than the total. Both are kept as the source states them.`)
          : null,
      );
    }
  } else {
    parts.push(h("h2", { id: "record-title" }, node.id));
  }
  const quotes = h(
    "ol",
    { class: "evidence", "aria-label": "Evidence" },
    ...evidence.map((ev, i) =>
      h(
        "li",
        {},
        ev.quote ? h("blockquote", {}, ev.quote) : h("p", { class: "muted" }, ev.locator ?? "A registry row"),
        h("p", { class: "cite" }, h("button", { type: "button", class: "link", "data-evidence": i }, ev.source.title), ev.source.publisher ? ` · ${ev.source.publisher}` : "", ev.source.published ? ` · ${ev.source.published}` : "", ev.line ? ` · line ${ev.line}` : ""),
      ),
    ),
  );
  const panel = h("article", { "aria-labelledby": "record-title", "data-record": node.id }, ...parts, h("h3", {}, `Evidence (${evidence.length})`), evidence.length ? quotes : h("p", { class: "muted" }, "No evidence recorded."));
  panel.addEventListener("click", (e) => {
    const button = (e.target as HTMLElement).closest("button");
    if (!button) return;
    if (button.dataset.actor) events.open(button.dataset.actor);
    else if (button.dataset.record) events.select(button.dataset.record);
    else if (button.dataset.evidence) void showSource(evidence[Number(button.dataset.evidence)]!, sourceView);
  });
  return panel;
}

/** The source's whole text with the quote marked at its offsets (or, for older records without offsets, where it is found). */
export async function showSource(ev: ExplorerEvidenceFragment, view: HTMLElement): Promise<void> {
  const { source } = await ask("ExplorerSource", { id: ev.source.id });
  if (!source) {
    fill(view, h("p", { class: "muted" }, `The source ${ev.source.id} is not in the graph.`));
    return;
  }
  const text = source.text ?? "";
  let start = ev.start ?? -1;
  let end = ev.end ?? -1;
  if (start < 0 && ev.quote) {
    start = text.indexOf(ev.quote);
    end = start < 0 ? -1 : start + ev.quote.length;
  }
  const body = h("pre", { class: "source-text", tabindex: 0 });
  if (start >= 0 && end > start) body.append(text.slice(0, start), h("mark", { "data-start": start, "data-end": end }, text.slice(start, end)), text.slice(end));
  else body.append(text);
  fill(
    view,
    h("h3", { id: "source-title" }, source.title),
    h("p", { class: "cite" }, [source.publisher, source.published].filter(Boolean).join(" · "), " ", source.url ? h("a", { href: source.url, rel: "noopener noreferrer", target: "_blank" }, "original") : null),
    start < 0 && ev.quote ? h("p", { class: "note" }, "The quote's position in this text is not known.") : null,
    body,
  );
  view.hidden = false;
  body.querySelector("mark")?.scrollIntoView({ block: "center" });
}

export async function loadRecord(id: string): Promise<RecordNode | null> {
  return (await ask("ExplorerRecord", { id })).node ?? null;
}
