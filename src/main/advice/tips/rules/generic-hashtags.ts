// Generic tags (#fyp, #viral…) on most posts instead of tags that describe the content.
import { postsWithin } from '../../metrics';
import type { TipRule } from '../rule';

/** A habit shows from this many recent posts. */
export const MIN_POSTS_GENERIC = 5;

export const genericTags = new Set([
  'fyp',
  'foryou',
  'foryoupage',
  'fy',
  'viral',
  'trending',
  'xyzbca',
  'tiktok',
  'fypシ',
]);

export const genericHashtags: TipRule = {
  id: 'generic-hashtags',
  dimension: 'visibility',
  needs: ['posts'],
  evaluate(m) {
    const posts = postsWithin(m, 180).slice(-30);
    if (posts.length < MIN_POSTS_GENERIC) return null;
    const withGeneric = posts.filter((p) => p.hashtags.some((t) => genericTags.has(t)));
    const share = withGeneric.length / posts.length;
    if (share <= 0.5) return null;
    const used = [...new Set(withGeneric.flatMap((p) => p.hashtags.filter((t) => genericTags.has(t))))];
    return {
      id: this.id,
      title: 'Swap generic hashtags for ones that describe the video',
      dimension: this.dimension,
      priority: 'low',
      evidence: {
        text: `${withGeneric.length} of your last ${posts.length} posts use ${used.map((t) => `#${t}`).join(', ')}.`,
        values: [
          { label: 'Posts with generic tags', value: withGeneric.length },
          { label: 'Posts looked at', value: posts.length },
          { label: 'Share', value: Math.round(share * 100), unit: '%' },
        ],
      },
      sample: { size: posts.length, unit: 'recent posts', minimum: MIN_POSTS_GENERIC },
      why: 'Tags such as #fyp are on hundreds of millions of videos and say nothing about yours; specific tags help the feed find the right first viewers.',
      action: 'Replace generic tags with two or three niche tags from your niche profile.',
    };
  },
};
