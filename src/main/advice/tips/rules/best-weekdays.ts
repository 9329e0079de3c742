// One weekday clearly outperforms the others.
import { postsWithin, round } from '../../metrics';
import { median } from '../../stats';
import type { TipRule } from '../rule';

const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const bestWeekdays: TipRule = {
  id: 'best-weekdays',
  dimension: 'visibility',
  evaluate(m) {
    const posts = postsWithin(m, 180).filter((p) => p.likes !== null);
    if (posts.length < 10) return null;
    const overall = median(posts.map((p) => p.likes!));
    if (!(overall > 0)) return null;
    let best: { day: number; med: number; n: number } | null = null;
    for (let day = 0; day < 7; day++) {
      const onDay = posts.filter((p) => new Date(p.postedAt).getUTCDay() === day);
      if (onDay.length < 3) continue;
      const med = median(onDay.map((p) => p.likes!));
      if (!best || med > best.med) best = { day, med, n: onDay.length };
    }
    if (!best || best.med < overall * 1.4) return null;
    const lift = best.med / overall - 1;
    return {
      id: this.id,
      title: `${names[best.day]}s work best for you`,
      dimension: this.dimension,
      priority: 'low',
      evidence: {
        text: `Your ${best.n} ${names[best.day]} posts have a median of ${round(best.med, 0)} likes, ${Math.round(lift * 100)}% above your overall median (${round(overall, 0)}).`,
        values: [
          { label: 'Best weekday (UTC)', value: names[best.day]! },
          { label: 'Median likes that day', value: round(best.med, 0) },
          { label: 'Median likes overall', value: round(overall, 0) },
        ],
      },
      why: 'Your own history is a better guide to timing than generic "best time to post" charts.',
      action: `Keep your strongest idea of the week for ${names[best.day]}.`,
    };
  },
};
