// The headline numbers of an account, as `summary` reports them. The audience side (followers,
// following, mutuals, gained/lost since the previous snapshot, new followers) comes from the precomputed
// audience aggregates (audience-kpis.ts), so it costs a few primary-key reads even at a million
// followers, and it is dated by the newest export that holds followers or following: a partial export
// with only likes does not make the follower count drop to zero. Posts come from the newest export whose
// posts section was present.
import type { AccountSummary, AudienceKpis, Platform } from '../../shared/domain';
import type { Db } from '../db/open';
import { studioSummary } from '../db/queries/studio';
import { audienceOverview } from './audience-kpis';

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

/** The newest account export whose posts section was present (even if empty), or null. */
function latestPostsSnapshot(db: Db, accountId: number): { id: number; post_total: number } | null {
  const row = db
    .prepare(
      `SELECT s.id, s.post_total FROM snapshots s
        WHERE s.account_id = ? AND s.kind = 'account-export'
          AND EXISTS (SELECT 1 FROM json_each(s.sections)
                       WHERE json_extract(value, '$.section') = 'posts' AND json_extract(value, '$.present'))
        ORDER BY s.taken_at DESC, s.id DESC LIMIT 1`,
    )
    .get(accountId) as { id: number; post_total: number } | undefined;
  return row ?? null;
}

function audienceFields(latest: AudienceKpis | null) {
  if (!latest) {
    return {
      asOf: null,
      followers: 0,
      following: 0,
      mutuals: 0,
      fansNotFollowedBack: 0,
      followingNotFollowingBack: 0,
      followerFollowingRatio: null,
      followBackRate: null,
      newFollowers30d: 0,
      gainedSinceLastSnapshot: 0,
      lostSinceLastSnapshot: 0,
    };
  }
  const first = latest.previousTakenAt === null; // nothing to compare the first snapshot with
  return {
    asOf: latest.takenAt,
    followers: latest.followers,
    following: latest.following,
    mutuals: latest.mutuals,
    fansNotFollowedBack: latest.followers - latest.mutuals,
    followingNotFollowingBack: latest.following - latest.mutuals,
    followerFollowingRatio: latest.ratio === null ? null : Math.round(latest.ratio * 100) / 100,
    followBackRate: latest.followBackRate,
    newFollowers30d: latest.newFollowers30d,
    // A follower who left and came back is counted as gained here (they were not there last time).
    gainedSinceLastSnapshot: first ? 0 : latest.gained + latest.refollowed,
    lostSinceLastSnapshot: first ? 0 : latest.lost,
  };
}

export function accountSummary(db: Db, accountId: number): AccountSummary | null {
  const account = db.prepare('SELECT username, platform FROM accounts WHERE id = ?').get(accountId) as
    { username: string; platform: Platform } | undefined;
  if (!account) return null;
  const snapshots = db
    .prepare("SELECT COUNT(*) FROM snapshots WHERE account_id = ? AND kind = 'account-export'")
    .pluck()
    .get(accountId) as number;
  const postsSnapshot = latestPostsSnapshot(db, accountId);
  const likes = postsSnapshot ? postLikes(db, postsSnapshot.id) : { total: 0, median: null };
  return {
    account: account.username,
    platform: account.platform,
    snapshots,
    ...audienceFields(audienceOverview(db, accountId).latest),
    posts: postsSnapshot?.post_total ?? 0,
    totalPostLikes: likes.total,
    medianPostLikes: likes.median,
    studio: studioSummary(db, accountId),
  };
}
