// Fewer than two posts a week: the range where Buffer's study saw the steepest gain per extra post.
import { postsPerWeek, postsWithin, round, weeksUpToNewestExport } from '../../metrics';
import { bufferCadenceStudy, type TipRule } from '../rule';

/** One post in the export is enough to know the account posts; 0 posts is a different account. */
export const MIN_POSTS_CADENCE_LOW = 1;

export const cadenceLow: TipRule = {
  id: 'cadence-low',
  dimension: 'algorithm',
  needs: ['posts'],
  evaluate(m) {
    if (m.posts.length < MIN_POSTS_CADENCE_LOW) return null;
    const perWeek = postsPerWeek(m, 28);
    if (perWeek >= 2) return null;
    const count = postsWithin(m, 28).length;
    return {
      id: this.id,
      title: 'Post at least twice a week',
      dimension: this.dimension,
      priority: perWeek < 1 ? 'high' : 'medium',
      evidence: {
        text: `You posted ${count} time${count === 1 ? '' : 's'} in ${weeksUpToNewestExport(m, 28)}: ${round(perWeek)} a week.`,
        values: [
          { label: 'Posts in those 28 days', value: count },
          { label: 'Posts per week', value: round(perWeek) },
        ],
      },
      sample: { size: m.posts.length, unit: 'posts in the export', minimum: MIN_POSTS_CADENCE_LOW },
      why: 'Accounts that moved from one post a week to 2–5 got about 17% more views on every post, not just more posts.',
      action: 'Plan two or three posts a week you can keep up for a month, then compare views per post.',
      source: bufferCadenceStudy,
    };
  },
};
