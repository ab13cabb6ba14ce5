/**
 * Business days taken, counted per whole day (rounded up: "answered within N business days"): a quantile is the
 * smallest N within which that share of the answers came, the way a city states its commitments.
 */
export function histogramQuantile(histogram: ReadonlyMap<number, number>, q: number): number | null {
  const entries = [...histogram].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const target = q * total;
  let seen = 0;
  for (const [days, n] of entries) {
    seen += n;
    if (seen >= target) return days;
  }
  return entries[entries.length - 1]![0];
}

/** A share as a rate with three decimals (0.873), or null when there is nothing to divide. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null;
}
