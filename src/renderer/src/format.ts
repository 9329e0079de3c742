// Number and date formatting with the user's locale and the product's one time zone (the Settings
// choice, set here by the TimeZoneProvider when the app loads and whenever Settings changes it). The
// backend sends dates as ISO 8601 UTC strings; these helpers show them in that zone, never the browser's.
// One cached Intl formatter per style, rebuilt when the zone changes.
import { intlTimeZone } from './timeZone';

const locale = typeof navigator !== 'undefined' ? navigator.language : undefined;

const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
const signedInteger = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
const signedPercent = new Intl.NumberFormat(locale, {
  style: 'percent',
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
/** The browser's zone, used only until the Settings zone has been read. */
const browserZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;

function dateFormatters(zone: string) {
  const timeZone = intlTimeZone(zone);
  const make = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone });
  return {
    zone,
    date: make({ dateStyle: 'medium' }),
    dateTime: make({ dateStyle: 'medium', timeStyle: 'short' }),
    month: make({ month: 'short', year: 'numeric' }),
    weekday: make({ weekday: 'short' }),
    dayMonth: make({ month: 'short', day: 'numeric' }),
    dayMonthYear: make({ month: 'short', day: 'numeric', year: 'numeric' }),
    year: make({ year: 'numeric' }),
    // Wall-clock parts for <input type="datetime-local">: en-CA with h23 gives stable numeric parts.
    parts: new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }),
  };
}
let fmt = dateFormatters(browserZone);

/**
 * Shows every date and time from now on in `zone` (an IANA name or a UTC offset, as Settings stores it).
 * Components format while rendering, so the caller re-renders the app after a change.
 */
export function setDisplayTimeZone(zone: string): void {
  if (zone !== fmt.zone) fmt = dateFormatters(zone);
}
/** The zone dates and times are shown in (the Settings zone once the app has read it). */
export const displayTimeZone = (): string => fmt.zone;

const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });

const DASH = '—';

/** What a figure shows when the export it would come from did not carry it (unknown, never 0). */
export const NOT_IN_EXPORT = 'not in this export';
/** A count read from an export requested for a date range: it lists only recent follows (unknown). */
export const PARTIAL_EXPORT = 'partial: date-range export';
const isNum = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** 12,345 */
export const formatInt = (n: number | null | undefined): string => (isNum(n) ? integer.format(n) : DASH);
/** 12.3 */
export const formatDecimal = (n: number | null | undefined): string => (isNum(n) ? decimal.format(n) : DASH);
/** 12.3K (for axes and tight KPI cards) */
export const formatCompact = (n: number | null | undefined): string => (isNum(n) ? compact.format(n) : DASH);
/** 0.123 → 12.3% */
export const formatPercent = (ratio: number | null | undefined): string =>
  isNum(ratio) ? percent.format(ratio) : DASH;
/** +120 / −4 / 0 */
export const formatSignedInt = (n: number | null | undefined): string =>
  isNum(n) ? signedInteger.format(n) : DASH;
/** 0.05 → +5% */
export const formatSignedPercent = (ratio: number | null | undefined): string =>
  isNum(ratio) ? signedPercent.format(ratio) : DASH;

/** Bytes as B / KB / MB / GB (decimal units, as file managers show them). */
export function formatBytes(bytes: number | null | undefined): string {
  if (!isNum(bytes)) return DASH;
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

function toDate(iso: string | Date | null | undefined): Date | null {
  if (iso == null) return null;
  const d = iso instanceof Date ? iso : new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "24 Nov 2026": the calendar day in the product's zone (a date alone does not name the zone). */
export const formatDate = (iso: string | Date | null | undefined): string => {
  const d = toDate(iso);
  return d ? fmt.date.format(d) : DASH;
};
/** "24 Nov 2026, 14:05 (Asia/Tokyo)": a time of day always names the zone it is read in. */
export const formatDateTime = (iso: string | Date | null | undefined): string => {
  const d = toDate(iso);
  return d ? `${fmt.dateTime.format(d)} (${fmt.zone})` : DASH;
};
/** "Nov 2026" (chart axes by month) */
export const formatMonth = (iso: string | Date | null | undefined): string => {
  const d = toDate(iso);
  return d ? fmt.month.format(d) : DASH;
};
/** "Mon" */
export const formatWeekday = (iso: string | Date | null | undefined): string => {
  const d = toDate(iso);
  return d ? fmt.weekday.format(d) : DASH;
};

/** "3 days ago", "yesterday", "in 2 hours" */
export function formatRelative(iso: string | Date | null | undefined, now: Date = new Date()): string {
  const d = toDate(iso);
  if (!d) return DASH;
  const seconds = (d.getTime() - now.getTime()) / 1000;
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31_536_000],
    ['month', 2_592_000],
    ['week', 604_800],
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of steps) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(Math.round(seconds), 'second');
}

/** The wall clock of an instant in the product's zone, read as if it were UTC (epoch ms). */
function wallClockMs(ms: number): number {
  const p: Record<string, number> = {};
  for (const part of fmt.parts.formatToParts(ms))
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
}

/** ISO UTC → the value of an <input type="datetime-local"> in the product's zone ("2026-11-24T14:05"). */
export function isoToLocalInput(iso: string): string {
  const d = toDate(iso);
  if (!d) return '';
  return new Date(wallClockMs(d.getTime())).toISOString().slice(0, 16);
}

