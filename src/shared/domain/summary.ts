import type { Platform } from './app';
import type { StudioSummary } from './engagement';

/** The account at its latest snapshot (by when the export was made), as `followscope summary` prints it. */
export interface AccountSummary {
  account: string;
  platform: Platform;
  /** Account-export snapshots stored for the account. */
  snapshots: number;
  /** ISO 8601 UTC time of the latest snapshot; null before the first import. */
  asOf: string | null;
  followers: number;
  following: number;
  /** Follow each other (usernames compare case-insensitively). */
  mutuals: number;
  /** Follow the account; the account does not follow them back. */
  fansNotFollowedBack: number;
  /** Followed by the account; they do not follow back. */
  followingNotFollowingBack: number;
  /** followers / following, 2 decimals; null when following is 0. */
  followerFollowingRatio: number | null;
  /** mutuals / following (0..1); null when following is 0. */
  followBackRate: number | null;
  /** Followers in the latest snapshot whose follow date is within the 30 days before it. */
  newFollowers30d: number;
  /** Followers in the latest snapshot that were not in the one before (0 with one snapshot). */
  gainedSinceLastSnapshot: number;
  /** Followers in the snapshot before that are not in the latest (0 with one snapshot). */
  lostSinceLastSnapshot: number;
  posts: number;
  totalPostLikes: number;
  /** Median likes per post in the latest snapshot; null when it lists no post with likes. */
  medianPostLikes: number | null;
  /** TikTok Studio sums over the stored days; null when no Studio download was imported. */
  studio: StudioSummary | null;
}
