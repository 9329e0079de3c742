// Builds AccountMetrics for an account as of one snapshot, straight from the tables of migration 001
// (and 004 for the user's settings). Everything is "as of" that snapshot: computing the metrics for the
// previous snapshot too is how tips know what is new since the last import.
import type {
  AccountMetrics,
  MetricsPost,
  MetricsInterval,
  MetricsSnapshot,
} from '../../shared/domain/advice';
import type { Platform } from '../../shared/domain/app';
import {
  audienceFacts,
  audienceKpiSeries,
  audiencePoints,
  listSnapshot,
  mutualsLost,
} from '../analytics/audience-facts';
import { accountTimeline, carries, newestCarrying, timelineUpTo } from '../analytics/timeline';
import type { Db } from '../db/open';
import { DAY_MS, extractHashtags } from './metrics';
import { median } from './stats';
import { readGoal, readSettings } from './store';
import { collectStudio } from './studio-metrics';
import { notBlocked } from './suggestions/common';
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

export function collectMetrics(
  db: Db,
  accountId: number,
  options: CollectOptions = {},
): AccountMetrics | null {
  const account = db.prepare('SELECT id, platform, username FROM accounts WHERE id = ?').get(accountId) as
    { id: number; platform: Platform; username: string } | undefined;
  if (!account) return null;
  const timeline = timelineUpTo(accountTimeline(db, accountId), options.snapshotId);
  const current = timeline.at(-1);
  if (!current) return null;
  const s = current.id;
  const asOf = current.takenAt;
  const settings = readSettings(db, accountId);
  const timeZone = options.timeZone ?? effectiveTimeZone(db);

  // Every audience figure comes from the facts module, as of the newest export that carried it; the
  // tips read no list of an export that did not carry it.
  const facts = audienceFacts(db, accountId, s);
  const snapshots: MetricsSnapshot[] = audiencePoints(db, accountId, asOf);
  const intervals = audienceIntervals(db, accountId, asOf);
  // The export the reciprocity figures (and the lists behind them) are read from.
  const both = listSnapshot(db, accountId, 'both', s);
  const r = both?.id ?? null;

  // Unknown (null) without an export carrying both lists, or when that export carried no messages.
  const fansMsg =
    r === null || !carries(both!, 'messages')
      ? null
      : (db
          .prepare(
            // Fans who exchanged messages with you; blocked accounts are left out, as in the suggestions.
            // Walks the few conversations, not every follower.
            `SELECT COUNT(*) FROM snapshot_messages m
               JOIN snapshot_followers fr ON fr.snapshot_id = m.snapshot_id AND fr.handle_id = m.handle_id
              WHERE m.snapshot_id = @s
                AND NOT EXISTS (SELECT 1 FROM snapshot_following fg WHERE fg.snapshot_id = @s AND fg.handle_id = m.handle_id)
                AND ${notBlocked('m.handle_id')}`,
          )
          .pluck()
          .get({ s: r, a: accountId, t: both!.takenAt }) as number);

  const notBackOld =
    r === null ? null : reviewCandidates(db, accountId, r, both!.takenAt, settings.reviewAfterDays).length;

  const delays =
    r === null
      ? []
      : (db
          .prepare(
            `SELECT (fr.followed_at - fg.followed_at) / 86400000.0 FROM snapshot_following fg
               JOIN snapshot_followers fr ON fr.snapshot_id = fg.snapshot_id AND fr.handle_id = fg.handle_id
              WHERE fg.snapshot_id = ? AND fg.followed_at IS NOT NULL AND fr.followed_at >= fg.followed_at`,
          )
          .pluck()
          .all(r) as number[]);

  const posts = collectPosts(db, accountId, asOf);
  const hashtagUse = collectHashtagUse(db, s, posts);

  // Outgoing activity in the 28 days before the newest export that carried that section: a later export
  // without comments (a likes-only one) must not read as "no comments".
  const activityOf = (kind: 'comments' | 'likesGiven'): number | null => {
    const from = newestCarrying(timeline, kind);
    if (!from) return null;
    return db
      .prepare(
        `SELECT COALESCE(SUM(count), 0) FROM snapshot_activity
          WHERE snapshot_id = ? AND kind = ? AND day > ? AND day <= ?`,
      )
      .pluck()
      .get(from.id, kind, isoDay(from.takenAt - 28 * DAY_MS), isoDay(from.takenAt)) as number;
  };

  fillTagged(db, accountId);
  const tags = r === null ? [] : tagMetrics(db, r);
  const nicheShare =
    r !== null && tags.length > 0 && both!.followingTotal > 0
      ? taggedFollowingCount(db, r) / both!.followingTotal
      : null;

  return {
    accountId,
    username: account.username,
    platform: account.platform,
    snapshotId: s,
    asOf,
    snapshots,
    intervals,
    // null when no export so far carried the list (followersAsOf / followingAsOf are null then too):
    // every rule that reads a null figure stays silent.
    followers: facts.followers.value,
    following: facts.following.value,
    followersAsOf: facts.followers.asOf === null ? null : Date.parse(facts.followers.asOf),
    followingAsOf: facts.following.asOf === null ? null : Date.parse(facts.following.asOf),
    mutuals: facts.mutuals.value,
    followBackRate: facts.followBackRate.value,
    fansNotFollowedBack: facts.fansNotFollowedBack.value,
    fansNotFollowedBackWithMessages: fansMsg,
    notFollowingBack: facts.notFollowingBack.value,
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
    studio: collectStudio(db, accountId, asOf, timeZone),
    timeZone,
    bestTime: bestTimeAsOf(db, accountId, asOf, timeZone),
  };
}

/**
 * What changed between consecutive exports that both carried both lists (a window with either list
 * missing at either end is left out: silence, never an invented loss). Counts are the facts' own.
 */
function audienceIntervals(db: Db, accountId: number, upTo: number): MetricsInterval[] {
  return audienceKpiSeries(db, accountId).flatMap((k) => {
    const to = Date.parse(k.takenAt);
    const fromId = k.previousSnapshotId;
    if (to > upTo || fromId === null || fromId !== k.previousFollowingSnapshotId) return [];
    const from = Date.parse(k.previousTakenAt!);
    return [
      {
        fromSnapshotId: fromId,
        toSnapshotId: k.snapshotId,
        from,
        to,
        days: (to - from) / DAY_MS,
        followersGained: k.gained! + k.refollowed!,
        followersLost: k.lost!,
        followsAdded: k.followingGained! + k.followingRefollowed!,
        followsRemoved: k.followingLost!,
        mutualsLost: mutualsLost(db, fromId, k.snapshotId),
      },
    ];
  });
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
