// Many follows older than the review window never followed back.
import { scaledPriority } from '../priority';
import { fmtInt, pct } from '../../metrics';
import type { TipRule } from '../rule';

/** A backlog of fewer follows is a few minutes' work, not a tip. */
export const MIN_REVIEW_BACKLOG = 20;

export const reviewBacklog: TipRule = {
  id: 'review-backlog',
  dimension: 'growth',
  needs: ['followDates'],
  evaluate(m) {
    const n = m.notFollowingBackOlderThanReview;
    const following = m.following;
    // Both come from the lists: unknown when no export carried them, and then there is nothing to review.
    if (n === null || following === null || following === 0) return null;
    if (n < MIN_REVIEW_BACKLOG || n / following < 0.1) return null;
    return {
      id: this.id,
      title: 'Review follows that never followed back',
      dimension: this.dimension,
      priority: scaledPriority(n / following >= 0.4 ? 'high' : 'medium', m.followers),
      evidence: {
        text: `${fmtInt(n)} accounts you have followed for more than ${m.reviewAfterDays} days never followed back (${pct(n / following)}% of your following).`,
        values: [
          { label: `Not following back after ${m.reviewAfterDays} days`, value: n },
          { label: 'Share of following', value: pct(n / following), unit: '%' },
        ],
      },
      sample: { size: n, unit: 'follows without a follow-back', minimum: MIN_REVIEW_BACKLOG },
      why: 'Each follow that never reciprocates keeps your ratio high and your feed full of accounts that do not engage with you.',
      action:
        'Go through Suggestions → Review a few dozen a day (keep the ones you enjoy) instead of unfollowing in bulk.',
    };
  },
};
