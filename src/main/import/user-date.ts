// A date the user types to date an export: `2026-02-28` (midnight), `2026-02-28 18:00` or
// `2026-02-28T18:00:00` (wall time), each in the given IANA time zone (the product's zone; the system's
// by default), or a full ISO 8601 date-time with `Z` or an offset, which needs no zone.

const PLAIN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?$/;
const ZONED = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Milliseconds `timeZone` is ahead of UTC at the instant `at`. */
function zoneOffset(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(at));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(at / 1000) * 1000;
}

/** The instant a wall-clock time in `timeZone` names (the earlier one when clocks go back). */
function fromWallTime(wall: number, timeZone: string): number {
  let at = wall - zoneOffset(wall, timeZone);
  // A second pass settles times near a daylight-saving change.
  at = wall - zoneOffset(at, timeZone);
  return at;
}

/** Epoch ms for what the user typed, or null when it is not one of the accepted forms. */
export function parseUserDate(text: string, timeZone: string = systemTimeZone()): number | null {
  const t = text.trim();
  if (ZONED.test(t)) {
    const at = Date.parse(t.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isFinite(at) ? at : null;
  }
  const m = PLAIN.exec(t);
  if (!m) return null;
  const [year, month, day, hour, minute, second, ms] = m
    .slice(1)
    .map((v) => (v === undefined ? 0 : Number(v)));
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!, ms!);
  const check = new Date(wall);
  if (
    check.getUTCDate() !== day ||
    check.getUTCMonth() !== month! - 1 ||
    hour! > 23 ||
    minute! > 59 ||
    second! > 59
  )
    return null;
  try {
    return fromWallTime(wall, timeZone);
  } catch {
    return null; // an unknown time zone name
  }
}
