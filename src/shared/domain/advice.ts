// Advice: the metrics the tips engine reads, the tips it writes, the suggestion lists, the niche profile
// and the follower goal with its forecast. Times crossing the bridge are ISO 8601 UTC strings; the
// metrics object keeps epoch milliseconds because it is computed and consumed on the Node side and in
// tests (it crosses the bridge only for the guide page, where numbers are all it needs).

import type { Platform } from './app';
import type { BestTimeAnalysis } from './engagement';

// ---------------------------------------------------------------------------------------------------
// Metrics

/** One snapshot's counts (the lists in the export, as the Overview shows them). */
export interface MetricsSnapshot {
  snapshotId: number;
  takenAt: number;
  followers: number;
  following: number;
}

/** What changed between two consecutive snapshots. */
export interface MetricsInterval {
  fromSnapshotId: number;
  toSnapshotId: number;
  from: number;
  to: number;
  days: number;
  followersGained: number;
  followersLost: number;
  /** Accounts the creator started following in the interval. */
  followsAdded: number;
  followsRemoved: number;
  /** Mutuals (follow each other at `from`) who no longer follow the creator at `to`. */
  mutualsLost: number;
}

export interface MetricsPost {
  postedAt: number;
  title: string;
  /** Likes in the newest snapshot that lists the post (null when the export had none). */
  likes: number | null;
  hashtags: string[];
}

/** Per-tag reciprocity: of the accounts with this tag that the creator follows, how many follow back. */
export interface TagMetric {
  tag: string;
  following: number;
  followBack: number;
  /** followBack / following, null when following is 0. */
  followBackRate: number | null;
  /** Median days between the creator following and the account following back, when dates are known. */
  medianDaysToFollowBack: number | null;
}

export interface MetricsDay {
  day: string;
  value: number;
}

/** TikTok Studio numbers, present only when Studio downloads were imported. */
export interface StudioAdviceMetrics {
  /** Daily video views, ascending. */
  views: MetricsDay[];
  /** Daily likes + comments + shares, ascending. */
  interactions: MetricsDay[];
  /** Average active followers by UTC hour (0-23), or null when not imported. */
  activeByHour: number[] | null;
}

export interface AccountMetrics {
  accountId: number;
  username: string;
  platform: Platform;
  /** The snapshot the metrics describe (the newest, or the one asked for) and its time. */
  snapshotId: number;
  asOf: number;
  snapshots: MetricsSnapshot[];
  intervals: MetricsInterval[];
  /**
   * Every audience and activity figure below is null when no export up to asOf carried the section it
   * comes from: unknown, never 0. Rules stay silent on null.
   * From the newest export up to asOf that carried the list.
   */
  followers: number | null;
  following: number | null;
  /** When the export the follower / following figure comes from was made; null when none carried it. */
  followersAsOf: number | null;
  followingAsOf: number | null;
  /** From the newest export that carried both lists. */
  mutuals: number | null;
  /** Of the accounts the creator follows, the share that follow back (the audience facts' own rule). */
  followBackRate: number | null;
  /** Followers the creator does not follow back (blocked included: the audience facts' rule). */
  fansNotFollowedBack: number | null;
  /** Of those, how many exchanged direct messages with the creator (null when that export had no messages). */
  fansNotFollowedBackWithMessages: number | null;
  /** Accounts the creator follows that do not follow back. */
  notFollowingBack: number | null;
  /** The Review list's size: followed for more than `reviewAfterDays`, never followed back, not kept. */
  notFollowingBackOlderThanReview: number | null;
  reviewAfterDays: number;
  /** Median days to follow back over every followed account that followed back with known dates. */
  medianDaysToFollowBack: number | null;
  posts: MetricsPost[];
  /** Hashtags the creator used (titles + the export's hashtag list), with use counts. */
  hashtagUse: { tag: string; count: number }[];
  /** Outgoing activity over the 28 days before the newest export that carried that section. */
  commentsMadeLast28: number | null;
  likesGivenLast28: number | null;
  tags: TagMetric[];
  /** Share of followed accounts that carry one of the niche tags, null when no tag exists yet. */
  nicheShare: number | null;
  nicheShareTarget: number;
  followerGoal: FollowerGoal | null;
  studio: StudioAdviceMetrics | null;
  /** The zone every hour and weekday in the tips is read in. */
  timeZone: string;
  /** The best-time analysis the Engagement page shows, in timeZone (posts up to asOf). */
  bestTime: BestTimeAnalysis;
}

// ---------------------------------------------------------------------------------------------------
// Tips

export type TipDimension = 'engagement' | 'visibility' | 'interactions' | 'algorithm' | 'growth';

export const tipDimensionLabels: Record<TipDimension, string> = {
  engagement: 'Engagement and influence',
  visibility: 'Content visibility',
  interactions: 'Interactions and networking',
  algorithm: 'Algorithm impact',
  growth: 'Growth strategies',
};

export type TipPriority = 'high' | 'medium' | 'low';

export interface EvidenceValue {
  label: string;
  value: number | string;
  unit?: string;
}

