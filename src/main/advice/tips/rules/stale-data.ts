// The newest export is old: advice about "now" is advice about then.
import { DAY_MS, fmtDate, round } from '../../metrics';
import type { TipRule } from '../rule';

const STALE_DAYS = 45;

export const staleData: TipRule = {
  id: 'stale-data',
  dimension: 'growth',
  evaluate(m, ctx) {
    const age = (ctx.now - m.asOf) / DAY_MS;
    if (age < STALE_DAYS) return null;
    return {
      id: this.id,
      title: 'Import a fresh export',
      dimension: this.dimension,
      priority: 'low',
      evidence: {
        text: `Your newest export is from ${fmtDate(m.asOf)}, ${round(age, 0)} days ago.`,
        values: [
          { label: 'Newest export', value: fmtDate(m.asOf) },
          { label: 'Age', value: round(age, 0), unit: 'days' },
        ],
      },
      why: 'Unfollows, follow-backs and churn are measured between exports; a monthly export keeps them precise.',
      action: 'Request "Download your data" in TikTok (JSON) and import it when it arrives.',
    };
  },
};
