import { ask } from "./api.js";
import { actorPanel } from "./actor-panel.js";
import { byId, fill, h } from "./dom.js";
import { Drawing, edgeLabel, type Subgraph } from "./drawing.js";
import { isoDay, kindLabel, period } from "./format.js";
import { pathsPanel } from "./paths-panel.js";
import { loadRecord, recordPanel } from "./record-panel.js";
import { firstHit, mountSearch } from "./search.js";
import { readState, writeState, type ViewState } from "./state.js";

/**
 * The page's controller: the URL holds the view (state.ts); each panel is redrawn when the part
 * of the view it shows changes, and an answer that arrives after the view moved on is dropped.
 */
let state: ViewState = readState(location.search);
const status = byId("status");
const drawingEl = byId("drawing");
const tooltip = byId("tooltip");
const actorEl = byId("actor");
const recordEl = byId("record");
const sourceEl = byId("source");
const listEl = byId("graph-list");
const truncatedEl = byId("truncated");
const dateInput = byId<HTMLInputElement>("as-of");
const slider = byId<HTMLInputElement>("as-of-slider");
const anyDate = byId<HTMLButtonElement>("any-date");
const depthInput = byId<HTMLSelectElement>("depth");
const exportsEl = byId("exports");

const FIRST_DAY = Date.UTC(2004, 0, 1);
const DAY_MS = 86_400_000;
slider.max = String(Math.floor((Date.now() - FIRST_DAY) / DAY_MS));

function report(e: unknown): void {
  fill(status, h("span", { class: "error", role: "alert" }, (e as Error).message ?? String(e)));
}

function navigate(patch: Partial<ViewState>, how: "push" | "replace" = "push"): void {
  state = { ...state, ...patch };
  const url = `${location.pathname}${writeState(state)}`;
  if (how === "push") history.pushState(null, "", url);
  else history.replaceState(null, "", url);
  void render();
}

const open = (actor: string) => navigate({ actor, sel: null, to: null });
const select = (sel: string) => navigate({ sel });

const drawing = new Drawing(drawingEl, {
  open,
  select,
  hover(node) {
    tooltip.hidden = !node;
    if (node) {
      fill(tooltip, h("strong", {}, node.name), h("br"), `${node.kind} · ${node.id}`);
      tooltip.style.left = `${node.x + 12}px`;
      tooltip.style.top = `${node.y + 12}px`;
    }
  },
});

// ---- the drawing ----------------------------------------------------------------------------
const drawingKey = (s: ViewState) => (s.actor ? `${s.actor}|${s.depth}|${s.asOf ?? "any"}|${s.limit}` : null);
let drawnKey: string | null = null;
let failedKey: string | null = null;
let drawingBusy = false;

async function refreshDrawing(): Promise<void> {
  const key = drawingKey(state);
  if (!key || key === drawnKey || key === failedKey || drawingBusy) return;
  drawingBusy = true;
  const actor = state.actor!;
  try {
    const { neighbourhood } = await ask("ExplorerNeighbourhood", { id: actor, depth: state.depth, asOf: state.asOf, limit: state.limit });
    await drawing.show(neighbourhood, actor);
    drawing.highlight(state.sel);
    showList(neighbourhood, actor);
    truncatedEl.hidden = !neighbourhood.truncated;
    truncatedEl.textContent = neighbourhood.truncated ? `Truncated: the neighbourhood has more than ${state.limit} actors; the first ${neighbourhood.nodes.length} are drawn.` : "";
    drawnKey = key;
    drawingEl.dataset.view = key;
    drawingEl.dataset.nodes = String(neighbourhood.nodes.length);
    drawingEl.dataset.edges = String(neighbourhood.edges.length);
    if (!performance.getEntriesByName("explorer:first-drawing").length) performance.mark("explorer:first-drawing");
  } catch (e) {
    failedKey = key;
    report(e);
  } finally {
    drawingBusy = false;
  }
  // The slider may have moved while the answer was on its way: draw the date it stands on now.
  if (drawingKey(state) !== drawnKey) void refreshDrawing();
}

/** The drawing as text, beside it: every actor and edge, each a button, for keyboards and screen readers. */
function showList(graph: Subgraph, centre: string): void {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const nodes = h(
    "ul",
    { "aria-label": "Actors in the drawing" },
    ...graph.nodes.map((n) => h("li", {}, h("button", { type: "button", class: "link", "data-actor": n.id, "aria-current": n.id === centre ? "true" : undefined }, n.name), ` ${kindLabel(n.kind)}`)),
  );
  const edges = h(
    "ul",
    { "aria-label": "Edges in the drawing" },
    ...graph.edges.map((e) =>
      h("li", { "data-type": e.type }, h("button", { type: "button", class: "link", "data-record": e.id }, `${names.get(e.source) ?? e.source} —${edgeLabel(e)}→ ${names.get(e.target) ?? e.target}`), ` ${period(e.validFrom, e.validTo)}`),
    ),
  );
  fill(listEl, h("h3", {}, `${graph.nodes.length} actors`), nodes, h("h3", {}, `${graph.edges.length} edges`), edges);
}

listEl.addEventListener("click", (e) => {
  const b = (e.target as HTMLElement).closest("button");
  if (b?.dataset.record) select(b.dataset.record);
  else if (b?.dataset.actor) open(b.dataset.actor);
});

