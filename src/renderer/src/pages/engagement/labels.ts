// Locale-aware labels for weekdays (Monday = 0, as the service numbers them), hours and calendar days.
import { timeTickFormatter } from '../../format';
const locale = typeof navigator !== 'undefined' ? navigator.language : undefined;

const weekdayShort = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
const weekdayLong = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
const hourFmt = new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone: 'UTC' });
const dayYearFmt = new Intl.DateTimeFormat(locale, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

// 2024-01-01 was a Monday.
const MONDAY = Date.UTC(2024, 0, 1);

export const weekdayLabel = (weekday: number): string => weekdayShort.format(MONDAY + weekday * 86_400_000);
export const weekdayName = (weekday: number): string => weekdayLong.format(MONDAY + weekday * 86_400_000);
export const hourLabel = (hour: number): string => hourFmt.format(MONDAY + hour * 3_600_000);

/** 'YYYY-MM-DD' as "3 Feb 2026". */
export const dayYearLabel = (day: string | null): string =>
  day ? dayYearFmt.format(Date.parse(`${day.slice(0, 10)}T00:00:00Z`)) : '—';

/** A calendar day at local noon, so formatting it in the local zone names the same day. */
const localNoon = (day: string | undefined): number => (day ? Date.parse(`${day.slice(0, 10)}T12:00:00`) : 0);
/**
 * Ticks for an axis of calendar days from `first` to `last` ('YYYY-MM-DD'), by the chart kit's rule:
 * the year shows whenever the axis spans more than one.
 */
export function dayTicks(first: string | undefined, last: string | undefined): (day: string) => string {
  const format = timeTickFormatter(localNoon(first), localNoon(last));
  return (day) => format(localNoon(day));
}
