// Number and date formatting with the user's locale and time zone. The backend sends dates as ISO 8601
// UTC strings; these helpers show them in local time. One cached Intl formatter per style.

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
const dateFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
const dateTimeFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
const monthFmt = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' });
const weekdayFmt = new Intl.DateTimeFormat(locale, { weekday: 'short' });
const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });

const DASH = '—';

/** What a figure shows when the export it would come from did not carry it (unknown, never 0). */
export const NOT_IN_EXPORT = 'not in this export';
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

/** "24 Nov 2026" in the user's locale and time zone. */
export const formatDate = (iso: string | Date | null | undefined): string => {
  const d = toDate(iso);
  return d ? dateFmt.format(d) : DASH;
};
/** "24 Nov 2026, 14:05" */
export const formatDateTime = (iso: string | Date | null | undefined): string => {
  const d = toDate(iso);
  return d ? dateTimeFmt.format(d) : DASH;
};
/** "Nov 2026" (chart axes by month) */
export const formatMonth = (iso: string | Date | null | undefined): string => {
  const d = toDate(iso);
  return d ? monthFmt.format(d) : DASH;
};
/** "Mon" */
export const formatWeekday = (iso: string | Date | null | undefined): string => {
  const d = toDate(iso);
  return d ? weekdayFmt.format(d) : DASH;
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

/** ISO UTC → the value of an <input type="datetime-local"> in local time ("2026-11-24T14:05"). */
export function isoToLocalInput(iso: string): string {
  const d = toDate(iso);
  if (!d) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The value of an <input type="datetime-local"> (local time) → ISO 8601 UTC, or null when invalid. */
export function localInputToIso(value: string): string | null {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
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
/** An axis tick for a ratio or an average: 0.15, 0.3, 1.25 (two decimals at most, so 0.15 stays 0.15). */
export const formatDecimalTick = (n: number | null | undefined): string =>
  isNum(n) ? tickDecimal.format(n) : DASH;

const dayMonthFmt = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
const dayMonthYearFmt = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', year: 'numeric' });

/**
 * The tick formatter of a time axis from `from` to `to` (epoch ms): month and year when it spans more
 * than ~4 months ("May 2025"), day and month when it stays in one year ("May 6"), and day, month and
 * year when a short axis crosses New Year, so no axis that spans years hides them.
 */
export function timeTickFormatter(from: number, to: number): (t: number) => string {
  const span = Math.abs(to - from);
  if (span > 120 * 86_400_000) return (t) => monthFmt.format(new Date(t));
  const sameYear = new Date(from).getFullYear() === new Date(to).getFullYear();
  const fmt = sameYear ? dayMonthFmt : dayMonthYearFmt;
  return (t) => fmt.format(new Date(t));
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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;
/**
 * A value the service sends as evidence (a tip's figure, a suggestion's reason value): numbers with the
 * locale's separators (1,085), ISO dates as dates ("May 6, 2026"), other text as it is.
 */
export function formatEvidenceValue(value: number | string): string {
  if (typeof value === 'number') return tickDecimal.format(value);
  if (ISO_DATE.test(value)) {
    // A bare day ("2026-05-06") is that calendar day, not midnight UTC shifted into the local zone.
    return value.length === 10 ? dateFmt.format(new Date(`${value}T12:00:00`)) : formatDate(value);
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
