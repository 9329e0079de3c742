import type { Readable } from 'node:stream';

/** One file inside what the user gave (a ZIP entry, a file in a folder, or the bare file itself). */
export interface SourceEntry {
  /** Relative path with '/' separators, e.g. "TikTok_Data/Activity/Follower List.txt". Never absolute. */
  name: string;
  /** Uncompressed size in bytes. */
  size: number;
  /** Modification time, epoch ms UTC; null when unknown. */
  mtime: number | null;
}

/** What the user gave, opened: a ZIP, a single JSON/TXT/CSV file, or a directory. */
export interface ImportSource {
  kind: 'zip' | 'file' | 'directory';
  /** Absolute path of what the user gave. */
  path: string;
  /** Base name of what the user gave, for messages and the snapshot's source name. */
  sourceName: string;
  /** Newest entry modification time (ZIP, directory) or the file's mtime: a fallback snapshot date. */
  containerTime: number | null;
  /** Every regular file, already checked for unsafe names and size limits. */
  entries: readonly SourceEntry[];
  /**
   * Streams one entry's bytes. The stream fails with ImportInputError when the entry turns out larger than
   * declared or than the limits, and with the signal's reason when aborted. `upTo`: only the first bytes
   * are wanted (sniffing); a file on disk is then read no further (a ZIP entry inflates in its own chunks).
   */
  open(entry: SourceEntry, signal?: AbortSignal, upTo?: number): Promise<Readable>;
  /** Releases the file handle (ZIP). Safe to call twice. */
  close(): Promise<void>;
}

/** The newest modification time among the entries: the container's own time (null when none has one). */
export function newestEntryTime(entries: readonly SourceEntry[]): number | null {
  let newest: number | null = null;
  for (const e of entries)
    if (e.mtime !== null && Number.isFinite(e.mtime)) newest = Math.max(newest ?? e.mtime, e.mtime);
  return newest;
}
