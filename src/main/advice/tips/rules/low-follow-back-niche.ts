// A tag whose accounts rarely follow back, compared with the creator's overall follow-back rate.
import { pct } from '../../metrics';
import type { TipRule } from '../rule';

/** A tag's rate means something from this many followed accounts carrying it. */
export const MIN_TAG_FOLLOWING = 10;

export const lowFollowBackNiche: TipRule = {
  id: 'low-follow-back-niche',
  dimension: 'growth',
  evaluate(m) {
    // The overall rate needs both lists: silent when it is unknown (null) or nothing is followed.
    const overall = m.followBackRate;
    if (overall === null) return null;
    const weak = m.tags
      .filter(
        (t) =>
          t.following >= MIN_TAG_FOLLOWING && t.followBackRate !== null && t.followBackRate < overall * 0.5,
      )
      .sort((a, b) => (a.followBackRate ?? 0) - (b.followBackRate ?? 0));
    const worst = weak[0];
    if (!worst) return null;
    return {
      id: this.id,
      title: `Follows in "${worst.tag}" rarely pay off`,
      dimension: this.dimension,
      priority: 'medium',
      evidence: {
        text: `You follow ${worst.following} "${worst.tag}" accounts and ${worst.followBack} follow back (${pct(worst.followBackRate!)}%), against ${pct(overall)}% over everyone you follow.`,
        values: [
          { label: 'Tag', value: worst.tag },
          { label: 'Followed', value: worst.following },
          { label: 'Follow back', value: worst.followBack },
          { label: 'Follow-back rate', value: pct(worst.followBackRate!), unit: '%' },
          { label: 'Overall rate', value: pct(overall), unit: '%' },
        ],
      },
      sample: { size: worst.following, unit: `followed "${worst.tag}" accounts`, minimum: MIN_TAG_FOLLOWING },
      why: 'Following is a budget: each follow in a niche that ignores you is one not spent where people reciprocate.',
      action: `Stop adding "${worst.tag}" accounts for now; see Suggestions → Grow in your niche for the tags that follow back.`,
    };
  },
};
