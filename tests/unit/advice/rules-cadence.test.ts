import { describe, expect, it } from 'vitest';
import { cadenceGap } from '../../../src/main/advice/tips/rules/cadence-gap';
import { cadenceLow } from '../../../src/main/advice/tips/rules/cadence-low';
import { cadenceRoom } from '../../../src/main/advice/tips/rules/cadence-room';
import { fmtDate } from '../../../src/main/advice/metrics';
import { ctx, makeMetrics, postSeries } from './make-metrics';

describe('cadence-low', () => {
  it('fires under two posts a week, citing the Buffer study and the count', () => {
    const m = makeMetrics({ posts: postSeries(12, 10, () => 100) }); // one every 10 days: 3 in 28 days
    const tip = cadenceLow.evaluate(m, ctx);
    expect(tip?.priority).toBe('high');
    expect(tip?.evidence.values).toContainEqual({ label: 'Posts in those 28 days', value: 3 });
    expect(tip?.source?.title).toMatch(/11\.4 million/);
    expect(tip?.source?.finding).toMatch(/17%.*29%/);
  });
  it('names the weeks it counts by the newest export, which can be months before today', () => {
    const m = makeMetrics({ posts: postSeries(12, 10, () => 100) });
    const text = cadenceLow.evaluate(m, ctx)!.evidence.text;
    expect(text).toContain(
      `the 4 weeks up to your newest export (${fmtDate(m.asOf, m.timeZone)}, dates in ${m.timeZone})`,
    );
    expect(text).not.toMatch(/last 4 weeks/);
  });
  it('does not fire at two posts a week or with no posts at all', () => {
    expect(cadenceLow.evaluate(makeMetrics({ posts: postSeries(8, 3.5, () => 100, 1) }), ctx)).toBeNull();
    expect(cadenceLow.evaluate(makeMetrics({ posts: [] }), ctx)).toBeNull();
  });
});

describe('cadence-room', () => {
  it('fires between 2 and 6 posts a week', () => {
    const tip = cadenceRoom.evaluate(makeMetrics({ posts: postSeries(12, 2.5, () => 100, 1) }), ctx);
    expect(tip?.evidence.values[0]).toEqual({ label: 'Posts per week', value: 2.8 });
  });
  it('does not fire at a post a day or under two a week', () => {
    expect(cadenceRoom.evaluate(makeMetrics(), ctx)).toBeNull();
    expect(cadenceRoom.evaluate(makeMetrics({ posts: postSeries(6, 10, () => 100) }), ctx)).toBeNull();
  });
});

describe('cadence-gap', () => {
  it('fires on a break of more than 14 days in the last 90 days', () => {
    // Posts every 2 days, except nothing between 40 and 20 days ago.
    const gapPosts = postSeries(45, 2, () => 100, 1).filter((p) => {
      const daysAgo = (makeMetrics().asOf - p.postedAt) / 86_400_000;
      return daysAgo < 20 || daysAgo > 40;
    });
    const tip = cadenceGap.evaluate(makeMetrics({ posts: gapPosts }), ctx);
    expect(tip).not.toBeNull();
    const gap = tip!.evidence.values.find((v) => v.label.startsWith('Longest gap'))!.value as number;
    expect(gap).toBeGreaterThanOrEqual(20);
    expect(gap).toBeLessThanOrEqual(22);
  });
  it('counts the silence since the last post', () => {
    const tip = cadenceGap.evaluate(makeMetrics({ posts: postSeries(10, 2, () => 100, 30) }), ctx);
    expect(tip?.priority).toBe('medium');
    expect(tip?.evidence.values[0]!.value).toBe(30);
  });
  it('does not fire on regular posting or too few posts', () => {
    expect(cadenceGap.evaluate(makeMetrics({ posts: postSeries(30, 7, () => 100, 1) }), ctx)).toBeNull();
    expect(cadenceGap.evaluate(makeMetrics({ posts: postSeries(2, 40, () => 100, 1) }), ctx)).toBeNull();
  });
});
