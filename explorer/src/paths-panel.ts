import type { ExplorerPathsQuery } from "./generated/operations.js";
import { h } from "./dom.js";

type Path = ExplorerPathsQuery["paths"][number];

/** Each path as a list of hops, each hop with its type, direction and quotes. */
export function pathsPanel(paths: Path[], from: string, to: string, events: { select(id: string): void; open(id: string): void }): HTMLElement {
  if (!paths.length) return h("p", { role: "status" }, `No path of up to 4 hops from ${from} to ${to} on this date.`);
  const list = h(
    "ol",
    { class: "paths", "aria-label": `Paths from ${from} to ${to}` },
    ...paths.map((p) =>
      h(
        "li",
        {},
        h("p", {}, h("strong", {}, `${p.length} hop${p.length === 1 ? "" : "s"}: `), p.nodes.map((n) => n.name).join(" → ")),
        h(
          "ol",
          { class: "hops" },
          ...p.hops.map((hop) => {
            const record = hop.relation?.id ?? hop.fundingFlow?.id;
            return h(
              "li",
              {},
              h("button", { type: "button", class: "link", "data-actor": hop.from.id }, hop.from.name),
              ` ${hop.direction === "OUTGOING" ? "—" : "←"}${hop.type}${hop.direction === "OUTGOING" ? "→" : "—"} `,
              h("button", { type: "button", class: "link", "data-actor": hop.to.id }, hop.to.name),
              record ? h("button", { type: "button", class: "small", "data-record": record }, "record") : null,
              ...hop.evidence.map((ev) => h("blockquote", {}, ev.quote ?? "(registry row)", h("cite", {}, ` ${ev.source.title}`))),
            );
          }),
        ),
      ),
    ),
  );
  list.addEventListener("click", (e) => {
    const b = (e.target as HTMLElement).closest("button");
    if (b?.dataset.record) events.select(b.dataset.record);
    else if (b?.dataset.actor) events.open(b.dataset.actor);
  });
  return list;
}
