// What the Engagement page shows: post analytics from account exports (likes per post, cadence, best
// time to post, hashtags and sounds, interests, the creator's own activity) and TikTok Studio metrics.
// Times are ISO 8601 UTC; days are 'YYYY-MM-DD'; weekdays run Monday = 0 … Sunday = 6.

/** A post with the likes the newest export that lists it reports. */
export interface PostLikes {
  postId: number;
  postedAt: string;
  title: string;
  sound: string;
  /** Null when the export had no like count for it. */
  likes: number | null;
}

/** All posts together at one snapshot: how the like counts grew from export to export. */
export interface LikesSnapshotPoint {
  snapshotId: number;
  takenAt: string;
  posts: number;
  totalLikes: number;
  medianLikes: number | null;
}

/** One post's like count at each snapshot that lists it. */
export interface PostLikesHistory {
  postId: number;
  title: string;
  postedAt: string;
  points: { snapshotId: number; takenAt: string; likes: number | null }[];
}

/** Likes gained by the posts listed in two consecutive snapshots. */
export interface LikesGainInterval {
  fromSnapshotId: number;
  toSnapshotId: number;
  from: string;
  to: string;
  /** Posts listed in both snapshots with a like count in both. */
  posts: number;
  gained: number;
  /** The posts that gained most in the interval (at most five). */
  top: { postId: number; title: string; postedAt: string; gained: number }[];
}

export interface PostAnalytics {
  posts: number;
  totalLikes: number;
  medianLikes: number | null;
  /** Every post, newest first. */
  all: PostLikes[];
  /** The most-liked posts (at most ten). */
  top: PostLikes[];
  overTime: LikesSnapshotPoint[];
  /** Histories of the top posts (those listed in more than one snapshot tell the growth story). */
  histories: PostLikesHistory[];
  gains: LikesGainInterval[];
}

/** A calendar week (Monday to Sunday, UTC). */
export interface CadenceWeek {
  /** The Monday, 'YYYY-MM-DD'. */
  week: string;
  posts: number;
  /** Followers in the newest export whose follow date falls in the week. */
  newFollowers: number;
  medianLikes: number | null;
}

export type CadenceBucketName = '0' | '1' | '2-5' | '6+';

export interface CadenceBucket {
  bucket: CadenceBucketName;
  weeks: number;
  posts: number;
  medianFollowerGain: number | null;
  /** Median likes over the posts made in the bucket's weeks (null for weeks without posts). */
  medianLikesPerPost: number | null;
}

export interface CadenceAnalysis {
  /** Complete weeks from the first post's week to the last week before the newest export. */
  weeks: CadenceWeek[];
  buckets: CadenceBucket[];
  /** The export whose follower list gives the follow dates, null without one. */
  followersFrom: string | null;
}

export interface HeatmapCell {
  weekday: number;
  hour: number;
  posts: number;
  medianLikes: number | null;
}

export interface ActivityCell {
  weekday: number;
  hour: number;
  /** Mean active followers in that weekday and hour over the Studio days that have it. */
  activeFollowers: number;
}

export interface PostingWindow {
  weekday: number;
  /** Local hour the window starts at; it lasts `hours` hours. */
  startHour: number;
  hours: number;
  score: number;
  /** Which data the window rests on ('activity' when its posts are too few to count). */
  basis: 'both' | 'activity' | 'posts';
  activeFollowers: number | null;
  /** Posts published in the window (any count; their likes count only from minPostsPerWindow up). */
  posts: number;
  /** Median likes of the window's posts; null below minPostsPerWindow posts with likes. */
  medianLikes: number | null;
}

