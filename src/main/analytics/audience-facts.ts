// The audience facts of an account, each defined once, with its rule beside it. Summary, the pages, the
// CLI, tips and suggestions read these; nothing else counts followers, mutuals or losses.
//
// Rules that hold for every fact here:
// - Unknown is not zero. A figure needs certain lists; when an export did not carry them, the figure is
//   read from the newest export that did ("as of" that export), and is null when none did.
// - Comparisons (gained, lost, refollowed, changes) only pair two exports that both carried the list.
// - Blocked accounts count where the export's lists show them: a fact says what the export says. Only
//   suggestions leave blocked accounts out (see advice/suggestions), because nobody acts on them.
// - Usernames compare case-insensitively (handles are stored once per account, COLLATE NOCASE).
import type { AudienceFacts, AudienceKpis, Fact } from '../../shared/domain';
import type { Db } from '../db/open';
import { toIso } from '../db/queries/time';
import { refreshAudienceAggregates } from './audience-refresh';
import type { AudienceSnapshot } from './audience-snapshots';
import {
  accountTimeline,
  listCoversDays,
  listIsWhole,
  newestCarrying,
  timelineUpTo,
  type TimelineSnapshot,
} from './timeline';

interface StatsRow {
  snapshot_id: number;
  prev_snapshot_id: number | null;
  prev_following_snapshot_id: number | null;
  taken_at: number;
  prev_taken_at: number | null;
  prev_following_taken_at: number | null;
  profile_followers: number | null;
  profile_following: number | null;
  sections: string;
  followers: number;
  following: number;
  mutuals: number;
  followers_gained: number;
  followers_lost: number;
  followers_refollowed: number;
  following_gained: number;
  following_lost: number;
  following_refollowed: number;
  new_followers_7d: number;
  new_followers_30d: number;
  followers_undated: number;
}

/** a / b; null when b is 0 or either is unknown. */
export const shareOf = (a: number | null, b: number | null): number | null =>
  a === null || b === null || b === 0 ? null : a / b;

function toKpis(r: StatsRow, c: AudienceSnapshot): AudienceKpis {
  const { hasFollowers, hasFollowing } = c;
  const f = <T>(carried: boolean, v: T): T | null => (carried ? v : null);
  // Counts need the whole list: a date-range export's lists count nobody (see listIsWhole).
  const whole = listIsWhole(c);
  const both = hasFollowers && hasFollowing && whole;
  // Changes need the list now and in an earlier export that carried it too.
  const fChange = hasFollowers && r.prev_taken_at !== null;
  const gChange = hasFollowing && r.prev_following_taken_at !== null;
  const followers = f(hasFollowers && whole, r.followers);
  const following = f(hasFollowing && whole, r.following);
  const mutuals = f(both, r.mutuals);
  return {
    snapshotId: r.snapshot_id,
    takenAt: toIso(r.taken_at),
    followers,
    following,
    // Ratio: followers per followed account (how many people follow you for each one you follow).
    ratio: both ? shareOf(followers, following) : null,
    // Mutuals: in both lists of the same export.
    mutuals,
    // Follow-back rate: of the accounts you follow, the share that follow you.
    followBackRate: shareOf(mutuals, following),
    // Fans not followed back: follow you, you do not follow them (blocked included, see the header).
    fansNotFollowedBack: both ? r.followers - r.mutuals : null,
    // Not following back: you follow them, they do not follow you.
    notFollowingBack: both ? r.following - r.mutuals : null,
    // Gained: first-time followers (never in an earlier export with a follower list).
    gained: f(fChange, r.followers_gained),
    // Lost: in the previous export with a follower list, not in this one.
    lost: f(fChange, r.followers_lost),
    // Refollowed: not in the previous such export, but in an earlier one.
    refollowed: f(fChange, r.followers_refollowed),
    followingGained: f(gChange, r.following_gained),
    followingLost: f(gChange, r.following_lost),
    followingRefollowed: f(gChange, r.following_refollowed),
    // New followers: follow date within 7 / 30 days before the export (still following at it).
    newFollowers7d: f(hasFollowers && listCoversDays(c, 7), r.new_followers_7d),
    newFollowers30d: f(hasFollowers && listCoversDays(c, 30), r.new_followers_30d),
    followersUndated: f(hasFollowers, r.followers_undated),
    profileFollowers: r.profile_followers,
    profileFollowing: r.profile_following,
    previousSnapshotId: fChange ? r.prev_snapshot_id : null,
    previousTakenAt: fChange ? toIso(r.prev_taken_at!) : null,
    previousFollowingSnapshotId: gChange ? r.prev_following_snapshot_id : null,
    previousFollowingTakenAt: gChange ? toIso(r.prev_following_taken_at!) : null,
    followsSince: c.followsSince === null ? null : toIso(c.followsSince),
  };
}

