/**
 * Lookups in lists of spans sorted by start (mentions, amounts, sentences), by binary search:
 * scanning the whole list for every sentence made a long document quadratic (a 600 kB grant
 * table took 12 s).
 */
export interface Spanned {
  start: number;
  end: number;
}

/** Index of the first item whose start is at or after `pos`. */
function firstAtOrAfter<T extends Spanned>(sorted: readonly T[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items lying wholly inside `span`, in order. */
export function inSpan<T extends Spanned>(sorted: readonly T[], span: Spanned): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(sorted, span.start); i < sorted.length && sorted[i]!.start < span.end; i += 1) {
    if (sorted[i]!.end <= span.end) out.push(sorted[i]!);
  }
  return out;
}

/** The item that wholly contains `span`, among items that do not overlap one another. */
export function containing<T extends Spanned>(sorted: readonly T[], span: Spanned): T | undefined {
  const i = firstAtOrAfter(sorted, span.start + 1) - 1;
  const item = i >= 0 ? sorted[i] : undefined;
  return item && item.start <= span.start && item.end >= span.end ? item : undefined;
}

/** The last item wholly inside `span` that `test` accepts, read backwards from the span's end. */
export function lastInSpan<T extends Spanned>(sorted: readonly T[], span: Spanned, test: (item: T) => boolean): T | undefined {
  for (let i = firstAtOrAfter(sorted, span.end) - 1; i >= 0 && sorted[i]!.start >= span.start; i -= 1) {
    if (sorted[i]!.end <= span.end && test(sorted[i]!)) return sorted[i];
  }
  return undefined;
}
