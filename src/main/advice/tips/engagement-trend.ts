// Likes per post, recent against earlier, shared by the engagement-down and engagement-up rules.
// Posts younger than MATURE_DAYS are left out: they have not collected their likes yet.
import { DAY_MS, type AccountMetrics } from '../metrics';
import { median } from '../stats';

export const MATURE_DAYS = 3;
export const RECENT_POSTS = 5;
export const EARLIER_POSTS = 10;
/** A trend compares the recent posts with at least five earlier ones. */
export const MIN_POSTS_TREND = RECENT_POSTS + 5;

export interface EngagementTrend {
  recentMedian: number;
  earlierMedian: number;
  /** recentMedian / earlierMedian - 1 */
  change: number;
  recentCount: number;
  earlierCount: number;
  /** Median likes as a percent of current followers, recent and earlier (null with followers unknown). */
  recentRatePct: number | null;
  earlierRatePct: number | null;
}

export function engagementTrend(m: AccountMetrics): EngagementTrend | null {
  const mature = m.posts
    .filter((p) => p.likes !== null && p.postedAt <= m.asOf - MATURE_DAYS * DAY_MS)
    .sort((a, b) => a.postedAt - b.postedAt);
  if (mature.length < MIN_POSTS_TREND) return null;
  const recent = mature.slice(-RECENT_POSTS);
  const earlier = mature.slice(-RECENT_POSTS - EARLIER_POSTS, -RECENT_POSTS);
  const recentMedian = median(recent.map((p) => p.likes!));
  const earlierMedian = median(earlier.map((p) => p.likes!));
  if (!(earlierMedian > 0)) return null;
  const followers = m.followers;
  const rate = (v: number) => (followers !== null && followers > 0 ? (v / followers) * 100 : null);
  return {
    recentMedian,
    earlierMedian,
    change: recentMedian / earlierMedian - 1,
    recentCount: recent.length,
    earlierCount: earlier.length,
    recentRatePct: rate(recentMedian),
    earlierRatePct: rate(earlierMedian),
  };
}
