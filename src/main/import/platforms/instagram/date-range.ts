// Instagram lets users request their information for a date range ("Last year" is offered first); such
// an export lists only the follows made inside it and says so nowhere. Telling signs: every dated follow
// falls in the last year before the export. Then the oldest follow marks where the export's knowledge
// starts, and a comparison must not read older follows that are missing as unfollows. A young account's
// full export looks the same; for it the flag only withholds "unfollowed" for follows older than all it
// holds, which it has none of.
const DAY_MS = 86_400_000;
/** A requested range spans at most a year ("Last year"); a little slack for the export's own delay. */
const RANGE_WINDOW_MS = 370 * DAY_MS;
/** Below this many dated follows the test says nothing: a handful of follows all look recent. */
export const MIN_DATED_FOLLOWS = 20;

/** The dated follows of an export, taken one at a time as they are read. */
export class FollowSpan {
  private oldest = Infinity;
  private newest = -Infinity;
  private dated = 0;

  add(at: number | null): void {
    if (at === null) return;
    this.dated++;
    if (at < this.oldest) this.oldest = at;
    if (at > this.newest) this.newest = at;
  }

  /** The oldest dated follow when the export looks limited to a date range, else null. */
  since(exportedAt: number | null): number | null {
    if (this.dated < MIN_DATED_FOLLOWS) return null;
    const end = exportedAt ?? this.newest;
    return end - this.oldest <= RANGE_WINDOW_MS ? this.oldest : null;
  }
}
