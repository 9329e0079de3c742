import { describe, expect, it } from 'vitest';
import { fansWaiting } from '../../../src/main/advice/tips/rules/fans-waiting';
import { goalOffTrack } from '../../../src/main/advice/tips/rules/goal-off-track';
import { lowOutgoingEngagement } from '../../../src/main/advice/tips/rules/low-outgoing-engagement';
import { reviewBacklog } from '../../../src/main/advice/tips/rules/review-backlog';
import { staleData } from '../../../src/main/advice/tips/rules/stale-data';
import { AS_OF, DAY, ctx, intervalsOf, makeMetrics, snapshotsEvery } from './make-metrics';

describe('fans-waiting', () => {
  it('fires when fans who message you are not followed back', () => {
    const tip = fansWaiting.evaluate(makeMetrics({ fansNotFollowedBackWithMessages: 6 }), ctx);
    expect(tip?.priority).toBe('high');
    expect(tip?.evidence.values[0]).toEqual({ label: 'Messaging fans not followed back', value: 6 });
  });
  it('does not fire without them', () => {
    expect(fansWaiting.evaluate(makeMetrics({ fansNotFollowedBackWithMessages: 0 }), ctx)).toBeNull();
  });
});

describe('review-backlog', () => {
  it('fires with 20+ old non-reciprocal follows making 10%+ of following', () => {
    const tip = reviewBacklog.evaluate(makeMetrics({ notFollowingBackOlderThanReview: 155 }), ctx);
    expect(tip?.priority).toBe('high'); // 155 of 310 = 50%
    expect(tip?.evidence.values).toContainEqual({ label: 'Share of following', value: 50, unit: '%' });
  });
  it('does not fire for a small backlog', () => {
    expect(reviewBacklog.evaluate(makeMetrics({ notFollowingBackOlderThanReview: 19 }), ctx)).toBeNull();
    expect(
      reviewBacklog.evaluate(
        makeMetrics({
          notFollowingBackOlderThanReview: 25,
          snapshots: snapshotsEvery(30, [[5000, 3000]]),
          intervals: [],
        }),
        ctx,
      ),
    ).toBeNull();
  });
});

describe('low-outgoing-engagement', () => {
  it('fires when posting but commenting fewer than 10 times in 28 days', () => {
    const tip = lowOutgoingEngagement.evaluate(makeMetrics({ commentsMadeLast28: 2 }), ctx);
    expect(tip?.evidence.values[0]).toEqual({ label: 'Comments made (28 days)', value: 2 });
  });
  it('does not fire for active commenters or accounts that do not post', () => {
    expect(lowOutgoingEngagement.evaluate(makeMetrics({ commentsMadeLast28: 10 }), ctx)).toBeNull();
    expect(lowOutgoingEngagement.evaluate(makeMetrics({ commentsMadeLast28: 0, posts: [] }), ctx)).toBeNull();
  });
});

describe('stale-data', () => {
  it('fires when the newest export is 45+ days old', () => {
    const tip = staleData.evaluate(makeMetrics(), { now: AS_OF + 60 * DAY });
    expect(tip?.evidence.values[1]).toEqual({ label: 'Age on 2026-07-31', value: 60, unit: 'days' });
    expect(tip?.priority).toBe('medium');
    expect(tip?.evidence.text).toContain('60 days before today (2026-07-31; dates in UTC)');
  });
  it('is high priority from 90 days', () => {
    expect(staleData.evaluate(makeMetrics(), { now: AS_OF + 90 * DAY })?.priority).toBe('high');
    expect(staleData.evaluate(makeMetrics(), { now: AS_OF + 89 * DAY })?.priority).toBe('medium');
    expect(staleData.evaluate(makeMetrics(), { now: AS_OF + 366 * DAY })?.sample).toEqual({
      size: 366,
      unit: 'days since the newest export',
      minimum: 45,
    });
  });
  it('does not fire for a recent export', () => {
    expect(staleData.evaluate(makeMetrics(), { now: AS_OF + 44 * DAY })).toBeNull();
  });
});

describe('goal-off-track', () => {
  // +50 followers per 30 days: 1000 now.
  const snaps = snapshotsEvery(30, [
    [900, 300],
    [950, 305],
    [1000, 310],
  ]);
  const deadlineIn = (days: number) => new Date(AS_OF + days * DAY).toISOString().slice(0, 10);
  it('fires when the linear trend reaches the goal after the deadline', () => {
    const m = makeMetrics({
      snapshots: snaps,
      intervals: intervalsOf(snaps, []),
      followerGoal: { target: 1500, deadline: deadlineIn(60) },
    });
    const tip = goalOffTrack.evaluate(m, ctx);
    expect(tip).not.toBeNull();
    expect(tip!.evidence.values).toContainEqual({ label: 'Followers a day now', value: 1.7 });
    // Counted from today (ctx.now, a day after the export): 500 more by the end of the deadline day, 59.5 days away.
    expect(tip!.evidence.values).toContainEqual({ label: 'Followers a day needed', value: 8.4 });
  });
  it('does not fire when on track, without a deadline, or once reached', () => {
    const on = makeMetrics({
      snapshots: snaps,
      intervals: intervalsOf(snaps, []),
      followerGoal: { target: 1100, deadline: deadlineIn(90) },
    });
    expect(goalOffTrack.evaluate(on, ctx)).toBeNull();
    expect(
      goalOffTrack.evaluate(makeMetrics({ followerGoal: { target: 5000, deadline: null } }), ctx),
    ).toBeNull();
    expect(
      goalOffTrack.evaluate(makeMetrics({ followerGoal: { target: 900, deadline: deadlineIn(1) } }), ctx),
    ).toBeNull();
  });
});
