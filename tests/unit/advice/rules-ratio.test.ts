import { describe, expect, it } from 'vitest';
import { massFollow } from '../../../src/main/advice/tips/rules/mass-follow';
import { ratioDrift } from '../../../src/main/advice/tips/rules/ratio-drift';
import { ratioHigh } from '../../../src/main/advice/tips/rules/ratio-high';
import { ctx, intervalsOf, makeMetrics, snapshotsEvery } from './make-metrics';

describe('ratio-high', () => {
  it('fires when following is 1.5× followers or more, with both numbers', () => {
    const snaps = snapshotsEvery(30, [[400, 1200]]);
    const tip = ratioHigh.evaluate(makeMetrics({ snapshots: snaps, intervals: [] }), ctx);
    // A 400-follower account is small: the strong effect is one step below high.
    expect(tip?.priority).toBe('medium');
    const big = snapshotsEvery(30, [[4000, 12000]]);
    expect(ratioHigh.evaluate(makeMetrics({ snapshots: big, intervals: [] }), ctx)?.priority).toBe('high');
    expect(tip?.evidence.values).toEqual([
      { label: 'Following', value: 1200 },
      { label: 'Followers', value: 400 },
      { label: 'Following per follower', value: 3 },
    ]);
  });
  it('does not fire below 1.5 or for tiny following lists', () => {
    expect(
      ratioHigh.evaluate(makeMetrics({ snapshots: snapshotsEvery(30, [[1000, 1400]]), intervals: [] }), ctx),
    ).toBeNull();
    expect(
      ratioHigh.evaluate(makeMetrics({ snapshots: snapshotsEvery(30, [[10, 90]]), intervals: [] }), ctx),
    ).toBeNull();
  });
});

describe('ratio-drift', () => {
  it('fires when the ratio rose by 20% or more over recent snapshots', () => {
    const snaps = snapshotsEvery(30, [
      [1000, 600],
      [1010, 800],
      [1020, 1000],
    ]);
    const tip = ratioDrift.evaluate(
      makeMetrics({ snapshots: snaps, intervals: intervalsOf(snaps, []) }),
      ctx,
    );
    expect(tip?.evidence.values).toContainEqual({ label: 'Ratio then', value: 0.6 });
    expect(tip?.evidence.values).toContainEqual({ label: 'Ratio now', value: 0.98 });
    expect(tip?.priority).toBe('high');
  });
  it('does not fire when followers keep pace, or with two snapshots only', () => {
    const steady = snapshotsEvery(30, [
      [1000, 600],
      [1200, 700],
      [1400, 800],
    ]);
    expect(
      ratioDrift.evaluate(makeMetrics({ snapshots: steady, intervals: intervalsOf(steady, []) }), ctx),
    ).toBeNull();
    const two = snapshotsEvery(30, [
      [1000, 600],
      [1000, 1000],
    ]);
    expect(
      ratioDrift.evaluate(makeMetrics({ snapshots: two, intervals: intervalsOf(two, []) }), ctx),
    ).toBeNull();
  });
});

describe('mass-follow', () => {
  const snaps = snapshotsEvery(10, [
    [900, 300],
    [950, 310],
    [1000, 320],
    [1050, 900],
  ]);
  it('fires on a burst of follows in one interval, naming its size and pace', () => {
    const m = makeMetrics({
      snapshots: snaps,
      intervals: intervalsOf(snaps, [{ followsAdded: 10 }, { followsAdded: 12 }, { followsAdded: 600 }]),
    });
    const tip = massFollow.evaluate(m, ctx);
    expect(tip?.priority).toBe('high'); // the burst is in the latest interval
    expect(tip?.evidence.values).toContainEqual({ label: 'New follows', value: 600 });
    expect(tip?.evidence.values).toContainEqual({ label: 'Per day', value: 60 });
  });
  it('does not fire at a steady pace, even a high one', () => {
    const m = makeMetrics({
      snapshots: snaps,
      intervals: intervalsOf(snaps, [{ followsAdded: 400 }, { followsAdded: 420 }, { followsAdded: 450 }]),
    });
    expect(massFollow.evaluate(m, ctx)).toBeNull();
    const small = makeMetrics({
      snapshots: snaps,
      intervals: intervalsOf(snaps, [{ followsAdded: 1 }, { followsAdded: 1 }, { followsAdded: 40 }]),
    });
    expect(massFollow.evaluate(small, ctx)).toBeNull();
  });
});
