import type { ExplorerFlowFragment } from "./generated/operations.js";
import { money } from "./format.js";

export interface SankeyNode {
  id: string;
  name: string;
}
export interface SankeyLink {
  source: string;
  target: string;
  value: number;
  /** The flow the link draws, for its evidence. */
  flowId: string;
  label: string;
}
export interface SankeyInput {
  key: string;
  nodes: SankeyNode[];
  links: SankeyLink[];
  /** What the drawn links add up to, by the counting rule. */
  total: number;
  currency: string;
}

/**
 * What each flow of one set adds, by the API's counting rule (FundingFlowConnection.totals):
 * a total whose stated parts are in the set adds only what they leave unexplained, never less
 * than zero, and a flow passing on money of an upstream flow in the set adds nothing.
 */
export function countedAmounts(flows: ExplorerFlowFragment[]): Map<string, number> {
  const amounts = new Map(flows.map((f) => [f.id, Number(f.amount.value)]));
  const counted = new Map<string, number>();
  for (const f of flows) {
    const parts = f.parts.filter((p) => amounts.has(p.id));
    const partsSum = parts.reduce((sum, p) => sum + amounts.get(p.id)!, 0);
    if (f.passesOn && amounts.has(f.passesOn.id)) counted.set(f.id, 0);
    else counted.set(f.id, parts.length ? Math.max(0, Number(f.amount.value) - partsSum) : Number(f.amount.value));
  }
  return counted;
}

const groupKey = (f: ExplorerFlowFragment) => `${f.amount.currency} · ${f.year ?? "no year"} · ${f.status}`;

/**
 * An actor's money in and out, one diagram per currency, year and status (stages of the same
 * money are never added): payers on the left, the actor in the middle, recipients on the right.
 */
export function actorSankeys(actor: { id: string; name: string }, received: ExplorerFlowFragment[], provided: ExplorerFlowFragment[]): SankeyInput[] {
  const keys = [...new Set([...received, ...provided].map(groupKey))].sort().reverse();
  return keys.map((key) => {
    const inFlows = received.filter((f) => groupKey(f) === key);
    const outFlows = provided.filter((f) => groupKey(f) === key);
    const nodes = new Map<string, SankeyNode>([[actor.id, { id: actor.id, name: actor.name }]]);
    const links: SankeyLink[] = [];
    const add = (flows: ExplorerFlowFragment[], side: "in" | "out") => {
      const counted = countedAmounts(flows);
      for (const f of flows) {
        const value = counted.get(f.id) ?? 0;
        if (value <= 0) continue;
        const other = side === "in" ? f.payer : f.recipient;
        // The other end gets its own node per side, so an actor that both pays and receives is not a cycle.
        const otherId = `${side}:${other.id}`;
        nodes.set(otherId, { id: otherId, name: other.name });
        const remainder = f.parts.length > 0 && value !== Number(f.amount.value);
        links.push({
          source: side === "in" ? otherId : actor.id,
          target: side === "in" ? actor.id : otherId,
          value,
          flowId: f.id,
          label: `${money(value, f.amount.currency)}${remainder ? " not itemised" : ""}${f.purpose ? `: ${f.purpose}` : ""}`,
        });
      }
    };
    add(inFlows, "in");
    add(outFlows, "out");
    const currency = key.split(" · ")[0]!;
    const total = Math.max(...[links.filter((l) => l.target === actor.id), links.filter((l) => l.source === actor.id)].map((ls) => ls.reduce((s, l) => s + l.value, 0)));
    return { key, nodes: [...nodes.values()], links, total, currency };
  });
}

/** A total and its stated parts: the payer pays the total, which the parts pass on to their recipients. */
export function partsSankey(flow: ExplorerFlowFragment, parts: ExplorerFlowFragment[]): SankeyInput {
  const totalId = `flow:${flow.id}`;
  const nodes = new Map<string, SankeyNode>([
    [`payer:${flow.payer.id}`, { id: `payer:${flow.payer.id}`, name: flow.payer.name }],
    [totalId, { id: totalId, name: `${money(flow.amount.value, flow.amount.currency)} total` }],
  ]);
  const links: SankeyLink[] = [{ source: `payer:${flow.payer.id}`, target: totalId, value: Number(flow.amount.value), flowId: flow.id, label: money(flow.amount.value, flow.amount.currency) }];
  for (const p of parts) {
    const id = `part:${p.recipient.id}`;
    nodes.set(id, { id, name: p.recipient.name });
    links.push({ source: totalId, target: id, value: Number(p.amount.value), flowId: p.id, label: `${money(p.amount.value, p.amount.currency)}${p.purpose ? `: ${p.purpose}` : ""}` });
  }
  return { key: `${flow.amount.currency} · ${flow.year ?? "no year"} · ${flow.status}`, nodes: [...nodes.values()], links, total: Number(flow.amount.value), currency: flow.amount.currency };
}
