/** Scales a MAD to a standard deviation's units for normally spread data. */
const MAD_TO_SD = 1.4826;

const scratch = { values: new Float64Array(64) };

function medianOfSorted(sorted: Float64Array): number {
  const n = sorted.length;
  const mid = n >> 1;
  if (n === 0) return 0;
  return n % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The median of the values (0 for none). Does not change `values`. */
export function median(values: ArrayLike<number>): number {
  return medianOfSorted(Float64Array.from(values).sort());
}

/**
 * The median of `values` and their spread as the MAD (median absolute
 * deviation) scaled to a standard deviation: a centre and a spread that one
 * or two extreme days in the window (an earlier spike) do not move.
 */
export function robustCentre(values: ArrayLike<number>): { median: number; spread: number } {
  const n = values.length;
  if (scratch.values.length < n) scratch.values = new Float64Array(n);
  const work = scratch.values.subarray(0, n);
  for (let i = 0; i < n; i++) work[i] = values[i] ?? 0;
  const centre = medianOfSorted(work.sort());
  for (let i = 0; i < n; i++) work[i] = Math.abs((work[i] ?? 0) - centre);
  return { median: centre, spread: MAD_TO_SD * medianOfSorted(work.sort()) };
}
