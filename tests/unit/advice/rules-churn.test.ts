import { describe, expect, it } from 'vitest';
import { churnAfterPost } from '../../../src/main/advice/tips/rules/churn-after-post';
import { followerDecline } from '../../../src/main/advice/tips/rules/follower-decline';
import { mutualsLost } from '../../../src/main/advice/tips/rules/mutuals-lost';
import { AS_OF, DAY, ctx, intervalsOf, makeMetrics, post, snapshotsEvery } from './make-metrics';

const snaps = snapshotsEvery(10, [
  [900, 300],
  [950, 300],
  [1000, 300],
  [1050, 300],
]);

describe('churn-after-post', () => {
  it('names the post published in the interval that lost far more followers than usual', () => {
    const posts = [
      post(25, 100, 'Trying crypto tips #money'),
      post(15, 80, 'Skincare haul'),
      post(5, 90, 'Leg day'),
    ];
    const m = makeMetrics({
      snapshots: snaps,
      posts,
      intervals: intervalsOf(snaps, [{ followersLost: 5 }, { followersLost: 80 }, { followersLost: 6 }]),
    });
    const tip = churnAfterPost.evaluate(m, ctx);
    expect(tip).not.toBeNull();
    expect(tip!.evidence.text).toContain('Skincare haul');
    expect(tip!.evidence.text).not.toContain('crypto');
    expect(tip!.evidence.values).toContainEqual({ label: 'Followers lost', value: 80 });
  });
  it('does not fire when churn is even, or when no post falls in the spike', () => {
    const even = makeMetrics({
      snapshots: snaps,
      intervals: intervalsOf(snaps, [{ followersLost: 20 }, { followersLost: 25 }, { followersLost: 22 }]),
    });
    expect(churnAfterPost.evaluate(even, ctx)).toBeNull();
    const noPost = makeMetrics({
      snapshots: snaps,
      posts: [post(25, 100), post(5, 100)],
      intervals: intervalsOf(snaps, [{ followersLost: 5 }, { followersLost: 80 }, { followersLost: 6 }]),
    });
    expect(churnAfterPost.evaluate(noPost, ctx)).toBeNull();
  });
});

describe('follower-decline', () => {
  it('fires on a net loss in the latest interval', () => {
    const m = makeMetrics({
      snapshots: snaps,
      intervals: intervalsOf(snaps, [{}, {}, { followersGained: 10, followersLost: 70 }]),
    });
    const tip = followerDecline.evaluate(m, ctx);
    expect(tip?.evidence.values).toEqual([
      { label: 'Gained', value: 10 },
      { label: 'Lost', value: 70 },
      { label: 'Net', value: -60 },
    ]);
    expect(tip?.priority).toBe('high'); // 60 of the 1110 at the start of the interval: over 5%
    const mild = makeMetrics({
      snapshots: snaps,
      intervals: intervalsOf(snaps, [{}, {}, { followersGained: 10, followersLost: 50 }]),
    });
    expect(followerDecline.evaluate(mild, ctx)?.priority).toBe('medium');
  });
  it('does not fire on net growth or a loss in an earlier interval', () => {
    expect(
      followerDecline.evaluate(
        makeMetrics({
          snapshots: snaps,
          intervals: intervalsOf(snaps, [{}, {}, { followersGained: 70, followersLost: 60 }]),
        }),
        ctx,
      ),
    ).toBeNull();
    expect(
      followerDecline.evaluate(
        makeMetrics({
          snapshots: snaps,
          intervals: intervalsOf(snaps, [{ followersGained: 0, followersLost: 60 }, {}, {}]),
        }),
        ctx,
      ),
    ).toBeNull();
  });
});

describe('mutuals-lost', () => {
  it('fires when 3+ mutuals left in the latest interval', () => {
    const tip = mutualsLost.evaluate(
      makeMetrics({ snapshots: snaps, intervals: intervalsOf(snaps, [{}, {}, { mutualsLost: 4 }]) }),
      ctx,
    );
    expect(tip?.evidence.values[0]).toEqual({ label: 'Mutuals lost', value: 4 });
    expect(tip?.evidence.text).toContain(new Date(AS_OF - 10 * DAY).toISOString().slice(0, 10));
  });
  it('does not fire for fewer than 3', () => {
    expect(
      mutualsLost.evaluate(
        makeMetrics({ snapshots: snaps, intervals: intervalsOf(snaps, [{}, {}, { mutualsLost: 2 }]) }),
        ctx,
      ),
    ).toBeNull();
  });
});
