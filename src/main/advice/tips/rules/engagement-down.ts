// Likes per post have fallen clearly against the posts before.
import { round } from '../../metrics';
import { MIN_POSTS_TREND, engagementTrend } from '../engagement-trend';
import type { TipRule } from '../rule';

export const engagementDown: TipRule = {
  id: 'engagement-down',
  dimension: 'engagement',
  needs: ['posts'],
  evaluate(m) {
    const t = engagementTrend(m);
    if (!t || t.change > -0.3) return null;
    return {
      id: this.id,
      title: 'Likes per post are falling',
      dimension: this.dimension,
      priority: t.change <= -0.5 ? 'high' : 'medium',
      evidence: {
        text: `Your last ${t.recentCount} posts have a median of ${round(t.recentMedian, 0)} likes against ${round(t.earlierMedian, 0)} for the ${t.earlierCount} before (${Math.round(t.change * 100)}%).`,
        values: [
          { label: 'Median likes, recent posts', value: round(t.recentMedian, 0) },
          { label: 'Median likes, earlier posts', value: round(t.earlierMedian, 0) },
          { label: 'Change', value: Math.round(t.change * 100), unit: '%' },
          ...(t.recentRatePct !== null
            ? [{ label: 'Engagement rate now', value: round(t.recentRatePct, 2), unit: '%' }]
            : []),
        ],
      },
      sample: { size: t.recentCount + t.earlierCount, unit: 'posts with likes', minimum: MIN_POSTS_TREND },
      why: 'Engagement per post is what the feed uses to decide how far to push your next video; a falling trend compounds.',
      action:
        'Look at what changed in your last posts (topic, hook, length, time) and return to the format of your best earlier posts.',
    };
  },
};
