// Already at 2–5 posts a week: the next step (6–10) still adds views per post, with diminishing returns.
import { postsPerWeek, round } from '../../metrics';
import { bufferCadenceStudy, type TipRule } from '../rule';

export const cadenceRoom: TipRule = {
  id: 'cadence-room',
  dimension: 'algorithm',
  evaluate(m) {
    const perWeek = postsPerWeek(m, 28);
    if (perWeek < 2 || perWeek >= 6) return null;
    return {
      id: this.id,
      title: 'There is room for more posts a week',
      dimension: this.dimension,
      priority: 'low',
      evidence: {
        text: `You post about ${round(perWeek)} times a week (last 4 weeks).`,
        values: [{ label: 'Posts per week', value: round(perWeek) }],
      },
      why: 'In the same study, 6–10 posts a week gave about 29% more views per post than one a week, against 17% for 2–5.',
      action: 'If you can keep quality, try 6 posts a week for a month; stop if views per post fall.',
      source: bufferCadenceStudy,
    };
  },
};
