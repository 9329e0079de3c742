// Growth and audience: counts over time, snapshot-to-snapshot changes, reciprocity, retention, and the
// user's keep/tags/notes on accounts. Times are ISO 8601 UTC strings; durations are milliseconds.

/** The audience at one snapshot, with what changed since the previous one. */
/**
 * The audience figures of one snapshot. A list the snapshot's export did not carry is unknown: its
 * figures are null, never 0. Changes compare with the previous snapshot that carried the same list.
 */
export interface AudienceKpis {
  snapshotId: number;
  takenAt: string;
  /** null: this export carried no follower list. */
  followers: number | null;
  /** null: this export carried no following list. */
  following: number | null;
  /** followers / following; null when following is 0 or either list is unknown. */
  ratio: number | null;
  /** null unless the export carried both lists. */
  mutuals: number | null;
  /** mutuals / following; null when following is 0 or either list is unknown. */
  followBackRate: number | null;
  /** Follow you, you do not follow them; null unless the export carried both lists. */
  fansNotFollowedBack: number | null;
  /** You follow them, they do not follow you; null unless the export carried both lists. */
  notFollowingBack: number | null;
  /** First-time followers since the previous snapshot with a follower list (refollows not included). */
  gained: number | null;
  /** Followers in that previous snapshot who are not in this one. */
  lost: number | null;
  /** Followers who had left before and are back. */
  refollowed: number | null;
  followingGained: number | null;
  followingLost: number | null;
  followingRefollowed: number | null;
  /** Followers in this snapshot whose follow date is within the 7 / 30 days before it. */
  newFollowers7d: number | null;
  newFollowers30d: number | null;
  /** Followers in this snapshot without a follow date. */
  followersUndated: number | null;
  /** The profile's own counts, when the export carries them. */
  profileFollowers: number | null;
  profileFollowing: number | null;
  /** The previous snapshot with a follower list (what gained/lost compare with); null when none. */
  previousSnapshotId: number | null;
  previousTakenAt: string | null;
  /** The same for the following list. */
  previousFollowingSnapshotId: number | null;
  previousFollowingTakenAt: string | null;
  /**
   * Set when the export was requested for a date range: it lists only the follows made since then, so
   * its counts (followers, following, mutuals, ratio) are unknown (null), never a drop; shown as
   * "partial: date-range export".
   */
  followsSince: string | null;
}

/**
 * One audience figure and where it comes from. `value` null: no export so far carried what the figure
 * needs (unknown; shown as "not in this export", never 0).
 */
export interface Fact {
  value: number | null;
  /** The export the value was read from (ISO 8601 UTC): the newest one that carried it. */
  asOf: string | null;
  /** value minus the same figure at the previous export that carried it; null when there is none. */
  change: number | null;
  /**
   * When that previous export was made. For gained, lost and refollowed (changes themselves): the
   * export the window starts at, and `change` is null.
   */
  since: string | null;
}

/** The account's audience facts: each defined once in src/main/analytics/audience-facts.ts. */
export interface AudienceFacts {
  /** The newest account export, whatever it carried; null before the first import. */
  asOf: string | null;
  snapshotId: number | null;
  /** Account exports on the timeline. */
  snapshots: number;
  followers: Fact;
  following: Fact;
  ratio: Fact;
  mutuals: Fact;
  followBackRate: Fact;
  fansNotFollowedBack: Fact;
  notFollowingBack: Fact;
  /** New followers between the two newest exports with a follower list, refollows included. */
  gained: Fact;
  lost: Fact;
  refollowed: Fact;
  newFollowers7d: Fact;
  newFollowers30d: Fact;
  profileFollowers: Fact;
  profileFollowing: Fact;
}

export type AudienceOverview = AudienceFacts;

export type Granularity = 'day' | 'week' | 'month';

export interface GrowthSnapshotPoint extends AudienceKpis {
  /** lost / followers of the previous snapshot; null for the first snapshot. */
  churnRate: number | null;
}

