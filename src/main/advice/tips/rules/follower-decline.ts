// Followers fell between the last two snapshots.
import { scaledPriority } from '../priority';
import { datesIn, fmtDate, fmtInt } from '../../metrics';
import type { TipRule } from '../rule';

/** Losing fewer followers than this between two exports is everyday churn, not a decline. */
export const MIN_LOST_DECLINE = 5;

export const followerDecline: TipRule = {
  id: 'follower-decline',
  dimension: 'growth',
  evaluate(m) {
    const last = m.intervals[m.intervals.length - 1];
    if (!last || last.toSnapshotId !== m.snapshotId) return null;
    const net = last.followersGained - last.followersLost;
    if (net >= 0 || last.followersLost < MIN_LOST_DECLINE) return null;
    return {
      id: this.id,
      title: 'You lost followers since the last export',
      dimension: this.dimension,
      // Without a known follower count the loss cannot be weighed against the audience: medium.
      priority: scaledPriority(
        m.followers !== null && -net >= 0.05 * (m.followers - net) ? 'high' : 'medium',
        m.followers,
      ),
      evidence: {
        text: `From ${fmtDate(last.from, m.timeZone)} to ${fmtDate(last.to, m.timeZone)} (${datesIn(m.timeZone)}): ${fmtInt(last.followersGained)} new followers, ${fmtInt(last.followersLost)} lost (net ${fmtInt(net)}).`,
        values: [
          { label: 'Gained', value: last.followersGained },
          { label: 'Lost', value: last.followersLost },
          { label: 'Net', value: net },
        ],
      },
      sample: { size: last.followersLost, unit: 'followers lost', minimum: MIN_LOST_DECLINE },
      why: 'A net loss usually follows fewer posts or a change of topic; catching it early is cheaper than rebuilding later.',
      action: 'Check the posts of that period (Tips → churn after posts) and your posting cadence.',
    };
  },
};
