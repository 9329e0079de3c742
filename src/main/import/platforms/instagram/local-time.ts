// Instagram's HTML export writes times as English wall-clock text in the user's own zone with no zone
// marker ("Jan 23, 2025 8:59 am"). They are read in the app's time zone: the only zone the product has.
import { wallClockToUtc } from '../../../../shared/time-zone';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE =
  /([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])\.?m\.?/i;

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
