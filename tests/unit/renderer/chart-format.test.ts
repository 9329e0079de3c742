// The chart kit's number and date rules, through the same formatter module every chart, table, tip and
// suggestion uses. Expectations are written for the en-US locale the test runner uses (Node's
// navigator.language), with the separators Intl produces there.
import { describe, expect, it } from 'vitest';
import {
  countTickFormatter,
  decimalTickFormatter,
  formatCount,
  formatCountTick,
  formatDecimalTick,
  formatEvidenceValue,
  localizeText,
  percentTickFormatter,
  timeTickFormatter,
} from '../../../src/renderer/src/format';
import {
  niceCountTicks,
  niceDecimalTicks,
  valueExtent,
  withZero,
} from '../../../src/renderer/src/charts/countScale';
import { describeFollowPoints, followRatio } from '../../../src/renderer/src/charts/FollowersFollowingChart';

const day = 86_400_000;
/** A decimal axis' tick labels. */
const decimalLabels = ({ ticks, decimals }: { ticks: number[]; decimals: number }) =>
  ticks.map(decimalTickFormatter(decimals));
const utcNoon = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

describe('axis ticks', () => {
  it('shows counts whole, with separators and their sign, compact only from 100,000', () => {
    expect(formatCountTick(1350)).toBe('1,350');
    expect(formatCountTick(-110)).toBe('-110');
    expect(formatCountTick(26_101)).toBe('26,101');
    expect(formatCountTick(126_400)).toBe('126K');
    expect(formatCountTick(-1_250_000)).toBe('-1.25M');
    expect(formatCountTick(null)).toBe('—');
  });

  it('gives a count axis round ticks covering the data, in one number style', () => {
    // The followers and following panels of a small account: not 119, 126, 133, 140, 147.
    expect(niceCountTicks([120, 146])).toEqual([120, 130, 140, 150]);
    expect(niceCountTicks([250, 370])).toEqual([250, 275, 300, 325, 350, 375]);
    expect(niceCountTicks([5_800, 26_101])).toEqual([5_000, 10_000, 15_000, 20_000, 25_000, 30_000]);
    // Counts never go below 0 unless the data does; negative changes keep their sign.
    expect(niceCountTicks([0, 3])).toEqual([0, 1, 2, 3]);
    expect(niceCountTicks([-110, 240])[0]).toBeLessThanOrEqual(-110);
    // One value still gets an axis around it.
    expect(niceCountTicks([7, 7])).toEqual([6, 7, 8]);
    // A forecast reaching 100,000 reads 25K … 100K, never 75,000 beside 100K.
    const forecast = [{ actual: 26_101, band: [20_000, 98_000], t: Date.UTC(2030, 0, 1) }];
    const extent = withZero(valueExtent(forecast, ['actual', 'band']))!;
    expect(extent).toEqual([0, 98_000]);
    const ticks = niceCountTicks(extent);
    expect(ticks).toEqual([0, 20_000, 40_000, 60_000, 80_000, 100_000]);
    expect(ticks.map(countTickFormatter(100_000))).toEqual(['0', '20K', '40K', '60K', '80K', '100K']);
    expect(valueExtent([{ a: null, t: 5 }], ['a'])).toBeNull();
  });

  it('gives a ratio axis round ticks covering the data, every one with the same decimals', () => {
    // The followers/following ratio: not recharts' 1.95, 2.1, 2.25.
    expect(niceDecimalTicks([1.97, 2.32])).toEqual({ ticks: [1.9, 2, 2.1, 2.2, 2.3, 2.4], decimals: 1 });
    expect(decimalLabels(niceDecimalTicks([1.97, 2.32]))).toEqual(['1.9', '2.0', '2.1', '2.2', '2.3', '2.4']);
    expect(decimalLabels(niceDecimalTicks([1.8, 2.6]))).toEqual(['1.8', '2.0', '2.2', '2.4', '2.6']);
    // A 0.25 step shows two decimals on every tick, 2.00 included.
    expect(decimalLabels(niceDecimalTicks([1.3, 2.4]))).toEqual([
      '1.25',
      '1.50',
      '1.75',
      '2.00',
      '2.25',
      '2.50',
    ]);
    // Whole steps when the ratio is large; ticks are exact, not 0.30000000000000004.
    expect(niceDecimalTicks([12, 41]).ticks).toEqual([10, 20, 30, 40, 50]);
    expect(niceDecimalTicks([0.1, 0.3]).ticks).toEqual([0.1, 0.15, 0.2, 0.25, 0.3]);
  });

  it('keeps a ratio axis honest at the edges: negative values, tiny values, tiny changes, a flat series', () => {
    // Negative values keep their sign and are covered; a never-negative series never dips below 0.
    const negative = niceDecimalTicks([-0.35, 0.6]);
    expect(negative.ticks[0]).toBeLessThanOrEqual(-0.35);
    expect(negative.ticks.at(-1)).toBeGreaterThanOrEqual(0.6);
    expect(negative.ticks).toContain(0);
    expect(decimalLabels(negative)).toEqual(['-0.4', '-0.2', '0.0', '0.2', '0.4', '0.6']);
    expect(niceDecimalTicks([0.02, 0.9]).ticks[0]).toBe(0);
    // Tiny values get the decimals they need, the same on every tick.
    expect(decimalLabels(niceDecimalTicks([0.0012, 0.0019]))).toEqual([
      '0.0012',
      '0.0014',
      '0.0016',
      '0.0018',
      '0.0020',
    ]);
    // A change of 0.005% is rounding noise: drawn in an axis 1% of the value wide, not stretched over it.
    const wobble = niceDecimalTicks([1.9701, 1.9702]);
    expect(wobble.ticks.at(-1)! - wobble.ticks[0]!).toBeGreaterThanOrEqual(0.0197);
    expect(wobble.ticks[0]).toBeLessThanOrEqual(1.9701);
    expect(wobble.ticks.at(-1)).toBeGreaterThanOrEqual(1.9702);
    // A flat series sits inside its axis, which stays at or above 0; a flat 0 still gets an axis.
    const flat = niceDecimalTicks([2.5, 2.5]);
    expect(flat.ticks[0]).toBeLessThan(2.5);
    expect(flat.ticks.at(-1)).toBeGreaterThan(2.5);
    expect(niceDecimalTicks([0, 0]).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    // At most 6 intervals, always at least one.
    for (const extent of [
      [-0.35, 0.6],
      [0.0012, 0.0019],
      [1.9701, 1.9702],
      [2.5, 2.5],
      [3, 1_000_000],
    ] as const) {
      const { ticks } = niceDecimalTicks(extent);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(7);
    }
  });

  it('shows a share axis in percent with one number of decimals', () => {
    const whole = niceDecimalTicks([0, 1]);
    expect(whole.ticks.map(percentTickFormatter(whole.decimals))).toEqual([
      '0%',
      '20%',
      '40%',
      '60%',
      '80%',
      '100%',
    ]);
    const whole2 = niceDecimalTicks([0.011, 0.046]);
    expect(whole2.ticks.map(percentTickFormatter(whole2.decimals))).toEqual(['1%', '2%', '3%', '4%', '5%']);
    // A 2.5% step: one decimal on every tick.
    const rate = niceDecimalTicks([0.03, 0.14]);
    expect(rate.ticks.map(percentTickFormatter(rate.decimals))).toEqual([
      '2.5%',
      '5.0%',
      '7.5%',
      '10.0%',
      '12.5%',
      '15.0%',
    ]);
  });

  it('keeps two decimals for ratios so 0.15-step ticks stay distinct', () => {
    expect([0.15, 0.3, 0.45].map(formatDecimalTick)).toEqual(['0.15', '0.3', '0.45']);
  });
});

describe('time axis', () => {
  it('names the year on an axis that spans months across years', () => {
    const from = utcNoon('2025-05-06');
    const to = utcNoon('2026-11-04');
    const tick = timeTickFormatter(from, to);
    expect(tick(from)).toMatch(/2025/);
    expect(tick(to)).toMatch(/2026/);
  });

  it('names the year when a short axis crosses New Year, and leaves it out within one year', () => {
    const newYear = timeTickFormatter(utcNoon('2025-12-20'), utcNoon('2026-01-10'));
    expect(newYear(utcNoon('2025-12-24'))).toMatch(/2025/);
    const summer = timeTickFormatter(utcNoon('2026-06-01'), utcNoon('2026-06-01') + 30 * day);
    expect(summer(utcNoon('2026-06-10'))).not.toMatch(/2026/);
  });
});

describe('counted phrases', () => {
  it('says whole counts with the right noun', () => {
    expect(formatCount(1085, 'like', 'likes')).toBe('1,085 likes');
    expect(formatCount(1, 'new follower', 'new followers')).toBe('1 new follower');
    expect(formatCount(0.5, 'new follower', 'new followers')).not.toMatch(/0\.5/);
    expect(formatCount(null, 'like', 'likes')).toBe('—');
  });
});

describe('evidence values', () => {
  it('localises numbers and ISO dates the service sends, and leaves words alone', () => {
    expect(formatEvidenceValue(1085)).toBe('1,085');
    expect(formatEvidenceValue(1.973)).toBe('1.97');
    expect(formatEvidenceValue('2026-05-06')).toBe('May 6, 2026');
    expect(formatEvidenceValue('skincare')).toBe('skincare');
  });
});

describe('sentences from the service', () => {
  it('localises ISO dates and whole numbers, not digits inside names', () => {
    expect(localizeText('Follows you since 2026-03-15')).toBe('Follows you since Mar 15, 2026');
    expect(localizeText('1085 likes on 12 posts')).toBe('1,085 likes on 12 posts');
    expect(localizeText('@pixel30252 and #2024 stay; 1.97 and 26,101 too')).toBe(
      '@pixel30252 and #2024 stay; 1.97 and 26,101 too',
    );
  });
});

describe('followers and following chart', () => {
  const points = [
    { t: utcNoon('2025-05-06'), followers: 20_000, following: 800 },
    { t: utcNoon('2026-11-04'), followers: 26_101, following: 703 },
  ];

  it('has one ratio, followers per account followed, unknown when following no one', () => {
    expect(followRatio(points[1]!)).toBeCloseTo(26_101 / 703);
    expect(followRatio({ t: 0, followers: 5, following: 0 })).toBeNull();
  });

  it('describes itself in words for screen readers', () => {
    const text = describeFollowPoints(points, 'Followers', 'Following');
    expect(text).toContain('2 snapshots');
    expect(text).toContain('Followers 26,101');
    expect(text).toContain('Following 703');
  });
});