/** The value of an <input type="datetime-local"> (in the product's zone) → ISO 8601 UTC, or null. */
export function localInputToIso(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
  if (Number.isNaN(wall)) return null;
  // The zone's offset at that moment, found by guessing and correcting twice (enough across a DST change).
  let guess = wall;
  for (let i = 0; i < 2; i += 1) guess = wall - (wallClockMs(guess) - guess);
  return new Date(guess).toISOString();
}

// ---- Chart ticks and counted phrases: every chart, table, tip and suggestion formats through these.

// Up to 99,999 an axis shows the whole number ("1,350", never "1.4K"); above, three significant digits
// ("126K") so the label still fits a 56 px axis. Signs always come through ("−110").
const AXIS_COMPACT_FROM = 100_000;
const compact3 = new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 });
const tickDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });

/** An axis tick for a count: 1,350 / −110 / 126K. */
export const formatCountTick = (n: number | null | undefined): string => {
  if (!isNum(n)) return DASH;
  return Math.abs(n) >= AXIS_COMPACT_FROM ? compact3.format(n) : integer.format(n);
};

/**
 * The count ticks of one axis whose largest value is `largest`: one style for the whole axis, so an axis
 * up to 100,000 reads "25K, 50K, 75K, 100K", never "75,000" beside "100K".
 */
export function countTickFormatter(largest: number): (n: number | null | undefined) => string {
  if (!(Math.abs(largest) >= AXIS_COMPACT_FROM)) return formatCountTick;
  return (n) => (isNum(n) ? compact3.format(n) : DASH);
}
/** An axis tick for a ratio or an average: 0.15, 0.3, 1.25 (two decimals at most, so 0.15 stays 0.15). */
export const formatDecimalTick = (n: number | null | undefined): string =>
  isNum(n) ? tickDecimal.format(n) : DASH;

const fixedDecimals = new Map<string, Intl.NumberFormat>();
/** One Intl formatter per style and number of decimals, made on first use. */
function fixed(style: 'decimal' | 'percent', decimals: number): Intl.NumberFormat {
  const key = `${style}:${decimals}`;
  let format = fixedDecimals.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    fixedDecimals.set(key, format);
  }
  return format;
}

/**
 * The ticks of one ratio or average axis, all with the same number of decimals (1.75, 2.00, 2.25): an
 * axis reading "2" beside "2.25" looks like two scales.
 */
export function decimalTickFormatter(decimals: number): (n: number | null | undefined) => string {
  const format = fixed('decimal', decimals);
  return (n) => (isNum(n) ? format.format(n) : DASH);
}

/** The ticks of one share axis (0..1 shown as percent) whose values have `decimals` decimals: 0.125 → 12.5%. */
export function percentTickFormatter(decimals: number): (n: number | null | undefined) => string {
  const format = fixed('percent', Math.max(0, decimals - 2));
  return (n) => (isNum(n) ? format.format(n) : DASH);
}

/**
 * The tick formatter of a time axis from `from` to `to` (epoch ms): month and year when it spans more
 * than ~4 months ("May 2025"), day and month when it stays in one year ("May 6"), and day, month and
 * year when a short axis crosses New Year, so no axis that spans years hides them.
 */
export function timeTickFormatter(from: number, to: number): (t: number) => string {
  const span = Math.abs(to - from);
  const { month, year, dayMonth, dayMonthYear } = fmt;
  if (span > 120 * 86_400_000) return (t) => month.format(new Date(t));
  const sameYear = year.format(from) === year.format(to);
  const tick = sameYear ? dayMonth : dayMonthYear;
  return (t) => tick.format(new Date(t));
}

const plural = new Intl.PluralRules(locale);
/**
 * A whole count with its noun: "1 new follower", "1,085 likes". Counts of people and posts are whole:
 * a fractional input (an average) is rounded, so no screen says "0.5 new followers".
 */
export function formatCount(n: number | null | undefined, one: string, other: string): string {
  if (!isNum(n)) return DASH;
  const whole = Math.round(n);
  return `${integer.format(whole)} ${plural.select(whole) === 'one' ? one : other}`;
}

const calendarDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;
/**
 * A value the service sends as evidence (a tip's figure, a suggestion's reason value): numbers with the
 * locale's separators (1,085), ISO dates as dates ("May 6, 2026"), other text as it is.
 */
export function formatEvidenceValue(value: number | string): string {
  if (typeof value === 'number') return tickDecimal.format(value);
  if (ISO_DATE.test(value)) {
    // A bare day ("2026-05-06") is that calendar day in any zone, not midnight UTC shifted into another.
    return value.length === 10 ? calendarDay.format(new Date(`${value}T12:00:00Z`)) : formatDate(value);
  }
  return value;
}

/**
 * A sentence the service wrote (a tip's evidence, a suggestion's reason) with its ISO dates and whole
 * numbers in the user's locale: "Follows you since 2026-03-15" → "Follows you since Mar 15, 2026",
 * "1085 likes" → "1,085 likes". Digits inside words (usernames, hashtags) are left alone.
 */
export function localizeText(text: string): string {
  // One pass, so a date already written out ("Mar 15, 2026") is not read again as a number.
  return text.replace(
    /\b(\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?)\b|(?<![\w@#.,-])(\d{4,})(?![\w.,]\d|\w)/g,
    (_, iso: string | undefined, digits: string | undefined) =>
      iso ? formatEvidenceValue(iso) : integer.format(Number(digits)),
  );
}
