// Builds AccountMetrics for an account as of one snapshot, straight from the tables of migration 001
// (and 004 for the user's settings). Everything is "as of" that snapshot: computing the metrics for the
// previous snapshot too is how tips know what is new since the last import.
import type {
  AccountMetrics,
  MetricsPost,
  MetricsInterval,
  MetricsSnapshot,
} from '../../shared/domain/advice';
import type { Db } from '../db/open';
import { DAY_MS, extractHashtags } from './metrics';
import { median } from './stats';
import { readGoal, readSettings } from './store';
import { collectStudio } from './studio-metrics';
import { reviewCandidates } from './suggestions/review-candidates';
import { fillTagged, tagMetrics, taggedFollowingCount } from './tags';
import { bestTimeAsOf } from './best-time-metrics';
import { effectiveTimeZone } from '../analytics/time-zone-setting';

export interface CollectOptions {
  /** Describe the account as of this snapshot (default: its newest). */
  snapshotId?: number;
  /** The zone hours and weekdays are read in (default: the product's zone from Settings). */
  timeZone?: string;
}

interface SnapRow {
  id: number;
  taken_at: number;
  follower_total: number;
  following_total: number;
}

export function accountSnapshots(db: Db, accountId: number): SnapRow[] {
  return db
    .prepare(
      'SELECT id, taken_at, follower_total, following_total FROM snapshots WHERE account_id = ? AND kind = ? ORDER BY taken_at, id',
    )
    .all(accountId, 'account-export') as SnapRow[];
}

export function collectMetrics(
  db: Db,
  accountId: number,
  options: CollectOptions = {},
): AccountMetrics | null {
  const account = db.prepare('SELECT id, platform, username FROM accounts WHERE id = ?').get(accountId) as
    { id: number; platform: 'tiktok' | 'instagram'; username: string } | undefined;
  if (!account) return null;
  const all = accountSnapshots(db, accountId);
  const endIndex =
    options.snapshotId === undefined ? all.length - 1 : all.findIndex((s) => s.id === options.snapshotId);
  if (endIndex < 0) return null;
  const snaps = all.slice(0, endIndex + 1);
  const current = snaps[endIndex]!;
  const s = current.id;
  const asOf = current.taken_at;
  const settings = readSettings(db, accountId);
  const timeZone = options.timeZone ?? effectiveTimeZone(db);

  const snapshots: MetricsSnapshot[] = snaps.map((r) => ({
    snapshotId: r.id,
    takenAt: r.taken_at,
    followers: r.follower_total,
    following: r.following_total,
  }));
  const intervals: MetricsInterval[] = [];
  for (let i = 1; i < snaps.length; i++) intervals.push(interval(db, snaps[i - 1]!, snaps[i]!));

  const reciprocity = db
    .prepare(
      `SELECT
         (SELECT COUNT(*) FROM snapshot_followers fr
           WHERE fr.snapshot_id = @s AND EXISTS (SELECT 1 FROM snapshot_following fg WHERE fg.snapshot_id = @s AND fg.handle_id = fr.handle_id)) AS mutuals,
         (SELECT COUNT(*) FROM snapshot_followers fr
           WHERE fr.snapshot_id = @s
             AND NOT EXISTS (SELECT 1 FROM snapshot_following fg WHERE fg.snapshot_id = @s AND fg.handle_id = fr.handle_id)
             AND NOT EXISTS (SELECT 1 FROM snapshot_blocked b JOIN snapshots sb ON sb.id = b.snapshot_id
                              WHERE sb.account_id = @a AND sb.taken_at <= @t AND b.handle_id = fr.handle_id)) AS fans,
         (SELECT COUNT(*) FROM snapshot_followers fr
           WHERE fr.snapshot_id = @s
             AND NOT EXISTS (SELECT 1 FROM snapshot_following fg WHERE fg.snapshot_id = @s AND fg.handle_id = fr.handle_id)
             AND NOT EXISTS (SELECT 1 FROM snapshot_blocked b JOIN snapshots sb ON sb.id = b.snapshot_id
                              WHERE sb.account_id = @a AND sb.taken_at <= @t AND b.handle_id = fr.handle_id)
             AND EXISTS (SELECT 1 FROM snapshot_messages m WHERE m.snapshot_id = @s AND m.handle_id = fr.handle_id)) AS fansMsg,
         (SELECT COUNT(*) FROM snapshot_following fg
           WHERE fg.snapshot_id = @s AND NOT EXISTS (SELECT 1 FROM snapshot_followers fr WHERE fr.snapshot_id = @s AND fr.handle_id = fg.handle_id)) AS notBack`,
    )
    .get({ s, a: accountId, t: asOf }) as { mutuals: number; fans: number; fansMsg: number; notBack: number };

  const notBackOld = reviewCandidates(db, accountId, s, asOf, settings.reviewAfterDays).length;

  const delays = db
    .prepare(
      `SELECT (fr.followed_at - fg.followed_at) / 86400000.0 FROM snapshot_following fg
         JOIN snapshot_followers fr ON fr.snapshot_id = fg.snapshot_id AND fr.handle_id = fg.handle_id
        WHERE fg.snapshot_id = ? AND fg.followed_at IS NOT NULL AND fr.followed_at >= fg.followed_at`,
    )
    .pluck()
    .all(s) as number[];

  const posts = collectPosts(db, accountId, asOf);
  const hashtagUse = collectHashtagUse(db, s, posts);

  const activity = db
    .prepare(
      `SELECT kind, SUM(count) AS n FROM snapshot_activity
        WHERE snapshot_id = ? AND kind IN ('comments', 'likesGiven') AND day > ? AND day <= ? GROUP BY kind`,
    )
    .all(s, isoDay(asOf - 28 * DAY_MS), isoDay(asOf)) as { kind: string; n: number }[];
  const activityOf = (k: string) => activity.find((r) => r.kind === k)?.n ?? 0;

  fillTagged(db, accountId);
  const tags = tagMetrics(db, s);
  const nicheShare =
    tags.length > 0 && current.following_total > 0
      ? taggedFollowingCount(db, s) / current.following_total
      : null;

  return {
    accountId,
    username: account.username,
    platform: account.platform,
    snapshotId: s,
    asOf,
    snapshots,
    intervals,
    followers: current.follower_total,
    following: current.following_total,
    mutuals: reciprocity.mutuals,
    fansNotFollowedBack: reciprocity.fans,
    fansNotFollowedBackWithMessages: reciprocity.fansMsg,
    notFollowingBack: reciprocity.notBack,
    notFollowingBackOlderThanReview: notBackOld,
    reviewAfterDays: settings.reviewAfterDays,
    medianDaysToFollowBack: delays.length > 0 ? median(delays) : null,
    posts,
    hashtagUse,
    commentsMadeLast28: activityOf('comments'),
    likesGivenLast28: activityOf('likesGiven'),
    tags,
    nicheShare,
    nicheShareTarget: settings.nicheShareTarget,
    followerGoal: readGoal(db, accountId),
    studio: collectStudio(db, accountId, asOf),
    timeZone,
    bestTime: bestTimeAsOf(db, accountId, asOf, timeZone),
  };
}