/**
 * The audience figures of every snapshot that carried a follower or following list, oldest first.
 * Figures of a list the snapshot did not carry are null.
 */
export function audienceKpiSeries(db: Db, accountId: number): AudienceKpis[] {
  const { snapshots } = refreshAudienceAggregates(db, accountId);
  const coverage = new Map(snapshots.map((s) => [s.id, s]));
  const rows = db
    .prepare(
      `SELECT a.*, s.taken_at, s.profile_followers, s.profile_following, s.sections,
              p.taken_at AS prev_taken_at, q.taken_at AS prev_following_taken_at
         FROM audience_snapshot_stats a
         JOIN snapshots s ON s.id = a.snapshot_id
         LEFT JOIN snapshots p ON p.id = a.prev_snapshot_id
         LEFT JOIN snapshots q ON q.id = a.prev_following_snapshot_id
        WHERE a.account_id = ?
        ORDER BY s.taken_at, s.id`,
    )
    .all(accountId) as StatsRow[];
  return rows.flatMap((r) => {
    const c = coverage.get(r.snapshot_id);
    return c ? [toKpis(r, c)] : [];
  });
}

const unknown: Fact = { value: null, asOf: null, change: null, since: null };

/**
 * A fact from the series: the newest snapshot where `read` knows the value, and its change since the
 * previous snapshot where it is known.
 */
function factOf(series: readonly AudienceKpis[], read: (k: AudienceKpis) => number | null): Fact {
  const known = series.filter((k) => read(k) !== null);
  const last = known.at(-1);
  if (!last) return unknown;
  const before = known.at(-2);
  const value = read(last)!;
  return {
    value,
    asOf: last.takenAt,
    change: before ? value - read(before)! : null,
    since: before ? before.takenAt : null,
  };
}

/** The profile's own count, from the newest export that carried profile counts. */
function profileFact(
  timeline: readonly TimelineSnapshot[],
  read: (s: TimelineSnapshot) => number | null,
): Fact {
  const known = timeline.filter((s) => read(s) !== null);
  const last = known.at(-1);
  if (!last) return unknown;
  const before = known.at(-2);
  return {
    value: read(last),
    asOf: toIso(last.takenAt),
    change: before ? read(last)! - read(before)! : null,
    since: before ? toIso(before.takenAt) : null,
  };
}

/** A change fact (gained, lost, …): `asOf` is the later export, `since` the one it is compared with. */
function changeFact(series: readonly AudienceKpis[], read: (k: AudienceKpis) => number | null): Fact {
  const last = series.filter((k) => read(k) !== null).at(-1);
  if (!last) return unknown;
  return { value: read(last), asOf: last.takenAt, change: null, since: last.previousTakenAt };
}

/**
 * The account's audience facts as of the given snapshot (default: the newest). Each figure comes from
 * the newest export up to that snapshot that carried what it needs, with that export's date.
 */
export function audienceFacts(db: Db, accountId: number, snapshotId?: number): AudienceFacts {
  const timeline = timelineUpTo(accountTimeline(db, accountId), snapshotId);
  const newest = timeline.at(-1);
  const upTo = newest?.takenAt ?? -Infinity;
  const series = audienceKpiSeries(db, accountId).filter((k) => Date.parse(k.takenAt) <= upTo);
  return {
    asOf: newest ? toIso(newest.takenAt) : null,
    snapshotId: newest?.id ?? null,
    snapshots: timeline.length,
    followers: factOf(series, (k) => k.followers),
    following: factOf(series, (k) => k.following),
    ratio: factOf(series, (k) => k.ratio),
    mutuals: factOf(series, (k) => k.mutuals),
    followBackRate: factOf(series, (k) => k.followBackRate),
    fansNotFollowedBack: factOf(series, (k) => k.fansNotFollowedBack),
    notFollowingBack: factOf(series, (k) => k.notFollowingBack),
    // A follower who left and came back counts as gained here: they were not there last time.
    gained: changeFact(series, (k) => (k.gained === null ? null : k.gained + k.refollowed!)),
    lost: changeFact(series, (k) => k.lost),
    refollowed: changeFact(series, (k) => k.refollowed),
    newFollowers7d: factOf(series, (k) => k.newFollowers7d),
    newFollowers30d: factOf(series, (k) => k.newFollowers30d),
    profileFollowers: profileFact(timeline, (s) => s.profileFollowers),
    profileFollowing: profileFact(timeline, (s) => s.profileFollowing),
  };
}

