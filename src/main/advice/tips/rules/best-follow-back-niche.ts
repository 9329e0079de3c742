// A tag whose accounts follow back far more than average: the place for new follows.
import { pct, round } from '../../metrics';
import type { TipRule } from '../rule';

/** A tag's rate means something from this many followed accounts carrying it. */
export const MIN_TAG_FOLLOWING = 10;

export const bestFollowBackNiche: TipRule = {
  id: 'best-follow-back-niche',
  dimension: 'growth',
  evaluate(m) {
    // The overall rate needs both lists: silent when it is unknown (null) or nothing is followed.
    const overall = m.followBackRate;
    if (overall === null) return null;
    const best = m.tags
      .filter(
        (t) =>
          t.following >= MIN_TAG_FOLLOWING &&
          t.followBackRate !== null &&
          t.followBackRate >= Math.max(overall * 1.5, 0.2),
      )
      .sort((a, b) => (b.followBackRate ?? 0) - (a.followBackRate ?? 0))[0];
    if (!best) return null;
    const days = best.medianDaysToFollowBack;
    return {
      id: this.id,
      title: `"${best.tag}" accounts follow you back`,
      dimension: this.dimension,
      priority: 'medium',
      evidence: {
        text: `${best.followBack} of the ${best.following} "${best.tag}" accounts you follow follow back (${pct(best.followBackRate!)}%, against ${pct(overall)}% overall)${days !== null ? `, typically within ${round(days, 0)} days` : ''}.`,
        values: [
          { label: 'Tag', value: best.tag },
          { label: 'Follow-back rate', value: pct(best.followBackRate!), unit: '%' },
          { label: 'Overall rate', value: pct(overall), unit: '%' },
          ...(days !== null ? [{ label: 'Median days to follow back', value: round(days, 0) }] : []),
        ],
      },
      sample: { size: best.following, unit: `followed "${best.tag}" accounts`, minimum: MIN_TAG_FOLLOWING },
      why: 'A niche that reciprocates is also one whose viewers are likely to watch and share your posts.',
      action: `Spend most of your next follows on "${best.tag}" accounts and engage with their posts first.`,
    };
  },
};
