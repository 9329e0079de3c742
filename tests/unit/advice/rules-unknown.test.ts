// Unknown is not zero: each rule that reads an audience or activity figure fires on a crafted account,
// and stays silent when that figure is unknown (null: no export carried its list). A null is never read
// as 0 followers (an infinite ratio), 0 comments, or a loss.
import { describe, expect, it } from 'vitest';
import type { AccountMetrics, TagMetric } from '../../../src/shared/domain/advice';
import { engagementTrend } from '../../../src/main/advice/tips/engagement-trend';
import { scaledPriority } from '../../../src/main/advice/tips/priority';
import type { TipRule } from '../../../src/main/advice/tips/rule';
import { bestFollowBackNiche } from '../../../src/main/advice/tips/rules/best-follow-back-niche';
import { fansWaiting } from '../../../src/main/advice/tips/rules/fans-waiting';
import { goalOffTrack } from '../../../src/main/advice/tips/rules/goal-off-track';
import { lowFollowBackNiche } from '../../../src/main/advice/tips/rules/low-follow-back-niche';
import { lowOutgoingEngagement } from '../../../src/main/advice/tips/rules/low-outgoing-engagement';
import { nicheShare } from '../../../src/main/advice/tips/rules/niche-share';
import { ratioHigh } from '../../../src/main/advice/tips/rules/ratio-high';
import { reviewBacklog } from '../../../src/main/advice/tips/rules/review-backlog';
import { ctx, makeMetrics, postSeries, snapshotsEvery } from './make-metrics';

const tag = (name: string, following: number, followBack: number): TagMetric => ({
  tag: name,
  following,
  followBack,
  followBackRate: followBack / following,
  medianDaysToFollowBack: null,
});

interface Case {
  rule: TipRule;
  /** Metrics on which the rule fires. */
  fires: AccountMetrics;
  /** The figures that, each made unknown on its own, silence it. */
  unknown: (keyof AccountMetrics)[];
}

const cases: Case[] = [
  {
    rule: ratioHigh,
    fires: makeMetrics({ snapshots: snapshotsEvery(30, [[10, 200]]), intervals: [] }),
    unknown: ['following', 'followers'],
  },
  {
    rule: reviewBacklog,
    fires: makeMetrics({
      snapshots: snapshotsEvery(30, [[900, 40]]),
      intervals: [],
      notFollowingBackOlderThanReview: 30,
    }),
    unknown: ['following', 'notFollowingBackOlderThanReview'],
  },
  {
    rule: nicheShare,
    fires: makeMetrics({ nicheShare: 0.1 }),
    unknown: ['following'],
  },
  {
    rule: bestFollowBackNiche,
    fires: makeMetrics({ mutuals: 60, tags: [tag('pilates', 20, 18)] }),
    unknown: ['followBackRate'],
  },
  {
    rule: lowFollowBackNiche,
    fires: makeMetrics({ tags: [tag('memes', 50, 1)] }),
    unknown: ['followBackRate'],
  },
  {
    rule: fansWaiting,
    fires: makeMetrics({ fansNotFollowedBackWithMessages: 3 }),
    unknown: ['fansNotFollowedBackWithMessages', 'fansNotFollowedBack'],
  },
  {
    rule: lowOutgoingEngagement,
    fires: makeMetrics({ posts: postSeries(4, 3, () => 100, 1), commentsMadeLast28: 0 }),
    unknown: ['commentsMadeLast28'],
  },
  {
    rule: goalOffTrack,
    fires: makeMetrics({ followerGoal: { target: 100_000, deadline: '2026-08-01' } }),
    unknown: ['followers'],
  },
];

describe('rules stay silent on an unknown figure', () => {
  for (const c of cases) {
    for (const field of c.unknown) {
      it(`${c.rule.id}: fires with ${field} known, silent with ${field} unknown`, () => {
        expect(c.rule.evaluate(c.fires, ctx), 'known').not.toBeNull();
        expect(c.rule.evaluate({ ...c.fires, [field]: null }, ctx), 'unknown').toBeNull();
      });
    }
  }

  it('an account whose exports never carried following gets no following-based tip', () => {
    const noFollowing = {
      following: null,
      followingAsOf: null,
      mutuals: null,
      followBackRate: null,
      notFollowingBack: null,
      notFollowingBackOlderThanReview: null,
    };
    const readsFollowing = ['following', 'followBackRate', 'notFollowingBackOlderThanReview'];
    for (const c of cases.filter((x) => x.unknown.some((f) => readsFollowing.includes(f)))) {
      expect(c.rule.evaluate({ ...c.fires, ...noFollowing }, ctx), c.rule.id).toBeNull();
    }
  });

  it('likes given unknown: the outgoing-engagement tip names comments only, never "null likes"', () => {
    const m = makeMetrics({
      posts: postSeries(4, 3, () => 100, 1),
      commentsMadeLast28: 2,
      likesGivenLast28: null,
    });
    const tip = lowOutgoingEngagement.evaluate(m, ctx)!;
    expect(tip.evidence.text).toContain('left 2 comments on other videos.');
    expect(tip.evidence.text).not.toMatch(/null|likes\)/);
    expect(tip.evidence.values).toContainEqual({
      label: 'Likes given (28 days)',
      value: 'not in this export',
    });
  });
});

describe('an unknown follower count is not a small account nor a zero', () => {
  it('priority is the effect alone when the count is unknown, lowered only for a known small account', () => {
    expect(scaledPriority('high', null)).toBe('high');
    expect(scaledPriority('high', 62)).toBe('medium');
  });

  it('the engagement rate is unknown, not infinite or 0, without a follower count', () => {
    const posts = postSeries(15, 2, (i) => (i < 5 ? 50 : 100));
    expect(engagementTrend(makeMetrics({ posts }))!.recentRatePct).not.toBeNull();
    const t = engagementTrend(makeMetrics({ posts, followers: null }))!;
    expect(t.recentRatePct).toBeNull();
    expect(t.earlierRatePct).toBeNull();
  });
});
