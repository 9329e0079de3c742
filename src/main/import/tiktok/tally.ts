// What became of a section's records besides those read: placeholders skipped on purpose, dates that
// cannot be true. Counted per section so the import report can say so.
import { FUTURE_SLACK_MS } from '../writer/taken-at';

/** TikTok opened to the world in September 2016: an earlier date in an export is a placeholder. */
export const TIKTOK_START_MS = Date.UTC(2016, 8, 1);

export class RecordTally {
  read = 0;
  unreadable = 0;
  /** Records naming a placeholder (`N/A`, `Example_Data`) instead of a person: skipped quietly. */
  placeholders = 0;
  /** Dates before TikTok existed (`1969-12-31 23:59:59`) or after the export: read as "no date". */
  noDate = 0;
  /** Exact repeats of a record already read (a TXT list written several times over). */
  repeats = 0;

  add(other: RecordTally): void {
    this.read += other.read;
    this.unreadable += other.unreadable;
    this.placeholders += other.placeholders;
    this.noDate += other.noDate;
    this.repeats += other.repeats;
  }

  /** Records further ahead than this are damage (the export cannot be later than now). */
  private readonly latest = Date.now() + FUTURE_SLACK_MS;

  /** The time, or null (counted) when it cannot be a real one. */
  plausible(at: number | null): number | null {
    if (at === null) return null;
    if (at >= TIKTOK_START_MS && at <= this.latest) return at;
    this.noDate++;
    return null;
  }
}