// ---- the actor, the record and the paths ----------------------------------------------------
let shownActor: string | null | undefined;
async function refreshActor(): Promise<void> {
  if (state.actor === shownActor) return;
  const id = (shownActor = state.actor);
  if (!id) {
    fill(actorEl, h("p", {}, "Search for an actor to begin: a ministry, a health trust, a municipality, a minister."));
    return;
  }
  try {
    const [{ actor }, money] = await Promise.all([ask("ExplorerActor", { id }), ask("ExplorerActorMoney", { id })]);
    if (id !== state.actor) return;
    if (!actor) fill(actorEl, h("p", { role: "alert" }, `No actor has the id ${id}.`));
    else {
      fill(actorEl, ...actorPanel(actor, money, select));
      document.title = `${actor.name} · Explorer`;
    }
    actorEl.dataset.actor = id;
  } catch (e) {
    shownActor = null;
    report(e);
  }
}

let shownRecord: string | null | undefined;
async function refreshRecord(): Promise<void> {
  if (state.sel === shownRecord) return;
  const id = (shownRecord = state.sel);
  drawing.highlight(id);
  if (!id) {
    fill(recordEl, h("p", { class: "muted" }, "Click an edge, a bar or a flow to see its record and evidence."));
    sourceEl.hidden = true;
    return;
  }
  try {
    const node = await loadRecord(id);
    if (id !== state.sel) return;
    fill(recordEl, node ? recordPanel(node, sourceEl, { select, open }) : h("p", { role: "alert" }, `No record has the id ${id}.`));
    sourceEl.hidden = true;
    recordEl.dataset.record = id;
  } catch (e) {
    shownRecord = null;
    report(e);
  }
}

let shownPaths: string | null = null;
async function refreshPaths(): Promise<void> {
  const key = state.actor && state.to ? `${state.actor}|${state.to}|${state.asOf ?? ""}` : null;
  if (key === shownPaths) return;
  shownPaths = key;
  const result = byId("paths-result");
  if (!key) return fill(result);
  try {
    const { paths } = await ask("ExplorerPaths", { fromId: state.actor!, toId: state.to!, asOf: state.asOf });
    if (key !== shownPaths) return;
    fill(result, pathsPanel(paths, state.actor!, state.to!, { select, open }));
    result.dataset.paths = String(paths.length);
  } catch (e) {
    shownPaths = null;
    report(e);
  }
}

// ---- controls ---------------------------------------------------------------------------------
function showControls(): void {
  depthInput.value = String(state.depth);
  dateInput.value = state.asOf ?? "";
  if (state.asOf) slider.value = String(Math.round((Date.parse(`${state.asOf}T00:00:00Z`) - FIRST_DAY) / DAY_MS));
  byId("as-of-label").textContent = state.asOf ? `on ${state.asOf}` : "on any date";
  const exportQuery = (format: string) => {
    const q = new URLSearchParams({ seed: state.actor ?? "", depth: String(state.depth) });
    if (state.asOf) q.set("asOf", state.asOf);
    return `/export/${format}?${q}`;
  };
  fill(
    exportsEl,
    ...(state.actor
      ? [
          ["gexf", "GEXF"],
          ["graphml", "GraphML"],
          ["csv-nodes", "CSV nodes"],
          ["csv-edges", "CSV edges"],
        ].map(([f, label]) => h("a", { href: exportQuery(f!), download: "", "data-format": f }, label))
      : [h("span", { class: "muted" }, "Open an actor to export its drawing.")]),
  );
}

depthInput.addEventListener("change", () => navigate({ depth: Number(depthInput.value) as 1 | 2 | 3 }));
dateInput.addEventListener("change", () => {
  if (!dateInput.value || /^\d{4}-\d{2}-\d{2}$/.test(dateInput.value)) navigate({ asOf: dateInput.value || null }, "replace");
});
// The slider re-asks as it moves; replaceState keeps the history to one entry per drag.
slider.addEventListener("input", () => navigate({ asOf: isoDay(new Date(FIRST_DAY + Number(slider.value) * DAY_MS)) }, "replace"));
anyDate.addEventListener("click", () => navigate({ asOf: null }));

byId<HTMLFormElement>("paths").addEventListener("submit", async (e) => {
  e.preventDefault();
  const text = (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>("input")!.value.trim();
  if (!text || !state.actor) return;
  try {
    const hit = await firstHit(text);
    if (!hit) fill(byId("paths-result"), h("p", { role: "status" }, `Nothing found for “${text}”.`));
    else navigate({ to: hit.id });
  } catch (err) {
    report(err);
  }
});

document.addEventListener("keydown", (e) => {
  if (e.key === "/" && document.activeElement?.tagName !== "INPUT") {
    e.preventDefault();
    byId<HTMLInputElement>("search-text").focus();
  }
  if (e.key === "Escape") sourceEl.hidden = true;
});

window.addEventListener("popstate", () => {
  state = readState(location.search);
  void render();
});

mountSearch(byId<HTMLFormElement>("search"), byId("search-results"), open, report);

async function render(): Promise<void> {
  fill(status);
  showControls();
  await Promise.all([refreshDrawing(), refreshActor(), refreshRecord(), refreshPaths()]);
}

// For tests and for anyone driving the page from the console: where an edge is drawn.
Object.assign(window, { explorer: { edgeMidpoint: (id: string) => drawing.edgeMidpoint(id), counts: () => drawing.counts(), nodeIds: () => drawing.nodeIds() } });

void render();
