import { describe, expect, it } from 'vitest';
import { MIN_POSTS_PER_WINDOW } from '../../../src/main/analytics/engagement/best-time';
import {
  MIN_ACTIVITY_DAYS,
  MIN_POSTS_BEST_TIME,
  bestTime,
} from '../../../src/main/advice/tips/rules/best-time';
import {
  MIN_POSTS_PER_WEEKDAY,
  MIN_POSTS_WEEKDAYS,
  bestWeekdays,
} from '../../../src/main/advice/tips/rules/best-weekdays';
import { bestTimeOf, ctx, makeMetrics, post } from './make-metrics';

/** Background: posts at 12:00 UTC on scattered days with 100 likes; `strong` posts on Mondays 19:00 UTC. */
function timedPosts(strong: number, likes = 300) {
  return [
    ...Array.from({ length: 12 }, (_, i) => post(2 + i * 3, 100, 'x', 12)),
    // AS_OF (2026-06-01) is a Monday: 7, 14, 21… days before it are Mondays too.
    ...Array.from({ length: strong }, (_, i) => post(7 * (i + 1), likes, 'x', 19)),
  ].sort((a, b) => a.postedAt - b.postedAt);
}

function metricsFor(posts: ReturnType<typeof timedPosts>, timeZone = 'UTC', activityDays = 0) {
  const activity = Array.from({ length: activityDays * 24 }, (_, i) => ({
    day: `2026-05-${String(20 + Math.floor(i / 24)).padStart(2, '0')}`,
    hour: i % 24,
    active: i % 24 === 20 ? 900 : 100,
  }));
  return makeMetrics({ posts, timeZone, bestTime: bestTimeOf(posts, timeZone, activity) });
}

describe('best-time', () => {
  it('needs the same minimum as the analysis', () => {
    expect(MIN_POSTS_BEST_TIME).toBe(MIN_POSTS_PER_WINDOW);
  });

  it(`fires from ${MIN_POSTS_BEST_TIME} posts in a window without Studio, names the zone and the sample`, () => {
    const tip = bestTime.evaluate(metricsFor(timedPosts(MIN_POSTS_BEST_TIME)), ctx);
    expect(tip?.title).toBe('Post on Monday 18:00–20:00 (UTC)');
    expect(tip?.sample).toEqual({ size: 3, unit: 'posts in the window', minimum: MIN_POSTS_BEST_TIME });
    expect(tip?.evidence.values).toContainEqual({ label: 'Median likes in window 1', value: 300 });
    expect(tip?.evidence.text).toContain('Hours are in UTC');
  });

  it(`stays silent with ${MIN_POSTS_BEST_TIME - 1} posts in the window (no "median" from two posts)`, () => {
    expect(bestTime.evaluate(metricsFor(timedPosts(MIN_POSTS_BEST_TIME - 1)), ctx)).toBeNull();
  });

  it('reads hours in the chosen zone', () => {
    const tip = bestTime.evaluate(metricsFor(timedPosts(3), 'Asia/Tokyo'), ctx);
    // Monday 19:00 UTC is Tuesday 04:00 in Tokyo.
    expect(tip?.title).toBe('Post on Tuesday 03:00–05:00 (Asia/Tokyo)');
  });

  it(`with Studio, one recommendation shows both evidences from ${MIN_ACTIVITY_DAYS} days of activity`, () => {
    const tip = bestTime.evaluate(metricsFor(timedPosts(3), 'UTC', MIN_ACTIVITY_DAYS), ctx);
    expect(tip).not.toBeNull();
    expect(tip!.sample).toEqual({
      size: MIN_ACTIVITY_DAYS,
      unit: 'days of follower activity',
      minimum: MIN_ACTIVITY_DAYS,
    });
    expect(tip!.evidence.text).toMatch(/followers are online then/);
    expect(tip!.evidence.text).toMatch(/posts in that window|too few to judge/);
  });

  it(`with Studio, stays silent below ${MIN_ACTIVITY_DAYS} days of activity`, () => {
    expect(bestTime.evaluate(metricsFor(timedPosts(3), 'UTC', MIN_ACTIVITY_DAYS - 1), ctx)).toBeNull();
  });

  it('windows with fewer posts than the minimum carry no median', () => {
    const bt = bestTimeOf(timedPosts(2), 'UTC', [
      ...Array.from({ length: 7 * 24 }, (_, i) => ({
        day: `2026-05-${String(20 + Math.floor(i / 24)).padStart(2, '0')}`,
        hour: i % 24,
        active: 100,
      })),
    ]);
    for (const w of bt.windows) if (w.posts < MIN_POSTS_PER_WINDOW) expect(w.medianLikes).toBeNull();
  });
});

describe('best-weekdays', () => {
  // 21 daily posts: the ones on asOf's weekday (0, 7, 14 days ago) get 500 likes.
  const posts = Array.from({ length: 21 }, (_, i) => post(i, i % 7 === 0 ? 500 : 100));

  it(`fires when one weekday (${MIN_POSTS_PER_WEEKDAY} posts) clearly beats the median`, () => {
    const tip = bestWeekdays.evaluate(makeMetrics({ posts }), ctx);
    expect(tip?.title).toBe('Mondays work best for you');
    expect(tip?.evidence.values).toContainEqual({ label: 'Median likes that day', value: 500 });
    expect(tip?.evidence.values).toContainEqual({ label: 'Best weekday (UTC)', value: 'Monday' });
    expect(tip?.sample.size).toBe(MIN_POSTS_PER_WEEKDAY);
  });
  it(`stays silent when the best weekday has ${MIN_POSTS_PER_WEEKDAY - 1} posts`, () => {
    const fewer = posts.filter((_, i) => i !== 14);
    expect(fewer.length).toBeGreaterThanOrEqual(MIN_POSTS_WEEKDAYS);
    expect(bestWeekdays.evaluate(makeMetrics({ posts: fewer }), ctx)).toBeNull();
  });
  it(`stays silent below ${MIN_POSTS_WEEKDAYS} posts in all`, () => {
    const few = [
      post(0, 500),
      post(7, 500),
      post(14, 500),
      ...Array.from({ length: 6 }, (_, i) => post(i + 1, 100)),
    ];
    expect(few.length).toBe(MIN_POSTS_WEEKDAYS - 1);
    expect(bestWeekdays.evaluate(makeMetrics({ posts: few }), ctx)).toBeNull();
    const enough = [...few, post(8, 100)];
    expect(bestWeekdays.evaluate(makeMetrics({ posts: enough }), ctx)).not.toBeNull();
  });
  it('reads weekdays in the chosen zone', () => {
    // Posts at 20:00 UTC are at 05:00 the next day in Tokyo: Monday's strong posts become Tuesday's.
    const late = Array.from({ length: 21 }, (_, i) => post(i + 1, (i + 1) % 7 === 0 ? 500 : 100, 'x', 20));
    const tip = bestWeekdays.evaluate(makeMetrics({ posts: late, timeZone: 'Asia/Tokyo' }), ctx);
    expect(tip?.title).toBe('Tuesdays work best for you');
  });
});
