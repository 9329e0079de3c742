// Limits that refuse hostile input (ZIP bombs, archives with absurd entry counts, runaway folders).
// Real TikTok exports are 9 KB to ~10 MB; these are generous enough for 1 GB+ exports while still stopping
// a bomb long before it fills memory or disk (readers stream, so only time is at stake below these).

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export interface SourceLimits {
  /** Largest uncompressed size accepted for one entry (ZIP) or file (folder, bare file). */
  maxEntryBytes: number;
  /** Largest sum of uncompressed sizes over all entries. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio for one ZIP entry (deflate bombs reach ~1000:1). */
  maxCompressionRatio: number;
  /** The ratio is only judged above this uncompressed size: tiny entries compress oddly and are harmless. */
  ratioCheckFromBytes: number;
  /** Most entries a ZIP or folder may hold. */
  maxEntries: number;
  /** Deepest folder nesting walked in a directory source. */
  maxDirectoryDepth: number;
}

/** Defaults. JSON of follower lists compresses ~10-30:1; 200:1 leaves room and still stops bombs. */
export const DEFAULT_SOURCE_LIMITS: Readonly<SourceLimits> = Object.freeze({
  maxEntryBytes: 4 * GiB,
  maxTotalBytes: 8 * GiB,
  maxCompressionRatio: 200,
  ratioCheckFromBytes: 1 * MiB,
  maxEntries: 20_000,
  maxDirectoryDepth: 8,
});
