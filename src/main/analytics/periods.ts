// Bucketing of UTC epoch days into days, ISO weeks (starting Monday) and months.
import type { Granularity } from '../../shared/domain';
import { DAY_MS } from './audience-snapshots';

/** 'YYYY-MM-DD' of the first day of the period holding the given epoch day (UTC). */
export function periodStart(epochDay: number, granularity: Granularity): string {
  const date = new Date(epochDay * DAY_MS);
  if (granularity === 'week') {
    const sinceMonday = (date.getUTCDay() + 6) % 7;
    date.setUTCDate(date.getUTCDate() - sinceMonday);
  } else if (granularity === 'month') {
    date.setUTCDate(1);
  }
  return date.toISOString().slice(0, 10);
}

/** Every period start from the period of firstDay to that of lastDay, in order (gaps filled). */
export function periodRange(firstDay: number, lastDay: number, granularity: Granularity): string[] {
  const out: string[] = [];
  let day = firstDay;
  let last = '';
  const end = periodStart(lastDay, granularity);
  for (;;) {
    const p = periodStart(day, granularity);
    if (p !== last) {
      out.push(p);
      last = p;
    }
    if (p === end) break;
    day += granularity === 'day' ? 1 : granularity === 'week' ? 7 : 28;
  }
  return out;
}

export const monthOf = (epochDay: number): string => new Date(epochDay * DAY_MS).toISOString().slice(0, 7);
