// Round ticks for a count axis. Left to itself, recharts' "auto" domain splits the data's own range, which
// gives axes like 119, 126, 133, 140, 147 or 5,500 … 27,500: numbers nobody counts in. These ticks step by
// 1, 2 or 5 × 10^k and start and end on a step, so every label is a round number and the line never
// touches the panel's edge unannounced.

/** The smallest and largest value drawn. */
export type Extent = readonly [min: number, max: number];

/** The extent of the numbers under the given keys of the rows (a band's [low, high] counts too); null when none. */
export function valueExtent(rows: readonly object[], keys: readonly string[]): Extent | null {
  let min = Infinity;
  let max = -Infinity;
  const consider = (v: unknown) => {
    if (typeof v === 'number' && Number.isFinite(v)) {
      if (v < min) min = v;
      if (v > max) max = v;
    } else if (Array.isArray(v)) v.forEach(consider);
  };
  for (const row of rows) for (const key of keys) consider((row as Record<string, unknown>)[key]);
  return min <= max ? [min, max] : null;
}

/** The extent stretched to include 0: bars and forecasts start from nothing. */
export function withZero(extent: Extent | null): Extent | null {
  return extent && [Math.min(0, extent[0]), Math.max(0, extent[1])];
}

/**
 * Whole-number ticks on the roundest step (1, 2, 2.5 or 5 × 10^k) that covers the extent in at most
 * `intervals` + 1 intervals; counts never go below 0 unless the data does.
 */
export function niceCountTicks([min, max]: Extent, intervals = 4): number[] {
  let low = min;
  let high = max;
  if (low === high) {
    // One value: a little room around it, so its dot sits inside the axis.
    const pad = Math.max(1, Math.abs(low) * 0.05);
    low -= pad;
    high += pad;
  }
  const power = 10 ** Math.floor(Math.log10((high - low) / intervals));
  const steps = [power / 10, power, power * 10]
    .flatMap((p) => [1, 2, 2.5, 5].map((m) => m * p))
    .filter((s) => s >= 1 && Number.isInteger(s));
  const floorTo = (step: number) => {
    const first = Math.floor(low / step) * step;
    return min >= 0 && first < 0 ? 0 : first;
  };
  const step = steps.find((s) => (Math.ceil(high / s) * s - floorTo(s)) / s <= intervals + 1) ?? power * 100;
  const ticks: number[] = [];
  for (let t = floorTo(step); t <= Math.ceil(high / step) * step; t += step) ticks.push(t);
  return ticks;
}
