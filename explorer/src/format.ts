/** How the page writes amounts, dates and kinds. Amounts arrive as exact decimal strings. */

const grouping = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** `133000000` NOK → "133 mill. NOK"; small amounts are written out. */
export function money(value: string | number, currency: string): string {
  const n = Number(value);
  if (Math.abs(n) >= 1_000_000) return `${grouping.format(n / 1_000_000)} mill. ${currency}`;
  return `${new Intl.NumberFormat("en-GB").format(n)} ${currency}`;
}

export function period(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return "validity not stated";
  return `${from ?? "…"} – ${to ?? "today"}`;
}

/** MUNICIPALITY → "municipality"; COUNTY_GOVERNOR → "county governor". */
export function kindLabel(kind: string): string {
  return kind.toLowerCase().replace(/_/g, " ");
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
