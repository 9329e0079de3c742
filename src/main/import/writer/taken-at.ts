// When an export was made. TikTok writes no export date into the file, so we infer it: the newest
// record in it is the best witness, then the container's time (ZIP entry or file mtime), then now.

export interface TakenAt {
  at: number;
  /** Shown to the user next to the date, so they know whether to correct it. */
  source: 'given' | 'newest record' | 'container time' | 'import time';
}

export function chooseTakenAt(input: {
  given: number | null;
  newestRecord: number | null;
  containerTime: number | null;
  now: number;
}): TakenAt {
  if (input.given !== null) return { at: input.given, source: 'given' };
  if (input.newestRecord !== null) return { at: input.newestRecord, source: 'newest record' };
  if (input.containerTime !== null) return { at: input.containerTime, source: 'container time' };
  return { at: input.now, source: 'import time' };
}

/** Record times further ahead than this are damage, not evidence of when the export was made. */
export const FUTURE_SLACK_MS = 2 * 86_400_000;
