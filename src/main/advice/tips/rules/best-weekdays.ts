// One weekday clearly outperforms the others, weekdays read in the product's time zone.
import { zoneClock } from '../../../analytics/engagement/time-zone';
import { postsWithin, round } from '../../metrics';
import { median } from '../../stats';
import type { TipRule } from '../rule';
import { weekdayNames } from './best-time';

/** Posts with likes in the last 180 days the comparison needs at all. */
export const MIN_POSTS_WEEKDAYS = 10;
/** Posts a weekday needs before its median counts. */
export const MIN_POSTS_PER_WEEKDAY = 3;

export const bestWeekdays: TipRule = {
  id: 'best-weekdays',
  dimension: 'visibility',
  needs: ['posts'],
  evaluate(m) {
    const posts = postsWithin(m, 180).filter((p) => p.likes !== null);
    if (posts.length < MIN_POSTS_WEEKDAYS) return null;
    const overall = median(posts.map((p) => p.likes!));
    if (!(overall > 0)) return null;
    const clock = zoneClock(m.timeZone);
    let best: { day: number; med: number; n: number } | null = null;
    for (let day = 0; day < 7; day++) {
      const onDay = posts.filter((p) => clock.at(p.postedAt).weekday === day);
      if (onDay.length < MIN_POSTS_PER_WEEKDAY) continue;
      const med = median(onDay.map((p) => p.likes!));
      if (!best || med > best.med) best = { day, med, n: onDay.length };
    }
    if (!best || best.med < overall * 1.4) return null;
    const lift = best.med / overall - 1;
    const name = weekdayNames[best.day]!;
    return {
      id: this.id,
      title: `${name}s work best for you`,
      dimension: this.dimension,
      priority: 'low',
      evidence: {
        text: `Your ${best.n} ${name} posts (${m.timeZone}) have a median of ${round(best.med, 0)} likes, ${Math.round(lift * 100)}% above your overall median (${round(overall, 0)}) of ${posts.length} posts.`,
        values: [
          { label: `Best weekday (${m.timeZone})`, value: name },
          { label: 'Posts that day', value: best.n },
          { label: 'Median likes that day', value: round(best.med, 0) },
          { label: 'Median likes overall', value: round(overall, 0) },
        ],
      },
      sample: { size: best.n, unit: `${name} posts`, minimum: MIN_POSTS_PER_WEEKDAY },
      why: 'Your own history is a better guide to timing than generic "best time to post" charts.',
      action: `Keep your strongest idea of the week for ${name}.`,
    };
  },
};
