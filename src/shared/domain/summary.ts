import type { Platform } from './app';
import type { StudioSummary } from './engagement';

/** The account at its latest snapshot (by when the export was made), as `followscope summary` prints it. */
export interface AccountSummary {
  account: string;
  platform: Platform;
  /** Account-export snapshots stored for the account. */
  snapshots: number;
  /** ISO 8601 UTC time of the newest account export, whatever it carried; null before the first import. */
  asOf: string | null;
  /**
   * Where a figure comes from when that is not `asOf`: the newest export that carried its list (ISO),
   * null when no export did. `changes` is the window gained/lost cover.
   */
  figuresAsOf: {
    followers: string | null;
    following: string | null;
    mutuals: string | null;
    changes: { from: string; to: string } | null;
    posts: string | null;
  };
  /** Every figure below is null when no export carried what it needs: unknown, never 0. */
  followers: number | null;
  following: number | null;
  /** Follow each other (usernames compare case-insensitively). */
  mutuals: number | null;
  /** Follow the account; the account does not follow them back. */
  fansNotFollowedBack: number | null;
  /** Followed by the account; they do not follow back. */
  followingNotFollowingBack: number | null;
  /** followers / following, 2 decimals; null when following is 0 or unknown. */
  followerFollowingRatio: number | null;
  /** mutuals / following (0..1); null when following is 0 or unknown. */
  followBackRate: number | null;
  /** Followers whose follow date is within the 30 days before the export. */
  newFollowers30d: number | null;
  /** Followers not in the previous export with a follower list (null with only one such export). */
  gainedSinceLastSnapshot: number | null;
  /** Followers in that previous export who are not in the newest (null with only one). */
  lostSinceLastSnapshot: number | null;
  posts: number | null;
  totalPostLikes: number | null;
  /** Median likes per post in the newest export with posts; null when it lists no post with likes. */
  medianPostLikes: number | null;
  /** TikTok Studio sums over the stored days; null when no Studio download was imported. */
  studio: StudioSummary | null;
}
