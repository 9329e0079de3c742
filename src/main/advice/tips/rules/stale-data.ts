// The newest export is old: advice about "now" is advice about then. Past STALE_HIGH_DAYS every number
// in the app describes a different account than today's, so it is the first thing to fix.
import { calendarDaysBetween, DAY_MS, datesIn, fmtDate } from '../../metrics';
import { platformExportRequest } from '../../../../shared/domain/platform';
import type { TipRule } from '../rule';

/** From this age the newest export is worth refreshing. */
export const STALE_DAYS = 45;
/** From this age everything else the app says is out of date: high priority. */
export const STALE_HIGH_DAYS = 90;

export const staleData: TipRule = {
  id: 'stale-data',
  dimension: 'growth',
  evaluate(m, ctx) {
    const age = (ctx.now - m.asOf) / DAY_MS;
    if (age < STALE_DAYS) return null;
    const zone = m.timeZone;
    const today = fmtDate(ctx.now, zone);
    const days = calendarDaysBetween(m.asOf, ctx.now, zone);
    return {
      id: this.id,
      title: 'Import a fresh export',
      dimension: this.dimension,
      priority: age >= STALE_HIGH_DAYS ? 'high' : 'medium',
      evidence: {
        text: `Your newest export is from ${fmtDate(m.asOf, zone)}, ${days} days before today (${today}; ${datesIn(zone)}).`,
        values: [
          { label: 'Newest export', value: fmtDate(m.asOf, zone) },
          { label: `Age on ${today}`, value: days, unit: 'days' },
        ],
      },
      sample: { size: Math.floor(age), unit: 'days since the newest export', minimum: STALE_DAYS },
      why: 'Unfollows, follow-backs and churn are measured between exports; a monthly export keeps them precise.',
      action: platformExportRequest[m.platform],
    };
  },
};
