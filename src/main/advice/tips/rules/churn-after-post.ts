// A snapshot interval lost far more followers than usual and contains specific posts: name them.
import { scaledPriority } from '../priority';
import { datesIn, fmtDate, fmtInt, round } from '../../metrics';
import { median } from '../../stats';
import type { TipRule } from '../rule';

/** "More than usual" needs a usual: this many intervals between snapshots. */
export const MIN_INTERVALS_CHURN = 3;
/** A spike of fewer lost followers is noise. */
const MIN_LOST = 10;

export const churnAfterPost: TipRule = {
  id: 'churn-after-post',
  dimension: 'engagement',
  needs: ['posts'],
  evaluate(m) {
    const withDays = m.intervals.filter((i) => i.days > 0);
    if (withDays.length < MIN_INTERVALS_CHURN) return null;
    const rates = withDays.map((i) => i.followersLost / i.days);
    const usual = median(rates);
    let worst: (typeof withDays)[number] | null = null;
    for (const i of withDays) {
      const rate = i.followersLost / i.days;
      if (
        i.followersLost >= MIN_LOST &&
        rate >= 2 * usual &&
        (!worst || rate > worst.followersLost / worst.days)
      )
        worst = i;
    }
    if (!worst) return null;
    const posts = m.posts.filter((p) => p.postedAt > worst.from && p.postedAt <= worst.to);
    if (posts.length === 0) return null;
    const rate = worst.followersLost / worst.days;
    const zone = m.timeZone;
    const titles = posts.slice(0, 3).map((p) => `"${p.title || 'untitled'}" (${fmtDate(p.postedAt, zone)})`);
    return {
      id: this.id,
      title: 'Followers left after these posts',
      dimension: this.dimension,
      priority: scaledPriority(rate >= 4 * usual ? 'high' : 'medium', m.followers),
      evidence: {
        text: `Between ${fmtDate(worst.from, zone)} and ${fmtDate(worst.to, zone)} (${datesIn(zone)}) you lost ${fmtInt(worst.followersLost)} followers (${round(rate, 1)} a day, against a usual ${round(usual, 1)}). You posted ${titles.join(', ')} then.`,
        values: [
          { label: 'Followers lost', value: worst.followersLost },
          { label: 'Lost per day', value: round(rate, 1) },
          { label: 'Usual lost per day', value: round(usual, 1) },
          { label: 'Posts in the period', value: posts.length },
          ...posts.slice(0, 3).map((p) => ({ label: 'Post', value: p.title || fmtDate(p.postedAt, zone) })),
        ],
      },
      sample: { size: withDays.length, unit: 'intervals between snapshots', minimum: MIN_INTERVALS_CHURN },
      why: 'Unfollows that cluster after a post usually mean it strayed from what people followed you for.',
      action:
        'Compare those posts with your best ones: topic, tone, length. Keep experiments, but tie them back to your niche.',
    };
  },
};
