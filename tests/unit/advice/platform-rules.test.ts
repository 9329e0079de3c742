// Tips speak of the account's platform, and only rules its export can feed fire: the same metrics give a
// TikTok account posting advice and give an Instagram or X account none, and an X account (no follow
// dates) no advice that rests on how long a follow has lasted.
import { describe, expect, it } from 'vitest';
import type { Platform } from '../../../src/shared/domain';
import { evaluateTips, ruleApplies } from '../../../src/main/advice/tips/engine';
import { tipRules } from '../../../src/main/advice/tips/registry';
import { ctx, DAY, makeMetrics, postSeries } from './make-metrics';

/** Metrics on which cadence-low, review-backlog and stale-data all fire for a TikTok account. */
function firing(platform: Platform) {
  return makeMetrics({
    platform,
    posts: postSeries(12, 10, () => 100),
    notFollowingBackOlderThanReview: 200,
  });
}
const old = { now: ctx.now + 120 * DAY };
const ids = (platform: Platform) => evaluateTips(firing(platform), old).map((t) => t.id);

describe('tips by platform', () => {
  it('a TikTok account gets posting, review and fresh-export tips, naming TikTok', () => {
    expect(ids('tiktok')).toEqual(expect.arrayContaining(['cadence-low', 'review-backlog', 'stale-data']));
    const stale = evaluateTips(firing('tiktok'), old).find((t) => t.id === 'stale-data')!;
    expect(stale.action).toMatch(/TikTok/);
  });

  it('an Instagram account gets no posting tips, keeps dated-follow tips, and is told about Instagram', () => {
    const got = ids('instagram');
    expect(got).not.toContain('cadence-low');
    expect(got).toEqual(expect.arrayContaining(['review-backlog', 'stale-data']));
    const tips = evaluateTips(firing('instagram'), old);
    expect(tips.find((t) => t.id === 'stale-data')!.action).toMatch(
      /Download your information" in Instagram/,
    );
    expect(JSON.stringify(tips)).not.toMatch(/TikTok|For You feed/);
  });

  it('an X account gets neither posting nor follow-age tips, and is told about X', () => {
    const got = ids('x');
    expect(got).not.toContain('cadence-low');
    expect(got).not.toContain('review-backlog');
    const tips = evaluateTips(firing('x'), old);
    expect(tips.find((t) => t.id === 'stale-data')!.action).toMatch(/Download an archive of your data" in X/);
    expect(JSON.stringify(tips)).not.toMatch(/TikTok|For You feed/);
  });

  it('every rule that reads posts, activity, messages or follow dates is gated for X', () => {
    const x = makeMetrics({ platform: 'x' });
    const gated = tipRules.filter((r) => !ruleApplies(r, x)).map((r) => r.id);
    for (const id of ['best-time', 'best-weekdays', 'engagement-down', 'fans-waiting', 'review-backlog'])
      expect(gated).toContain(id);
    // The follower and following lists are X's too: those rules still run.
    for (const id of ['ratio-high', 'mass-follow', 'mutuals-lost', 'follower-decline', 'stale-data'])
      expect(gated).not.toContain(id);
  });
});
