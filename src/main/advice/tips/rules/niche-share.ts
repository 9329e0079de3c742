// The share of followed accounts that belong to the creator's niche tags is below the target.
import { fmtInt, pct } from '../../metrics';
import { platformFeedName } from '../../../../shared/domain/platform';
import type { TipRule } from '../rule';

/** A share of fewer followed accounts says little about a feed. */
export const MIN_FOLLOWING_NICHE = 20;

export const nicheShare: TipRule = {
  id: 'niche-share',
  dimension: 'growth',
  evaluate(m) {
    const following = m.following;
    if (m.nicheShare === null || following === null || following < MIN_FOLLOWING_NICHE) return null;
    if (m.nicheShare >= m.nicheShareTarget) return null;
    const inNiche = Math.round(m.nicheShare * following);
    return {
      id: this.id,
      title: 'Most of your follows are outside your niche',
      dimension: this.dimension,
      priority: m.nicheShare < m.nicheShareTarget / 2 ? 'medium' : 'low',
      evidence: {
        text: `${fmtInt(inNiche)} of the ${fmtInt(following)} accounts you follow (${pct(m.nicheShare)}%) carry one of your niche tags; your target is ${pct(m.nicheShareTarget)}%.`,
        values: [
          { label: 'In your niche', value: inNiche },
          { label: 'Following', value: following },
          { label: 'Niche share', value: pct(m.nicheShare), unit: '%' },
          { label: 'Target', value: pct(m.nicheShareTarget), unit: '%' },
        ],
      },
      sample: { size: following, unit: 'followed accounts', minimum: MIN_FOLLOWING_NICHE },
      why: `What you follow and watch trains your ${platformFeedName[m.platform]}, and the creators you engage with see you: both work better inside your niche.`,
      action: 'Tag the accounts you follow (rules make it quick) and bring new follows from your niche tags.',
    };
  },
};
