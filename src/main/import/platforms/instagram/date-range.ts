// Instagram lets users request their information for a date range ("Last year" is offered first); such
// an export lists only the follows made inside it and says so nowhere. Telling signs: every dated follow
// falls in the last year before the export. Then the oldest follow marks where the export's knowledge
// starts, and a comparison must not read older follows that are missing as unfollows. A young account's
// full export looks the same; for it the flag only withholds "unfollowed" for follows older than all it
// holds, which it has none of.
import type { AccountRecord } from '../../sink';

const DAY_MS = 86_400_000;
/** A requested range spans at most a year ("Last year"); a little slack for the export's own delay. */
const RANGE_WINDOW_MS = 370 * DAY_MS;
/** Below this many dated follows the test says nothing: a handful of follows all look recent. */
export const MIN_DATED_FOLLOWS = 20;

/** The oldest dated follow when the export looks limited to a date range, else null. */
export function followsSinceOf(records: readonly AccountRecord[], exportedAt: number | null): number | null {
  let oldest = Infinity;
  let newest = -Infinity;
  let dated = 0;
  for (const r of records) {
    if (r.at === null) continue;
    dated++;
    if (r.at < oldest) oldest = r.at;
    if (r.at > newest) newest = r.at;
  }
  if (dated < MIN_DATED_FOLLOWS) return null;
  const end = exportedAt ?? newest;
  return end - oldest <= RANGE_WINDOW_MS ? oldest : null;
}
