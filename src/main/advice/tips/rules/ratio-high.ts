// Following far more accounts than follow you reads as follow-for-follow and dilutes your own feed.
import { scaledPriority } from '../priority';
import { fmtInt, followRatio, round } from '../../metrics';
import type { TipRule } from '../rule';

/** The ratio of an account following fewer accounts than this is no strategy. */
export const MIN_FOLLOWING_RATIO = 100;

export const ratioHigh: TipRule = {
  id: 'ratio-high',
  dimension: 'engagement',
  evaluate(m) {
    const { followers, following } = m;
    // A ratio needs both counts: an unknown follower count is not 0 followers (an infinite ratio).
    if (followers === null || following === null || following < MIN_FOLLOWING_RATIO) return null;
    const ratio = followRatio(followers, following);
    if (ratio < 1.5) return null;
    return {
      id: this.id,
      title: 'You follow many more accounts than follow you',
      dimension: this.dimension,
      priority: scaledPriority(ratio >= 3 ? 'high' : 'medium', followers),
      evidence: {
        text: `You follow ${fmtInt(following)} accounts and ${fmtInt(followers)} follow you: ${round(ratio, 2)} following per follower.`,
        values: [
          { label: 'Following', value: following },
          { label: 'Followers', value: followers },
          { label: 'Following per follower', value: round(ratio, 2) },
        ],
      },
      sample: { size: following, unit: 'followed accounts', minimum: MIN_FOLLOWING_RATIO },
      why: 'Followers measure reach and influence; following shapes your own feed. A high ratio looks like follow-for-follow to visitors and fills your feed with accounts that are not your niche.',
      action:
        'Work through the Review list at a steady daily pace and put new follows into the niches that follow back.',
    };
  },
};
