// The one interface every platform's export reader offers, and what the Instagram and X readers learn
// about an export besides its records.
import type { Platform } from '../../../shared/domain';
import type { ExportDescription } from '../sink';
import type { ImportSource, SourceEntry } from '../source/types';
import type { RelationSink } from './relations';

export interface ReadOptions {
  /** The app's time zone: wall-clock times without a zone (Instagram's HTML) are read in it. */
  timeZone: string;
  signal?: AbortSignal;
  /**
   * Aborted once the export is recognized as one already imported (by its fingerprint): a reader that
   * gives its records only after reading every file checks it between files, since the sink's own stop
   * comes with the next record.
   */
  recognized?: AbortSignal;
}

/** An export a platform recognized in a source, ready to be read. */
export interface RecognizedExport {
  platform: Platform;
  /** Which reader recognized it, for messages and reports. */
  reader: string;
  /**
   * 'account-export' streams into the snapshot writer through `read`; 'studio' is a TikTok Studio
   * download, saved as daily figures rather than a snapshot.
   */
  kind: 'account-export' | 'studio';
  /**
   * Every file of the source that `read` opens, and nothing else: a folder is fingerprinted over exactly
   * these, so a file the import ignores is never hashed.
   */
  files: readonly SourceEntry[];
  read(sink: RelationSink, options: ReadOptions): Promise<ExportDescription>;
}

/** One platform's export: recognize it by content (null when it is not this platform's), then read it. */
export interface PlatformReader {
  name: string;
  detect(source: ImportSource, signal?: AbortSignal): Promise<RecognizedExport | null>;
}

export interface PlatformExportDescription extends ExportDescription {
  platform: 'instagram' | 'x';
  format: 'json' | 'html' | 'js';
  layout: null;
  /** The account's own username, when the export names it (never guessed from a file name). */
  username: string | null;
  /**
   * Set when the export holds only follows since this time (an export requested for a date range): a
   * follow older than this that is missing from it is unknown here, not an unfollow.
   */
  followsSince: number | null;
}
