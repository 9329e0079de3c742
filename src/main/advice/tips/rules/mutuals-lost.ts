// Mutuals who stopped following you in the latest interval.
import { datesIn, fmtDate } from '../../metrics';
import type { TipRule } from '../rule';

/** One or two mutuals leaving is everyday churn. */
export const MIN_MUTUALS_LOST = 3;

export const mutualsLost: TipRule = {
  id: 'mutuals-lost',
  dimension: 'interactions',
  evaluate(m) {
    const last = m.intervals[m.intervals.length - 1];
    if (!last || last.toSnapshotId !== m.snapshotId || last.mutualsLost < MIN_MUTUALS_LOST) return null;
    return {
      id: this.id,
      title: 'Some mutuals unfollowed you',
      dimension: this.dimension,
      priority: 'low',
      evidence: {
        text: `${last.mutualsLost} accounts that followed each other with you on ${fmtDate(last.from, m.timeZone)} no longer follow you on ${fmtDate(last.to, m.timeZone)} (${datesIn(m.timeZone)}).`,
        values: [
          { label: 'Mutuals lost', value: last.mutualsLost },
          { label: 'Since', value: fmtDate(last.from, m.timeZone) },
        ],
      },
      sample: { size: last.mutualsLost, unit: 'mutuals lost', minimum: MIN_MUTUALS_LOST },
      why: 'Mutuals are your network: a comment or a message is often enough to reconnect, and they are worth more than new follows.',
      action:
        'See Suggestions → Reconnect and engage with their recent posts before deciding whether to keep following them.',
    };
  },
};
