// The product's one time zone and all arithmetic in it: an IANA name ("Europe/Berlin") or a fixed UTC
// offset ("+05:30", "UTC-3", "GMT+1"; Intl knows no such zone, so offsets are read here). Hours,
// weekdays and calendar days are read in it, DST included for IANA names. Shared: the import reads
// zone-less wall-clock times in it, the analytics and advice count days in it, the contract checks it.

const OFFSET = /^(?:UTC|GMT|Z)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;

export interface ZoneClock {
  /** Local weekday (Monday = 0) and hour of an epoch-ms time. */
  at(ms: number): { weekday: number; hour: number };
}

export class TimeZoneError extends Error {
  constructor(zone: string) {
    super(`Unknown time zone "${zone}": give an IANA name such as Europe/Berlin or an offset such as +05:30`);
    this.name = 'TimeZoneError';
  }
}

function fixed(offsetMinutes: number): ZoneClock {
  return {
    at(ms) {
      const local = new Date(ms + offsetMinutes * 60_000);
      return { weekday: (local.getUTCDay() + 6) % 7, hour: local.getUTCHours() };
    },
  };
}

const WEEKDAYS: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

export function zoneClock(zone: string): ZoneClock {
  const trimmed = zone.trim();
  if (/^(utc|gmt|z)$/i.test(trimmed)) return fixed(0);
  const m = OFFSET.exec(trimmed);
  if (m) {
    const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
    if (Number(m[2]) > 14 || Number(m[3] ?? 0) > 59) throw new TimeZoneError(zone);
    return fixed(m[1] === '-' ? -minutes : minutes);
  }
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: trimmed,
      weekday: 'short',
      hour: 'numeric',
      hourCycle: 'h23',
    });
  } catch {
    throw new TimeZoneError(zone);
  }
  return {
    at(ms) {
      let weekday = 0;
      let hour = 0;
      for (const part of format.formatToParts(ms)) {
        if (part.type === 'weekday') weekday = WEEKDAYS[part.value] ?? 0;
        if (part.type === 'hour') hour = Number(part.value) % 24;
      }
      return { weekday, hour };
    },
  };
}

/** One formatter per IANA zone: building one costs far more than using it, and advice asks per row. */
const wallFormats = new Map<string, Intl.DateTimeFormat>();

function wallFormat(zone: string, trimmed: string): Intl.DateTimeFormat {
  let format = wallFormats.get(trimmed);
  if (format) return format;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: trimmed,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
  } catch {
    throw new TimeZoneError(zone);
  }
  wallFormats.set(trimmed, format);
  return format;
}

/** The zone's offset from UTC in minutes at an instant (positive east of Greenwich). */
export function offsetMinutesAt(zone: string, ms: number): number {
  const trimmed = zone.trim();
  if (/^(utc|gmt|z)$/i.test(trimmed)) return 0;
  const m = OFFSET.exec(trimmed);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  const format = wallFormat(zone, trimmed);
  const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, Number(p.value)]));
  const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!);
  return Math.round((local - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/** The zone of the computer the service runs on (UTC when Intl cannot tell). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The zone, trimmed, when it is one zoneClock understands; throws TimeZoneError otherwise. */
export function checkTimeZone(zone: string): string {
  zoneClock(zone);
  return zone.trim();
}

/** The calendar day ('YYYY-MM-DD') of an instant in the zone. */
export function dayInZone(ms: number, zone: string): string {
  return new Date(ms + offsetMinutesAt(zone, ms) * 60_000).toISOString().slice(0, 10);
}

/**
 * The instant a wall-clock time in the zone stands for (`wall`: that time read as UTC, epoch ms). In the
 * hour skipped by a DST change the time is read with the offset before the change; in the repeated hour,
 * as its first occurrence.
 */
export function wallClockToUtc(wall: number, zone: string): number {
  // The offsets on either side of any change within a day of `wall`; a candidate is right when it reads
  // back as the same wall-clock time.
  const offsetAt = (ms: number) => offsetMinutesAt(zone, ms) * 60_000;
  const offsets = [offsetAt(wall - 86_400_000), offsetAt(wall + 86_400_000)];
  const valid = offsets.map((o) => wall - o).filter((t) => t + offsetAt(t) === wall);
  if (valid.length > 0) return Math.min(...valid);
  return wall - offsets[0]!;
}

/** The last second of a calendar day ('YYYY-MM-DD') in the zone, epoch ms: "by that date" ends there. */
export function endOfDayInZone(day: string, zone: string): number {
  const wall = Date.parse(`${day}T23:59:59Z`);
  // The offset at the instant itself, which differs from the wall-clock guess only across a DST change.
  const guess = wall - offsetMinutesAt(zone, wall) * 60_000;
  return wall - offsetMinutesAt(zone, guess) * 60_000;
}

/** "18:00–20:00" for a window of `hours` starting at `startHour` (wraps past midnight). */
export function hourRangeLabel(startHour: number, hours: number): string {
  const hh = (h: number) => `${String(((h % 24) + 24) % 24).padStart(2, '0')}:00`;
  return `${hh(startHour)}–${hh(startHour + hours)}`;
}

/**
 * An instant as ISO 8601 wall-clock time in the zone, with the zone's offset ("2026-03-02T08:30:00+09:00"),
 * so a file written for people (a CSV export) shows the product's zone and still names the exact instant.
 */
export function isoInZone(ms: number, zone: string): string {
  const offset = offsetMinutesAt(zone, ms);
  const sign = offset < 0 ? '-' : '+';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${new Date(ms + offset * 60_000).toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}
