import { GraphQLError } from "graphql";
import { limitExceeded } from "./errors.js";

/**
 * What traversals cost, by their real work rather than by their place in the query: a
 * neighbourhood reads up to seeds × FAN_OUT^depth edges, and k paths of up to h hops cost
 * k × h × FAN_OUT² (a bidirectional search expands about FAN_OUT² edges per hop it adds).
 * FAN_OUT is a typical degree in this graph (a ministry has dozens of edges, a municipality a
 * handful). A request may spend MAX_REQUEST_WORK in all, so
 * fifteen aliased 100-seed, depth-3 neighbourhoods are refused while an analyst's depth-2 drawing
 * of a few actors, or paths between two, pass easily.
 */
export const FAN_OUT = 20;
export const MAX_REQUEST_WORK = 200_000;

export const neighbourhoodWork = (seeds: number, depth: number) => seeds * FAN_OUT ** depth;
export const pathsWork = (k: number, hops: number) => k * hops * FAN_OUT ** 2;

/** The work a request has asked for so far; each traversal adds its share before it runs. */
export class WorkBudget {
  private spent = 0;

  charge(work: number, field: string): void {
    this.spent += work;
    if (this.spent > MAX_REQUEST_WORK) {
      throw limitExceeded(`'${field}' would bring this request's graph work to ${this.spent}, above the limit of ${MAX_REQUEST_WORK} (a neighbourhood costs seeds × ${FAN_OUT}^depth; paths cost first × maxHops × ${FAN_OUT}²).`, field, "maxGraphWork", MAX_REQUEST_WORK);
    }
  }
}

/**
 * At most MAX_CONCURRENT traversals per client at once, across its requests: one client cannot
 * fill the database with expensive statements however it spreads them.
 */
export const MAX_CONCURRENT = 4;

export class ConcurrencyGate {
  private readonly running = new Map<string, number>();

  async run<T>(client: string, work: () => Promise<T>): Promise<T> {
    const n = this.running.get(client) ?? 0;
    if (n >= MAX_CONCURRENT) {
      throw new GraphQLError(`At most ${MAX_CONCURRENT} traversals (neighbourhood, paths) may run at once per client; wait for one to finish.`, { extensions: { code: "RATE_LIMITED", limit: "maxConcurrentTraversals", max: MAX_CONCURRENT } });
    }
    this.running.set(client, n + 1);
    try {
      return await work();
    } finally {
      const left = (this.running.get(client) ?? 1) - 1;
      if (left === 0) this.running.delete(client);
      else this.running.set(client, left);
    }
  }
}
