// Already at 2–5 posts a week: the next step (6–10) still adds views per post, with diminishing returns.
import { postsPerWeek, postsWithin, round, weeksUpToNewestExport } from '../../metrics';
import { bufferCadenceStudy, type TipRule } from '../rule';

/** 2–5 a week over 28 days means at least 8 posts: the rate needs them all. */
export const MIN_POSTS_CADENCE_ROOM = 8;

export const cadenceRoom: TipRule = {
  id: 'cadence-room',
  dimension: 'algorithm',
  needs: ['posts'],
  evaluate(m) {
    const count = postsWithin(m, 28).length;
    if (count < MIN_POSTS_CADENCE_ROOM) return null;
    const perWeek = postsPerWeek(m, 28);
    if (perWeek < 2 || perWeek >= 6) return null;
    return {
      id: this.id,
      title: 'There is room for more posts a week',
      dimension: this.dimension,
      priority: 'low',
      evidence: {
        text: `You posted about ${round(perWeek)} times a week in ${weeksUpToNewestExport(m, 28)}.`,
        values: [{ label: 'Posts per week', value: round(perWeek) }],
      },
      sample: { size: count, unit: 'posts in those 28 days', minimum: MIN_POSTS_CADENCE_ROOM },
      why: 'In the same study, 6–10 posts a week gave about 29% more views per post than one a week, against 17% for 2–5.',
      action: 'If you can keep quality, try 6 posts a week for a month; stop if views per post fall.',
      source: bufferCadenceStudy,
    };
  },
};
