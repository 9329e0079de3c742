// When an Instagram export was made, from the export itself. Instagram names its ZIP (and the folder
// unzip tools make of it) `instagram-<user>-<YYYY-MM-DD>-<hash>`: the day the export was made. Its ZIP
// entries carry the hour, in a zone nobody wrote down. So: the container's time when it falls on the named
// day (give or take the widest zone offsets), else the named day itself (no earlier than the newest
// follow it holds on that day). Without a named day the export says nothing of its own: null, and the
// snapshot is dated as TikTok's are (newest record, then container time).
import { calendarDayUtc } from '../../../../shared/user-date';

const DAY_MS = 86_400_000;
/** Zone offsets reach UTC-12 and UTC+14: a local day spans these hours around its UTC day. */
const BEFORE_UTC_DAY_MS = 14 * 3_600_000;
const AFTER_UTC_DAY_MS = 12 * 3_600_000;

const NAMED_DAY = /^instagram-[a-z0-9._]+-(\d{4})-(\d{2})-(\d{2})(?![0-9])/i;

/** The day (UTC midnight, epoch ms) named by `instagram-<user>-<date>…`, or null. */
export function namedExportDay(name: string): number | null {
  const base = name.replace(/\\/g, '/').split('/').filter(Boolean).pop() ?? '';
  const m = NAMED_DAY.exec(base);
  // "2025-02-30" names no day.
  return m ? calendarDayUtc(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * The export's own time, or null. `names` are the source's name and its top folder (either can carry
 * the date); `newestRecord` is the newest believable follow time in it.
 */
export function instagramExportTime(input: {
  names: readonly string[];
  containerTime: number | null;
  newestRecord: number | null;
}): number | null {
  let day: number | null = null;
  for (const name of input.names) day ??= namedExportDay(name);
  if (day === null) return null;
  const from = day - BEFORE_UTC_DAY_MS;
  const to = day + DAY_MS + AFTER_UTC_DAY_MS;
  const within = (t: number | null): t is number => t !== null && t >= from && t < to;
  if (within(input.containerTime)) return input.containerTime;
  return within(input.newestRecord) ? Math.max(day, input.newestRecord) : day;
}