export interface PeriodPoint {
  /** Start of the period, 'YYYY-MM-DD' (UTC; weeks start on Monday). */
  period: string;
  followers: number;
  following: number;
  /**
   * Set on the newest period of new follows: the period ends after the newest export (this ISO time),
   * so it only counts the follows up to it. Drawn like the others, it would read as a drop.
   */
  partialThrough?: string;
}

export interface GrowthSeries {
  granularity: Granularity;
  snapshots: GrowthSnapshotPoint[];
  /**
   * The curve rebuilt from the follow dates of the newest snapshot: at the end of each period, how many
   * of the people who still follow (are still followed) at that snapshot had already followed. People
   * who followed and left are not in it.
   */
  rebuilt: { asOf: string | null; points: PeriodPoint[] };
  /** New follows per period, every follow seen in any snapshot counted once (a refollow counts again). */
  newFollows: PeriodPoint[];
}

export type AudienceSide = 'followers' | 'following';

/** Changes of one list since the previous export that carried it; null when there is none. */
export interface SideChanges {
  gained: number | null;
  lost: number | null;
  refollowed: number | null;
  /** The export the changes are measured from. */
  from: string | null;
}

export interface SnapshotDiff {
  snapshotId: number;
  previousSnapshotId: number | null;
  from: string | null;
  to: string;
  followers: SideChanges;
  following: SideChanges;
}

export interface Reciprocity {
  snapshotId: number;
  takenAt: string;
  mutuals: number;
  fansNotFollowedBack: number;
  notFollowingBack: number;
  followBackRate: number | null;
  /** Mutuals whose two follow dates are both known. */
  datedPairs: number;
  /** Of those, how many followed you back after you followed them, and the median wait. */
  theyFollowedBack: number;
  medianTheirFollowBackMs: number | null;
  /** Of those, how many you followed back after they followed you, and the median wait. */
  youFollowedBack: number;
  medianYourFollowBackMs: number | null;
}

export interface RetentionCohort {
  /** 'YYYY-MM' of the follow date. */
  month: string;
  /** Follows dated in that month seen in any snapshot (before the first snapshot: only those still there). */
  size: number;
  /** Per snapshot (same order as RetentionTable.snapshots): still following, null before the cohort. */
  retained: (number | null)[];
  share: (number | null)[];
}

export interface ChurnPoint {
  snapshotId: number;
  from: string;
  to: string;
  lost: number;
  /** Followers at the start of the window. */
  base: number;
  rate: number | null;
}

export interface RetentionTable {
  snapshots: { snapshotId: number; takenAt: string }[];
  cohorts: RetentionCohort[];
  churn: ChurnPoint[];
}

export const audienceListKinds = [
  'mutuals',
  'fans-not-followed-back',
  'not-following-back',
  'unfollowers',
  'new-followers',
  'refollows',
] as const;
export type AudienceListKind = (typeof audienceListKinds)[number];

export type AudienceSortKey = 'username' | 'followedAt';
export type SortDir = 'asc' | 'desc';

export interface AudienceRow {
  handleId: number;
  username: string;
  /**
   * The date of the follow the list is about: when they followed you (mutuals, fans, new followers,
   * refollows; for unfollowers when they had followed), or when you followed them (not following back).
   */
  followedAt: string | null;
  /** When you followed them (mutuals, not following back). */
  youFollowedAt: string | null;
  /** Not following back: how long your follow has gone unanswered at the snapshot. */
  outstandingMs: number | null;
  keep: boolean;
  tags: string[];
  note: string;
}

export interface AudiencePage {
  list: AudienceListKind;
  snapshotId: number | null;
  /** The snapshot window of unfollowers / new followers / refollows: between these two snapshots. */
  window: { from: string; to: string } | null;
  total: number;
  offset: number;
  rows: AudienceRow[];
}

export interface TagCount {
  tag: string;
  count: number;
}

/**
 * Accounts the user unfollowed, as Instagram lists them ("recently unfollowed"), from the newest export
 * that held the list. Null when no export of the account held it (TikTok and X have no such list).
 */
export interface UnfollowedByYou {
  /** ISO 8601 UTC: when that export was taken. */
  asOf: string;
  rows: Array<{ username: string; unfollowedAt: string | null }>;
}
