// The headline numbers of an account, as `summary` reports them. Every audience figure is read from the
// facts module (audience-facts.ts), so summary, pages and tips cannot disagree; each is dated by the
// newest export that carried it. Posts come from the newest export whose posts section was there.
import type { AccountSummary, Platform } from '../../shared/domain';
import type { Db } from '../db/open';
import { studioSummary } from '../db/queries/studio';
import { toIso } from '../db/queries/time';
import { audienceFacts } from './audience-facts';
import { accountTimeline, newestCarrying } from './timeline';

export function postLikes(db: Db, snapshotId: number): { total: number; median: number | null } {
  const total = db
    .prepare('SELECT COALESCE(SUM(likes), 0) FROM snapshot_posts WHERE snapshot_id = ?')
    .pluck()
    .get(snapshotId) as number;
  // The median: the middle one or two values of the sorted likes.
  const middle = db
    .prepare(
      `SELECT likes FROM snapshot_posts WHERE snapshot_id = @id AND likes IS NOT NULL ORDER BY likes
        LIMIT 2 - (SELECT COUNT(likes) FROM snapshot_posts WHERE snapshot_id = @id) % 2
       OFFSET ((SELECT COUNT(likes) FROM snapshot_posts WHERE snapshot_id = @id) - 1) / 2`,
    )
    .pluck()
    .all({ id: snapshotId }) as number[];
  const median = middle.length === 0 ? null : middle.reduce((a, b) => a + b, 0) / middle.length;
  return { total, median };
}

export function accountSummary(db: Db, accountId: number): AccountSummary | null {
  const account = db.prepare('SELECT username, platform FROM accounts WHERE id = ?').get(accountId) as
    { username: string; platform: Platform } | undefined;
  if (!account) return null;
  const timeline = accountTimeline(db, accountId);
  const facts = audienceFacts(db, accountId);
  const postsSnapshot = newestCarrying(timeline, 'posts');
  const likes = postsSnapshot ? postLikes(db, postsSnapshot.id) : null;
  const ratio = facts.ratio.value;
  return {
    account: account.username,
    platform: account.platform,
    snapshots: timeline.length,
    asOf: facts.asOf,
    figuresAsOf: {
      followers: facts.followers.asOf,
      following: facts.following.asOf,
      mutuals: facts.mutuals.asOf,
      changes: facts.lost.asOf && facts.lost.since ? { from: facts.lost.since, to: facts.lost.asOf } : null,
      posts: postsSnapshot ? toIso(postsSnapshot.takenAt) : null,
    },
    followers: facts.followers.value,
    following: facts.following.value,
    mutuals: facts.mutuals.value,
    fansNotFollowedBack: facts.fansNotFollowedBack.value,
    followingNotFollowingBack: facts.notFollowingBack.value,
    followerFollowingRatio: ratio === null ? null : Math.round(ratio * 100) / 100,
    followBackRate: facts.followBackRate.value,
    newFollowers30d: facts.newFollowers30d.value,
    gainedSinceLastSnapshot: facts.gained.value,
    lostSinceLastSnapshot: facts.lost.value,
    posts: postsSnapshot?.postTotal ?? null,
    totalPostLikes: likes?.total ?? null,
    medianPostLikes: likes?.median ?? null,
    studio: studioSummary(db, accountId),
  };
}
