import { describe, expect, it } from 'vitest';
import { bestHours } from '../../../src/main/advice/tips/rules/best-hours';
import { bestWeekdays } from '../../../src/main/advice/tips/rules/best-weekdays';
import { followerPeakHours } from '../../../src/main/advice/tips/rules/follower-peak-hours';
import { ctx, makeMetrics, post } from './make-metrics';

describe('best-hours', () => {
  it('fires when a rarely used 3-hour window earns clearly more likes', () => {
    const posts = [
      ...Array.from({ length: 12 }, (_, i) => post(2 + i * 3, 100, 'x', 12)),
      ...Array.from({ length: 4 }, (_, i) => post(3 + i * 5, 300, 'x', 19)),
    ];
    const tip = bestHours.evaluate(makeMetrics({ posts }), ctx);
    expect(tip?.title).toContain('18:00–21:00 UTC');
    expect(tip?.evidence.values).toContainEqual({ label: 'Median likes in window', value: 300 });
    expect(tip?.evidence.values).toContainEqual({ label: 'Posts in window', value: 4 });
  });
  it('does not fire when the best window already carries most posts, or the lift is small', () => {
    const mostly = [
      ...Array.from({ length: 4 }, (_, i) => post(2 + i * 3, 100, 'x', 12)),
      ...Array.from({ length: 8 }, (_, i) => post(3 + i * 5, 300, 'x', 19)),
    ];
    expect(bestHours.evaluate(makeMetrics({ posts: mostly }), ctx)).toBeNull();
    const small = [
      ...Array.from({ length: 12 }, (_, i) => post(2 + i * 3, 100, 'x', 12)),
      ...Array.from({ length: 4 }, (_, i) => post(3 + i * 5, 120, 'x', 19)),
    ];
    expect(bestHours.evaluate(makeMetrics({ posts: small }), ctx)).toBeNull();
  });
});

describe('best-weekdays', () => {
  it('fires when one weekday clearly beats the median', () => {
    const asOfDay = new Date(makeMetrics().asOf).getUTCDay();
    // 21 daily posts: the ones on asOf's weekday (0, 7, 14 days ago) get 500 likes.
    const posts = Array.from({ length: 21 }, (_, i) => post(i, i % 7 === 0 ? 500 : 100));
    const tip = bestWeekdays.evaluate(makeMetrics({ posts }), ctx);
    const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    expect(tip?.title).toBe(`${names[asOfDay]}s work best for you`);
    expect(tip?.evidence.values).toContainEqual({ label: 'Median likes that day', value: 500 });
  });
  it('does not fire when weekdays perform alike', () => {
    const posts = Array.from({ length: 21 }, (_, i) => post(i, 100 + (i % 3)));
    expect(bestWeekdays.evaluate(makeMetrics({ posts }), ctx)).toBeNull();
  });
});

describe('follower-peak-hours', () => {
  const active = Array.from({ length: 24 }, (_, h) => (h === 20 ? 900 : 100 + h));
  it('fires when few posts go out in the 2 hours before the Studio peak', () => {
    const posts = Array.from({ length: 10 }, (_, i) => post(1 + i * 3, 100, 'x', 9));
    const tip = followerPeakHours.evaluate(
      makeMetrics({ posts, studio: { views: [], interactions: [], activeByHour: active } }),
      ctx,
    );
    expect(tip?.evidence.values).toContainEqual({ label: 'Peak hour (UTC)', value: '20:00' });
    expect(tip?.evidence.values).toContainEqual({ label: 'Posts in the window', value: 0 });
  });
  it('does not fire without Studio data or when posts already precede the peak', () => {
    const posts = Array.from({ length: 10 }, (_, i) => post(1 + i * 3, 100, 'x', 19));
    expect(
      followerPeakHours.evaluate(
        makeMetrics({ posts, studio: { views: [], interactions: [], activeByHour: active } }),
        ctx,
      ),
    ).toBeNull();
    expect(
      followerPeakHours.evaluate(
        makeMetrics({ posts: posts.map((p) => ({ ...p, postedAt: p.postedAt - 10 * 3_600_000 })) }),
        ctx,
      ),
    ).toBeNull();
  });
});