function interval(db: Db, from: SnapRow, to: SnapRow): MetricsInterval {
  const r = db
    .prepare(
      `SELECT
        (SELECT COUNT(*) FROM snapshot_followers c WHERE c.snapshot_id = @to
           AND NOT EXISTS (SELECT 1 FROM snapshot_followers p WHERE p.snapshot_id = @from AND p.handle_id = c.handle_id)) AS gained,
        (SELECT COUNT(*) FROM snapshot_followers p WHERE p.snapshot_id = @from
           AND NOT EXISTS (SELECT 1 FROM snapshot_followers c WHERE c.snapshot_id = @to AND c.handle_id = p.handle_id)) AS lost,
        (SELECT COUNT(*) FROM snapshot_following c WHERE c.snapshot_id = @to
           AND NOT EXISTS (SELECT 1 FROM snapshot_following p WHERE p.snapshot_id = @from AND p.handle_id = c.handle_id)) AS added,
        (SELECT COUNT(*) FROM snapshot_following p WHERE p.snapshot_id = @from
           AND NOT EXISTS (SELECT 1 FROM snapshot_following c WHERE c.snapshot_id = @to AND c.handle_id = p.handle_id)) AS removed,
        (SELECT COUNT(*) FROM snapshot_followers p WHERE p.snapshot_id = @from
           AND EXISTS (SELECT 1 FROM snapshot_following pf WHERE pf.snapshot_id = @from AND pf.handle_id = p.handle_id)
           AND NOT EXISTS (SELECT 1 FROM snapshot_followers c WHERE c.snapshot_id = @to AND c.handle_id = p.handle_id)) AS mutualsLost`,
    )
    .get({ from: from.id, to: to.id }) as {
    gained: number;
    lost: number;
    added: number;
    removed: number;
    mutualsLost: number;
  };
  return {
    fromSnapshotId: from.id,
    toSnapshotId: to.id,
    from: from.taken_at,
    to: to.taken_at,
    days: (to.taken_at - from.taken_at) / DAY_MS,
    followersGained: r.gained,
    followersLost: r.lost,
    followsAdded: r.added,
    followsRemoved: r.removed,
    mutualsLost: r.mutualsLost,
  };
}

/** Posts up to asOf with their likes in the newest snapshot (up to asOf) that lists them. */
function collectPosts(db: Db, accountId: number, asOf: number): MetricsPost[] {
  const rows = db
    .prepare(
      `SELECT p.posted_at AS postedAt, p.title,
              (SELECT sp.likes FROM snapshot_posts sp JOIN snapshots s ON s.id = sp.snapshot_id
                WHERE sp.post_id = p.id AND s.taken_at <= @t ORDER BY s.taken_at DESC LIMIT 1) AS likes
         FROM posts p
        WHERE p.account_id = @a AND p.posted_at <= @t
          AND EXISTS (SELECT 1 FROM snapshot_posts sp JOIN snapshots s ON s.id = sp.snapshot_id
                       WHERE sp.post_id = p.id AND s.taken_at <= @t)
        ORDER BY p.posted_at`,
    )
    .all({ a: accountId, t: asOf }) as { postedAt: number; title: string; likes: number | null }[];
  return rows.map((r) => ({ ...r, hashtags: extractHashtags(r.title) }));
}

/** Hashtags from post titles, plus the export's "hashtags used" list for tags no title shows. */
function collectHashtagUse(
  db: Db,
  snapshotId: number,
  posts: MetricsPost[],
): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const p of posts) for (const t of p.hashtags) counts.set(t, (counts.get(t) ?? 0) + 1);
  const listed = db
    .prepare(
      "SELECT lower(term) AS term, SUM(count) AS n FROM snapshot_terms WHERE snapshot_id = ? AND kind = 'hashtagUsed' GROUP BY lower(term)",
    )
    .all(snapshotId) as { term: string; n: number }[];
  for (const r of listed) {
    const tag = r.term.replace(/^#/, '');
    if (!counts.has(tag)) counts.set(tag, r.n);
  }
  return [...counts.entries()]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
