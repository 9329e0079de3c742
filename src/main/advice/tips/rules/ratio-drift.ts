// The following/followers ratio has been climbing across recent snapshots.
import { scaledPriority } from '../priority';
import { DAY_MS, followRatio, round } from '../../metrics';
import type { TipRule } from '../rule';

/** A drift needs this many snapshots in the last 120 days. */
export const MIN_SNAPSHOTS_DRIFT = 3;

export const ratioDrift: TipRule = {
  id: 'ratio-drift',
  dimension: 'engagement',
  evaluate(m) {
    const window = m.snapshots.filter((s) => s.takenAt >= m.asOf - 120 * DAY_MS);
    if (window.length < MIN_SNAPSHOTS_DRIFT) return null;
    const first = window[0]!;
    const last = window[window.length - 1]!;
    if (first.followers === 0 || last.followers === 0) return null;
    const r0 = followRatio(first.followers, first.following);
    const r1 = followRatio(last.followers, last.following);
    if (r0 <= 0 || r1 < 0.5 || r1 / r0 < 1.2) return null;
    const followingGrowth = first.following > 0 ? last.following / first.following - 1 : 0;
    const followerGrowth = last.followers / first.followers - 1;
    return {
      id: this.id,
      title: 'Your following is growing faster than your followers',
      dimension: this.dimension,
      priority: scaledPriority(r1 / r0 >= 1.5 ? 'high' : 'medium', m.followers),
      evidence: {
        text: `Across your last ${window.length} snapshots the ratio went from ${round(r0, 2)} to ${round(r1, 2)} following per follower (following ${followingGrowth >= 0 ? '+' : ''}${Math.round(followingGrowth * 100)}%, followers ${followerGrowth >= 0 ? '+' : ''}${Math.round(followerGrowth * 100)}%).`,
        values: [
          { label: 'Ratio then', value: round(r0, 2) },
          { label: 'Ratio now', value: round(r1, 2) },
          { label: 'Following change', value: Math.round(followingGrowth * 100), unit: '%' },
          { label: 'Follower change', value: Math.round(followerGrowth * 100), unit: '%' },
        ],
      },
      sample: {
        size: window.length,
        unit: 'snapshots in the 120 days up to the newest',
        minimum: MIN_SNAPSHOTS_DRIFT,
      },
      why: 'Following more accounts only pays when they follow back or engage; otherwise the ratio drifts up and your feed drifts away from your niche.',
      action:
        'Pause new follows for a week, review follows older than your review window, and resume in your best follow-back niches.',
    };
  },
};
