// What the Instagram and X readers learn about an export besides its records.

export interface PlatformExportDescription {
  platform: 'instagram' | 'x';
  format: 'json' | 'html' | 'js';
  /** Name of the file or folder the user gave. */
  sourceName: string;
  /** Newest file time in the export: the fallback date of the snapshot. */
  containerTime: number | null;
  /** Bytes of the files read (the progress bar's 100%). */
  bytesTotal: number;
  /** The account's own username, when the export names it (never guessed from a file name). */
  username: string | null;
  /**
   * Set when the export holds only follows since this time (an export requested for a date range): a
   * follow older than this that is missing from it is unknown here, not an unfollow.
   */
  followsSince: number | null;
}
