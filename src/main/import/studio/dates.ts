// Reading Studio's dates: localized and year-less ("February 28", "8 de marzo", "28 апреля", "9月16日",
// "16.9."), or full (Business: "2025/10/31"), and giving year-less rows their year by walking back from
// the export date. Days are counted as integers (days since 1970-01-01) and shown as ISO 'YYYY-MM-DD'.
import { asciiDigits, monthTables, normalizeDateText } from './months';

export interface PartialDate {
  year: number | null;
  month: number;
  day: number;
}

/**
 * The ways a date cell can be read. A named or CJK month is unambiguous (`fixed`); a bare numeric
 * "16.9." or "9/16" may be day-month or month-day, and the whole column decides (see resolveOrder).
 */
export interface DateReading {
  fixed?: PartialDate;
  dm?: PartialDate;
  md?: PartialDate;
  /** Which numeric order the separator suggests when both are valid. */
  prefer?: 'dm' | 'md';
}

const MS_PER_DAY = 86_400_000;

export function epochDay(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function isoOfEpochDay(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function epochDayOfTime(ms: number): number {
  return Math.floor(ms / MS_PER_DAY);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function valid(year: number | null, month: number, day: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return false;
  // Without a year, February 29 is possible.
  return day <= daysInMonth(year ?? 2000, month);
}

function partial(year: number | null, month: number, day: number): PartialDate | undefined {
  return valid(year, month, day) ? { year, month, day } : undefined;
}

/** Excel's day 0 (serial 1 is 1900-01-01, counting the leap day 1900 never had). */
const EXCEL_EPOCH_DAY = epochDay(1899, 12, 30);
/** Serial numbers read as dates: 2000-01-01 to 2099-12-31. A bigger or smaller number is not a date. */
const EXCEL_SERIALS = [36_526, 73_050] as const;

/** A date cell Excel re-saved as its serial number (46297 = 2026-10-03), time of day dropped. */
function readExcelSerial(text: string): DateReading | null {
  const t = text.trim();
  if (!/^\d{5}(?:\.\d+)?$/.test(t)) return null;
  const serial = Math.floor(Number(t));
  if (serial < EXCEL_SERIALS[0] || serial > EXCEL_SERIALS[1]) return null;
  const d = new Date((EXCEL_EPOCH_DAY + serial) * MS_PER_DAY);
  return { fixed: { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() } };
}

/** Reads one date cell; null when it is not a date in any known form. */
export function readDateText(text: string): DateReading | null {
  const serial = readExcelSerial(text);
  if (serial) return serial;
  const norm = normalizeDateText(
    text.replace(/[T\s]\d{1,2}:\d{2}(:\d{2})?(\.\d+)?\s*(z|[ap]\.?m\.?|utc)?$/i, ''),
  );
  if (norm === '') return null;
  const raw = normalizeDateText(text).replace(/\s+/g, '');
  // Year first, as in Business exports and ISO: 2025/10/31, 2025-10-31, 2025.10.31, 2025年10月31日.
  let m = /^(\d{4})\s*[-/ 年년]\s*(\d{1,2})\s*[-/ 月월]\s*(\d{1,2})\s*[日일]?$/.exec(norm);
  if (m) {
    const fixed = partial(Number(m[1]), Number(m[2]), Number(m[3]));
    return fixed ? { fixed } : null;
  }
  // CJK month-day: 9月16日, 9월 16일.
  m = /^(\d{1,2})[月월](\d{1,2})[日일号號]?$/.exec(raw);
  if (m) {
    const fixed = partial(null, Number(m[1]), Number(m[2]));
    return fixed ? { fixed } : null;
  }
  // Bare numbers: 16.9. / 16/09 / 09/16, optionally with a year last (16.09.2025, 10/31/2025).
  const original = asciiDigits(text.normalize('NFKC')).trim();
  m = /^(\d{1,2})\s*([./-])\s*(\d{1,2})\s*(?:[./-]\s*(\d{4})?)?\.?$/.exec(original);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = m[4] ? Number(m[4]) : null;
    const dm = partial(year, b, a);
    const md = partial(year, a, b);
    if (!dm && !md) return null;
    return { dm, md, prefer: m[2] === '/' ? 'md' : 'dm' };
  }
  return readNamedDate(norm);
}

/** "8 de marzo", "28 апреля", "February 28", "18 tháng Sáu", "ápr. 28.", "28 de abr. de 2025". */
function readNamedDate(norm: string): DateReading | null {
  const { words, phrases } = monthTables();
  const numbers = [...norm.matchAll(/\d+/g)];
  let year: number | null = null;
  let text = norm;
  const yearToken = numbers.find((n) => n[0].length === 4 && Number(n[0]) >= 1970 && Number(n[0]) <= 2200);
  if (yearToken) {
    year = Number(yearToken[0]);
    text = (norm.slice(0, yearToken.index) + ' ' + norm.slice(yearToken.index + 4))
      .replace(/\s+/g, ' ')
      .trim();
  }
  const found: PartialDate[] = [];
  for (const n of text.matchAll(/\d+/g)) {
    const day = Number(n[0]);
    if (n[0].length > 2 || day < 1 || day > 31) continue;
    const rest = (text.slice(0, n.index) + ' ' + text.slice(n.index + n[0].length))
      .replace(/\s+/g, ' ')
      .trim();
    let month = phrases.get(rest) ?? words.get(rest);
    if (month === undefined) {
      // Filler words around the month ("de", "ngày"): the one token that names a month decides.
      const months = new Set(
        rest
          .split(' ')
          .map((t) => words.get(t))
          .filter((v): v is number => v !== undefined),
      );
      if (months.size === 1) month = [...months][0];
    }
    const date = month === undefined ? undefined : partial(year, month, day);
    if (date && !found.some((f) => f.month === date.month && f.day === date.day)) found.push(date);
  }
  return found.length === 1 ? { fixed: found[0] } : null;
}

/**
 * Picks one reading per cell for a whole column: the fixed reading when there is one; for bare numeric
 * dates, the order under which every cell is valid and that reads most cells as consecutive days.
 * Returns null for a cell that is not a date.
 */
export function resolveColumn(readings: (DateReading | null)[]): (PartialDate | null)[] {
  const numeric = readings.filter((r) => r && !r.fixed);
  if (numeric.length === 0) return readings.map((r) => r?.fixed ?? null);
  const score = (order: 'dm' | 'md'): number => {
    const dates = readings.map((r) => r?.fixed ?? r?.[order] ?? null);
    if (readings.some((r, i) => r && !dates[i])) return -1;
    return countAscending(dates.filter((d): d is PartialDate => d !== null));
  };
  const preferred = numeric[0]!.prefer ?? 'dm';
  const other = preferred === 'dm' ? 'md' : 'dm';
  const order = score(other) > score(preferred) ? other : preferred;
  return readings.map((r) => r?.fixed ?? r?.[order] ?? null);
}

/** True when b is the calendar day after a (ignoring years, so Dec 31 → Jan 1 counts; Feb 28 → Mar 1 too). */
function isNextDay(a: PartialDate, b: PartialDate): boolean {
  for (const year of [2001, 2000]) {
    if (!valid(year, a.month, a.day)) continue;
    const next = new Date(Date.UTC(year, a.month - 1, a.day + 1));
    if (next.getUTCMonth() + 1 === b.month && next.getUTCDate() === b.day) return true;
  }
  return false;
}

function countAscending(dates: PartialDate[]): number {
  let n = 0;
  for (let i = 1; i < dates.length; i++) if (isNextDay(dates[i - 1]!, dates[i]!)) n++;
  return n;
}

function countDescending(dates: PartialDate[]): number {
  let n = 0;
  for (let i = 1; i < dates.length; i++) if (isNextDay(dates[i]!, dates[i - 1]!)) n++;
  return n;
}

/** The latest day with this month and day that is not after `bound` (an epoch day). */
export function latestOnOrBefore(month: number, day: number, bound: number): number {
  const boundYear = new Date(bound * MS_PER_DAY).getUTCFullYear();
  for (let year = boundYear; year > boundYear - 9; year--) {
    if (!valid(year, month, day)) continue; // February 29 waits for a leap year
    const n = epochDay(year, month, day);
    if (n <= bound) return n;
  }
  throw new Error(`no year for ${month}/${day}`); // unreachable: a valid month/day recurs within 8 years
}

export interface InferredDays {
  /** Epoch day per input row (rows with the same date share one). */
  days: number[];
  /** Days between the last row's day and the export day (1 or 2 in genuine downloads). */
  lag: number;
}

/**
 * Gives year-less dates their years. Rows are consecutive days ending a day or two before the export;
 * walking back from the export day, each row takes the latest matching day before the row after it, so
 * a range crossing New Year lands in the right years. Rows with a year keep it. Rows in descending order
 * are handled too. `exportDay` may be one day early when the creator's zone is ahead of UTC, so the last
 * row may fall on exportDay + 1.
 */
export function inferYears(dates: PartialDate[], exportDay: number): InferredDays {
  const descending = countDescending(dates) > countAscending(dates);
  const order = dates.map((_, i) => i);
  if (!descending) order.reverse(); // walk from the newest row back
  const days = new Array<number>(dates.length);
  let bound = exportDay + 1;
  let previous: PartialDate | null = null;
  let previousDay = bound;
  let newest: number | null = null;
  for (const i of order) {
    const d = dates[i]!;
    let n: number;
    if (previous && previous.month === d.month && previous.day === d.day && previous.year === d.year)
      n = previousDay;
    else if (d.year !== null) n = epochDay(d.year, d.month, d.day);
    else n = latestOnOrBefore(d.month, d.day, bound);
    days[i] = n;
    newest ??= n;
    bound = n - 1;
    previous = d;
    previousDay = n;
  }
  return { days, lag: newest === null ? 0 : exportDay - newest };
}