export interface BestTimeAnalysis {
  /** The zone the hours are in, as given (IANA name or UTC offset). */
  timeZone: string;
  /** The fewest posts with likes a window needs before its median likes count. */
  minPostsPerWindow: number;
  /** Distinct Studio days the follower activity comes from (0 without Studio). */
  activityDays: number;
  overallMedianLikes: number | null;
  /** 7 × 24 cells, weekday-major. */
  cells: HeatmapCell[];
  /** 7 × 24 cells from Studio follower activity; empty without Studio data. */
  followerActivity: ActivityCell[];
  /** Mean active followers per local hour across the week; empty without Studio data. */
  activityByHour: { hour: number; activeFollowers: number }[];
  windows: PostingWindow[];
}

export interface TagStat {
  /** Lower-case, without '#'. */
  tag: string;
  uses: number;
  medianLikes: number | null;
  totalLikes: number;
}

export interface SoundStat {
  sound: string;
  uses: number;
  medianLikes: number | null;
  totalLikes: number;
}

export interface TermCount {
  term: string;
  count: number;
  /** The newest day it appears on, null for undated lists (favorites). */
  lastDay: string | null;
}

export interface TagsAndSounds {
  hashtags: TagStat[];
  sounds: SoundStat[];
}

export interface InterestProfile {
  favoriteHashtags: TermCount[];
  searchTerms: TermCount[];
  /** Hashtags the export lists as used (the account's own Hashtag section). */
  hashtagsUsed: TermCount[];
}

export const ACTIVITY_KINDS = [
  'likesGiven',
  'favoriteVideos',
  'comments',
  'shares',
  'watched',
  'searches',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export type ActivityCounts = Record<ActivityKind, number>;

export interface ActivityDay extends ActivityCounts {
  day: string;
}

export interface ActivityWeek extends ActivityCounts {
  /** The Monday, 'YYYY-MM-DD'. */
  week: string;
}

export interface YourActivity {
  /** Every day from the first covered day to the newest export, zeros included. */
  days: ActivityDay[];
  /**
   * Whole Monday weeks only: all seven days covered, and over before the newest export's day (which the
   * export cuts short). A week cut short would read as a drop.
   */
  weeks: ActivityWeek[];
  totals: ActivityCounts;
}

/** One Studio day. Null = the download said "no data" or lacked the column. */
export interface StudioDailyPoint {
  day: string;
  videoViews: number | null;
  profileViews: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  /** (likes + comments + shares) / views, null when any is missing or views is 0. */
  engagementRateByViews: number | null;
  /** (likes + comments + shares) / followers that day. */
  engagementRateByFollowers: number | null;
  followers: number | null;
  netFollowers: number | null;
  newViewers: number | null;
  returningViewers: number | null;
}

export interface StudioTotals {
  days: number;
  from: string | null;
  to: string | null;
  videoViews: number;
  profileViews: number;
  likes: number;
  comments: number;
  shares: number;
  engagementRateByViews: number | null;
  /** Mean over the days of that day's interactions per follower. */
  engagementRateByFollowers: number | null;
  /** Follower gain over the period per profile view: how well a profile visit converts. */
  profileViewConversion: number | null;
  newViewers: number;
  returningViewers: number;
  followerGain: number | null;
}

export interface StudioShareRow {
  key: string;
  share: number;
}

export interface StudioTopContent {
  title: string;
  link: string | null;
  postedDay: string | null;
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  engagementRate: number | null;
}

export interface StudioEngagement {
  totals: StudioTotals;
  daily: StudioDailyPoint[];
  gender: StudioShareRow[];
  territories: StudioShareRow[];
  topContent: StudioTopContent[];
}

/** Studio's daily follower count, for the Growth page to draw next to the export-based series. */
export interface StudioFollowerPoint {
  day: string;
  followers: number | null;
  netFollowers: number | null;
}

/** Studio sums over the stored days, as `summary --json` prints them under `studio`. */
export interface StudioSummary {
  /** Distinct days stored. */
  days: number;
  from: string | null;
  to: string | null;
  videoViews: number | null;
  profileViews: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  /** (likes + comments + shares) / views over the stored days. */
  engagementRateByViews: number | null;
}
