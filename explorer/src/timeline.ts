import type { ExplorerRelationBarFragment } from "./generated/operations.js";
import { h, svg } from "./dom.js";
import { categoryStyle } from "./drawing.js";
import { period } from "./format.js";

const ROW = 18;
const LABEL = 170;
const WIDTH = 460;

const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * An actor's relations as bars from validFrom to validTo, one row each, grouped by type. A bar
 * without a start begins at the left edge and one without an end runs to today: both are
 * drawn open (no end cap), so an unknown end is not read as a known one.
 */
export function timeline(actorId: string, relations: ExplorerRelationBarFragment[], onSelect: (recordId: string) => void): HTMLElement {
  if (!relations.length) return h("p", { class: "muted" }, "No relations recorded.");
  const rows = [...relations].sort((a, b) => a.type.localeCompare(b.type) || (a.validity.validFrom ?? "").localeCompare(b.validity.validFrom ?? ""));
  const today = Date.now();
  const starts = rows.map((r) => (r.validity.validFrom ? toTime(r.validity.validFrom) : NaN)).filter(Number.isFinite);
  const min = Math.min(toTime("2004-01-01"), ...starts);
  const x = (t: number) => LABEL + ((t - min) / (today - min)) * (WIDTH - LABEL - 10);
  const height = rows.length * ROW + 24;
  const chart = svg("svg", { viewBox: `0 0 ${WIDTH} ${height}`, role: "img", "aria-label": `Relations over time, ${rows.length} bars`, class: "timeline" });
  for (let year = new Date(min).getUTCFullYear() + 1; year <= new Date(today).getUTCFullYear(); year += 2) {
    const tx = x(Date.UTC(year, 0, 1));
    chart.append(svg("line", { x1: tx, x2: tx, y1: 0, y2: height - 16, class: "grid" }), svg("text", { x: tx, y: height - 4, class: "tick" }, String(year)));
  }
  rows.forEach((r, i) => {
    const other = r.subject.id === actorId ? r.object : r.subject;
    const y = i * ROW + 2;
    const from = r.validity.validFrom ? x(toTime(r.validity.validFrom)) : LABEL;
    const to = r.validity.validTo ? x(toTime(r.validity.validTo)) : x(today);
    const style = categoryStyle(r.category);
    const bar = svg(
      "g",
      { class: "bar", tabindex: 0, role: "button", "data-record": r.id, "aria-label": `${r.type} ${other.name}, ${period(r.validity.validFrom, r.validity.validTo)}` },
      svg("title", {}, `${r.type} ${other.name}: ${period(r.validity.validFrom, r.validity.validTo)}`),
      svg("text", { x: 0, y: y + 12, class: "label" }, `${r.type} · ${other.name}`.slice(0, 30)),
      svg("rect", { x: from, y: y + 2, width: Math.max(2, to - from), height: ROW - 6, fill: style.color, "fill-opacity": r.validity.validTo ? 0.9 : 0.55 }),
    );
    bar.addEventListener("click", () => onSelect(r.id));
    bar.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") onSelect(r.id);
    });
    chart.append(bar);
  });
  return h("figure", { class: "timeline-figure" }, chart);
}
