// The best-time analysis for the tips: the very function the Engagement page calls, on the posts
// published up to the metrics' asOf, so a tip and the page name the same windows in the same zone.
import type { BestTimeAnalysis } from '../../shared/domain';
import { bestTimeAnalysis } from '../analytics/engagement/best-time';
import { latestPostLikes } from '../analytics/engagement/posts';
import type { Db } from '../db/open';
import { studioFollowerActivity } from '../db/queries/studio';
import { hasStudioTables } from './audience-tables';

export function bestTimeAsOf(db: Db, accountId: number, asOf: number, timeZone: string): BestTimeAnalysis {
  const posts = latestPostLikes(db, accountId).filter((p) => Date.parse(p.postedAt) <= asOf);
  const activity = hasStudioTables(db) ? studioFollowerActivity(db, accountId) : [];
  return bestTimeAnalysis(posts, activity, { timeZone });
}
