import type { ExplorerActorMoneyQuery, ExplorerActorQuery } from "./generated/operations.js";
import { h } from "./dom.js";
import { kindLabel, period } from "./format.js";
import { actorSankeys } from "./money-flows.js";
import { drawSankey } from "./sankey.js";
import { timeline } from "./timeline.js";

type Actor = NonNullable<ExplorerActorQuery["actor"]>;

/** Name, kind, identifiers and validity; relations over time; money in and out. */
export function actorPanel(actor: Actor, money: ExplorerActorMoneyQuery, onSelect: (recordId: string) => void): HTMLElement[] {
  const relations = actor.relations.edges.map((e) => e.node);
  const received = money.received.edges.map((e) => e.node);
  const provided = money.provided.edges.map((e) => e.node);
  const sankeys = actorSankeys(actor, received, provided);
  const shown = (n: number, total: number, what: string) => (total > n ? h("p", { class: "muted" }, `The first ${n} of ${total} ${what} are shown.`) : null);
  return [
    h(
      "section",
      { "aria-labelledby": "actor-name", class: "actor-head" },
      h("h2", { id: "actor-name" }, actor.name),
      h(
        "dl",
        {},
        h("dt", {}, "Kind"),
        h("dd", { "data-field": "kind" }, kindLabel(actor.kind)),
        h("dt", {}, "Id"),
        h("dd", {}, h("code", {}, actor.id)),
        actor.officialId && h("dt", {}, actor.officialId.scheme),
        actor.officialId && h("dd", {}, actor.officialId.value),
        h("dt", {}, "Valid"),
        h("dd", { "data-field": "validity" }, period(actor.validity.validFrom, actor.validity.validTo)),
        actor.aliases.length > 0 && h("dt", {}, "Also"),
        actor.aliases.length > 0 && h("dd", {}, actor.aliases.join(", ")),
      ),
    ),
    h("section", { "aria-labelledby": "timeline-title" }, h("h3", { id: "timeline-title" }, `Relations over time (${actor.relations.totalCount})`), shown(relations.length, actor.relations.totalCount, "relations"), timeline(actor.id, relations, onSelect)),
    h(
      "section",
      { "aria-labelledby": "money-title", id: "money" },
      h("h3", { id: "money-title" }, "Money in and out"),
      shown(received.length, money.received.totalCount, "flows received"),
      shown(provided.length, money.provided.totalCount, "flows provided"),
      sankeys.length ? h("p", { class: "muted" }, "One diagram per currency, year and status; a total whose parts are drawn adds only what they leave unexplained.") : h("p", { class: "muted" }, "No funding recorded."),
      ...sankeys.map((s) => drawSankey(s, onSelect)),
    ),
  ];
}
