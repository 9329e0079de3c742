// Instagram's HTML export writes times as English wall-clock text in the user's own zone with no zone
// marker ("Jan 23, 2025 8:59 am"). They are read in the app's time zone: the only zone the product has.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE =
  /([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])\.?m\.?/i;

/** The zone this process runs in (the app's zone until there is a setting for it). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formats.set(zone, f);
  }
  return f;
}

/** Offset of `zone` from UTC at instant `ms`, in ms (positive east). */
function offsetAt(zone: string, ms: number): number {
  const p: Record<string, number> = {};
  for (const part of formatFor(zone).formatToParts(ms)) p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a wall-clock time in `zone` stands for. In the hour skipped by a DST change the time is
 * read with the offset before the change; in the repeated hour, as its first occurrence.
 */
export function wallClockToUtc(wall: number, zone: string): number {
  // The offsets on either side of any change within a day of `wall`; a candidate is right when it reads
  // back as the same wall-clock time.
  const offsets = [offsetAt(zone, wall - 86_400_000), offsetAt(zone, wall + 86_400_000)];
  const valid = offsets.map((o) => wall - o).filter((t) => t + offsetAt(zone, t) === wall);
  if (valid.length > 0) return Math.min(...valid);
  return wall - offsets[0]!;
}

/** Epoch ms of an HTML export date such as "Jan 23, 2025 8:59 am" read in `zone`; null if it is not one. */
export function parseInstagramHtmlDate(text: string, zone: string): number | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
  const day = Number(m[2]);
  const year = Number(m[3]);
  let hour = Number(m[4]);
  const minute = Number(m[5]);
  if (month < 0 || day < 1 || day > 31 || hour < 1 || hour > 12 || minute > 59) return null;
  if (hour === 12) hour = 0;
  if (m[7]!.toLowerCase() === 'p') hour += 12;
  const wall = Date.UTC(year, month, day, hour, minute, Number(m[6] ?? 0));
  if (new Date(wall).getUTCDate() !== day) return null;
  return wallClockToUtc(wall, zone);
}
