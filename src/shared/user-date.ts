// A date the user types to date an export: `2026-02-28` (midnight), `2026-02-28 18:00` or
// `2026-02-28T18:00:00` (wall time), each in the given time zone (the product's zone, an IANA name or an
// offset; the system's by default), or a full ISO 8601 date-time with `Z` or an offset, which needs no zone. Shared: the
// contract checks the form, the service converts in the product's zone, the CLI checks before it starts.

import { systemTimeZone, wallClockToUtc } from './time-zone';

const PLAIN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?$/;
const ZONED =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Epoch ms of UTC midnight of a real calendar day of years 1 to 9999, or null: `2025-02-30` rolls over
 * and years 0 to 99 read as 19xx in `Date.UTC`, so neither is trusted.
 */
export function calendarDayUtc(year: number, month: number, day: number): number | null {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.getTime() : null;
}

/**
 * Epoch ms of a wall-clock date and time read as UTC, or null unless it is a real one: a real calendar
 * day (see calendarDayUtc) and a time of day up to 23:59:59.
 */
function wallTime(parts: readonly (string | undefined)[]): number | null {
  const [year, month, day, hour, minute, second, ms] = parts.map((v) => (v === undefined ? 0 : Number(v)));
  if (hour! > 23 || minute! > 59 || second! > 59) return null;
  const midnight = calendarDayUtc(year!, month!, day!);
  return midnight === null ? null : midnight + ((hour! * 60 + minute!) * 60 + second!) * 1000 + ms!;
}

/** Epoch ms for what the user typed, or null when it is not one of the accepted forms. */
export function parseUserDate(text: string, timeZone: string = systemTimeZone()): number | null {
  const t = text.trim();
  const zoned = ZONED.exec(t);
  if (zoned) {
    const wall = wallTime(zoned.slice(1, 8));
    const offset = zoned[8]!.toUpperCase() === 'Z' ? 0 : offsetMinutes(zoned[8]!);
    return wall === null || offset === null ? null : wall - offset * 60_000;
  }
  const m = PLAIN.exec(t);
  if (!m) return null;
  const wall = wallTime(m.slice(1));
  if (wall === null) return null;
  try {
    return wallClockToUtc(wall, timeZone);
  } catch {
    return null; // an unknown time zone name
  }
}

/** Minutes of a `+09:00` / `-0530` offset, or null past ±23:59. */
function offsetMinutes(text: string): number | null {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text)!;
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (hours > 23 || minutes > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}
