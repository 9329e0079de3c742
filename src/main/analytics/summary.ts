// The headline numbers of an account: its latest account-export snapshot (by taken_at) compared with
// itself (mutuals) and with the snapshot before it (gained/lost). Everything is counted in SQL over
// primary keys; handles are per account, so comparing handle ids compares usernames case-insensitively.
import type { AccountSummary, Platform } from '../../shared/domain';
import type { Db } from '../db/open';
import { studioSummary } from '../db/queries/studio';
import { toIsoOrNull } from '../db/queries/time';
import { followBackRate, newFollowersWithin } from './new-followers';

interface LatestRow {
  id: number;
  taken_at: number;
  follower_total: number;
  following_total: number;
  post_total: number;
}

/** The account's account-export snapshots, newest first (ties broken by id). */
function latestTwo(db: Db, accountId: number): LatestRow[] {
  return db
    .prepare(
      `SELECT id, taken_at, follower_total, following_total, post_total FROM snapshots
        WHERE account_id = ? AND kind = 'account-export'
        ORDER BY taken_at DESC, id DESC LIMIT 2`,
    )
    .all(accountId) as LatestRow[];
}

export function countMutuals(db: Db, snapshotId: number): number {
  return db
    .prepare(
      `SELECT COUNT(*) FROM snapshot_followers f
         JOIN snapshot_following g ON g.snapshot_id = f.snapshot_id AND g.handle_id = f.handle_id
        WHERE f.snapshot_id = ?`,
    )
    .pluck()
    .get(snapshotId) as number;
}

/** Followers in snapshot `inSnapshot` that are not in `notIn`. */
export function followersNotIn(db: Db, inSnapshot: number, notIn: number): number {
  return db
    .prepare(
      `SELECT COUNT(*) FROM snapshot_followers a
        WHERE a.snapshot_id = ?
          AND NOT EXISTS (SELECT 1 FROM snapshot_followers b WHERE b.snapshot_id = ? AND b.handle_id = a.handle_id)`,
    )
    .pluck()
    .get(inSnapshot, notIn) as number;
}

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
  const snapshots = db
    .prepare("SELECT COUNT(*) FROM snapshots WHERE account_id = ? AND kind = 'account-export'")
    .pluck()
    .get(accountId) as number;
  const [latest, previous] = latestTwo(db, accountId);
  if (!latest) {
    return {
      account: account.username,
      platform: account.platform,
      snapshots: 0,
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
      posts: 0,
      totalPostLikes: 0,
      medianPostLikes: null,
      studio: studioSummary(db, accountId),
    };
  }
  const mutuals = countMutuals(db, latest.id);
  const likes = postLikes(db, latest.id);
  return {
    account: account.username,
    platform: account.platform,
    snapshots,
    asOf: toIsoOrNull(latest.taken_at),
    followers: latest.follower_total,
    following: latest.following_total,
    mutuals,
    fansNotFollowedBack: latest.follower_total - mutuals,
    followingNotFollowingBack: latest.following_total - mutuals,
    followerFollowingRatio:
      latest.following_total === 0
        ? null
        : Math.round((latest.follower_total / latest.following_total) * 100) / 100,
    followBackRate: followBackRate(mutuals, latest.following_total),
    newFollowers30d: newFollowersWithin(db, latest.id, latest.taken_at, 30),
    gainedSinceLastSnapshot: previous ? followersNotIn(db, latest.id, previous.id) : 0,
    lostSinceLastSnapshot: previous ? followersNotIn(db, previous.id, latest.id) : 0,
    posts: latest.post_total,
    totalPostLikes: likes.total,
    medianPostLikes: likes.median,
    studio: studioSummary(db, accountId),
  };
}
