// One recommendation for when to post: the top window of the same best-time analysis the Engagement
// page shows (follower activity from Studio and the creator's own results, reconciled there), named
// in the product's time zone, with both pieces of evidence and how much of each there is.
import { hourRangeLabel } from '../../../analytics/engagement/time-zone';
import { fmtInt, round } from '../../metrics';
import type { TipRule } from '../rule';

/** Without Studio, the window's own posts are the only evidence: this many posts with likes at least. */
export const MIN_POSTS_BEST_TIME = 3;
/** With Studio, follower activity from at least this many days (one day is one mood, a week a habit). */
export const MIN_ACTIVITY_DAYS = 7;
/** Without Studio, the window must beat the overall median by this much to be worth a change. */
const MIN_LIFT_POSTS_ONLY = 1.3;

export const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const bestTime: TipRule = {
  id: 'best-time',
  dimension: 'visibility',
  needs: ['posts'],
  evaluate(m) {
    const bt = m.bestTime;
    const top = bt.windows[0];
    if (!top) return null;
    const hasActivity = top.activeFollowers !== null;
    if (hasActivity && bt.activityDays < MIN_ACTIVITY_DAYS) return null;
    const overall = bt.overallMedianLikes;
    const postsEvidence = top.medianLikes !== null && overall !== null && overall > 0;
    if (!hasActivity) {
      if (!postsEvidence || top.posts < MIN_POSTS_BEST_TIME) return null;
      if (top.medianLikes! < overall! * MIN_LIFT_POSTS_ONLY) return null;
    }
    const zone = bt.timeZone;
    const label = (w: (typeof bt.windows)[number]) =>
      `${weekdayNames[w.weekday]} ${hourRangeLabel(w.startHour, w.hours)}`;
    const when = `${label(top)} (${zone})`;
    const peak = hasActivity ? Math.max(...bt.followerActivity.map((c) => c.activeFollowers)) : 0;
    const activityText = hasActivity
      ? `About ${fmtInt(top.activeFollowers!)} of your followers are online then (${Math.round((top.activeFollowers! / peak) * 100)}% of your busiest hour), from ${bt.activityDays} days of TikTok Studio follower activity.`
      : 'No TikTok Studio follower activity is imported, so this rests on your posts alone.';
    const lift = postsEvidence ? top.medianLikes! / overall! - 1 : null;
    const postsText = postsEvidence
      ? `Your ${top.posts} posts in that window have a median of ${fmtInt(top.medianLikes!)} likes against ${fmtInt(overall!)} overall (${lift! >= 0 ? '+' : ''}${Math.round(lift! * 100)}%).`
      : `You have ${top.posts === 0 ? 'no posts' : `only ${top.posts} post${top.posts === 1 ? '' : 's'}`} in that window, too few to judge your own results there (it takes ${bt.minPostsPerWindow}).`;
    const sampleSize = hasActivity ? bt.activityDays : top.posts;
    return {
      id: this.id,
      title: `Post on ${when}`,
      dimension: this.dimension,
      // A strong lift backed by both sources is worth acting on soon; activity alone is a hint.
      priority:
        lift !== null && lift >= 0.3 && hasActivity
          ? 'high'
          : lift !== null && lift >= 0.3
            ? 'medium'
            : 'low',
      evidence: {
        text: `${activityText} ${postsText} Hours are in ${zone}.`,
        values: [
          ...bt.windows.map((w, i) => ({ label: `Window ${i + 1} (${zone})`, value: label(w) })),
          {
            label: 'Followers online in window 1',
            value: hasActivity ? fmtInt(top.activeFollowers!) : 'no Studio data',
          },
          { label: 'Studio days', value: bt.activityDays },
          { label: 'Posts in window 1', value: top.posts },
          {
            label: 'Median likes in window 1',
            value: postsEvidence ? round(top.medianLikes!, 0) : 'too few posts',
          },
          { label: 'Median likes overall', value: overall !== null ? round(overall, 0) : 'no likes' },
        ],
      },
      sample: hasActivity
        ? { size: sampleSize, unit: 'days of follower activity', minimum: MIN_ACTIVITY_DAYS }
        : { size: sampleSize, unit: 'posts in the window', minimum: MIN_POSTS_BEST_TIME },
      why: 'The first hour decides how far a video is pushed; posting when your followers are online, in a slot where your posts have done well, gives it that start.',
      action: `Schedule your next few posts on ${when} and compare their likes with the median above.`,
    };
  },
};
