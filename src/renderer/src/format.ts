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
