import type { DatePrecision } from "../../graphql/generated/types.js";

/** A span of days, both ends inclusive; null is an open end. */
export interface Period {
  from: string | null;
  to: string | null;
}

export function dayBefore(date: string): string {
  return shiftDay(date, -1);
}

export function dayAfter(date: string): string {
  return shiftDay(date, 1);
}

function shiftDay(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The days two periods share, or null when they share none. */
export function overlap(a: Period, b: Period): Period | null {
  const from = a.from === null ? b.from : b.from === null ? a.from : a.from > b.from ? a.from : b.from;
  const to = a.to === null ? b.to : b.to === null ? a.to : a.to < b.to ? a.to : b.to;
  if (from !== null && to !== null && from > to) return null;
  return { from, to };
}

export function holdsOn(p: Period, date: string): boolean {
  return (p.from === null || p.from <= date) && (p.to === null || p.to >= date);
}

/** The precision of a day that is one of the given facts' own bounds, else DAY (a derived day). */
export function precisionOf(date: string | null, ...facts: { validFrom: string | null; validFromPrecision: DatePrecision | null; validTo: string | null; validToPrecision: DatePrecision | null }[]): DatePrecision | null {
  if (date === null) return null;
  for (const f of facts) {
    if (f.validFrom === date) return f.validFromPrecision;
    if (f.validTo === date) return f.validToPrecision;
  }
  return "DAY";
}
