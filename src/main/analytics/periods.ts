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

/**
 * periodStart as an SQL expression over a column of epoch days, so rows can be summed per period inside
 * the query: the same 'YYYY-MM-DD' (SQLite's date functions work in UTC, as periodStart does).
 */
export function periodStartSql(dayColumn: string, granularity: Granularity): string {
  const date = `${dayColumn} * 86400, 'unixepoch'`;
  if (granularity === 'week') return `date(${date}, '-6 days', 'weekday 1')`;
  if (granularity === 'month') return `date(${date}, 'start of month')`;
  return `date(${date})`;
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
