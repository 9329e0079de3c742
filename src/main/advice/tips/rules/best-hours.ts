// Posts in one 3-hour window (UTC) earn clearly more likes than the rest, yet few posts go out then.
import { postsWithin, round } from '../../metrics';
import { median } from '../../stats';
import type { TipRule } from '../rule';

const WINDOW_HOURS = 3;

export const bestHours: TipRule = {
  id: 'best-hours',
  dimension: 'visibility',
  evaluate(m) {
    const posts = postsWithin(m, 180).filter((p) => p.likes !== null);
    if (posts.length < 8) return null;
    const overall = median(posts.map((p) => p.likes!));
    if (!(overall > 0)) return null;
    let best: { start: number; med: number; n: number } | null = null;
    for (let start = 0; start < 24; start += WINDOW_HOURS) {
      const inWindow = posts.filter((p) => {
        const h = new Date(p.postedAt).getUTCHours();
        return h >= start && h < start + WINDOW_HOURS;
      });
      if (inWindow.length < 3) continue;
      const med = median(inWindow.map((p) => p.likes!));
      if (!best || med > best.med) best = { start, med, n: inWindow.length };
    }
    if (!best || best.med < overall * 1.3 || best.n / posts.length > 0.4) return null;
    const label = `${String(best.start).padStart(2, '0')}:00–${String(best.start + WINDOW_HOURS).padStart(2, '0')}:00 UTC`;
    const lift = best.med / overall - 1;
    return {
      id: this.id,
      title: `Post more often around ${label}`,
      dimension: this.dimension,
      priority: lift > 1 ? 'high' : 'medium',
      evidence: {
        text: `Your ${best.n} posts published ${label} have a median of ${round(best.med, 0)} likes, ${Math.round(lift * 100)}% above your overall median of ${round(overall, 0)}; only ${Math.round((best.n / posts.length) * 100)}% of your posts go out then.`,
        values: [
          { label: 'Best window', value: label },
          { label: 'Median likes in window', value: round(best.med, 0) },
          { label: 'Median likes overall', value: round(overall, 0) },
          { label: 'Posts in window', value: best.n },
        ],
      },
      why: 'The first hour decides how far a video is pushed; posting when your audience is awake gives it that start.',
      action: `Schedule your next few posts in ${label} and compare their likes with this median.`,
    };
  },
};
