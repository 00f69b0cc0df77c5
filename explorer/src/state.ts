/**
 * What the page shows, held in the URL so that a view can be shared:
 * /explore?actor=no:ministry:hod&depth=1&asOf=2011-06-23&sel=<record id>&to=<actor id>.
 */
export interface ViewState {
  actor: string | null;
  depth: 1 | 2 | 3;
  asOf: string | null;
  /** The selected record: a relation or funding flow id. */
  sel: string | null;
  /** The other end of a path query. */
  to: string | null;
  /** Most nodes the drawing asks for. */
  limit: number;
}

export const DEFAULT_LIMIT = 300;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const depth = Number(q.get("depth"));
  const limit = Number(q.get("limit"));
  const asOf = q.get("asOf");
  return {
    actor: q.get("actor") || null,
    depth: depth === 2 || depth === 3 ? depth : 1,
    asOf: asOf && DAY.test(asOf) ? asOf : null,
    sel: q.get("sel") || null,
    to: q.get("to") || null,
    limit: Number.isInteger(limit) && limit >= 1 && limit <= 2000 ? limit : DEFAULT_LIMIT,
  };
}

export function writeState(state: ViewState): string {
  const q = new URLSearchParams();
  if (state.actor) q.set("actor", state.actor);
  if (state.actor) q.set("depth", String(state.depth));
  if (state.asOf) q.set("asOf", state.asOf);
  if (state.sel) q.set("sel", state.sel);
  if (state.to) q.set("to", state.to);
  if (state.limit !== DEFAULT_LIMIT) q.set("limit", String(state.limit));
  const text = q.toString();
  return text ? `?${text}` : "";
}
