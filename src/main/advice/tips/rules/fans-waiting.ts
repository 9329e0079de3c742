// Followers who message you but whom you do not follow back.
import { fmtInt } from '../../metrics';
import type { TipRule } from '../rule';

/** One fan who messages you and waits for a follow back is already worth a look. */
export const MIN_MESSAGING_FANS = 1;

export const fansWaiting: TipRule = {
  id: 'fans-waiting',
  dimension: 'interactions',
  needs: ['messages'],
  evaluate(m) {
    const n = m.fansNotFollowedBackWithMessages;
    const all = m.fansNotFollowedBack;
    // Unknown (no export with both lists and messages) is silence, not "nobody is waiting".
    if (n === null || all === null || n < MIN_MESSAGING_FANS) return null;
    return {
      id: this.id,
      title: 'Follow back the fans who message you',
      dimension: this.dimension,
      priority: n >= 5 ? 'high' : 'medium',
      evidence: {
        text: `${fmtInt(n)} of your ${fmtInt(all)} followers you don't follow back have exchanged messages with you.`,
        values: [
          { label: 'Messaging fans not followed back', value: n },
          { label: 'All fans not followed back', value: all },
        ],
      },
      sample: { size: n, unit: 'messaging fans', minimum: MIN_MESSAGING_FANS },
      why: 'People who already talk to you are your most engaged audience; a follow back keeps them close and costs nothing.',
      action: 'Open Suggestions → Follow back: they are at the top of the list.',
    };
  },
};
