// Round ticks for a value axis. Left to itself, recharts' "auto" domain splits the data's own range, which
// gives axes like 119, 126, 133, 140, 147, 5,500 … 27,500 or 1.95, 2.1, 2.25: numbers nobody counts in.
// These ticks step by 1, 2, 2.5 or 5 × 10^k and start and end on a step, so every label is a round number
// and the line never touches the panel's edge unannounced. Counts step by whole numbers; ratios, rates
// and averages may step by fractions, with one number of decimals for the whole axis.

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

/** A step m × 10^e, kept as its parts so ticks are computed without binary fractions (0.1 + 0.2). */
interface Step {
  mantissa: 1 | 2 | 2.5 | 5;
  exponent: number;
}
const stepValue = (s: Step) => s.mantissa * 10 ** s.exponent;
/** The decimals a step's multiples need: 0.25 → 2, 0.5 → 1, 25 → 0. */
const stepDecimals = (s: Step) => Math.max(0, -s.exponent + (s.mantissa === 2.5 ? 1 : 0));

/** Ticks on the roundest step that covers [min, max] in at most `intervals` + 1 intervals. */
function roundTicks(
  [min, max]: Extent,
  intervals: number,
  { wholeSteps, flatPad }: { wholeSteps: boolean; flatPad: (value: number) => number },
): { ticks: number[]; decimals: number } {
  let low = min;
  let high = max;
  if (low === high) {
    // One value: a little room around it, so its dot sits inside the axis.
    const pad = flatPad(low);
    low -= pad;
    high += pad;
  }
  const exponent = Math.floor(Math.log10((high - low) / intervals));
  const steps = [exponent - 1, exponent, exponent + 1]
    .flatMap((e) => ([1, 2, 2.5, 5] as const).map((mantissa): Step => ({ mantissa, exponent: e })))
    // Whole steps for counts: no "0.5 new followers" between 0 and 1.
    .filter((s) => !wholeSteps || (stepValue(s) >= 1 && Number.isInteger(stepValue(s))));
  // Counts and ratios that are never negative keep the axis at 0 or above.
  const firstIndex = (s: Step) => {
    const index = Math.floor(low / stepValue(s) + 1e-9);
    return min >= 0 && index < 0 ? 0 : index;
  };
  const lastIndex = (s: Step) => Math.ceil(high / stepValue(s) - 1e-9);
  const step = steps.find((s) => lastIndex(s) - firstIndex(s) <= intervals + 1) ?? {
    mantissa: 1,
    exponent: exponent + 2,
  };
  const decimals = stepDecimals(step);
  const ticks: number[] = [];
  for (let i = firstIndex(step); i <= lastIndex(step); i += 1)
    ticks.push(Number((i * stepValue(step)).toFixed(decimals)));
  return { ticks, decimals };
}

/**
 * Whole-number ticks on the roundest step (1, 2, 2.5 or 5 × 10^k) that covers the extent in at most
 * `intervals` + 1 intervals; counts never go below 0 unless the data does.
 */
export function niceCountTicks(extent: Extent, intervals = 4): number[] {
  return roundTicks(extent, intervals, {
    wholeSteps: true,
    flatPad: (value) => Math.max(1, Math.abs(value) * 0.05),
  }).ticks;
}

/** A change smaller than this share of the values is drawn nearly flat, not stretched over the axis. */
const MIN_RELATIVE_SPAN = 0.01;

/**
 * Ticks for a ratio, rate or average: the roundest step (1, 2, 2.5 or 5 × 10^k, fractions allowed) that
 * covers the extent in at most `intervals` + 1 intervals, and the one number of decimals every tick of
 * the axis is shown with (1.75, 2.00, 2.25). Never below 0 unless the data is. A wobble of less than 1% of
 * the values (a ratio of 1.9701 then 1.9702) is centred in an axis 1% wide instead of filling it, so
 * rounding noise does not look like a trend.
 */
export function niceDecimalTicks([min, max]: Extent, intervals = 4): { ticks: number[]; decimals: number } {
  const magnitude = Math.max(Math.abs(min), Math.abs(max));
  const minSpan = magnitude * MIN_RELATIVE_SPAN;
  // Widened around the middle, which stays at or above 0 when the values do.
  const mid = (min + max) / 2;
  const extent: Extent =
    max > min && max - min < minSpan ? [mid - minSpan / 2, mid + minSpan / 2] : [min, max];
  return roundTicks(extent, intervals, {
    wholeSteps: false,
    flatPad: (value) => (value === 0 ? 1 : Math.abs(value) * 0.05),
  });
}
