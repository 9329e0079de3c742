// The creator posts but barely comments on others' videos.
import { postsWithin, weeksUpToNewestExport } from '../../metrics';
import type { TipRule } from '../rule';

/**
 * Advice about commenting is for an account that posts: this many posts in the 28 days up to the newest
 * export.
 */
export const MIN_POSTS_OUTGOING = 2;

export const lowOutgoingEngagement: TipRule = {
  id: 'low-outgoing-engagement',
  dimension: 'interactions',
  needs: ['posts', 'activity'],
  evaluate(m) {
    const posted = postsWithin(m, 28).length;
    const comments = m.commentsMadeLast28;
    // No export carried comments: "0 comments" would be invented, so the rule is silent.
    if (comments === null || posted < MIN_POSTS_OUTGOING || comments >= 10) return null;
    const likes = m.likesGivenLast28;
    return {
      id: this.id,
      title: 'Comment on creators in your niche',
      dimension: this.dimension,
      priority: 'low',
      evidence: {
        text: `In ${weeksUpToNewestExport(m, 28)} you posted ${posted} times but left ${comments} comments on other videos${likes === null ? '' : ` (and ${likes} likes)`}.`,
        values: [
          { label: 'Comments made (28 days)', value: comments },
          { label: 'Likes given (28 days)', value: likes ?? 'not in this export' },
          { label: 'Posts (28 days)', value: posted },
        ],
      },
      sample: { size: posted, unit: 'posts in those 28 days', minimum: MIN_POSTS_OUTGOING },
      why: 'Thoughtful comments under niche creators put your name in front of exactly the viewers you want, and creators notice who engages.',
      action: 'Leave a few real comments a day on posts from accounts in your best follow-back tags.',
    };
  },
};
