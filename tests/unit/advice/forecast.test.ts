import { describe, expect, it } from 'vitest';
import { MIN_FORECAST_POINTS, forecastFollowers } from '../../../src/main/advice/forecast';
import { fitLine, median, predictionHalfWidth } from '../../../src/main/advice/stats';
import type { MetricsSnapshot } from '../../../src/shared/domain/advice';

const DAY = 86_400_000;
const T0 = Date.parse('2026-01-01T00:00:00Z');
const series = (values: number[], everyDays = 10): MetricsSnapshot[] =>
  values.map((followers, i) => ({
    snapshotId: i + 1,
    takenAt: T0 + i * everyDays * DAY,
    followers,
    following: 100,
  }));

describe('stats', () => {
  it('fits an exact line with zero residual and a known slope', () => {
    const fit = fitLine([0, 1, 2, 3], [5, 7, 9, 11])!;
    expect(fit.slope).toBeCloseTo(2, 12);
    expect(fit.intercept).toBeCloseTo(5, 12);
    expect(fit.residualSd).toBeCloseTo(0, 12);
  });
  it('residual sd and prediction band follow the textbook formulas', () => {
    const fit = fitLine([0, 1, 2, 3], [0, 2, 1, 3])!; // slope 0.8, residuals 0.2,0.4...
    expect(fit.slope).toBeCloseTo(0.8, 12);
    // SSE = 1.8 → s = sqrt(1.8 / 2)
    expect(fit.residualSd).toBeCloseTo(Math.sqrt(0.9), 12);
    // t(2) = 4.303; at x = 1.5 (the mean): s·sqrt(1 + 1/4)
    expect(predictionHalfWidth(fit, 1.5)).toBeCloseTo(4.303 * Math.sqrt(0.9) * Math.sqrt(1.25), 9);
    expect(predictionHalfWidth(fit, 10)).toBeGreaterThan(predictionHalfWidth(fit, 1.5));
  });
  it('median of even and odd lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('forecastFollowers', () => {
  it('a perfectly linear history reaches the goal on the exact day, with a zero-width band', () => {
    // +10 followers a day: 1000, 1100, 1200, 1300 at days 0, 10, 20, 30 → 2000 at day 100.
    const f = forecastFollowers(
      series([1000, 1100, 1200, 1300]),
      { target: 2000, deadline: null },
      { now: T0, timeZone: 'UTC' },
    );
    const linear = f.models.find((m) => m.model === 'linear')!;
    expect(linear.slope).toBeCloseTo(10, 9);
    expect(linear.reachDate).toBe(new Date(T0 + 100 * DAY).toISOString());
    expect(linear.reachEarliest).toBe(linear.reachDate);
    expect(linear.reachLatest).toBe(linear.reachDate);
  });
  it('a compounding history: the growth-rate model finds the rate and the earlier date', () => {
    // +1% a day: 1000·1.01^d. Goal 2000 at d = ln 2 / ln 1.01 ≈ 69.66 → day 70.
    const values = [0, 10, 20, 30].map((d) => 1000 * Math.pow(1.01, d));
    const f = forecastFollowers(
      series(values),
      { target: 2000, deadline: null },
      { now: T0, timeZone: 'UTC' },
    );
    const growth = f.models.find((m) => m.model === 'growth-rate')!;
    expect(growth.slope).toBeCloseTo(Math.log(1.01), 9);
    expect(growth.reachDate).toBe(new Date(T0 + 70 * DAY).toISOString());
    const linear = f.models.find((m) => m.model === 'linear')!;
    expect(Date.parse(linear.reachDate!)).toBeGreaterThan(Date.parse(growth.reachDate!));
  });
  it('noisy history: the band brackets the central date', () => {
    const f = forecastFollowers(
      series([1000, 1130, 1170, 1320, 1380, 1530]),
      { target: 2500, deadline: null },
      { now: T0, timeZone: 'UTC' },
    );
    for (const m of f.models) {
      expect(m.residualSd).toBeGreaterThan(0);
      expect(Date.parse(m.reachEarliest!)).toBeLessThan(Date.parse(m.reachDate!));
      expect(Date.parse(m.reachLatest!)).toBeGreaterThan(Date.parse(m.reachDate!));
    }
    const projected = f.points.filter((p) => p.linear !== null);
    for (const p of projected) {
      expect(p.linearLow!).toBeLessThanOrEqual(p.linear!);
      expect(p.linearHigh!).toBeGreaterThanOrEqual(p.linear!);
    }
    // The chart goes at least to the later central reach date.
    const lastT = Date.parse(f.points[f.points.length - 1]!.t);
    expect(lastT).toBeGreaterThanOrEqual(Math.max(...f.models.map((m) => Date.parse(m.reachDate!))));
  });
  it('says a goal is behind already: reached at the newest export, or passed by today on the line', () => {
    const at = (target: number) =>
      forecastFollowers(
        series([100, 120, 140]),
        { target, deadline: null },
        {
          now: T0 + 60 * DAY,
          timeZone: 'UTC',
        },
      ).models.map((m) => m.passed);
    expect(at(140)).toEqual(['at-newest-export', 'at-newest-export']);
    // 40 days after the newest export, both lines are past 141 (linear: about 220).
    expect(at(141)).toEqual(['by-today', 'by-today']);
    expect(at(10_000)).toEqual([null, null]);
    const noGoal = forecastFollowers(series([100, 120, 140]), null, { now: T0, timeZone: 'UTC' });
    expect(noGoal.models.map((m) => m.passed)).toEqual([null, null]);
  });
  it('projects half a year at least, even for a goal a few days off', () => {
    const f = forecastFollowers(
      series([100, 120, 140]),
      { target: 141, deadline: null },
      {
        now: T0 + 60 * DAY,
        timeZone: 'UTC',
      },
    );
    const start = Date.parse(f.from!);
    expect(Date.parse(f.models[0]!.reachDate!) - start).toBeLessThan(7 * DAY);
    expect(Date.parse(f.points.at(-1)!.t) - start).toBeGreaterThanOrEqual(180 * DAY - 1);
  });
  it('history points carry the actual counts, and the projection starts at the last one', () => {
    const f = forecastFollowers(series([100, 120, 140]), null, { now: T0, timeZone: 'UTC' });
    expect(f.points.filter((p) => p.actual !== null).map((p) => p.actual)).toEqual([100, 120, 140]);
    const first = f.points.find((p) => p.linear !== null)!;
    expect(first.actual).toBe(140);
    expect(first.linear).toBeCloseTo(140, 9);
  });
  it('a falling account never reaches the goal', () => {
    const f = forecastFollowers(
      series([1000, 990, 980]),
      { target: 2000, deadline: null },
      { now: T0, timeZone: 'UTC' },
    );
    expect(f.models.find((m) => m.model === 'linear')!.reachDate).toBeNull();
  });
  it(`needs ${MIN_FORECAST_POINTS} exports on different days: silent below, a forecast at the minimum`, () => {
    const below = forecastFollowers(series([100, 200]), null, { now: T0, timeZone: 'UTC' });
    expect(below.unavailable).toBe(
      'A forecast needs at least 3 exports taken on different days (in UTC); there are 2.',
    );
    expect(below.models).toEqual([]);
    expect(
      forecastFollowers(series([100, 200, 300], 0), null, { now: T0, timeZone: 'UTC' }).unavailable,
    ).toMatch(/there is 1/);
    const at = forecastFollowers(series([100, 200, 300]), null, { now: T0, timeZone: 'UTC' });
    expect(at.unavailable).toBeNull();
    expect(at.observations).toBe(MIN_FORECAST_POINTS);
  });
  it('starts from today, never shows a reach date in the past, and says what it assumes', () => {
    // Exports from January (+10 a day); today is 1 June: the goal the old trend "reached" in April is
    // not announced as reached in the past.
    const today = Date.parse('2026-06-01T00:00:00Z');
    const f = forecastFollowers(
      series([1000, 1100, 1200, 1300]),
      { target: 2000, deadline: null },
      { now: today, timeZone: 'UTC' },
    );
    for (const m of f.models) if (m.reachDate) expect(Date.parse(m.reachDate)).toBeGreaterThanOrEqual(today);
    expect(f.from).toBe(new Date(today).toISOString());
    const projected = f.points.filter((p) => p.linear !== null);
    expect(Date.parse(projected[0]!.t)).toBe(today);
    expect(f.assumptions.join(' ')).toMatch(/Fitted on 4 exports from 2026-01-01 to 2026-01-31/);
    expect(f.assumptions.join(' ')).toMatch(
      /Starts today \(2026-06-01\); the 121 days since the newest export/,
    );
    expect(f.assumptions.join(' ')).toMatch(/\+10 a day/);
  });
});

describe('forecast days are calendar days in the product zone', () => {
  const at = (iso: string, followers: number, i: number): MetricsSnapshot => ({
    snapshotId: i + 1,
    takenAt: Date.parse(iso),
    followers,
    following: 100,
  });
  // 10:00 and 20:00 UTC on 1 January are one day in UTC and two in Tokyo (19:00 on the 1st, 05:00 on
  // the 2nd): with 5 January, three different days in Tokyo, two in UTC.
  const points = [
    at('2026-01-01T10:00:00Z', 1000, 0),
    at('2026-01-01T20:00:00Z', 1010, 1),
    at('2026-01-05T20:00:00Z', 1050, 2),
  ];
  const now = Date.parse('2026-06-01T20:00:00Z'); // 2 June in Tokyo

  it('counts exports on different days in the zone', () => {
    const utc = forecastFollowers(points, null, { now, timeZone: 'UTC' });
    expect(utc.unavailable).toMatch(/different days \(in UTC\); there are 2/);
    const tokyo = forecastFollowers(points, null, { now, timeZone: 'Asia/Tokyo' });
    expect(tokyo.unavailable).toBeNull();
    expect(tokyo.timeZone).toBe('Asia/Tokyo');
  });

  it('names the zone and its dates in the assumptions', () => {
    const f = forecastFollowers(points, null, { now, timeZone: 'Asia/Tokyo' });
    const text = f.assumptions.join(' ');
    expect(text).toMatch(/from 2026-01-01 to 2026-01-06 \(dates in Asia\/Tokyo;/);
    expect(text).toMatch(/Starts today \(2026-06-02\)/);
  });
});
