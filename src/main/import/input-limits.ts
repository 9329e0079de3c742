// Bounds on what one account export may hold, so that memory stays bounded by these numbers rather than by
// the file. Each is far beyond any real export (TikTok usernames have at most 24 characters; the largest
// accounts have a few million followers; an export has about ten top-level groups) and each has a refusal
// in plain words. The source limits (ZIP bombs, entry sizes) are in source/limits.ts.
export const INPUT_LIMITS = Object.freeze({
  /** Top-level groups of a JSON export ("Activity", "Profile", …). */
  maxTopLevelKeys: 10_000,
  /** Characters of one username. */
  maxUsernameChars: 256,
  /** Characters of one search term or hashtag. */
  maxTermChars: 2_000,
  /** Records of one kind (followers, following, watched videos, …) in one export. */
  maxRecordsPerSection: 30_000_000,
  /** Distinct (term, day) pairs over all searches and hashtags. */
  maxDistinctTerms: 5_000_000,
});
