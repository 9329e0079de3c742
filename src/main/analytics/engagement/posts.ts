// Likes per post from account exports: each post's newest like count, how the counts grew from
// snapshot to snapshot, and the likes gained between consecutive snapshots. Only account-export
// snapshots count (Studio downloads are snapshots too but list no posts).
import type {
  LikesGainInterval,
  LikesSnapshotPoint,
  PostAnalytics,
  PostLikes,
  PostLikesHistory,
} from '../../../shared/domain';
import type { Db } from '../../db/open';
import { toIso } from '../../db/queries/time';
import { median } from './stats';

const TOP_POSTS = 10;
const TOP_GAINERS = 5;

interface LatestRow {
  post_id: number;
  posted_at: number;
  title: string;
  sound: string;
  likes: number | null;
}

/** Every post of the account with the like count of the newest export that lists it, newest post first. */
export function latestPostLikes(db: Db, accountId: number): PostLikes[] {
  const rows = db
    .prepare(
      `WITH ranked AS (
         SELECT sp.post_id, sp.likes,
                ROW_NUMBER() OVER (PARTITION BY sp.post_id ORDER BY s.taken_at DESC, s.id DESC) AS rn
           FROM snapshots s JOIN snapshot_posts sp ON sp.snapshot_id = s.id
          WHERE s.account_id = ? AND s.kind = 'account-export')
       SELECT p.id AS post_id, p.posted_at, p.title, p.sound, r.likes
         FROM ranked r JOIN posts p ON p.id = r.post_id
        WHERE r.rn = 1
        ORDER BY p.posted_at DESC, p.id DESC`,
    )
    .all(accountId) as LatestRow[];
  return rows.map((r) => ({
    postId: r.post_id,
    postedAt: toIso(r.posted_at),
    title: r.title,
    sound: r.sound,
    likes: r.likes,
  }));
}

/** Sum, median and count of like counts per account-export snapshot that lists posts, oldest first. */
function likesOverTime(db: Db, accountId: number): LikesSnapshotPoint[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.taken_at, COUNT(sp.post_id) AS posts, COALESCE(SUM(sp.likes), 0) AS total,
              median(sp.likes) AS med
         FROM snapshots s JOIN snapshot_posts sp ON sp.snapshot_id = s.id
        WHERE s.account_id = ? AND s.kind = 'account-export'
        GROUP BY s.id ORDER BY s.taken_at, s.id`,
    )
    .all(accountId) as { id: number; taken_at: number; posts: number; total: number; med: number | null }[];
  return rows.map((r) => ({
    snapshotId: r.id,
    takenAt: toIso(r.taken_at),
    posts: r.posts,
    totalLikes: r.total,
    medianLikes: r.med,
  }));
}

function histories(db: Db, accountId: number, posts: readonly PostLikes[]): PostLikesHistory[] {
  const stmt = db.prepare(
    `SELECT s.id, s.taken_at, sp.likes
       FROM snapshot_posts sp JOIN snapshots s ON s.id = sp.snapshot_id
      WHERE sp.post_id = ? AND s.account_id = ? AND s.kind = 'account-export'
      ORDER BY s.taken_at, s.id`,
  );
  return posts.map((p) => ({
    postId: p.postId,
    title: p.title,
    postedAt: p.postedAt,
    points: (stmt.all(p.postId, accountId) as { id: number; taken_at: number; likes: number | null }[]).map(
      (r) => ({
        snapshotId: r.id,
        takenAt: toIso(r.taken_at),
        likes: r.likes,
      }),
    ),
  }));
}

interface GainRow {
  prev_id: number;
  prev_at: number;
  id: number;
  taken_at: number;
  post_id: number;
  title: string;
  posted_at: number;
  gained: number;
}

/**
 * Likes gained between consecutive snapshots: for each post, the difference between its count in a
 * snapshot and in the previous snapshot of the account (posts missing from either side are left out:
 * a post new in the later export has no "before").
 */
function likesGained(db: Db, accountId: number): LikesGainInterval[] {
  const rows = db
    .prepare(
      `WITH snaps AS (
         SELECT id, taken_at, LAG(id) OVER (ORDER BY taken_at, id) AS prev_id,
                LAG(taken_at) OVER (ORDER BY taken_at, id) AS prev_at
           FROM snapshots
          WHERE account_id = ? AND kind = 'account-export'
            AND EXISTS (SELECT 1 FROM snapshot_posts WHERE snapshot_id = snapshots.id))
       SELECT n.prev_id, n.prev_at, n.id, n.taken_at, cur.post_id, p.title, p.posted_at,
              cur.likes - prev.likes AS gained
         FROM snaps n
         JOIN snapshot_posts cur ON cur.snapshot_id = n.id
         JOIN snapshot_posts prev ON prev.snapshot_id = n.prev_id AND prev.post_id = cur.post_id
         JOIN posts p ON p.id = cur.post_id
        WHERE cur.likes IS NOT NULL AND prev.likes IS NOT NULL
        ORDER BY n.taken_at, n.id, gained DESC, p.posted_at`,
    )
    .all(accountId) as GainRow[];
  const intervals = new Map<number, LikesGainInterval>();
  for (const r of rows) {
    let interval = intervals.get(r.id);
    if (!interval) {
      interval = {
        fromSnapshotId: r.prev_id,
        toSnapshotId: r.id,
        from: toIso(r.prev_at),
        to: toIso(r.taken_at),
        posts: 0,
        gained: 0,
        top: [],
      };
      intervals.set(r.id, interval);
    }
    interval.posts += 1;
    interval.gained += r.gained;
    if (interval.top.length < TOP_GAINERS) {
      interval.top.push({
        postId: r.post_id,
        title: r.title,
        postedAt: toIso(r.posted_at),
        gained: r.gained,
      });
    }
  }
  return [...intervals.values()];
}

export function postAnalytics(db: Db, accountId: number): PostAnalytics {
  const all = latestPostLikes(db, accountId);
  const liked = all.filter((p) => p.likes !== null);
  const top = [...liked]
    .sort((a, b) => b.likes! - a.likes! || b.postedAt.localeCompare(a.postedAt))
    .slice(0, TOP_POSTS);
  return {
    posts: all.length,
    totalLikes: liked.reduce((t, p) => t + p.likes!, 0),
    medianLikes: median(liked.map((p) => p.likes!)),
    all,
    top,
    overTime: likesOverTime(db, accountId),
    histories: histories(db, accountId, top),
    gains: likesGained(db, accountId),
  };
}
