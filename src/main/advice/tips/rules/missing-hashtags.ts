// Most recent posts carry no hashtag at all.
import { postsWithin } from '../../metrics';
import type { TipRule } from '../rule';

/** A habit shows from this many recent posts. */
export const MIN_POSTS_MISSING_TAGS = 5;

export const missingHashtags: TipRule = {
  id: 'missing-hashtags',
  dimension: 'visibility',
  needs: ['posts'],
  evaluate(m) {
    const posts = postsWithin(m, 180).slice(-30);
    if (posts.length < MIN_POSTS_MISSING_TAGS) return null;
    const without = posts.filter((p) => p.hashtags.length === 0).length;
    const share = without / posts.length;
    if (share < 0.7) return null;
    return {
      id: this.id,
      title: 'Describe your videos with a few hashtags',
      dimension: this.dimension,
      priority: 'medium',
      evidence: {
        text: `${without} of your last ${posts.length} posts have no hashtag in their caption.`,
        values: [
          { label: 'Posts without hashtags', value: without },
          { label: 'Posts looked at', value: posts.length },
        ],
      },
      sample: { size: posts.length, unit: 'recent posts', minimum: MIN_POSTS_MISSING_TAGS },
      why: 'Captions and hashtags are among the signals the feed uses to decide who sees a new video first.',
      action: 'Add two or three specific tags from your niche profile to each post.',
    };
  },
};
