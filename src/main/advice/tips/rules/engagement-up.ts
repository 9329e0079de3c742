// Likes per post have risen clearly: say so, so the creator keeps doing what works.
import { round } from '../../metrics';
import { MIN_POSTS_TREND, engagementTrend } from '../engagement-trend';
import type { TipRule } from '../rule';

export const engagementUp: TipRule = {
  id: 'engagement-up',
  dimension: 'engagement',
  needs: ['posts'],
  evaluate(m) {
    const t = engagementTrend(m);
    if (!t || t.change < 0.3) return null;
    return {
      id: this.id,
      title: 'Your recent posts are landing better',
      dimension: this.dimension,
      priority: 'low',
      evidence: {
        text: `Your last ${t.recentCount} posts have a median of ${round(t.recentMedian, 0)} likes against ${round(t.earlierMedian, 0)} for the ${t.earlierCount} before (+${Math.round(t.change * 100)}%).`,
        values: [
          { label: 'Median likes, recent posts', value: round(t.recentMedian, 0) },
          { label: 'Median likes, earlier posts', value: round(t.earlierMedian, 0) },
          { label: 'Change', value: Math.round(t.change * 100), unit: '%' },
        ],
      },
      sample: { size: t.recentCount + t.earlierCount, unit: 'posts with likes', minimum: MIN_POSTS_TREND },
      why: 'Knowing what worked is as useful as knowing what did not: repeat it before trying something new.',
      action:
        'Note what your last posts share (topic, hook, sound, time) and make the next ones on the same pattern.',
    };
  },
};