export interface TipEvidence {
  /** The creator's own numbers in a sentence. */
  text: string;
  values: EvidenceValue[];
}

export interface TipSource {
  title: string;
  finding: string;
  url?: string;
}

/** What a tip rests on: every rule stays silent below its own minimum, written next to the rule. */
export interface TipSample {
  /** How many observations the tip's numbers come from. */
  size: number;
  /** What was counted: "posts", "snapshots", "followed accounts", "days"… */
  unit: string;
  /** The rule's minimum sample: below it the rule does not fire. */
  minimum: number;
}

export interface Tip {
  id: string;
  title: string;
  dimension: TipDimension;
  priority: TipPriority;
  evidence: TipEvidence;
  sample: TipSample;
  why: string;
  action: string;
  source?: TipSource;
}

export type TipStatus = 'active' | 'dismissed' | 'snoozed';

/** A tip as the Tips page shows it. */
export interface TipView extends Tip {
  status: TipStatus;
  /** ISO time a snooze ends. */
  snoozedUntil: string | null;
  /** Fires now and did not fire as of the previous snapshot. */
  isNew: boolean;
}

/** The tips for an account and the zone every hour and weekday in them is in. */
export interface TipList {
  timeZone: string;
  tips: TipView[];
}

// ---------------------------------------------------------------------------------------------------
// Suggestions

export type SuggestionList = 'follow-back' | 'niche' | 'review' | 'reconnect';
export const suggestionLists: readonly SuggestionList[] = ['follow-back', 'niche', 'review', 'reconnect'];

export interface SuggestionRow {
  username: string;
  score: number;
  reason: string;
  evidence: EvidenceValue[];
  tags: string[];
}

export interface SuggestionResult {
  list: SuggestionList;
  rows: SuggestionRow[];
  /** Rows before the limit (dismissed excluded). */
  total: number;
  /** Rows hidden because the user dismissed them. */
  dismissed: number;
  /** List-level advice (pacing for Review, niche share for Niche). */
  notes: string[];
  /** Niche list only: tags ranked by follow-back rate. */
  tagRanking?: TagMetric[];
  /** Review list only: how many unfollows a day the pacing advice allows. */
  dailyCap?: number;
  /** The zone every date in the reasons and evidence is a calendar day of (absent without rows). */
  timeZone?: string;
}

// ---------------------------------------------------------------------------------------------------
// Niche profile

export interface NicheKeyword {
  term: string;
  weight: number;
  /** Where the keyword comes from. */
  sources: ('title' | 'hashtag' | 'favorite' | 'search' | 'user')[];
  pinned: boolean;
}

export interface NicheProfile {
  halfLifeDays: number;
  keywords: NicheKeyword[];
  removed: string[];
}

export type NicheEdit = { action: 'add' | 'remove' | 'pin' | 'unpin' | 'restore'; term: string };

// ---------------------------------------------------------------------------------------------------
// Tags and rules

export type TagRuleField = 'username' | 'displayName' | 'either';

export interface TagRule {
  id: number;
  tag: string;
  field: TagRuleField;
  contains: string;
}

// ---------------------------------------------------------------------------------------------------
// Settings, goal and forecast

export interface AdviceSettings {
  reviewAfterDays: number;
  dailyUnfollowCap: number;
  nicheShareTarget: number;
}

export interface FollowerGoal {
  target: number;
  /** ISO date the user hopes to reach it by, optional. */
  deadline: string | null;
}

export interface ForecastPoint {
  /** ISO time. */
  t: string;
  /** Observed followers (history points only). */
  actual: number | null;
  linear: number | null;
  linearLow: number | null;
  linearHigh: number | null;
  growth: number | null;
  growthLow: number | null;
  growthHigh: number | null;
}

export interface ModelForecast {
  model: 'linear' | 'growth-rate';
  /** Followers per day (linear) or daily growth rate (growth-rate). */
  slope: number;
  /** ISO date the goal is reached by the central line, null when never (flat or falling). */
  reachDate: string | null;
  /** Earliest and latest reach date within the band (null when the band never reaches it). */
  reachEarliest: string | null;
  reachLatest: string | null;
  /**
   * The goal is behind already where the projection starts (today): 'at-newest-export' when the newest
   * export's count had reached it, 'by-today' when only the central line passes it between that export
   * and today (projected, not seen); null when it is still ahead, or without a goal.
   */
  passed: 'at-newest-export' | 'by-today' | null;
  /** Residual standard deviation, in followers (linear) or log-followers (growth-rate). */
  residualSd: number;
}

export interface Forecast {
  goal: FollowerGoal | null;
  current: number | null;
  /** Observations the models were fitted on, and the fewest a forecast needs. */
  observations: number;
  minimumObservations: number;
  /** The zone the forecast's calendar days are read in (the product's zone), named in its texts. */
  timeZone: string;
  /** ISO time the projection starts at (today, or the newest export if later); null without one. */
  from: string | null;
  /** What the projection takes for granted, in plain sentences. */
  assumptions: string[];
  models: ModelForecast[];
  points: ForecastPoint[];
  /** Why no forecast could be made, when none could. */
  unavailable: string | null;
}