/**
 * The snapshot an audience list reads (up to the given one): the newest that carried the follower list
 * (changes), or both whole lists (mutuals and the two one-way lists). A date-range export cannot say
 * who follows whom back: someone who followed you before its range is missing from its followers, and
 * would read as "not following back" (and be suggested for an unfollow).
 */
export function listSnapshot(
  db: Db,
  accountId: number,
  needs: 'followers' | 'both',
  snapshotId?: number,
): TimelineSnapshot | null {
  const timeline = timelineUpTo(accountTimeline(db, accountId), snapshotId);
  if (needs === 'followers') return newestCarrying(timeline, 'followers');
  for (let i = timeline.length - 1; i >= 0; i--) {
    const s = timeline[i]!;
    if (s.coverage.followers !== 'absent' && s.coverage.following !== 'absent' && listIsWhole(s)) return s;
  }
  return null;
}

/** When the export before this one that carried the follower list was made (a change window's start). */
export function previousCarrying(db: Db, accountId: number, snapshotId: number): number | null {
  const timeline = accountTimeline(db, accountId);
  const index = timeline.findIndex((s) => s.id === snapshotId);
  return newestCarrying(timeline.slice(0, Math.max(0, index)), 'followers')?.takenAt ?? null;
}

/**
 * Followers and following at each export that carried both lists, oldest first (epoch ms): the points
 * forecasts and ratio trends read. Exports missing either list are left out, never read as 0.
 */
export function audiencePoints(
  db: Db,
  accountId: number,
  upTo = Infinity,
): { snapshotId: number; takenAt: number; followers: number; following: number }[] {
  return audienceKpiSeries(db, accountId).flatMap((k) => {
    const takenAt = Date.parse(k.takenAt);
    return k.followers === null || k.following === null || takenAt > upTo
      ? []
      : [{ snapshotId: k.snapshotId, takenAt, followers: k.followers, following: k.following }];
  });
}

/**
 * Mutuals lost: followed each other at `from`, no longer follow you at `to` (both carried both lists).
 * When `to` lists only follows since a date (an export for a date range), older follows are unknown there.
 */
export function mutualsLost(db: Db, fromSnapshotId: number, toSnapshotId: number): number {
  // When `from` is the follower list `to` is compared with, the followers lost between them are already
  // kept (audience_events, under the same date-range rule): probe those few instead of every follower.
  const accountId = db.prepare('SELECT account_id FROM snapshots WHERE id = ?').pluck().get(toSnapshotId) as
    number | undefined;
  if (accountId !== undefined) {
    refreshAudienceAggregates(db, accountId);
    const previous = db
      .prepare('SELECT prev_snapshot_id FROM audience_snapshot_stats WHERE snapshot_id = ?')
      .pluck()
      .get(toSnapshotId) as number | null | undefined;
    if (previous === fromSnapshotId)
      return db
        .prepare(
          `SELECT COUNT(*) FROM audience_events e
            WHERE e.snapshot_id = @to AND e.side = 0 AND e.kind = 'lost'
              AND EXISTS (SELECT 1 FROM snapshot_following pf WHERE pf.snapshot_id = @from AND pf.handle_id = e.handle_id)`,
        )
        .pluck()
        .get({ from: fromSnapshotId, to: toSnapshotId }) as number;
  }
  return db
    .prepare(
      // Walks the following list (the shorter one for most creators) and probes the followers, rather
      // than testing every follower for a follow back.
      `SELECT COUNT(*) FROM snapshot_following pf
         JOIN snapshot_followers p ON p.snapshot_id = pf.snapshot_id AND p.handle_id = pf.handle_id
         JOIN snapshots t ON t.id = @to
        WHERE pf.snapshot_id = @from
          AND (t.follows_since IS NULL OR p.followed_at >= t.follows_since)
          AND NOT EXISTS (SELECT 1 FROM snapshot_followers c WHERE c.snapshot_id = @to AND c.handle_id = pf.handle_id)`,
    )
    .pluck()
    .get({ from: fromSnapshotId, to: toSnapshotId }) as number;
}
