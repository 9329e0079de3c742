// A long silence between posts (or since the last post) in the last 90 days.
import { calendarDaysBetween, DAY_MS, datesIn, fmtDate, postsWithin } from '../../metrics';
import type { TipRule } from '../rule';

/** A gap is only a pattern against a few posts in the last 180 days. */
export const MIN_POSTS_CADENCE_GAP = 3;

const GAP_DAYS = 14;

export const cadenceGap: TipRule = {
  id: 'cadence-gap',
  dimension: 'algorithm',
  needs: ['posts'],
  evaluate(m) {
    const recent = postsWithin(m, 180);
    if (recent.length < MIN_POSTS_CADENCE_GAP) return null;
    const start = m.asOf - 90 * DAY_MS;
    const times = [...recent.map((p) => p.postedAt), m.asOf].sort((a, b) => a - b);
    let gap = 0;
    let gapStart = 0;
    let gapEnd = 0;
    for (let i = 1; i < times.length; i++) {
      if (times[i]! <= start) continue;
      const d = (times[i]! - Math.max(times[i - 1]!, start)) / DAY_MS;
      if (d > gap) [gap, gapStart, gapEnd] = [d, Math.max(times[i - 1]!, start), times[i]!];
    }
    if (gap <= GAP_DAYS) return null;
    const zone = m.timeZone;
    const days = calendarDaysBetween(gapStart, gapEnd, zone);
    return {
      id: this.id,
      title: 'Avoid long breaks between posts',
      dimension: this.dimension,
      priority: gap > 30 ? 'high' : 'medium',
      evidence: {
        text: `You went ${days} days without posting from ${fmtDate(gapStart, zone)} (${datesIn(zone)}).`,
        values: [
          { label: 'Longest gap in the 90 days up to the export', value: days, unit: 'days' },
          { label: 'Gap started', value: fmtDate(gapStart, zone) },
        ],
      },
      sample: {
        size: recent.length,
        unit: 'posts in the 180 days up to the export',
        minimum: MIN_POSTS_CADENCE_GAP,
      },
      why: 'Followers who see nothing from you for weeks stop expecting you in their feed, and a steady rhythm gives each post a fair test.',
      action: 'Keep a small backlog of ready videos so a busy week does not become a month of silence.',
    };
  },
};
