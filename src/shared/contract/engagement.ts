// Engagement: post analytics from account exports and TikTok Studio metrics.
import * as z from 'zod/mini';
import type {
  BestTimeAnalysis,
  CadenceAnalysis,
  InterestProfile,
  PostAnalytics,
  StudioFollowerPoint,
  StudioEngagement,
  TagsAndSounds,
  YourActivity,
} from '../domain';
import { accountRef, call, id } from './define';
import { timeZoneName } from './settings';

export const engagementCalls = {
  /** Likes per post: newest counts, median and top posts, growth across snapshots, gains between them. */
  postAnalytics: call<PostAnalytics>()(accountRef),
  /** Posts per week against new followers per week, and the 0 / 1 / 2–5 / 6+ posts-per-week comparison. */
  cadenceAnalysis: call<CadenceAnalysis>()(accountRef),
  /**
   * Weekday × hour heatmap of own posts' median likes, Studio follower activity and the recommended
   * windows, in the given zone (default: the product's zone from Settings).
   */
  bestTimeToPost: call<BestTimeAnalysis>()(
    z.strictObject({ accountId: id, timeZone: z.optional(timeZoneName) }),
  ),
  /** Hashtags (from post titles) and sounds: uses and median likes. */
  tagsAndSounds: call<TagsAndSounds>()(accountRef),
  /** Favorite hashtags, search terms and hashtags used: the creator's interests. */
  interestProfile: call<InterestProfile>()(accountRef),
  /** The creator's own likes, comments, shares and videos watched per day and week. */
  yourActivity: call<YourActivity>()(accountRef),
  /** TikTok Studio metrics; null when no Studio download was imported for the account. */
  studioMetrics: call<StudioEngagement | null>()(accountRef),
  /** Studio's daily follower counts for the Growth page ([] without Studio data). */
  studioFollowerSeries: call<StudioFollowerPoint[]>()(accountRef),
} as const;
