// A few hashtags make up nearly all hashtag use: every post competes for the same small audience.
import { postsWithin } from '../../metrics';
import { genericTags } from './generic-hashtags';
import type { TipRule } from '../rule';

/** Concentration shows from this many recent posts with niche hashtags. */
export const MIN_TAGGED_POSTS = 6;

export const hashtagConcentration: TipRule = {
  id: 'hashtag-concentration',
  dimension: 'visibility',
  needs: ['posts'],
  evaluate(m) {
    const posts = postsWithin(m, 180).slice(-30);
    const uses = new Map<string, number>();
    let total = 0;
    let tagged = 0;
    for (const p of posts) {
      const tags = p.hashtags.filter((t) => !genericTags.has(t));
      if (tags.length > 0) tagged++;
      for (const t of tags) {
        uses.set(t, (uses.get(t) ?? 0) + 1);
        total++;
      }
    }
    if (tagged < MIN_TAGGED_POSTS) return null;
    const ranked = [...uses.entries()].sort((a, b) => b[1] - a[1]);
    const top = ranked.slice(0, 2);
    const topShare = top.reduce((a, [, n]) => a + n, 0) / total;
    if (topShare < 0.75) return null;
    const names = top.map(([t]) => `#${t}`).join(' and ');
    return {
      id: this.id,
      title: 'Your hashtags are concentrated on very few tags',
      dimension: this.dimension,
      priority: 'low',
      evidence: {
        text: `${names} make up ${Math.round(topShare * 100)}% of the hashtags on your last ${posts.length} posts (${ranked.length} distinct tags).`,
        values: [
          { label: 'Top tags', value: names },
          { label: 'Share of hashtag use', value: Math.round(topShare * 100), unit: '%' },
          { label: 'Distinct tags', value: ranked.length },
        ],
      },
      sample: { size: tagged, unit: 'recent posts with hashtags', minimum: MIN_TAGGED_POSTS },
      why: 'Hashtags tell the platform who a video is for; the same two tags every time keep testing the same audience.',
      action:
        'Keep one core tag and rotate 2–3 specific ones that describe each video (the niche profile lists candidates).',
    };
  },
};
