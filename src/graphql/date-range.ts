import { badUserInput } from "./errors.js";

/** Refuses a range that ends before it starts; `path` names the argument (e.g. `filter.during`). */
export function checkDateRange(range: { from: string; to: string } | null | undefined, path: string): void {
  if (range && range.from > range.to) throw badUserInput(`'${path}.from' (${range.from}) is after '${path}.to' (${range.to}).`, `${path}.from`);
}
