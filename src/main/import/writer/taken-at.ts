// When an export was made. A date the user gives wins; then the export's own statement of when it was
// made (Instagram names its ZIP after the day); TikTok writes none, so we infer it: the newest record in
// it is the best witness, then the container's time (ZIP entry or file mtime), then now.

export interface TakenAt {
  at: number;
  /** Shown to the user next to the date, so they know whether to correct it. */
  source: 'given' | 'export time' | 'newest record' | 'container time' | 'import time';
}

export function chooseTakenAt(input: {
  given: number | null;
  /** When the export says it was made (see ExportDescription.exportTime). */
  exportTime?: number | null;
  newestRecord: number | null;
  containerTime: number | null;
  now: number;
}): TakenAt {
  if (input.given !== null) return { at: input.given, source: 'given' };
  if (input.exportTime != null) return { at: input.exportTime, source: 'export time' };
  if (input.newestRecord !== null) return { at: input.newestRecord, source: 'newest record' };
  if (input.containerTime !== null) return { at: input.containerTime, source: 'container time' };
  return { at: input.now, source: 'import time' };
}

/** Record times further ahead than this are damage, not evidence of when the export was made. */
export const FUTURE_SLACK_MS = 2 * 86_400_000;

/** ZIP entries of tools that write no time say 1980; such a time says nothing about the export. */
const EARLIEST_CONTAINER_TIME = Date.UTC(2016, 8, 1);

/**
 * The latest time a record of the export can carry; later ones are "no date". A user-given export date
 * bounds it best (a plain date is midnight, so the whole day it names counts); else the export's own
 * time (ZIP entry or file time, which can be hours off: ZIP times have no zone); else the import time.
 */
export function latestRecordTime(input: {
  given: number | null;
  containerTime: number | null;
  now: number;
}): number {
  if (input.given !== null) return input.given + 86_400_000;
  const own =
    input.containerTime !== null && input.containerTime >= EARLIEST_CONTAINER_TIME
      ? Math.min(input.containerTime, input.now)
      : input.now;
  return own + FUTURE_SLACK_MS;
}
