// Studio says when followers are online; few posts go out in the hours just before that peak.
import { postsWithin } from '../../metrics';
import type { TipRule } from '../rule';

/** A post does best when it is out 0–2 hours before the audience peaks. */
const LEAD_HOURS = 2;

export const followerPeakHours: TipRule = {
  id: 'follower-peak-hours',
  dimension: 'visibility',
  evaluate(m) {
    const active = m.studio?.activeByHour;
    if (!active) return null;
    const posts = postsWithin(m, 90);
    if (posts.length < 5) return null;
    const peak = active.reduce((best, v, h) => (v > active[best]! ? h : best), 0);
    const inWindow = (h: number) => (peak - h + 24) % 24 <= LEAD_HOURS;
    const timed = posts.filter((p) => inWindow(new Date(p.postedAt).getUTCHours())).length;
    const share = timed / posts.length;
    if (share >= 0.25) return null;
    const hh = (h: number) => `${String((h + 24) % 24).padStart(2, '0')}:00`;
    const window = `${hh(peak - LEAD_HOURS)}–${hh(peak + 1)} UTC`;
    return {
      id: this.id,
      title: `Post shortly before your followers peak (${hh(peak)} UTC)`,
      dimension: this.dimension,
      priority: 'medium',
      evidence: {
        text: `Your followers are most active at ${hh(peak)} UTC (about ${Math.round(active[peak]!)} online), but ${timed} of your last ${posts.length} posts went out in ${window}.`,
        values: [
          { label: 'Peak hour (UTC)', value: hh(peak) },
          { label: 'Active followers at peak', value: Math.round(active[peak]!) },
          { label: 'Posts in the window', value: timed },
          { label: 'Posts looked at', value: posts.length },
        ],
      },
      why: 'A new video is first shown to a slice of your followers; if they are offline, its early numbers look weak.',
      action: `Publish in ${window} for the next two weeks and compare views with Studio.`,
    };
  },
};
